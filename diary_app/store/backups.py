"""Consistent copies of a diary with SQLite's online backup API, and restoring one.

Backups live in a `backups/` folder beside the diary (mode 0700, files 0600). A damaged
diary is never copied over good backups, and a restore first saves the current file aside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from diary_app.domain.errors import DiaryError, DiaryFileError
from diary_app.store import held
from diary_app.store.opening import inspect_file, make_private_dir

KEEP_DAILY = 14
DAILY_TAG = "daily"


def backup_folder(diary_path: Path) -> Path:
    return Path(diary_path).parent / "backups"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def _backup_path(diary_path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    return backup_folder(diary_path) / f"{Path(diary_path).stem}-{tag}-{_stamp(now)}.sqlite3"


def write_backup(diary_path: Path, target: Path) -> Path:
    """Copy a diary consistently (even while it is open) to `target`, mode 0600."""
    diary_path = Path(diary_path)
    if not held.is_held(diary_path):  # a diary open here was inspected on opening; open() would drop its locks
        state = inspect_file(diary_path)  # refuses damaged and foreign files
        if not state.exists:
            raise DiaryError(f"{diary_path}: there is no diary to back up")
    partial = target.with_name(target.name + ".partial")
    try:
        make_private_dir(target.parent)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        # Another SQLite connection is safe beside a held one: SQLite shares its locks per file.
        source = sqlite3.connect(diary_path.resolve().as_uri() + "?mode=ro", uri=True)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DiaryError(f"{diary_path}: the backup copy failed its integrity check; no backup written")
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            source.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:  # a full disk, a folder we may not write to
        _discard(partial)
        raise DiaryError(f"{target}: the backup could not be written ({exc}); the diary is unchanged") from None
    except BaseException:
        _discard(partial)
        raise
    return target


def _discard(partial: Path) -> None:
    with contextlib.suppress(OSError):
        partial.unlink()


def backup_now(diary_path: Path, tag: str = "manual") -> Path:
    return write_backup(diary_path, _backup_path(diary_path, tag))


def copy_before_migration(diary_path: Path) -> Path:
    """Called before an older diary is upgraded: the old file is kept as it was."""
    return backup_now(diary_path, "before-upgrade")


def list_backups(diary_path: Path, tag: str | None = None) -> list[Path]:
    """Backups of this diary, oldest first."""
    folder = backup_folder(diary_path)
    pattern = f"{Path(diary_path).stem}-{tag or '*'}-*.sqlite3"
    return sorted(folder.glob(pattern), key=lambda p: p.name.rsplit("-", 3)[-3:]) if folder.exists() else []


def daily_backup(diary_path: Path, today: dt.date) -> Path | None:
    """At most one automatic backup a day, keeping the newest KEEP_DAILY.

    Returns the new backup, or None when today's exists already. A damaged diary raises
    DiaryFileError and leaves every existing backup in place.
    """
    existing = list_backups(diary_path, DAILY_TAG)
    if existing and existing[-1].name.split(f"-{DAILY_TAG}-")[-1].startswith(today.strftime("%Y%m%d")):
        return None
    # Named by `today`, the date the check above compares with (not the wall clock's).
    stamp = dt.datetime.combine(today, dt.datetime.now().time())
    made = write_backup(diary_path, _backup_path(diary_path, DAILY_TAG, stamp))
    for old in list_backups(diary_path, DAILY_TAG)[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return made


def restore(diary_path: Path, backup: Path) -> Path | None:
    """Replace the diary by a backup; the current file is first saved aside (returned)."""
    diary_path, backup = Path(diary_path), Path(backup)
    if held.is_held(diary_path):
        raise DiaryError(f"{diary_path} is open in another window or program; close it, then restore")
    state = inspect_file(backup, check_references=True)  # one that could not be opened is refused before anything moves
    if not state.exists or state.empty:
        raise DiaryFileError(backup, "is not a Migraine Diary backup")
    make_private_dir(diary_path.parent)
    partial = diary_path.with_name(diary_path.name + ".restoring")
    write_backup(backup, partial)  # a copy that passed integrity_check, before the diary is touched
    try:
        if diary_path.exists():
            _refuse_if_open_elsewhere(diary_path)
        saved = _save_current_aside(diary_path) if diary_path.exists() else None
    except BaseException:
        _discard(partial)
        raise
    for suffix in ("-wal", "-shm"):
        Path(f"{diary_path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, diary_path)
    return saved


def _refuse_if_open_elsewhere(diary_path: Path) -> None:
    """A window with the diary open would go on saving into the replaced file, unseen: refuse.

    Leaving WAL mode needs the only connection, so that is the test; it moves the WAL's saves
    into the file (nothing is lost), and the file is about to be replaced anyway.
    """
    try:
        inspect_file(diary_path)
    except DiaryFileError:
        return  # a damaged file is saved aside byte for byte; the app cannot have it open
    # Any other file may be open in a window (even one whose references another tool broke):
    # the test folds its WAL into it, and it is then saved aside as a copy with every row.
    conn = sqlite3.connect(diary_path, timeout=0.5)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY":
            raise DiaryError(f"{diary_path}: cannot be restored ({exc}); nothing was changed") from None
        raise DiaryError(f"{diary_path} is open in another window or program; close it, then restore") from None
    finally:
        conn.close()


def _save_current_aside(diary_path: Path) -> Path:
    target = _backup_path(diary_path, "before-restore")
    try:
        return write_backup(diary_path, target)
    except DiaryFileError:
        # A damaged file is still the person's data: keep its bytes (and its WAL) as they are.
        make_private_dir(target.parent)
        shutil.copy2(diary_path, target)
        os.chmod(target, 0o600)
        wal = Path(f"{diary_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
            os.chmod(Path(f"{target}-wal"), 0o600)
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
    try:
        if diary.has_entries():
            daily_backup(diary.path, today)
    except (OSError, DiaryError) as exc:
        return f"the daily backup could not be written: {exc}"
    return None
