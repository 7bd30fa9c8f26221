"""Diary files this process holds open through SQLite, so that nothing else here open()s them.

SQLite's locks are POSIX advisory locks, and closing *any* descriptor of a file drops every lock
the process holds on it. When the window read a diary's header with Python's `open()` (for its
daily backup) while its connection was open, the next command-line process believed it was the
last user of the file, checkpointed and deleted the WAL the window was still writing into, and
saves from both sides were lost (SQLite's "How To Corrupt An SQLite Database File", 2.2).
Further SQLite connections are safe: its unix VFS shares locks per file and keeps their
descriptors open until the last lock goes. So a held file is read only through SQLite.

Files are known by device and inode (from `os.stat`, which opens no descriptor), so another
path to the same file (a symlink, `..`) is the same file.
"""

from __future__ import annotations

import os
import threading
from collections import Counter

FileId = tuple[int, int]

_lock = threading.Lock()
_held: Counter[FileId] = Counter()


def file_id(path: str | os.PathLike) -> FileId | None:
    """The file's device and inode, or None when there is no such file."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def hold(path: str | os.PathLike) -> FileId | None:
    """Record that a connection of this process has `path` open; returns the id to `release`."""
    key = file_id(path)
    if key is not None:
        with _lock:
            _held[key] += 1
    return key


def release(key: FileId | None) -> None:
    if key is None:
        return
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: str | os.PathLike) -> bool:
    """Whether a connection of this process has the file at `path` open."""
    key = file_id(path)
    with _lock:
        return key is not None and key in _held
