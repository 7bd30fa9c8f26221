"""Add a medication to the person's list: from the catalogue, or their own with class and role."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.models import CLASS_LABELS, DRUG_CLASSES, ROLES, Medication
from diary_app.i18n import domain_text

ROUTES = ("oral", "intravenous", "subcutaneous", "intramuscular", "nasal", "rectal", "other")
ROUTE_WORDS = {"oral": QT_TRANSLATE_NOOP("MedicationDialog", "oral"),
               "intravenous": QT_TRANSLATE_NOOP("MedicationDialog", "intravenous"),
               "subcutaneous": QT_TRANSLATE_NOOP("MedicationDialog", "subcutaneous"),
               "intramuscular": QT_TRANSLATE_NOOP("MedicationDialog", "intramuscular"),
               "nasal": QT_TRANSLATE_NOOP("MedicationDialog", "nasal"),
               "rectal": QT_TRANSLATE_NOOP("MedicationDialog", "rectal"),
               "other": QT_TRANSLATE_NOOP("MedicationDialog", "other route")}
ROLE_WORDS = {"acute": QT_TRANSLATE_NOOP("MedicationDialog", "acute"),
              "preventive": QT_TRANSLATE_NOOP("MedicationDialog", "preventive")}


class MedicationDialog(QDialog):
    """A catalogue name fills in class, route and role; any other name is kept as typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add medication"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Medication name"))
        self.name_edit.setAccessibleDescription(self.tr("A catalogue name fills in class, route and role"))
        completer = QCompleter(catalogue.completion_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.class_combo = QComboBox()
        self.class_combo.addItems([domain_text(CLASS_LABELS[c]) for c in DRUG_CLASSES])
        self.class_combo.setCurrentIndex(DRUG_CLASSES.index("other"))
        self.class_combo.setAccessibleName(self.tr("Class"))
        self.role_combo = QComboBox()
        self.role_combo.addItems([self.tr(ROLE_WORDS[r]) for r in ROLES])
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.route_combo = QComboBox()
        self.route_combo.addItems([self.tr(ROUTE_WORDS[r]) for r in ROUTES])
        self.route_combo.setAccessibleName(self.tr("Route"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.info_label)
        form.addRow(self.tr("&Class:"), self.class_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("R&oute:"), self.route_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_text_changed)

    @property
    def medication(self) -> Medication:
        name = self.name_edit.text().strip()
        found = catalogue.lookup(name)
        if found is not None:
            return found
        return Medication(name, DRUG_CLASSES[self.class_combo.currentIndex()], ROUTES[self.route_combo.currentIndex()],
                          ROLES[self.role_combo.currentIndex()], known=False)

    @Slot(str)
    def _on_name_text_changed(self, text: str) -> None:
        found = catalogue.lookup(text) if text.strip() else None
        self.save_button.setEnabled(bool(text.strip()))
        for combo in (self.class_combo, self.role_combo, self.route_combo):
            combo.setEnabled(found is None)
        if found is None:
            self.info_label.setText(self.tr("Not in the catalogue: choose its class and role.") if text.strip() else "")
            return
        self.info_label.setText(self.tr("From the catalogue: {0}").format(found.name))
        self.class_combo.setCurrentIndex(DRUG_CLASSES.index(found.drug_class))
        self.role_combo.setCurrentIndex(ROLES.index(found.role))
        if found.route in ROUTES:
            self.route_combo.setCurrentIndex(ROUTES.index(found.route))
