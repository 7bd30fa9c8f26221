"""The diary's files as files: private modes, temporary names, and what a kill leaves behind.

Nothing here opens a diary file: a held diary (held.py) may be stat()ed, chmod()ed and renamed
by path, but a descriptor of it closed here would drop SQLite's locks.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database
PARTIAL = "partial"  # temporary copies are named `TARGET.PID.partial` (older versions: `TARGET.partial`)


def make_private_dir(folder: Path) -> None:
    """Create a folder and every missing parent with mode 0700, whatever the umask."""
    folder = Path(folder)
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    if not folder.is_dir():  # e.g. a --db path under a plain file
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    for made in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            made.mkdir(mode=0o700)
            os.chmod(made, 0o700)  # mkdir's mode is cut by the umask, and only ever narrowed


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 so SQLite (and its -wal/-shm files) stay private."""
    make_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def tighten(path: Path) -> None:
    """Make a diary copied in readable by all (0644) owner-only again, with its -wal and -shm.

    By path, never through a descriptor; a file we may not chmod (another owner, a read-only
    disk) is left as it is. SQLite gives new -wal/-shm files the diary's mode.
    """
    for name in (str(path), *(f"{path}{suffix}" for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            mode = os.stat(name).st_mode
            if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
                os.chmod(name, stat.S_IMODE(mode) & 0o700)


def write_problem(path: Path) -> str | None:
    """Why nothing can be saved to `path` (read-only file or folder), or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return "the diary file is read-only"
    folder = path.parent if path.parent != Path("") else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} is read-only"
    return None


# -- names, matched as text: a diary called "My diary [2026]" is no glob pattern -----------
BACKUP_TAGS = ("daily", "manual", "before-upgrade", "before-restore")


def backup_name(stem: str, tag: str | None = None) -> str:
    """A regex for the names of `stem`'s backups (with `tag`, or any); group `stamp` is the time."""
    tags = re.escape(tag) if tag else "|".join(map(re.escape, BACKUP_TAGS))
    return re.escape(stem) + f"-(?:{tags})-" + r"(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3"


def backups_folder(diary_path: Path) -> Path:
    return Path(diary_path).parent / "backups"


def remove_leftovers(diary_path: Path) -> None:
    """What a killed process of ours left beside a diary and among its backups."""
    remove_stale_temporaries(diary_path.parent, re.escape(diary_path.name))
    remove_stale_temporaries(backups_folder(diary_path), backup_name(diary_path.stem))


# -- temporary copies ---------------------------------------------------------------------
def temporary_path(target: Path) -> Path:
    """Where a copy is written before it is renamed to `target`; the process id says whose it is."""
    return target.with_name(f"{target.name}.{os.getpid()}.{PARTIAL}")


def discard(path: Path) -> None:
    """Remove a temporary copy and whatever SQLite left beside it."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            os.unlink(name)


def private_copy(source: Path, target: Path) -> None:
    """Copy bytes as they are (a damaged file), mode 0600, all or nothing; OSError on failure."""
    partial = temporary_path(target)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        discard(partial)
        raise


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True


def remove_stale_temporaries(folder: Path, target: str) -> list[Path]:
    """Delete temporary copies (of files named as the regex `target` says) whose process is gone.

    Older versions named them `X.partial` and `X.restoring`, with no process id: always stale.
    Their journals go too, and the copy of a copy restore makes (`X.PID.partial.PID.partial`).
    """
    leftover = re.compile(f"(?:{target})" + r"\.(?:(?P<pid>\d+)\.)?(?:partial|restoring)(?:\.\d+\.partial)?(?:-wal|-shm|-journal)?")
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            found = leftover.fullmatch(entry.name)
            if found and entry.is_file(follow_symlinks=False) and not (found["pid"] and _running(int(found["pid"]))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
