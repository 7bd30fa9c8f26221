"""Triggers of one day: tick earlier ones or type a new one and press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class TriggerPicker(QWidget):
    """A checkable list of known triggers (most used first) and a field for new ones."""

    triggers_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Triggers"))
        self.list.setMinimumHeight(70)
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("New trigger, then Enter"))
        self.new_edit.setAccessibleName(self.tr("New trigger"))
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.new_edit.setCompleter(self._completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add trigger"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        QWidget.setTabOrder(self.list, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.add_button)
        self.new_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.list.itemChanged.connect(self._on_list_item_changed)

    def set_known(self, triggers: list[str]) -> None:
        """Earlier triggers, most used first; the ticks already set are kept."""
        chosen = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        for name in triggers:
            self._add_item(name, name in chosen)
        for name in chosen:
            if name not in triggers:
                self._add_item(name, True)
        self.list.blockSignals(False)
        self._completer.model().setStringList(triggers)

    def set_selected(self, triggers: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        present = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            present.add(item.text())
            item.setCheckState(Qt.CheckState.Checked if item.text() in triggers else Qt.CheckState.Unchecked)
        for name in triggers:
            if name not in present:
                self._add_item(name, True)
        self.list.blockSignals(False)
        self.new_edit.clear()

    def selected(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def pending(self) -> str:
        return self.new_edit.text().strip()

    def commit_pending(self) -> None:
        if self.pending():
            self._on_add_clicked()

    def _add_item(self, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    @Slot()
    def _on_add_clicked(self) -> None:
        name = " ".join(self.new_edit.text().split())
        if not name:
            return
        existing = [self.list.item(r) for r in range(self.list.count())
                    if self.list.item(r).text().casefold() == name.casefold()]
        if existing:
            existing[0].setCheckState(Qt.CheckState.Checked)
        else:
            self._add_item(name, True)
        self.new_edit.clear()
        self.triggers_changed.emit()

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self.triggers_changed.emit()
