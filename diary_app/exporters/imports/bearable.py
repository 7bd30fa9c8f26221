"""Bearable's CSV export: one row per reading (date, weekday, time of day, category, rating/amount,
detail, notes), dates like "25th Sep 2020".

A symptom reading that names a migraine or a headache, "Migraine (Moderate)", is an attack at the
start of its part of the day (Bearable keeps no clock time); its 0-4 severity maps to 0-10 as
values.SEVERITY_BY_LEVEL. A "None" reading makes a headache-free day where nothing else that day is
a headache. Nausea, light and sound sensitivity and aura readings set those flags on the day's
attacks. A "Meds/Supplements" reading of a preventive given by injection, "Fremanezumab (mg)" with
225, is a preventive injection (Treatments; it starts or continues a course); any other medication
reading is a dose of the day's attack (the last one begun by then); on a day without an attack the
diary has nowhere to put it.
Source key: "bearable:<date>-<time of day>-<symptom>", without the severity, so that an edited
severity does not make a second attack.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from typing import BinaryIO

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack, Dose, Injection
from diary_app.domain.record import replace
from diary_app.domain.validation import validate_attack
from diary_app.exporters.imports.history import HistoryProblems, ParsedHistory, gather
from diary_app.exporters.imports.rows import Header, csv_rows, header_cells
from diary_app.exporters.imports.values import (
    SEVERITY_BY_LEVEL, SEVERITY_BY_WORD, dose, kind_of, note, symptom_flags,
)

FORMAT = "Bearable"
COLUMNS = ["date", "weekday", "time of day", "category", "rating/amount", "detail", "notes"]
# The start of each part of the day, the time an attack read in it is given
PART_STARTS = {
    "": dt.time(0, 0), "all day": dt.time(0, 0),
    "am": dt.time(6, 0), "morning": dt.time(6, 0),
    "mid": dt.time(12, 0), "midday": dt.time(12, 0), "afternoon": dt.time(12, 0),
    "pm": dt.time(18, 0), "evening": dt.time(18, 0),
    "pre": dt.time(22, 0), "night": dt.time(22, 0), "pre-bed": dt.time(22, 0),
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$", re.I)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_SYMPTOM = re.compile(r"^(?P<name>[^()]*?)\s*(?:\((?P<severity>[^()]*)\))?\s*$")
_HEADACHE = re.compile(r"migraine|headache", re.I)
_LISTED = 5  # examples named in a preview line


def matches(text: str) -> bool:
    return header_cells(text)[:4] == COLUMNS[:4]


@dataclasses.dataclass
class _Reading:
    """A migraine or headache reading, gathering its day's doses and flags."""

    line: int
    attack: Attack
    doses: list[Dose] = dataclasses.field(default_factory=list)
    flags: set[str] = dataclasses.field(default_factory=set)


def read_bearable(handle: BinaryIO, filename: str, today: dt.date | None = None) -> ParsedHistory:
    """The attacks of every migraine and headache reading, or HistoryFileError listing the bad rows."""
    problems = HistoryProblems(filename, FORMAT)
    rows = csv_rows(handle, problems)
    header = Header(next(rows, (1, []))[1])
    readings = _Readings()
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        try:
            header.check(row)
            readings.add(line, header, row)
        except ValidationError as exc:
            problems.add(line, exc.field, exc.problem)
    attacks = readings.attacks(today or dt.date.max, problems)
    problems.raise_if_any()
    return gather(FORMAT, attacks, readings.none_days, header.others(), readings.left_out(), _one_a_day(readings.injections))


class _Readings:
    """The file's readings, sorted into attacks, flags and doses; the day's doses and flags can only
    be placed once every reading of the day is known."""

    def __init__(self):
        self.headaches: list[_Reading] = []
        self.flags: list[tuple[dt.datetime, set[str]]] = []
        self.doses: list[tuple[dt.datetime, Dose, str]] = []
        self.none_days: set[dt.date] = set()
        self.others: Counter[str] = Counter()
        self.unplaced: list[tuple[str, dt.date]] = []  # a dose as written, its day
        self.injections: list[Injection] = []

    def add(self, line: int, header: Header, row: list[str]) -> None:
        day = _date(header.cell(row, "date"))
        part = header.cell(row, "time of day")
        moment = dt.datetime.combine(day, _part_start(part))
        category, detail = header.cell(row, "category").casefold(), header.cell(row, "detail")
        amount, notes = header.cell(row, "rating/amount"), header.cell(row, "notes")
        if "med" in category:
            given = dose(detail, amount_text=amount, note=notes)
            if is_preventive_injection(given.medication):
                self.injections.append(Injection(day, given.medication, given.amount, notes))
            else:
                self.doses.append((moment, given, detail))
            return
        if "symptom" not in category:
            from diary_app.exporters.words import FileWords

            self.others[header.cell(row, "category") or FileWords.tr("(no category)")] += 1
            return
        name, severity = _symptom(detail, amount)
        named = {flag for flag, on in symptom_flags([name])[0].items() if on}
        if _HEADACHE.search(name) and severity == 0:
            self.none_days.add(day)
        elif _HEADACHE.search(name):
            shown_part = "" if part.casefold() in PART_STARTS or _CLOCK.match(part) else part
            self.headaches.append(_Reading(line, Attack(
                start=moment, kind=kind_of([name]), severity=severity,
                note=note([("Time of day", shown_part), ("Notes", notes)]),
                source=f"bearable:{day.isoformat()}-{part.casefold() or 'day'}-{name.casefold()}",
            ), flags=named))
        elif named:
            if severity != 0:
                self.flags.append((moment, named))
        else:
            from diary_app.exporters.words import FileWords

            self.others[FileWords.tr("symptom {0}").format(name)] += 1

    def attacks(self, today: dt.date, problems: HistoryProblems) -> list[Attack]:
        """The readings as attacks with their flags and doses. A flag goes to the attacks of its part
        of the day, else to all of that day's; a dose to the last attack of its day begun by then,
        else to the day's first; a dose on a day without an attack is left out."""
        by_day: dict[dt.date, list[_Reading]] = defaultdict(list)
        for reading in sorted(self.headaches, key=lambda r: r.attack.start):
            by_day[reading.attack.start.date()].append(reading)
        for moment, given, written in self.doses:
            day = by_day.get(moment.date())
            if not day:
                self.unplaced.append((_dose_words(written, given), moment.date()))
                continue
            ([r for r in day if r.attack.start <= moment] or day[:1])[-1].doses.append(given)
        for moment, named in self.flags:
            day = by_day.get(moment.date(), [])
            for reading in [r for r in day if r.attack.start == moment] or day:
                reading.flags |= named
        attacks = []
        for reading in self.headaches:
            attack = replace(reading.attack, doses=tuple(reading.doses),
                             **dict.fromkeys(reading.flags, True))
            try:
                validate_attack(attack, today)
            except ValidationError as exc:
                problems.add(reading.line, exc.field, exc.problem)
                continue
            attacks.append(attack)
        return attacks

    def left_out(self) -> list[str]:
        from diary_app.exporters.words import FileWords, counted, date_text

        lines = []
        if self.others:
            shown = ", ".join(f"{what} ({count})" for what, count in sorted(self.others.items()))
            total = sum(self.others.values())
            lines.append(counted(FileWords.tr("Not imported: {0} other reading(s): {1}", "", total), total, shown))
        if self.unplaced:
            listed = [FileWords.tr("{0} on {1}").format(written, date_text(day)) for written, day in self.unplaced]
            shown = ", ".join(listed[:_LISTED]) + (", ..." if len(listed) > _LISTED else "")
            lines.append(counted(FileWords.tr(
                "Not imported: {0} medication reading(s) on days without a migraine or headache ({1}); the diary "
                "keeps doses with attacks, and preventive injections under Treatments", "", len(listed)),
                len(listed), shown))
        return lines


INJECTED = ("subcutaneous", "intramuscular")



def is_preventive_injection(medication) -> bool:
    """A catalogue preventive given by injection: erenumab, fremanezumab, galcanezumab, Botox."""
    return medication.known and medication.role == "preventive" and medication.route in INJECTED


def _one_a_day(injections: list[Injection]) -> list[Injection]:
    """The diary keeps one injection of a drug a day: the first reading of the day."""
    seen: dict[tuple, Injection] = {}
    for injection in injections:
        seen.setdefault((injection.date, injection.medication.name), injection)
    return list(seen.values())


def _dose_words(detail: str, given: Dose) -> str:
    """ "Fremanezumab 225 mg": the name as written, the amount as read."""
    match = _SYMPTOM.match(detail)
    name = match.group("name") if match else detail
    return name if given.amount is None else f"{name} {given.amount:g} {given.unit}".strip()


def _date(text: str) -> dt.date:
    match = _DATE.match(text)
    if not match or match.group(2)[:3].casefold() not in MONTHS:
        from diary_app.exporters.words import FileWords

        raise ValidationError("date", FileWords.tr("'{0}' is not a date like 25th Sep 2020").format(text))
    try:
        return dt.date(int(match.group(3)), MONTHS.index(match.group(2)[:3].casefold()) + 1, int(match.group(1)))
    except ValueError:
        from diary_app.exporters.words import FileWords

        raise ValidationError("date", FileWords.tr("'{0}' is not a real calendar date").format(text)) from None


def _part_start(part: str) -> dt.time:
    """The start of a part of the day, or the time itself ("14:30"); an unknown part starts the day."""
    clock = _CLOCK.match(part)
    if clock:
        try:
            return dt.time(int(clock.group(1)), int(clock.group(2)))
        except ValueError:
            from diary_app.exporters.words import FileWords

            raise ValidationError("time of day", FileWords.tr("'{0}' is not a time of day").format(part)) from None
    return PART_STARTS.get(part.casefold(), dt.time(0, 0))


def _symptom(detail: str, rating: str) -> tuple[str, int | None]:
    """A symptom's name and its severity on 0-10: from the word in brackets, else the 0-4 rating."""
    match = _SYMPTOM.match(detail)
    name, word = (match.group("name"), match.group("severity") or "") if match else (detail, "")
    if word.strip().casefold() in SEVERITY_BY_WORD:
        return name.strip(), SEVERITY_BY_WORD[word.strip().casefold()]
    if not rating:
        return name.strip(), None
    if rating not in ("0", "1", "2", "3", "4"):
        from diary_app.exporters.words import FileWords

        raise ValidationError("rating/amount",
                              FileWords.tr("'{0}' is not a symptom severity from 0 to 4").format(rating))
    return name.strip(), SEVERITY_BY_LEVEL[int(rating)]
