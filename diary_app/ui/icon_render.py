"""The app's SVG icon drawn as PNG files for the desktop's icon theme, with Qt (no display needed)."""

from __future__ import annotations

from pathlib import Path

from diary_app.domain.errors import DiaryError


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size with Qt (no display needed)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise DiaryError(f"the icon {svg} could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
