"""The attacks of the day shown on the Today form: a list with Edit/Delete, the words that say
what they make of the day, and the save of what the person asked for.

Built the first time a day with attacks is shown (or one is added), never at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from diary_app.domain.attacks import covered_days, day_with_attacks, doses_by_day
from diary_app.domain.models import Attack, DayEntry
from diary_app.ui import prompts
from diary_app.ui.dose_editor import format_amount
from diary_app.ui.counts import counted
from diary_app.ui.qdates import edit_format, qdatetime

STATUS_MS = 5000
ROW_HEIGHT = 24
MAX_ROWS_SHOWN = 4


class DayAttacks(QObject):
    """The context of this module's words (its functions say them with `DayAttacks.tr`)."""


def moment_text(moment: dt.datetime, day: dt.date) -> str:
    """"14:30" on the day shown, "17 Nov 22:00" on another (in the language's words)."""
    return QLocale().toString(qdatetime(moment), "HH:mm" if moment.date() == day else "d MMM HH:mm")


def times_text(attack: Attack, day: dt.date) -> str:
    """"08:00 – 14:30", "17 Nov 22:00 – 03:30", "09:15 – end not known"."""
    end = DayAttacks.tr("end not known") if attack.end is None else moment_text(attack.end, day)
    return f"{moment_text(attack.start, day)} – {end}"


def doses_text(attack: Attack) -> str:
    """"sumatriptan 50 mg at 09:00, ibuprofen"."""
    parts = []
    for dose in attack.doses:
        text = " ".join(p for p in (dose.medication.name, format_amount(dose)) if p)
        if dose.taken_at is not None:
            text = DayAttacks.tr("{0} at {1}").format(text, QLocale().toString(qdatetime(dose.taken_at), "HH:mm"))
        parts.append(text)
    return ", ".join(parts)


def attack_label(attack: Attack) -> str:
    """How the undo, the questions and the status bar name an attack ("migraine of 04/03/2024 14:30")."""
    when = QLocale().toString(qdatetime(attack.start), edit_format() + " HH:mm")
    if attack.kind == "migraine":
        return DayAttacks.tr("migraine of {0}").format(when)
    return DayAttacks.tr("headache of {0}").format(when)


def day_as_counted(day: dt.date, entry: DayEntry | None, attacks: list[Attack]) -> DayEntry:
    """The day as the analysis counts it: its entry merged with the attacks covering it."""
    return day_with_attacks(day, entry, attacks, doses_by_day(attacks).get(day, []))


def counted_text(day: dt.date, entry: DayEntry | None, attacks: list[Attack]) -> str:
    """What the attacks make of the day, in one sentence for the form."""
    day_facts = day_as_counted(day, entry, attacks)
    count = counted(DayAttacks.tr("%n attack(s)", "", len(attacks)), len(attacks))
    facts = [DayAttacks.tr("peak severity {0}").format(day_facts.severity)] if day_facts.severity is not None else []
    symptoms = [word for word, on in ((DayAttacks.tr("aura"), day_facts.aura),
                                      (DayAttacks.tr("nausea"), day_facts.nausea)) if on]
    if day_facts.photophobia and day_facts.phonophobia:
        symptoms.append(DayAttacks.tr("light and sound sensitivity"))
    elif day_facts.photophobia:
        symptoms.append(DayAttacks.tr("light sensitivity"))
    elif day_facts.phonophobia:
        symptoms.append(DayAttacks.tr("sound sensitivity"))
    if symptoms:
        facts.append(", ".join(symptoms))
    doses = len(doses_by_day(attacks).get(day, []))
    if doses:
        facts.append(counted(DayAttacks.tr("%n dose(s) taken in attacks", "", doses), doses))
    text = (DayAttacks.tr("Counted as a migraine day ({0})") if day_facts.migraine
            else DayAttacks.tr("Counted as a headache day ({0})")).format(count)
    return text + (": " + "; ".join(facts) if facts else "") + "."


class AttackList(QWidget):
    """The attacks covering one day, one row each; `edit_button` and `delete_button` (laid out by
    the owner) ask for an edit or a delete of the chosen one."""

    edit_requested = Signal(object)  # the Attack to change
    delete_requested = Signal(object)  # the Attack to delete (not yet confirmed)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._attacks: list[Attack] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Type"), self.tr("Severity"),
                                              self.tr("Medications")])
        self.table.setAccessibleName(self.tr("Attacks on this day"))
        self.table.setAccessibleDescription(
            self.tr("One row per attack; Enter edits the selected one, Delete deletes it"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No Alt letters (the form's are all taken): Enter and Delete in the list do the same
        self.edit_button = QPushButton(self.tr("Edit attack…"))
        self.edit_button.setToolTip(self.tr("Edit the selected attack (Enter in the list)"))
        self.delete_button = QPushButton(self.tr("Delete attack…"))
        self.delete_button.setToolTip(self.tr("Delete the selected attack (Delete in the list)"))
        layout = QVBoxLayout(self)  # the buttons go where the owner puts them (beside its Add)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        for key, slot in (("Return", self._on_edit_clicked), ("Enter", self._on_edit_clicked),
                          ("Del", self._on_delete_clicked)):
            shortcut = QShortcut(QKeySequence.fromString(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

    def set_attacks(self, attacks: list[Attack], day: dt.date) -> None:
        chosen = self.selected()
        self._attacks = list(attacks)
        self.table.setRowCount(len(self._attacks))
        for row, attack in enumerate(self._attacks):
            severity = "" if attack.severity is None else str(attack.severity)
            kind = self.tr("Migraine") if attack.kind == "migraine" else self.tr("Headache")
            values = (times_text(attack, day), kind, severity, doses_text(attack))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(attack.note or text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        shown = min(max(len(self._attacks), 1), MAX_ROWS_SHOWN)  # more rows scroll
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + ROW_HEIGHT * shown
                                  + 2 * self.table.frameWidth())
        keep = [i for i, a in enumerate(self._attacks) if chosen is not None and a.id == chosen.id]
        self.table.selectRow(keep[0] if keep else 0)
        self._on_selection_changed()

    def selected(self) -> Attack | None:
        rows = self.table.selectionModel().selectedRows() if self._attacks else []
        return self._attacks[rows[0].row()] if rows else None

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        attack = self.selected()
        if attack is not None:
            self.edit_requested.emit(attack)

    @Slot()
    def _on_delete_clicked(self) -> None:
        attack = self.selected()
        if attack is not None:
            self.delete_requested.emit(attack)


def default_start(day: dt.date, today: dt.date, now: dt.datetime | None = None) -> dt.datetime:
    """A new attack starts now on today's page (to the five minutes before), else at 08:00."""
    if day == today:
        clock = (now or dt.datetime.now()).time()
        return dt.datetime.combine(day, dt.time(clock.hour, clock.minute - clock.minute % 5))
    return dt.datetime.combine(day, dt.time(8, 0))


def ask_attack(parent: QWidget, session, day: dt.date, existing: Attack | None = None) -> Attack | None:
    """The attack dialog for a new attack on `day` (or to change `existing`); None when cancelled."""
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(default_start(day, session.today()), session.today(), session.medications(),
                          session.triggers(), existing, parent)
    return dialog.attack if prompts.run_dialog(dialog) else None


def confirm_delete(parent: QWidget, attack: Attack) -> bool:
    days = len(covered_days(attack))
    spread = DayAttacks.tr(" It covers {0} days; each loses it.").format(days) if days > 1 else ""
    return prompts.confirm(parent, DayAttacks.tr("Delete attack"),
                           DayAttacks.tr("Delete the {0} ({1})?{2} You can undo this with Ctrl+Z.")
                           .format(attack_label(attack), times_text(attack, attack.start.date()), spread),
                           DayAttacks.tr("Delete attack"))


def apply_attack_request(session, attack: Attack, delete: bool, run: Callable[[Callable[[], object], str], bool],
                         show_status: Callable[[str, int], None]) -> bool:
    """Save (or delete) what the form asked for through the session; a DiaryError is shown by
    `run` and nothing changes. True when done."""
    if delete:
        if run(lambda: session.delete_attack(attack), DayAttacks.tr("Attack not deleted")):
            show_status(DayAttacks.tr("Deleted the {0}. Ctrl+Z brings it back.").format(attack_label(attack)), STATUS_MS)
            return True
        return False
    if run(lambda: session.save_attack(attack), DayAttacks.tr("Attack not saved")):
        show_status(DayAttacks.tr("Saved the {0}. Ctrl+Z takes it back.").format(attack_label(attack)), STATUS_MS)
        return True
    return False
