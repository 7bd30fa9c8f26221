"""The JSON backup: everything in the diary, lossless.

Importing a backup into an empty diary reproduces the diary exactly; a malformed backup
is reported item by item (FILE:LINE: days[3]: severity: ...) and imports nothing. A backup
of any size is read item by item (json_stream), so memory does not grow with the file.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from diary_app import __version__
from diary_app.domain import catalogue
from diary_app.domain.errors import ImportFileError, Problem, ProblemLog, ValidationError
from diary_app.domain.models import (
    DRUG_CLASSES, ROLES, Attack, Course, DayEntry, DiaryContents, Dose, Infusion, Injection, Medication,
)
from diary_app.domain.questionnaires import Questionnaire, validate_questionnaire
from diary_app.domain.settings import check_setting
from diary_app.domain.validation import (
    check_choice, check_medication_name, parse_date, validate_attack, validate_course, validate_day, validate_infusion,
    validate_injection,
)
from diary_app.exporters.json_stream import JsonStream, JsonStreamError
from diary_app.exporters.safe_files import first_undecodable_line

FORMAT = "migraine-diary-backup"
FORMAT_VERSION = 3  # 2 added "courses" and "injections", 3 "attacks"; each backup says the lowest it needs


def contents_to_dict(contents: DiaryContents) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": 3 if contents.attacks else 2 if contents.courses or contents.injections else 1,
        "app_version": __version__,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "medications": [_medication(m) for m in contents.medications],
        "days": [_day(d) for d in contents.days],
        "infusions": [_infusion(i) for i in contents.infusions],
        "settings": contents.settings,
        "questionnaires": [_questionnaire(q) for q in contents.questionnaires],
        "courses": [_course(c) for c in contents.courses],
        "injections": [_injection(j) for j in contents.injections],
        "attacks": [_attack(a) for a in contents.attacks],
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


def _course(c: Course) -> dict[str, Any]:
    return {"medication": c.medication.name, "start": c.start.isoformat(),
            "stop": None if c.stop is None else c.stop.isoformat(), "dose": c.dose,
            "stop_reason": c.stop_reason, "note": c.note}


def _minute(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M")


def _attack(a: Attack) -> dict[str, Any]:
    return {
        "start": _minute(a.start), "end": _minute(a.end), "kind": a.kind, "severity": a.severity,
        "aura": a.aura, "nausea": a.nausea, "photophobia": a.photophobia, "phonophobia": a.phonophobia,
        "triggers": list(a.triggers), "note": a.note, "source": a.source,
        "doses": [{"medication": x.medication.name, "amount": x.amount, "unit": x.unit, "relief": x.relief,
                   "note": x.note, "taken_at": _minute(x.taken_at)} for x in a.doses],
    }


def _injection(j: Injection) -> dict[str, Any]:
    return {"date": j.date.isoformat(), "medication": j.medication.name, "dose_mg": j.dose_mg, "note": j.note}


# -- reading ---------------------------------------------------------------------------
MAX_VALUE_CHARS = 16 * 2**20  # one item or setting (a long note fits); the file may be any size
BATCH_ITEMS = 500  # items parsed and written at a time
BATCH_CHARS = 8 * 2**20
MAX_MEDICATIONS = 10_000  # kept whole while reading, as doses name them
MAX_INFUSIONS = 100_000  # remembered while reading, to find the same infusion twice
MAX_SETTINGS = 1_000
LISTS = ("medications", "days", "infusions", "questionnaires", "courses", "injections", "attacks")


def read_backup(data: bytes, filename: str, today: dt.date) -> DiaryContents:
    """Parse a backup held in memory; raise ImportFileError listing every bad item."""
    first = BackupReader(filename, today)
    for _ in first.parts(io.BytesIO(data)):
        pass
    return gather(BackupReader(filename, today, first.medications).parts(io.BytesIO(data)))


def gather(parts: Iterable[DiaryContents]) -> DiaryContents:
    """The parts a reader yields as one DiaryContents, for a file small enough to hold."""
    days, infusions, questionnaires, courses, injections, medications, settings = [], [], [], [], [], {}, {}
    attacks = []
    for part in parts:
        attacks += part.attacks
        days += part.days
        infusions += part.infusions
        questionnaires += part.questionnaires
        courses += part.courses
        injections += part.injections
        medications.update((m.name.casefold(), m) for m in part.medications)
        settings.update(part.settings)
    return DiaryContents(tuple(days), tuple(infusions), tuple(medications.values()), settings, tuple(questionnaires),
                         tuple(courses), tuple(injections), tuple(attacks))


class _NotABackup(Exception):
    pass


class BackupReader:
    """Reads a backup of any size item by item and yields it in parts of BATCH_ITEMS items.

    Read a file twice: the first reading's `medications`, given to the second, resolve every
    dose alike wherever the file lists them. `parts` raises ImportFileError after the last part
    when anything was wrong, each problem as LINE: list[index]: field.
    """

    def __init__(self, filename: str, today: dt.date, medications: dict[str, Medication] | None = None):
        self.filename = filename
        self.today = today
        self.medications = dict(medications or {})  # by name.casefold(); the first of a name wins

    def parts(self, handle: BinaryIO) -> Iterator[DiaryContents]:
        self._problems = ProblemLog(self.filename)
        self._header: dict[str, tuple[Any, int]] = {}
        self._days: dict[dt.date, str] = {}  # where each date was first seen
        self._infusions: dict[tuple[dt.date, str], str] = {}  # where each (start, drug) was first seen
        self._taken: set[tuple[str, dt.date]] = set()  # (kind, date) of the questionnaires read so far
        self._once: dict[tuple[str, dt.date, str], str] = {}  # where each course start / injection was first seen
        stream = JsonStream(io.TextIOWrapper(handle, encoding="utf-8-sig"), MAX_VALUE_CHARS)
        try:
            if stream.peek() != "{":
                raise _NotABackup
            for key, line in stream.members():
                if key in LISTS:
                    yield from self._list(stream, key, line)
                elif key == "settings":
                    yield from self._settings(stream, line)
                else:
                    self._header[key] = (stream.value(), line)
            stream.end()
        except JsonStreamError as exc:
            self._problems.add(exc.line, "file", exc.message)
        except UnicodeDecodeError:
            from diary_app.exporters.words import FileWords

            handle.seek(0)
            raise ImportFileError(self.filename, [Problem(first_undecodable_line(handle), "file",
                                                          FileWords.tr("is not UTF-8 text"))]) from None
        except _NotABackup:
            pass
        self._check_header()
        self._problems.raise_if_any()

    def _check_header(self) -> None:
        """A file that says it is something else, or newer, is refused for that alone; a file
        that broke off before saying is reported where it broke."""
        from diary_app.exporters.words import FileWords

        found, line = self._header.get("format", (None, 1))
        if found != FORMAT and (self._problems.count == 0 or "format" in self._header):
            problem = FileWords.tr('is not a Migraine Diary backup (no "format": "{0}")').format(FORMAT)
            raise ImportFileError(self.filename, [Problem(line, "format", problem)])
        version, line = self._header.get("format_version", (None, line))
        if found == FORMAT and (self._problems.count == 0 or "format_version" in self._header) and (
                not isinstance(version, int) or version > FORMAT_VERSION):
            problem = FileWords.tr("was written by a newer version of Migraine Diary")
            raise ImportFileError(self.filename, [Problem(line, "format_version", problem)])

    def _list(self, stream: JsonStream, key: str, line: int) -> Iterator[DiaryContents]:
        if stream.peek() != "[":
            self._problems.add(line, key, "must be a list")
            stream.value()
            return
        read = {"medications": self._medication, "days": self._day, "infusions": self._infusion,
                "questionnaires": self._questionnaire, "courses": self._course, "injections": self._injection,
                "attacks": self._attack}[key]
        batch, size = [], 0
        for index, item_line in enumerate(stream.elements()):
            raw, where = stream.value(), f"{key}[{index}]"
            try:
                if not isinstance(raw, dict):
                    raise ValidationError(key, "each item must be an object")
                _check_text(raw)
                batch.append(read(raw, f"{where}, line {item_line}"))
            except ValidationError as exc:
                self._problems.add(item_line, f"{where}: {exc.field}", exc.problem)
            except (KeyError, TypeError, ValueError, OverflowError) as exc:
                self._problems.add(item_line, f"{where}: {key}", f"malformed item ({exc!r})")
            size += stream.last_chars
            if len(batch) >= BATCH_ITEMS or size >= BATCH_CHARS:
                yield DiaryContents(**{key: tuple(batch)})
                batch, size = [], 0
        if batch:
            yield DiaryContents(**{key: tuple(batch)})

    def _settings(self, stream: JsonStream, line: int) -> Iterator[DiaryContents]:
        if stream.peek() != "{":
            self._problems.add(line, "settings", "must be an object")
            stream.value()
            return
        settings: dict[str, Any] = {}
        for key, key_line in stream.members():
            value = stream.value()
            try:
                _check_text({key: value})
                if len(settings) >= MAX_SETTINGS:
                    raise ValidationError("settings", f"more than {MAX_SETTINGS} settings")
                check_setting(key, value)
                settings[key] = value
            except ValidationError as exc:
                self._problems.add(key_line, f"settings: {exc.field}", exc.problem)
        if settings:
            yield DiaryContents(settings=settings)

    def _med(self, name: Any) -> Medication:
        if not isinstance(name, str) or not name.strip():
            raise ValidationError("medication", "must be a name")
        return self.medications.get(name.casefold()) or catalogue.resolve(name)

    def _medication(self, raw: dict, where: str) -> Medication:
        med = _read_medication(raw)
        if med.name.casefold() not in self.medications and len(self.medications) >= MAX_MEDICATIONS:
            raise ValidationError("medications", f"more than {MAX_MEDICATIONS} medications")
        return self.medications.setdefault(med.name.casefold(), med)

    def _day(self, raw: dict, where: str) -> DayEntry:
        day = _read_day(raw, self._med, self.today)
        first = self._days.setdefault(day.date, where)
        if first != where:
            raise ValidationError("date", f"{day.date} appears twice (first at {first})")
        return day

    def _infusion(self, raw: dict, where: str) -> Infusion:
        infusion = _read_infusion(raw, self._med, self.today)
        if len(self._infusions) >= MAX_INFUSIONS:
            raise ValidationError("infusions", f"more than {MAX_INFUSIONS} infusions")
        # the diary keeps one infusion of a drug a day, naming the drug in any case (SQLite NOCASE)
        first = self._infusions.setdefault((infusion.start, _nocase(infusion.medication.name)), where)
        if first != where:
            raise ValidationError("medication", f"a second {infusion.medication.name} infusion on {infusion.start} "
                                                f"(first at {first}); the diary keeps one a day")
        return infusion

    def _questionnaire(self, raw: dict, where: str) -> Questionnaire:
        return _read_questionnaire(raw, self.today, self._taken)

    def _course(self, raw: dict, where: str) -> Course:
        course = _read_course(raw, self._med, self.today)
        self._first_time(("course", course.start, course.medication.name), where, "course")
        return course

    def _injection(self, raw: dict, where: str) -> Injection:
        injection = _read_injection(raw, self._med, self.today)
        self._first_time(("injection", injection.date, injection.medication.name), where, "injection")
        return injection

    def _attack(self, raw: dict, where: str) -> Attack:
        attack = _read_attack(raw, self._med, self.today)
        if attack.source:
            self._first_time(("attack", attack.start.date(), attack.source), where, "attack")
        return attack

    def _first_time(self, key: tuple[str, dt.date, str], where: str, what: str) -> None:
        """One course start, or one injection, of a drug a day (names in any case, as SQLite's NOCASE)."""
        if len(self._once) >= MAX_INFUSIONS:
            raise ValidationError(f"{what}s", f"more than {MAX_INFUSIONS} {what}s")
        first = self._once.setdefault((key[0], key[1], _nocase(key[2])), where)
        if first != where:
            raise ValidationError("medication", f"a second {key[2]} {what} on {key[1]} (first at {first})")


def _nocase(name: str) -> str:
    """A name as SQLite's NOCASE compares it: ASCII letters folded, others kept."""
    return name.strip().translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _check_text(raw: Any) -> None:
    """Text SQLite can store: no lone surrogates (a JSON file may spell one as \\ud800)."""
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("text", "holds text that is not Unicode (an unpaired \\ud800-\\udfff)") from None


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
    check_medication_name(name, "name")
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
    triggers = [t.strip() for t in triggers]  # as the window and the command line keep them
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


def _read_course(raw: dict, med: Callable[[Any], Medication], today: dt.date) -> Course:
    stop = _typed(raw, "stop", (str,))
    course = Course(
        medication=med(raw.get("medication")),
        start=parse_date(_typed(raw, "start", (str,), required=True), "start"),
        stop=None if stop is None else parse_date(stop, "stop"),
        dose=_typed(raw, "dose", (str,), ""),
        stop_reason=_typed(raw, "stop_reason", (str,)),
        note=_typed(raw, "note", (str,), ""),
    )
    validate_course(course, today)
    return course


def _read_moment(raw: dict, key: str, required: bool = False) -> dt.datetime | None:
    text = _typed(raw, key, (str,), required=required)
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(key, f"'{text}' is not a date and time (YYYY-MM-DDTHH:MM)") from None
    if moment.tzinfo is not None or moment.second or moment.microsecond:
        raise ValidationError(key, f"'{text}' must be a local time to the minute (YYYY-MM-DDTHH:MM)")
    return moment


def _read_attack(raw: dict, med: Callable[[Any], Medication], today: dt.date) -> Attack:
    doses = []
    for dose in _typed(raw, "doses", (list,), []):
        if not isinstance(dose, dict):
            raise ValidationError("doses", "each dose must be an object")
        doses.append(Dose(med(dose.get("medication")), _typed(dose, "amount", (int, float)), _typed(dose, "unit", (str,), ""),
                          _typed(dose, "relief", (int,)), _typed(dose, "note", (str,), ""), _read_moment(dose, "taken_at")))
    triggers = _typed(raw, "triggers", (list,), [])
    if not all(isinstance(t, str) for t in triggers):
        raise ValidationError("triggers", "must be a list of names")
    attack = Attack(
        start=_read_moment(raw, "start", required=True),
        end=_read_moment(raw, "end"),
        kind=_typed(raw, "kind", (str,), "migraine"),
        severity=_typed(raw, "severity", (int,)),
        aura=_typed(raw, "aura", (bool,), False),
        nausea=_typed(raw, "nausea", (bool,), False),
        photophobia=_typed(raw, "photophobia", (bool,), False),
        phonophobia=_typed(raw, "phonophobia", (bool,), False),
        doses=tuple(doses),
        triggers=tuple(t.strip() for t in triggers),
        note=_typed(raw, "note", (str,), ""),
        source=_typed(raw, "source", (str,), ""),
    )
    validate_attack(attack, today)
    return attack


def _read_injection(raw: dict, med: Callable[[Any], Medication], today: dt.date) -> Injection:
    injection = Injection(
        date=parse_date(_typed(raw, "date", (str,), required=True)),
        medication=med(raw.get("medication")),
        dose_mg=_typed(raw, "dose_mg", (int, float)),
        note=_typed(raw, "note", (str,), ""),
    )
    validate_injection(injection, today)
    return injection


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
