"""Painting the report: page set-up, the body blocks as `layout` placed them, the chart as
vector graphics (SVG through QSvgRenderer), and a header and footer on every page.

Works on any QPagedPaintDevice: a QPdfWriter for the file, a QPrinter for File > Print.
PySide6 is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import os
import sys

from diary_app import __version__
from diary_app.exporters.report import html, layout, style, wording
from diary_app.exporters.report.chart import trend_svg
from diary_app.exporters.report.content import MAX_NOTES, ReportContent

PAPERS = ("A4", "Letter")
MARGIN_MM = 15.0  # left and right
MARGIN_TOP_MM = 11.0
MARGIN_BOTTOM_MM = 10.0
HEADER_MM = 9.0  # the running header band, rule included
FOOTER_MM = 15.0  # definitions and page number
FOOTER_LINE_MM = 3.4  # the page number's line, at the foot of the footer
DEFINITIONS_POINTS = 6.5  # smaller (down to MIN_DEFINITIONS_POINTS) when a translation needs a fourth line
MIN_DEFINITIONS_POINTS = 5.5
CHART_MM = 66.0
BASE_POINTS = 9.0

_APP: list = []  # keeps an application we had to create alive


def ensure_gui_app():
    """The QGuiApplication Qt's PDF writer needs; made (offscreen on Linux) when there is none."""
    from PySide6.QtGui import QGuiApplication

    from diary_app.i18n import install_translations
    from diary_app.qt_runtime import check_qt_runtime

    check_qt_runtime()  # a PySide6 that would abort halfway through the pages is refused first
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file needs no display
        app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "migraine-diary"])
        _APP.append(app)
        install_translations(app)  # the report in the person's language (diary_app/i18n.py)
    return app


def paper_for_locale(locale=None) -> str:
    """"Letter" where Letter is the usual paper (US-style measurement, Canada, Mexico, ...), else "A4"."""
    from PySide6.QtCore import QLocale

    locale = locale or QLocale()
    territory = QLocale.Country  # PySide6 names the enum Country (Qt 6: Territory)
    letter = {territory.UnitedStates, territory.Canada, territory.Mexico, territory.Philippines,
              territory.Chile, territory.Colombia, territory.Venezuela, territory.PuertoRico}
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem or locale.territory() in letter:
        return "Letter"
    return "A4"


def paper_name(value) -> str | None:
    """"A4" or "Letter" from any spelling of them; None for anything else."""
    text = str(value or "").strip().casefold()
    return next((paper for paper in PAPERS if paper.casefold() == text), None)


def page_size(paper: str):
    from PySide6.QtGui import QPageSize

    return QPageSize(QPageSize.PageSizeId.Letter if paper_name(paper) == "Letter" else QPageSize.PageSizeId.A4)


def render_pdf(content: ReportContent, paper: str, title: str) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Migraine Diary")
    writer.setPageSize(page_size(paper))
    count = render(content, writer)
    buffer.close()
    return bytes(data), count


def render(content: ReportContent, device) -> int:
    """Paint the whole report on a QPagedPaintDevice (its page size as set); returns the page count."""
    ensure_gui_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPainter

    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_TOP_MM, MARGIN_MM, MARGIN_BOTTOM_MM), QPageLayout.Unit.Millimeter)
    frame = _Frame(device)
    measurer = layout.Measurer(device, frame.width, base_font())
    chart_height = frame.mm(CHART_MM)
    blocks = html.report_blocks(content, chart_mm=CHART_MM, notes_limit=_notes_limit(content, measurer, frame))
    pages = layout.paginate(blocks, measurer, frame.body_height, chart_height)
    renderer = _chart_renderer(content, frame) if any(item.chart for page in pages for item in page) else None
    painter = QPainter(device)
    try:
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            _paint_body(painter, page, frame, renderer)
            _paint_header(painter, content, frame)
            _paint_footer(painter, frame, number, len(pages))
    finally:
        painter.end()
    return len(pages)


class _Frame:
    """Page geometry in device units: the body area between the header band and the footer."""

    def __init__(self, device):
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.resolution = device.resolution()
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.header = self.mm(HEADER_MM)
        self.footer = self.mm(FOOTER_MM)
        self.body_height = self.height - self.header - self.footer

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.resolution


def base_font(points: float = BASE_POINTS):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(list(style.FONT_FAMILIES))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters, so the text searches as typed
    return font


def _notes_limit(content: ReportContent, measurer, frame: _Frame) -> int:
    """As many of the most recent notes as fit on one page (long notes take two lines)."""
    limit = MAX_NOTES
    while limit > 1:
        section = html.notes_blocks(content, limit)
        height = sum(measurer.height(block.html() if isinstance(block, html.Table) else block.html)
                     for block in section)
        if height <= frame.body_height:
            break
        limit -= 2
    return limit


def _chart_renderer(content: ReportContent, frame: _Frame):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    svg = trend_svg(content.months, content.summary.get("infusions", []),
                    width_mm=frame.width / frame.mm(1), height_mm=CHART_MM)
    return QSvgRenderer(QByteArray(svg))


def _ink_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor(style.INK))  # paper is white whatever the desktop theme
    return palette


def _paint_body(painter, page: list, frame: _Frame, renderer) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QAbstractTextDocumentLayout

    for item in page:
        painter.save()
        painter.translate(0, frame.header + item.top - item.offset)
        box = QRectF(0, item.offset, frame.width, item.height)
        if item.chart:
            if renderer is not None:
                renderer.render(painter, box)
        else:
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = _ink_palette()
            context.clip = box
            painter.setClipRect(box)
            item.document.documentLayout().draw(painter, context)
        painter.restore()


def _paint_header(painter, content: ReportContent, frame: _Frame) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    left, right = wording.running_header(content)
    font = base_font(7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(style.MUTED))
    band = QRectF(0, 0, frame.width, frame.header - frame.mm(3))
    right_width = QFontMetricsF(font, painter.device()).horizontalAdvance(right) + frame.mm(4)
    elided = QFontMetricsF(font, painter.device()).elidedText(left, Qt.TextElideMode.ElideRight, frame.width - right_width)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), elided)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), right)
    painter.setPen(QPen(QColor(style.RULE), frame.mm(0.25)))
    rule_y = frame.header - frame.mm(2)
    painter.drawLine(QPointF(0, rule_y), QPointF(frame.width, rule_y))
    painter.restore()


def _paint_footer(painter, frame: _Frame, page: int, pages: int) -> None:
    from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPen, QTextDocument

    top = frame.height - frame.footer
    painter.save()
    painter.setPen(QPen(QColor(style.RULE), frame.mm(0.25)))
    painter.drawLine(QPointF(0, top + frame.mm(2)), QPointF(frame.width, top + frame.mm(2)))
    definitions = QTextDocument()
    definitions.documentLayout().setPaintDevice(painter.device())
    definitions.setDocumentMargin(0)
    definitions.setTextWidth(frame.width)
    definitions.setPlainText(wording.definitions())
    room = frame.footer - frame.mm(3 + FOOTER_LINE_MM)  # above the page number's line
    points = DEFINITIONS_POINTS
    definitions.setDefaultFont(base_font(points))
    while definitions.size().height() > room and points > MIN_DEFINITIONS_POINTS:  # a longer translation
        points -= 0.25
        definitions.setDefaultFont(base_font(points))
    painter.translate(0, top + frame.mm(3))
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = _ink_palette()
    palette.setColor(palette.ColorRole.Text, QColor(style.MUTED))
    context.palette = palette
    definitions.documentLayout().draw(painter, context)
    painter.restore()
    painter.save()
    painter.setFont(base_font(7.5))
    painter.setPen(QColor(style.MUTED))
    line = QRectF(0, top, frame.width, frame.footer)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                     QCoreApplication.translate("ReportPages", "Page {0} of {1}").format(page + 1, pages))
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                     QCoreApplication.translate("ReportPages", "Patient-recorded diary · Migraine Diary {0}").format(
                         __version__))
    painter.restore()
