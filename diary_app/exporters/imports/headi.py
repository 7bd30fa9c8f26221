"""Headi's CSV export: `_id,pain,start_date,end_date,duration,strength,medication,medication_amount,
description`, times and the duration in milliseconds since 1970 (UTC).

An epoch time carries no time zone, so it is read in this computer's local zone (the zone the
person most likely kept the diary in), or in `zone` when given; the result is the local wall-clock
time. `pain` gives the type (migraine unless it names another headache), `strength` the 0-10
severity. Source key: "headi:<_id>", Headi's own record id.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack
from diary_app.domain.validation import validate_attack
from diary_app.exporters.imports.history import HistoryProblems, ParsedHistory, gather
from diary_app.exporters.imports.rows import Header, csv_rows, header_cells
from diary_app.exporters.imports.values import (
    dose, kind_of, note, severity_0_10, split_list, to_minute, wall_end,
)

FORMAT = "Headi"
COLUMNS = ["_id", "pain", "start_date", "end_date", "duration", "strength", "medication", "medication_amount",
           "description"]
REQUIRED = ("_id", "start_date")
_EARLIEST, _LATEST = -2208988800000, 7258118400000  # 1900-01-01 and 2200-01-01, in epoch milliseconds
_COLUMN_OF = {"start": "start_date", "end": "end_date", "severity": "strength", "med": "medication"}


def matches(text: str) -> bool:
    return header_cells(text)[:3] == COLUMNS[:3]


def read_headi(handle: BinaryIO, filename: str, today: dt.date | None = None,
               zone: dt.tzinfo | None = None) -> ParsedHistory:
    """Every attack in the file, or HistoryFileError listing the bad rows. `zone`: the time zone
    epoch times are read in; None is this computer's local zone."""
    problems = HistoryProblems(filename, FORMAT)
    rows = csv_rows(handle, problems)
    header = Header(next(rows, (1, []))[1])
    missing = [c for c in REQUIRED if not header.has(c)]
    if missing:
        from diary_app.exporters.words import FileWords

        raise problems.fail(1, "header", FileWords.tr("has no {0} column").format(" / ".join(missing)))
    attacks, lines_by_id = [], {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        try:
            attack = _attack(header, row, zone)
            validate_attack(attack, today or dt.date.max)
            if attack.source in lines_by_id:
                from diary_app.exporters.words import FileWords

                raise ValidationError("_id",
                                      FileWords.tr("is the same as on line {0}").format(lines_by_id[attack.source]))
        except ValidationError as exc:
            problems.add(line, _COLUMN_OF.get(exc.field, exc.field), exc.problem)
            continue
        lines_by_id[attack.source] = line
        attacks.append(attack)
    problems.raise_if_any()
    return gather(FORMAT, attacks, (), header.others())


def _attack(header: Header, row: list[str], zone: dt.tzinfo | None) -> Attack:
    header.check(row)
    record_id = header.cell(row, "_id")
    if not record_id:
        from diary_app.exporters.words import FileWords

        raise ValidationError("_id", FileWords.tr("is empty: every Headi record has an id"))
    start = _instant(header.cell(row, "start_date"), "start_date")
    end = None
    if header.cell(row, "end_date"):
        end = _instant(header.cell(row, "end_date"), "end_date")
    elif header.cell(row, "duration"):
        elapsed = _milliseconds(header.cell(row, "duration"), "duration")
        if elapsed < 0:
            from diary_app.exporters.words import FileWords

            raise ValidationError("duration", FileWords.tr("'{0}' is negative").format(header.cell(row, "duration")))
        end = start + dt.timedelta(milliseconds=elapsed)
    start_wall = _wall(start, zone)
    pain = header.cell(row, "pain")
    return Attack(
        start=to_minute(start_wall),
        end=None if end is None else to_minute(wall_end(start_wall, _wall(end, zone), end - start)),
        kind=kind_of([pain] if pain else []),
        severity=severity_0_10(header.cell(row, "strength"), "strength"),
        doses=_doses(header.cell(row, "medication"), header.cell(row, "medication_amount")),
        note=note([("Pain", "" if pain.casefold() in ("", "migraine", "headache") else pain),
                   ("Description", header.cell(row, "description"))]),
        source=f"headi:{record_id}",
    )


def _doses(medication: str, amounts: str) -> tuple:
    names = split_list(medication)
    each = [a.strip() for a in amounts.split(",")] if amounts.strip() else []
    if each and len(each) != len(names):
        from diary_app.exporters.words import FileWords

        raise ValidationError("medication_amount", FileWords.tr("{0} amount(s) for {1} medication(s)")
                              .format(len(each), len(names)))
    return tuple(dose(name, amount_text=each[n] if each else "") for n, name in enumerate(names))


def _milliseconds(text: str, field: str) -> int:
    try:
        value = float(text)
    except ValueError:
        from diary_app.exporters.words import FileWords

        raise ValidationError(field, FileWords.tr("'{0}' is not a number of milliseconds").format(text)) from None
    if value != value or not _EARLIEST <= value <= _LATEST:
        from diary_app.exporters.words import FileWords

        raise ValidationError(field, FileWords.tr("'{0}' is not a time in milliseconds since 1970").format(text))
    return int(value)


def _instant(text: str, field: str) -> dt.datetime:
    """An epoch time in milliseconds as an instant (aware, UTC)."""
    return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=_milliseconds(text, field))


def _wall(instant: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """The wall-clock time of an instant in `zone` (None: this computer's zone), naive."""
    return instant.astimezone(zone).replace(tzinfo=None)
