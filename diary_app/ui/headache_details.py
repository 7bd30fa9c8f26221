"""The headache part of a day: peak severity, duration, disability and symptoms; and the box of
the day's attacks (its list is built, in `day_attacks`, the first time a day has attacks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from diary_app.domain.models import DISABILITY_LEVELS, Attack, DayEntry

NOT_GIVEN_SEVERITY, NOT_GIVEN_DURATION = -1, -0.5  # the spin boxes' "not given" values
NONE, HEADACHE, MIGRAINE = 0, 1, 2  # the day's state, as the form's buttons number them
# Qt's numbers for Qt.FocusReason.Tab/BacktabFocusReason: naming them would build PySide's `Qt`
# namespace (~12 ms) before the first paint, as in trigger_picker.py.
TAB_REASONS = (1, 2)


def shown_states(entry: DayEntry | None, attacks: list[Attack]) -> tuple[int | None, int | None]:
    """The day's own state (None: no entry) and the state the form shows: a day an attack covers
    is a headache day, a migraine day when any of them is a migraine."""
    own = None if entry is None else (MIGRAINE if entry.migraine else HEADACHE if entry.headache else NONE)
    if not attacks:
        return own, own
    from_attacks = MIGRAINE if any(a.kind == "migraine" for a in attacks) else HEADACHE
    return own, max(NONE if own is None else own, from_attacks)


MAX_SCORE = 10


class ScoreSpin(QSpinBox):
    """A 0-10 score, or "not given". It takes a number typed above 10 (so `limit_note` can refuse
    it with a message: Qt would drop the keystroke and leave 1 of "11"); the arrows stop at 10."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(NOT_GIVEN_SEVERITY, 99)
        self.setSpecialValueText(self.tr("not given"))
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)

    def stepBy(self, steps: int) -> None:
        self.setValue(max(NOT_GIVEN_SEVERITY, min(self.value() + steps, MAX_SCORE)))

    def stepEnabled(self):
        enabled = super().stepEnabled()
        if self.value() >= MAX_SCORE:
            enabled &= ~QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled


def limit_note(spin: ScoreSpin) -> QLabel:
    """The line under a score that says, as it is typed, that it is above 10 and will not be saved."""
    label = QLabel()
    label.setStyleSheet("color: #D55E00; font-weight: bold;")
    label.setWordWrap(True)
    label.hide()

    def show(value: int) -> None:
        above = value > MAX_SCORE
        text = QCoreApplication.translate("ScoreSpin", "{0} is above 10: severity goes from 0 (none) to 10 (worst).")
        label.setText(text.format(value) if above else "")
        label.setVisible(above)

    spin.valueChanged.connect(show)
    return label


class StateRadio(QRadioButton):
    """One of the day's three states. Tab into the three lands on the chosen one (Qt lands on the
    first or the last). A focus handler, not an event filter: Python sees focus events only, and
    none before the first paint (ui/app.py)."""

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        group = self.group()
        chosen = group.checkedButton() if group is not None else None
        if event.reason().value in TAB_REASONS and chosen is not None and chosen is not self and chosen.isEnabled():
            chosen.setFocus(event.reason())


class StateBox(QGroupBox):
    """How was the day: No headache, Headache or Migraine (none checked while unrecorded); on a
    day an attack covers, No headache is off and a hint says the state comes from the attacks."""

    def __init__(self, error_label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("How was the day?"))
        self.buttons = [StateRadio(self.tr("&No headache")), StateRadio(self.tr("Heada&che")),
                        StateRadio(self.tr("&Migraine"))]
        self.group = QButtonGroup(self)  # exclusive; an unrecorded day has none checked
        self.hint = QLabel()
        row = QHBoxLayout()
        for value, button in enumerate(self.buttons):
            self.group.addButton(button, value)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(self.tr("How the day was; the arrow keys choose among the three"))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)  # its own line: beside the radios it widened the form past 853 px
        self.hint.hide()
        layout.addWidget(error_label)

    def set_state(self, state: int | None) -> None:
        self.group.setExclusive(False)
        for value, button in enumerate(self.buttons):
            button.setChecked(value == state)
        self.group.setExclusive(True)

    def show_attacks(self, covered: bool, states: tuple[int | None, int | None]) -> None:
        """`states`: the entry's own and the shown state (shown_states)."""
        own, shown = states
        from_attacks = covered and self.group.checkedId() == shown and shown != own
        self.hint.setText(self.tr("(from the attacks below)") if from_attacks else "")
        self.hint.setVisible(from_attacks)
        self.buttons[NONE].setEnabled(not covered)
        self.buttons[NONE].setToolTip(self.tr("An attack covers this day") if covered else "")


class HeadacheDetails(QGroupBox):
    """Enabled only on a headache day; `values(headache)` gives the DayEntry fields it holds."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Headache details"))
        self.severity_spin = ScoreSpin(self.tr("Peak severity, 0 to 10"), self.tr(
            "How bad the headache was at its worst: 0 none, 10 the worst imaginable"))
        self.severity_note = limit_note(self.severity_spin)
        self.duration_spin = QDoubleSpinBox()
        self.duration_spin.setRange(NOT_GIVEN_DURATION, 24)
        self.duration_spin.setSingleStep(0.5)
        self.duration_spin.setDecimals(1)
        self.duration_spin.setSuffix(self.tr(" h"))
        self.duration_spin.setSpecialValueText(self.tr("not given"))
        self.duration_spin.setAccessibleName(self.tr("Duration in hours"))
        self.duration_spin.setAccessibleDescription(self.tr("How many hours of the day the headache lasted"))
        self.disability_combo = QComboBox()
        self.disability_combo.addItems([self.tr("none"), self.tr("mild"), self.tr("moderate"), self.tr("severe")])
        self.disability_combo.setAccessibleName(self.tr("Disability"))
        self.disability_combo.setAccessibleDescription(self.tr("How much the headache kept you from your day"))
        self.symptom_boxes = {
            "aura": QCheckBox(self.tr("&Aura")), "nausea": QCheckBox(self.tr("Nau&sea")),
            "photophobia": QCheckBox(self.tr("&Light sensitivity")),
            "phonophobia": QCheckBox(self.tr("S&ound sensitivity")),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("&Peak severity (0-10):"), self.severity_spin)
        form.addRow("", self.severity_note)
        form.addRow(self.tr("D&uration:"), self.duration_spin)
        form.addRow(self.tr("Disa&bility:"), self.disability_combo)
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


class AttacksBox(QGroupBox):
    """The attacks covering the shown day, with Add (always) and, once there are some, their list
    with Edit and Delete; a line says what they make of the day. The dialogs ask; the window saves."""

    attack_requested = Signal(object, bool)  # an Attack to save, or (True) to delete, as confirmed

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Attacks"))
        self.session = session
        self.day: dt.date | None = None
        self.attacks: list[Attack] = []
        self.list = None  # day_attacks.AttackList, made for the first day with attacks
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add attac&k…"))
        self.add_button.setToolTip(self.tr("An attack with its start and end, type, severity and the doses taken for "
                                           "it; a day can hold several"))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.note)
        self._row = QHBoxLayout()
        self._row.addWidget(self.add_button)
        self._row.addStretch(1)
        self._layout.addLayout(self._row)
        self.add_button.clicked.connect(self._on_add_clicked)

    def inputs(self) -> list[QWidget]:
        """In tab order (reading order): the list above, then the buttons."""
        if self.list is None:
            return [self.add_button]
        return [self.list.table, self.add_button, self.list.edit_button, self.list.delete_button]

    def set_day(self, day: dt.date, entry: DayEntry | None, attacks: list[Attack]) -> None:
        self.day, self.attacks = day, list(attacks)
        if not attacks:
            self.note.setText(self.tr("No attack recorded on this day."))
            if self.list is not None:
                for widget in (self.list, self.list.edit_button, self.list.delete_button):
                    widget.hide()
            return
        from diary_app.ui import day_attacks

        if self.list is None:
            self.list = day_attacks.AttackList()
            self._layout.insertWidget(1, self.list)
            self._row.insertWidget(1, self.list.edit_button)
            self._row.insertWidget(2, self.list.delete_button)
            self.list.edit_requested.connect(self._on_list_edit_requested)
            self.list.delete_requested.connect(self._on_list_delete_requested)
        self.list.set_attacks(attacks, day)
        for widget in (self.list, self.list.edit_button, self.list.delete_button):
            widget.show()
        self.note.setText(day_attacks.counted_text(day, entry, attacks))

    def _on_add_clicked(self) -> None:
        from diary_app.ui.day_attacks import ask_attack

        attack = ask_attack(self, self.session, self.day)
        if attack is not None:
            self.attack_requested.emit(attack, False)

    def _on_list_edit_requested(self, attack: Attack) -> None:
        from diary_app.ui.day_attacks import ask_attack

        changed = ask_attack(self, self.session, self.day, attack)
        if changed is not None:
            self.attack_requested.emit(changed, False)

    def _on_list_delete_requested(self, attack: Attack) -> None:
        from diary_app.ui.day_attacks import confirm_delete

        if confirm_delete(self, attack):
            self.attack_requested.emit(attack, True)
