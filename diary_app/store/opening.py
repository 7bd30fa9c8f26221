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
from diary_app.store import files, held, steps, version

SQLITE_HEADER = b"SQLite format 3\x00"


class NotNow(DiaryFileError):
    """The file may well be fine, but cannot be used now: busy, a full disk, a read-only folder."""


class FileState(NamedTuple):
    """What a read-only look at a diary file found."""

    exists: bool
    empty: bool  # no tables at all: a new diary
    version: int  # PRAGMA user_version (0 for a new file)


def inspect_file(path: Path, *, check_references: bool = False) -> FileState:
    """Look at a diary file without writing a byte; raise DiaryFileError if it is not usable.

    `check_references`: also refuse rows that point at rows another tool deleted (opening does;
    a backup copies the file as it is, whatever it holds). The one change it may make: an
    unfinished save of ours (a hot rollback journal, left by a kill) is rolled back by SQLite.
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
        raise NotNow(path, f"cannot be read ({exc.strerror})") from None
    if not header:
        return FileState(exists=True, empty=True, version=0)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DiaryFileError(path, "is not a Migraine Diary file (it is not an SQLite database)")
    page_size = 65536 if header[16:18] == b"\x00\x01" else int.from_bytes(header[16:18], "big")
    if len(header) < 100 or page_size < 512 or size % page_size:  # SQLite only ever writes whole pages
        raise DiaryFileError(path, "is damaged (cut short: not a whole number of pages); it was left untouched")
    try:
        return _inspect_sqlite(path, check_references, header[18] == 2)
    except sqlite3.DatabaseError as exc:
        if not (_errorname(exc) == "SQLITE_READONLY_ROLLBACK" and _ours(header) and not files.write_problem(path)):
            raise refusal(path, exc) from None
    _roll_back(path)  # a kill in the middle of a save of ours: SQLite puts the file back as it was
    try:
        return _inspect_sqlite(path, check_references, header[18] == 2)
    except sqlite3.DatabaseError as exc:
        raise refusal(path, exc) from None


def _errorname(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or ""


def _ours(header: bytes) -> bool:
    return int.from_bytes(header[68:72], "big", signed=True) == version.APPLICATION_ID


def _roll_back(path: Path) -> None:
    """What any read-write open does with a hot journal: undo the unfinished save, then delete it."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise refusal(path, exc) from None
    finally:
        conn.close()


def refusal(path: Path, exc: sqlite3.Error, *, looking: bool = True) -> DiaryFileError:
    """The error SQLite gave, said as what it means: only real damage is called damage.

    `looking`: raised by the read-only look (nothing was written), rather than while opening.
    """
    name = _errorname(exc)
    untouched = "; it was left untouched" if looking else ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return NotNow(path, f"is busy: another program is writing to it ({exc}); try again in a moment")
    if name.startswith("SQLITE_IOERR") or name == "SQLITE_FULL":
        return NotNow(path, f"cannot be read or written: the disk is full or failing ({exc}){untouched}")
    if name == "SQLITE_READONLY_ROLLBACK":  # not ours, or in a folder where it cannot be undone
        return NotNow(path, f"has an unfinished save left by a crash (its -journal) that cannot be undone here{untouched}")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return NotNow(path, f"cannot be opened ({exc}); is its folder read-only?{untouched}")
    if not looking:
        return DiaryFileError(path, f"cannot be opened ({exc})")
    return DiaryFileError(path, f"is damaged and cannot be opened ({exc}){untouched}")


def read_only_uri(path: Path, wal_mode: bool = True) -> str:
    """An SQLite URI that reads `path` and creates nothing beside it.

    A read-only connection to a file in WAL mode creates -wal and -shm files and leaves them
    (a refused file's folder must stay as it was), and cannot create them on a full disk or in
    a read-only folder. With no -wal (or an empty one: no save in it) and no hot journal, the file
    alone is the whole database: it is read as immutable, with no companion files at all. (A file in rollback
    mode, header byte 18 = 1, needs no companions: it is read as usual, seeing others' locks.)
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if held.is_held(path):  # open here (perhaps holding its WAL alone): read it as SQLite shares it
        return uri
    if not wal_mode or Path(f"{path}-journal").exists() or _holds_saves(Path(f"{path}-wal")):
        return uri
    return uri + "&immutable=1"


def _holds_saves(wal: Path) -> bool:
    """Whether a -wal file is there with saves in it. One that goes while we look (its last
    connection closed: SQLite copied it into the file and deleted it) holds none any more."""
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


# One statement, so that the look costs one round trip (the window runs it on a worker thread).
INSPECTION = """
    SELECT (SELECT count(*) FROM sqlite_master),
           (SELECT application_id FROM pragma_application_id),
           (SELECT user_version FROM pragma_user_version),
           (SELECT quick_check FROM pragma_quick_check LIMIT 1)
"""


def _inspect_sqlite(path: Path, check_references: bool, wal_mode: bool) -> FileState:
    """The look; one read as immutable that finds a problem is looked at again if the file changed
    meanwhile (another program's checkpoint writing it under a read that takes no lock)."""
    for _ in range(3):
        uri = read_only_uri(path, wal_mode)
        before = _signature(path)
        try:
            return _look(path, uri, check_references)
        except (sqlite3.DatabaseError, DiaryFileError):
            if not uri.endswith("immutable=1") or _signature(path) == before:
                raise
    return _look(path, read_only_uri(path, wal_mode), check_references)


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def _look(path: Path, uri: str, check_references: bool) -> FileState:
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
    if not tables and app_id in (0, version.APPLICATION_ID):  # a new file, or one of ours killed as it was made
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


def connect(path: Path, *, read_only: bool, timeout: float) -> sqlite3.Connection:
    """The connection a Diary works through, its first read done (sqlite3.Error if it fails).

    Read-only: creates nothing beside the file. Read-write: when there is no room for the -shm
    index (a full disk), the connection keeps the file to itself instead (locking_mode EXCLUSIVE
    keeps the index in memory), so that the diary can still be read and shown.
    """
    options = {"timeout": timeout, "isolation_level": None, "check_same_thread": False}
    if read_only:
        attempts = [(read_only_uri(path), {"uri": True}, None)]
    else:
        attempts = [(path, {}, None), (path, {}, "PRAGMA locking_mode = EXCLUSIVE")]
    for number, (target, extra, first) in enumerate(attempts, 1):
        conn = sqlite3.connect(target, **extra, **options)
        try:
            if first:
                conn.execute(first)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error as exc:
            conn.close()
            name = _errorname(exc)
            if number == len(attempts) or not (name.startswith("SQLITE_IOERR") or name == "SQLITE_FULL"):
                raise
    raise AssertionError("unreachable")


def open_diary_file(path: Path, before_migrate, *, timeout: float) -> tuple[sqlite3.Connection, str | None]:
    """Look, then open `path` for a Diary: created 0600 or made owner-only again, in WAL mode,
    migrated forward. Returns the connection and why nothing can be saved (None if it can)."""
    state = inspect_file(path, check_references=True)
    read_only = files.write_problem(path)
    upgrade = state.empty or state.version < version.SCHEMA_VERSION
    if read_only and upgrade:
        raise DiaryFileError(path, f"cannot be {'set up or upgraded' if state.exists else 'created'}: {read_only}")
    if not read_only:
        _prepare_file(path, state.exists)
    if upgrade and not state.empty and before_migrate:
        before_migrate(path)
    conn = None
    try:
        # isolation_level=None: the Diary BEGINs itself. check_same_thread=False: the window opens
        # the file on a worker thread (ui/opening.py); one thread at a time uses it.
        conn = connect(path, read_only=bool(read_only), timeout=timeout)  # timeout: SQLite's busy timeout
        if not read_only and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = FULL")
        problems = 0  # an existing file's were refused by inspect_file
        if state.empty:
            steps.create(conn)  # the standard library alone: sqlite-utils is slow to import
        elif upgrade:
            from diary_app.store import schema  # sqlite-utils: only to upgrade a file

            schema.apply(conn)
            problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise refusal(path, exc, looking=False) from None
    if problems:
        conn.close()
        raise DiaryFileError(path, f"has {problems} broken reference(s) between tables")
    return conn, read_only


def _prepare_file(path: Path, exists: bool) -> None:
    """A new diary is created 0600; an existing one is made owner-only again (a copy made with
    0644), and temporary copies a killed process of ours left beside it are removed."""
    try:
        if not exists:
            files.create_private_file(path)
    except OSError as exc:
        raise DiaryFileError(path, f"cannot be created ({exc.strerror or exc})") from None
    files.tighten(path)
    files.remove_leftovers(path)
