"""Choose the daily reminder: on or off, and the time. It only collects the choice.

`ReminderFields` is the choice itself, shared by View > Daily reminder… and File > Preferences….
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget,
)


class ReminderFields(QWidget):
    """"Remind me every day at [time]" and a line on how it is shown; read `enabled` and `at`."""

    def __init__(self, enabled: bool, at: dt.time, tray_available: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
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
        self.note = QLabel(self.tr("While Migraine Diary is running, a message in the system tray reminds you "
                                   "if the day is not recorded yet.") if tray_available else
                           self.tr("This desktop has no system tray, so the reminder cannot be shown here."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
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


class ReminderDialog(QDialog):
    """Read `enabled` and `at` after it is accepted; `tray_available` False explains why it cannot show."""

    def __init__(self, enabled: bool, at: dt.time, tray_available: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily reminder"))
        self.fields = ReminderFields(enabled, at, tray_available)
        self.enabled_box, self.time_edit = self.fields.enabled_box, self.fields.time_edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def enabled(self) -> bool:
        return self.fields.enabled

    @property
    def at(self) -> dt.time:
        return self.fields.at
