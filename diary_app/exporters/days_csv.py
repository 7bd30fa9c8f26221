"""The days CSV: one row per recorded day, the same columns in and out.

Export then import round-trips every value the app accepts (the formula guard is undone,
notes come back as written); a row with migraine = yes is read as a headache day whatever its
headache cell says. Import is all or nothing: every bad row is reported as
FILE:LINE: field: problem and nothing is imported; a file of any size is read row by row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from diary_app.domain import catalogue
from diary_app.domain.errors import ImportFileError, Problem, ProblemLog, ValidationError
from diary_app.domain.models import DayEntry, DiaryContents, Dose
from diary_app.domain.validation import MIN_DATE, parse_bool, parse_date, parse_float, parse_int, validate_day
from diary_app.exporters.safe_files import first_undecodable_line, neutralise_formula, restore_formula

COLUMNS = (
    "date", "headache", "migraine", "severity", "duration_hours", "aura", "nausea", "photophobia",
    "phonophobia", "disability", "menstruation", "triggers", "acute_medications", "notes",
)
FLAG_COLUMNS = ("aura", "nausea", "photophobia", "phonophobia", "menstruation")
LIST_SEPARATOR = ";"
BATCH_DAYS = 500  # days parsed and written at a time: memory stays flat whatever the file's size
# A cell may hold any note a JSON backup may (backup_json.MAX_VALUE_CHARS), with room for the
# formula guard; a line may hold such a cell with every quote doubled.
MAX_CELL = 24 * 2**20
MAX_LINE = 2 * MAX_CELL + 2**20
csv.field_size_limit(MAX_CELL)


def write_days_csv(handle, days: Iterable[DayEntry]) -> None:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for day in days:
        writer.writerow([neutralise_formula(cell) for cell in _cells(day)])


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _number(value: float) -> str:
    """Short when that is exact (2, 1.5), else every digit: an export must read back the same."""
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))


def _cells(day: DayEntry) -> list[str]:
    return [
        day.date.isoformat(),
        _yes(day.headache),
        _yes(day.migraine),
        "" if day.severity is None else str(day.severity),
        "" if day.duration_hours is None else _number(day.duration_hours),
        *(_yes(getattr(day, flag)) for flag in FLAG_COLUMNS[:4]),
        day.disability,
        _yes(day.menstruation),
        LIST_SEPARATOR.join(day.triggers),
        LIST_SEPARATOR.join(dose.medication.name for dose in day.doses),
        day.notes,
    ]


def read_days_csv(data: bytes, filename: str, today: dt.date) -> list[DayEntry]:
    """Parse a days CSV held in memory; raise ImportFileError listing every bad row."""
    reader = DaysCsvReader(filename, today)
    return [day for part in reader.parts(io.BytesIO(data)) for day in part.days]


class DaysCsvReader:
    """Reads a days CSV of any size in parts of BATCH_DAYS days, holding one part at a time.

    `parts` raises ImportFileError after the last part when any row was bad, so a caller that
    writes the parts as they come does so inside a transaction it can roll back.
    """

    def __init__(self, filename: str, today: dt.date):
        self.filename = filename
        self.today = today
        self.medications: dict = {}  # a days CSV lists no medications of its own

    def parts(self, handle: BinaryIO) -> Iterator[DiaryContents]:
        problems = ProblemLog(self.filename)
        self._seen: dict[dt.date, int] = {}  # first line of each date
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        rows = csv.reader(_lines(text))
        try:
            columns = _check_header(next(rows, None), self.filename)
            batch: list[DayEntry] = []
            for line, row in _numbered(rows):
                day = self._read_row(columns, row, line, problems)
                if day is not None:
                    batch.append(day)
                if len(batch) >= BATCH_DAYS:
                    yield DiaryContents(days=tuple(batch))
                    batch = []
            if batch:
                yield DiaryContents(days=tuple(batch))
        except csv.Error as exc:
            from diary_app.exporters.words import FileWords

            problems.add(rows.line_num or 1, "file", FileWords.tr("not valid CSV here ({0})").format(exc))
        except _LineTooLong:
            from diary_app.exporters.words import FileWords

            problems.add(rows.line_num + 1, "file", FileWords.tr("a line is longer than {0} million characters")
                         .format(MAX_LINE // 2**20))
        except UnicodeDecodeError:
            from diary_app.exporters.words import FileWords

            handle.seek(0)
            problems.add(first_undecodable_line(handle), "file",
                         FileWords.tr("is not UTF-8 text; save it as UTF-8 CSV"))
        problems.raise_if_any()

    def _read_row(self, columns: list[str], row: list[str], line: int, problems: ProblemLog) -> DayEntry | None:
        if not any(cell.strip() for cell in row):
            return None
        date_at = columns.index("date")  # _check_header made sure there is one
        try:  # a date seen before is a problem whatever else the row holds
            date = parse_date(row[date_at]) if date_at < len(row) else None
        except ValidationError:
            date = None
        if date is not None and MIN_DATE <= date <= self.today:  # only those: at most one per day
            first = self._seen.setdefault(date, line)
            if first != line:
                from diary_app.exporters.words import FileWords

                problems.add(line, "date", FileWords.tr("{0} appears twice (first on line {1})").format(date, first))
                return None
        try:
            return _parse_row(columns, row, self.today)
        except ValidationError as exc:
            problems.add(line, exc.field, exc.problem)
            return None


class _LineTooLong(Exception):
    pass


def _lines(text: io.TextIOBase) -> Iterator[str]:
    """The file's lines, never one longer than MAX_LINE: csv would hold it all."""
    while line := text.readline(MAX_LINE):
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            raise _LineTooLong
        yield line


def _numbered(rows) -> Iterator[tuple[int, list[str]]]:
    """Each row with the line it starts on (a quoted note may span lines)."""
    while True:
        line = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        yield line, row


def _check_header(header: list[str] | None, filename: str) -> list[str]:
    from diary_app.exporters.words import FileWords

    if not header:
        raise ImportFileError(filename, [Problem(1, "file", FileWords.tr(
            "is empty: a header row with a 'date' column is needed"))])
    if any("\x00" in cell for cell in header):  # UTF-16 without its mark reads as UTF-8 with NULs
        raise ImportFileError(filename, [Problem(1, "file",
                                                 FileWords.tr("is not a text file (it contains NUL bytes)"))])
    columns = [cell.strip().casefold() for cell in header]
    problems = []
    if "date" not in columns:
        problems.append(Problem(1, "date", FileWords.tr("the header row has no 'date' column; is this a days CSV?")))
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        shown = ", ".join(repr(c[:40]) for c in unknown[:5])
        if len(unknown) > 5:
            shown = FileWords.tr("{0} and {1} more").format(shown, len(unknown) - 5)
        problems.append(Problem(1, "header", FileWords.tr("unknown column(s) {0}; known columns: {1}")
                                .format(shown, ", ".join(COLUMNS))))
    counts = Counter(columns)  # not columns.count() per column: a hostile header has 100,000s of them
    duplicates = sorted(c for c in COLUMNS if counts[c] > 1)
    if duplicates:
        problems.append(Problem(1, "header", FileWords.tr("column(s) {0} appear more than once")
                                .format(", ".join(duplicates))))
    if problems:
        raise ImportFileError(filename, problems)
    return columns


def _parse_row(columns: list[str], row: list[str], today: dt.date) -> DayEntry:
    if len(row) > len(columns):
        from diary_app.exporters.words import FileWords

        raise ValidationError("row", FileWords.tr("has {0} cells but the header has {1} columns")
                              .format(len(row), len(columns)))
    cells = {name: restore_formula(row[i]) if i < len(row) else "" for i, name in enumerate(columns)}
    date = parse_date(cells["date"])
    migraine = parse_bool(cells.get("migraine", ""), "migraine")
    # a migraine is a headache (docs/definitions.md): migraine = yes with headache = no is a migraine day
    headache = parse_bool(cells.get("headache", ""), "headache") or migraine
    disability = cells.get("disability", "").strip().casefold() or "none"
    entry = DayEntry(
        date=date,
        headache=headache,
        migraine=migraine,
        severity=parse_int(cells.get("severity", ""), "severity", 0, 10),
        duration_hours=parse_float(cells.get("duration_hours", ""), "duration_hours", 0, 24),
        disability=disability,
        triggers=_split(cells.get("triggers", "")),
        notes=cells.get("notes", ""),  # as written: a note may begin with a tab or end with spaces
        doses=tuple(Dose(catalogue.resolve(name)) for name in _split(cells.get("acute_medications", ""))),
        **{flag: parse_bool(cells.get(flag, ""), flag) for flag in FLAG_COLUMNS},
    )
    validate_day(entry, today)
    return entry


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip())
