"""Pick a backup of this diary to restore (newest first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class RestoreDialog(QDialog):
    """Exposes `backup` (a Path) once accepted."""

    def __init__(self, backups: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for path in reversed(backups):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The diary as it is now is kept aside in the backups folder first.")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 320)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)

    @property
    def backup(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
