"""The full "Nothing lost" campaign: 200+ SIGKILLs of a saving writer and thousands of hostile imports.

    python benchmarks/crash_kills.py [--kills N] [--window-rounds R] [--restore-kills K] [--seed S]

Runs the reliability tests (tests/reliability) with the full counts: MIGRAINE_DIARY_KILLS=N for
test_crash_safety.py, MIGRAINE_DIARY_WINDOW_ROUNDS=R for test_window_cli_campaign.py (the real
window and command-line processes saving into one diary, the window killed each round) and
MIGRAINE_DIARY_FUZZ=full (2,000 examples per property) for
test_hostile_input.py, MIGRAINE_DIARY_RESTORE_KILLS=K for test_restore_races.py (K kills during
`restore` and K during the first open after one, and saves racing restores), collects the figures the tests report, and prints them for
docs/reliability.md. Exits with pytest's status: non-zero if anything was lost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs of the writer (default 200)")
    parser.add_argument("--seed", type=int, default=random.randrange(2**32), help="seed for the kill moments")
    parser.add_argument("--window-rounds", type=int, default=30,
                        help="rounds of the window and the command line saving together, each ending in a kill (default 30)")
    parser.add_argument("--restore-kills", type=int, default=150,
                        help="kills during restore, and as many during the first open after one (default 150)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        figures_file = Path(folder) / "figures.jsonl"
        env = dict(os.environ, MIGRAINE_DIARY_KILLS=str(args.kills), MIGRAINE_DIARY_SEED=str(args.seed),
                   MIGRAINE_DIARY_FUZZ="full", MIGRAINE_DIARY_FIGURES=str(figures_file),
                   MIGRAINE_DIARY_WINDOW_ROUNDS=str(args.window_rounds),
                   MIGRAINE_DIARY_RESTORE_KILLS=str(args.restore_kills))
        command = [sys.executable, "-m", "pytest", "tests/reliability", "-q", "-p", "no:cacheprovider"]
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - started
        totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        if figures_file.exists():
            for line in figures_file.read_text().splitlines():
                record = json.loads(line)
                for key, value in record.items():
                    if key != "name":
                        totals[record["name"]][key] += value

    summary_line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "(no output)"
    crash, fuzz = totals.get("crash", {}), totals.get("fuzz", {})
    print(f"Run on {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}: python benchmarks/crash_kills.py "
          f"--kills {args.kills} --seed {args.seed}")
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.system()} "
          f"{platform.machine()}, {os.cpu_count()} CPUs; {elapsed:.0f} s")
    print(f"pytest: {summary_line}")
    print(f"Crash safety: {crash.get('kills', 0)} SIGKILLs survived ({crash.get('kills_while_opening', 0)} while the "
          f"diary was being opened or created); {crash.get('acked_saves', 0)} acknowledged saves, every one found "
          f"whole; {crash.get('days_checked', 0)} day records checked after the kills")
    both = totals.get("window_cli", {})
    print(f"Window and command line together: {both.get('window_kills', 0)} SIGKILLs of the window while command-line "
          f"processes saved ({both.get('cli_kills', 0)} of those killed too); {both.get('window_saves', 0)} window saves "
          f"and {both.get('cli_saves', 0)} command-line saves acknowledged, every one found whole; no deleted -wal")
    kills, race = totals.get("restore_kills", {}), totals.get("restore_race", {})
    print(f"Restore: {kills.get('restore_kills', 0)} SIGKILLs during restore ({kills.get('restored_when_killed', 0)} after "
          f"its copy was in) and {kills.get('first_open_kills', 0)} during the first open after one: every time the "
          f"diary was whole, either as before or as the backup; {kills.get('damaged_verdicts', 0)} false 'damaged' "
          f"verdicts, no leftover copies after the next open. Saves racing restores: {race.get('acked_saves', 0)} "
          f"acknowledged during {race.get('restores', 0)} restores ({race.get('restores_refused', 0)} refused as busy), "
          f"every one kept")
    print(f"Hostile input: {fuzz.get('cases', 0)} cases tried: {fuzz.get('imported', 0)} read or imported cleanly, "
          f"{fuzz.get('refused', 0)} refused with a clear error")
    if result.returncode != 0:
        print("\nSOMETHING FAILED (a lost save, a traceback or a changed diary):\n"
              + result.stdout[-6000:] + result.stderr[-2000:])
    else:
        print("Nothing lost: no acknowledged save missing, no traceback, no failed import changed a diary.")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
