"""Helpers shared by the reliability tests: file hashes, raw SQLite looks, the CLI in a subprocess."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.sqlite_helpers import query  # noqa: F401  (the reliability tests import it from here)

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of a file, read without our code in the way."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()




def cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m diary_app ARGS` in a subprocess, no display, stdin closed."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "diary_app", *args], capture_output=True, text=True, env=full_env,
        timeout=timeout, stdin=subprocess.DEVNULL, cwd=ROOT,
    )


def deleted_diary_files(path: Path, pid: int | str = "self") -> list[str]:
    """Files of this diary (`-wal`, `-shm`) a process holds open although they were deleted: the
    sign that another process deleted the WAL this one still writes into (lost saves)."""
    found = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


@pytest.fixture
def run_cli():
    return cli


# -- damage, done the way disks and other programs do it ----------------------------------
def checkpoint(path: Path) -> None:
    """Move everything from the WAL into the main file, so damage to the file is damage to the data."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def zero_page(path: Path, page: int) -> None:
    """Overwrite one page with zeros, as a failing disk does; checks the damage is visible."""
    checkpoint(path)
    size = query(path, "PRAGMA page_size")[0][0]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes(size))
    assert query(path, "PRAGMA quick_check") != [("ok",)]


def make_index_stale(path: Path) -> None:
    """Damage only `integrity_check` sees (quick_check passes): an index out of step with its table.

    Needs at least one infusion in the diary.
    """
    checkpoint(path)
    conn = sqlite3.connect(path)
    try:
        entry = conn.execute(
            "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = 'infusions_by_start'"
        ).fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = 'infusions_by_start'")
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("DELETE FROM infusions WHERE id = (SELECT min(id) FROM infusions)")
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert query(path, "PRAGMA quick_check") == [("ok",)]
    assert integrity(path) != "ok"


def foreign_database(path: Path) -> None:
    """Another program's SQLite file."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT, taken TEXT)")
        photos = [(f"IMG_{i}.jpg", "2024-01-01") for i in range(50)]
        conn.executemany("INSERT INTO photos (name, taken) VALUES (?, ?)", photos)
        conn.commit()
    finally:
        conn.close()


def folder_listing(folder: Path) -> dict[str, str]:
    """Every file under a folder with its hash: to show nothing was added, moved or changed."""
    return {str(p.relative_to(folder)): sha(p) for p in sorted(Path(folder).rglob("*")) if p.is_file()}
