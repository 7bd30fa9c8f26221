"""The acute medications of one day: type a name (with completion), amount, relief, Enter.

Return on a completion only takes the suggestion; the next Return adds the dose. On a day (doses
without times) the same medication twice is one row with the amounts added up, as a person counts it.
"""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import CLASS_LABELS, Dose, Medication
from diary_app.domain.record import replace
from diary_app.domain.validation import parse_amount
from diary_app.i18n import domain_text
from diary_app.ui.keyed_fields import EnterField, complete_from
from diary_app.ui.numbers import shown_number
from diary_app.ui.problems import problem_text

UNITS = ("mg", "tablet", "ml", "spray", "µg", "suppository")
# The units that are words: shown in the person's language, stored in English.
UNIT_WORDS = {"tablet": QT_TRANSLATE_NOOP("DoseEditor", "tablet"), "spray": QT_TRANSLATE_NOOP("DoseEditor", "spray"),
              "suppository": QT_TRANSLATE_NOOP("DoseEditor", "suppository")}


def unit_label(unit: str) -> str:
    """"tablet" as the language says it ("Tabl.", "comp."); other units as they are."""
    return QCoreApplication.translate("DoseEditor", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit


def relief_labels() -> list[str]:
    return [DoseEditor.tr("relief not rated"), DoseEditor.tr("0 – no relief"), DoseEditor.tr("1 – a little"),
            DoseEditor.tr("2 – good"), DoseEditor.tr("3 – complete")]


def format_taken_at(dose: Dose) -> str:
    """"Thu 26 Nov 14:30" in the language's words, or "" when the time is not known."""
    if dose.taken_at is None:
        return ""
    from PySide6.QtCore import QLocale

    from diary_app.ui.qdates import qdatetime

    return QLocale().toString(qdatetime(dose.taken_at), "ddd d MMM HH:mm")


def format_amount(dose: Dose) -> str:
    """"2.5 mg", "2,5 mg" in German and Spanish: for reading (never written back into a field)."""
    if dose.amount is None:
        return ""
    return f"{shown_number(dose.amount)} {unit_label(dose.unit)}".strip()


def merged(earlier: Dose, later: Dose) -> Dose | None:
    """One dose for two of the same medication on a day (amounts added up), or None when their
    units differ and they stay two rows."""
    if earlier.medication.name.casefold() != later.medication.name.casefold():
        return None
    if earlier.amount is not None and later.amount is not None and earlier.unit != later.unit:
        return None
    given = [d for d in (earlier, later) if d.amount is not None]
    return replace(
        earlier, amount=sum(d.amount for d in given) if given else None, unit=given[0].unit if given else "",
        relief=earlier.relief if later.relief is None else later.relief)


class DoseTable(QTableWidget):
    """The day's doses; Delete removes the selected one (`delete_pressed`). A key handler, not a
    QShortcut: QShortcut and QKeySequence would load before the first paint for a key pressed later."""

    delete_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtGui import QKeySequence

        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


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
            self.time_edit.setAccessibleDescription(self.tr("When the next medication added was taken"))
            self.time_edit.setToolTip(self.tr("When it was taken: the day it counts on"))
        self._doses: list[Dose] = []
        self._own: dict[str, Medication] = {}
        self.name_edit = EnterField()
        self.name_edit.setPlaceholderText(self.tr("Medication taken, e.g. sumatriptan"))
        self.name_edit.setAccessibleName(self.tr("Medication name"))
        self._completer = complete_from(self.name_edit, catalogue.completion_names(), anywhere=True)
        self.name_edit.setAccessibleDescription(self.tr("Type a name, then Enter to add it with the amount and relief"))
        self.amount_edit = EnterField()
        self.amount_edit.setPlaceholderText(self.tr("amount"))
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setAccessibleDescription(self.tr("How much was taken, in the unit beside it"))
        readable = self.amount_edit.fontMetrics().horizontalAdvance(self.amount_edit.placeholderText()) + 16
        self.amount_edit.setMinimumWidth(readable)  # never squeezed to "a…" at 150%
        self.amount_edit.setMaximumWidth(max(80, readable))
        self.message_label = QLabel()  # beside the fields: an amount refused, or two doses made one
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        for unit in UNITS:
            self.unit_combo.addItem(unit_label(unit), unit)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setAccessibleDescription(self.tr("The unit of the amount"))
        self.unit_combo.lineEdit().setAccessibleName(self.tr("Unit"))
        self.unit_combo.lineEdit().setAccessibleDescription(self.tr("The unit of the amount: choose or type one"))
        self.relief_combo = QComboBox()
        self.relief_combo.addItems(relief_labels())
        self.relief_combo.setAccessibleName(self.tr("Relief"))
        self.relief_combo.setAccessibleDescription(self.tr("How much the medication helped, 0 to 3"))
        self.add_button = QPushButton(self.tr("Add"))  # Enter in the fields adds too: no Alt letter to spare
        self.add_button.setAccessibleName(self.tr("Add medication"))
        self.add_button.setToolTip(self.tr("Add the medication to the list (Enter)"))
        titles = [self.tr("Medication"), self.tr("Class"), self.tr("Amount"), self.tr("Relief")]
        if with_time:
            titles.insert(1, self.tr("Time"))
        self.table = DoseTable(0, len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setAccessibleName(self.tr("Medications taken"))
        self.table.setAccessibleDescription(self.tr("One row per medication; Delete removes the selected row"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # the other columns follow their contents and the font (dim mode)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setToolTip(self.tr("Remove the selected medication (Delete in the list)"))
        self.remove_button.setEnabled(False)
        self._layout()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_name_return_pressed)
        self.amount_edit.returnPressed.connect(self._on_add_clicked)
        self.name_edit.textChanged.connect(self.doses_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.delete_pressed.connect(self._on_remove_clicked)

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
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        order = self.inputs()
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def inputs(self) -> list[QWidget]:
        """In tab order (reading order)."""
        fields = [self.name_edit, self.time_edit] if self.time_edit is not None else [self.name_edit]
        return [*fields, self.amount_edit, self.unit_combo, self.relief_combo, self.add_button, self.table,
                self.remove_button]

    def set_own_medications(self, medications: list[Medication]) -> None:
        """The person's own list joins the catalogue names in the completion."""
        self._own = {m.name.casefold(): m for m in medications}
        names = set(catalogue.completion_names()) | {m.name for m in medications}
        self._completer = complete_from(self.name_edit, sorted(names, key=str.casefold), anywhere=True)

    def set_doses(self, doses: tuple[Dose, ...]) -> None:
        self._doses = list(doses)
        self.name_edit.clear()
        self.amount_edit.clear()
        self.relief_combo.setCurrentIndex(0)
        self._say("")
        self._refresh()

    def doses(self) -> tuple[Dose, ...]:
        return tuple(self._doses)

    def pending(self) -> tuple[str, str, int]:
        """What is typed but not added yet (part of the form's unsaved state)."""
        return self.name_edit.text().strip(), self.amount_edit.text().strip(), self.relief_combo.currentIndex()

    def commit_pending(self) -> bool:
        """Add a typed medication that was not added with Enter or Add (before saving); False
        when its amount is refused (the message is beside the field)."""
        return not self.name_edit.text().strip() or self._on_add_clicked()

    def resolve(self, name: str) -> Medication:
        own = self._own.get(name.strip().casefold())
        return own or catalogue.resolve(name)

    def unit(self) -> str:
        """The unit chosen (stored in English: "tablet") or typed."""
        text = self.unit_combo.currentText().strip()
        index = self.unit_combo.findText(text)
        return self.unit_combo.itemData(index) if index >= 0 else text

    @Slot()
    def _on_add_clicked(self) -> bool:
        """True when the typed dose is in the list (or nothing was typed)."""
        name = self.name_edit.text().strip()
        if not name:
            return True
        unit = self.unit()
        try:
            amount = parse_amount(self.amount_edit.text(), unit)
        except ValidationError as exc:
            self._say(self.tr("Amount: {0}").format(problem_text(exc)), problem=True)
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()
            return False
        relief = self.relief_combo.currentIndex() - 1
        taken_at = None
        if self.time_edit is not None:
            from diary_app.ui.qdates import pydatetime

            taken_at = pydatetime(self.time_edit.dateTime())
        dose = Dose(self.resolve(name), amount, unit if amount is not None else "", None if relief < 0 else relief,
                    taken_at=taken_at)
        self._add(dose)
        self.name_edit.clear()
        self.amount_edit.clear()
        self.relief_combo.setCurrentIndex(0)
        self._refresh()
        self.name_edit.setFocus()
        self.doses_changed.emit()
        return True

    def _add(self, dose: Dose) -> None:
        """A dose with a time is its own row; without one it joins an earlier row of the same medication."""
        for row, earlier in enumerate(self._doses if self.time_edit is None else ()):
            together = merged(earlier, dose)
            if together is not None:
                self._doses[row] = together
                amount = format_amount(together)
                self._say(self.tr("{0} was already in the list: one row, {1} in all.").format(
                    together.medication.name, amount) if amount else
                    self.tr("{0} was already in the list: one row.").format(together.medication.name))
                return
        self._doses.append(dose)
        self._say("")

    def _say(self, text: str, problem: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #D55E00; font-weight: bold;" if problem else "")
        self.message_label.setVisible(bool(text))

    @Slot()
    def _on_name_return_pressed(self) -> None:
        """Qt gives the field the Return that chooses a suggestion (before filling it in): that one adds nothing."""
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return
        self._on_add_clicked()

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
        labels = relief_labels()
        self.table.setRowCount(len(self._doses))
        for row, dose in enumerate(self._doses):
            med = dose.medication
            kind = domain_text(CLASS_LABELS.get(med.drug_class, med.drug_class))
            if not med.known:
                kind = self.tr("{0} (not in catalogue)").format(kind)
            values = [med.name, kind, format_amount(dose), labels[0 if dose.relief is None else dose.relief + 1]]
            if self.time_edit is not None:
                values.insert(1, format_taken_at(dose) or self.tr("not given"))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
