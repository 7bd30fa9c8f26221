"""Opening a diary for the window: one window per diary (a lock file), and a way out when
the file cannot be opened (restore a backup, open or create another) — never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile, QObject
from PySide6.QtWidgets import QWidget

from diary_app.domain.errors import DiaryError, DiaryFileError
from diary_app.store import Diary
from diary_app.store.backups import list_backups, open_diary, restore
from diary_app.ui import prompts

DIARY_FILTER = QT_TRANSLATE_NOOP("Opening", "Migraine Diary files (*.sqlite3 *.db);;All files (*)")


class Opening(QObject):
    """The context of this module's texts: `Opening.tr(...)`, counts included."""


def diary_filter() -> str:
    """DIARY_FILTER in the person's language."""
    return QCoreApplication.translate("Opening", DIARY_FILTER)


class AlreadyOpen(DiaryError):
    """Another window holds this diary's lock."""


def lock_path(path: Path) -> str:
    """Beside the real file: a symlink, `..` or a relative path to the same diary finds the same lock."""
    return f"{os.path.realpath(path)}.lock"


def acquire_lock(path: Path) -> QLockFile | None:
    """The diary's lock, or None when the folder does not allow one yet; AlreadyOpen if held."""
    lock = QLockFile(lock_path(path))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise AlreadyOpen(Opening.tr("{0} is already open in another Migraine Diary window. Switch to that window, "
                              "or close it first. (The command line still works while the window is open.)")
                          .format(path))
    return None


def open_locked(path: Path, today: dt.date) -> tuple[Diary, QLockFile | None]:
    """Lock, then open with the daily backup; raises AlreadyOpen or DiaryFileError."""
    return open_with_lock(Path(path), today, acquire_lock(Path(path)))


def open_with_lock(path: Path, today: dt.date, lock: QLockFile | None) -> tuple[Diary, QLockFile | None]:
    """Open a diary whose lock was taken (None: its folder did not exist, lock once created)."""
    try:
        diary = open_diary(path, today, daily=False)  # the window backs up after its first paint
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    if lock is None:  # the folder was created by the open
        try:
            lock = acquire_lock(path)
        except AlreadyOpen:
            diary.close()
            raise
    return diary, lock


class OpeningInBackground:
    """`open_locked` with the opening on a worker thread: SQLite's checks of the file (quick_check,
    foreign keys) run without holding the GIL, while the window's modules load.

    The lock is taken here, on the calling thread: it is quick, and the worker is then left with
    SQLite work alone (each return from Qt or SQLite on the worker waits for the GIL).
    """

    def __init__(self, path: Path, today: dt.date):
        path = Path(path)
        self._outcome: tuple[Diary, QLockFile | None] | BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            lock = acquire_lock(path)
        except AlreadyOpen as exc:
            self._outcome = exc
            return
        self._thread = threading.Thread(target=self._open, args=(path, today, lock), name="open-diary", daemon=True)
        self._thread.start()

    def _open(self, path: Path, today: dt.date, lock: QLockFile | None) -> None:
        try:
            self._outcome = open_with_lock(path, today, lock)
        except BaseException as exc:  # handed to the main thread by result()
            self._outcome = exc

    def result(self) -> tuple[Diary, QLockFile | None]:
        if self._thread is not None:
            self._thread.join()
        outcome, self._outcome = self._outcome, None  # an error's traceback would hold this object
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def open_with_recovery(parent: QWidget | None, path: Path, today: dt.date,
                       first_try: Callable[[], tuple[Diary, QLockFile | None]] | None = None,
                       ) -> tuple[Diary, QLockFile | None] | None:
    """Open `path`, or whatever the person picks instead after a problem; None when they give up.

    `first_try` is an opening already under way (OpeningInBackground.result) for `path`.
    """
    while True:
        try:
            if first_try is not None:
                attempt, first_try = first_try, None
                return attempt()
            return open_locked(path, today)
        except AlreadyOpen as exc:
            prompts.show_error(parent, Opening.tr("Diary already open"), str(exc))
            return None
        except DiaryFileError as exc:
            choice = ask_after_failure(parent, path, exc)
        if choice == "restore":
            if not restore_backup_into(parent, path):
                continue
        elif choice == "open":
            chosen = prompts.open_file(parent, Opening.tr("Open diary"), diary_filter(), str(Path(path).parent))
            path = chosen or path
        elif choice == "new":
            chosen = prompts.save_file(parent, Opening.tr("New diary"), diary_filter(),
                                       str(Path(path).parent / "diary.sqlite3"))
            path = chosen or path
        else:
            return None


def ask_after_failure(parent: QWidget | None, path: Path, error: DiaryFileError) -> str:
    backups = list_backups(path)
    choices = []
    if backups:
        choices.append(("restore", Opening.tr("Restore from backup…")))
    choices += [("open", Opening.tr("Open another diary…")), ("new", Opening.tr("Create a new diary…")),
                ("quit", Opening.tr("Quit"))]
    detail = Opening.tr("The file was left exactly as it was.")
    if backups:
        detail += " " + Opening.tr("%n backup(s) of this diary exist.", "", len(backups))
    return prompts.ask(parent, Opening.tr("Cannot open the diary"), str(error), choices, default=choices[0][0],
                       detail=detail)


def restore_backup_into(parent: QWidget | None, path: Path) -> bool:
    """Let the person pick a backup and put it in place of `path` (the current file is kept aside)."""
    backups = list_backups(path)
    if not backups:
        prompts.inform(parent, Opening.tr("No backups"), Opening.tr("There is no backup of {0}.").format(path))
        return False
    from diary_app.ui.dialogs.restore_dialog import RestoreDialog  # only when a diary cannot be opened

    dialog = RestoreDialog(backups, parent)
    if not prompts.run_dialog(dialog) or dialog.backup is None:
        return False
    try:
        saved = restore(path, dialog.backup)
    except DiaryError as exc:
        prompts.show_error(parent, Opening.tr("Restore failed"), str(exc))
        return False
    if saved:
        prompts.inform(parent, Opening.tr("Restored"),
                       Opening.tr("The diary was restored from {0}.\nThe previous file is kept at {1}.")
                       .format(dialog.backup.name, saved))
    return True
