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


# The windows the benchmarks open keep their settings (recent diaries, geometry) here, not in
# the settings of the person running them.
SETTINGS_HOME = Path(tempfile.mkdtemp(prefix="diary-bench-settings-"))


def child_env(display: str | None) -> dict[str, str]:
    env = dict(os.environ, MIGRAINE_DIARY_TODAY=TODAY.isoformat(), PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(SETTINGS_HOME / "config"), XDG_DATA_HOME=str(SETTINGS_HOME / "data"),
               XDG_CACHE_HOME=str(SETTINGS_HOME / "cache"))  # kept from run to run, as a person's is
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


def startup_figures(diaries: dict[int, Path], display: str | None, runs: int) -> tuple[list[Figure], dict[int, float]]:
    """The empty window and the app on each diary, interleaved so all see the same machine load."""
    env = child_env(display)
    where = "Xvfb" if display else "offscreen"
    for args in (["empty"], *(["app", str(path)] for path in diaries.values())):
        startup_seconds(args, env)  # a first round, not counted: files into the page cache
    empty, app = [], {y: [] for y in diaries}
    for _ in range(runs):
        empty.append(startup_seconds(["empty"], env))
        for y, path in diaries.items():
            app[y].append(startup_seconds(["app", str(path)], env))
    e = statistics.median(empty)
    seconds = {y: statistics.median(times) for y, times in app.items()}
    figures = [Figure(f"start-up, empty QMainWindow ({where})", e, "s", None, f"median of {runs}")]
    for y, a in seconds.items():
        figures += [
            Figure(f"start-up, Migraine Diary ({where}), {y} y", a, "s", None, f"median of {runs}"),
            Figure(f"start-up ratio, app / empty window ({where}), {y} y", a / e, "x", 1.5),
        ]
    return figures, seconds


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
    """The doctor report of the last ten years (of the whole diary, when shorter)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from diary_app.exporters.transfer import export_file
    from diary_app.store import Diary

    with Diary.open(diary_path) as diary:
        return median_seconds(lambda: export_file(diary, folder / "report.pdf", today=TODAY,
                                                  first_month=(2016, 12), last_month=(2026, 11)), runs=3)


# Whole-diary costs may grow at most linearly with the days; per-view costs must not grow at all.
LINEAR = ("summary", "import_csv", "export_json", "report_pdf", "trends_first_draw", "trends_redraw_after_change")
FLAT = ("month_read", "today_read", "calendar_month_switch", "log_day_and_calendar_update", "start_up")


def growth_figures(by_years: dict[int, dict[str, float]], days: dict[int, int]) -> list[Figure]:
    figures = []
    for name in LINEAR:
        per_day_10 = by_years[10][name] / days[10]
        per_day_30 = by_years[30][name] / days[30]
        figures.append(Figure(f"growth of {name}: cost per day, 30 y / 10 y", per_day_30 / per_day_10, "x", 1.5,
                              "1.0 = linear"))
    for name in FLAT:
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


# (what, label, target at 30 years): each measured at 1, 10 and 30 years
SIZED = (
    ("summary", "summary JSON compute", 0.1),
    ("import_csv", "import of its days CSV", 1.0),
    ("export_json", "export of its JSON backup", 2.0),
    ("report_pdf", "export of its doctor report, last 10 years, PDF", 2.0),
    ("month_read", "one month's days read", None),
    ("today_read", "what the Today view reads", None),
    ("trends_first_draw", "trends view first draw", 0.3),
    ("trends_redraw_after_change", "trends redraw after a change", 0.15),
    ("trends_all_months_draw", "trends, every month drawn", None),
    ("calendar_month_switch", "calendar month switch", 0.03),
    ("log_day_and_calendar_update", "log a day and see the calendar update", 0.05),
    ("matplotlib_import", "warm-up after the first paint (matplotlib and its fonts)", None),
)


def run(quick: bool) -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="diary-bench-"))
    years = (1, 10, 30)
    by_years = {y: measure(y, folder) for y in years}
    from diary_app.store import Diary

    diaries = {y: build_diary(folder, y) for y in years}
    days = {}
    for y, path in diaries.items():
        with Diary.open(path) as diary:
            days[y] = len(diary.recorded_dates())
        by_years[y]["report_pdf"] = report_seconds(path, folder)
        by_years[y].update(window_figures(path))
    figures: list[Figure] = []
    for key, label, target in SIZED:
        figures += [Figure(f"{label}, {y} y" + (f" ({days[y]} days)" if key == "summary" else ""),
                           by_years[y][key], "s", target if y == 30 else None) for y in years]
    runs = 3 if quick else 21
    startup, by_years_startup = startup_figures(diaries, None, runs)
    for y in years:
        by_years[y]["start_up"] = by_years_startup[y]
    figures += startup
    xvfb, display = start_xvfb()
    try:
        if display:
            figures += startup_figures(diaries, display, runs)[0]
    finally:
        if xvfb:
            xvfb.terminate()
    figures += growth_figures(by_years, days)
    figures += memory_figures(diaries[30])
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(SETTINGS_HOME, ignore_errors=True)
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
