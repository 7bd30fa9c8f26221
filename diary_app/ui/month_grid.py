"""A painted month of day cells: colour plus a letter per state, an IV badge on infusion days,
a "×N" badge on days with several attacks.

Colours are Okabe-Ito (colour-blind safe) and every state also has its own letter and
border, so colour is never the only cue. On a dark palette the fills are deep versions of the
same hues, still ordered by lightness (migraine brightest, headache-free darkest), so the states
stay apart in grey scale too.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from diary_app.ui.day_attacks import times_text
from diary_app.ui.qdates import first_day_of_week, short_date, weekday_name
from diary_app.ui.theme import is_dark

MIGRAINE, HEADACHE, NO_HEADACHE, UNRECORDED = "migraine", "headache", "no_headache", "unrecorded"
INFUSION_BLUE = "#0072B2"
ATTACKS_BADGE = "#3B3B3B"  # dark grey: readable on every state's fill, never mistaken for one
ATTACKS_BADGE_DARK = "#D9D9D9"  # its light twin on the dark fills, with dark text


@dataclass(frozen=True)
class CellStyle:
    fill: str | None  # None: the palette's base colour
    text: str | None  # None: the palette's text colour
    border: str
    symbol: str
    dotted: bool = False


STYLES = {
    MIGRAINE: CellStyle("#D55E00", "#FFFFFF", "#A34800", "M"),
    HEADACHE: CellStyle("#F0E442", "#222222", "#B8AD1F", "H"),
    NO_HEADACHE: CellStyle("#CDEBDD", "#1E3D31", "#009E73", "✓"),
    UNRECORDED: CellStyle(None, None, "#8A8A8A", "?", dotted=True),
}
DARK_STYLES = {
    MIGRAINE: CellStyle("#B84F00", "#FFFFFF", "#FF8C3A", "M"),
    HEADACHE: CellStyle("#5C5714", "#F6F0A6", "#F0E442", "H"),
    NO_HEADACHE: CellStyle("#173A2F", "#A8E3CB", "#00B386", "✓"),
    UNRECORDED: CellStyle(None, None, "#8A8A8A", "?", dotted=True),
}


def cell_styles(palette: QPalette) -> dict[str, CellStyle]:
    """The day states' colours for a light or a dark palette."""
    return DARK_STYLES if is_dark(palette) else STYLES


def attacks_badge(palette: QPalette) -> tuple[str, str]:
    """(fill, text) of the "×N" badge: dark on light cells, light on dark ones."""
    return (ATTACKS_BADGE_DARK, "#1A1A1A") if is_dark(palette) else (ATTACKS_BADGE, "#FFFFFF")


class MonthGrid(QWidget):
    """Seven columns from the locale's first day of the week (Monday in German and Spanish and under the
    C locale, Sunday in American English); click or Enter on a day up to today emits `day_activated`."""

    day_activated = Signal(object)  # the date clicked or chosen with Enter

    HEADER = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Month calendar"))
        self._year, self._month = 2000, 1
        self._today = dt.date(2000, 1, 1)
        self._states: dict[dt.date, str] = {}
        self._infusions: dict[dt.date, str] = {}
        self._attacks: dict[dt.date, list] = {}
        self._cursor: dt.date | None = None

    def set_month(self, year: int, month: int, states: dict[dt.date, str],
                  infusions: dict[dt.date, str], today: dt.date, attacks: dict[dt.date, list] | None = None) -> None:
        """States of the recorded days (others are unrecorded); infusions maps day to drug name;
        attacks maps a day to the attacks covering it, in start order."""
        self._year, self._month, self._today = year, month, today
        self._states, self._infusions, self._attacks = states, infusions, attacks or {}
        if self._cursor is None or (self._cursor.year, self._cursor.month) != (year, month):
            self._cursor = min(dt.date(year, month, 1), today) if (year, month) <= (today.year, today.month) else None
        self.update()

    def state(self, date: dt.date) -> str:
        return self._states.get(date, UNRECORDED)

    def attack_count(self, date: dt.date) -> int:
        return len(self._attacks.get(date, ()))

    def weeks(self) -> list[list[dt.date]]:
        first = (first_day_of_week() - 1) % 7  # ISO 1-7 as Python's 0 (Monday) to 6 (Sunday)
        return calendar.Calendar(firstweekday=first).monthdatescalendar(self._year, self._month)

    def cell_rect(self, date: dt.date) -> QRect:
        """Where a day of the shown month is drawn (for clicks and tests)."""
        for row, week in enumerate(self.weeks()):
            if date in week:
                return self._rect(row, week.index(date))
        return QRect()

    def date_at(self, pos: QPoint) -> dt.date | None:
        for row, week in enumerate(self.weeks()):
            for column, date in enumerate(week):
                if date.month == self._month and self._rect(row, column).contains(pos):
                    return date
        return None

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(350, 260)

    def _rect(self, row: int, column: int) -> QRect:
        rows = len(self.weeks())
        width = (self.width() - 1) / 7
        height = (self.height() - self.HEADER - 1) / rows
        left, top = round(column * width), round(self.HEADER + row * height)
        return QRect(left, top, round((column + 1) * width) - left, round(self.HEADER + (row + 1) * height) - top)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        for column, date in enumerate(self.weeks()[0]):
            name = weekday_name(date)
            rect = QRect(self._rect(0, column).left(), 0, self._rect(0, column).width(), self.HEADER)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        for row, week in enumerate(self.weeks()):
            for column, date in enumerate(week):
                if date.month == self._month:
                    self._paint_cell(painter, self._rect(row, column).adjusted(2, 2, -2, -2), date)
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRect, date: dt.date) -> None:
        palette = self.palette()
        future = date > self._today
        style = cell_styles(palette)[self.state(date)]
        fill = QColor(style.fill) if style.fill and not future else palette.color(palette.ColorRole.Base)
        text = QColor(style.text) if style.text and not future else palette.color(palette.ColorRole.Text)
        if future:
            text.setAlpha(110)
        pen = QPen(QColor(style.border), 1.4)
        if style.dotted or future:
            pen.setStyle(Qt.PenStyle.DotLine)
        if future:
            pen.setColor(palette.color(palette.ColorRole.Mid))
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        if date == self._today:
            painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        if date == self._cursor and self.hasFocus():
            painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 4, 4)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        inner = rect.adjusted(6, 4, -6, -4)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(date.day))
        if not future:
            big = QFont(self.font())
            big.setPointSizeF(self.font().pointSizeF() * 1.3)
            painter.setFont(big)
            if style.dotted:
                text.setAlpha(150)
                painter.setPen(text)
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, style.symbol)
        if date in self._infusions:
            self._paint_badge(painter, QRect(rect.right() - 30, rect.top() + 4, 26, 17), INFUSION_BLUE, "IV")
        if self.attack_count(date) > 1:
            fill, ink = attacks_badge(palette)
            self._paint_badge(painter, QRect(rect.left() + 4, rect.bottom() - 21, 30, 17), fill,
                              f"×{self.attack_count(date)}", ink)

    def _paint_badge(self, painter: QPainter, badge: QRect, colour: str, text: str, ink: str = "#FFFFFF") -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(badge, 4, 4)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    # -- input --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        date = self.date_at(event.position().toPoint())
        if date is not None and date <= self._today:
            self._cursor = date
            self.update()
            self.day_activated.emit(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if self._cursor is not None and key in moves and not event.modifiers():
            target = self._cursor + dt.timedelta(days=moves[key])
            if target.month == self._month and target <= self._today:
                self._cursor = target
                self.update()
            return
        if self._cursor is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self._cursor)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            date = self.date_at(event.pos())
            if date is not None:
                QToolTip.showText(event.globalPos(), self.describe(date), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, date: dt.date) -> str:
        if date > self._today:
            text = self.tr("{0}: in the future").format(short_date(date))
        else:
            names = {MIGRAINE: self.tr("migraine day"), HEADACHE: self.tr("headache day"),
                     NO_HEADACHE: self.tr("no headache"), UNRECORDED: self.tr("not recorded")}
            text = self.tr("{0}: {1}").format(short_date(date), names[self.state(date)])
        if date in self._infusions:
            text += self.tr("; infusion: {0}").format(self._infusions[date])
        for attack in self._attacks.get(date, ()):
            kind = self.tr("headache") if attack.kind == HEADACHE else self.tr("migraine")
            text += "\n" + self.tr("{0}: {1}").format(kind, times_text(attack, date))
        return text
