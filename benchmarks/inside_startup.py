"""The in-process start-up probe on the two diaries the outside measurement uses (issue 16).

    python -m benchmarks.inside_startup [--runs 15] [--display :N]

`startup_probe.py` stops its clock when the window's first Paint event has been handled; this
runs it on a copy of the 18-month sample diary and on a new diary (no file yet), in turns with
the empty QMainWindow, offscreen (or on the X display given), after one uncounted round.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.run import child_env, startup_seconds


def measure(runs: int, display: str | None) -> dict[str, list[float]]:
    env = child_env(display)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode: none compiled at start
    times: dict[str, list[float]] = {"empty QMainWindow": [], "sample diary": [], "new diary": []}
    with tempfile.TemporaryDirectory(prefix="diary-inside-") as tmp:
        sample = Path(tmp) / "sample.sqlite3"
        subprocess.run([sys.executable, "-m", "diary_app", "--db", str(sample), "demo", "--no-open"],
                       check=True, capture_output=True, env=env)
        for round_ in range(runs + 1):
            copy, new = Path(tmp) / f"{round_}-sample.sqlite3", Path(tmp) / f"{round_}-new" / "diary.sqlite3"
            shutil.copy(sample, copy)
            new.parent.mkdir()
            for kind, args in (("empty QMainWindow", ["empty"]), ("sample diary", ["app", str(copy)]),
                               ("new diary", ["app", str(new)])):
                seconds = startup_seconds(args, env)
                if round_:
                    times[kind].append(seconds)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--display", help="an X display (default: offscreen)")
    args = parser.parse_args(argv)
    before = os.getloadavg()
    times = measure(args.runs, args.display)
    after = os.getloadavg()
    base = statistics.median(times["empty QMainWindow"])
    for kind, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{kind}: {median:.3f} s, {median / base:.2f}x (fastest {min(seconds):.3f}, slowest {max(seconds):.3f})")
    print(f"{args.runs} runs each, {'offscreen' if not args.display else 'display ' + args.display}; load average "
          f"before {before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
