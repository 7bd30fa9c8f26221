"""The diary's steps (steps.py) as sqlite-utils migrations, which upgrade an older diary;
`schema_version()` counts them. A new diary is made by `steps.create`, without sqlite-utils.

The file records its version in `PRAGMA user_version` and identifies itself with
`PRAGMA application_id`, so a newer or foreign file is recognised before we write to it.
"""

from __future__ import annotations

import sqlite3

from diary_app.store.lean_import import without
from diary_app.store.steps import MIGRATION_SET, STEPS
from diary_app.store.version import APPLICATION_ID

with without("numpy", "pandas"):  # sqlite-utils would load them for values the diary never inserts
    from sqlite_utils import Database, Migrations

migrations = Migrations(MIGRATION_SET)
for _step in STEPS:
    migrations(name=_step.__name__)(_step)


def schema_version() -> int:
    """How many migrations this version of the app ships: the version it writes."""
    return len(migrations.pending(Database(memory=True)))


def apply(conn: sqlite3.Connection) -> None:
    """Stamp the file with our id, bring it up to the current version, then record the version.

    The id goes first: a file killed (or out of disk) while being created is still ours on reopening.
    Nothing is written when nothing changes, so opening never waits for another program's save.
    """
    db = Database(conn, execute_plugins=False)
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != schema_version():
        db.execute(f"PRAGMA user_version = {schema_version()}")
