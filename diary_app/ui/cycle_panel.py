"""The cycle view: each infusion against the 28 days just before it (weeks 1-4, 5-8, 9-12).

For a second or later infusion those 28 days are already on treatment; the course view judges
the whole course against the original baseline instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from diary_app.domain.models import SETTING_LABELS, Infusion
from diary_app.domain.wording import status_words, verdict_words
from diary_app.i18n import domain_text
from diary_app.ui.course_outcomes import responder_yes
from diary_app.ui.numbers import one_decimal, percent, shown_number
from diary_app.ui.qdates import short_date
from diary_app.ui.table_model import Column, RowsModel

KIND_WORDS = {"preventive": QT_TRANSLATE_NOOP("CyclePanel", "preventive"),
              "acute": QT_TRANSLATE_NOOP("CyclePanel", "acute")}
CYCLE_NOTE = QT_TRANSLATE_NOOP(
    "CyclePanel",
    "Cycle view: each infusion against the 28 days just before it, in weeks 1-4, 5-8 and 9-12 after its last "
    "day (migraine days per 28 days; a period needs 14 recorded days). For a second or later infusion those "
    "28 days are already on treatment: the course view compares the whole course with the days before it began. "
    "Responder: at least 30% / 50% / 75% fewer, judged once the 12 weeks are complete."
)


def _responder(key: str) -> Column:
    """yes / no once weeks 9-12 are over, "pending" while they run (an acute course has no verdict)."""
    return Column(CyclePanel.tr("≥{0}%").format(key[-2:]),
                  lambda r: domain_text(verdict_words(r[1].get(key), r[1].get("followup_status"))),
                  background=lambda r: responder_yes() if r[1].get(key) else None)


def cycle_columns() -> list[Column]:
    """Rows are (Infusion, its summary entry)."""
    def week(k: int) -> Callable:
        return lambda r: one_decimal(r[1].get("followup_mmd", [None] * 3)[k])

    followup = [Column(CyclePanel.tr("Wk {0}").format(span), week(k), True,
                       tooltip=lambda r: CyclePanel.tr("Migraine days per 28 days after the infusion"))
                for k, span in enumerate(("1-4", "5-8", "9-12"))]
    return [
        Column(CyclePanel.tr("Start"), lambda r: short_date(r[0].start)),
        Column(CyclePanel.tr("Drug"), lambda r: r[0].medication.name),
        Column(CyclePanel.tr("Dose"), lambda r: "" if r[0].dose_mg is None else f"{shown_number(r[0].dose_mg)} mg",
               True),
        Column(CyclePanel.tr("Days"), lambda r: str(r[0].days), True),
        Column(CyclePanel.tr("Kind"), lambda r: CyclePanel.tr(KIND_WORDS.get(r[0].kind, r[0].kind))),
        Column(CyclePanel.tr("Setting"), lambda r: domain_text(SETTING_LABELS[r[0].setting])),
        Column(CyclePanel.tr("Baseline"), lambda r: one_decimal(r[1].get("baseline_mmd")), True,
               tooltip=lambda r: CyclePanel.tr("Migraine days per 28 days in the 28 days before")),
        *followup,
        Column(CyclePanel.tr("Follow-up"), lambda r: domain_text(status_words(r[1].get("followup_status")))
               if r[0].kind == "preventive" else ""),
        Column(CyclePanel.tr("Reduction"), lambda r: percent(r[1].get("percent_reduction")), True),
        *[_responder(key) for key in ("responder_30", "responder_50", "responder_75")],
        Column(CyclePanel.tr("Reactions"), lambda r: r[0].reactions),
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
        self.model = RowsModel(cycle_columns(), self)
        self.table = rows_table(self.model, self.tr("Infusions, each against the 28 days before it"))
        self.add_button = QPushButton(self.tr("&Add infusion…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
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
