"""Import and export by file suffix: the one path both the command line and the window use."""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from diary_app.domain.errors import DiaryError
from diary_app.domain.models import DayEntry, DiaryContents
from diary_app.domain.record import replace
from diary_app.exporters import backup_json, days_csv
from diary_app.exporters.safe_files import write_private
from diary_app.store import Diary, held

IMPORT_SUFFIXES = (".csv", ".json")
EXPORT_SUFFIXES = (".csv", ".json", ".pdf", ".ics")


@dataclass(frozen=True)
class ImportResult:
    days: int
    infusions: int
    unknown_medications: tuple[str, ...]
    replaced_days: int = 0  # days that were recorded before and now hold the file's version
    courses: int = 0
    injections: int = 0

    @property
    def treatments(self) -> str:
        """"2 infusion(s)", with courses and injections named only when the file had some; in the
        interface's language (exporters/words.py)."""
        from diary_app.exporters.words import FileWords

        parts = [FileWords.tr("%n infusion(s)", "", self.infusions)]
        if self.courses:
            parts.append(FileWords.tr("%n course(s)", "", self.courses))
        if self.injections:
            parts.append(FileWords.tr("%n injection(s)", "", self.injections))
        return ", ".join(parts)


def month_bounds(first: tuple[int, int] | None, last: tuple[int, int] | None) -> tuple[dt.date | None, dt.date | None]:
    """(year, month) limits as the first day of the first month and the last day of the last."""
    start = dt.date(first[0], first[1], 1) if first else None
    end = dt.date(last[0], last[1], calendar.monthrange(last[0], last[1])[1]) if last else None
    if start and end and start > end:
        raise DiaryError(f"--from {start:%Y-%m} is after --to {end:%Y-%m}")
    return start, end


@dataclass(frozen=True)
class CheckedImport:
    """A file read through once and found good: what `apply_import` reads again to write."""

    path: Path
    today: dt.date
    medications: dict = dataclasses.field(default_factory=dict)  # a backup's own list, by casefold name
    days: int = 0
    infusions: int = 0


def _reader(path: Path, today: dt.date, medications: dict | None = None):
    suffix = path.suffix.casefold()
    if suffix not in IMPORT_SUFFIXES:
        from diary_app.exporters.words import FileWords

        raise DiaryError(FileWords.tr("{0}: cannot import '{1}' files; use .csv (days) or .json (backup)")
                         .format(path, suffix or FileWords.tr("no suffix")))
    if suffix == ".csv":
        return days_csv.DaysCsvReader(str(path), today)
    return backup_json.BackupReader(str(path), today, medications)


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    from diary_app.exporters.words import FileWords

    if held.is_held(path):  # reading it here would drop SQLite's locks on it (store/held.py)
        raise DiaryError(FileWords.tr("{0}: is an open diary, not a file to import; nothing was imported").format(path))
    try:
        with open(path, "rb") as handle:
            yield handle
    except OSError as exc:
        raise DiaryError(FileWords.tr("{0}: cannot be read ({1}); nothing was imported")
                         .format(path, exc.strerror)) from None


def check_import(path: Path, today: dt.date) -> CheckedImport:
    """Read an import file through, holding one part of it at a time; raises ImportFileError
    listing its problems and touches no diary."""
    path = Path(path)
    reader = _reader(path, today)
    days = infusions = 0
    with _opened(path) as handle:
        for part in reader.parts(handle):
            days += len(part.days)
            infusions += len(part.infusions)
    return CheckedImport(path, today, reader.medications, days, infusions)


def read_import(path: Path, today: dt.date) -> DiaryContents:
    """An import file's whole contents in memory (for files known to be small)."""
    checked = check_import(path, today)
    with _opened(checked.path) as handle:
        return backup_json.gather(_reader(checked.path, today, checked.medications).parts(handle))


def import_file(diary: Diary, path: Path, today: dt.date) -> ImportResult:
    """All or nothing: read the file through first, then write it in one transaction."""
    return apply_import(diary, check_import(Path(path), today))


def apply_import(diary: Diary, checked: CheckedImport) -> ImportResult:
    """Read the checked file again and write it part by part in one transaction (rolled back
    if the file went bad meanwhile). The file's days replace recorded days of the same date;
    a CSV row naming the same medications as the stored day keeps the stored doses' amounts,
    units, relief and notes, which the days CSV does not carry."""
    days = infusions = replaced = courses = injections = 0
    unknown: set[str] = set()
    reader = _reader(checked.path, checked.today, checked.medications)
    with _opened(checked.path) as handle, diary.transaction():
        for part in reader.parts(handle):
            stored = _stored_days(diary, part.days)
            part_days = tuple(_keep_dose_details(day, stored.get(day.date)) for day in part.days)
            diary.import_contents(replace(part, days=part_days))
            days += len(part_days)
            infusions += len(part.infusions)
            courses += len(part.courses)
            injections += len(part.injections)
            replaced += sum(1 for day in part_days if day.date in stored)
            unknown.update(unknown_medications(part_days))
    return ImportResult(days, infusions, tuple(sorted(unknown)), replaced, courses, injections)


def _stored_days(diary: Diary, days: tuple[DayEntry, ...]) -> dict[dt.date, DayEntry]:
    """The recorded days among `days`' dates: one query for a run of dates, else one each."""
    if not days:
        return {}
    first, last = _span(days)
    if (last - first).days <= 4 * len(days):
        return {day.date: day for day in diary.days(first, last)}
    found = (diary.get_day(day.date) for day in days)
    return {day.date: day for day in found if day is not None}


def _span(days: tuple[DayEntry, ...]) -> tuple[dt.date, dt.date]:
    dates = [day.date for day in days]
    return min(dates), max(dates)


def _keep_dose_details(new: DayEntry, old: DayEntry | None) -> DayEntry:
    if old is None or any(d.amount is not None or d.unit or d.relief is not None or d.note for d in new.doses):
        return new  # a JSON backup carries the details itself
    if [d.medication.name for d in new.doses] != [d.medication.name for d in old.doses]:
        return new
    return replace(new, doses=old.doses)


def unknown_medications(days: tuple[DayEntry, ...]) -> tuple[str, ...]:
    return tuple(sorted({d.medication.name for day in days for d in day.doses if not d.medication.known}))


def export_file(
    diary: Diary,
    path: Path,
    *,
    today: dt.date,
    first_month: tuple[int, int] | None = None,
    last_month: tuple[int, int] | None = None,
    monthly: bool = False,
) -> None:
    """Write the diary (or the months asked for) to `path` in the format its suffix names."""
    path = Path(path)
    suffix = path.suffix.casefold()
    first, last = month_bounds(first_month, last_month)
    if suffix not in EXPORT_SUFFIXES:
        from diary_app.exporters.words import FileWords

        raise DiaryError(FileWords.tr("{0}: cannot export '{1}' files; use .csv, .json, .pdf or .ics")
                         .format(path, suffix or FileWords.tr("no suffix")))
    if monthly and suffix != ".csv":
        raise DiaryError("--monthly goes with a .csv file")
    try:
        _export(diary, path, suffix, today, first_month, last_month, first, last, monthly)
    except OSError as exc:
        from diary_app.exporters.words import FileWords

        raise DiaryError(FileWords.tr("{0}: cannot be written ({1}); nothing was exported")
                         .format(path, exc.strerror)) from None


def _export(diary, path, suffix, today, first_month, last_month, first, last, monthly) -> None:
    if suffix == ".csv" and monthly:
        from diary_app.exporters import monthly_csv

        summary = monthly_csv.summary_for(diary, today, first_month, last_month)
        write_private(path, lambda h: monthly_csv.write_monthly_csv(h, summary["months"]))
    elif suffix == ".csv":
        days = diary.day_records(first, last)  # a day an attack covers is a recorded day too
        write_private(path, lambda h: days_csv.write_days_csv(h, days))
    elif suffix == ".json":
        contents = diary.contents(first, last)
        write_private(path, lambda h: backup_json.write_backup(h, contents))
    elif suffix == ".pdf":
        from diary_app.exporters import report_pdf

        report_pdf.export_report(diary, path, today=today, first_month=first_month, last_month=last_month)
    else:
        from diary_app.exporters import ics

        ics.export_ics(diary, path, today=today)
