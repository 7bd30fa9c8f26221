"""Triggers of one day: tick earlier ones or type a new one and press Enter."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from diary_app.ui.keyed_fields import EnterField, complete_from
from diary_app.ui.theme import is_dark

# Ticks are read and written as Qt's numbers (Qt.ItemDataRole.CheckStateRole, Qt.CheckState):
# naming them would make PySide build the `Qt` namespace's 94 enums (~12 ms) before the
# window's first paint. tests/ui/test_day_form.py checks the numbers against Qt's names.
CHECK_STATE_ROLE = 10
UNCHECKED, CHECKED = 0, 2


def is_ticked(item: QListWidgetItem) -> bool:
    state = item.data(CHECK_STATE_ROLE)
    return getattr(state, "value", state) == CHECKED  # a number, or Qt's enum if Qt set it so


def set_ticked(item: QListWidgetItem, ticked: bool) -> None:
    item.setData(CHECK_STATE_ROLE, CHECKED if ticked else UNCHECKED)


class TriggerPicker(QWidget):
    """A checkable list of known triggers (most used first) and a field for new ones."""

    triggers_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Triggers"))
        self.list.setAccessibleDescription(self.tr("Tick what may have set off the headache (Space ticks)"))
        self.list.setMinimumHeight(70)
        self._outline = None  # the dark palette's delegate; the style's own is kept in _plain
        self._plain = None
        self._follow_palette(QGuiApplication.palette())
        QGuiApplication.instance().paletteChanged.connect(self._follow_palette)
        self.new_edit = EnterField()
        self.new_edit.setPlaceholderText(self.tr("New trigger, then Enter"))
        self.new_edit.setAccessibleName(self.tr("New trigger"))
        self.new_edit.setAccessibleDescription(self.tr("Type a trigger not in the list, then Enter to add and tick it"))
        complete_from(self.new_edit, [])
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add trigger"))
        self.add_button.setToolTip(self.tr("Add the typed trigger (Enter)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        QWidget.setTabOrder(self.list, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.add_button)
        self.list.setTabKeyNavigation(False)  # Tab leaves the list, arrows move inside it
        self.new_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.list.itemChanged.connect(self._on_list_item_changed)

    @Slot(QPalette)
    def _follow_palette(self, palette: QPalette) -> None:
        """On a dark palette the list's tick boxes get an outline (ui/tick_outline.py); on a light
        one the style's own delegate draws them, and its module is not even loaded (start-up)."""
        dark = is_dark(palette)
        if dark and self._outline is None:
            from diary_app.ui.tick_outline import TickDelegate

            self._plain = self.list.itemDelegate()
            self._outline = TickDelegate(self.list)
            self.list.setItemDelegate(self._outline)
        elif not dark and self._outline is not None:
            self.list.setItemDelegate(self._plain)
            self._outline.deleteLater()
            self._outline = None

    def inputs(self) -> list[QWidget]:
        """In tab order."""
        return [self.list, self.new_edit, self.add_button]

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
        complete_from(self.new_edit, triggers)

    def set_selected(self, triggers: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        present = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            present.add(item.text())
            set_ticked(item, item.text() in triggers)
        for name in triggers:
            if name not in present:
                self._add_item(name, True)
        self.list.blockSignals(False)
        self.new_edit.clear()

    def selected(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(row).text()
            for row in range(self.list.count())
            if is_ticked(self.list.item(row))
        )

    def pending(self) -> str:
        return self.new_edit.text().strip()

    def commit_pending(self) -> None:
        if self.pending():
            self._on_add_clicked()

    def _add_item(self, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(self.list)  # user-checkable by default; (name, list) would load QIcon, as in menus.py
        item.setText(name)
        set_ticked(item, checked)
        return item

    @Slot()
    def _on_add_clicked(self) -> None:
        name = " ".join(self.new_edit.text().split())
        if not name:
            return
        existing = [self.list.item(r) for r in range(self.list.count())
                    if self.list.item(r).text().casefold() == name.casefold()]
        if existing:
            set_ticked(existing[0], True)
        else:
            self._add_item(name, True)
        self.new_edit.clear()
        self.triggers_changed.emit()

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self.triggers_changed.emit()
