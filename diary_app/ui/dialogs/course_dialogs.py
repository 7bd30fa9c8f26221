"""Start, stop or change a preventive course, and record or change an injection; the window saves
what `course` or `injection` returns (one save each)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import STOP_REASONS, Course, Injection, Medication
from diary_app.domain.record import replace
from diary_app.domain.validation import validate_course, validate_injection
from diary_app.domain.wording import stop_reason_words
from diary_app.i18n import domain_text
from diary_app.ui.dialogs.fields import (
    date_edit, dose_spin, drug_description, drug_edit, own_or_catalogue, problem_label,
)
from diary_app.ui.problems import error_text
from diary_app.ui.qdates import pydate, qdate, short_date


class _FormDialog(QDialog):
    """A form, the problem line under it and Save/Cancel. Each dialog defines `check()`, which raises
    ValidationError to keep the dialog open with the problem shown."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        try:
            self.check()
        except ValidationError as exc:
            self.show_problem(error_text(exc))
            return
        super().accept()


class StartCourseDialog(_FormDialog):
    """A new course of a preventive: the drug, its first day, the dose as the person says it."""

    def __init__(self, today: dt.date, own_medications: list[Medication], parent: QWidget | None = None):
        super().__init__(self.tr("Start a preventive course"), parent)
        self._today, self._own = today, own_medications
        self.drug_edit = drug_edit("", own_medications, self.tr("e.g. topiramate, propranolol, Aimovig"),
                                   self.tr("Drug"))
        self.drug_info = QLabel()
        self.date_edit = date_edit(today, today, self.tr("First day"))
        self.dose_edit = QLineEdit()
        self.dose_edit.setPlaceholderText(self.tr("e.g. 50 mg twice a day"))
        self.dose_edit.setAccessibleName(self.tr("Dose"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("D&rug:"), self.drug_edit)
        self.form.addRow("", self.drug_info)
        self.form.addRow(self.tr("&First day:"), self.date_edit)
        self.form.addRow(self.tr("D&ose:"), self.dose_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.drug_edit.textChanged.connect(self._on_drug_text_changed)

    @property
    def course(self) -> Course:
        return Course(own_or_catalogue(self.drug_edit.text(), self._own), pydate(self.date_edit.date()),
                      dose=self.dose_edit.text().strip(), note=self.note_edit.text().strip())

    def check(self) -> None:
        validate_course(self.course, self._today)

    @Slot(str)
    def _on_drug_text_changed(self, text: str) -> None:
        self.drug_info.setText(drug_description(text))


def span_text(span) -> str:
    """A running course as the stop dialog lists it: "topiramate 50 mg, since 2024-01-10"."""
    dose = f" {span.dose}" if span.dose else ""
    return StopCourseDialog.tr("{0}, since {1}").format(f"{span.medication.name}{dose}", short_date(span.start))


def stopped_course(span, stop: dt.date, reason: str, note: str) -> Course:
    """The record that stops `span`: its own record changed, or (for a course an injection or an
    infusion started) a new record with the same start."""
    if span.recorded is not None:
        return replace(span.recorded, stop=stop, stop_reason=reason, note=note or span.recorded.note)
    return Course(span.medication, span.start, stop=stop, dose=span.dose, stop_reason=reason, note=note)


class StopCourseDialog(_FormDialog):
    """Which running course, its last day, why it stopped and a note."""

    def __init__(self, today: dt.date, running: list, chosen: int = 0, parent: QWidget | None = None):
        super().__init__(self.tr("Stop a preventive course"), parent)
        self._today, self._running = today, list(running)
        self.course_combo = QComboBox()
        self.course_combo.addItems([span_text(s) for s in self._running])
        self.course_combo.setCurrentIndex(max(0, min(chosen, len(self._running) - 1)))
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.date_edit = date_edit(today, today, self.tr("Last day"))
        self.reason_combo = QComboBox()
        for reason in STOP_REASONS:
            self.reason_combo.addItem(domain_text(stop_reason_words(reason)), reason)
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. tingling, word-finding problems"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("&Course:"), self.course_combo)
        self.form.addRow(self.tr("&Last day:"), self.date_edit)
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.course_combo.currentIndexChanged.connect(self._on_course_changed)
        self._on_course_changed(self.course_combo.currentIndex())

    @property
    def course(self) -> Course:
        span = self._running[self.course_combo.currentIndex()]
        return stopped_course(span, pydate(self.date_edit.date()), self.reason_combo.currentData(),
                              self.note_edit.text().strip())

    def check(self) -> None:
        validate_course(self.course, self._today)

    @Slot(int)
    def _on_course_changed(self, index: int) -> None:
        if 0 <= index < len(self._running):
            self.date_edit.setMinimumDate(qdate(self._running[index].start))


class InjectionDialog(_FormDialog):
    """One injection of a preventive (a CGRP antibody, a Botox session): date, drug, dose (in the
    drug's unit: units for Botox), note; `existing` to change one."""

    def __init__(self, today: dt.date, own_medications: list[Medication], existing: Injection | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Edit injection") if existing else self.tr("Add injection"), parent)
        self._today, self._own, self._existing = today, own_medications, existing
        self.date_edit = date_edit(existing.date if existing else today, today, self.tr("Date"))
        self.drug_edit = drug_edit(existing.medication.name if existing else "", own_medications,
                                   self.tr("e.g. erenumab, Ajovy, Botox"), self.tr("Drug"))
        self.drug_info = QLabel()
        self.dose_spin = dose_spin(existing.dose_mg if existing else None, self.tr("not given"), self.tr("Dose in mg"))
        self.note_edit = QLineEdit(existing.note if existing else "")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("D&rug:"), self.drug_edit)
        self.form.addRow("", self.drug_info)
        self.form.addRow(self.tr("D&ose:"), self.dose_spin)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.drug_edit.textChanged.connect(self._on_drug_text_changed)
        self._on_drug_text_changed(self.drug_edit.text())

    @property
    def injection(self) -> Injection:
        dose = self.dose_spin.value()
        found = Injection(pydate(self.date_edit.date()), own_or_catalogue(self.drug_edit.text(), self._own),
                          dose_mg=None if dose < 0 else dose, note=self.note_edit.text().strip())
        return found if self._existing is None else replace(found, id=self._existing.id)

    def check(self) -> None:
        validate_injection(self.injection, self._today)

    @Slot(str)
    def _on_drug_text_changed(self, text: str) -> None:
        self.drug_info.setText(drug_description(text))
        unit = catalogue.dose_unit(own_or_catalogue(text, self._own)) if text.strip() else "mg"
        self.dose_spin.setSuffix(f" {unit}")
        self.dose_spin.setAccessibleName(self.tr("Dose in {0}").format(unit))


class EditCourseDialog(_FormDialog):
    """Change a course: its drug, first day, dose and note, and whether (when, why) it stopped.
    `course` is the recorded course, or (id None) a course an administration started, which
    saving records."""

    def __init__(self, today: dt.date, own_medications: list[Medication], course: Course,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Edit course"), parent)
        self._today, self._own, self._course = today, own_medications, course
        self.drug_edit = drug_edit(course.medication.name, own_medications, "", self.tr("Drug"))
        self.drug_info = QLabel(drug_description(course.medication.name))
        self.date_edit = date_edit(course.start, today, self.tr("First day"))
        self.dose_edit = QLineEdit(course.dose)
        self.dose_edit.setAccessibleName(self.tr("Dose"))
        self.stopped_box = QCheckBox(self.tr("S&topped on"))
        self.stopped_box.setChecked(course.stop is not None)
        self.stop_edit = date_edit(course.stop or today, today, self.tr("Last day"))
        self.reason_combo = QComboBox()
        for reason in STOP_REASONS:
            self.reason_combo.addItem(domain_text(stop_reason_words(reason)), reason)
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(course.stop_reason)))
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        self.note_edit = QLineEdit(course.note)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("D&rug:"), self.drug_edit)
        self.form.addRow("", self.drug_info)
        self.form.addRow(self.tr("&First day:"), self.date_edit)
        self.form.addRow(self.tr("D&ose:"), self.dose_edit)
        stopped = QHBoxLayout()
        stopped.addWidget(self.stopped_box)
        stopped.addWidget(self.stop_edit, 1)
        self.form.addRow("", stopped)
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.drug_edit.textChanged.connect(self._on_drug_text_changed)
        self.stopped_box.toggled.connect(self._on_stopped_toggled)
        self._on_stopped_toggled(self.stopped_box.isChecked())

    @property
    def course(self) -> Course:
        stopped = self.stopped_box.isChecked()
        return replace(
            self._course, medication=own_or_catalogue(self.drug_edit.text(), self._own),
            start=pydate(self.date_edit.date()), dose=self.dose_edit.text().strip(),
            stop=pydate(self.stop_edit.date()) if stopped else None,
            stop_reason=self.reason_combo.currentData() if stopped else None, note=self.note_edit.text().strip())

    def check(self) -> None:
        validate_course(self.course, self._today)

    @Slot(str)
    def _on_drug_text_changed(self, text: str) -> None:
        self.drug_info.setText(drug_description(text))

    @Slot(bool)
    def _on_stopped_toggled(self, stopped: bool) -> None:
        self.stop_edit.setEnabled(stopped)
        self.reason_combo.setEnabled(stopped)
