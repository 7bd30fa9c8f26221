"""The MIDAS or HIT-6 form: dated answers with the live score; it only collects input.

`questionnaire` gives what was entered; OK stays open and shows the problem next to the
question while anything is wrong (an unanswered HIT-6 question, a date already taken).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from diary_app.domain.errors import ValidationError
from diary_app.domain.record import replace
from diary_app.i18n import domain_text
from diary_app.domain.questionnaires import (
    HIT6_ANSWERS, HIT6_POINTS, HIT6_WORDS, KIND_LABELS, MIDAS, MIDAS_MAX_DAYS, MIDAS_MAX_PAIN, QUESTION_COUNTS,
    Questionnaire, question_field, validate_questionnaire,
)
from diary_app.ui.qdates import edit_format, short_date

ERROR_STYLE = "color: #D55E00; font-weight: bold;"
NOT_ANSWERED = -1  # the spin box value shown as "not answered" for MIDAS A and B

# Marked for translation here, translated where shown (self.tr: the context is QuestionnaireDialog)
MIDAS_INTRO = QT_TRANSLATE_NOOP(
    "QuestionnaireDialog",
    "Answer about all the headaches you have had over the last 3 months. "
    "Write 0 if you did not do the activity in the last 3 months.")
MIDAS_QUESTIONS = (
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "On how many days in the last 3 months did you miss work or school because of your headaches?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "How many days in the last 3 months was your productivity at work or school reduced by half "
                      "or more because of your headaches? (Do not include days you counted in question 1 where you "
                      "missed work or school.)"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "On how many days in the last 3 months did you not do household work because of your "
                      "headaches?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "How many days in the last 3 months was your productivity in household work reduced by half "
                      "or more because of your headaches? (Do not include days you counted in question 3 where you "
                      "did not do household work.)"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "On how many days in the last 3 months did you miss family, social or leisure activities "
                      "because of your headaches?"),
)
MIDAS_EXTRA = (
    ("A", QT_TRANSLATE_NOOP("QuestionnaireDialog",
                            "On how many days in the last 3 months did you have a headache? "
                            "(If a headache lasted more than 1 day, count each day.)"), MIDAS_MAX_DAYS),
    ("B", QT_TRANSLATE_NOOP("QuestionnaireDialog",
                            "On a scale of 0 to 10, on average how painful were these headaches? "
                            "(0 = no pain at all, 10 = pain as bad as it can be.)"), MIDAS_MAX_PAIN),
)
HIT6_INTRO = QT_TRANSLATE_NOOP(
    "QuestionnaireDialog",
    "Answer each question about your headaches; questions 4 to 6 are about the past 4 weeks.")
HIT6_QUESTIONS = (
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "When you have headaches, how often is the pain severe?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "How often do headaches limit your ability to do usual daily activities including household "
                      "work, work, school, or social activities?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog", "When you have a headache, how often do you wish you could lie down?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "In the past 4 weeks, how often have you felt too tired to do work or daily activities because "
                      "of your headaches?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "In the past 4 weeks, how often have you felt fed up or irritated because of your headaches?"),
    QT_TRANSLATE_NOOP("QuestionnaireDialog",
                      "In the past 4 weeks, how often did headaches limit your ability to concentrate on work or "
                      "daily activities?"),
)
HIT6_ANSWER_LABELS = {
    "never": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Never"),
    "rarely": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Rarely"),
    "sometimes": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Sometimes"),
    "very often": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Very often"),
    "always": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Always"),
}


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class QuestionnaireDialog(QDialog):
    """Enter or edit one MIDAS or HIT-6. `taken_dates`: dates that already hold one of this kind."""

    def __init__(self, kind: str, today: dt.date, existing: Questionnaire | None = None,
                 taken_dates: Collection[dt.date] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._today = today
        self._existing = existing
        self._taken = frozenset(taken_dates) - ({existing.date} if existing else set())
        self.setWindowTitle(self.tr("Edit {0}").format(KIND_LABELS[kind]) if existing
                            else self.tr("New {0}").format(KIND_LABELS[kind]))
        self.setMinimumWidth(680)
        self.errors: dict[str, QLabel] = {}
        self.answer_inputs: list[QSpinBox | QComboBox] = []
        self.extra_inputs: dict[str, QSpinBox] = {}
        self._build()
        if existing is not None:
            self._load(existing)
        self._update_score()
        self._fit_height()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("MIDAS: Migraine Disability Assessment") if self.kind == MIDAS
                       else self.tr("HIT-6: Headache Impact Test"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        intro = QLabel(self.tr(MIDAS_INTRO if self.kind == MIDAS else HIT6_INTRO))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(edit_format())
        self.date_edit.setMaximumDate(qdate(self._today))
        self.date_edit.setDate(qdate(self._today))
        self.date_edit.setAccessibleName(self.tr("Date answered"))
        self.date_edit.dateChanged.connect(self._on_answer_changed)
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Date answered:"))
        date_label.setBuddy(self.date_edit)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        layout.addWidget(self._error_label("date"))

        questions = QGroupBox(self.tr("Questions 1-5 (days)") if self.kind == MIDAS else self.tr("Questions 1-6"))
        grid = self._question_grid(questions)
        texts = MIDAS_QUESTIONS if self.kind == MIDAS else HIT6_QUESTIONS
        for number, text in enumerate(texts, start=1):
            widget = self._day_spin(MIDAS_MAX_DAYS) if self.kind == MIDAS else self._answer_combo()
            self._add_question(grid, str(number), text, widget)
            self.answer_inputs.append(widget)
        layout.addWidget(questions)

        if self.kind == MIDAS:
            extra = QGroupBox(self.tr("Not part of the score"))
            extra_grid = self._question_grid(extra)
            for letter, text, highest in MIDAS_EXTRA:
                spin = self._day_spin(highest, optional=True)
                self._add_question(extra_grid, letter, text, spin)
                self.extra_inputs[letter] = spin
            layout.addWidget(extra)

        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("Optional"))
        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes_edit)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes_edit, 1)
        layout.addLayout(notes_row)

        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.score_label)
        layout.addWidget(self._error_label("answers"))
        layout.addStretch(1)  # spare height goes here, not between wrapped lines

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fit_height(self) -> None:
        """Tall enough for the wrapped question texts at the current width, and no taller."""
        width = max(self.width(), self.minimumWidth())
        self.resize(width, self.heightForWidth(width))

    def _question_grid(self, box: QGroupBox) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        return grid

    def _add_question(self, grid: QGridLayout, number: str, text: str, widget: QWidget) -> None:
        row = grid.rowCount()
        number_label = QLabel(f"{number}.")
        number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        text_label = QLabel(self.tr(text))
        text_label.setWordWrap(True)
        text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for label in (number_label, text_label):  # first line level with the text in the input
            label.setContentsMargins(0, 3, 0, 0)
        text_label.setBuddy(widget)
        widget.setAccessibleName(self.tr("Question {0}").format(number))
        widget.setAccessibleDescription(self.tr(text))
        grid.addWidget(number_label, row, 0)
        grid.addWidget(text_label, row, 1)
        grid.addWidget(widget, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._error_label(question_field(number)), row + 1, 1, 1, 2)

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def _day_spin(self, highest: int, optional: bool = False) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NOT_ANSWERED if optional else 0, highest)
        if optional:
            spin.setSpecialValueText(self.tr("not answered"))
            spin.setValue(NOT_ANSWERED)
        spin.setMinimumWidth(130)
        spin.valueChanged.connect(self._on_answer_changed)
        return spin

    def _answer_combo(self) -> QComboBox:
        combo = QComboBox()
        for word in HIT6_ANSWERS:
            combo.addItem(self.tr(HIT6_ANSWER_LABELS[word]), HIT6_POINTS[word])
        combo.setPlaceholderText(self.tr("Choose…"))
        combo.setCurrentIndex(-1)
        combo.setMinimumWidth(130)
        combo.currentIndexChanged.connect(self._on_answer_changed)
        return combo

    def _load(self, q: Questionnaire) -> None:
        self.date_edit.setDate(qdate(q.date))
        for widget, answer in zip(self.answer_inputs, q.answers):
            if isinstance(widget, QSpinBox):
                widget.setValue(answer)
            else:
                widget.setCurrentIndex(HIT6_ANSWERS.index(HIT6_WORDS[answer]))
        for letter, value in (("A", q.a_days), ("B", q.b_pain)):
            if letter in self.extra_inputs:
                self.extra_inputs[letter].setValue(NOT_ANSWERED if value is None else value)
        self.notes_edit.setText(q.notes)

    # -- reading ------------------------------------------------------------------------
    def _answers(self) -> list[int | None]:
        answers = []
        for widget in self.answer_inputs:
            if isinstance(widget, QSpinBox):
                answers.append(widget.value())
            else:
                answers.append(widget.currentData() if widget.currentIndex() >= 0 else None)
        return answers

    def _extra(self, letter: str) -> int | None:
        spin = self.extra_inputs.get(letter)
        return None if spin is None or spin.value() == NOT_ANSWERED else spin.value()

    @property
    def questionnaire(self) -> Questionnaire:
        """The answers as entered (unanswered HIT-6 questions left out); the id of an edited one kept."""
        q = Questionnaire(
            kind=self.kind,
            date=pydate(self.date_edit.date()),
            answers=tuple(a for a in self._answers() if a is not None),
            a_days=self._extra("A"),
            b_pain=self._extra("B"),
            notes=self.notes_edit.text().strip(),
        )
        return replace(q, id=self._existing.id) if self._existing else q

    def problem(self) -> ValidationError | None:
        """The first thing wrong with the input, or None."""
        for number, answer in enumerate(self._answers(), start=1):
            if answer is None:
                return ValidationError(question_field(number), self.tr("please choose an answer"))
        q = self.questionnaire
        if q.date in self._taken:
            return ValidationError("date", self.tr("a {0} for {1} is already in the diary; edit that one instead")
                                   .format(q.title, short_date(q.date)))
        try:
            validate_questionnaire(q, self._today)
        except ValidationError as exc:
            return exc
        return None

    # -- showing ------------------------------------------------------------------------
    def show_problem(self, error: ValidationError) -> None:
        """Show a ValidationError next to the question it names (or above the buttons)."""
        self.clear_problems()
        label = self.errors.get(error.field, self.errors["answers"])
        label.setText(error.problem if error.field in self.errors else str(error))
        label.show()
        self._fit_height()
        widget = self._widget_for(error.field)
        if widget is not None:
            widget.setFocus()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()

    def _widget_for(self, field: str) -> QWidget | None:
        if field == "date":
            return self.date_edit
        number = field.removeprefix("question ")
        if number.isdigit() and 0 < int(number) <= len(self.answer_inputs):
            return self.answer_inputs[int(number) - 1]
        return self.extra_inputs.get(number)

    def _update_score(self) -> None:
        answers = self._answers()
        missing = sum(a is None for a in answers)
        if missing:
            self.score_label.setText(self.tr("Score: answer all {0} questions (%n to go)", "", missing)
                                     .format(QUESTION_COUNTS[self.kind]))
            return
        q = self.questionnaire
        grade, score = q.grade, q.score
        if self.kind == MIDAS:
            self.score_label.setText(
                self.tr("MIDAS score: {0} (grade {1}, {2})").format(
                    score, grade.code, domain_text(grade.label)))
        else:
            self.score_label.setText(self.tr("HIT-6 score: {0} ({1})").format(
                score, domain_text(grade.label)))

    @Slot()
    def _on_answer_changed(self) -> None:
        self._update_score()
        self.clear_problems()

    def accept(self) -> None:
        error = self.problem()
        if error is not None:
            self.show_problem(error)
            return
        super().accept()

