"""The calendar: one month at a time, each day coloured by state, the month's numbers beside it.

Switching months reads only that month's day records (entries merged with the attacks covering
them) and attacks. A day counts as a migraine day by the analysis rule (migraine, or a headache
treated with a triptan or ergot); a day with several attacks has a "×N" badge.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from diary_app.domain.analysis import DayIndex
from diary_app.domain.attacks import attacks_by_day
from diary_app.domain.wording import overuse_reason_words
from diary_app.i18n import domain_text
from diary_app.ui import prompts
from diary_app.ui.month_grid import (
    HEADACHE, INFUSION_BLUE, MIGRAINE, NO_HEADACHE, UNRECORDED, MonthGrid, attacks_badge, cell_styles,
)

ATTACKS = "attacks"  # the legend's "×2" badge
from diary_app.ui.qdates import month_and_year, short_date
from diary_app.ui.session import month_range

CLASS_TEXT = {"chronic": QT_TRANSLATE_NOOP("CalendarView", "Chronic"),
              "episodic": QT_TRANSLATE_NOOP("CalendarView", "Episodic"),
              "incomplete": QT_TRANSLATE_NOOP("CalendarView", "Incomplete")}
ARROW_DAYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def day_states(index: DayIndex) -> dict[dt.date, str]:
    """Calendar state of every recorded day, by the analysis definitions."""
    states = {}
    for date, facts in index.items():
        states[date] = MIGRAINE if facts.migraine else HEADACHE if facts.headache else NO_HEADACHE
    return states


def infusion_days(infusions, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """Every day of an infusion or course within [first, last], with the generic drug name."""
    days = {}
    for infusion in infusions:
        for offset in range(infusion.days):
            day = infusion.start + dt.timedelta(days=offset)
            if first <= day <= last:
                days[day] = infusion.medication.name
    return days


class LegendSwatch(QWidget):
    """A small cell drawn like the grid's, with its letter, for the legend."""

    def __init__(self, state: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.setFixedSize(30, 22)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self._state in (None, ATTACKS):  # the infusion badge, the badge of a day with several attacks
            painter.setPen(Qt.PenStyle.NoPen)
            fill, ink = (INFUSION_BLUE, "#FFFFFF") if self._state is None else attacks_badge(self.palette())
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(ink))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "IV" if self._state is None else "×2")
            return
        style = cell_styles(self.palette())[self._state]
        pen = QPen(QColor(style.border), 1.4)
        if style.dotted:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QColor(style.fill) if style.fill else self.palette().color(self.palette().ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor(style.text) if style.text else self.palette().color(self.palette().ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, style.symbol)


class CalendarView(QWidget):
    """Month grid, legend and the month's counts; emits what the person asked for."""

    day_activated = Signal(object)  # a date to open in the day form
    headache_free_requested = Signal(object, object)  # first and last date to mark

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        today = session.today()
        self.year, self.month = today.year, today.month
        self._stale = True
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.prev_button.setAccessibleDescription(self.tr("Show the month before (Alt+Left)"))
        self.prev_button.setToolTip(self.tr("Previous month (Alt+Left)"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setAccessibleDescription(self.tr("Show the month after (Alt+Right)"))
        self.next_button.setToolTip(self.tr("Next month (Alt+Right)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.month_label = QLabel()
        self.month_label.setObjectName("monthTitle")
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setMinimumWidth(190)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.this_month_button = QPushButton(self.tr("This month"))
        self.grid = MonthGrid()
        self.grid.setAccessibleDescription(self.tr(
            "Arrow keys move the day (into the next or previous month), Enter opens it in the Today form"))
        self.setFocusProxy(self.grid)  # Ctrl+2 puts the arrow keys on the days at once
        self.grid.installEventFilter(self)
        self.mark_button = QPushButton(self.tr("Mark unrecorded days headache-free…"))
        self.mark_button.setToolTip(self.tr("For people who only log attacks: every unrecorded day of this month "
                                            "up to today becomes a no-headache day. Recorded days are not changed."))
        self.values: dict[str, QLabel] = {}
        self._arrange()
        self.prev_button.clicked.connect(self._on_prev_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.this_month_button.clicked.connect(self._on_this_month_clicked)
        for first, second in ((self.grid, self.prev_button), (self.prev_button, self.next_button),
                              (self.next_button, self.this_month_button), (self.this_month_button, self.mark_button)):
            QWidget.setTabOrder(first, second)  # the grid first: a tab change lands on the days
        self.grid.day_activated.connect(self.day_activated)
        self.mark_button.clicked.connect(self._on_mark_clicked)
        session.days_changed.connect(self._on_session_days_changed)
        session.infusions_changed.connect(self._on_session_infusions_changed)

    def _arrange(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.prev_button)
        header.addWidget(self.month_label)
        header.addWidget(self.next_button)
        header.addWidget(self.this_month_button)
        header.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(header)
        left.addWidget(self.grid, 1)

        stats = self.stats_box = QGroupBox(self.tr("This month"))
        form = QFormLayout(stats)
        rows = (("migraine_days", self.tr("Migraine days")), ("headache_days", self.tr("Headache days")),
                ("no_headache_days", self.tr("No-headache days")), ("unrecorded_days", self.tr("Unrecorded days")),
                ("acute_medication_days", self.tr("Days with acute medication")),
                ("classification", self.tr("Classification")))
        for key, label in rows:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "0 de 26 hasta ahora" beside a long label
            self.values[key] = value
            form.addRow(label + ":", value)
        self.explanation = QLabel(self.tr(
            "Chronic: 15 or more migraine days. Episodic: 14 or fewer even if every unrecorded day "
            "were a migraine day. Otherwise incomplete: record more days to tell."))
        self.explanation.setWordWrap(True)
        self.overuse_label = QLabel()
        self.overuse_label.setWordWrap(True)
        self.overuse_label.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.headache_note = QLabel(self.tr("Headache days include the migraine days."))
        self.headache_note.setWordWrap(True)
        for label in (self.headache_note, self.explanation):
            label.setStyleSheet("color: palette(placeholder-text);")
        right = QVBoxLayout()
        right.addWidget(stats)
        right.addWidget(self.overuse_label)
        right.addWidget(self.headache_note)
        right.addWidget(self.explanation)
        right.addSpacing(8)
        right.addWidget(self._legend())
        right.addWidget(self.mark_button)
        right.addStretch(1)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(320)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side)

    def _legend(self) -> QWidget:
        frame = QGroupBox(self.tr("Legend"))
        grid = QGridLayout(frame)
        items = ((MIGRAINE, self.tr("Migraine day (or headache treated with a triptan/ergot)")),
                 (HEADACHE, self.tr("Headache")), (NO_HEADACHE, self.tr("No headache")),
                 (UNRECORDED, self.tr("Not recorded (unknown)")), (None, self.tr("Infusion day")),
                 (ATTACKS, self.tr("Two or more attacks (still one day)")))
        for row, (state, text) in enumerate(items):
            grid.addWidget(LegendSwatch(state), row, 0)
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        return frame

    # -- public -------------------------------------------------------------------------
    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def step(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    def refresh(self) -> None:
        """Read this month's day records, attacks and the infusions and show them (nothing else is read)."""
        first, last = month_range(self.year, self.month)
        today = self.session.today()
        records = self.session.day_records(first, last)
        infusions = self.session.infusions()
        covering = {day: found for day, found in attacks_by_day(self.session.attacks(first, last)).items()
                    if first <= day <= last}
        self.grid.set_month(self.year, self.month, day_states(DayIndex(records, infusions)),
                            infusion_days(infusions, first, last), today, covering)
        self.month_label.setText(month_and_year((self.year, self.month)))
        self.stats_box.setTitle(self.tr("{0} in numbers").format(month_and_year((self.year, self.month))))
        self.next_button.setEnabled((self.year, self.month) < (today.year, today.month))
        self.mark_button.setEnabled(first <= today)
        self._show_stats(self.session.month_stats(self.year, self.month, records))
        self._stale = False

    def _show_stats(self, stats) -> None:
        no_headache = stats.recorded_days - stats.headache_days
        values = {
            "migraine_days": str(stats.migraine_days),
            "headache_days": str(stats.headache_days),
            "no_headache_days": str(no_headache),
            "unrecorded_days": (self.tr("{0} of {1} so far") if stats.in_progress else self.tr("{0} of {1}"))
            .format(stats.unrecorded_days, stats.elapsed_days),
            "acute_medication_days": str(stats.acute_medication_days),
            "classification": self.tr(CLASS_TEXT[stats.classification]),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        font = self.values["classification"].font()
        font.setBold(True)
        self.values["classification"].setFont(font)
        if stats.medication_overuse:
            self.overuse_label.setText(self.tr("Possible medication overuse this month: {0}.")
                                       .format("; ".join(overuse_reason_words(r, domain_text) for r in stats.overuse_reasons)))
        else:
            self.overuse_label.clear()
        self.overuse_label.setVisible(stats.medication_overuse)

    def move_day(self, days: int) -> None:
        """Move the chosen day by `days`, into the month before or after (never past today)."""
        day = self.grid._cursor + dt.timedelta(days=days) if self.grid._cursor else None
        if day is None or day > self.session.today():
            return
        if (day.year, day.month) != (self.year, self.month):
            self.show_month(day.year, day.month)
        self.grid._cursor = day
        self.grid.update()

    # -- handlers -----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """Arrow keys on the grid cross into the next or previous month (the grid alone stops at its edges)."""
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            days = ARROW_DAYS.get(event.key())
            if days is not None:
                self.move_day(days)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot(object, object)
    def _on_session_days_changed(self, first: dt.date, last: dt.date) -> None:
        month_first, month_last = month_range(self.year, self.month)
        if first <= month_last and last >= month_first:
            self._stale = True
            if self.isVisible():
                self.refresh()

    @Slot()
    def _on_session_infusions_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_prev_clicked(self) -> None:
        self.step(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.step(1)

    @Slot()
    def _on_this_month_clicked(self) -> None:
        today = self.session.today()
        self.show_month(today.year, today.month)

    @Slot()
    def _on_mark_clicked(self) -> None:
        first, last = month_range(self.year, self.month)
        last = min(last, self.session.today())
        if first > last:
            return
        if prompts.confirm(
            self, self.tr("Mark headache-free"),
            self.tr("Record every unrecorded day from {0} to {1} as a day with no headache?\n\n"
                    "Days you already recorded are not changed. You can undo this with Ctrl+Z.")
            .format(short_date(first), short_date(last)),
            self.tr("Mark headache-free"),
        ):
            self.headache_free_requested.emit(first, last)
