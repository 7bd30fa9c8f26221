"""A writer killed with SIGKILL at random moments loses nothing it had acknowledged.

Each round starts `crash_writer.py` in a subprocess, lets it save days for a random moment
(sometimes before the diary is even open), kills it, then checks what a person would: the file
passes PRAGMA integrity_check, opens, holds every day whose save had returned, and every day it
holds is whole (a save is all or nothing). The default run kills 20 times; set
MIGRAINE_DIARY_KILLS=200 (benchmarks/crash_kills.py does) for the full campaign.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sqlite3
import sys
from pathlib import Path

import pytest

from diary_app.domain.errors import DiaryError
from diary_app.store import Diary, schema, steps
from diary_app.store.backups import KEEP_DAILY, backup_folder, list_backups
from tests.reliability.conftest import ROOT, integrity, query
from tests.reliability.crash_writer import entry_for
from tests.reliability.figures import record

KILLS = int(os.environ.get("MIGRAINE_DIARY_KILLS", "20"))
SEED = int(os.environ.get("MIGRAINE_DIARY_SEED", random.randrange(2**32)))
MAX_DELAY = 0.12  # seconds after the writer is ready: opening takes ~0.02, then hundreds of saves
FRESH_EVERY = 4  # every 4th round starts a new diary and is killed early, while it is created
CREATION_DELAY = 0.015  # creating one takes ~0.015 s after `ready`; its riskiest part ~0.002 s
FIRST = dt.date(1900, 1, 1)


def _kill_one_writer(path: Path, first: dt.date, mode: str, today: dt.date, delay: float) -> tuple[bool, list[dt.date]]:
    """Run the writer, SIGKILL it after `delay` seconds; return whether it had opened the diary
    and the dates it acknowledged."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_writer", str(path), first.isoformat(), mode, today.isoformat()],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        try:
            writer.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL, f"the writer stopped by itself:\n{err}"
    lines = out.split()
    return "open" in lines, [dt.date.fromisoformat(line) for line in lines if line != "open"]


def _check_diary(path: Path, acknowledged: set[dt.date]) -> int:
    """Everything acknowledged is there and whole; returns how many days the file holds."""
    assert integrity(path) == "ok"
    if not acknowledged and not path.exists():
        return 0
    with Diary.open(path) as diary:  # opens: not refused as damaged or foreign after the kill
        days = {day.date: day for day in diary.days()}
    missing = sorted(acknowledged - days.keys())
    assert not missing, f"{len(missing)} acknowledged save(s) lost, first {missing[0]}"
    torn = [date for date, day in days.items() if day != entry_for(date)]
    assert not torn, f"half-saved day(s): {torn[:3]}"
    return len(days)


def _check_backups(path: Path) -> None:
    """A kill during the daily backup leaves at most a .partial file, never a bad backup."""
    folder = backup_folder(path)
    made = sorted(folder.glob("*.sqlite3")) if folder.exists() else []
    for backup in made:
        assert integrity(backup) == "ok", backup
        assert query(backup, "PRAGMA journal_mode") == [("delete",)]
    assert len(list_backups(path, "daily")) <= KEEP_DAILY + 1  # the 15th goes once the new one is whole


def test_killed_writers_lose_no_acknowledged_save(tmp_path):
    rng = random.Random(SEED)
    acknowledged: set[dt.date] = set()
    path = tmp_path / "diary-0.sqlite3"
    next_date, total_acked, checked_days, before_open = FIRST, 0, 0, 0
    for round_number in range(KILLS):
        fresh = round_number % FRESH_EVERY == 0
        if fresh:
            path, acknowledged = tmp_path / f"diary-{round_number}.sqlite3", set()
        mode = "app" if round_number % 2 else "plain"
        today = dt.date(2030, 1, 1) + dt.timedelta(days=round_number)
        delay = rng.uniform(0, CREATION_DELAY if fresh else MAX_DELAY)
        opened, acked = _kill_one_writer(path, next_date, mode, today, delay)
        before_open += not opened
        acknowledged.update(acked)
        total_acked += len(acked)
        context = f"round {round_number}, delay {delay:.3f}s, seed {SEED} (MIGRAINE_DIARY_SEED)"
        try:
            checked_days += _check_diary(path, acknowledged)
            _check_backups(path)
        except (AssertionError, DiaryError) as exc:
            raise AssertionError(f"{context}: {exc}") from None
        next_date = max([next_date, *acked]) + dt.timedelta(days=10)
    assert total_acked > KILLS, "the writer was killed before saving anything: the test proves little"
    record("crash", kills=KILLS, kills_while_opening=before_open, acked_saves=total_acked, days_checked=checked_days)


def test_a_diary_interrupted_while_being_created_still_opens(db_path, monkeypatch):
    """The moment the campaign above found: tables made, the opening not finished."""
    real_create = steps.create  # what makes a new diary

    def create_then_die(conn):
        real_create(conn)
        raise sqlite3.OperationalError("disk I/O error")  # the process dies here

    monkeypatch.setattr(steps, "create", create_then_die)
    with pytest.raises(DiaryError):
        Diary.open(db_path)
    monkeypatch.setattr(steps, "create", real_create)
    with Diary.open(db_path) as diary:
        assert diary.date_span() is None
        assert diary.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
