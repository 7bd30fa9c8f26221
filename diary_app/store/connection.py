"""The few things the diary needs from an SQLite connection, on the standard library alone.

sqlite-utils runs the migrations that upgrade an older diary (schema.py); a new diary is made
(steps.py) and day-to-day reads and writes go through this thin wrapper without importing it.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


_SAVEPOINTS = itertools.count(1)  # names need only be unique while nested


class Connection:
    """`execute`, `query` (rows as dicts), `insert` and `atomic` over one sqlite3 connection.

    The connection is in autocommit mode (isolation_level=None): a statement outside `atomic`
    commits at once, and `atomic` begins and ends its transaction itself.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row (values as parameters, never as SQL text); returns its rowid."""
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        return self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())).lastrowid

    def update(self, table: str, row_id: int, row: dict[str, Any]) -> bool:
        """Update the row with this id; False when there is no such row."""
        assignments = ", ".join(f"{column} = ?" for column in row)
        cursor = self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), row_id])
        return cursor.rowcount == 1

    @contextmanager
    def atomic(self) -> Iterator["Connection"]:
        """A transaction, or a savepoint inside the one already open: all of it or none of it."""
        if self.conn.in_transaction:
            savepoint = f"sp_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.rollback()

    def close(self) -> None:
        self.conn.close()
