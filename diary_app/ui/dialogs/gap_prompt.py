"""On opening: "You have N unrecorded days", one button per day, or mark them all headache-free.

The dialog only reports the choice (`chosen_date` or `mark_all`); the window opens the
entry form or marks the days. "Later" (or Escape) rejects it and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary_app.domain.gaps import RECENT_DAYS, unrecorded_recent_days

DAYS_PER_ROW = 4


def recent_gaps(diary, today: dt.date, days: int = RECENT_DAYS) -> list[dt.date]:
    """The unrecorded days among the last `days` before today, never before the first entry."""
    span = diary.date_span()
    if span is None:
        return []
    first = today - dt.timedelta(days=days)
    return unrecorded_recent_days(diary.recorded_dates(first, today), today, days, first_recorded=span[0])


class GapPromptDialog(QDialog):
    """Offer to fill in recent unrecorded days; read `chosen_date` / `mark_all` after it closes."""

    def __init__(self, days: Sequence[dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.days = list(days)
        self.chosen_date: dt.date | None = None
        self.mark_all = False
        self.setWindowTitle(self.tr("Unrecorded days"))
        self._build()

    def _build(self) -> None:
        count = len(self.days)
        heading = QLabel(self.tr("You have 1 unrecorded day in the last week.") if count == 1 else
                         self.tr("You have {0} unrecorded days in the last week.").format(count))
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        hint = QLabel(self.tr("Click a day to fill it in. A day left unrecorded counts as unknown, "
                              "not as headache-free."))
        hint.setWordWrap(True)
        locale = QLocale()
        self.day_buttons: list[QPushButton] = []
        grid = QGridLayout()
        for number, day in enumerate(self.days):
            text = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
            button = QPushButton(text)
            button.setToolTip(self.tr("Open the entry form for {0}").format(day.isoformat()))
            button.setAccessibleName(self.tr("Fill in {0}").format(day.isoformat()))
            button.setMinimumWidth(110)
            button.clicked.connect(lambda checked=False, chosen=day: self._on_day_clicked(chosen))
            grid.addWidget(button, number // DAYS_PER_ROW, number % DAYS_PER_ROW)
            self.day_buttons.append(button)
        grid.setColumnStretch(DAYS_PER_ROW, 1)  # buttons keep their width when there are few

        self.mark_all_button = QPushButton(self.tr("Mark it headache-free") if count == 1 else
                                           self.tr("Mark all {0} days headache-free").format(count))
        self.mark_all_button.setAutoDefault(False)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAutoDefault(False)
        self.mark_all_button.clicked.connect(self._on_mark_all_clicked)
        self.later_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mark_all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.later_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        self.setMinimumWidth(500)
        if self.day_buttons:
            self.day_buttons[0].setDefault(True)
            self.day_buttons[0].setFocus()

    @Slot()
    def _on_mark_all_clicked(self) -> None:
        self.mark_all = True
        self.accept()

    def _on_day_clicked(self, day: dt.date) -> None:
        self.chosen_date = day
        self.accept()
