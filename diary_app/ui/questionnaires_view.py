"""The questionnaires page: MIDAS and HIT-6 history, newest first, with add, edit and delete.

`diary` is anything with `questionnaires()`, `save_questionnaire(q)` and
`delete_questionnaire(id)`: the store's `Diary`, or a window session offering the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from diary_app.domain.errors import DiaryError
from diary_app.domain.questionnaires import HIT6, KIND_LABELS, KINDS, MIDAS, Questionnaire, latest_and_previous
from diary_app.ui import prompts
from diary_app.i18n import domain_text
from diary_app.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
from diary_app.ui.qdates import short_date
from diary_app.ui.table_model import Column, RowsModel

COL_DATE, COL_KIND, COL_SCORE, COL_GRADE = range(4)


def grade_text(q: Questionnaire) -> str:
    """"grade III, moderate disability" for MIDAS, "some impact" for HIT-6 (labels marked in the domain
    with QT_TRANSLATE_NOOP("Domain", ...))."""
    grade = q.grade
    label = domain_text(grade.label)
    return QuestionnairesView.tr("grade {0}, {1}").format(grade.code, label) if q.kind == MIDAS else label


class QuestionnairesView(QWidget):
    """History of MIDAS and HIT-6 with Add MIDAS…, Add HIT-6…, Edit… and Delete."""

    questionnaire_saved = Signal(object)  # the Questionnaire as saved, with its id
    questionnaire_deleted = Signal(object)  # the Questionnaire that was deleted

    def __init__(self, diary, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.diary = diary
        self._today = today
        self._items: list[Questionnaire] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.latest_label = QLabel()
        self.latest_label.setWordWrap(True)
        self.latest_label.setTextFormat(Qt.TextFormat.PlainText)
        notes = (lambda q: q.notes)  # noqa: E731
        self.model = RowsModel([
            Column(self.tr("Date"), lambda q: short_date(q.date), tooltip=notes),
            Column(self.tr("Questionnaire"), lambda q: q.title, tooltip=notes),
            Column(self.tr("Score"), lambda q: str(q.score), align_right=True, tooltip=notes),
            Column(self.tr("Grade or impact"), grade_text, tooltip=notes),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView::item { padding: 0 8px; }")
        header = self.table.horizontalHeader()
        for column in (COL_DATE, COL_KIND, COL_SCORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_GRADE, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Questionnaire history"))
        self.empty_label = QLabel(self.tr("No questionnaires yet. MIDAS looks back over 3 months, HIT-6 over "
                                          "4 weeks: filling one in before each visit shows your doctor the trend."))
        self.empty_label.setWordWrap(True)

        self.add_midas_button = QPushButton(self.tr("Add &MIDAS…"))
        self.add_midas_button.setToolTip(self.tr("Migraine Disability Assessment: days lost in the last 3 months"))
        self.add_hit6_button = QPushButton(self.tr("Add &HIT-6…"))
        self.add_hit6_button.setToolTip(self.tr("Headache Impact Test: 6 questions"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_midas_button, self.add_hit6_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.latest_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.add_midas_button.clicked.connect(self._on_add_midas_clicked)
        self.add_hit6_button.clicked.connect(self._on_add_hit6_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.activated.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the questionnaires again (after an import, an undo, another diary...)."""
        self._items = self.diary.questionnaires()
        self.model.set_rows(sorted(self._items, key=lambda q: (q.date, q.id or 0), reverse=True))
        self.empty_label.setVisible(not self._items)
        self.latest_label.setText(self._latest_text())
        self.latest_label.setVisible(bool(self._items))
        self._update_buttons()

    def _latest_text(self) -> str:
        lines = []
        for kind in KINDS:
            latest, previous = latest_and_previous(self._items, kind)
            if latest is None:
                continue
            line = self.tr("Latest {0}: {1} ({2}) on {3}").format(
                KIND_LABELS[kind], latest.score, grade_text(latest),
                short_date(latest.date))
            if previous is not None:
                line += self.tr("; before that {0} ({1}) on {2}").format(
                    previous.score, grade_text(previous), short_date(previous.date))
            lines.append(line)
        return "\n".join(lines)

    def selected(self) -> Questionnaire | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select(self, questionnaire_id: int) -> None:
        for number in range(self.model.rowCount()):
            if self.model.row_object(number).id == questionnaire_id:
                self.table.selectRow(number)
                return

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------
    def add(self, kind: str) -> Questionnaire | None:
        """Ask for a new questionnaire of `kind` and save it; returns it, or None if cancelled."""
        return self._ask_and_save(kind, None)

    def edit_selected(self) -> Questionnaire | None:
        chosen = self.selected()
        return self._ask_and_save(chosen.kind, chosen) if chosen else None

    def delete_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        question = self.tr("Delete the {0} of {1} (score {2})?").format(
            chosen.title, short_date(chosen.date), chosen.score)
        if not prompts.confirm(self, self.tr("Delete questionnaire"), question, self.tr("Delete")):
            return False
        try:
            self.diary.delete_questionnaire(chosen.id)
        except DiaryError as exc:
            prompts.show_error(self, self.tr("Could not delete"), str(exc))
            return False
        self.refresh()
        self.questionnaire_deleted.emit(chosen)
        return True

    def _ask_and_save(self, kind: str, existing: Questionnaire | None) -> Questionnaire | None:
        taken = {q.date for q in self._items if q.kind == kind}
        dialog = QuestionnaireDialog(kind, self._today(), existing, taken, self)
        if not prompts.run_dialog(dialog):
            return None
        try:
            saved = self.diary.save_questionnaire(dialog.questionnaire)
        except DiaryError as exc:
            prompts.show_error(self, self.tr("Could not save"), str(exc))
            return None
        self.refresh()
        self.select(saved.id)
        self.questionnaire_saved.emit(saved)
        return saved

    @Slot()
    def _on_add_midas_clicked(self) -> None:
        self.add(MIDAS)

    @Slot()
    def _on_add_hit6_clicked(self) -> None:
        self.add(HIT6)

    @Slot()
    def _on_edit_clicked(self) -> None:
        self.edit_selected()

    @Slot()
    def _on_delete_clicked(self) -> None:
        self.delete_selected()
