"""Conversions between SQLite rows and domain values; ISO strings stop here."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from diary_app.domain.models import Attack, Course, DayEntry, Dose, Infusion, Injection, Medication

DAY_FLAGS = ("headache", "migraine", "aura", "nausea", "photophobia", "phonophobia", "menstruation")


@functools.cache
def _json():
    """`json`, loaded on first use: the window opening on a day not yet recorded reads no JSON."""
    import json

    return json


def from_json(text: str) -> Any:
    return _json().loads(text)


def to_json(value: Any, *, ascii_only: bool = True) -> str:
    return _json().dumps(value, ensure_ascii=ascii_only)


def date_range_clause(column: str, first: dt.date | None, last: dt.date | None) -> tuple[str, list[str]]:
    conditions, params = [], []
    if first is not None:
        conditions.append(f"{column} >= ?")
        params.append(first.isoformat())
    if last is not None:
        conditions.append(f"{column} <= ?")
        params.append(last.isoformat())
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


def medication_row(med: Medication) -> dict[str, Any]:
    return {
        "name": med.name.strip(),
        "drug_class": med.drug_class,
        "route": med.route,
        "role": med.role,
        "known": int(med.known),
    }


def medication_from_row(row: dict[str, Any]) -> Medication:
    return Medication(row["name"], row["drug_class"], row["route"], row["role"], bool(row["known"]))


def day_row(entry: DayEntry) -> dict[str, Any]:
    row: dict[str, Any] = {"date": entry.date.isoformat()}
    for flag in DAY_FLAGS:
        row[flag] = int(getattr(entry, flag))
    row.update(
        severity=entry.severity,
        duration_hours=entry.duration_hours,
        disability=entry.disability,
        triggers=to_json(list(entry.triggers), ascii_only=False),
        notes=entry.notes,
        created_at=entry.created_at,
    )
    return row


# Column order of `SELECT * FROM days` (see steps.m001_initial).
_DAY_COLUMNS = (
    "date", "headache", "migraine", "severity", "duration_hours", "aura", "nausea", "photophobia",
    "phonophobia", "disability", "menstruation", "triggers", "notes", "created_at", "updated_at",
)


def day_from_row(row: Sequence[Any], doses: Sequence[Dose]) -> DayEntry:
    r = dict(zip(_DAY_COLUMNS, row))
    return DayEntry(
        date=dt.date.fromisoformat(r["date"]),
        headache=bool(r["headache"]),
        migraine=bool(r["migraine"]),
        severity=r["severity"],
        duration_hours=r["duration_hours"],
        aura=bool(r["aura"]),
        nausea=bool(r["nausea"]),
        photophobia=bool(r["photophobia"]),
        phonophobia=bool(r["phonophobia"]),
        disability=r["disability"],
        menstruation=bool(r["menstruation"]),
        triggers=tuple(from_json(r["triggers"])),
        notes=r["notes"],
        doses=tuple(doses),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


def dose_from_row(row: Sequence[Any], meds: dict[int, Medication]) -> Dose:
    # SELECT * FROM doses: id, date, medication_id, amount, unit, relief, note
    return Dose(medication=meds[row[2]], amount=row[3], unit=row[4], relief=row[5], note=row[6])


def infusion_row(inf: Infusion) -> dict[str, Any]:
    return {
        "start": inf.start.isoformat(),
        "days": inf.days,
        "dose_mg": inf.dose_mg,
        "kind": inf.kind,
        "setting": inf.setting,
        "reactions": inf.reactions,
        "notes": inf.notes,
    }


def infusion_from_row(row: dict[str, Any], meds: dict[int, Medication]) -> Infusion:
    return Infusion(
        start=dt.date.fromisoformat(row["start"]),
        medication=meds[row["medication_id"]],
        days=row["days"],
        dose_mg=row["dose_mg"],
        kind=row["kind"],
        setting=row["setting"],
        reactions=row["reactions"],
        notes=row["notes"],
        id=row["id"],
    )


def _date_or_none(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def course_row(course: Course) -> dict[str, Any]:
    return {
        "start": course.start.isoformat(),
        "stop": None if course.stop is None else course.stop.isoformat(),
        "dose": course.dose,
        "stop_reason": course.stop_reason,
        "note": course.note,
    }


def course_from_row(row: dict[str, Any], meds: dict[int, Medication]) -> Course:
    return Course(
        medication=meds[row["medication_id"]],
        start=dt.date.fromisoformat(row["start"]),
        stop=_date_or_none(row["stop"]),
        dose=row["dose"],
        stop_reason=row["stop_reason"],
        note=row["note"],
        id=row["id"],
    )


def injection_row(injection: Injection) -> dict[str, Any]:
    return {"date": injection.date.isoformat(), "dose_mg": injection.dose_mg, "note": injection.note}


def injection_from_row(row: dict[str, Any], meds: dict[int, Medication]) -> Injection:
    return Injection(
        date=dt.date.fromisoformat(row["date"]),
        medication=meds[row["medication_id"]],
        dose_mg=row["dose_mg"],
        note=row["note"],
        id=row["id"],
    )


ATTACK_FLAGS = ("aura", "nausea", "photophobia", "phonophobia")


def minute_text(moment: dt.datetime | None) -> str | None:
    """A local time as the file keeps it: 'YYYY-MM-DDTHH:MM'."""
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M")


def _moment(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def attack_row(attack: Attack) -> dict[str, Any]:
    row: dict[str, Any] = {
        "start": minute_text(attack.start),
        "end": minute_text(attack.end),
        "kind": attack.kind,
        "severity": attack.severity,
    }
    row.update({flag: int(getattr(attack, flag)) for flag in ATTACK_FLAGS})
    row.update(triggers=to_json(list(attack.triggers), ascii_only=False), note=attack.note, source=attack.source)
    return row


def attack_from_row(row: dict[str, Any], doses: Sequence[Dose]) -> Attack:
    return Attack(
        start=dt.datetime.fromisoformat(row["start"]),
        end=_moment(row["end"]),
        kind=row["kind"],
        severity=row["severity"],
        **{flag: bool(row[flag]) for flag in ATTACK_FLAGS},
        doses=tuple(doses),
        triggers=tuple(from_json(row["triggers"])),
        note=row["note"],
        source=row["source"],
        id=row["id"],
    )


def attack_dose_from_row(row: dict[str, Any], meds: dict[int, Medication]) -> Dose:
    return Dose(medication=meds[row["medication_id"]], amount=row["amount"], unit=row["unit"], relief=row["relief"],
                note=row["note"], taken_at=_moment(row["taken_at"]))
