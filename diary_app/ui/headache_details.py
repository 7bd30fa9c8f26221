"""The headache part of a day: peak severity, duration, disability and symptoms."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QSpinBox, QWidget

from diary_app.domain.models import DISABILITY_LEVELS, DayEntry

NOT_GIVEN_SEVERITY, NOT_GIVEN_DURATION = -1, -0.5  # the spin boxes' "not given" values


class HeadacheDetails(QGroupBox):
    """Enabled only on a headache day; `values(headache)` gives the DayEntry fields it holds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Headache details"))
        self.severity_spin = QSpinBox()
        self.severity_spin.setRange(NOT_GIVEN_SEVERITY, 10)
        self.severity_spin.setSpecialValueText(self.tr("not given"))
        self.severity_spin.setAccessibleName(self.tr("Peak severity, 0 to 10"))
        self.duration_spin = QDoubleSpinBox()
        self.duration_spin.setRange(NOT_GIVEN_DURATION, 24)
        self.duration_spin.setSingleStep(0.5)
        self.duration_spin.setDecimals(1)
        self.duration_spin.setSuffix(self.tr(" h"))
        self.duration_spin.setSpecialValueText(self.tr("not given"))
        self.duration_spin.setAccessibleName(self.tr("Duration in hours"))
        self.disability_combo = QComboBox()
        self.disability_combo.addItems([self.tr("none"), self.tr("mild"), self.tr("moderate"), self.tr("severe")])
        self.disability_combo.setAccessibleName(self.tr("Disability"))
        self.symptom_boxes = {
            "aura": QCheckBox(self.tr("A&ura")), "nausea": QCheckBox(self.tr("Nause&a")),
            "photophobia": QCheckBox(self.tr("&Light sensitivity")),
            "phonophobia": QCheckBox(self.tr("S&ound sensitivity")),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("Peak &severity (0-10):"), self.severity_spin)
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        form.addRow(self.tr("D&isability:"), self.disability_combo)
        symptoms = QGridLayout()
        for i, box in enumerate(self.symptom_boxes.values()):
            symptoms.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Symptoms:"), symptoms)
        self.severity_spin.valueChanged.connect(self.changed)
        self.duration_spin.valueChanged.connect(self.changed)
        self.disability_combo.currentIndexChanged.connect(self.changed)
        for box in self.symptom_boxes.values():
            box.toggled.connect(self.changed)

    def inputs(self) -> list[QWidget]:
        """In tab order."""
        return [self.severity_spin, self.duration_spin, self.disability_combo, *self.symptom_boxes.values()]

    def set_entry(self, entry: DayEntry | None) -> None:
        blocked = self.blockSignals(True)
        self.severity_spin.setValue(NOT_GIVEN_SEVERITY if entry is None or entry.severity is None else entry.severity)
        self.duration_spin.setValue(
            NOT_GIVEN_DURATION if entry is None or entry.duration_hours is None else entry.duration_hours)
        self.disability_combo.setCurrentIndex(DISABILITY_LEVELS.index(entry.disability) if entry else 0)
        for name, box in self.symptom_boxes.items():
            box.setChecked(bool(entry and getattr(entry, name)))
        self.blockSignals(blocked)

    def values(self, headache: bool) -> dict:
        """The DayEntry fields; on a day without headache they are all empty."""
        severity, duration = self.severity_spin.value(), self.duration_spin.value()
        return {
            "severity": None if severity < 0 or not headache else severity,
            "duration_hours": None if duration < 0 or not headache else duration,
            "disability": DISABILITY_LEVELS[self.disability_combo.currentIndex()] if headache else "none",
            **{name: headache and box.isChecked() for name, box in self.symptom_boxes.items()},
        }

    def snapshot(self) -> tuple:
        return (self.severity_spin.value(), self.duration_spin.value(), self.disability_combo.currentIndex(),
                tuple(box.isChecked() for box in self.symptom_boxes.values()))

    def set_headache(self, headache: bool) -> None:
        for widget in self.inputs():
            widget.setEnabled(headache)
