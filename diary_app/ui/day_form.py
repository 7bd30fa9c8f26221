"""The day entry form: log or edit one date with the keyboard alone.

The form validates and emits `entry_submitted`; the window saves it and answers with
`mark_saved` or `show_problem`. A change is never dropped silently: moving to another
date with unsaved edits asks Save / Discard / Cancel first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack, DayEntry
from diary_app.domain.validation import validate_day
from diary_app.ui import prompts
from diary_app.ui.keyed_fields import DateTimeField
from diary_app.ui.dose_editor import DoseEditor
from diary_app.ui.headache_details import (
    HEADACHE, MIGRAINE, NONE, AttacksBox, HeadacheDetails, StateBox, shown_states,
)
from diary_app.ui.counts import counted
from diary_app.ui.problems import field_name, problem_text
from diary_app.ui.qdates import pydate, qdate, short_date
from diary_app.ui.theme import is_dark
from diary_app.ui.trigger_picker import TriggerPicker

if TYPE_CHECKING:
    from PySide6.QtGui import QFont  # (its class costs ~1.5 ms; the form sets a font only in dim mode)

ERROR_STYLE = "color: #D55E00; font-weight: bold;"
# Which error label shows a ValidationError, by its field name.
FIELD_ROWS = {"date": "date", "state": "state", "migraine": "state", "severity": "details",
              "duration_hours": "details", "disability": "details", "medication": "doses",
              "amount": "doses", "relief": "doses", "triggers": "triggers"}


def day_format(year: bool = True) -> str:
    """The form's date: the locale's long date with short names ("Thu 26 Nov 2026" under the C locale,
    "Do., 26. Nov. 2026", "jue, 26 de nov de 2026", "Thu, Nov 26, 2026"); without the year for the button."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        text = "ddd d MMM yyyy"
    else:
        text = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "ddd").replace("MMMM", "MMM")
    if not year:
        text = re.sub(r"[\s,]*(?:'de'\s*)?y+", "", text)
    return text


def no_headache_style(palette: QPalette) -> str:
    """The quick button's colours: bright green on a light palette; on a dark one (Dark, dim mode) a
    deep green mixed into the palette's button colour, with the palette's own text, so it does not glare."""
    if not is_dark(palette):
        background, pressed, text = "#009E73", "#007A59", "white"
    else:
        button = palette.color(QPalette.ColorRole.Button)
        mixed = QColor(*(round(0.35 * green + 0.65 * own) for green, own in
                         zip((0x00, 0x9E, 0x73), (button.red(), button.green(), button.blue()))))
        background, pressed = mixed.name(), mixed.darker(125).name()
        text = palette.color(QPalette.ColorRole.ButtonText).name()
    return (f"#noHeadacheButton {{ background: {background}; color: {text}; border-radius: 5px; font-weight: bold;"
            f" padding: 6px 14px; }} #noHeadacheButton:focus {{ border: 2px solid palette(highlight); }}"
            f" #noHeadacheButton:pressed {{ background: {pressed}; }}")


class NoHeadacheButton(QPushButton):
    """The green "No headache" button: its colours follow the theme, its font the form's (bold, by
    its style sheet, and larger in dim mode). A widget with a style sheet no longer takes its
    parent's font by itself: the form hands it over with `follow_font`. (Signals, not
    `changeEvent`: no Python event handler before the first paint, see ui/app.py.)"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noHeadacheButton")
        self.setMinimumHeight(40)
        self.setMinimumWidth(230)
        self._follow_palette()
        QGuiApplication.instance().paletteChanged.connect(self._follow_palette)

    def follow_font(self, font: QFont) -> None:
        self.setFont(font)  # bold by the style sheet

    @Slot()
    def _follow_palette(self) -> None:
        sheet = no_headache_style(QGuiApplication.palette())
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class DayForm(QWidget):
    """One date's entry; `show_date(date)` moves to another date after the unsaved-changes guard."""

    entry_submitted = Signal(object)  # a validated DayEntry the person asked to save
    forget_requested = Signal(object)  # the date the person wants unrecorded again
    date_shown = Signal(object)  # the date now in the form
    attack_requested = Signal(object, bool)  # an Attack to save, or (True) to delete, as confirmed

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._date = session.today()
        self._recorded: DayEntry | None = None
        self._attacks: list[Attack] = []  # the attacks covering the shown day
        self._states = (None, None)  # the day's state: its entry's own, and as shown (attacks included)
        self._changed_elsewhere = False  # the stored day changed while unsaved edits were open
        self._baseline: tuple = ()
        self._build()
        self.refresh_choices()
        self._load(self._date)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setAccessibleDescription(self.tr("Show the day before (Alt+Left)"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.date_edit = DateTimeField()
        # A date alone: UTC, so Qt does not convert its limits (years 100 and 9999) through the local
        # time zone (~60 mktime calls, ~1.5 ms at every start). By name: Qt.TimeSpec would build `Qt`.
        self.date_edit.setProperty("timeSpec", "UTC")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setAccessibleDescription(
            self.tr("The day shown; type a date or open the calendar with Alt+Down"))
        self.date_edit.setMinimumWidth(150)
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setAccessibleDescription(self.tr("Show the day after (Alt+Right)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumWidth(120)
        self.no_headache_button = NoHeadacheButton()
        self.no_headache_button.setToolTip(self.tr("Record the day as headache-free and save (Ctrl+Shift+N)"))
        self.errors = {key: self._error_label() for key in set(FIELD_ROWS.values())}

        self.state_box = StateBox(self.errors["state"])
        self.state_buttons, self.state_group = self.state_box.buttons, self.state_box.group
        self.attacks_box = AttacksBox(self.session)
        self.details = HeadacheDetails()
        self.severity_spin, self.duration_spin = self.details.severity_spin, self.details.duration_spin
        self.symptom_boxes = self.details.symptom_boxes
        self.menstruation_box = QCheckBox(self.tr("Menst&ruation"))
        self.triggers = TriggerPicker()
        self.doses = DoseEditor()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setAccessibleDescription(self.tr("Anything else about the day, in your own words"))
        self.forget_button = QPushButton(self.tr("Forget this da&y…"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this day (Ctrl+S)"))
        self.save_button.setMinimumWidth(110)
        self._arrange()
        self._connect()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _arrange(self) -> None:
        top = QHBoxLayout()
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.no_headache_button)

        other = QGroupBox(self.tr("Also"))
        other_layout = QVBoxLayout(other)
        other_layout.addWidget(self.menstruation_box)

        left = QVBoxLayout()
        left.addWidget(self.state_box)
        left.addWidget(self.attacks_box)
        left.addWidget(self.details)
        left.addWidget(other)
        left.addStretch(1)

        triggers_box = QGroupBox(self.tr("Tri&ggers"))
        QVBoxLayout(triggers_box).addWidget(self.triggers)
        triggers_box.layout().addWidget(self.errors["triggers"])
        doses_box = self.doses_box = QGroupBox(self.tr("Acute med&ications taken"))
        QVBoxLayout(doses_box).addWidget(self.doses)
        doses_box.layout().addWidget(self.errors["doses"])
        notes_box = QGroupBox(self.tr("No&tes"))
        QVBoxLayout(notes_box).addWidget(self.notes_edit)
        right = QVBoxLayout()
        right.addWidget(doses_box, 3)
        right.addWidget(triggers_box, 2)
        right.addWidget(notes_box, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.forget_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors["date"])
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.set_tab_order()

    def set_tab_order(self) -> None:
        """Tab goes in reading order: the date row, the left column, the right one, the buttons;
        the attacks' list and buttons join after Add attack once a day has attacks."""
        order = [self.prev_button, self.date_edit, self.next_button, self.today_button, self.no_headache_button,
                 *self.state_buttons, *self.attacks_box.inputs(), *self.details.inputs(), self.menstruation_box,
                 *self.doses.inputs(), *self.triggers.inputs(), self.notes_edit, self.forget_button, self.save_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.prev_button.clicked.connect(self._on_prev_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.today_button.clicked.connect(self._on_today_clicked)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.state_group.idToggled.connect(self._on_state_toggled)
        self.no_headache_button.clicked.connect(self.record_no_headache)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self.details.changed.connect(self._on_anything_changed)
        self.menstruation_box.toggled.connect(self._on_anything_changed)
        self.notes_edit.textChanged.connect(self._on_anything_changed)
        self.triggers.triggers_changed.connect(self._on_anything_changed)
        self.doses.doses_changed.connect(self._on_anything_changed)
        self.attacks_box.attack_requested.connect(self.attack_requested)

    def set_form_font(self, font: QFont) -> None:
        """The form's font (dim mode's is larger); the No-headache button takes it too."""
        self.setFont(font)
        self.no_headache_button.follow_font(self.font())

    # -- public -------------------------------------------------------------------------
    @property
    def date(self) -> dt.date:
        return self._date

    def refresh_choices(self) -> None:
        """Reload the trigger and medication lists the completion offers."""
        self.triggers.set_known(self.session.triggers())
        self.doses.set_own_medications(self.session.medications())

    def is_dirty(self) -> bool:
        return self._snapshot() != self._baseline

    def show_date(self, date: dt.date) -> bool:
        """Move to `date` (not past today) once unsaved edits are saved or discarded; False if kept."""
        date = min(date, self.session.today())
        if date == self._date:
            return True
        if not self.confirm_leave():
            self._show_date_in_edit(self._date)
            return False
        self._load(date)
        return True

    def step(self, days: int) -> bool:
        return self.show_date(self._date + dt.timedelta(days=days))

    def confirm_leave(self) -> bool:
        """True when the form may show something else: nothing unsaved, saved, or discarded."""
        if not self.is_dirty():
            return True
        answer = prompts.ask_unsaved(self, short_date(self._date))
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    def reload(self) -> None:
        """Show the stored entry again (after an undo, an import or another program's save);
        unsaved edits are kept, and the form says when the day changed under them."""
        if not self.is_dirty():
            self._load(self._date)
            return
        self._attacks = self.session.attacks(self._date, self._date)  # attacks save on their own
        self._show_attacks(self._recorded)
        stored = self.session.day(self._date)
        if stored != self._recorded:
            self._recorded, self._changed_elsewhere = stored, True
            self._update_state()

    def entry(self) -> DayEntry:
        """The entry the widgets describe; raises ValidationError("state") when no state is chosen."""
        state = self.state_group.checkedId()
        if state < 0:
            raise ValidationError("state", self.tr("choose No headache, Headache or Migraine"))
        own, shown = self._states
        if self._attacks and state == shown:  # as the attacks show it: the entry keeps its own state
            state = HEADACHE if own is None else own
        headache = state != NONE
        return DayEntry(
            date=self._date,
            headache=headache,
            migraine=state == MIGRAINE,
            menstruation=self.menstruation_box.isChecked(),
            triggers=self.triggers.selected(),
            notes=self.notes_edit.toPlainText().strip(),
            doses=self.doses.doses(),
            **self.details.values(headache),
        )

    @Slot()
    def save(self) -> bool:
        """Validate and submit; True when the day is saved (the window calls `mark_saved`)."""
        if not self.doses.commit_pending():
            return False  # the amount typed is refused: the message is beside it
        self.triggers.commit_pending()
        self.clear_problems()
        try:
            entry = self.entry()
            validate_day(entry, self.session.today())
        except ValidationError as exc:
            self.show_problem(exc.field, problem_text(exc))
            return False
        self.entry_submitted.emit(entry)
        return not self.is_dirty()

    @Slot()
    def record_no_headache(self) -> bool:
        """Make the shown day headache-free and save it (asks first if it held a headache)."""
        if self._attacks:
            count = len(self._attacks)
            text = self.tr("{0} has %n attack(s), so it is a headache day. Delete them first (Delete attack…) to "
                           "record the day as headache-free.", "", count)
            prompts.inform(self, self.tr("No headache"), counted(text, count).format(short_date(self._date)))
            return False
        recorded = self.session.day(self._date)  # as stored now: the command line may have logged it
        if recorded is not None and recorded.headache and not prompts.confirm(
            self, self.tr("No headache"),
            self.tr("{0} is recorded with a headache. Record it as headache-free instead?").format(short_date(self._date)),
            self.tr("Record no headache"),
        ):
            return False
        self.state_buttons[NONE].setChecked(True)
        return self.save()

    def mark_saved(self, entry: DayEntry | None) -> None:
        """The window saved (or forgot) the day: what is shown is now what is stored."""
        self._load(self._date, entry)

    def show_problem(self, field: str, problem: str) -> None:
        label = self.errors[FIELD_ROWS.get(field, "state")]
        label.setText(f"{field_name(field)}: {problem}")
        label.show()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()

    # -- loading ------------------------------------------------------------------------
    def _load(self, date: dt.date, entry: DayEntry | None | bool = False) -> None:
        self._date = date
        self._recorded = self.session.day(date) if entry is False else entry
        entry = self._recorded
        self._attacks = self.session.attacks(date, date)
        self._states = shown_states(entry, self._attacks)
        widgets = (self.date_edit, self.state_group, self.details, self.menstruation_box, self.notes_edit,
                   self.triggers, self.doses)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(self.session.today()))
        self.date_edit.setDate(qdate(date))
        self.state_box.set_state(self._states[1])
        self.details.set_entry(entry)
        self.menstruation_box.setChecked(bool(entry and entry.menstruation))
        self.notes_edit.setPlainText(entry.notes if entry else "")
        self.triggers.set_selected(entry.triggers if entry else ())
        self.doses.set_doses(entry.doses if entry else ())
        self._show_attacks(entry)
        besides = self.tr(" (besides the attacks)") if self._attacks else ""
        self.details.setTitle(self.tr("Headache details") + besides)
        self.doses_box.setTitle(self.tr("Acute med&ications taken") + besides)
        for widget in widgets:
            widget.blockSignals(False)
        self.clear_problems()
        self._changed_elsewhere = False
        self._baseline = self._snapshot()
        self._update_state()
        self.date_shown.emit(date)

    def _show_attacks(self, entry: DayEntry | None) -> None:
        had_list = self.attacks_box.list is not None
        self.attacks_box.set_day(self._date, entry, self._attacks)
        if self.attacks_box.list is not None and not had_list:  # its table and buttons join the tab order
            self.set_tab_order()

    def _show_date_in_edit(self, date: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(date))
        self.date_edit.blockSignals(False)

    def _snapshot(self) -> tuple:
        return (
            self.state_group.checkedId(), self.details.snapshot(),
            self.menstruation_box.isChecked(), self.notes_edit.toPlainText().strip(), self.triggers.selected(),
            self.triggers.pending(), self.doses.doses(), self.doses.pending()[0],
        )

    def _update_state(self) -> None:
        today = self.session.today()
        headache = self.state_group.checkedId() in (HEADACHE, MIGRAINE)
        self.details.set_headache(headache)
        self.state_box.show_attacks(bool(self._attacks), self._states)
        self.next_button.setEnabled(self._date < today)
        self.forget_button.setEnabled(self._recorded is not None)
        self.no_headache_button.setText(
            self.tr("No headache today") if self._date == today
            else self.tr("No headache on {0}").format(QLocale().toString(qdate(self._date), day_format(year=False)))
        )
        self.no_headache_button.setVisible(not self._attacks)  # an attack made it a headache day
        if self.is_dirty() and self._changed_elsewhere:
            text = self.tr("Changed elsewhere while you were editing — Save (Ctrl+S) keeps your version")
        elif self.is_dirty():
            text = self.tr("Unsaved changes — Save with Ctrl+S")
        elif self._recorded is None and self._attacks:
            text = self.tr("Recorded by its attacks")
        elif self._recorded is None:
            text = self.tr("Not recorded yet: unknown, not headache-free")
        else:
            text = self.tr("Recorded")
        self.status_label.setText(text)

    # -- handlers -----------------------------------------------------------------------
    @Slot(int, bool)
    def _on_state_toggled(self, _state: int, checked: bool) -> None:
        if checked:
            self._update_state()

    @Slot()
    def _on_anything_changed(self, *_args) -> None:
        self._update_state()

    @Slot(QDate)
    def _on_date_edit_changed(self, date: QDate) -> None:
        if self.date_edit.hasFocus() and not self.date_edit.calendarWidget().isVisible():
            return  # still typing: move once editing is finished (Enter, Tab or leaving the field)
        self.show_date(pydate(date))

    @Slot()
    def _on_date_edit_editing_finished(self) -> None:
        if shiboken6.isValid(self.notes_edit):  # not while the window is being torn down
            self.show_date(pydate(self.date_edit.date()))

    @Slot()
    def _on_prev_clicked(self) -> None:
        self.step(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.step(1)

    @Slot()
    def _on_today_clicked(self) -> None:
        self.show_date(self.session.today())

    @Slot()
    def _on_forget_clicked(self) -> None:
        if self._recorded is None:
            return
        if prompts.confirm(self, self.tr("Forget this day"),
                           self.tr("Forget everything recorded for {0}? The day becomes unrecorded "
                                   "(unknown) again{1}. You can undo this with Ctrl+Z.").format(
                               short_date(self._date), self.tr(", except for its attacks") if self._attacks else ""),
                           self.tr("Forget day")):
            self.forget_requested.emit(self._date)
