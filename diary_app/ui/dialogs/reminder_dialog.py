"""Choose the daily reminder: on or off, and the time. It only collects the choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget


class ReminderDialog(QDialog):
    """Read `enabled` and `at` after it is accepted; `tray_available` False explains why it cannot show."""

    def __init__(self, enabled: bool, at: dt.time, tray_available: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily reminder"))
        self.enabled_box = QCheckBox(self.tr("&Remind me every day at"))
        self.enabled_box.setChecked(enabled)
        self.time_edit = QTimeEdit(QTime(at.hour, at.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Reminder time"))
        self.time_edit.setEnabled(enabled)
        row = QHBoxLayout()
        row.addWidget(self.enabled_box)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        note = QLabel(self.tr("While Migraine Diary is running, a message in the system tray reminds you "
                              "if the day is not recorded yet.") if tray_available else
                      self.tr("This desktop has no system tray, so the reminder cannot be shown here."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.enabled_box.toggled.connect(self._on_enabled_toggled)

    @property
    def enabled(self) -> bool:
        return self.enabled_box.isChecked()

    @property
    def at(self) -> dt.time:
        time = self.time_edit.time()
        return dt.time(time.hour(), time.minute())

    @Slot(bool)
    def _on_enabled_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(checked)
