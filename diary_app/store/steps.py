"""The diary's schema, step by step, on the standard library alone (docs/performance.md).

Each step is one migration. schema.py registers them, in this order and under these names, as
sqlite-utils Migrations, which bring an older diary up to date. A new diary is made by `create`
without importing sqlite-utils (about 60 ms of a new diary's first start): the same steps, and
the same records of them that sqlite-utils keeps, so that a later version's migrations find
them applied (tests/unit/test_new_diary_schema.py compares the two files).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, Protocol

from diary_app.domain.models import (
    ATTACK_KINDS, DISABILITY_LEVELS, DRUG_CLASSES, INFUSION_KINDS, ROLES, SETTINGS, STOP_REASONS,
)
from diary_app.store.version import APPLICATION_ID

MIGRATION_SET = "diary_app"


class Executes(Protocol):
    """What a step needs: an sqlite3 connection, or sqlite-utils' Database during an upgrade."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def m001_initial(db: Executes) -> None:
    db.execute(
        f"""
        CREATE TABLE days (
            date TEXT PRIMARY KEY CHECK (date = date(date, '+0 days')),
            headache INTEGER NOT NULL CHECK (headache IN (0, 1)),
            migraine INTEGER NOT NULL CHECK (migraine IN (0, 1) AND migraine <= headache),
            severity INTEGER CHECK (severity BETWEEN 0 AND 10),
            duration_hours REAL CHECK (duration_hours BETWEEN 0 AND 24),
            aura INTEGER NOT NULL DEFAULT 0 CHECK (aura IN (0, 1)),
            nausea INTEGER NOT NULL DEFAULT 0 CHECK (nausea IN (0, 1)),
            photophobia INTEGER NOT NULL DEFAULT 0 CHECK (photophobia IN (0, 1)),
            phonophobia INTEGER NOT NULL DEFAULT 0 CHECK (phonophobia IN (0, 1)),
            disability TEXT NOT NULL DEFAULT 'none' CHECK (disability IN {_in(DISABILITY_LEVELS)}),
            menstruation INTEGER NOT NULL DEFAULT 0 CHECK (menstruation IN (0, 1)),
            triggers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(triggers)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        f"""
        CREATE TABLE medications (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            drug_class TEXT NOT NULL CHECK (drug_class IN {_in(DRUG_CLASSES)}),
            route TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN {_in(ROLES)}),
            known INTEGER NOT NULL CHECK (known IN (0, 1))
        ) STRICT"""
    )
    db.execute(
        """
        CREATE TABLE doses (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
            medication_id INTEGER NOT NULL REFERENCES medications(id),
            amount REAL CHECK (amount >= 0),
            unit TEXT NOT NULL DEFAULT '',
            relief INTEGER CHECK (relief BETWEEN 0 AND 3),
            note TEXT NOT NULL DEFAULT ''
        ) STRICT"""
    )
    db.execute("CREATE INDEX doses_by_date ON doses(date)")
    db.execute("CREATE INDEX doses_by_medication ON doses(medication_id)")
    db.execute(
        f"""
        CREATE TABLE infusions (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL CHECK (start = date(start, '+0 days')),
            days INTEGER NOT NULL DEFAULT 1 CHECK (days BETWEEN 1 AND 14),
            medication_id INTEGER NOT NULL REFERENCES medications(id),
            dose_mg REAL CHECK (dose_mg >= 0),
            kind TEXT NOT NULL CHECK (kind IN {_in(INFUSION_KINDS)}),
            setting TEXT NOT NULL CHECK (setting IN {_in(SETTINGS)}),
            reactions TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX infusions_by_start ON infusions(start)")
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        ) STRICT"""
    )


def m002_questionnaires(db: Executes) -> None:
    # MIDAS answers q1-q5 in days (q6 NULL); HIT-6 answers q1-q6 in points.
    midas = " AND ".join(f"q{n} BETWEEN 0 AND 90" for n in range(1, 6)) + " AND q6 IS NULL"
    hit6 = " AND ".join(f"q{n} IN (6, 8, 10, 11, 13)" for n in range(1, 7)) + " AND a_days IS NULL AND b_pain IS NULL"
    db.execute(
        f"""
        CREATE TABLE questionnaires (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('midas', 'hit6')),
            date TEXT NOT NULL CHECK (date = date(date, '+0 days')),
            q1 INTEGER NOT NULL,
            q2 INTEGER NOT NULL,
            q3 INTEGER NOT NULL,
            q4 INTEGER NOT NULL,
            q5 INTEGER NOT NULL,
            q6 INTEGER,
            a_days INTEGER CHECK (a_days BETWEEN 0 AND 90),
            b_pain INTEGER CHECK (b_pain BETWEEN 0 AND 10),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (kind, date),
            CHECK (CASE kind WHEN 'midas' THEN {midas} ELSE {hit6} END)
        ) STRICT"""
    )


def m003_trigger_uses(db: Executes) -> None:
    # On how many days each headache trigger was recorded, kept by SQL triggers in the same
    # transaction as every change to `days`: the Today view lists triggers most used first
    # without reading every day of the diary. Only text counts (another tool may write any JSON).
    db.execute("CREATE TABLE trigger_uses (name TEXT PRIMARY KEY, days INTEGER NOT NULL CHECK (days >= 0)) STRICT")
    db.execute(
        "INSERT INTO trigger_uses (name, days) "
        "SELECT value, count(DISTINCT date) FROM days, json_each(days.triggers) WHERE type = 'text' GROUP BY value"
    )
    count_new = (
        "INSERT INTO trigger_uses (name, days) "
        "SELECT DISTINCT value, 1 FROM json_each(NEW.triggers) WHERE type = 'text' "
        "ON CONFLICT (name) DO UPDATE SET days = days + 1;"
    )
    uncount_old = (
        "UPDATE trigger_uses SET days = days - 1 "
        "WHERE name IN (SELECT value FROM json_each(OLD.triggers) WHERE type = 'text'); "
        "DELETE FROM trigger_uses WHERE days = 0;"
    )
    db.execute(f"CREATE TRIGGER days_count_triggers_added AFTER INSERT ON days BEGIN {count_new} END")
    db.execute(f"CREATE TRIGGER days_count_triggers_removed AFTER DELETE ON days BEGIN {uncount_old} END")
    db.execute(f"CREATE TRIGGER days_count_triggers_changed AFTER UPDATE OF triggers ON days "
               f"BEGIN {uncount_old} {count_new} END")


def m004_courses_and_injections(db: Executes) -> None:
    # Preventive courses (an oral preventive, a series of injections or infusions) and
    # preventive injections. A course without a stop is still running.
    db.execute(
        f"""
        CREATE TABLE courses (
            id INTEGER PRIMARY KEY,
            medication_id INTEGER NOT NULL REFERENCES medications(id),
            start TEXT NOT NULL CHECK (start = date(start, '+0 days')),
            stop TEXT CHECK (stop = date(stop, '+0 days') AND stop >= start),
            dose TEXT NOT NULL DEFAULT '',
            stop_reason TEXT CHECK (stop_reason IS NULL OR (stop_reason IN {_in(STOP_REASONS)} AND stop IS NOT NULL)),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX courses_by_start ON courses(start)")
    db.execute(
        """
        CREATE TABLE injections (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date = date(date, '+0 days')),
            medication_id INTEGER NOT NULL REFERENCES medications(id),
            dose_mg REAL CHECK (dose_mg >= 0),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (date, medication_id)
        ) STRICT"""
    )
    # Drugs the catalogue learned in this version (butorphanol, candesartan, ...) that a diary
    # holds as unknown medications of class "other" take their class and route from it now (a
    # class the person chose for an unknown drug is theirs and stays). The role changes only to
    # "preventive": a drug such as magnesium, which the catalogue knows as the acute IV drug,
    # keeps the role the person gave it.
    unknown = db.execute("SELECT id, name, role FROM medications WHERE known = 0 AND drug_class = 'other'").fetchall()
    if not unknown:  # (a new diary: the catalogue need not load on the opening's worker thread)
        return
    from diary_app.domain import catalogue

    for med_id, name, role in unknown:
        found = catalogue.lookup(name)
        if found is not None and found.drug_class in DRUG_CLASSES:
            db.execute(
                "UPDATE medications SET drug_class = ?, route = ?, role = ?, known = 1 WHERE id = ?",
                [found.drug_class, found.route, "preventive" if found.role == "preventive" else role, med_id],
            )


def m005_attacks(db: Executes) -> None:
    # Several attacks a day; an attack may run past midnight and over days. Times are local
    # wall-clock 'YYYY-MM-DDTHH:MM'. `source` names where an imported attack came from, so the
    # same file imported twice adds nothing; '' for attacks typed here.
    minute = "strftime('%Y-%m-%dT%H:%M', {0}) = {0}"
    db.execute(
        f"""
        CREATE TABLE attacks (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL CHECK ({minute.format('start')}),
            "end" TEXT CHECK ({minute.format('"end"')} AND "end" >= start),
            kind TEXT NOT NULL CHECK (kind IN {_in(ATTACK_KINDS)}),
            severity INTEGER CHECK (severity BETWEEN 0 AND 10),
            aura INTEGER NOT NULL DEFAULT 0 CHECK (aura IN (0, 1)),
            nausea INTEGER NOT NULL DEFAULT 0 CHECK (nausea IN (0, 1)),
            photophobia INTEGER NOT NULL DEFAULT 0 CHECK (photophobia IN (0, 1)),
            phonophobia INTEGER NOT NULL DEFAULT 0 CHECK (phonophobia IN (0, 1)),
            triggers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(triggers)),
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX attacks_by_start ON attacks(start)")
    db.execute("CREATE UNIQUE INDEX attacks_by_source ON attacks(source) WHERE source != ''")
    db.execute(
        f"""
        CREATE TABLE attack_doses (
            id INTEGER PRIMARY KEY,
            attack_id INTEGER NOT NULL REFERENCES attacks(id) ON DELETE CASCADE,
            medication_id INTEGER NOT NULL REFERENCES medications(id),
            amount REAL CHECK (amount >= 0),
            unit TEXT NOT NULL DEFAULT '',
            relief INTEGER CHECK (relief BETWEEN 0 AND 3),
            note TEXT NOT NULL DEFAULT '',
            taken_at TEXT CHECK (taken_at IS NULL OR {minute.format('taken_at')})
        ) STRICT"""
    )
    db.execute("CREATE INDEX attack_doses_by_attack ON attack_doses(attack_id)")
    db.execute("CREATE INDEX attack_doses_by_medication ON attack_doses(medication_id)")


# Append new steps above this line, and to STEPS; never edit an applied one.
STEPS = (m001_initial, m002_questionnaires, m003_trigger_uses, m004_courses_and_injections, m005_attacks)

# The table in which sqlite-utils' Migrations records each step applied, and its index, as
# sqlite-utils 4 creates them (the test compares them with the ones it makes).
RECORDS = (
    'CREATE TABLE "_sqlite_migrations" (\n'
    '   "id" INTEGER PRIMARY KEY,\n'
    '   "migration_set" TEXT,\n'
    '   "name" TEXT,\n'
    '   "applied_at" TEXT\n'
    ')',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
    '    ON "_sqlite_migrations" ("migration_set", "name")',
)


def create(conn: sqlite3.Connection) -> None:
    """Make a new (empty) file the current diary, in one transaction: stamped with our id, every
    step applied and recorded as sqlite-utils records it, and the version in PRAGMA user_version.

    `conn` is in autocommit mode (isolation_level=None). A file killed while being made holds no
    table and is made again on the next opening.
    """
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    try:
        for statement in RECORDS:
            conn.execute(statement)
        for step in STEPS:
            step(conn)
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                [MIGRATION_SET, step.__name__, str(dt.datetime.now(dt.timezone.utc))],
            )
        conn.execute(f"PRAGMA user_version = {len(STEPS)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
