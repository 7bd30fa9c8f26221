"""Opening a diary file safely: look before writing, refuse what is not ours.

A file that is not SQLite, damaged, another program's database or written by a newer
version is refused with a DiaryFileError and its bytes are left exactly as they were.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from diary_app.domain.errors import DiaryFileError
from diary_app.store import held, version

SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(NamedTuple):
    """What a read-only look at a diary file found."""

    exists: bool
    empty: bool  # no tables at all: a new diary
    version: int  # PRAGMA user_version (0 for a new file)


def make_private_dir(folder: Path) -> None:
    """Create a folder (and its parents) readable by the owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 so SQLite (and its -wal/-shm files) stay private."""
    make_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def inspect_file(path: Path, *, check_references: bool = False) -> FileState:
    """Look at a diary file without writing a byte; raise DiaryFileError if it is not usable.

    `check_references`: also refuse rows that point at rows another tool deleted (opening does;
    a backup copies the file as it is, whatever it holds).
    """
    if not path.exists():
        return FileState(exists=False, empty=True, version=0)
    if held.is_held(path):  # never open() a file SQLite holds here: its close drops SQLite's locks
        return FileState(exists=True, empty=False, version=version.SCHEMA_VERSION)  # checked on opening
    if path.is_dir():
        raise DiaryFileError(path, "is a folder, not a diary file")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)  # the SQLite file header
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise DiaryFileError(path, f"cannot be read ({exc.strerror})") from None
    if not header:
        return FileState(exists=True, empty=True, version=0)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DiaryFileError(path, "is not a Migraine Diary file (it is not an SQLite database)")
    page_size = 65536 if header[16:18] == b"\x00\x01" else int.from_bytes(header[16:18], "big")
    if len(header) < 100 or page_size < 512 or size % page_size:  # SQLite only ever writes whole pages
        raise DiaryFileError(path, "is damaged (cut short: not a whole number of pages); it was left untouched")
    try:
        return _inspect_sqlite(path, check_references)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN":  # not damage: no room for its -wal
            raise DiaryFileError(path, f"cannot be opened ({exc}); is its folder read-only? It was left untouched") from None
        raise DiaryFileError(path, f"is damaged and cannot be opened ({exc}); it was left untouched") from None


# One statement, so that the look costs one round trip (the window runs it on a worker thread).
INSPECTION = """
    SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table'),
           (SELECT application_id FROM pragma_application_id),
           (SELECT user_version FROM pragma_user_version),
           (SELECT quick_check FROM pragma_quick_check LIMIT 1)
"""


def _inspect_sqlite(path: Path, check_references: bool) -> FileState:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        tables, app_id, file_version, check = conn.execute(INSPECTION).fetchone()
        state = _judge(path, tables, app_id, file_version, check)
        if check_references and not state.empty:  # only once the file is known to be ours and whole
            broken = conn.execute("SELECT count(*) FROM pragma_foreign_key_check").fetchone()[0]
            if broken:
                raise DiaryFileError(path, f"has {broken} broken reference(s) between tables; it was left untouched")
        return state
    finally:
        conn.close()


def _judge(path: Path, tables: int, app_id: int, file_version: int, check: str) -> FileState:
    if check != "ok":
        detail = " ".join(line for line in check.splitlines() if not line.startswith("***"))  # one line
        raise DiaryFileError(path, f"is damaged ({detail}); it was left untouched")
    if not tables:
        return FileState(exists=True, empty=True, version=0)
    if app_id != version.APPLICATION_ID:
        raise DiaryFileError(path, "is an SQLite database of another program, not a Migraine Diary file")
    if file_version > version.SCHEMA_VERSION:
        raise DiaryFileError(
            path,
            f"was written by a newer version of Migraine Diary (schema {file_version}, this version "
            f"reads up to {version.SCHEMA_VERSION}); please update the app. The file was left untouched",
        )
    return FileState(exists=True, empty=False, version=file_version)


def check_writable(path: Path) -> None:
    if path.exists() and not os.access(path, os.W_OK):
        raise DiaryFileError(path, "is read-only; nothing can be saved to it")
    folder = path.parent if path.parent != Path("") else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise DiaryFileError(path, f"its folder {folder} is read-only; nothing can be saved there")
