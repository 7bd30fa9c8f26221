"""The monthly summary CSV (`export FILE.csv --monthly`): one row per month, the month fields
of `summary --json` as columns, so a spreadsheet gets exactly the numbers the report shows.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable

from diary_app.domain.models import DRUG_CLASSES
from diary_app.exporters.safe_files import neutralise_formula
from diary_app.store import Diary
from diary_app.store.summary import diary_summary

LIST_SEPARATOR = ";"
FIRST_COLUMNS = (
    "month", "days_in_month", "recorded_days", "unrecorded_days", "headache_days", "migraine_days",
    "acute_medication_days", "classification", "medication_overuse",
)
CLASS_COLUMNS = tuple(f"{name}_days" for name in DRUG_CLASSES)
COLUMNS = FIRST_COLUMNS + CLASS_COLUMNS + ("overuse_reasons",)


def summary_for(
    diary: Diary, today: dt.date, first_month: tuple[int, int] | None, last_month: tuple[int, int] | None
) -> dict:
    """The summary the CSV is written from: `summary --json` for the same months."""
    return diary_summary(diary, today=today, first_month=first_month, last_month=last_month)


def write_monthly_csv(handle, months: Iterable[dict]) -> None:
    """Header and one row per summary month; yes/no for flags, every cell formula-safe."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for month in months:
        writer.writerow([neutralise_formula(cell) for cell in month_cells(month)])


def month_cells(month: dict) -> list[str]:
    class_days = month.get("class_days", {})
    return [
        *(_text(month[name]) for name in FIRST_COLUMNS),
        *(str(class_days.get(name, 0)) for name in DRUG_CLASSES),
        LIST_SEPARATOR.join(month.get("overuse_reasons", [])),
    ]


def _text(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)
