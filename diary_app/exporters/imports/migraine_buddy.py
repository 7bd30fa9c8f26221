"""Migraine Buddy's CSV export: a block of ongoing events, a blank line, then one row per attack.

`Started` is the local wall-clock time (m/d/yy HH:MM); `Lasted` is like 01h 00m or 1d 02h 15m;
the UTC offsets only say how the clock moved between start and end. The four medication columns
give the relief; Symptoms set the flags; Potential Triggers are the triggers; every other column
with a value becomes a `Column: value` line of the note, except the Geohash (a place), which is
dropped. The source key is the start minute: the export's "#" numbers rows, not attacks.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from typing import BinaryIO

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack
from diary_app.domain.validation import validate_attack
from diary_app.exporters.imports.history import HistoryProblems, ParsedHistory, gather
from diary_app.exporters.imports.rows import Header, csv_rows, header_cells
from diary_app.exporters.imports.values import (
    dose, kind_of, note, severity_0_10, split_list, symptom_flags, wall_end,
)

FORMAT = "Migraine Buddy"
PREAMBLE = ["date", "time period", "description", "notes"]
ATTACKS_START = ["#", "started", "lasted"]
# Relief on the diary's scale: 0 none, 1 a little, 2 good, 3 complete; Unsure is not rated.
RELIEF_BY_COLUMN = {
    "Helpful Medication": 2,
    "Somewhat Helpful Medication": 1,
    "Unhelpful Medication": 0,
    "Unsure Medication": None,
}
START_OFFSET, END_OFFSET = "Start UTC Offset (min)", "End UTC Offset (min)"
DROPPED = ("Geohash",)  # a location: never read, never stored
_TAKEN = {c.casefold() for c in ("#", "Started", "Lasted", START_OFFSET, END_OFFSET, "Pain Level",
                                 "Potential Triggers", *RELIEF_BY_COLUMN, *DROPPED)}
# The diary's field names in its checks, as this file names the column
_COLUMN_OF = {"start": "Started", "end": "Lasted", "severity": "Pain Level", "triggers": "Potential Triggers",
              "med": "Medication", "medication": "Medication"}
_STARTED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?$", re.I)
_LASTED = re.compile(r"^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$", re.I)


def matches(text: str) -> bool:
    """The start of a file is Migraine Buddy's: its block of ongoing events, or its attack table."""
    if header_cells(text) == PREAMBLE:
        return True
    return any([c.strip().casefold() for c in row[:3]] == ATTACKS_START for row in csv.reader(text.splitlines()[:200]))


def read_migraine_buddy(handle: BinaryIO, filename: str, today: dt.date | None = None) -> ParsedHistory:
    """Every attack in the file, or HistoryFileError listing the bad rows; `today` refuses later starts."""
    problems = HistoryProblems(filename, FORMAT)
    rows = csv_rows(handle, problems)
    header, ongoing = _attack_header(rows, problems)
    attacks = []
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        try:
            attack = _attack(header, row)
            validate_attack(attack, today or dt.date.max)
        except ValidationError as exc:
            problems.add(line, _COLUMN_OF.get(exc.field, exc.field), exc.problem)
            continue
        attacks.append(attack)
    problems.raise_if_any()
    left_out = []
    if ongoing:
        from diary_app.exporters.words import FileWords, counted

        left_out.append(counted(FileWords.tr("Not imported: {0} ongoing event(s) from the block at the top of the file "
                                             "(the diary has no place for them)", "", ongoing), ongoing))
    return gather(FORMAT, attacks, (), [c for c in DROPPED if header.has(c)], left_out)


def _attack_header(rows: Iterator[tuple[int, list[str]]], problems: HistoryProblems) -> tuple[Header, int]:
    """The attack table's header, past the block of ongoing events; and how many events that block held."""
    ongoing, line = 0, 0
    for line, row in rows:
        cells = [cell.strip().casefold() for cell in row]
        if cells[:3] == ATTACKS_START:
            return Header(row), ongoing
        if any(cells) and cells != PREAMBLE:
            ongoing += 1
    from diary_app.exporters.words import FileWords

    raise problems.fail(line + 1, "file",
                        FileWords.tr('has no table of attacks (a header row starting "#","Started","Lasted")'))


def _attack(header: Header, row: list[str]) -> Attack:
    header.check(row)
    start = _started(header.cell(row, "Started"))
    types = split_list(header.cell(row, "Attack Types"))
    flags, other_symptoms = symptom_flags(split_list(header.cell(row, "Symptoms")))
    aura = flags.pop("aura") or symptom_flags(types)[0]["aura"] or bool(split_list(header.cell(row, "Auras")))
    doses = tuple(dose(name, relief=relief) for column, relief in RELIEF_BY_COLUMN.items()
                  for name in split_list(header.cell(row, column)))
    return Attack(
        start=start,
        end=_end(start, header.cell(row, "Lasted"), header.cell(row, START_OFFSET), header.cell(row, END_OFFSET)),
        kind=kind_of(types),
        severity=severity_0_10(header.cell(row, "Pain Level"), "Pain Level"),
        aura=aura,
        **flags,
        doses=doses,
        triggers=tuple(split_list(header.cell(row, "Potential Triggers"))),
        note=note(list(_note_lines(header, row, types, other_symptoms))),
        source=f"migraine-buddy:{start:%Y-%m-%dT%H:%M}",
    )


def _note_lines(header: Header, row: list[str], types: list[str], other_symptoms: list[str]):
    """Every column the attack's fields do not take, as (column, value), in file order."""
    for column in header.names:
        key = column.casefold()
        if key == "symptoms":
            yield column, ", ".join(other_symptoms)
        elif key == "attack types":
            yield column, "" if [t.casefold() for t in types] in ([], ["migraine"]) else ", ".join(types)
        elif key and key not in _TAKEN:
            yield column, header.cell(row, column)


def _started(text: str) -> dt.datetime:
    match = _STARTED.match(text)
    if not match:
        raise _not_started(text)
    month, day, year, hour, minute, half = match.groups()
    hour = int(hour)
    if half:
        if not 1 <= hour <= 12:
            raise _not_started(text)
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    try:
        return dt.datetime(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day), hour, int(minute))
    except ValueError:
        from diary_app.exporters.words import FileWords

        raise ValidationError("Started", FileWords.tr("'{0}' is not a real date and time (month/day/year "
                                                      "hour:minute)").format(text)) from None


def _not_started(text: str) -> ValidationError:
    from diary_app.exporters.words import FileWords

    return ValidationError("Started", FileWords.tr("'{0}' is not a date and time like 9/25/20 14:30").format(text))


def _end(start: dt.datetime, lasted: str, start_offset: str, end_offset: str) -> dt.datetime | None:
    """The end on the person's clock: the start, plus how long it lasted, plus any change of UTC offset."""
    if not lasted:
        return None
    match = _LASTED.match(lasted)
    if not match or not any(match.groups()):
        from diary_app.exporters.words import FileWords

        raise ValidationError("Lasted",
                              FileWords.tr("'{0}' is not a duration like 01h 00m or 1d 02h 15m").format(lasted))
    days, hours, minutes = (int(part or 0) for part in match.groups())
    elapsed = dt.timedelta(days=days, hours=hours, minutes=minutes)
    moved = dt.timedelta(0)
    if start_offset and end_offset:
        moved = dt.timedelta(minutes=_offset(end_offset, END_OFFSET) - _offset(start_offset, START_OFFSET))
    return wall_end(start, start + elapsed + moved, elapsed)


def _offset(text: str, column: str) -> int:
    from diary_app.exporters.words import FileWords

    try:
        minutes = int(text)
    except ValueError:
        raise ValidationError(column, FileWords.tr("'{0}' is not a whole number of minutes").format(text)) from None
    if abs(minutes) > 18 * 60:
        raise ValidationError(column, FileWords.tr("{0} minutes is not a UTC offset").format(minutes))
    return minutes
