"""A slim banner offering to fill in the last week's unrecorded days (non-modal)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from diary_app.ui.qdates import day_and_month, short_date, weekday_name


class CatchUpBanner(QFrame):
    """One button per missing day, plus "mark them headache-free" and a close button."""

    day_chosen = Signal(object)  # a date to open in the day form
    mark_all_requested = Signal(object)  # the list of dates to record as headache-free

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catchUpBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # the palette's colours, so Dark and Dim mode darken it too (the theme polishes it again on a change)
        self.setStyleSheet("#catchUpBanner { background: palette(alternate-base); border: 1px solid #0072B2;"
                           " border-radius: 5px; }")
        self._dates: list[dt.date] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self.day_buttons: list[QPushButton] = []
        self.hide()

    def set_dates(self, dates: list[dt.date]) -> None:
        """Show the banner for these dates (hidden when there are none)."""
        self._dates = list(dates)
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.day_buttons = []
        if not dates:
            self.hide()
            return
        self._layout.addWidget(QLabel(self.tr("Not recorded yet:")))
        for date in dates:
            button = QPushButton(f"{weekday_name(date)} {date.day}")  # the last week: the month goes without saying
            button.setToolTip(self.tr("Open the entry form for {0}").format(day_and_month(date)))
            button.setAccessibleName(self.tr("Fill in {0}").format(short_date(date)))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)  # below the style's 80
            button.clicked.connect(partial(self._on_day_clicked, date))
            self._layout.addWidget(button)
            self.day_buttons.append(button)
        self._layout.addStretch(1)
        self.mark_button = QPushButton(self.tr("Mark them headache-free"))
        self.mark_button.clicked.connect(self._on_mark_clicked)
        self._layout.addWidget(self.mark_button)
        self.close_button = QPushButton("✕")
        self.close_button.setAccessibleName(self.tr("Close this reminder"))
        self.close_button.setToolTip(self.tr("Later: the days stay unrecorded"))
        self.close_button.setFixedWidth(30)
        self.close_button.clicked.connect(self.hide)
        self._layout.addWidget(self.close_button)
        self.show()

    def dates(self) -> list[dt.date]:
        return list(self._dates)

    def forget(self, date: dt.date) -> None:
        """A day got recorded: drop its button."""
        if date in self._dates:
            self.set_dates([d for d in self._dates if d != date])

    @Slot()
    def _on_day_clicked(self, date: dt.date) -> None:
        self.day_chosen.emit(date)

    @Slot()
    def _on_mark_clicked(self) -> None:
        self.mark_all_requested.emit(self.dates())
