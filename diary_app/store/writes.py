"""Small pieces every part of the Diary writes with."""

from __future__ import annotations

import datetime as dt

from diary_app.domain.errors import DiaryError
from diary_app.store.connection import Connection


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def insert_or_update(db: Connection, table: str, row: dict, row_id: int | None, now: str) -> int:
    """Add a row (no id yet) or update the one with `row_id`; returns the id."""
    if row_id is None:
        return db.insert(table, {**row, "created_at": now})
    if not db.update(table, row_id, row):
        raise DiaryError(f"that {table[:-1]} ({row_id}) no longer exists; nothing was changed")
    return row_id
