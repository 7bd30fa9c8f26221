"""Add or edit one attack: when it started and ended (or how long it lasted), its type, peak
severity and symptoms, the doses taken for it with their times, triggers and a note.

The dialog only collects: `attack` is valid once it is accepted, and the window saves it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack, Medication
from diary_app.domain.record import replace
from diary_app.domain.validation import MAX_ATTACK_DAYS, validate_attack
from diary_app.ui.keyed_fields import DateTimeField
from diary_app.ui.dialogs.fields import problem_label
from diary_app.ui.dose_editor import DoseEditor
from diary_app.ui.headache_details import ScoreSpin, limit_note
from diary_app.ui.counts import counted
from diary_app.ui.problems import error_text
from diary_app.ui.qdates import edit_format, pydatetime, qdate, qdatetime
from diary_app.ui.trigger_picker import TriggerPicker

DEFAULT_LENGTH = dt.timedelta(hours=4)  # what "Ended" offers first; the person sets the real end
SYMPTOMS = (("aura", QT_TRANSLATE_NOOP("AttackDialog", "A&ura")),
            ("nausea", QT_TRANSLATE_NOOP("AttackDialog", "&Nausea")),
            ("photophobia", QT_TRANSLATE_NOOP("AttackDialog", "&Light sensitivity")),
            ("phonophobia", QT_TRANSLATE_NOOP("AttackDialog", "S&ound sensitivity")))


def length_words(length: dt.timedelta) -> str:
    """"1 day 2 h 15 min", "45 min"."""
    minutes = int(length.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [counted(AttackDialog.tr("%n day(s)", "", days), days)] if days else []
    parts += [AttackDialog.tr("{0} h").format(hours)] if hours else []
    parts += [AttackDialog.tr("{0} min").format(minutes)] if minutes or not parts else []
    return " ".join(parts)


def datetime_edit(moment: dt.datetime, name: str, description: str) -> QDateTimeEdit:
    edit = DateTimeField(qdatetime(moment))
    edit.setAccessibleDescription(description)
    edit.setDisplayFormat(edit_format() + " HH:mm")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


class AttackDialog(QDialog):
    """Collects one attack (a new one starting at `start`, or `existing` to change)."""

    def __init__(self, start: dt.datetime, today: dt.date, own_medications: list[Medication],
                 known_triggers: list[str], existing: Attack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit attack") if existing else self.tr("Add attack"))
        self._today, self._existing = today, existing
        start = existing.start if existing else start
        end = existing.end if existing else None
        self.start_edit = datetime_edit(start, self.tr("Start"), self.tr("When the attack started"))
        self.start_edit.setMaximumDate(qdate(today))
        self.ended_box = QCheckBox(self.tr("&Ended at"))
        self.ended_box.setChecked(end is not None)
        self.end_edit = datetime_edit(end or start + DEFAULT_LENGTH, self.tr("End"),
                                      self.tr("When the attack ended; the length below follows it"))
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 24 * MAX_ATTACK_DAYS)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.hours_spin.setAccessibleName(self.tr("Lasted, hours"))
        self.hours_spin.setAccessibleDescription(self.tr("How long the attack lasted: the hours; the end follows"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 59)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Lasted, minutes"))
        self.minutes_spin.setAccessibleDescription(self.tr("How long the attack lasted: the minutes; the end follows"))
        self.length_label = QLabel()
        self.length_label.setWordWrap(True)  # "End not known yet: …" must not widen the form
        self.kind_buttons = {"migraine": QRadioButton(self.tr("&Migraine")), "headache": QRadioButton(self.tr("&Headache"))}
        self.kind_group = QButtonGroup(self)
        for button in self.kind_buttons.values():
            self.kind_group.addButton(button)
        self.kind_buttons[existing.kind if existing else "migraine"].setChecked(True)
        self.severity_spin = ScoreSpin(self.tr("Peak severity, 0 to 10"),
                                       self.tr("How bad the attack was at its worst: 0 none, 10 the worst imaginable"))
        self.severity_note = limit_note(self.severity_spin)
        self.severity_spin.setValue(-1 if existing is None or existing.severity is None else existing.severity)
        self.symptom_boxes = {name: QCheckBox(self.tr(label)) for name, label in SYMPTOMS}
        for name, box in self.symptom_boxes.items():
            box.setChecked(bool(existing and getattr(existing, name)))
        self.doses = DoseEditor(with_time=True)
        self.doses.set_own_medications(own_medications)
        self.doses.set_doses(existing.doses if existing else ())
        self.doses.time_edit.setDateTime(qdatetime(start))
        self.triggers = TriggerPicker()
        self.triggers.set_known(known_triggers)
        self.triggers.set_selected(existing.triggers if existing else ())
        self.note_edit = QPlainTextEdit(existing.note if existing else "")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setAccessibleDescription(self.tr("Anything else about the attack, in your own words"))
        self.note_edit.setPlaceholderText(self.tr("Where it started, what helped"))
        self.note_edit.setMinimumHeight(60)
        self.note_edit.setMaximumHeight(110)
        self.error_label = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._arrange()
        self._connect()
        self._on_end_changed()
        self._on_ended_toggled(self.ended_box.isChecked())

    def _arrange(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Started:"), self.start_edit)
        ended = QHBoxLayout()
        ended.addWidget(self.ended_box)
        ended.addWidget(self.end_edit, 1)
        form.addRow(self.tr("End:"), ended)
        lasted = QHBoxLayout()
        lasted.addWidget(self.hours_spin)
        lasted.addWidget(self.minutes_spin)
        lasted.addStretch(1)
        form.addRow(self.tr("L&asted:"), lasted)
        form.labelForField(lasted).setBuddy(self.hours_spin)
        form.addRow("", self.length_label)
        kinds = QHBoxLayout()
        for button in self.kind_buttons.values():
            kinds.addWidget(button)
        kinds.addStretch(1)
        form.addRow(self.tr("Type:"), kinds)
        form.addRow(self.tr("Peak se&verity (0-10):"), self.severity_spin)
        form.addRow("", self.severity_note)
        symptoms = QGridLayout()
        for i, box in enumerate(self.symptom_boxes.values()):
            symptoms.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Symptoms:"), symptoms)
        form.addRow(self.tr("No&te:"), self.note_edit)
        doses_box = QGroupBox(self.tr("Me&dications taken for it"))
        QVBoxLayout(doses_box).addWidget(self.doses)
        triggers_box = QGroupBox(self.tr("Tri&ggers"))
        QVBoxLayout(triggers_box).addWidget(self.triggers)
        right = QVBoxLayout()
        right.addWidget(doses_box, 3)
        right.addWidget(triggers_box, 2)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns.addLayout(left, 4)
        columns.addSpacing(8)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # no fixed minimum width: the layout keeps the dialog as wide as its contents need (at most ~960 px)
        order = [self.start_edit, self.ended_box, self.end_edit, self.hours_spin, self.minutes_spin,
                 *self.kind_buttons.values(), self.severity_spin, *self.symptom_boxes.values(), self.note_edit,
                 *self.doses.inputs(), *self.triggers.inputs(), *self.buttons.buttons()]
        for first, second in zip(order, order[1:]):  # reading order: the left column, then the right
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_changed)
        self.hours_spin.valueChanged.connect(self._on_length_changed)
        self.minutes_spin.valueChanged.connect(self._on_length_changed)
        self.ended_box.toggled.connect(self._on_ended_toggled)

    # -- what it holds ------------------------------------------------------------------
    @property
    def start(self) -> dt.datetime:
        return pydatetime(self.start_edit.dateTime())

    @property
    def end(self) -> dt.datetime | None:
        return pydatetime(self.end_edit.dateTime()) if self.ended_box.isChecked() else None

    def set_times(self, start: dt.datetime, end: dt.datetime | None) -> None:
        """Start and end (None: not known yet), as a person would type them."""
        self.start_edit.setDateTime(qdatetime(start))
        self.ended_box.setChecked(end is not None)
        if end is not None:
            self.end_edit.setDateTime(qdatetime(end))

    def set_length(self, length: dt.timedelta) -> None:
        """The end as a duration from the start ("lasted 6 h 30 min")."""
        self.ended_box.setChecked(True)
        minutes = int(length.total_seconds() // 60)
        self.hours_spin.setValue(minutes // 60)
        self.minutes_spin.setValue(minutes % 60)

    @property
    def attack(self) -> Attack:
        kind = next(name for name, button in self.kind_buttons.items() if button.isChecked())
        severity = self.severity_spin.value()
        fields = dict(
            start=self.start, end=self.end, kind=kind, severity=None if severity < 0 else severity,
            doses=self.doses.doses(), triggers=self.triggers.selected(), note=self.note_edit.toPlainText().strip(),
            **{name: box.isChecked() for name, box in self.symptom_boxes.items()},
        )
        if self._existing is not None:  # keeps its id and where it was imported from
            return replace(self._existing, **fields)
        return Attack(**fields)

    def accept(self) -> None:
        if not self.doses.commit_pending():
            return  # the amount typed is refused: the message is beside it
        self.triggers.commit_pending()
        try:
            validate_attack(self.attack, self._today)
        except ValidationError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()

    # -- keeping end and length in step --------------------------------------------------
    @Slot()
    def _on_start_changed(self, *_args) -> None:
        """A new start keeps the length: the end moves with it."""
        self._on_length_changed()

    @Slot()
    def _on_end_changed(self, *_args) -> None:
        length = max(pydatetime(self.end_edit.dateTime()) - self.start, dt.timedelta())
        minutes = int(length.total_seconds() // 60)
        for spin, value in ((self.hours_spin, minutes // 60), (self.minutes_spin, minutes % 60)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._show_length()

    @Slot()
    def _on_length_changed(self, *_args) -> None:
        length = dt.timedelta(hours=self.hours_spin.value(), minutes=self.minutes_spin.value())
        self.end_edit.blockSignals(True)
        self.end_edit.setDateTime(qdatetime(self.start + length))
        self.end_edit.blockSignals(False)
        self._show_length()

    @Slot(bool)
    def _on_ended_toggled(self, ended: bool) -> None:
        for widget in (self.end_edit, self.hours_spin, self.minutes_spin):
            widget.setEnabled(ended)
        self._show_length()

    def _show_length(self) -> None:
        start, end = self.start, self.end
        if end is None:
            text = self.tr("End not known yet: the attack counts on the day it started.")
        elif end < start:
            text = self.tr("The end is before the start.")
        else:
            days = (end - dt.timedelta(microseconds=1)).date() - start.date() if end > start else dt.timedelta()
            text = length_words(end - start)
            if days.days:
                text += self.tr(", over {0} days").format(days.days + 1)
        self.length_label.setText(text)
