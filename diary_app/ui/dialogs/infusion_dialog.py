"""Add or edit an infusion or infusion course; the window saves what `infusion` returns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import INFUSION_KINDS, SETTING_LABELS, SETTINGS, Infusion, Medication
from diary_app.domain.record import replace
from diary_app.domain.validation import validate_infusion
from diary_app.i18n import domain_text
from diary_app.ui.dialogs.fields import (
    date_edit, dose_spin, drug_description, drug_edit, own_or_catalogue, problem_label,
)
from diary_app.ui.problems import error_text
from diary_app.ui.qdates import pydate


class InfusionDialog(QDialog):
    """Collects one infusion; `infusion` is valid once the dialog is accepted."""

    def __init__(self, today: dt.date, own_medications: list[Medication], existing: Infusion | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit infusion") if existing else self.tr("Add infusion"))
        self._today = today
        self._existing = existing
        self._own = own_medications
        self._kind_touched = False
        self.date_edit = date_edit(existing.start if existing else today, today, self.tr("First day"))
        self.drug_edit = drug_edit(existing.medication.name if existing else "", own_medications,
                                   self.tr("e.g. eptinezumab, Vyepti, DHE"), self.tr("Drug"))
        self.drug_info = QLabel()
        self.dose_spin = dose_spin(existing.dose_mg if existing else None, self.tr("not given"), self.tr("Dose in mg"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 14)
        self.days_spin.setValue(existing.days if existing else 1)
        self.days_spin.setAccessibleName(self.tr("Number of days"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItems([self.tr("preventive"), self.tr("acute")])
        self.kind_combo.setCurrentIndex(INFUSION_KINDS.index(existing.kind) if existing else 0)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.setting_combo = QComboBox()
        self.setting_combo.addItems([domain_text(SETTING_LABELS[s]) for s in SETTINGS])
        self.setting_combo.setCurrentIndex(SETTINGS.index(existing.setting) if existing else 0)
        self.setting_combo.setAccessibleName(self.tr("Setting"))
        self.reactions_edit = QLineEdit(existing.reactions if existing else "")
        self.reactions_edit.setAccessibleName(self.tr("Reactions"))
        self.notes_edit = QPlainTextEdit(existing.notes if existing else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.error_label = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&First day:"), self.date_edit)
        form.addRow(self.tr("D&rug:"), self.drug_edit)
        form.addRow("", self.drug_info)
        form.addRow(self.tr("D&ose:"), self.dose_spin)
        form.addRow(self.tr("Number of &days:"), self.days_spin)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Setting:"), self.setting_combo)
        form.addRow(self.tr("&Reactions:"), self.reactions_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.drug_edit.textChanged.connect(self._on_drug_text_changed)
        self.kind_combo.activated.connect(self._on_kind_activated)
        self._kind_touched = existing is not None
        self._on_drug_text_changed(self.drug_edit.text())

    def medication(self) -> Medication:
        return own_or_catalogue(self.drug_edit.text(), self._own)

    @property
    def infusion(self) -> Infusion:
        """The infusion as entered (with the id of the one being edited)."""
        dose = self.dose_spin.value()
        infusion = Infusion(
            start=pydate(self.date_edit.date()),
            medication=self.medication(),
            days=self.days_spin.value(),
            dose_mg=None if dose < 0 else dose,
            kind=INFUSION_KINDS[self.kind_combo.currentIndex()],
            setting=SETTINGS[self.setting_combo.currentIndex()],
            reactions=self.reactions_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )
        return replace(infusion, id=self._existing.id) if self._existing else infusion

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        try:
            validate_infusion(self.infusion, self._today)
        except ValidationError as exc:
            self.show_problem(error_text(exc))
            return
        super().accept()

    @Slot(str)
    def _on_drug_text_changed(self, text: str) -> None:
        self.drug_info.setText(drug_description(text))
        found = catalogue.lookup(text) if text.strip() else None
        if found is not None and not self._kind_touched:
            self.kind_combo.setCurrentIndex(INFUSION_KINDS.index(found.role))

    @Slot(int)
    def _on_kind_activated(self, _index: int) -> None:
        self._kind_touched = True
