"""The cycle view: each infusion against the 28 days just before it (weeks 1-4, 5-8, 9-12).

For a second or later infusion those 28 days are already on treatment; the course view judges
the whole course against the original baseline instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from diary_app.domain.models import SETTING_LABELS, Infusion
from diary_app.domain.wording import status_words, verdict_words
from diary_app.ui.course_outcomes import RESPONDER_YES
from diary_app.ui.numbers import one_decimal, percent
from diary_app.ui.table_model import Column, RowsModel

CYCLE_NOTE = (
    "Cycle view: each infusion against the 28 days just before it, in weeks 1-4, 5-8 and 9-12 after its last "
    "day (migraine days per 28 days; a period needs 14 recorded days). For a second or later infusion those "
    "28 days are already on treatment: the course view compares the whole course with the days before it began. "
    "Responder: at least 30% / 50% / 75% fewer, judged once the 12 weeks are complete."
)


def _responder(tr, key: str) -> Column:
    """yes / no once weeks 9-12 are over, "pending" while they run (an acute course has no verdict)."""
    return Column(tr("≥{0}%").format(key[-2:]),
                  lambda r: tr(verdict_words(r[1].get(key), r[1].get("followup_status"))),
                  background=lambda r: RESPONDER_YES if r[1].get(key) else None)


def cycle_columns(tr=lambda text: text) -> list[Column]:
    """Rows are (Infusion, its summary entry)."""
    def week(k: int) -> Callable:
        return lambda r: one_decimal(r[1].get("followup_mmd", [None] * 3)[k])

    followup = [Column(tr("Wk {0}").format(span), week(k), True,
                       tooltip=lambda r: tr("Migraine days per 28 days after the infusion"))
                for k, span in enumerate(("1-4", "5-8", "9-12"))]
    return [
        Column(tr("Start"), lambda r: r[0].start.isoformat()),
        Column(tr("Drug"), lambda r: r[0].medication.name),
        Column(tr("Dose"), lambda r: "" if r[0].dose_mg is None else f"{r[0].dose_mg:g} mg", True),
        Column(tr("Days"), lambda r: str(r[0].days), True),
        Column(tr("Kind"), lambda r: tr(r[0].kind)),
        Column(tr("Setting"), lambda r: tr(SETTING_LABELS[r[0].setting])),
        Column(tr("Baseline"), lambda r: one_decimal(r[1].get("baseline_mmd")), True,
               tooltip=lambda r: tr("Migraine days per 28 days in the 28 days before")),
        *followup,
        Column(tr("Follow-up"), lambda r: tr(status_words(r[1].get("followup_status")))
               if r[0].kind == "preventive" else ""),
        Column(tr("Reduction"), lambda r: percent(r[1].get("percent_reduction")), True),
        *[_responder(tr, key) for key in ("responder_30", "responder_50", "responder_75")],
        Column(tr("Reactions"), lambda r: r[0].reactions),
    ]


def rows_table(model: RowsModel, name: str) -> QTableView:
    """A table of whole rows, one chosen at a time."""
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


def fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()


class CyclePanel(QWidget):
    """The infusion table with its buttons; the Treatments view wires the buttons to its dialogs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(cycle_columns(self.tr), self)
        self.table = rows_table(self.model, self.tr("Infusions, each against the 28 days before it"))
        self.add_button = QPushButton(self.tr("&Add infusion…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        note = QLabel(self.tr(CYCLE_NOTE))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def set_rows(self, infusions: list[Infusion], outcomes: list[dict]) -> None:
        self.model.set_rows(list(zip(infusions, outcomes)))
        fit_columns(self.table)

    def selected_infusion(self) -> Infusion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row())[0] if rows else None
