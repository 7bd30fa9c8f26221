"""Attacks and the days they make: several attacks a day, attacks over midnight and over days.

Every calendar day an attack covers is a recorded headache day; it is a migraine day when any
attack covering it is a migraine (or by the triptan/ergot rule); its severity is the highest of
the day's entry and its attacks; a dose counts on the day it was taken (its `taken_at`, else the
attack's first day). The clinical numbers stay per day: three attacks on one day are one
migraine day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diary_app.domain.models import Attack, DayEntry, Dose
from diary_app.domain.record import replace


def dose_day(attack: Attack, dose: Dose) -> dt.date:
    """The day a dose of an attack counts on."""
    return dose.taken_at.date() if dose.taken_at is not None else attack.start.date()


def covered_days(attack: Attack) -> list[dt.date]:
    """The days from its start to its end, and any later day a dose for it was taken on
    (an attack whose end is unknown was still going when the dose was taken)."""
    days = set(attack.days())
    days.update(d for d in (dose_day(attack, dose) for dose in attack.doses) if d >= attack.start.date())
    return sorted(days)


def attacks_by_day(attacks: Iterable[Attack]) -> dict[dt.date, list[Attack]]:
    """Each covered day with the attacks covering it, in start order."""
    found: dict[dt.date, list[Attack]] = {}
    for attack in sorted(attacks, key=lambda a: a.start):
        for day in covered_days(attack):
            found.setdefault(day, []).append(attack)
    return found


def doses_by_day(attacks: Iterable[Attack]) -> dict[dt.date, list[Dose]]:
    """The doses taken during attacks, on the day each was taken."""
    found: dict[dt.date, list[Dose]] = {}
    for attack in sorted(attacks, key=lambda a: a.start):
        for dose in attack.doses:
            found.setdefault(dose_day(attack, dose), []).append(dose)
    return found


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def day_with_attacks(date: dt.date, entry: DayEntry | None, covering: list[Attack], doses: list[Dose]) -> DayEntry:
    """A day as its entry and the attacks covering it (and the doses taken on it) say together:
    flags combined, the highest severity, the attacks' doses added to the day's."""
    day = entry or DayEntry(date=date, headache=False)
    if not covering and not doses:
        return day
    severity = day.severity if day.headache or day.migraine else None  # a headache-free day's 0 is no peak
    for attack in covering:
        severity = _max(severity, attack.severity)
    triggers = list(day.triggers)
    for attack in covering:
        triggers += [t for t in attack.triggers if t not in triggers]
    return replace(
        day,
        headache=day.headache or day.migraine or bool(covering),
        migraine=day.migraine or any(a.kind == "migraine" for a in covering),
        severity=severity,
        aura=day.aura or any(a.aura for a in covering),
        nausea=day.nausea or any(a.nausea for a in covering),
        photophobia=day.photophobia or any(a.photophobia for a in covering),
        phonophobia=day.phonophobia or any(a.phonophobia for a in covering),
        triggers=tuple(triggers),
        doses=day.doses + tuple(doses),
    )


def effective_days(days: Iterable[DayEntry], attacks: Iterable[Attack]) -> list[DayEntry]:
    """Every recorded day (an entry, or covered by an attack) as the day-level record the
    analysis, the exports and the calendar use, by date."""
    attacks = list(attacks)
    entries = {entry.date: entry for entry in days}
    if not attacks:
        return [entries[d] for d in sorted(entries)]
    covering, doses = attacks_by_day(attacks), doses_by_day(attacks)
    dates = sorted(set(entries) | set(covering) | set(doses))
    return [day_with_attacks(d, entries.get(d), covering.get(d, []), doses.get(d, [])) for d in dates]
