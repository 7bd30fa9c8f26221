"""Consistent copies of a diary with SQLite's online backup API, and restoring one.

Backups live in a `backups/` folder beside the diary (mode 0700, files 0600). A damaged
diary is never copied over good backups, and a restore first saves the current file aside.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from diary_app.domain.errors import DiaryError, DiaryFileError
from diary_app.store import files, held
from diary_app.store.opening import NotNow, inspect_file, read_only_uri

KEEP_DAILY = 14
DAILY_TAG = "daily"
RESTORE_WAIT = 2.0  # seconds a restore waits for another program's save to finish before refusing


def backup_folder(diary_path: Path) -> Path:
    return files.backups_folder(diary_path)


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def _backup_path(diary_path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    return backup_folder(diary_path) / f"{Path(diary_path).stem}-{tag}-{_stamp(now)}.sqlite3"


def write_backup(diary_path: Path, target: Path, source: sqlite3.Connection | None = None) -> Path:
    """Copy a diary consistently (even while it is open) to `target`, mode 0600.

    `source`: a connection to the diary to copy through (restore holds the diary with it).
    """
    diary_path = Path(diary_path)
    if source is None and not held.is_held(diary_path):  # a held diary was inspected on opening; open() would drop its locks
        state = inspect_file(diary_path)  # refuses damaged and foreign files
        if not state.exists:
            raise DiaryError(f"{diary_path}: there is no diary to back up")
    partial = files.temporary_path(target)
    try:
        files.make_private_dir(target.parent)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.chmod(partial, 0o600)
        # Another SQLite connection is safe beside a held one: SQLite shares its locks per file.
        reader = source or sqlite3.connect(read_only_uri(diary_path), uri=True, timeout=5)
        dest = sqlite3.connect(partial)
        try:
            if source is None:  # read inside a transaction: a busy diary is an error after 5 s, not an endless wait
                reader.execute("BEGIN")
                reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
            reader.backup(dest)
            if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DiaryError(f"{diary_path}: the backup copy failed its integrity check; no backup written")
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            if reader is not source:
                reader.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:  # a full disk, a folder we may not write to
        files.discard(partial)
        raise DiaryError(f"{target}: the backup could not be written ({exc}); the diary is unchanged") from None
    except BaseException:
        files.discard(partial)
        raise
    return target


def backup_now(diary_path: Path, tag: str = "manual") -> Path:
    return write_backup(diary_path, _backup_path(diary_path, tag))


def copy_before_migration(diary_path: Path) -> Path:
    """Called before an older diary is upgraded: the old file is kept as it was."""
    return backup_now(diary_path, "before-upgrade")


def _backups_with_stamps(diary_path: Path, tag: str | None) -> list[tuple[str, Path]]:
    folder = backup_folder(diary_path)
    name = re.compile(files.backup_name(Path(diary_path).stem, tag))  # literal: "[2026]" is no pattern
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = ((name.fullmatch(entry.name), Path(entry.path)) for entry in entries)
    return sorted((match["stamp"], path) for match, path in found if match)


def list_backups(diary_path: Path, tag: str | None = None) -> list[Path]:
    """Backups of this diary, oldest first."""
    return [path for _, path in _backups_with_stamps(diary_path, tag)]


def daily_backup(diary_path: Path, today: dt.date, source: sqlite3.Connection | None = None) -> Path | None:
    """At most one automatic backup a day, keeping the newest KEEP_DAILY.

    Returns the new backup, or None when today's exists already. A damaged diary raises
    DiaryFileError and leaves every existing backup in place.
    """
    existing = _backups_with_stamps(diary_path, DAILY_TAG)
    if existing and existing[-1][0].startswith(today.strftime("%Y%m%d")):
        return None
    # Named by `today`, the date the check above compares with (not the wall clock's).
    stamp = dt.datetime.combine(today, dt.datetime.now().time())
    made = write_backup(diary_path, _backup_path(diary_path, DAILY_TAG, stamp), source)
    for old in list_backups(diary_path, DAILY_TAG)[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return made


def restore(diary_path: Path, backup: Path) -> Path | None:
    """Put a backup in place of the diary; the current file is first saved aside (returned).

    A good diary is overwritten in place, in one SQLite transaction, while this connection holds
    it alone: a save another program acknowledged is either in the copy saved aside or was made
    after the restore, into the restored diary; a kill leaves one or the other, never a mixture.
    A damaged or foreign file, which nobody can have open, is saved aside byte for byte and replaced.
    Every problem is a DiaryError, and then the diary and its folder are as they were.
    """
    diary_path, backup = Path(diary_path), Path(backup)
    if held.is_held(diary_path):
        raise DiaryError(f"{diary_path} is open in another window or program; close it, then restore")
    if diary_path.is_dir():
        raise DiaryFileError(diary_path, "is a folder, not a diary file; nothing was restored")
    state = inspect_file(backup, check_references=True)  # one that could not be opened is refused before anything moves
    if not state.exists or state.empty:
        raise DiaryFileError(backup, "is not a Migraine Diary backup")
    try:
        files.make_private_dir(diary_path.parent)
    except OSError as exc:
        raise DiaryError(f"{diary_path}: its folder cannot be made ({exc.strerror or exc}); nothing was restored") from None
    partial = files.temporary_path(diary_path)
    write_backup(backup, partial)  # a copy that passed integrity_check, before the diary is touched
    try:
        try:
            current = inspect_file(diary_path)
        except NotNow as exc:  # perhaps a good diary in use: never replaced unseen
            raise DiaryError(f"{exc}; nothing was restored") from None
        except DiaryFileError:
            return _replace_unusable(diary_path, partial)
        if not current.exists:
            _put_in_place(partial, diary_path)
            return None
        return _restore_in_place(diary_path, partial)
    except (sqlite3.Error, OSError) as exc:  # a full disk while the copy goes in: SQLite rolls it back
        raise DiaryError(f"{diary_path}: cannot be restored ({exc}); nothing was changed") from None
    finally:
        files.discard(partial)


def _restore_in_place(diary_path: Path, partial: Path) -> Path:
    """Hold the diary alone (locking_mode EXCLUSIVE: no other program reads or writes until the
    connection closes), save it aside through that connection, then copy the backup into it."""
    conn = sqlite3.connect(diary_path, timeout=RESTORE_WAIT, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # the lock stays until close
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY":
                raise DiaryError(f"{diary_path}: cannot be restored ({exc}); nothing was changed") from None
            raise DiaryError(f"{diary_path} is open in another window or program; close it, then restore") from None
        saved = write_backup(diary_path, _backup_path(diary_path, "before-restore"), source=conn)
        _match_page_size(partial, conn.execute("PRAGMA page_size").fetchone()[0])
        copy = sqlite3.connect(partial)
        try:
            copy.backup(conn)  # one transaction into the diary's WAL: all of it or none
        except sqlite3.Error as exc:
            raise DiaryError(f"{diary_path}: cannot be restored ({exc}); nothing was changed (the diary as it was is "
                             f"also saved at {saved})") from None
        finally:
            copy.close()
    finally:
        conn.close()
    return saved


def _match_page_size(partial: Path, page_size: int) -> None:
    """SQLite copies into a diary in WAL mode only page for page of the same size."""
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        if conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


def _put_in_place(partial: Path, diary_path: Path) -> None:
    """Rename the verified copy to the diary, in WAL mode as the app keeps it; nothing of the
    old file's (-wal, -shm, -journal) may stay beside it, or SQLite would apply it to the new one."""
    conn = sqlite3.connect(partial)
    try:
        conn.execute("PRAGMA journal_mode = wal")
    finally:
        conn.close()
    for suffix in files.COMPANIONS:
        Path(f"{diary_path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, diary_path)


def _replace_unusable(diary_path: Path, partial: Path) -> Path:
    """A damaged (or foreign, or newer) file is still the person's data: keep its bytes, and its
    -wal and journal, exactly as they are; then put the backup in its place."""
    target = _backup_path(diary_path, "before-restore")
    made = []
    try:
        for suffix in ("", "-wal", "-journal"):
            if Path(f"{diary_path}{suffix}").exists():
                files.private_copy(Path(f"{diary_path}{suffix}"), Path(f"{target}{suffix}"))
                made.append(Path(f"{target}{suffix}"))
        _put_in_place(partial, diary_path)
    except (OSError, sqlite3.Error) as exc:
        for copy in made:
            copy.unlink(missing_ok=True)
        raise DiaryError(f"{diary_path}: cannot be restored: the current file could not be saved aside "
                         f"({getattr(exc, 'strerror', None) or exc}); nothing was changed") from None
    return target


def open_diary(diary_path: Path, today: dt.date, *, daily: bool = True):
    """Open a diary the way the app does: a copy before any upgrade, then the daily backup.

    A failed daily backup does not stop the person from using the diary; the reason is
    left in `diary.backup_problem` for the caller to show. The window passes daily=False
    and calls `backup_if_due` once it is on screen.
    """
    from diary_app.store.diary import Diary

    diary = Diary.open(diary_path, before_migrate=copy_before_migration)
    diary.backup_problem = backup_if_due(diary, today) if daily else None
    return diary


def backup_if_due(diary, today: dt.date) -> str | None:
    """Today's backup of a diary that holds anything, if not made yet; the problem, if any."""
    if diary.read_only:  # nothing can change, and there is nowhere to write it
        return None
    try:
        if diary.has_entries():
            # A diary held alone (a full disk: no room for its -shm) can only be read through its own connection.
            alone = diary.db.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
            daily_backup(diary.path, today, source=diary.db.conn if alone else None)
    except (OSError, DiaryError) as exc:
        return f"the daily backup could not be written: {exc}"
    return None
