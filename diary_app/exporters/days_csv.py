"""The days CSV: one row per recorded day, the same columns in and out.

Export then import round-trips. Import is all or nothing: every bad row is reported
as FILE:LINE: field: problem and nothing is imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable

from diary_app.domain import catalogue
from diary_app.domain.errors import ImportFileError, Problem, ValidationError
from diary_app.domain.models import DayEntry, Dose
from diary_app.domain.validation import parse_bool, parse_date, parse_float, parse_int, validate_day
from diary_app.exporters.safe_files import neutralise_formula, restore_formula

COLUMNS = (
    "date", "headache", "migraine", "severity", "duration_hours", "aura", "nausea", "photophobia",
    "phonophobia", "disability", "menstruation", "triggers", "acute_medications", "notes",
)
FLAG_COLUMNS = ("aura", "nausea", "photophobia", "phonophobia", "menstruation")
MAX_BYTES = 64 * 1024 * 1024
MAX_TEXT = 20_000
LIST_SEPARATOR = ";"
# Let a cell be as long as a file may be, so an over-long note is refused by name (notes: ...)
# rather than by the csv module's own 131,072-character limit.
csv.field_size_limit(MAX_BYTES)


def write_days_csv(handle, days: Iterable[DayEntry]) -> None:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for day in days:
        writer.writerow([neutralise_formula(cell) for cell in _cells(day)])


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _cells(day: DayEntry) -> list[str]:
    return [
        day.date.isoformat(),
        _yes(day.headache),
        _yes(day.migraine),
        "" if day.severity is None else str(day.severity),
        "" if day.duration_hours is None else f"{day.duration_hours:g}",
        *(_yes(getattr(day, flag)) for flag in FLAG_COLUMNS[:4]),
        day.disability,
        _yes(day.menstruation),
        LIST_SEPARATOR.join(day.triggers),
        LIST_SEPARATOR.join(dose.medication.name for dose in day.doses),
        day.notes,
    ]


def read_days_csv(data: bytes, filename: str, today: dt.date) -> list[DayEntry]:
    """Parse a days CSV; raise ImportFileError listing every bad row."""
    text = _decode(data, filename)
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise ImportFileError(filename, [Problem(1, "file", f"not a CSV file ({exc})")]) from None
    columns = _check_header(header, filename)
    entries: list[DayEntry] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    date_column = columns.index("date")
    while True:
        line = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(line, "file", f"not valid CSV here ({exc})"))
            break
        if not any(cell.strip() for cell in row):
            continue
        date_cell = row[date_column].strip() if date_column < len(row) else ""
        if date_cell in seen:
            problems.append(Problem(line, "date", f"{date_cell} appears twice (first on line {seen[date_cell]})"))
            continue
        seen[date_cell] = line
        try:
            entries.append(_parse_row(columns, row, today))
        except ValidationError as exc:
            problems.append(Problem(line, exc.field, exc.problem))
    if problems:
        raise ImportFileError(filename, problems)
    return entries


def _decode(data: bytes, filename: str) -> str:
    if len(data) > MAX_BYTES:
        raise ImportFileError(filename, [Problem(1, "file", f"is larger than {MAX_BYTES // 2**20} MB")])
    if b"\x00" in data:
        raise ImportFileError(filename, [Problem(1, "file", "is not a text file (it contains NUL bytes)")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(filename, [Problem(line, "file", "is not UTF-8 text; save it as UTF-8 CSV")]) from None


def _check_header(header: list[str] | None, filename: str) -> list[str]:
    if not header:
        raise ImportFileError(filename, [Problem(1, "file", "is empty: a header row with a 'date' column is needed")])
    columns = [cell.strip().casefold() for cell in header]
    problems = []
    if "date" not in columns:
        problems.append(Problem(1, "date", "the header row has no 'date' column; is this a days CSV?"))
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        shown = ", ".join(repr(c[:40]) for c in unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        problems.append(Problem(1, "header", f"unknown column(s) {shown}; known columns: {', '.join(COLUMNS)}"))
    counts = Counter(columns)  # not columns.count() per column: a hostile header has 100,000s of them
    duplicates = sorted(c for c in COLUMNS if counts[c] > 1)
    if duplicates:
        problems.append(Problem(1, "header", f"column(s) {', '.join(duplicates)} appear more than once"))
    if problems:
        raise ImportFileError(filename, problems)
    return columns


def _parse_row(columns: list[str], row: list[str], today: dt.date) -> DayEntry:
    if len(row) > len(columns):
        raise ValidationError("row", f"has {len(row)} cells but the header has {len(columns)} columns")
    cells = {name: restore_formula(row[i]) if i < len(row) else "" for i, name in enumerate(columns)}
    date = parse_date(cells["date"])
    migraine = parse_bool(cells.get("migraine", ""), "migraine")
    headache = parse_bool(cells["headache"], "headache") if "headache" in cells else migraine
    for name in ("notes", "triggers", "acute_medications"):
        if len(cells.get(name, "")) > MAX_TEXT:
            raise ValidationError(name, f"is longer than {MAX_TEXT} characters")
    disability = cells.get("disability", "").strip().casefold() or "none"
    entry = DayEntry(
        date=date,
        headache=headache,
        migraine=migraine,
        severity=parse_int(cells.get("severity", ""), "severity", 0, 10),
        duration_hours=parse_float(cells.get("duration_hours", ""), "duration_hours", 0, 24),
        disability=disability,
        triggers=_split(cells.get("triggers", "")),
        notes=cells.get("notes", "").strip(),
        doses=tuple(Dose(catalogue.resolve(name)) for name in _split(cells.get("acute_medications", ""))),
        **{flag: parse_bool(cells.get(flag, ""), flag) for flag in FLAG_COLUMNS},
    )
    validate_day(entry, today)
    return entry


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip())
