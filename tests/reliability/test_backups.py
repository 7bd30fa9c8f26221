"""Backups: daily on opening (at most once a day, the last 14 kept), consistent while the diary
is being written, never a damaged file over a good backup; restore saves the current file aside
and never destroys data. File modes of backups are in test_privacy.py."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError, DiaryFileError
from diary_app.domain.models import DayEntry, Dose, Infusion
from diary_app.store import Diary, schema
from diary_app.store.backups import (
    KEEP_DAILY, backup_folder, backup_if_due, backup_now, daily_backup, list_backups, open_diary, restore,
)
from tests.reliability.conftest import (
    ROOT, folder_listing, foreign_database, integrity, make_index_stale, query, sha, zero_page,
)
from tests.reliability.crash_writer import entry_for

DAY = dt.date(2031, 3, 1)  # deliberately not the real date: every date here is injected


def fill(path, days: int = 40, first: dt.date = dt.date(2025, 1, 1)) -> None:
    with Diary.open(path) as diary:
        diary.save_days([DayEntry(first + dt.timedelta(days=i), headache=i % 2 == 0, notes=f"day {i}") for i in range(days)])
        diary.save_infusion(Infusion(first, catalogue.resolve("eptinezumab"), dose_mg=100))


def dates_in(path) -> list[str]:
    return [row[0] for row in query(path, "SELECT date FROM days ORDER BY date")]


# -- daily backups ----------------------------------------------------------------------
def test_the_daily_backup_is_written_at_most_once_a_day(db_path):
    fill(db_path)
    first = daily_backup(db_path, DAY)
    assert first is not None and DAY.strftime("%Y%m%d") in first.name
    assert daily_backup(db_path, DAY) is None
    assert daily_backup(db_path, DAY + dt.timedelta(days=1)) is not None
    assert len(list_backups(db_path, "daily")) == 2


def test_opening_the_diary_backs_it_up_once_a_day(db_path):
    fill(db_path)
    for _ in range(3):
        open_diary(db_path, DAY).close()
    open_diary(db_path, DAY + dt.timedelta(days=1)).close()
    made = list_backups(db_path, "daily")
    assert len(made) == 2
    assert all(dates_in(b) == dates_in(db_path) for b in made)


def test_only_the_last_14_daily_backups_are_kept(db_path):
    fill(db_path)
    for offset in range(20):
        assert daily_backup(db_path, DAY + dt.timedelta(days=offset)) is not None
    kept = list_backups(db_path, "daily")
    assert len(kept) == KEEP_DAILY == 14
    expected = [(DAY + dt.timedelta(days=offset)).strftime("%Y%m%d") for offset in range(6, 20)]
    assert [b.name.split("-daily-")[1][:8] for b in kept] == expected


def test_other_backups_are_never_rotated_away(db_path):
    fill(db_path)
    manual = backup_now(db_path)
    for offset in range(20):
        daily_backup(db_path, DAY + dt.timedelta(days=offset))
    assert manual.exists()


# -- never a damaged file over a good backup ---------------------------------------------
def _fourteen_good_backups(db_path) -> dict[str, str]:
    fill(db_path, days=300)
    for offset in range(KEEP_DAILY):
        daily_backup(db_path, DAY + dt.timedelta(days=offset))
    return folder_listing(backup_folder(db_path))


def test_a_damaged_diary_is_not_backed_up_and_the_good_backups_stay(db_path):
    before = _fourteen_good_backups(db_path)
    zero_page(db_path, 3)
    damaged = sha(db_path)
    with pytest.raises(DiaryFileError, match="damaged"):
        daily_backup(db_path, DAY + dt.timedelta(days=30))
    with pytest.raises(DiaryFileError):
        open_diary(db_path, DAY + dt.timedelta(days=31))
    assert folder_listing(backup_folder(db_path)) == before
    assert sha(db_path) == damaged


def test_damage_only_integrity_check_sees_is_not_backed_up_either(db_path):
    before = _fourteen_good_backups(db_path)
    make_index_stale(db_path)
    with open_diary(db_path, DAY + dt.timedelta(days=30)) as diary:  # the person can still read it
        assert "backup" in diary.backup_problem and "integrity" in diary.backup_problem
    assert folder_listing(backup_folder(db_path)) == before  # no new file, no .partial, none rotated


# -- consistent copies while the diary is being written ---------------------------------
def test_a_backup_taken_during_an_open_write_transaction_holds_only_committed_days(db_path):
    fill(db_path, days=10)
    with Diary.open(db_path) as writer:
        with writer._writing() as db:
            db.execute("DELETE FROM days WHERE date = '2025-01-01'")
            writer.save_day(DayEntry(dt.date(2026, 1, 1), headache=True))  # nested: same transaction
            started = time.monotonic()
            made = backup_now(db_path)
            assert time.monotonic() - started < 2  # not waiting for the writer
    assert integrity(made) == "ok"
    assert dates_in(made)[0] == "2025-01-01" and "2026-01-01" not in dates_in(made)
    assert "2026-01-01" in dates_in(db_path)


def test_backups_taken_while_a_process_saves_are_each_whole(tmp_path):
    path = tmp_path / "diary.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_writer", str(path), "1950-01-01", "plain"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        assert writer.stdout.readline().strip() == "open"
        copies = []
        for _ in range(5):
            time.sleep(0.03)
            copies.append(backup_now(path))
        assert writer.stdout.readline().strip()  # wait for one acknowledged save, however slow the machine
        copies.append(backup_now(path))
    finally:
        writer.kill()
        writer.communicate()
    counts = []
    for copy in copies:
        assert integrity(copy) == "ok"
        with Diary.open(copy) as diary:
            days = diary.days()
        assert all(day == entry_for(day.date) for day in days)  # no half-saved day in any copy
        counts.append(len(days))
    assert counts == sorted(counts) and counts[-1] > 0


# -- restore ------------------------------------------------------------------------------
def test_restore_saves_the_current_diary_aside_even_what_is_only_in_its_wal(db_path, tmp_path):
    fill(db_path, days=5)
    backup = backup_now(db_path)
    source = tmp_path / "elsewhere" / "diary.sqlite3"
    shutil.copytree(db_path.parent, source.parent, ignore=shutil.ignore_patterns("backups"))
    with Diary.open(source) as writer:  # a diary left by a crash: its last save only in the -wal
        writer.save_day(DayEntry(dt.date(2026, 2, 2), headache=True, notes="written after the backup"))
        shutil.copy(source, db_path)
        shutil.copy(f"{source}-wal", f"{db_path}-wal")
    saved = restore(db_path, backup)
    assert dates_in(db_path) == dates_in(backup)
    assert "2026-02-02" in dates_in(saved)
    assert integrity(saved) == "ok" and integrity(db_path) == "ok"


def test_restore_over_a_damaged_diary_keeps_its_bytes(db_path):
    fill(db_path, days=300)
    backup = backup_now(db_path)
    zero_page(db_path, 3)
    damaged = sha(db_path)
    saved = restore(db_path, backup)
    assert sha(saved) == damaged
    assert integrity(db_path) == "ok" and dates_in(db_path) == dates_in(backup)


def _bad_backups(tmp_path, db_path):
    """name -> a file that must never replace a diary."""
    bad = {}
    bad["text"] = tmp_path / "text.sqlite3"
    bad["text"].write_text("my shopping list\n")
    bad["empty"] = tmp_path / "empty.sqlite3"
    bad["empty"].touch()
    bad["foreign"] = tmp_path / "foreign.sqlite3"
    foreign_database(bad["foreign"])
    bad["zeroed page"] = tmp_path / "zeroed.sqlite3"
    fill(bad["zeroed page"], days=300)
    zero_page(bad["zeroed page"], 3)
    bad["truncated"] = tmp_path / "truncated.sqlite3"
    fill(bad["truncated"], days=300)
    data = backup_now(bad["truncated"]).read_bytes()
    bad["truncated"].unlink()
    bad["truncated"].write_bytes(data[: len(data) // 2])
    bad["newer"] = tmp_path / "newer.sqlite3"
    fill(bad["newer"])
    query(bad["newer"], f"PRAGMA user_version = {schema.schema_version() + 1}")
    bad["stale index"] = tmp_path / "stale.sqlite3"
    fill(bad["stale index"])
    make_index_stale(bad["stale index"])
    bad["missing"] = tmp_path / "no-such-backup.sqlite3"
    bad["folder"] = tmp_path / "a-folder.sqlite3"
    bad["folder"].mkdir()
    return bad


def test_a_bad_backup_is_refused_and_the_diary_is_left_as_it_was(tmp_path):
    db_path = tmp_path / "home" / "diary.sqlite3"
    fill(db_path, days=30)
    (tmp_path / "bad").mkdir()
    for name, backup in _bad_backups(tmp_path / "bad", db_path).items():
        before = _home(db_path)
        with pytest.raises(DiaryError):
            restore(db_path, backup)
        assert _home(db_path) == before, name


def _home(db_path) -> dict[str, str]:
    """The diary's folder as a person would judge it: the diary, its backups, nothing half-written.

    A copy saved aside ("before-restore") may be added; SQLite's empty -wal/-shm beside a diary
    that was only read are not the person's data.
    """
    listing = folder_listing(db_path.parent)
    assert not [k for k in listing if k.endswith((".partial", ".restoring"))]
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return {k: v for k, v in listing.items() if "before-restore" not in k and not k.endswith(("-wal", "-shm"))}


def test_restore_on_the_command_line_refuses_a_foreign_backup_in_one_line(tmp_path, run_cli):
    db_path = tmp_path / "diary.sqlite3"
    fill(db_path)
    foreign = tmp_path / "photos.db"
    foreign_database(foreign)
    before = (sha(db_path), sha(foreign))
    result = run_cli("--db", str(db_path), "restore", str(foreign))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "another program" in result.stderr
    assert (sha(db_path), sha(foreign)) == before


# -- a backup that does not fit ------------------------------------------------------------
@pytest.fixture
def full_disk_for_backups(monkeypatch):
    """Every new backup copy runs out of room after a few pages, as on a full disk."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_backup_on_a_full_disk_is_a_clear_error_and_leaves_no_partial_file(db_path, full_disk_for_backups):
    fill(db_path, days=300)
    before = sha(db_path)
    with pytest.raises(DiaryError, match="disk is full"):
        backup_now(db_path)
    assert list(backup_folder(db_path).iterdir()) == []
    assert sha(db_path) == before


def test_the_diary_still_opens_when_its_daily_backup_does_not_fit(db_path, full_disk_for_backups):
    fill(db_path, days=300)
    with open_diary(db_path, DAY) as diary:
        assert len(diary.days()) == 300
        assert "disk is full" in diary.backup_problem


def test_the_backup_command_on_a_full_disk_is_one_line(db_path, full_disk_for_backups, capsys):
    from diary_app.cli import main

    fill(db_path, days=300)
    assert main(["--db", str(db_path), "backup"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_a_restore_that_does_not_fit_leaves_the_diary_as_it_was(db_path, monkeypatch):
    fill(db_path, days=300)
    backup = backup_now(db_path)
    fill(db_path, days=10, first=dt.date(2026, 1, 1))
    before = _home(db_path)
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda t, *a, **k: _tiny(real_connect(t, *a, **k), t))
    with pytest.raises(DiaryError, match="disk is full"):
        restore(db_path, backup)
    assert _home(db_path) == before


def _tiny(conn, target):
    if str(target).endswith((".partial", ".restoring")):
        conn.execute("PRAGMA max_page_count = 3")
    return conn


def test_a_backups_folder_that_cannot_be_made_is_a_clear_error(db_path, capsys):
    from diary_app.cli import main

    fill(db_path, days=3)
    backup_folder(db_path).write_text("a file where the backups folder should be")
    assert main(["--db", str(db_path), "backup"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "backup could not be written" in err
    with open_diary(db_path, DAY) as diary:
        assert "backup could not be written" in diary.backup_problem


def _break_references(path) -> None:
    """Another tool, with foreign keys off, deletes a medication that a dose still names."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM medications")
    conn.commit()
    conn.close()


def test_references_broken_while_the_diary_is_open_neither_stop_its_backups_nor_let_restore_replace_it(db_path):
    with Diary.open(db_path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 1), headache=True))
    backup = backup_now(db_path)
    window = Diary.open(db_path)  # a window has it open
    try:
        window.save_day(DayEntry(dt.date(2026, 11, 2), headache=True, migraine=True,
                                 doses=(Dose(catalogue.resolve("sumatriptan")),)))
        _break_references(db_path)
        assert backup_if_due(window, dt.date(2026, 11, 26)) is None  # the file is copied as it is
        assert len(list_backups(db_path, "daily")) == 1
        with pytest.raises(DiaryError, match="is open in another window or program"):
            restore(db_path, backup)
    finally:
        window.close()
    with pytest.raises(DiaryFileError, match=r"broken reference\(s\)"):  # and on the next opening, it says so
        Diary.open(db_path)
