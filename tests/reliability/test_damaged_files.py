"""Damaged, foreign, read-only and full: a clear message, a non-zero exit, and not a byte changed.

Every kind of file below is refused by `Diary.open`, by `open_diary` (the window's way in) and by
the command line, and the hash of each file that was there before is the same afterwards.
(tests/unit/test_store.py has the first single cases; this is the whole matrix.)
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from diary_app.domain.errors import DiaryError, DiaryFileError
from diary_app.domain import catalogue
from diary_app.domain.models import DayEntry, Dose
from diary_app.exporters import safe_files
from diary_app.exporters.transfer import export_file
from diary_app.store import Diary, schema, steps
from diary_app.store.backups import backup_folder, open_diary
from tests.reliability.conftest import checkpoint, foreign_database, query, sha, zero_page

TODAY = dt.date(2026, 11, 26)


def fill(path: Path, days: int = 300) -> None:
    with Diary.open(path) as diary:
        diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=True, notes="n" * 100)
                         for i in range(days)])


def _good_bytes(tmp_path: Path) -> bytes:
    source = tmp_path / "source" / "diary.sqlite3"
    fill(source)
    checkpoint(source)
    return source.read_bytes()


def _truncated(fraction: float):
    def make(path: Path, tmp_path: Path) -> None:
        data = _good_bytes(tmp_path)
        path.write_bytes(data[: max(1, int(len(data) * fraction))])
    return make


def _crash_image_with_wal(path: Path, tmp_path: Path) -> None:
    """A diary copied while open (its -wal beside it), then a page of the main file lost."""
    source = tmp_path / "source" / "diary.sqlite3"
    fill(source)
    checkpoint(source)
    with Diary.open(source) as diary:
        diary.save_day(DayEntry(dt.date(2026, 1, 1), headache=True, notes="only in the WAL"))
        shutil.copy(source, path)
        shutil.copy(f"{source}-wal", f"{path}-wal")
    data = bytearray(path.read_bytes())
    data[2 * 4096: 3 * 4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _newer(path: Path, tmp_path: Path) -> None:
    fill(path, days=3)
    query(path, f"PRAGMA user_version = {schema.schema_version() + 1}")


def _zeroed(path: Path, tmp_path: Path) -> None:
    fill(path)
    zero_page(path, 3)


KINDS = {
    # kind: (make(path, tmp_path), words the message must contain)
    "random bytes": (lambda p, t: p.write_bytes(random.Random(7).randbytes(8192)), "not an SQLite database"),
    "a PDF renamed": (lambda p, t: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
                      "not an SQLite database"),
    "SQLite header then garbage": (
        lambda p, t: p.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(8192)), "damaged"),
    "truncated to 100 bytes": (lambda p, t: p.write_bytes(_good_bytes(t)[:100]), "damaged"),
    "truncated to 1 page": (_truncated(0.001), "damaged"),
    "truncated by half": (_truncated(0.5), "damaged"),
    "truncated by one byte": (lambda p, t: p.write_bytes(_good_bytes(t)[:-1]), "damaged"),
    "a zero-filled page": (_zeroed, "damaged"),
    "damaged with its WAL beside": (_crash_image_with_wal, "damaged"),
    "another program's database": (lambda p, t: foreign_database(p), "another program"),
    "a newer schema": (_newer, "newer version"),
    "a folder": (lambda p, t: p.mkdir(), "folder"),
}


def _hashes(path: Path) -> dict[str, str]:
    """Every file beside the diary (the diary, its -wal...) with its hash: the bytes that must not change."""
    return {p.name: sha(p) if p.is_file() else "a folder" for p in sorted(path.parent.iterdir())}


def _unchanged(path: Path, before: dict[str, str]) -> bool:
    """The same bytes in every file that was there. SQLite may leave an empty -wal and a -shm
    index beside a file it only read: those hold no data and are allowed."""
    after = _hashes(path)
    extra = set(after) - set(before)
    wal = Path(f"{path}-wal")
    assert extra <= {wal.name, f"{path.name}-shm"}, extra
    assert wal.name not in extra or wal.stat().st_size == 0
    return {name: after.get(name) for name in before} == before


@pytest.fixture(params=sorted(KINDS))
def bad_diary(request, tmp_path):
    make, words = KINDS[request.param]
    path = tmp_path / "home" / "diary.sqlite3"
    path.parent.mkdir()
    make(path, tmp_path)
    return path, words


def test_a_bad_diary_file_is_refused_with_a_clear_message_and_left_untouched(bad_diary):
    path, words = bad_diary
    before = _hashes(path)
    for opener in (Diary.open, lambda p: open_diary(p, TODAY)):
        with pytest.raises(DiaryFileError) as refused:
            opener(path)
        message = str(refused.value)
        assert words in message and str(path) in message
        assert "\n" not in message
    assert _unchanged(path, before)
    assert not backup_folder(path).exists()  # no backup of a bad file either


def test_the_command_line_refuses_a_bad_diary_in_one_line_and_exits_non_zero(bad_diary, run_cli):
    path, words = bad_diary
    before = _hashes(path)
    result = run_cli("--db", str(path), "log", "2026-11-20", "--migraine")
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _unchanged(path, before)


def test_a_good_diary_with_a_garbage_wal_beside_it_opens_with_its_days(db_path):
    fill(db_path, days=30)
    Path(f"{db_path}-wal").write_bytes(random.Random(9).randbytes(5000))
    with Diary.open(db_path) as diary:
        assert len(diary.days()) == 30


# -- read-only ----------------------------------------------------------------------------
@pytest.fixture
def read_only(request):
    """Make a file or folder read-only for real: chmod for a user; root needs the immutable flag."""
    made = []

    def make(path: Path) -> bool:
        """True when the OS now refuses writes; False if this machine cannot do that."""
        if os.geteuid() != 0:
            os.chmod(path, 0o500 if path.is_dir() else 0o400)
            made.append(("chmod", path))
            return True
        done = shutil.which("chattr") and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
        if done:
            made.append(("chattr", path))
        return bool(done)

    yield make
    for how, path in made:
        if how == "chattr":
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _pretend_read_only(monkeypatch, paths: set[Path]) -> None:
    """Where the OS cannot make a thing read-only for this user, present it as the OS would."""
    real_access = os.access
    monkeypatch.setattr(
        "diary_app.store.files.os.access",
        lambda p, mode: False if Path(p) in paths and mode & os.W_OK else real_access(p, mode),
    )


def test_a_diary_in_a_read_only_folder_opens_for_reading_and_saving_says_why(db_path, read_only, monkeypatch):
    fill(db_path, days=3)
    before = sorted(os.listdir(db_path.parent)), sha(db_path)
    if not read_only(db_path.parent):
        _pretend_read_only(monkeypatch, {db_path.parent})
    with Diary.open(db_path) as diary:
        assert len(diary.days()) == 3
        with pytest.raises(DiaryError, match="read-only"):
            diary.save_day(DayEntry(dt.date(2026, 11, 20), headache=True))
    assert (sorted(os.listdir(db_path.parent)), sha(db_path)) == before  # no -wal, no -shm, same bytes


def test_a_read_only_diary_on_the_command_line_is_one_line_and_unchanged(db_path, read_only, run_cli, monkeypatch):
    fill(db_path, days=3)
    before = sha(db_path)
    if read_only(db_path):
        result = run_cli("--db", str(db_path), "log", "2026-11-20", "--migraine")
        stderr, code = result.stderr, result.returncode
    else:  # no way to make it read-only here: run the command in this process, pretending
        from diary_app.cli import main
        _pretend_read_only(monkeypatch, {db_path})
        stderr_file = db_path.parent / "stderr.txt"
        with open(stderr_file, "w") as handle, pytest.MonkeyPatch.context() as m:
            m.setattr("sys.stderr", handle)
            code = main(["--db", str(db_path), "log", "2026-11-20", "--migraine"])
        stderr = stderr_file.read_text()
    assert code != 0 and stderr.count("\n") == 1 and "read-only" in stderr
    assert sha(db_path) == before


# -- full disk ----------------------------------------------------------------------------
def test_a_save_on_a_full_disk_is_refused_and_the_diary_keeps_what_it_had(diary):
    diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=True) for i in range(20)])
    before = diary.contents()
    pages = diary.db.execute("PRAGMA page_count").fetchone()[0]
    diary.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk has no room for one more page
    big = [DayEntry(dt.date(2024, 1, 1) + dt.timedelta(days=i), headache=True, notes="x" * 5000) for i in range(50)]
    with pytest.raises(DiaryError, match="disk is full.*nothing was changed"):
        diary.save_days(big)
    assert diary.contents() == before
    diary.db.execute(f"PRAGMA max_page_count = {2**31}")  # room again: the same diary saves
    diary.save_days(big)
    assert len(diary.days()) == 70


def test_a_full_disk_in_the_middle_of_a_save_leaves_nothing_half_written(diary, monkeypatch):
    diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=True) for i in range(5)])
    before = diary.contents()
    real_write_day, calls = diary._write_day, []

    def write_until_full(db, entry, *args, **kwargs):
        calls.append(entry.date)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real_write_day(db, entry, *args, **kwargs)

    monkeypatch.setattr(diary, "_write_day", write_until_full)
    with pytest.raises(DiaryError, match="disk is full"):
        diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=False) for i in range(10)])
    assert diary.contents() == before


def test_a_new_diary_on_a_full_disk_is_refused_and_opens_once_there_is_room(db_path, monkeypatch):
    real_create = steps.create  # what makes a new diary

    def create_on_a_full_disk(conn):
        conn.execute("PRAGMA max_page_count = 3")
        real_create(conn)

    monkeypatch.setattr(steps, "create", create_on_a_full_disk)
    with pytest.raises(DiaryFileError, match="disk is full"):
        Diary.open(db_path)
    monkeypatch.setattr(steps, "create", real_create)
    with Diary.open(db_path) as diary:  # not "another program's database"
        diary.save_day(DayEntry(dt.date(2025, 1, 1), headache=True))


def test_an_export_on_a_full_disk_keeps_the_previous_export(diary, tmp_path, monkeypatch):
    diary.save_day(DayEntry(dt.date(2025, 1, 1), headache=True))
    target = tmp_path / "days.csv"
    export_file(diary, target, today=TODAY)
    before = sha(target)
    real_fdopen = os.fdopen

    def full_fdopen(*args, **kwargs):
        handle = real_fdopen(*args, **kwargs)
        def no_room(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        handle.write = no_room
        return handle

    monkeypatch.setattr(safe_files.os, "fdopen", full_fdopen)
    with pytest.raises(DiaryError, match="No space left on device.*nothing was exported"):
        export_file(diary, target, today=TODAY)
    assert sha(target) == before
    assert sorted(os.listdir(tmp_path)) == sorted(["days.csv", "diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm"])


def test_a_diary_with_broken_references_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 2), headache=True, migraine=True,
                                doses=(Dose(catalogue.resolve("sumatriptan")),)))
    conn = sqlite3.connect(path)  # another tool, without foreign keys on, deletes a medication in use
    conn.execute("DELETE FROM medications")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(DiaryFileError, match=r"has 1 broken reference\(s\) between tables; it was left untouched"):
        Diary.open(path)
    assert sha(path) == before
