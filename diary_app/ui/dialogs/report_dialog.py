"""Before File > Export doctor report… and File > Print…: the months to cover and the paper."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diary_app.ui.counts import counted
from diary_app.ui.dialogs.fields import add_row, paper_combo
from diary_app.ui.qdates import month_edit, month_of_edit

Month = tuple[int, int]


def month_count(first: Month, last: Month) -> int:
    return (last[0] - first[0]) * 12 + last[1] - first[1] + 1


class ReportDialog(QDialog):
    """Read `first_month`, `last_month` and `paper` once accepted; `ok_text` names what happens next."""

    def __init__(self, today: dt.date, default_range: tuple[Month, Month], paper: str, ok_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doctor report"))
        self._default_range = default_range
        this_month = QDate(today.year, today.month, 1)
        self.from_edit = month_edit(default_range[0], self.tr("First month"))
        self.to_edit = month_edit(default_range[1], self.tr("Last month"))
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(max(this_month, QDate(default_range[1][0], default_range[1][1], 1)))
        self.default_button = QPushButton(self.tr("&Default"))
        self.default_button.setAutoDefault(False)
        self.default_button.setToolTip(self.tr("This month and the 5 before it, reaching back to the 28-day "
                                               "baseline of the current preventive course, an acute infusion "
                                               "course just before it and the 3 months before the course "
                                               "(at most 12 months)"))
        self.length_label = QLabel()
        self.paper_combo = paper_combo(paper, self.tr("Paper size"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self._arrange()
        self.from_edit.dateChanged.connect(self._on_months_changed)
        self.to_edit.dateChanged.connect(self._on_months_changed)
        self.default_button.clicked.connect(self._on_default_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_months_changed()

    def _arrange(self) -> None:
        form = QFormLayout()
        add_row(form, self.tr("&Months:"), self.from_edit, QLabel(self.tr("to")), self.to_edit, self.default_button)
        form.addRow("", self.length_label)
        add_row(form, self.tr("&Paper:"), self.paper_combo)
        note = QLabel(self.tr("The report shows the monthly numbers, the infusions and their outcomes, acute "
                              "medication use and the notes of these months."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @property
    def first_month(self) -> Month:
        return month_of_edit(self.from_edit)

    @property
    def last_month(self) -> Month:
        return month_of_edit(self.to_edit)

    @property
    def paper(self) -> str:
        return self.paper_combo.currentData()

    @Slot()
    def _on_months_changed(self, *_args) -> None:
        """The last month never goes before the first: moving the first later moves it along."""
        self.to_edit.setMinimumDate(self.from_edit.date())
        count = month_count(self.first_month, self.last_month)
        self.length_label.setText(counted(self.tr("%n month(s)", "", count), count))

    @Slot()
    def _on_default_clicked(self) -> None:
        first, last = self._default_range
        self.to_edit.setMinimumDate(QDate(first[0], first[1], 1))
        self.from_edit.setDate(QDate(first[0], first[1], 1))
        self.to_edit.setDate(QDate(last[0], last[1], 1))
