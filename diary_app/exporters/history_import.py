"""Writing a history read from another app (exporters/imports) into the diary.

All or nothing, in one transaction. An attack the diary already holds from the same source is
skipped, so importing a file twice adds nothing the second time. Attacks never make a recorded
day milder: the day's facts combine with them (domain.attacks). A headache-free day from the
file is only written where the diary has nothing recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diary_app.domain.validation import validate_attack, validate_day, validate_injection
from diary_app.store import Diary


@dataclass(frozen=True)
class HistoryResult:
    attacks: int  # attacks written
    skipped_attacks: int  # already in the diary from an earlier import of the same source
    headache_free_days: int  # days written as headache-free (from the file, or filled in)
    unknown_medications: tuple[str, ...]
    injections: int = 0  # preventive injections written (one already in the diary is not written again)

    def describe(self) -> str:
        """What was written, in the interface's language (exporters/words.py)."""
        from diary_app.exporters.words import FileWords

        written = FileWords.tr("%n attack(s)", "", self.attacks)
        if self.skipped_attacks:
            written += " " + FileWords.tr("(%n already in the diary were skipped)", "", self.skipped_attacks)
        if self.injections:
            written += ", " + FileWords.tr("%n preventive injection(s)", "", self.injections)
        free = FileWords.tr("%n headache-free day(s)", "", self.headache_free_days)
        return FileWords.tr("Imported {0} and {1}").format(written, free)


def import_history(diary: Diary, parsed, today: dt.date, *, fill_headache_free: bool = False) -> HistoryResult:
    """Write a ParsedHistory; with `fill_headache_free`, every day between its first and last day
    that holds no entry and no attack is marked headache-free (attack-only apps record no such days)."""
    for attack in parsed.attacks:
        validate_attack(attack, today)
    for day in parsed.days:
        validate_day(day, today)
    for injection in parsed.injections:
        validate_injection(injection, today)
    with diary.transaction():
        known = diary.known_sources(a.source for a in parsed.attacks)
        new = [a for a in parsed.attacks if not a.source or a.source not in known]
        for attack in new:
            diary.save_attack(attack)
        recorded = diary.recorded_dates(parsed.first_day, parsed.last_day) if parsed.days else set()
        free = [day for day in parsed.days if day.date not in recorded]
        diary.save_days(free)
        stored = {(i.date, i.medication.name.casefold()) for i in diary.injections()}
        injections = [i for i in parsed.injections if (i.date, i.medication.name.casefold()) not in stored]
        for injection in injections:
            diary.save_injection(injection)
        filled = []
        if fill_headache_free and parsed.first_day is not None:
            filled = diary.mark_headache_free(parsed.first_day, min(parsed.last_day, today))
    return HistoryResult(len(new), len(parsed.attacks) - len(new), len(free) + len(filled),
                         tuple(parsed.unknown_medications), len(injections))
