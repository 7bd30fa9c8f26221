"""Migraine Diary benchmarks: every figure with its target and whether it is met.

    python -m benchmarks.run [--quick] [--markdown docs/performance.md]

Run from the checkout. Start-up is measured offscreen and, when Xvfb is installed, in a real
X window; each figure is a median over several runs because machines are noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.core import TODAY, build_diary, measure, median_seconds

ROOT = Path(__file__).resolve().parents[1]
NOTES_HEADING = "## Notes"
PROBE = ROOT / "benchmarks" / "startup_probe.py"
UI_PROBE = ROOT / "benchmarks" / "ui_probe.py"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None  # the figure must be at most this
    note: str = ""

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def row(self) -> list[str]:
        shown = f"{self.value:.3g} {self.unit}".strip()
        target = "" if self.target is None else f"≤ {self.target:g} {self.unit}".strip()
        verdict = {True: "met", False: "NOT MET", None: "(for reference)"}[self.met]
        return [self.name, shown, target, verdict, self.note]


def child_env(display: str | None) -> dict[str, str]:
    env = dict(os.environ, MIGRAINE_DIARY_TODAY=TODAY.isoformat(), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("DISPLAY", None)
    else:
        env["DISPLAY"] = display
    return env


def startup_seconds(args: list[str], env: dict[str, str]) -> float:
    """Wall time from process start to the first paint of the window."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"start-up probe {args} never painted")
    proc.wait(timeout=60)
    return elapsed


def startup_figures(diary: Path, display: str | None, runs: int) -> list[Figure]:
    env = child_env(display)
    where = "Xvfb" if display else "offscreen"
    empty, app = [], []
    startup_seconds(["empty"], env)  # a first pair, not counted: files into the page cache
    startup_seconds(["app", str(diary)], env)
    for _ in range(runs):  # interleaved, so both see the same machine load
        empty.append(startup_seconds(["empty"], env))
        app.append(startup_seconds(["app", str(diary)], env))
    e, a = statistics.median(empty), statistics.median(app)
    return [
        Figure(f"start-up, empty QMainWindow ({where})", e, "s", None, f"median of {runs}"),
        Figure(f"start-up, Migraine Diary ({where})", a, "s", None, f"median of {runs}; 30-year diary"),
        Figure(f"start-up ratio, app / empty window ({where})", a / e, "x", 1.5),
    ]


def memory_figures(diary: Path) -> list[Figure]:
    env = child_env(None)

    def peak(args: list[str]) -> float:
        out = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True, env=env,
                             timeout=120).stdout
        return float(next(line.split()[1] for line in out.splitlines() if line.startswith("peak_rss_mb")))

    return [
        Figure("peak memory, empty window", peak(["empty-memory"]), "MB", None),
        Figure("peak memory, 30-year diary on the trends view", peak(["trends", str(diary)]), "MB", 250),
    ]


def window_figures(diary: Path, runs: int = 3) -> dict[str, float]:
    """Medians over `runs` windows, each in a fresh process (a first draw happens once per window)."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, str(UI_PROBE), str(diary)], capture_output=True, text=True,
                             env=child_env(None), timeout=300)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {name: statistics.median(r[name] for r in results) for name in results[0]}


def report_seconds(diary_path: Path, folder: Path) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from diary_app.exporters.transfer import export_file
    from diary_app.store import Diary

    with Diary.open(diary_path) as diary:
        return median_seconds(lambda: export_file(diary, folder / "report.pdf", today=TODAY,
                                                  first_month=(2016, 12), last_month=(2026, 11)), runs=3)


def growth_figures(by_years: dict[int, dict[str, float]], days: dict[int, int]) -> list[Figure]:
    """Whole-diary costs may grow at most linearly; per-view costs must not grow at all."""
    figures = []
    for name in ("summary", "import_csv", "export_json"):
        per_day_10 = by_years[10][name] / days[10]
        per_day_30 = by_years[30][name] / days[30]
        figures.append(Figure(f"growth of {name}: cost per day, 30 y / 10 y", per_day_30 / per_day_10, "x", 1.5,
                              "1.0 = linear"))
    for name in ("month_read", "today_read"):
        figures.append(Figure(f"growth of {name}: 30 y / 1 y", by_years[30][name] / by_years[1][name], "x", 1.5,
                              "1.0 = flat"))
    return figures


def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    if not shutil.which("Xvfb"):
        return None, None
    display = f":{90 + os.getpid() % 9}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return (proc, display) if proc.poll() is None else (None, None)


def run(quick: bool) -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="diary-bench-"))
    figures: list[Figure] = []
    years = (1, 10, 30)
    by_years = {y: measure(y, folder) for y in years}
    from diary_app.store import Diary

    days = {}
    for y in years:
        with Diary.open(build_diary(folder, y)) as diary:
            days[y] = len(diary.recorded_dates())
    for y in years:
        f = by_years[y]
        figures += [
            Figure(f"summary JSON compute, {y} y ({days[y]} days)", f["summary"], "s", 0.1 if y == 30 else None),
            Figure(f"import of its days CSV, {y} y", f["import_csv"], "s", 1.0 if y == 30 else None),
            Figure(f"export of its JSON backup, {y} y", f["export_json"], "s", 2.0 if y == 30 else None),
            Figure(f"one month's days read, {y} y", f["month_read"], "s", None),
            Figure(f"what the Today view reads, {y} y", f["today_read"], "s", None),
        ]
    figures += growth_figures(by_years, days)
    big = build_diary(folder, 30)
    figures.append(Figure("export of a 10-year PDF report (30-year diary)", report_seconds(big, folder), "s", 2.0))
    ui = window_figures(big)
    figures += [
        Figure("warm-up after the first paint (matplotlib and its fonts)", ui["matplotlib_import"], "s", None),
        Figure("trends view first draw, 30 y", ui["trends_first_draw"], "s", 0.3),
        Figure("trends redraw after a change, 30 y", ui["trends_redraw_after_change"], "s", 0.15),
        Figure("trends, all 360 months drawn, 30 y", ui["trends_all_months_draw"], "s", None),
        Figure("calendar month switch, 30 y", ui["calendar_month_switch"], "s", 0.03),
        Figure("log a day and see the calendar update, 30 y", ui["log_day_and_calendar_update"], "s", 0.05),
    ]
    runs = 3 if quick else 21
    figures += startup_figures(big, None, runs)
    xvfb, display = start_xvfb()
    try:
        if display:
            figures += startup_figures(big, display, runs)
    finally:
        if xvfb:
            xvfb.terminate()
    figures += memory_figures(big)
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def table(figures: list[Figure]) -> str:
    header = ["figure", "value", "target", "verdict", "note"]
    rows = [header, ["---"] * len(header)] + [f.row() for f in figures]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer start-up runs")
    parser.add_argument("--markdown", type=Path, help="also write the table into this Markdown file")
    args = parser.parse_args()
    figures = run(args.quick)
    text = table(figures)
    print(text)
    missed = [f.name for f in figures if f.met is False]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} figures within target" if not missed
          else f"\nNOT MET: {', '.join(missed)}")
    if args.markdown:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        old = args.markdown.read_text() if args.markdown.exists() else ""
        notes = old[old.index(NOTES_HEADING):] if NOTES_HEADING in old else ""  # kept across runs
        args.markdown.write_text(
            "# Performance\n\nMeasured with `python -m benchmarks.run --markdown docs/performance.md` on "
            f"{stamp} (2 cores, {sys.platform}, Python {sys.version.split()[0]}).\n\n{text}\n\n{notes}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
