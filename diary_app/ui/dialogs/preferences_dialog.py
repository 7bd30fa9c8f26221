"""File > Preferences…: the patient on the report, its paper, infusion intervals, the reminder, the language.

The dialog only collects the choice (`preferences` after it is accepted); the window
saves what changed into the diary, so the choice travels with the diary and its backups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from diary_app.i18n import LANGUAGES
from diary_app.ui.dialogs.reminder_dialog import ReminderFields
from diary_app.ui.dialogs.fields import add_row, paper_combo
from diary_app.ui.qdates import edit_format, pydate, qdate

NOT_GIVEN = QDate(1899, 12, 31)  # the date edit's minimum, shown as "not given"
USUAL_BIRTH_DATE = QDate(1980, 1, 1)  # where the picker opens once "not given" is unticked
MAX_WEEKS = 52


@dataclass(frozen=True)
class Preferences:
    """What File > Preferences… edits; `intervals` maps a generic name to days between infusions."""

    patient_name: str = ""
    birth_date: dt.date | None = None
    paper: str = "A4"
    intervals: dict[str, int] = field(default_factory=dict)
    reminder_enabled: bool = False
    reminder_at: dt.time = dt.time(20, 0)
    language: str = ""  # a code of diary_app.i18n.LANGUAGES, "" for the system's; kept in QSettings, not the diary


class PreferencesDialog(QDialog):
    """Shows `current`; read `preferences` (or one property of it) after it is accepted."""

    def __init__(self, current: Preferences, today: dt.date, tray_available: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._current = current
        self.name_edit = QLineEdit(current.patient_name)
        self.name_edit.setPlaceholderText(self.tr("optional"))
        self.name_edit.setAccessibleName(self.tr("Patient name"))
        self.birth_edit = QDateEdit()
        self.birth_edit.setDisplayFormat(edit_format())
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDateRange(NOT_GIVEN, qdate(today))
        self.birth_edit.setSpecialValueText(self.tr("not given"))
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        self.no_birth_box = QCheckBox(self.tr("Not &given"))
        self.paper_combo = paper_combo(current.paper, self.tr("Paper size"))
        self.interval_spins: dict[str, QSpinBox] = {}
        self._shown_weeks: dict[str, int] = {}
        self.reminder = ReminderFields(current.reminder_enabled, current.reminder_at, tray_available)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():  # each language named in its own words
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._arrange()
        self.no_birth_box.toggled.connect(self._on_no_birth_toggled)
        self.no_birth_box.setChecked(current.birth_date is None)
        self._on_no_birth_toggled(current.birth_date is None)
        if current.birth_date is not None:
            self.birth_edit.setDate(qdate(current.birth_date))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _arrange(self) -> None:
        report = QGroupBox(self.tr("Doctor report"))
        form = QFormLayout(report)
        form.addRow(self.tr("&Name:"), self.name_edit)
        add_row(form, self.tr("Date of &birth:"), self.birth_edit, self.no_birth_box)
        add_row(form, self.tr("&Paper size:"), self.paper_combo)
        form.addRow(self._note(self.tr("Name and date of birth are never required: when given, they head the "
                                       "report so the doctor can file it.")))
        layout = QVBoxLayout(self)
        layout.addWidget(report)
        layout.addWidget(self._intervals_box())
        reminder = QGroupBox(self.tr("Daily reminder"))
        QVBoxLayout(reminder).addWidget(self.reminder)
        layout.addWidget(reminder)
        layout.addWidget(self._language_box())
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _intervals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preventive infusions"))
        form = QFormLayout(box)
        for name, days in sorted(self._current.intervals.items(), key=lambda item: item[0].casefold()):
            spin = QSpinBox()
            spin.setRange(1, MAX_WEEKS)
            spin.setValue(min(MAX_WEEKS, max(1, round(days / 7))))
            spin.setSuffix(self.tr(" weeks"))
            spin.setAccessibleName(self.tr("Weeks between {0} infusions").format(name))
            self.interval_spins[name] = spin
            self._shown_weeks[name] = spin.value()
            add_row(form, self.tr("{0} every").format(name), spin)
        if self.interval_spins:
            text = self.tr("The Treatments page shows the next infusion due this long after the last one.")
        else:
            text = self.tr("No preventive infusions yet. Once one is added on the Treatments page, its "
                           "interval can be set here (12 weeks unless changed).")
        form.addRow(self._note(text))
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        add_row(form, self.tr("&Language:"), self.language_combo)
        form.addRow(self._note(self.tr("A new language applies the next time Migraine Diary starts.")))
        return box

    def showEvent(self, event) -> None:
        """As tall as its wrapped notes need at its width: Qt's first size for a dialog stops at part
        of the screen's height (on a 1024x600 screen the notes were squeezed under the fields)."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
        super().showEvent(event)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # -- the choice -----------------------------------------------------------------------
    @property
    def patient_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    @property
    def birth_date(self) -> dt.date | None:
        if self.no_birth_box.isChecked() or self.birth_edit.date() == NOT_GIVEN:
            return None
        return pydate(self.birth_edit.date())

    @property
    def paper(self) -> str:
        return self.paper_combo.currentData()

    @property
    def intervals(self) -> dict[str, int]:
        """Days between infusions per drug; a drug whose weeks were not touched keeps its days."""
        return {name: days if self.interval_spins[name].value() == self._shown_weeks[name]
                else self.interval_spins[name].value() * 7 for name, days in self._current.intervals.items()}

    @property
    def language(self) -> str:
        return self.language_combo.currentData()

    @property
    def preferences(self) -> Preferences:
        return Preferences(self.patient_name, self.birth_date, self.paper, self.intervals,
                           self.reminder.enabled, self.reminder.at, self.language)

    @Slot(bool)
    def _on_no_birth_toggled(self, not_given: bool) -> None:
        self.birth_edit.setEnabled(not not_given)
        if not_given:
            self.birth_edit.setDate(NOT_GIVEN)
        elif self.birth_edit.date() == NOT_GIVEN:
            self.birth_edit.setDate(qdate(self._current.birth_date) if self._current.birth_date else USUAL_BIRTH_DATE)
