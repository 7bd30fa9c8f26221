"""Two programs on one diary: the command line works while the window has it open (even in the
middle of a save), and two writers saving different days never lose each other's saves.
(The window refusing a second window is the UI's QLockFile, tested with the UI.)"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time

import pytest

from diary_app.domain import catalogue
from diary_app.domain.models import DayEntry, Dose
from diary_app.store import Diary
from tests.reliability.conftest import ROOT, cli, integrity
from tests.reliability.crash_writer import entry_for
from tests.reliability.hold_write import HELD_DAY


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_the_command_line_works_while_the_window_is_in_the_middle_of_a_save(db_path):
    with Diary.open(db_path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 1), headache=False))
    window = _start("tests.reliability.hold_write", str(db_path))
    try:
        assert window.stdout.readline().strip() == "holding", window.stderr.read()
        started = time.monotonic()
        summary = cli("--db", str(db_path), "summary", "--json")
        backup = cli("--db", str(db_path), "backup")
        assert summary.returncode == 0 and backup.returncode == 0, summary.stderr + backup.stderr
        assert time.monotonic() - started < 4  # readers do not wait for the writer
        assert json.loads(summary.stdout)["months"]  # sees what was committed
        log = subprocess.Popen([sys.executable, "-m", "diary_app", "--db", str(db_path), "log", "2026-11-20", "--migraine"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)  # the command line now waits for the window's save...
        window.stdin.write("commit\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "committed"
        out, err = log.communicate(timeout=30)  # ...and goes ahead once it is done
        assert log.returncode == 0, err
    finally:
        window.stdin.close()
        window.wait(timeout=30)
    with Diary.open(db_path) as diary:
        assert {dt.date(2026, 11, 1), dt.date(2026, 11, 20), HELD_DAY} <= diary.recorded_dates()


def test_two_writers_saving_different_days_lose_nothing(db_path):
    Diary.open(db_path).close()
    saves = 300
    firsts = [dt.date(1970, 1, 1), dt.date(1990, 1, 1)]
    writers = [_start("tests.reliability.crash_writer", str(db_path), first.isoformat(), "plain", "2030-01-01", str(saves))
               for first in firsts]
    results = [writer.communicate(timeout=120) for writer in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0 and out.split()[-1] == "done", err[-2000:]
    assert integrity(db_path) == "ok"
    with Diary.open(db_path) as diary:
        days = {day.date: day for day in diary.days()}
    expected = {first + dt.timedelta(days=i) for first in firsts for i in range(saves)}
    assert set(days) == expected
    assert all(days[d] == entry_for(d) for d in expected)


def test_a_diary_left_open_reads_days_the_command_line_saved_with_a_new_medication(db_path):
    with Diary.open(db_path) as window:
        window.save_day(DayEntry(dt.date(2026, 11, 1), headache=True, doses=(Dose(catalogue.resolve("Imitrex")),)))
        assert len(window.days()) == 1  # the window has looked at the diary and its medications
        result = cli("--db", str(db_path), "log", "2026-11-20", "--migraine", "--med", "Feverfew tea")
        assert result.returncode == 0, result.stderr
        day = window.get_day(dt.date(2026, 11, 20))
        assert [d.medication.name for d in day.doses] == ["Feverfew tea"]
        assert [m.name for m in window.medications()] == ["Feverfew tea", "sumatriptan"]


def test_restore_is_refused_while_the_diary_is_open_elsewhere(db_path):
    """Otherwise the window would go on saving into the replaced file, and every save be lost."""
    from diary_app.domain.errors import DiaryError
    from diary_app.store.backups import backup_now, restore

    with Diary.open(db_path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 1), headache=False))
    backup = backup_now(db_path)
    window = Diary.open(db_path)
    try:
        result = cli("--db", str(db_path), "restore", str(backup))
        assert result.returncode != 0 and "open" in result.stderr and result.stderr.count("\n") == 1
        with pytest.raises(DiaryError, match="open"):
            restore(db_path, backup)
        window.save_day(DayEntry(dt.date(2026, 11, 2), headache=True, notes="saved after the refused restore"))
    finally:
        window.close()
    with Diary.open(db_path) as diary:
        assert dt.date(2026, 11, 2) in diary.recorded_dates()
    restore(db_path, backup)  # once the window is closed, it goes ahead
