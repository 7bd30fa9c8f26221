"""The window and the command line saving into one diary at once, with SIGKILLs: nothing lost.

Each round starts the real window (offscreen, `window_writer.py`) saving day after day through its
form, while command-line processes run `log` (new days), `summary`, `export` and `backup` against
the same file, and some of them are killed in the middle. While both run, the window's process
must never hold a deleted `-wal` or `-shm` (the sign that a command deleted the WAL the window
writes into). Then the window is SIGKILLed and the next round starts on the same file. At the end
every acknowledged save, from either side, is in the file, whole, and PRAGMA integrity_check is ok.

The default run has 3 rounds; benchmarks/crash_kills.py sets MIGRAINE_DIARY_WINDOW_ROUNDS for the
full campaign.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.reliability.conftest import ROOT, deleted_diary_files, integrity, query
from tests.reliability.figures import record

ROUNDS = int(os.environ.get("MIGRAINE_DIARY_WINDOW_ROUNDS", "3"))
SEED = int(os.environ.get("MIGRAINE_DIARY_SEED", random.randrange(2**32)))
WINDOW_FIRST = dt.date(2001, 1, 1)
CLI_FIRST = dt.date(1990, 1, 1)


class CommandLine(threading.Thread):
    """Runs commands on the diary one after another until stopped; collects acknowledged `log`s."""

    def __init__(self, path: Path, rng: random.Random, next_date: dt.date):
        super().__init__(daemon=True)
        self.path, self.rng, self.next_date = path, rng, next_date
        self.acked: list[dt.date] = []
        self.killed = 0
        self.failures: list[str] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            date = self.next_date
            kind = self.rng.choice(["log", "log", "log", "summary", "export", "backup"])
            args = {"log": ["log", date.isoformat(), "--migraine", "--note", f"cli {date}"],
                    "summary": ["summary", "--json"], "export": ["export", str(self.path.with_name("cli.csv"))],
                    "backup": ["backup"]}[kind]
            command = subprocess.Popen([sys.executable, "-m", "diary_app", "--db", str(self.path), *args], cwd=ROOT,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
            kill_after = self.rng.uniform(0.05, 0.4) if self.rng.random() < 0.2 else None
            try:
                out, err = command.communicate(timeout=kill_after or 60)
            except subprocess.TimeoutExpired:
                command.send_signal(signal.SIGKILL)
                command.communicate()
                self.killed += 1
                if kind == "log":
                    self.next_date += dt.timedelta(days=1)  # may or may not be saved: never acknowledged
                continue
            if command.returncode != 0:
                self.failures.append(f"{args}: {err.strip()}")
            elif kind == "log":
                self.acked.append(date)
            if kind == "log":
                self.next_date += dt.timedelta(days=1)


def _round(path: Path, today: dt.date, window_first: dt.date, cli: CommandLine, rng: random.Random):
    window = subprocess.Popen([sys.executable, "-m", "tests.reliability.window_writer", str(path),
                               window_first.isoformat(), today.isoformat()], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    deleted: list[str] = []
    try:
        assert window.stdout.readline().strip() == "open", window.stderr.read()
        cli.start()
        ends = time.monotonic() + rng.uniform(1.0, 2.5)
        while time.monotonic() < ends:
            deleted += deleted_diary_files(path, window.pid)
            time.sleep(0.05)
        window.send_signal(signal.SIGKILL)
        out, err = window.communicate(timeout=30)
    finally:
        cli.stopping.set()
        cli.join(timeout=90)
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == -signal.SIGKILL, err
    assert "MESSAGE" not in err, err  # no save was refused, no backup or export failed
    assert deleted == [], deleted
    return [dt.date.fromisoformat(line) for line in out.split()]


def test_the_window_and_command_line_writers_lose_nothing_through_kills(tmp_path, today):
    path = tmp_path / "diary.sqlite3"
    rng = random.Random(SEED)
    window_acked: list[dt.date] = []
    cli_acked: list[dt.date] = []
    next_window, next_cli, cli_kills = WINDOW_FIRST, CLI_FIRST, 0
    for _ in range(ROUNDS):
        cli = CommandLine(path, rng, next_cli)
        acked = _round(path, today, next_window, cli, rng)
        assert cli.failures == [], f"seed {SEED}: {cli.failures}"
        window_acked += acked
        cli_acked += cli.acked
        cli_kills += cli.killed
        next_window = (acked[-1] if acked else next_window) + dt.timedelta(days=2)  # past a save the kill may have cut
        next_cli = cli.next_date
    assert window_acked and cli_acked, "both sides must have saved"

    assert integrity(path) == "ok"
    stored = {date: (migraine, notes) for date, migraine, notes in query(path, "SELECT date, migraine, notes FROM days")}
    lost = [d for d in window_acked if stored.get(d.isoformat()) != (1, f"window {d}")]
    lost += [d for d in cli_acked if stored.get(d.isoformat()) != (1, f"cli {d}")]
    assert lost == [], f"seed {SEED}: acknowledged saves lost or changed: {lost[:10]}"
    record("window_cli", rounds=ROUNDS, window_kills=ROUNDS, cli_kills=cli_kills,
           window_saves=len(window_acked), cli_saves=len(cli_acked))
