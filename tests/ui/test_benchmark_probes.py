"""The benchmarks' window probes still drive the window they measure (benchmarks/*_probe.py).

They run only on demand, so a change to the window can leave them measuring nothing: switching
tabs with `setCurrentWidget` silently failed once the trends tab held its view in a scroll area.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from diary_app.domain.models import DayEntry
from tests.ui.conftest import seed

ROOT = Path(__file__).resolve().parents[2]


def probe(name: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / name), *args], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_memory_probe_draws_both_trend_charts(db_path, today):
    seed(db_path, [DayEntry(today - dt.timedelta(days=n), headache=n % 3 == 0) for n in range(60)])
    lines = probe("startup_probe.py", "trends", str(db_path)).split()
    assert lines[0] == "painted" and lines[1] == "peak_rss_mb" and float(lines[2]) > 50


def test_the_window_probe_times_the_trends_it_shows(db_path, today):
    seed(db_path, [DayEntry(today - dt.timedelta(days=n), headache=n % 3 == 0) for n in range(60)])
    figures = json.loads(probe("ui_probe.py", str(db_path)).splitlines()[-1])
    assert set(figures) >= {"trends_first_draw", "trends_redraw_after_change", "calendar_month_switch",
                            "log_day_and_calendar_update"}
    assert all(seconds > 0 for seconds in figures.values())
