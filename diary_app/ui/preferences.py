"""File > Preferences…: the diary's settings into the dialog, and back when they changed.

Everything here but the language lives in the diary file (not in QSettings), so it moves with the
diary, its backups and its JSON export; the language is the computer's (diary_app.i18n), for every diary.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from diary_app.domain.analysis.outcomes import interval_for
from diary_app.domain.errors import DiaryError
from diary_app.i18n import save_language, saved_language
from diary_app.exporters.report.content import BIRTH_DATE_SETTING, NAME_SETTING, PAPER_SETTING
from diary_app.store.summary import INTERVALS_SETTING
from diary_app.ui import prompts
from diary_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog


def infusion_drugs(session) -> list[str]:
    """Preventive drugs the person has had infused, keeps as intravenous preventives, or has set an
    interval for; one name per drug whatever its case."""
    names = [i.medication.name for i in session.infusions() if i.kind == "preventive"]
    names += [m.name for m in session.medications() if m.role == "preventive" and m.route == "intravenous"]
    names += list(session.setting(INTERVALS_SETTING) or {})
    unique = {name.casefold(): name for name in reversed(names)}
    return sorted(unique.values(), key=str.casefold)


def _birth_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value or ""))
    except ValueError:
        return None  # unreadable: shown as not given, and kept unless the person gives one


def read_preferences(session, reminder) -> Preferences:
    from diary_app.exporters.report_pdf import preferred_paper

    intervals = session.setting(INTERVALS_SETTING) or {}
    return Preferences(
        patient_name=str(session.setting(NAME_SETTING) or ""),
        birth_date=_birth_date(session.setting(BIRTH_DATE_SETTING)),
        paper=preferred_paper(session.diary),
        intervals={name: interval_for(name, intervals) for name in infusion_drugs(session)},
        reminder_enabled=reminder.enabled,
        reminder_at=reminder.at,
        language=saved_language(),
    )


def save_preferences(session, reminder, before: Preferences, after: Preferences) -> list[str]:
    """Write only what changed; returns the settings written (the reminder as "reminder", the language as
    "language")."""
    written = []

    def put(key: str, value) -> None:
        session.set_setting(key, value)
        written.append(key)

    if after.patient_name != before.patient_name:
        put(NAME_SETTING, after.patient_name or None)
    if after.birth_date != before.birth_date:
        put(BIRTH_DATE_SETTING, after.birth_date.isoformat() if after.birth_date else None)
    if after.paper != before.paper:
        put(PAPER_SETTING, after.paper)
    if after.intervals != before.intervals:
        stored = dict(session.setting(INTERVALS_SETTING) or {})
        for name, days in after.intervals.items():
            if days != before.intervals.get(name):
                stored = {key: value for key, value in stored.items() if key.casefold() != name.casefold()}
                stored[name] = days
        put(INTERVALS_SETTING, stored)
    if (after.reminder_enabled, after.reminder_at) != (before.reminder_enabled, before.reminder_at):
        reminder.set_schedule(after.reminder_enabled, after.reminder_at)
        written.append("reminder")
    if after.language != before.language:
        save_language(after.language)  # the next start speaks it
        written.append("language")
    return written


def edit_preferences(window) -> None:
    """Ask, then save what changed (a DiaryError is shown and the rest is left as it was)."""
    session = window.session
    before = read_preferences(session, window.reminder)
    dialog = PreferencesDialog(before, session.today(), window.reminder.available, window)
    if not prompts.run_dialog(dialog):
        return
    try:
        written = save_preferences(session, window.reminder, before, dialog.preferences)
    except DiaryError as exc:
        prompts.show_error(window, QCoreApplication.translate("Preferences", "Preferences not saved"), str(exc))
        return
    if written:
        window.statusBar().showMessage(QCoreApplication.translate("Preferences", "Preferences saved."), 5000)
