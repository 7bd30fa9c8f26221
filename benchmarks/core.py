"""Benchmarks of the parts without a window: summary, import, export, month reads."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.large_diary import large_contents
from diary_app.domain.gaps import RECENT_DAYS
from diary_app.exporters import days_csv
from diary_app.exporters.transfer import export_file, import_file
from diary_app.store import Diary
from diary_app.store.summary import diary_summary

TODAY = dt.date(2026, 11, 26)


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    """Median wall time of `runs` calls (after one warm-up call)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_diary(folder: Path, years: int) -> Path:
    path = folder / f"diary-{years}y.sqlite3"
    if not path.exists():
        with Diary.open(path) as diary:
            diary.import_contents(large_contents(years, TODAY))
    return path


def today_view_reads(diary: Diary) -> None:
    """What the window reads to show the Today view: the day, the trigger and medication lists
    it offers, and the recent days the catch-up banner checks."""
    diary.get_day(TODAY - dt.timedelta(days=1))
    diary.triggers()
    diary.medications()
    diary.date_span()
    diary.recorded_dates(TODAY - dt.timedelta(days=RECENT_DAYS), TODAY)


def measure(years: int, folder: Path) -> dict[str, float]:
    """Seconds for each core operation on a generated diary of `years` years."""
    path = build_diary(folder, years)
    figures: dict[str, float] = {}
    with Diary.open(path) as diary:
        figures["summary"] = median_seconds(lambda: diary_summary(diary, today=TODAY))
        month_start = dt.date(2026, 10, 1)
        figures["month_read"] = median_seconds(lambda: diary.days(month_start, dt.date(2026, 10, 31)), runs=21)
        figures["today_read"] = median_seconds(lambda: today_view_reads(diary), runs=21)
        csv_path = folder / f"days-{years}y.csv"
        buffer = io.StringIO(newline="")
        days_csv.write_days_csv(buffer, diary.days())
        csv_path.write_text(buffer.getvalue(), newline="")
        json_out = folder / f"all-{years}y.json"
        figures["export_json"] = median_seconds(lambda: export_file(diary, json_out, today=TODAY), runs=3)
    target_dir = Path(tempfile.mkdtemp(dir=folder))

    def import_into_fresh() -> None:
        fresh = Path(tempfile.mktemp(suffix=".sqlite3", dir=target_dir))
        with Diary.open(fresh) as empty:
            import_file(empty, csv_path, TODAY)

    figures["import_csv"] = median_seconds(import_into_fresh, runs=3)
    return figures
