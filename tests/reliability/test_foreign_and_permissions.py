"""Files that are not ours stay exactly as they were; files and folders of ours are private whatever
the umask; names are names, not patterns; one window per real file; no leftovers after a kill."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from diary_app.domain.errors import DiaryFileError
from diary_app.domain.models import DayEntry
from diary_app.store import Diary
from diary_app.store.backups import backup_folder, backup_now, daily_backup, list_backups, open_diary
from tests.reliability.conftest import ROOT, query, sha

DAY = dt.date(2031, 3, 1)


def listing(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def some_days(path: Path, days: int = 5) -> None:
    with Diary.open(path) as diary:
        diary.save_days([DayEntry(dt.date(2026, 1, 1) + dt.timedelta(days=i), headache=True) for i in range(days)])


# -- foreign files ---------------------------------------------------------------------------
def test_an_empty_database_of_another_program_is_not_taken_over(tmp_path, run_cli):
    path = tmp_path / "settings.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234567")  # another program's stamp, no tables yet
    conn.commit()
    conn.close()
    before = listing(tmp_path)
    with pytest.raises(DiaryFileError, match="another program"):
        Diary.open(path)
    result = run_cli("--db", str(path), "log", "2026-11-20", "--migraine")
    assert result.returncode == 1 and "another program" in result.stderr and result.stderr.count("\n") == 1
    assert listing(tmp_path) == before


def test_a_file_with_no_id_and_no_tables_may_still_become_a_diary(tmp_path):
    path = tmp_path / "blank.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
    with Diary.open(path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 1, 1), headache=True))


def _wal_database_of_another_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO photos (name) VALUES (?)", [(f"IMG_{i}.jpg",) for i in range(50)])
    conn.commit()
    conn.close()  # a clean close: no -wal, no -shm left


@pytest.mark.parametrize("how", ["open", "open_diary", "restore it", "back it up", "command line"])
def test_a_refused_wal_mode_file_leaves_its_folder_exactly_as_it_was(tmp_path, how, run_cli):
    folder = tmp_path / "photos"
    folder.mkdir()
    path = folder / "library.db"
    _wal_database_of_another_program(path)
    before = listing(folder)
    assert sorted(before) == ["library.db"]
    diary = tmp_path / "diary.sqlite3"
    some_days(diary)
    if how == "command line":
        result = run_cli("--db", str(path), "summary")
        assert result.returncode == 1 and "another program" in result.stderr
    else:
        action = {"open": lambda: Diary.open(path), "open_diary": lambda: open_diary(path, DAY),
                  "restore it": lambda: __import__("diary_app.store.backups").store.backups.restore(diary, path),
                  "back it up": lambda: backup_now(path)}[how]
        with pytest.raises(DiaryFileError, match="another program"):
            action()
    assert listing(folder) == before  # no -wal, no -shm, same bytes


# -- permissions -------------------------------------------------------------------------------
@pytest.fixture
def open_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def test_every_folder_the_app_creates_is_owner_only_whatever_the_umask(tmp_path, open_umask):
    path = tmp_path / "a" / "b" / "c" / "diary.sqlite3"
    with open_diary(path, DAY) as diary:
        diary.save_day(DayEntry(dt.date(2026, 1, 1), headache=True))
    backup_now(path)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", path.parent, backup_folder(path)):
        assert mode(folder) == 0o700, folder


def test_the_user_data_folder_is_made_owner_only(tmp_path, open_umask, run_cli):
    data = tmp_path / "xdg-data-new"
    env = {"XDG_DATA_HOME": str(data), "MIGRAINE_DIARY_DB": ""}
    result = run_cli("log", "2026-11-20", "--none", env=env)
    assert result.returncode == 0, result.stderr
    made = data / "migraine-diary"
    assert (made / "diary.sqlite3").exists()
    assert mode(data) == mode(made) == 0o700


def test_a_diary_copied_in_readable_by_all_is_made_owner_only_on_opening(tmp_path, open_umask):
    path = tmp_path / "diary.sqlite3"
    some_days(path)
    holder = Diary.open(path)  # keeps its -wal and -shm there, as a crash would
    try:
        holder.save_day(DayEntry(dt.date(2026, 2, 1), headache=True))
        for name in (path, f"{path}-wal", f"{path}-shm"):
            os.chmod(name, 0o644)
        with Diary.open(path) as diary:
            assert len(diary.days()) == 6
        assert [mode(Path(f"{path}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3
    finally:
        holder.close()
    os.chmod(path, 0o644)
    with Diary.open(path) as diary:  # new -wal and -shm take the diary's mode
        diary.save_day(DayEntry(dt.date(2026, 2, 2), headache=True))
        assert [mode(Path(f"{path}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3


# -- names are names ---------------------------------------------------------------------------
def test_a_diary_name_with_brackets_gets_one_daily_backup_a_day_and_keeps_14(tmp_path):
    path = tmp_path / "My diary [2026].sqlite3"
    some_days(path)
    for offset in range(20):
        for _ in range(2):
            open_diary(path, DAY + dt.timedelta(days=offset)).close()
    assert len(list_backups(path, "daily")) == 14
    assert len(os.listdir(backup_folder(path))) == 14


def test_rotating_a_diary_named_like_a_pattern_never_touches_another_diarys_backups(tmp_path):
    plain, starred = tmp_path / "a.sqlite3", tmp_path / "a*.sqlite3"
    some_days(plain)
    some_days(starred)
    kept = daily_backup(plain, DAY)
    manual = backup_now(plain)
    for offset in range(20):
        daily_backup(starred, DAY + dt.timedelta(days=offset + 1))
    assert kept.exists() and manual.exists()
    assert sorted(list_backups(plain)) == sorted([kept, manual])
    assert len(list_backups(starred, "daily")) == 14


# -- one window per real file ------------------------------------------------------------------
LOCK_CHECK = """
import sys
from pathlib import Path
from diary_app.ui.opening import AlreadyOpen, acquire_lock
lock = acquire_lock(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.readline()
"""


def test_the_window_lock_follows_the_real_file_through_symlinks(tmp_path):
    from diary_app.ui.opening import AlreadyOpen, acquire_lock

    real = tmp_path / "Documents" / "diary.sqlite3"
    real.parent.mkdir()
    some_days(real)
    (tmp_path / "link.sqlite3").symlink_to(real)
    (tmp_path / "linked folder").symlink_to(real.parent)
    first = subprocess.Popen([sys.executable, "-c", LOCK_CHECK, str(real)], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert first.stdout.readline().strip() == "locked"
        for other in (tmp_path / "link.sqlite3", tmp_path / "linked folder" / "diary.sqlite3",
                      real.parent / ".." / "Documents" / "diary.sqlite3"):
            with pytest.raises(AlreadyOpen):
                acquire_lock(other)
    finally:
        first.communicate("\n", timeout=10)
    lock = acquire_lock(tmp_path / "link.sqlite3")  # once that window is gone, any path opens it
    assert lock is not None
    lock.unlock()


# -- leftovers of a kill -----------------------------------------------------------------------
def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(finished.stdout)


def test_temporary_copies_a_killed_process_left_are_removed_on_the_next_open(tmp_path):
    path = tmp_path / "diary.sqlite3"
    some_days(path)
    real_backup = backup_now(path)
    dead = _dead_pid()
    stale = [
        tmp_path / f"diary.sqlite3.{dead}.partial", tmp_path / f"diary.sqlite3.{dead}.partial-journal",
        tmp_path / "diary.sqlite3.restoring", tmp_path / "diary.sqlite3.restoring-journal",
        backup_folder(path) / f"{real_backup.name}.{dead}.partial",
        backup_folder(path) / "diary-daily-20260101-000000-000000.sqlite3.partial",
        backup_folder(path) / "diary-daily-20260101-000000-000000.sqlite3.partial-journal",
    ]
    alive = [tmp_path / f"diary.sqlite3.{os.getpid()}.partial",  # a copy being written right now
             backup_folder(path) / f"diary-manual-20260101-000000-000000.sqlite3.{os.getpid()}.partial"]
    others = [tmp_path / "diary.sqlite3.notes.txt", tmp_path / f"other.sqlite3.{dead}.partial",
              backup_folder(path) / f"other-daily-20260101-000000-000000.sqlite3.{dead}.partial"]
    for made in stale + alive + others:
        made.write_bytes(b"half a copy")
    with open_diary(path, DAY):
        pass
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in alive + others)
    assert real_backup.exists() and query(real_backup, "PRAGMA integrity_check") == [("ok",)]
