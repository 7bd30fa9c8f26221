"""The numbers behind a chart as a table: for a screen reader, for exact values, for copying.

Each chart of the Trends view gets a "Show as table" toggle; the table holds the same numbers the
chart draws, and Ctrl+C (or Copy) puts the selection, or the whole table, on the clipboard as
tab-separated text with its header, ready to paste into a spreadsheet or a message.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from diary_app.ui.numbers import one_decimal
from diary_app.ui.table_model import Column, RowsModel

BASELINE = QT_TRANSLATE_NOOP("ChartTable", "baseline (28 days before)")
FOLLOW_UP = (QT_TRANSLATE_NOOP("ChartTable", "weeks 1-4"), QT_TRANSLATE_NOOP("ChartTable", "weeks 5-8"),
             QT_TRANSLATE_NOOP("ChartTable", "weeks 9-12"))
CLASSIFICATION = {"chronic": QT_TRANSLATE_NOOP("ChartTable", "chronic"),
                  "episodic": QT_TRANSLATE_NOOP("ChartTable", "episodic"),
                  "incomplete": QT_TRANSLATE_NOOP("ChartTable", "incomplete")}


def shown_month(month: str) -> str:
    """"2026-11" as the language names it ("Nov 2026", "Nov. 2026", "nov 2026"); as it is under the
    C locale (no locale set, as in the tests)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return month
    day = dt.date.fromisoformat(f"{month}-01")
    return locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")


def classification_words(classification: str) -> str:
    """A month's class ("chronic", "episodic", "incomplete") in the chosen language."""
    return ChartTable.tr(CLASSIFICATION.get(classification, classification))


def trend_columns() -> list[Column]:
    """Rows are the summary's month dicts, as the trend chart draws them."""
    return [
        Column(ChartTable.tr("Month"), lambda m: shown_month(m["month"])),
        Column(ChartTable.tr("Migraine days"), lambda m: str(m["migraine_days"]), True),
        Column(ChartTable.tr("Headache days"), lambda m: str(m["headache_days"]), True),
        Column(ChartTable.tr("Recorded days"), lambda m: f"{m['recorded_days']}/{m['days_in_month']}", True),
        Column(ChartTable.tr("Class"), lambda m: classification_words(m["classification"])),
    ]


def before_after_rows(outcome: dict | None) -> list[tuple[str, float | None]]:
    """(period, migraine days per 28 days) for the baseline and each follow-up period of one infusion."""
    if outcome is None:
        return []
    followups = (list(outcome.get("followup_mmd") or []) + [None] * 3)[:3]
    return [(BASELINE, outcome.get("baseline_mmd")), *zip(FOLLOW_UP, followups)]


def before_after_columns() -> list[Column]:
    return [
        Column(ChartTable.tr("Period"), lambda r: ChartTable.tr(r[0])),
        Column(ChartTable.tr("Migraine days per 28 days"), lambda r: one_decimal(r[1]), True),
    ]


def table_text(model: RowsModel, rows: list[int] | None = None) -> str:
    """The header and the given rows (all when None) as tab-separated lines."""
    titles = [column.title.replace("\n", " ") for column in model.columns]
    chosen = range(model.rowCount()) if rows is None else rows
    lines = ["\t".join(titles)]
    lines += ["\t".join(column.text(model.row_object(row)) for column in model.columns) for row in chosen]
    return "\n".join(lines)


class ChartTable(QWidget):
    """A read-only table of a chart's numbers, with a Copy button and Ctrl+C."""

    def __init__(self, columns: list[Column], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the table"))
        self.copy_button.clicked.connect(self.copy)
        shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def text(self) -> str:
        """The selected rows, or every row when none is selected, as tab-separated text."""
        selected = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return table_text(self.model, selected or None)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def table_toggle(text: str) -> QPushButton:
    """A checkable button that swaps a chart for its table."""
    button = QPushButton(text)
    button.setCheckable(True)
    return button
