"""The acute medications of one day: type a name (with completion), amount, relief, Enter."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.models import CLASS_LABELS, Dose, Medication

UNITS = ("mg", "tablet", "ml", "spray", "µg", "suppository")


def relief_labels(tr) -> list[str]:
    return [tr("relief not rated"), tr("0 – no relief"), tr("1 – a little"), tr("2 – good"), tr("3 – complete")]


def format_taken_at(dose: Dose) -> str:
    """"Thu 26 Nov 14:30", or "" when the time is not known."""
    return "" if dose.taken_at is None else dose.taken_at.strftime("%a %d %b %H:%M")


def format_amount(dose: Dose) -> str:
    if dose.amount is None:
        return ""
    return f"{dose.amount:g} {dose.unit}".strip()


class DoseEditor(QWidget):
    """Edits a tuple of Dose values; `doses()` reads them back in the order shown. With
    `with_time` (the doses of an attack) each dose is added with the time in `time_edit`."""

    doses_changed = Signal()

    def __init__(self, parent: QWidget | None = None, with_time: bool = False):
        super().__init__(parent)
        self.time_edit = None
        if with_time:
            from PySide6.QtWidgets import QDateTimeEdit  # only the attack dialog's doses have times

            self.time_edit = QDateTimeEdit()
            self.time_edit.setDisplayFormat("ddd d MMM HH:mm")
            self.time_edit.setAccessibleName(self.tr("Time taken"))
            self.time_edit.setToolTip(self.tr("When it was taken: the day it counts on"))
        self._doses: list[Dose] = []
        self._own: dict[str, Medication] = {}
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Medication taken, e.g. sumatriptan"))
        self.name_edit.setAccessibleName(self.tr("Medication name"))
        self._completer = QCompleter(catalogue.completion_names(), self)
        # Enum properties set by name: the window's first screen never touches PySide's `Qt`
        # namespace, whose 94 enums take ~12 ms to build (docs/performance.md).
        self._completer.setProperty("caseSensitivity", "CaseInsensitive")
        self._completer.setProperty("filterMode", "MatchContains")
        self.name_edit.setCompleter(self._completer)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("amount"))
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setValidator(QDoubleValidator(0.0, 100000.0, 3, self))
        self.amount_edit.setMaximumWidth(80)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(UNITS)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.relief_combo = QComboBox()
        self.relief_combo.addItems(relief_labels(self.tr))
        self.relief_combo.setAccessibleName(self.tr("Relief"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add medication"))
        titles = [self.tr("Medication"), self.tr("Class"), self.tr("Amount"), self.tr("Relief")]
        if with_time:
            titles.insert(1, self.tr("Time"))
        self.table = QTableWidget(0, len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setAccessibleName(self.tr("Medications taken"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setEnabled(False)
        self._layout()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.amount_edit.returnPressed.connect(self._on_add_clicked)
        self.name_edit.textChanged.connect(self.doses_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setProperty("context", "WidgetShortcut")  # by name, as above
        delete.activated.connect(self._on_remove_clicked)

    def _layout(self) -> None:
        details = QHBoxLayout()  # under the name, so the name keeps its width in a narrow window
        details.addWidget(self.amount_edit)
        details.addWidget(self.unit_combo)
        details.addWidget(self.relief_combo)
        details.addStretch(1)
        details.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.time_edit is None:
            layout.addWidget(self.name_edit)
        else:  # the time beside the name
            name_row = QHBoxLayout()
            name_row.addWidget(self.name_edit, 1)
            name_row.addWidget(self.time_edit)
            layout.addLayout(name_row)
        layout.addLayout(details)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        if self.time_edit is not None:
            QWidget.setTabOrder(self.name_edit, self.time_edit)
        for first, second in ((self.time_edit or self.name_edit, self.amount_edit), (self.amount_edit, self.unit_combo),
                              (self.unit_combo, self.relief_combo), (self.relief_combo, self.add_button),
                              (self.add_button, self.table), (self.table, self.remove_button)):
            QWidget.setTabOrder(first, second)

    def set_own_medications(self, medications: list[Medication]) -> None:
        """The person's own list joins the catalogue names in the completion."""
        self._own = {m.name.casefold(): m for m in medications}
        names = set(catalogue.completion_names()) | {m.name for m in medications}
        self._completer.model().setStringList(sorted(names, key=str.casefold))

    def set_doses(self, doses: tuple[Dose, ...]) -> None:
        self._doses = list(doses)
        self.name_edit.clear()
        self.amount_edit.clear()
        self.relief_combo.setCurrentIndex(0)
        self._refresh()

    def doses(self) -> tuple[Dose, ...]:
        return tuple(self._doses)

    def pending(self) -> tuple[str, str, int]:
        """What is typed but not added yet (part of the form's unsaved state)."""
        return self.name_edit.text().strip(), self.amount_edit.text().strip(), self.relief_combo.currentIndex()

    def commit_pending(self) -> None:
        """Add a typed medication that was not added with Enter or Add (before saving)."""
        if self.name_edit.text().strip():
            self._on_add_clicked()

    def resolve(self, name: str) -> Medication:
        own = self._own.get(name.strip().casefold())
        return own or catalogue.resolve(name)

    @Slot()
    def _on_add_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        amount_text = self.amount_edit.text().strip().replace(",", ".")
        amount = float(amount_text) if amount_text else None
        relief = self.relief_combo.currentIndex() - 1
        taken_at = None
        if self.time_edit is not None:
            from diary_app.ui.qdates import pydatetime

            taken_at = pydatetime(self.time_edit.dateTime())
        dose = Dose(self.resolve(name), amount, self.unit_combo.currentText().strip() if amount is not None else "",
                    None if relief < 0 else relief, taken_at=taken_at)
        self._doses.append(dose)
        self.name_edit.clear()
        self.amount_edit.clear()
        self.relief_combo.setCurrentIndex(0)
        self._refresh()
        self.name_edit.setFocus()
        self.doses_changed.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._doses[row]
        if rows:
            self._refresh()
            self.doses_changed.emit()

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def _refresh(self) -> None:
        labels = relief_labels(self.tr)
        self.table.setRowCount(len(self._doses))
        for row, dose in enumerate(self._doses):
            med = dose.medication
            kind = CLASS_LABELS.get(med.drug_class, med.drug_class)
            if not med.known:
                kind = self.tr("{0} (not in catalogue)").format(kind)
            values = [med.name, kind, format_amount(dose), labels[0 if dose.relief is None else dose.relief + 1]]
            if self.time_edit is not None:
                values.insert(1, format_taken_at(dose) or self.tr("not given"))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
