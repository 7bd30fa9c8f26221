"""Treatments: infusions with their outcomes, the next one due, and the person's medications."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from diary_app.domain.models import CLASS_LABELS, SETTING_LABELS, Infusion
from diary_app.ui import prompts
from diary_app.ui.dialogs.infusion_dialog import InfusionDialog
from diary_app.ui.dialogs.medication_dialog import MedicationDialog
from diary_app.ui.table_model import Column, RowsModel

DUE_STYLES = {
    "overdue": "background: #D55E00; color: white; border-radius: 4px; padding: 6px; font-weight: bold;",
    "due_soon": "background: #F0E442; color: #222222; border-radius: 4px; padding: 6px; font-weight: bold;",
    "scheduled": "border: 1px solid #0072B2; border-radius: 4px; padding: 6px;",
}
RESPONDER_YES = "#CDEBDD"


def _number(value) -> str:
    return "—" if value is None else f"{value:g}"


def _yes_no(value) -> str:
    return "—" if value is None else ("yes" if value else "no")


def due_text(item: dict, today: dt.date) -> str:
    days = item["days_until"]
    when = ("today" if days == 0 else f"in {days} days" if days > 0 else f"{-days} days overdue")
    return f"Next {item['medication']} infusion due {item['due']} ({when}); last one {item['last_infusion']}."


class TreatmentsView(QWidget):
    """Shows infusions and medications; asks for input in dialogs and emits it for the window to save."""

    infusion_submitted = Signal(object)  # an Infusion to add (id None) or update
    infusion_delete_requested = Signal(object)  # the Infusion to delete (confirmed)
    medication_submitted = Signal(object)  # a Medication to add to the person's list

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._infusions: list[Infusion] = []
        self.due_box = QVBoxLayout()
        self.due_labels: list[QLabel] = []
        self.infusion_model = RowsModel(self._infusion_columns(), self)
        self.infusion_table = self._table(self.infusion_model, self.tr("Infusions and outcomes"))
        self.add_button = QPushButton(self.tr("&Add infusion…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.medication_model = RowsModel(self._medication_columns(), self)
        self.medication_table = self._table(self.medication_model, self.tr("Your medications"))
        self.add_medication_button = QPushButton(self.tr("Add &medication…"))
        self._arrange()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.add_medication_button.clicked.connect(self._on_add_medication_clicked)
        self.infusion_table.doubleClicked.connect(self._on_edit_clicked)
        self.infusion_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        session.days_changed.connect(self._on_session_changed)
        session.infusions_changed.connect(self._on_session_changed)
        session.medications_changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)  # infusion intervals move the due dates
        self._on_selection_changed()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setMinimumSectionSize(56)
        table.verticalHeader().setDefaultSectionSize(26)
        return table

    def _infusion_columns(self) -> list[Column]:
        tr = self.tr
        responder = lambda key: lambda row: RESPONDER_YES if row[1].get(key) else None  # noqa: E731
        return [
            Column(tr("Start"), lambda r: r[0].start.isoformat()),
            Column(tr("Drug"), lambda r: r[0].medication.name),
            Column(tr("Dose"), lambda r: "" if r[0].dose_mg is None else f"{r[0].dose_mg:g} mg", True),
            Column(tr("Days"), lambda r: str(r[0].days), True),
            Column(tr("Kind"), lambda r: tr(r[0].kind)),
            Column(tr("Setting"), lambda r: tr(SETTING_LABELS[r[0].setting])),
            Column(tr("Baseline"), lambda r: _number(r[1].get("baseline_mmd")), True,
                   tooltip=lambda r: tr("Migraine days per 28 days in the 28 days before")),
            *[Column(tr("Wk {0}").format(span), (lambda k: lambda r: _number(r[1].get("followup_mmd", [None] * 3)[k]))(k),
                     True, tooltip=lambda r: tr("Migraine days per 28 days after the infusion"))
              for k, span in enumerate(("1-4", "5-8", "9-12"))],
            Column(tr("Reduction"), lambda r: "—" if r[1].get("percent_reduction") is None
                   else f"{r[1]['percent_reduction']:g}%", True),
            Column(tr("≥50%"), lambda r: _yes_no(r[1].get("responder_50")), background=responder("responder_50")),
            Column(tr("≥75%"), lambda r: _yes_no(r[1].get("responder_75")), background=responder("responder_75")),
            Column(tr("Reactions"), lambda r: r[0].reactions),
        ]

    def _medication_columns(self) -> list[Column]:
        tr = self.tr
        return [
            Column(tr("Name"), lambda m: m.name),
            Column(tr("Class"), lambda m: tr(CLASS_LABELS.get(m.drug_class, m.drug_class))),
            Column(tr("Role"), lambda m: tr(m.role)),
            Column(tr("Route"), lambda m: tr(m.route)),
            Column(tr("Source"), lambda m: tr("catalogue") if m.known else tr("your own")),
        ]

    def _arrange(self) -> None:
        infusions = QGroupBox(self.tr("Infusions and infusion courses"))
        layout = QVBoxLayout(infusions)
        layout.addLayout(self.due_box)
        layout.addWidget(self.infusion_table, 1)
        self.hint_label = QLabel(self.tr(
            "Outcome: migraine days per 28 days in the 28 days before (baseline) and in weeks 1-4, 5-8 and 9-12 "
            "after the last infusion day; a period needs 14 recorded days. Responder: at least 50% / 75% fewer."))
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        medications = QGroupBox(self.tr("Your medications"))
        med_layout = QVBoxLayout(medications)
        med_layout.addWidget(self.medication_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_medication_button)
        row.addStretch(1)
        med_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(infusions)
        splitter.addWidget(medications)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    # -- public -------------------------------------------------------------------------
    def refresh(self) -> None:
        summary = self.session.summary()
        self._infusions = self.session.infusions()
        outcomes = summary["infusions"]  # same order: by start, then as stored
        self.infusion_model.set_rows(list(zip(self._infusions, outcomes)))
        self._fit_columns(self.infusion_table)
        self.medication_model.set_rows(self.session.medications())
        self._fit_columns(self.medication_table)
        self._show_due(summary["next_infusions"])
        self._stale = False
        self._on_selection_changed()

    def _fit_columns(self, table: QTableView) -> None:
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, header.sectionSize(column) + 6)

    def _show_due(self, items: list[dict]) -> None:
        for label in self.due_labels:
            label.deleteLater()
        self.due_labels = []
        today = self.session.today()
        for item in items:
            label = QLabel(self.tr(due_text(item, today)))
            label.setStyleSheet(DUE_STYLES[item["status"]])
            label.setProperty("status", item["status"])
            self.due_box.addWidget(label)
            self.due_labels.append(label)

    def selected_infusion(self) -> Infusion | None:
        rows = self.infusion_table.selectionModel().selectedRows()
        return self.infusion_model.row_object(rows[0].row())[0] if rows else None

    def select_row(self, row: int) -> None:
        self.infusion_table.selectRow(row)

    # -- handlers -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot()
    def _on_session_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        chosen = self.selected_infusion() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_add_clicked(self) -> None:
        dialog = InfusionDialog(self.session.today(), self.session.medications(), parent=self)
        if prompts.run_dialog(dialog):
            self.infusion_submitted.emit(dialog.infusion)

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        infusion = self.selected_infusion()
        if infusion is None:
            return
        dialog = InfusionDialog(self.session.today(), self.session.medications(), infusion, parent=self)
        if prompts.run_dialog(dialog):
            self.infusion_submitted.emit(dialog.infusion)

    @Slot()
    def _on_delete_clicked(self) -> None:
        infusion = self.selected_infusion()
        if infusion is None:
            return
        if prompts.confirm(self, self.tr("Delete infusion"),
                           self.tr("Delete the {0} infusion of {1}? You can undo this with Ctrl+Z.")
                           .format(infusion.medication.name, infusion.start.isoformat()),
                           self.tr("Delete")):
            self.infusion_delete_requested.emit(infusion)

    @Slot()
    def _on_add_medication_clicked(self) -> None:
        dialog = MedicationDialog(self)
        if prompts.run_dialog(dialog) and dialog.medication.name:
            self.medication_submitted.emit(dialog.medication)
