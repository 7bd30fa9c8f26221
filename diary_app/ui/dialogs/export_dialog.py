"""Choose what to export (days CSV, monthly CSV, JSON backup) and the months to include."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton,
    QVBoxLayout, QWidget,
)

from diary_app.ui.qdates import month_edit, month_of_edit

FORMATS = (  # key, suffix, monthly, label
    ("days_csv", ".csv", False, QT_TRANSLATE_NOOP("ExportDialog", "Days (CSV, one row per day)")),
    ("monthly_csv", ".csv", True, QT_TRANSLATE_NOOP("ExportDialog", "Monthly summary (CSV, one row per month)")),
    ("json", ".json", False, QT_TRANSLATE_NOOP("ExportDialog", "Full backup (JSON: days, infusions, medications)")),
)


class ExportDialog(QDialog):
    """Exposes `suffix`, `monthly`, `first_month` and `last_month` once accepted."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format_buttons = [QRadioButton(self.tr(label)) for *_rest, label in FORMATS]
        self.format_buttons[0].setChecked(True)
        self.all_box = QCheckBox(self.tr("All months"))
        self.all_box.setChecked(True)
        self.from_edit = month_edit((today.year - 1, today.month), self.tr("First month"))
        self.to_edit = month_edit((today.year, today.month), self.tr("Last month"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to export:")))
        for button in self.format_buttons:
            layout.addWidget(button)
        form = QFormLayout()
        form.addRow(self.all_box)
        months = QHBoxLayout()
        months.addWidget(self.from_edit)
        months.addWidget(QLabel(self.tr("to")))
        months.addWidget(self.to_edit)
        form.addRow(self.tr("Months:"), months)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.all_box.toggled.connect(self._on_all_toggled)
        self._on_all_toggled(True)

    def _chosen(self) -> tuple:
        return next(f for f, b in zip(FORMATS, self.format_buttons) if b.isChecked())

    @property
    def suffix(self) -> str:
        return self._chosen()[1]

    @property
    def monthly(self) -> bool:
        return self._chosen()[2]

    @property
    def file_filter(self) -> str:
        return self.tr("CSV files (*.csv)") if self.suffix == ".csv" else self.tr("JSON files (*.json)")

    @property
    def first_month(self) -> tuple[int, int] | None:
        return None if self.all_box.isChecked() else month_of_edit(self.from_edit)

    @property
    def last_month(self) -> tuple[int, int] | None:
        return None if self.all_box.isChecked() else month_of_edit(self.to_edit)

    @Slot(bool)
    def _on_all_toggled(self, checked: bool) -> None:
        self.from_edit.setEnabled(not checked)
        self.to_edit.setEnabled(not checked)
