"""A new diary is made by `steps.create` on the standard library alone; it must be the very file
the sqlite-utils migrations make, so that a later version's migrations upgrade it as usual."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from diary_app.domain.errors import DiaryFileError
from diary_app.store import Diary, schema, steps, version
from tests.sqlite_helpers import query

MASTER = "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master ORDER BY rowid"
RECORDS = "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY rowid"


def _through_migrations(path):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        schema.apply(conn)
    finally:
        conn.close()


def _through_create(path):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        steps.create(conn)
    finally:
        conn.close()


def test_a_new_diary_has_exactly_the_schema_and_records_the_migrations_make(tmp_path):
    made, migrated = tmp_path / "made.sqlite3", tmp_path / "migrated.sqlite3"
    _through_create(made)
    _through_migrations(migrated)
    assert query(made, MASTER) == query(migrated, MASTER)  # same statements, same order, same pages
    for pragma in ("user_version", "application_id"):
        assert query(made, f"PRAGMA {pragma}") == query(migrated, f"PRAGMA {pragma}")
    assert query(made, "PRAGMA user_version") == [(version.SCHEMA_VERSION,)]
    assert query(made, RECORDS) == query(migrated, RECORDS)
    for (applied_at,) in query(made, "SELECT applied_at FROM _sqlite_migrations"):
        assert dt.datetime.fromisoformat(applied_at).utcoffset() == dt.timedelta(0)  # as sqlite-utils writes it


def test_the_diary_opens_through_create_and_sqlite_utils_finds_every_migration_applied(db_path):
    Diary.open(db_path).close()
    assert query(db_path, "SELECT name FROM _sqlite_migrations ORDER BY rowid") == [
        (step.__name__,) for step in steps.STEPS]
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert schema.migrations.pending(schema.Database(conn)) == []
    finally:
        conn.close()


def test_a_later_migration_upgrades_a_diary_made_this_way(db_path, monkeypatch):
    with Diary.open(db_path) as diary:
        diary.set_setting("patient_name", "Zoë")

    def m999_test_add_a_column(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    schema.migrations(name=m999_test_add_a_column.__name__)(m999_test_add_a_column)
    monkeypatch.setattr(version, "SCHEMA_VERSION", version.SCHEMA_VERSION + 1)
    try:
        with Diary.open(db_path) as diary:
            assert diary.setting("patient_name") == "Zoë"
    finally:
        schema.migrations._migrations.pop()
    assert [row[1] for row in query(db_path, "PRAGMA table_info(settings)")] == ["key", "value", "note"]
    assert query(db_path, "PRAGMA user_version") == [(version.SCHEMA_VERSION,)]
    assert query(db_path, "SELECT name FROM _sqlite_migrations ORDER BY rowid")[-1] == ("m999_test_add_a_column",)


def test_a_creation_that_fails_leaves_no_table_and_the_next_opening_makes_the_diary(db_path, monkeypatch):
    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(steps, "STEPS", (*steps.STEPS[:2], broken))
    with pytest.raises(DiaryFileError, match="cannot be opened"):
        Diary.open(db_path)
    assert query(db_path, "SELECT count(*) FROM sqlite_master") == [(0,)]
    monkeypatch.undo()
    with Diary.open(db_path) as diary:
        assert diary.date_span() is None
    assert query(db_path, "PRAGMA user_version") == [(version.SCHEMA_VERSION,)]


def test_creating_a_new_diary_loads_neither_sqlite_utils_nor_numpy(tmp_path):
    script = ("import sys, datetime; from pathlib import Path; from diary_app.store.backups import open_diary; "
              f"open_diary(Path({str(tmp_path / 'new.sqlite3')!r}), datetime.date(2026, 12, 4), daily=False).close(); "
              "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
