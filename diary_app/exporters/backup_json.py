"""The JSON backup: everything in the diary, lossless.

Importing a backup into an empty diary reproduces the diary exactly; a malformed backup
is reported item by item (days[3]: severity: ...) and imports nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from diary_app import __version__
from diary_app.domain import catalogue
from diary_app.domain.errors import ImportFileError, Problem, ValidationError
from diary_app.domain.models import DRUG_CLASSES, ROLES, DayEntry, DiaryContents, Dose, Infusion, Medication
from diary_app.domain.questionnaires import Questionnaire, validate_questionnaire
from diary_app.domain.settings import check_setting
from diary_app.domain.validation import check_choice, parse_date, validate_day, validate_infusion

FORMAT = "migraine-diary-backup"
FORMAT_VERSION = 1


def contents_to_dict(contents: DiaryContents) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "medications": [_medication(m) for m in contents.medications],
        "days": [_day(d) for d in contents.days],
        "infusions": [_infusion(i) for i in contents.infusions],
        "settings": contents.settings,
        "questionnaires": [_questionnaire(q) for q in contents.questionnaires],
    }


def write_backup(handle, contents: DiaryContents) -> None:
    json.dump(contents_to_dict(contents), handle, ensure_ascii=False, indent=1)
    handle.write("\n")


def _medication(m: Medication) -> dict[str, Any]:
    return {"name": m.name, "drug_class": m.drug_class, "route": m.route, "role": m.role, "known": m.known}


def _day(d: DayEntry) -> dict[str, Any]:
    return {
        "date": d.date.isoformat(),
        "headache": d.headache,
        "migraine": d.migraine,
        "severity": d.severity,
        "duration_hours": d.duration_hours,
        "aura": d.aura,
        "nausea": d.nausea,
        "photophobia": d.photophobia,
        "phonophobia": d.phonophobia,
        "disability": d.disability,
        "menstruation": d.menstruation,
        "triggers": list(d.triggers),
        "notes": d.notes,
        "doses": [
            {"medication": x.medication.name, "amount": x.amount, "unit": x.unit, "relief": x.relief, "note": x.note}
            for x in d.doses
        ],
        "created_at": d.created_at,
        "updated_at": d.updated_at,
    }


def _infusion(i: Infusion) -> dict[str, Any]:
    return {
        "start": i.start.isoformat(),
        "days": i.days,
        "medication": i.medication.name,
        "dose_mg": i.dose_mg,
        "kind": i.kind,
        "setting": i.setting,
        "reactions": i.reactions,
        "notes": i.notes,
    }


def _questionnaire(q: Questionnaire) -> dict[str, Any]:
    return {"kind": q.kind, "date": q.date.isoformat(), "answers": list(q.answers),
            "a_days": q.a_days, "b_pain": q.b_pain, "notes": q.notes}


# -- reading ---------------------------------------------------------------------------
def read_backup(data: bytes, filename: str, today: dt.date) -> DiaryContents:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
        json.dumps(doc, ensure_ascii=False).encode("utf-8")  # text SQLite can store: no lone surrogates
    except UnicodeDecodeError:
        raise ImportFileError(filename, [Problem(1, "file", "is not UTF-8 text")]) from None
    except UnicodeEncodeError:
        raise ImportFileError(filename, [Problem(1, "file", "holds text that is not Unicode (an unpaired \\ud800-\\udfff)")]) from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(filename, [Problem(exc.lineno, "file", f"is not valid JSON ({exc.msg})")]) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, lists nested thousands deep
        raise ImportFileError(filename, [Problem(1, "file", "is not a backup (numbers too long or nesting too deep)")]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFileError(filename, [Problem(1, "format", f"is not a Migraine Diary backup (no \"format\": \"{FORMAT}\")")])
    if not isinstance(doc.get("format_version"), int) or doc["format_version"] > FORMAT_VERSION:
        raise ImportFileError(filename, [Problem(1, "format_version", "was written by a newer version of Migraine Diary")])
    problems: list[Problem] = []
    taken: set[tuple[str, dt.date]] = set()  # (kind, date) of the questionnaires read so far
    meds = {m.name.casefold(): m for m in _items(doc, "medications", _read_medication, problems)}

    def med(name: Any) -> Medication:
        if not isinstance(name, str) or not name.strip():
            raise ValidationError("medication", "must be a name")
        return meds.get(name.casefold()) or catalogue.resolve(name)

    days = _items(doc, "days", lambda raw: _read_day(raw, med, today), problems)
    seen: set[dt.date] = set()
    for index, day in enumerate(days):
        if day.date in seen:
            problems.append(Problem(f"days[{index}]", "date", f"{day.date} appears twice"))
        seen.add(day.date)
    infusions = _items(doc, "infusions", lambda raw: _read_infusion(raw, med, today), problems)
    questionnaires = _items(doc, "questionnaires", lambda raw: _read_questionnaire(raw, today, taken), problems)
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        problems.append(Problem("settings", "settings", "must be an object"))
        settings = {}
    for key, value in settings.items():
        try:
            check_setting(key, value)
        except ValidationError as exc:
            problems.append(Problem("settings", exc.field, exc.problem))
    if problems:
        raise ImportFileError(filename, problems)
    return DiaryContents(tuple(days), tuple(infusions), tuple(meds.values()), dict(settings), tuple(questionnaires))


def _items(doc: dict, key: str, read: Callable[[Any], Any], problems: list[Problem]) -> list:
    raw_items = doc.get(key, [])
    if not isinstance(raw_items, list):
        problems.append(Problem(key, key, "must be a list"))
        return []
    items = []
    for index, raw in enumerate(raw_items):
        try:
            if not isinstance(raw, dict):
                raise ValidationError(key, "each item must be an object")
            items.append(read(raw))
        except ValidationError as exc:
            problems.append(Problem(f"{key}[{index}]", exc.field, exc.problem))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            problems.append(Problem(f"{key}[{index}]", key, f"malformed item ({exc!r})"))
    return items


def _typed(raw: dict, key: str, kinds: tuple[type, ...], default: Any = None, required: bool = False) -> Any:
    if key not in raw or raw[key] is None:
        if required:
            raise ValidationError(key, "is missing")
        return default
    value = raw[key]
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ValidationError(key, f"has the wrong type ({type(value).__name__})")
    if float in kinds and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)  # stored as REAL: an int beyond 2**63 would not fit SQLite's INTEGER
    return value


def _read_medication(raw: dict) -> Medication:
    name = _typed(raw, "name", (str,), required=True).strip()
    if not name:
        raise ValidationError("name", "is empty")
    drug_class = _typed(raw, "drug_class", (str,), "other")
    role = _typed(raw, "role", (str,), "acute")
    check_choice(drug_class, "drug_class", DRUG_CLASSES)
    check_choice(role, "role", ROLES)
    return Medication(name, drug_class, _typed(raw, "route", (str,), "oral"), role, _typed(raw, "known", (bool,), False))


def _read_day(raw: dict, med: Callable[[Any], Medication], today: dt.date) -> DayEntry:
    doses = []
    for dose in _typed(raw, "doses", (list,), []):
        if not isinstance(dose, dict):
            raise ValidationError("doses", "each dose must be an object")
        doses.append(
            Dose(
                med(dose.get("medication")),
                _typed(dose, "amount", (int, float)),
                _typed(dose, "unit", (str,), ""),
                _typed(dose, "relief", (int,)),
                _typed(dose, "note", (str,), ""),
            )
        )
    triggers = _typed(raw, "triggers", (list,), [])
    if not all(isinstance(t, str) for t in triggers):
        raise ValidationError("triggers", "must be a list of names")
    entry = DayEntry(
        date=parse_date(_typed(raw, "date", (str,), required=True)),
        headache=_typed(raw, "headache", (bool,), required=True),
        migraine=_typed(raw, "migraine", (bool,), False),
        severity=_typed(raw, "severity", (int,)),
        duration_hours=_typed(raw, "duration_hours", (int, float)),
        aura=_typed(raw, "aura", (bool,), False),
        nausea=_typed(raw, "nausea", (bool,), False),
        photophobia=_typed(raw, "photophobia", (bool,), False),
        phonophobia=_typed(raw, "phonophobia", (bool,), False),
        disability=_typed(raw, "disability", (str,), "none"),
        menstruation=_typed(raw, "menstruation", (bool,), False),
        triggers=tuple(triggers),
        notes=_typed(raw, "notes", (str,), ""),
        doses=tuple(doses),
        created_at=_typed(raw, "created_at", (str,)),
        updated_at=_typed(raw, "updated_at", (str,)),
    )
    validate_day(entry, today)
    return entry


def _read_infusion(raw: dict, med: Callable[[Any], Medication], today: dt.date) -> Infusion:
    infusion = Infusion(
        start=parse_date(_typed(raw, "start", (str,), required=True), "start"),
        medication=med(raw.get("medication")),
        days=_typed(raw, "days", (int,), 1),
        dose_mg=_typed(raw, "dose_mg", (int, float)),
        kind=_typed(raw, "kind", (str,), "preventive"),
        setting=_typed(raw, "setting", (str,), "infusion_centre"),
        reactions=_typed(raw, "reactions", (str,), ""),
        notes=_typed(raw, "notes", (str,), ""),
    )
    validate_infusion(infusion, today)
    return infusion


def _read_questionnaire(raw: dict, today: dt.date, taken: set[tuple[str, dt.date]]) -> Questionnaire:
    answers = _typed(raw, "answers", (list,), required=True)
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValidationError(f"question {number}", f"has the wrong type ({type(answer).__name__})")
    questionnaire = Questionnaire(
        kind=_typed(raw, "kind", (str,), required=True),
        date=parse_date(_typed(raw, "date", (str,), required=True)),
        answers=tuple(answers),
        a_days=_typed(raw, "a_days", (int,)),
        b_pain=_typed(raw, "b_pain", (int,)),
        notes=_typed(raw, "notes", (str,), ""),
    )
    validate_questionnaire(questionnaire, today)
    if (questionnaire.kind, questionnaire.date) in taken:
        raise ValidationError("date", f"a second {questionnaire.title} for {questionnaire.date}")
    taken.add((questionnaire.kind, questionnaire.date))
    return questionnaire
