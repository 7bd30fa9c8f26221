"""Upgrades: a diary from every earlier schema version opens, migrates, keeps every row, and is
copied aside first. Each `tests/fixtures/diary-vN.sqlite3` is picked up by itself."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from diary_app.domain.errors import DiaryFileError
from diary_app.store import Diary, schema, version
from diary_app.store.backups import list_backups, open_diary
from tests.reliability.conftest import ROOT, query, sha

TODAY = dt.date(2026, 11, 26)
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("diary-v*.sqlite3"),
                  key=lambda p: int(re.search(r"v(\d+)", p.name).group(1)))


def _version_of_name(path: Path) -> int:
    return int(re.search(r"diary-v(\d+)\.sqlite3$", path.name).group(1))


TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name != '_sqlite_migrations'"


def _columns(path: Path) -> dict[str, list[str]]:
    """Each table of the diary with its columns."""
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute(TABLES)]
        return {t: [row[1] for row in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()


def _rows(path: Path, columns_of: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table (only the given tables and columns, when asked), sorted: what must survive."""
    columns_of = columns_of or _columns(path)
    conn = sqlite3.connect(path)
    try:
        return {table: sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
                for table, columns in columns_of.items()}
    finally:
        conn.close()


def test_every_earlier_schema_version_has_a_fixture_file():
    versions = {_version_of_name(p) for p in FIXTURES}
    assert set(range(1, schema.schema_version())) <= versions, "add tests/fixtures/diary-vN.sqlite3 for each release"
    for fixture in FIXTURES:
        assert query(fixture, "PRAGMA user_version") == [(_version_of_name(fixture),)], fixture.name
        assert query(fixture, "PRAGMA application_id") == [(version.APPLICATION_ID,)], fixture.name


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_a_diary_from_each_version_opens_migrated_with_every_row_kept(fixture, tmp_path):
    path = tmp_path / "diary.sqlite3"
    shutil.copy(fixture, path)
    original, old_version = sha(fixture), _version_of_name(fixture)
    old_columns = _columns(path)
    old_rows = _rows(path)
    assert old_rows["days"], "a fixture with no days proves little"

    with open_diary(path, TODAY) as diary:
        assert diary.backup_problem is None
        assert diary.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
        contents = diary.contents()  # every row reads back as domain values
        assert len(contents.days) == len(old_rows["days"])
        assert len(contents.infusions) == len(old_rows["infusions"])
        recount = diary.db.execute("SELECT value, count(DISTINCT date) FROM days, json_each(days.triggers) "
                                   "WHERE type = 'text' GROUP BY value").fetchall()
        assert sorted(diary.db.execute("SELECT name, days FROM trigger_uses").fetchall()) == sorted(recount)
    assert _rows(path, old_columns) == old_rows  # the same values in every old column of every old table

    copies = list_backups(path, "before-upgrade")
    if old_version < schema.schema_version():
        assert len(copies) == 1
        assert query(copies[0], "PRAGMA user_version") == [(old_version,)]
        assert _rows(copies[0]) == old_rows  # the file as it was, before any migration
    else:
        assert copies == []
    open_diary(path, TODAY).close()
    assert len(list_backups(path, "before-upgrade")) == len(copies)  # one copy per upgrade, not per opening
    assert sha(fixture) == original


# -- the mechanism, proven with a migration made for the test ------------------------------
@pytest.fixture
def extra_migration(monkeypatch):
    """Register one more migration for the length of a test: `extra_migration(fn)`.

    A release that adds a migration also raises version.SCHEMA_VERSION; so does this.
    """
    added = []

    def add(fn):
        schema.migrations(name=f"m999_test_{fn.__name__}")(fn)
        added.append(schema.migrations._migrations[-1])
        monkeypatch.setattr(version, "SCHEMA_VERSION", version.SCHEMA_VERSION + 1)

    yield add
    for migration in added:
        schema.migrations._migrations.remove(migration)


def test_the_copy_is_taken_before_the_migration_runs(db_path, extra_migration):
    with Diary.open(db_path) as diary:
        diary.db.execute("INSERT INTO settings (key, value) VALUES ('units', '\"mg\"')")
    seen_copies = []

    def m999_add_a_column(db):
        seen_copies.extend(list_backups(db_path, "before-upgrade"))
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    extra_migration(m999_add_a_column)
    with open_diary(db_path, TODAY) as diary:
        assert diary.settings() == {"units": "mg"}
    assert len(seen_copies) == 1
    assert [r[1] for r in query(seen_copies[0], "PRAGMA table_info(settings)")] == ["key", "value"]


def test_an_upgrade_that_fails_leaves_the_diary_as_it_was_and_the_copy_beside_it(tmp_path, extra_migration):
    path = tmp_path / "diary.sqlite3"
    shutil.copy(FIXTURES[-1], path)
    with Diary.open(path):
        pass  # bring it to the current version first
    before = _rows(path)

    def m999_breaks_halfway(db):
        db.execute("DELETE FROM doses")
        db.execute("UPDATE days SET notes = 'lost'")
        raise sqlite3.IntegrityError("CHECK constraint failed: the migration meets data it did not expect")

    extra_migration(m999_breaks_halfway)
    with pytest.raises(DiaryFileError, match="cannot be opened"):
        open_diary(path, TODAY)
    assert _rows(path) == before
    assert query(path, "PRAGMA user_version") == [(schema.schema_version() - 1,)]
    assert len(list_backups(path, "before-upgrade")) == 1
