"""`migraine-diary export report.pdf` from a shell with no display, against `summary --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from diary_app.store import Diary
from tests.report.conftest import PATIENT, TODAY, fill_known_diary, month_rows, needs_poppler, pdf_pages_text


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["MIGRAINE_DIARY_TODAY"] = TODAY.isoformat()
    return subprocess.run([sys.executable, "-m", "diary_app", *args], capture_output=True, text=True, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)


@needs_poppler
def test_the_command_line_report_matches_summary_json(tmp_path):
    db = tmp_path / "diary.sqlite3"
    with Diary.open(db) as diary:
        fill_known_diary(diary)
    exported = run("--db", str(db), "export", str(tmp_path / "report.pdf"), "--from", "2026-06", "--to", "2026-10")
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr == ""
    summary = json.loads(run("--db", str(db), "summary", "--json", "--from", "2026-06", "--to", "2026-10").stdout)
    pages = pdf_pages_text(tmp_path / "report.pdf")
    rows = month_rows("\n".join(pages))
    assert list(rows) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    for month in summary["months"]:
        row = rows[month["month"]]
        assert (row["recorded_days"], row["headache_days"], row["migraine_days"], row["acute_medication_days"],
                row["classification"], row["medication_overuse"]) == (
            month["recorded_days"], month["headache_days"], month["migraine_days"], month["acute_medication_days"],
            month["classification"], month["medication_overuse"])
    (infusion,) = summary["infusions"]
    assert f"{infusion['baseline_mmd']:.2f}" in pages[0] + pages[-1]
    assert f"{infusion['percent_reduction']:.2f}%" in "\n".join(pages)
    assert PATIENT in pages[0] and "1 Jun 2026 – 31 Oct 2026" in pages[0]


def test_importing_the_exporters_loads_neither_qt_nor_matplotlib():
    code = ("import sys, diary_app.exporters.report_pdf, diary_app.exporters.monthly_csv, diary_app.exporters.transfer; "
            "print([m for m in ('PySide6', 'matplotlib') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
