"""Reading a diary file behind the app's back, the way the tests check what was stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def query(path: Path, sql: str, params=()) -> list[tuple]:
    """All rows of one statement on a fresh connection, closed again at once."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
