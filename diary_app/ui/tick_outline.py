"""The trigger list's tick boxes on a dark palette: outlined, so an unticked box can be seen."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from diary_app.ui.theme import is_dark
from diary_app.ui.trigger_picker import CHECK_STATE_ROLE


class TickDelegate(QStyledItemDelegate):
    """Draws the items as the style does, then, on a dark palette, outlines each tick box: Fusion
    outlines it in a shade of the window colour that is as dark as the list's own background, so an
    unticked box could not be seen at all."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(CHECK_STATE_ROLE) is None or not is_dark(option.palette):
            return
        view_option = type(option)(option)
        self.initStyleOption(view_option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, view_option, widget)
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(QPalette().brush(QPalette.ColorRole.NoRole))  # an outline only
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()
