"""Import and export by file suffix: the one path both the command line and the window use."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from diary_app.domain.errors import DiaryError
from diary_app.domain.models import DayEntry, DiaryContents
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


def month_bounds(first: tuple[int, int] | None, last: tuple[int, int] | None) -> tuple[dt.date | None, dt.date | None]:
    """(year, month) limits as the first day of the first month and the last day of the last."""
    start = dt.date(first[0], first[1], 1) if first else None
    end = dt.date(last[0], last[1], calendar.monthrange(last[0], last[1])[1]) if last else None
    if start and end and start > end:
        raise DiaryError(f"--from {start:%Y-%m} is after --to {end:%Y-%m}")
    return start, end


def read_import(path: Path, today: dt.date) -> DiaryContents:
    """Parse an import file completely; raises ImportFileError and touches no diary."""
    suffix = path.suffix.casefold()
    if suffix not in IMPORT_SUFFIXES:
        raise DiaryError(f"{path}: cannot import '{suffix or 'no suffix'}' files; use .csv (days) or .json (backup)")
    if held.is_held(path):  # reading it here would drop SQLite's locks on it (store/held.py)
        raise DiaryError(f"{path}: is an open diary, not a file to import; nothing was imported")
    try:
        with open(path, "rb") as handle:
            data = handle.read(days_csv.MAX_BYTES + 1)  # never more: a huge file is refused, not loaded
    except OSError as exc:
        raise DiaryError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) > days_csv.MAX_BYTES:
        raise DiaryError(f"{path}: is larger than {days_csv.MAX_BYTES // 2**20} MB; nothing was imported")
    if suffix == ".csv":
        return DiaryContents(days=tuple(days_csv.read_days_csv(data, str(path), today)))
    return backup_json.read_backup(data, str(path), today)


def import_file(diary: Diary, path: Path, today: dt.date) -> ImportResult:
    """All or nothing: parse everything first, then write it in one transaction."""
    return apply_import(diary, read_import(Path(path), today))


def apply_import(diary: Diary, contents: DiaryContents) -> ImportResult:
    """Write parsed contents in one transaction. The file's days replace recorded days of the
    same date; a CSV row naming the same medications as the stored day keeps the stored doses'
    amounts, units, relief and notes, which the days CSV does not carry."""
    with diary.transaction():
        stored = {day.date: day for day in diary.days(*_span(contents.days))} if contents.days else {}
        days = tuple(_keep_dose_details(day, stored.get(day.date)) for day in contents.days)
        diary.import_contents(dataclasses.replace(contents, days=days))
    replaced = sum(1 for day in contents.days if day.date in stored)
    return ImportResult(len(days), len(contents.infusions), unknown_medications(days), replaced)


def _span(days: tuple[DayEntry, ...]) -> tuple[dt.date, dt.date]:
    dates = [day.date for day in days]
    return min(dates), max(dates)


def _keep_dose_details(new: DayEntry, old: DayEntry | None) -> DayEntry:
    if old is None or any(d.amount is not None or d.unit or d.relief is not None or d.note for d in new.doses):
        return new  # a JSON backup carries the details itself
    if [d.medication.name for d in new.doses] != [d.medication.name for d in old.doses]:
        return new
    return dataclasses.replace(new, doses=old.doses)


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
        raise DiaryError(f"{path}: cannot export '{suffix or 'no suffix'}' files; use .csv, .json, .pdf or .ics")
    if monthly and suffix != ".csv":
        raise DiaryError("--monthly goes with a .csv file")
    try:
        _export(diary, path, suffix, today, first_month, last_month, first, last, monthly)
    except OSError as exc:
        raise DiaryError(f"{path}: cannot be written ({exc.strerror}); nothing was exported") from None


def _export(diary, path, suffix, today, first_month, last_month, first, last, monthly) -> None:
    if suffix == ".csv" and monthly:
        from diary_app.exporters import monthly_csv

        summary = monthly_csv.summary_for(diary, today, first_month, last_month)
        write_private(path, lambda h: monthly_csv.write_monthly_csv(h, summary["months"]))
    elif suffix == ".csv":
        days = diary.days(first, last)
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
