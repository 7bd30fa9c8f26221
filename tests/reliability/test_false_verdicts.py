"""A good diary is never called damaged: not on a full disk, not in a read-only folder, not with
an unfinished save left by a kill. How the disk and folder are made real: limits.py."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from diary_app.domain.models import DayEntry
from diary_app.store import Diary
from tests.reliability import limits
from tests.reliability.conftest import integrity, query, sha

FIRST = dt.date(2026, 10, 1)


def fill(path: Path, days: int) -> None:
    with Diary.open(path) as diary:
        diary.save_days([DayEntry(FIRST + dt.timedelta(days=i), headache=i % 2 == 0, notes=f"day {i}")
                         for i in range(days)])


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


# -- a full disk ----------------------------------------------------------------------------
def test_on_a_full_disk_reading_commands_work_and_saving_says_the_disk_is_full(tmp_path):
    path = tmp_path / "diary.sqlite3"
    fill(path, days=10)
    no_room = 2048  # not even the 32 KB -shm index fits (the diary itself is larger: it is only read)
    summary = limits.run(["--db", str(path), "summary", "--json"], full_disk=no_room)
    assert summary.returncode == 0, summary.stderr
    assert '"recorded_days": 10' in summary.stdout
    export = limits.run(["--db", str(path), "export", str(tmp_path / "days.csv")], full_disk=no_room)
    assert export.returncode == 0, export.stderr  # the export is small enough to fit
    assert (tmp_path / "days.csv").read_text().count("\n") == 11
    log = limits.run(["--db", str(path), "log", "2026-11-20", "--migraine"], full_disk=no_room)
    assert log.returncode == 1
    last = log.stderr.strip().splitlines()[-1]
    assert "disk is full" in last and "Traceback" not in log.stderr
    for result in (summary, export, log):
        assert "damaged" not in result.stderr
    with Diary.open(path) as diary:  # room again: every day is there, and it saves
        assert len(diary.days()) == 10
        diary.save_day(DayEntry(dt.date(2026, 11, 20), headache=True, migraine=True))
    assert integrity(path) == "ok"


def test_on_a_full_disk_the_diary_is_not_called_damaged_even_with_files_a_failed_open_left(tmp_path):
    path = tmp_path / "diary.sqlite3"
    fill(path, days=5)
    for _ in range(2):  # the first try may leave an empty -wal and a stub -shm; the second must cope
        result = limits.run(["--db", str(path), "summary"], full_disk=2048)
        assert result.returncode == 0 and "damaged" not in result.stderr, result.stderr


# -- a read-only folder -------------------------------------------------------------------
@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "usb stick"
    folder.mkdir()
    yield folder
    limits.make_writable(folder)


def test_a_diary_in_a_read_only_folder_reads_exports_and_says_why_it_cannot_save(read_only_folder, tmp_path):
    path = read_only_folder / "diary.sqlite3"
    fill(path, days=10)
    limits.make_read_only(read_only_folder)
    before = _listing(read_only_folder)
    summary = limits.run(["--db", str(path), "summary", "--json"], modes_apply=True)
    assert summary.returncode == 0 and summary.stderr == "", summary.stderr
    assert '"recorded_days": 10' in summary.stdout
    export = limits.run(["--db", str(path), "export", str(tmp_path / "days.csv")], modes_apply=True)
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "days.csv").read_text().count("\n") == 11  # a header and ten days
    log = limits.run(["--db", str(path), "log", "2026-11-20", "--migraine"], modes_apply=True)
    assert log.returncode == 1 and log.stderr.count("\n") == 1
    assert "read-only" in log.stderr and "damaged" not in log.stderr
    assert _listing(read_only_folder) == before  # not a byte written, no -wal, no -shm


def test_the_folder_really_is_read_only_for_the_command(read_only_folder):
    """The technique itself: without it root would write there, with it nobody can."""
    limits.make_read_only(read_only_folder)
    code = f"open({str(read_only_folder / 'x')!r}, 'w')"
    assert limits.run(["-c", code], modes_apply=True, module=None).returncode != 0
    assert not (read_only_folder / "x").exists()


# -- an unfinished save (a hot rollback journal) --------------------------------------------
def _kill_in_the_middle_of_a_save(path: Path) -> None:
    """A process killed with the diary in rollback-journal mode (as a restored or copied-in
    file is until it is first opened), halfway through a save that spills to the file."""
    code = (
        "import os, signal, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA cache_size = 1')\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"UPDATE days SET notes = notes || ' changed, never committed'\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True)
    assert result.returncode == -signal.SIGKILL


def test_an_unfinished_save_in_a_rollback_journal_is_undone_not_called_damaged(tmp_path, run_cli):
    path = tmp_path / "diary.sqlite3"
    fill(path, days=200)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _kill_in_the_middle_of_a_save(path)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0  # the hot journal the kill left
    result = run_cli("--db", str(path), "summary")
    assert result.returncode == 0 and "damaged" not in result.stderr, result.stderr
    with Diary.open(path) as diary:
        days = diary.days()
    assert len(days) == 200 and not any("never committed" in day.notes for day in days)
    assert not journal.exists() and integrity(path) == "ok"
    assert query(path, "PRAGMA journal_mode") == [("wal",)]


def test_another_programs_unfinished_save_is_not_rolled_back_by_us(tmp_path):
    """Only our own diary's journal is ours to roll back; another program's file keeps its bytes."""
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE days (notes TEXT)")
    conn.executemany("INSERT INTO days VALUES (?)", [("x" * 400,)] * 300)
    conn.commit()
    conn.close()
    _kill_in_the_middle_of_a_save(path)
    before = _listing(tmp_path)
    from diary_app.domain.errors import DiaryFileError

    with pytest.raises(DiaryFileError) as refused:
        Diary.open(path)
    assert "damaged" not in str(refused.value)
    assert _listing(tmp_path) == before
    assert os.path.exists(f"{path}-journal")
