"""Restore against everything else: saves racing it, kills during it and during the first open
after it, and the ways it can fail. Nothing acknowledged is lost, a good diary is never called
damaged, and a failed restore leaves no partial file.

The default run kills 10 restores and 10 first opens; MIGRAINE_DIARY_RESTORE_KILLS=N sets both
(benchmarks/crash_kills.py runs 150 of each).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary_app.domain.errors import DiaryError
from diary_app.store import Diary
from diary_app.store.backups import backup_folder, backup_now, list_backups, restore
from tests.reliability import limits
from tests.reliability.conftest import ROOT, folder_listing, integrity, zero_page
from tests.reliability.crash_writer import entry_for
from tests.reliability.figures import record

KILLS = int(os.environ.get("MIGRAINE_DIARY_RESTORE_KILLS", "10"))
SEED = int(os.environ.get("MIGRAINE_DIARY_SEED", random.randrange(2**32)))
RESTORE_TIME, OPEN_TIME = 0.02, 0.012  # seconds after `ready`; the work takes about 0.016 and 0.003-0.010
BACKUP_DAYS = 400


def worker(*args: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "tests.reliability.restore_worker", *args], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def dates_in(path: Path) -> set[dt.date]:
    with Diary.open(path) as diary:  # a good diary opens: it is not refused as damaged
        return {day.date for day in diary.days()}


def leftovers(path: Path) -> list[str]:
    names = os.listdir(path.parent) + (os.listdir(backup_folder(path)) if backup_folder(path).exists() else [])
    return [name for name in names if name.endswith(("partial", "partial-journal", "partial-wal", "partial-shm"))]


@pytest.fixture
def diary_and_backup(tmp_path):
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.save_days([entry_for(dt.date(2000, 1, 1) + dt.timedelta(days=i)) for i in range(BACKUP_DAYS)])
    backup = backup_now(path)
    return path, backup


# -- 1. saves racing restores ----------------------------------------------------------------
def test_every_save_acknowledged_while_restores_run_is_in_the_diary_or_the_copy_set_aside(diary_and_backup):
    path, backup = diary_and_backup
    rng = random.Random(SEED)
    saves = 400 + 20 * KILLS
    saver = worker("save", str(path), "2020-01-01", str(saves), "2030-01-01")
    restored = refused = 0
    while saver.poll() is None:
        time.sleep(rng.uniform(0, 0.05))
        try:
            restore(path, backup)
            restored += 1
        except DiaryError as exc:  # the diary was busy for too long: refusing is allowed, losing is not
            assert "open in another window or program" in str(exc), exc
            refused += 1
    out, err = saver.communicate()
    assert saver.returncode == 0, err
    acknowledged = {dt.date.fromisoformat(line) for line in out.split("\n") if line[:1].isdigit()}
    refusals = [line for line in out.split("\n") if line.startswith("refused")]
    assert not [line for line in refusals if "damaged" in line or "another program's" in line], refusals
    kept = dates_in(path)
    for copy in list_backups(path, "before-restore"):
        assert integrity(copy) == "ok"
        kept |= dates_in(copy)
    lost = sorted(acknowledged - kept)
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged saves lost, first {lost[0]} (seed {SEED})"
    assert restored > 0 and len(acknowledged) > saves // 2
    record("restore_race", restores=restored, restores_refused=refused, acked_saves=len(acknowledged),
           saves_refused=len(refusals))


def test_a_wal_that_goes_while_restore_looks_at_it_does_not_stop_the_restore(diary_and_backup, monkeypatch):
    """The saver's last connection closes between restore's look for a -wal and its look at the
    -wal's size: SQLite has copied it into the diary and deleted it (seen once in the race above,
    as "cannot be restored ([Errno 2] ... diary.sqlite3-wal)")."""
    path, backup = diary_and_backup
    wal = Path(f"{path}-wal")
    assert not wal.exists()
    seen = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: self == wal or seen(self))  # there a moment ago
    set_aside = restore(path, backup)
    assert integrity(path) == "ok" and len(dates_in(path)) == BACKUP_DAYS
    assert set_aside is None or integrity(set_aside) == "ok"


# -- 2. kills during restore and during the first open after it --------------------------------
def _kill(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL after `delay` seconds; True when the process had finished by then."""
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    assert process.returncode in (0, -signal.SIGKILL), err
    return process.returncode == 0


def test_kills_during_restore_and_the_first_open_after_it_leave_a_whole_diary(diary_and_backup):
    path, backup = diary_and_backup
    rng = random.Random(SEED)
    in_backup = dates_in(backup)
    today = dt.date(2030, 1, 1)
    finished, restored_when_killed = {"restore": 0, "open": 0}, 0
    for round_number in range(KILLS):
        context = f"round {round_number}, seed {SEED} (MIGRAINE_DIARY_SEED)"
        extra = [dt.date(2010, 1, 1) + dt.timedelta(days=10 * round_number + i) for i in range(5)]
        with Diary.open(path) as diary:  # the diary moves on from the backup
            diary.save_days([entry_for(day) for day in extra])
        before = dates_in(path)
        finished["restore"] += _kill(worker("restore", str(path), str(backup)), rng.uniform(0, RESTORE_TIME))
        after = dates_in(path)  # raises if it is refused (a false "damaged")
        assert after in (before, in_backup), f"{context}: a mixture of the diary and the backup"
        restored_when_killed += after == in_backup
        assert integrity(path) == "ok" and not leftovers(path), context
        restore(path, backup)  # a restore that finishes, then its first open is killed
        today += dt.timedelta(days=1)  # a new day: the first open makes its daily backup
        finished["open"] += _kill(worker("open", str(path), today.isoformat()), rng.uniform(0, OPEN_TIME))
        assert dates_in(path) == in_backup, context
        assert integrity(path) == "ok" and not leftovers(path), context
        for copy in sorted(backup_folder(path).glob("*.sqlite3")):
            assert integrity(copy) == "ok", f"{context}: {copy.name}"
    record("restore_kills", restore_kills=KILLS - finished["restore"], first_open_kills=KILLS - finished["open"],
           restored_when_killed=restored_when_killed - finished["restore"], rounds=KILLS, damaged_verdicts=0)


# -- 10. failures: one line, nothing partial, 0600 -----------------------------------------------
def test_restore_onto_a_folder_or_under_a_file_is_one_line_and_changes_nothing(diary_and_backup, run_cli, tmp_path):
    path, backup = diary_and_backup
    plain_file = tmp_path / "notes.txt"
    plain_file.write_text("not a folder")
    before = folder_listing(tmp_path)
    for target in (tmp_path, plain_file / "diary.sqlite3"):
        result = run_cli("--db", str(target), "restore", str(backup))
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr and str(target) in result.stderr
    assert folder_listing(tmp_path) == before


@pytest.mark.parametrize("current", ["damaged", "good"])
def test_restore_on_a_nearly_full_disk_is_one_line_and_leaves_no_partial_file(tmp_path, current):
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.save_days([entry_for(dt.date(2000, 1, 1) + dt.timedelta(days=i)) for i in range(10)])
    backup = backup_now(path)
    with Diary.open(path) as diary:  # the current diary is much larger than the backup
        diary.save_days([entry_for(dt.date(2010, 1, 1) + dt.timedelta(days=i)) for i in range(600)])
    if current == "damaged":
        zero_page(path, 3)
    before = folder_listing(tmp_path)
    room = backup.stat().st_size + 8192  # the backup's copy fits, a copy of the current diary does not
    result = limits.run(["--db", str(path), "restore", str(backup)], full_disk=room)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and ("nothing was" in result.stderr or "unchanged" in result.stderr)
    assert folder_listing(tmp_path) == before  # the diary as it was, no partial copy anywhere


def test_a_damaged_diary_readable_by_all_is_saved_aside_owner_only(diary_and_backup):
    path, backup = diary_and_backup
    zero_page(path, 3)
    os.chmod(path, 0o644)
    saved = restore(path, backup)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert dates_in(path) == dates_in(backup)
