"""`Diary`: one open diary file, read and written as domain values.

Every public write is one transaction: it happens completely or not at all.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diary_app.domain.attacks import covered_days, effective_days
from diary_app.domain.errors import DiaryError, ValidationError
from diary_app.domain.models import DayEntry, DiaryContents, Infusion, Medication
from diary_app.domain.record import replace
from diary_app.domain.settings import check_setting
from diary_app.store import held, opening, questionnaire_rows, rows
from diary_app.store.attack_store import AttackStore
from diary_app.store.connection import Connection
from diary_app.store.course_store import CourseStore
from diary_app.store.writes import insert_or_update as _insert_or_update
from diary_app.store.writes import now as _now

if TYPE_CHECKING:
    from diary_app.domain.questionnaires import Questionnaire

BUSY_TIMEOUT_MS = 5000


class Diary(AttackStore, CourseStore):
    """An open diary. Create with `Diary.open(path)`; close with `close()` or a `with` block."""

    def __init__(self, path: Path, db: Connection):
        self.path = path
        self.db = db
        self._med_cache: dict[int, Medication] = {}
        self._med_cache_version: int | None = None  # PRAGMA data_version the cache was read at
        self.backup_problem: str | None = None
        self.read_only: str | None = None  # why nothing can be saved (a read-only file or folder)
        self._held = held.hold(path)  # read only through SQLite from now on (held.py)

    # -- opening and closing ------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, before_migrate=None) -> "Diary":
        """Open (creating if needed) a diary file, migrating it forward.

        `before_migrate(path)` is called before an existing file is migrated, so the caller can
        copy it aside. A file we must not touch raises DiaryFileError. A diary in a read-only
        file or folder opens for reading; `read_only` then says why nothing can be saved.
        """
        path = Path(path)
        conn, read_only = opening.open_diary_file(path, before_migrate, timeout=BUSY_TIMEOUT_MS / 1000)
        diary = cls(path, Connection(conn))
        diary.read_only = read_only
        return diary

    def close(self) -> None:
        held.release(self._held)
        self._held = None
        self.db.close()

    def __enter__(self) -> "Diary":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One transaction; SQLite failures (disk full, locked) become a DiaryError.

        The outermost one begins IMMEDIATE, taking the write lock first: another program's save
        is waited for (busy_timeout) instead of failing halfway when a read turns into a write.
        """
        if self.read_only:
            raise DiaryError(f"{self.path}: cannot save: {self.read_only} (the diary is open for reading only); nothing was changed")
        outermost = not self.db.conn.in_transaction
        try:
            if outermost:
                self.db.execute("BEGIN IMMEDIATE")
            with self.db.atomic():  # a savepoint inside that transaction
                yield self.db
            if outermost:
                self.db.execute("COMMIT")
        except BaseException as exc:
            if outermost:
                self.db.rollback()
            if isinstance(exc, UnicodeEncodeError):  # e.g. a Latin-1 byte in a command-line argument
                raise DiaryError(f"{self.path}: could not save: some text is not valid Unicode; nothing was changed") from None
            if isinstance(exc, (sqlite3.Error, OverflowError)):
                full = getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_IOERR", "SQLITE_FULL"))
                reason = f": the disk is full or failing ({exc})" if full else f" ({exc})"
                raise DiaryError(f"{self.path}: could not save{reason}; nothing was changed") from None
            raise

    def data_version(self) -> int:
        """A number that changes when another connection (another program) commits to the file."""
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise DiaryError(f"{self.path}: cannot be read ({exc})") from None

    # -- medications --------------------------------------------------------------------
    def _existing_medication_id(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM medications WHERE name = ? COLLATE NOCASE", [name.strip()]).fetchone()
        return row[0] if row else None

    def _medication_id(self, med: Medication) -> int:
        """The id of a medication in the user's list, adding it on first use."""
        found = self._existing_medication_id(med.name)
        if found is not None:
            return found
        return self.db.insert("medications", rows.medication_row(med))

    def _medications_by_id(self) -> dict[int, Medication]:
        version = self.data_version()
        if version != self._med_cache_version:  # another program (the command line) saved meanwhile
            self._med_cache.clear()
            self._med_cache_version = version
        if not self._med_cache:
            for row in self.db.query("SELECT * FROM medications"):
                self._med_cache[row["id"]] = rows.medication_from_row(row)
        return self._med_cache

    def medications(self) -> list[Medication]:
        """The user's own medication list: every drug they have added or taken."""
        return sorted(self._medications_by_id().values(), key=lambda m: m.name.casefold())

    def save_medication(self, med: Medication) -> None:
        """Add a medication to the user's list, or update the class, route and role of one."""
        with self._writing() as db:
            db.execute(
                "INSERT INTO medications (name, drug_class, route, role, known) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET drug_class = excluded.drug_class, "
                "route = excluded.route, role = excluded.role, known = excluded.known",
                list(rows.medication_row(med).values()),
            )
        self._med_cache.clear()

    def delete_medication(self, name: str) -> None:
        """Remove a medication from the list; refused while any dose or infusion uses it."""
        with self._writing() as db:
            med_id = self._existing_medication_id(name)
            if med_id is None:
                return
            used = db.execute(
                "SELECT (SELECT count(*) FROM doses WHERE medication_id = :id) "
                "+ (SELECT count(*) FROM infusions WHERE medication_id = :id) "
                "+ (SELECT count(*) FROM injections WHERE medication_id = :id) "
                "+ (SELECT count(*) FROM courses WHERE medication_id = :id) "
                "+ (SELECT count(*) FROM attack_doses WHERE medication_id = :id)",
                {"id": med_id},
            ).fetchone()[0]
            if used:
                raise DiaryError(f"{name} is used by {used} dose(s), infusion(s), injection(s) or course(s) "
                                 "and cannot be removed")
            db.execute("DELETE FROM medications WHERE id = ?", [med_id])
        self._med_cache.clear()

    # -- days ---------------------------------------------------------------------------
    def get_day(self, date: dt.date) -> DayEntry | None:
        found = self.days(date, date)
        return found[0] if found else None

    def days(self, first: dt.date | None = None, last: dt.date | None = None) -> list[DayEntry]:
        """Recorded days in date order, with their doses (two queries, whatever the range)."""
        where, params = rows.date_range_clause("date", first, last)
        meds = self._medications_by_id()
        doses: dict[str, list] = {}
        for row in self.db.execute(f"SELECT * FROM doses {where} ORDER BY date, id", params):
            doses.setdefault(row[1], []).append(rows.dose_from_row(row, meds))
        return [
            rows.day_from_row(row, doses.get(row[0], ()))
            for row in self.db.execute(f"SELECT * FROM days {where} ORDER BY date", params)
        ]

    def day_records(self, first: dt.date | None = None, last: dt.date | None = None) -> list[DayEntry]:
        """Every recorded day in the range as the analysis sees it: the day's entry merged with
        the attacks covering it (domain.attacks), including days only an attack recorded."""
        attacks = self.attacks(first, last)
        found = effective_days(self.days(first, last), attacks)
        return [d for d in found if (first is None or d.date >= first) and (last is None or d.date <= last)]

    def recorded_dates(self, first: dt.date | None = None, last: dt.date | None = None) -> set[dt.date]:
        """Days with an entry or covered by an attack."""
        where, params = rows.date_range_clause("date", first, last)
        found = {dt.date.fromisoformat(r[0]) for r in self.db.execute(f"SELECT date FROM days {where}", params)}
        for attack in self.attacks(first, last):
            found.update(d for d in covered_days(attack) if (first is None or d >= first) and (last is None or d <= last))
        return found

    def date_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last recorded day (an entry or an attack's), or None for an empty diary."""
        # Separate subqueries: SQLite reads min() or max() off an index only when each is alone.
        first, last, first_attack, last_attack = self.db.execute(
            "SELECT (SELECT min(date) FROM days), (SELECT max(date) FROM days), "
            "(SELECT min(start) FROM attacks), (SELECT max(start) FROM attacks)").fetchone()
        ends = [dt.date.fromisoformat(d) for d in (first, last) if d]
        if first_attack is not None:
            ends.append(dt.date.fromisoformat(first_attack[:10]))
            ends += [max(covered_days(a)) for a in self.attacks(dt.date.fromisoformat(last_attack[:10]), None)]
        return (min(ends), max(ends)) if ends else None

    def has_entries(self) -> bool:
        """Whether anything was ever recorded: a day, an infusion or a questionnaire."""
        query = ("SELECT EXISTS (SELECT 1 FROM days) OR EXISTS (SELECT 1 FROM infusions) "
                 "OR EXISTS (SELECT 1 FROM questionnaires) OR EXISTS (SELECT 1 FROM courses) "
                 "OR EXISTS (SELECT 1 FROM injections) OR EXISTS (SELECT 1 FROM attacks)")
        return bool(self.db.execute(query).fetchone()[0])

    def save_day(self, entry: DayEntry) -> None:
        """Record or replace one day with its doses."""
        self.save_days([entry])

    def save_days(self, entries: Iterable[DayEntry]) -> int:
        """Record or replace many days in one transaction; returns how many."""
        count = 0
        now = _now()
        with self._writing() as db:
            for entry in entries:
                self._write_day(db, entry, now)
                count += 1
        return count

    def _write_day(self, db: Connection, entry: DayEntry, now: str, keep_timestamps: bool = False) -> None:
        iso = entry.date.isoformat()
        row = rows.day_row(entry)
        existing = db.execute("SELECT created_at FROM days WHERE date = ?", [iso]).fetchone()
        row["created_at"] = entry.created_at or (existing[0] if existing else now)
        row["updated_at"] = (keep_timestamps and entry.updated_at) or now
        db.execute("DELETE FROM doses WHERE date = ?", [iso])
        columns = ", ".join(row)
        updates = ", ".join(f"{k} = excluded.{k}" for k in row if k not in ("date", "created_at"))
        db.execute(
            f"INSERT INTO days ({columns}) VALUES ({', '.join('?' for _ in row)}) "
            f"ON CONFLICT(date) DO UPDATE SET {updates}",
            list(row.values()),
        )
        for dose in entry.doses:
            med_id = self._medication_id(dose.medication)
            db.execute(
                "INSERT INTO doses (date, medication_id, amount, unit, relief, note) VALUES (?, ?, ?, ?, ?, ?)",
                [iso, med_id, dose.amount, dose.unit, dose.relief, dose.note],
            )
        self._med_cache.clear()

    def delete_day(self, date: dt.date) -> None:
        """Forget a day: it becomes unrecorded again (its doses go with it)."""
        self.delete_days([date])

    def delete_days(self, dates: Iterable[dt.date]) -> None:
        """Forget several days in one transaction (undoing a bulk headache-free marking)."""
        with self._writing() as db:
            db.conn.executemany("DELETE FROM days WHERE date = ?", [(d.isoformat(),) for d in dates])

    def mark_headache_free(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Record every unrecorded day in [first, last] as headache-free; recorded days are kept.

        Which days are unrecorded is decided inside the write transaction, so a day another
        program records meanwhile is neither overwritten nor reported as marked here.
        Returns the dates that were marked.
        """
        now = _now()
        with self._writing() as db:
            recorded = self.recorded_dates(first, last)
            span = (last - first).days + 1
            marked = [d for d in (first + dt.timedelta(days=i) for i in range(span)) if d not in recorded]
            db.conn.executemany(
                "INSERT INTO days (date, headache, migraine, created_at, updated_at) VALUES (?, 0, 0, ?, ?)",
                [(d.isoformat(), now, now) for d in marked],
            )
        return marked

    def mend_trigger_counts(self) -> bool:
        """Count the triggers again if another program's REPLACE of a day bypassed the SQL triggers
        that keep `trigger_uses`; True when the counts were wrong (and are now right)."""
        recount = ("SELECT value, count(DISTINCT date) FROM days, json_each(days.triggers) "
                   "WHERE type = 'text' GROUP BY value")
        if dict(self.db.execute(recount).fetchall()) == dict(self.db.execute("SELECT name, days FROM trigger_uses")):
            return False
        with self._writing() as db:
            db.execute("DELETE FROM trigger_uses")
            db.execute(f"INSERT INTO trigger_uses (name, days) {recount}")
        return True

    def triggers(self) -> list[str]:
        """Every trigger used so far, most used first (on most days), for picking again."""
        query = "SELECT name FROM trigger_uses ORDER BY days DESC, name COLLATE NOCASE"  # kept by steps.py
        return [row[0] for row in self.db.execute(query)]

    # -- infusions ----------------------------------------------------------------------
    def infusions(self) -> list[Infusion]:
        meds = self._medications_by_id()
        return [
            rows.infusion_from_row(row, meds)
            for row in self.db.query("SELECT * FROM infusions ORDER BY start, id")
        ]

    def save_infusion(self, infusion: Infusion) -> Infusion:
        """Add an infusion (id None) or update the one with its id; returns it with its id."""
        now = _now()
        with self._writing() as db:
            row = rows.infusion_row(infusion)
            row["medication_id"] = self._medication_id(infusion.medication)
            row["updated_at"] = now
            new_id = _insert_or_update(db, "infusions", row, infusion.id, now)
        self._med_cache.clear()
        return replace(infusion, id=new_id)

    def restore_infusion(self, infusion: Infusion) -> Infusion:
        """Put back a deleted infusion under its own id, so older references to it still hold."""
        now = _now()
        with self._writing() as db:
            row = rows.infusion_row(infusion)
            row.update(id=infusion.id, medication_id=self._medication_id(infusion.medication), updated_at=now)
            db.insert("infusions", {**row, "created_at": now})
        self._med_cache.clear()
        return infusion

    def transaction(self):
        """Several reads and writes as one transaction (e.g. read a day, then save it changed)."""
        return self._writing()

    def delete_infusion(self, infusion_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM infusions WHERE id = ?", [infusion_id])

    # -- questionnaires -----------------------------------------------------------------
    def questionnaires(
        self, kind: str | None = None, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[Questionnaire]:
        """MIDAS and HIT-6 questionnaires (one kind, or both), oldest first."""
        where, params = rows.date_range_clause("date", first, last)
        if kind is not None:
            where = f"{where} AND kind = ?" if where else "WHERE kind = ?"
            params.append(kind)
        query = f"SELECT * FROM questionnaires {where} ORDER BY date, id"
        return [questionnaire_rows.questionnaire_from_row(row) for row in self.db.query(query, params)]

    def save_questionnaire(self, q: Questionnaire) -> Questionnaire:
        """Add a questionnaire (id None) or update the one with its id; returns it with its id.

        One of each kind per date: another on the same date raises ValidationError("date").
        """
        now = _now()
        row = questionnaire_rows.questionnaire_row(q)
        with self._writing() as db:
            clash = db.execute(
                "SELECT id FROM questionnaires WHERE kind = ? AND date = ? AND id IS NOT ?", [q.kind, row["date"], q.id]
            ).fetchone()
            if clash:
                raise ValidationError("date", f"a {q.title} for {row['date']} is already in the diary; edit that one")
            row["updated_at"] = now
            new_id = _insert_or_update(db, "questionnaires", row, q.id, now)
        return replace(q, id=new_id)

    def delete_questionnaire(self, questionnaire_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM questionnaires WHERE id = ?", [questionnaire_id])

    # -- settings -----------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return rows.from_json(row[0]) if row else default

    def settings(self) -> dict[str, Any]:
        return {r[0]: rows.from_json(r[1]) for r in self.db.execute("SELECT key, value FROM settings ORDER BY key")}

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting; a known key with a wrong value raises ValidationError, nothing changes."""
        check_setting(key, value)
        with self._writing() as db:
            db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, rows.to_json(value)]
            )

    # -- the whole diary ----------------------------------------------------------------
    def contents(self, first: dt.date | None = None, last: dt.date | None = None) -> DiaryContents:
        """Everything in the diary (days and infusions limited to [first, last] when given)."""
        infusions = [
            i for i in self.infusions()
            if (first is None or i.last_day >= first) and (last is None or i.start <= last)
        ]
        return DiaryContents(
            days=tuple(self.days(first, last)),
            infusions=tuple(infusions),
            medications=tuple(self.medications()),
            settings=self.settings(),
            questionnaires=tuple(self.questionnaires(first=first, last=last)),
            courses=tuple(
                c for c in self.courses()
                if (first is None or c.stop is None or c.stop >= first) and (last is None or c.start <= last)
            ),
            injections=tuple(
                j for j in self.injections() if (first is None or j.date >= first) and (last is None or j.date <= last)
            ),
            attacks=tuple(self.attacks(first, last)),
        )

    def import_contents(self, contents: DiaryContents) -> None:
        """Merge a backup in one transaction: its days replace days of the same date, its
        infusions replace those with the same start and drug, its questionnaires those of
        the same kind and date, its injections those of the same date and drug, its courses
        those of the same drug and start, its attacks those from the same source (or typed at
        the same minute), its settings are taken."""
        for key, value in contents.settings.items():
            check_setting(key, value)
        with self._writing() as db:
            for med in contents.medications:
                if self._existing_medication_id(med.name) is None:
                    db.insert("medications", rows.medication_row(med))
            for entry in contents.days:
                self._write_day(db, entry, _now(), keep_timestamps=True)
            for infusion in contents.infusions:
                med_id = self._medication_id(infusion.medication)
                db.execute("DELETE FROM infusions WHERE start = ? AND medication_id = ?", [infusion.start.isoformat(), med_id])
                row = rows.infusion_row(infusion)
                row.update(medication_id=med_id, created_at=_now(), updated_at=_now())
                db.insert("infusions", row)
            for q in contents.questionnaires:
                row = questionnaire_rows.questionnaire_row(q)
                db.execute("DELETE FROM questionnaires WHERE kind = ? AND date = ?", [row["kind"], row["date"]])
                db.insert("questionnaires", {**row, "created_at": _now(), "updated_at": _now()})
            for attack in contents.attacks:  # it replaces the one from the same source, or typed at the same minute
                if attack.source:
                    db.execute("DELETE FROM attacks WHERE source = ?", [attack.source])
                else:
                    db.execute("DELETE FROM attacks WHERE source = '' AND start = ?", [rows.minute_text(attack.start)])
                self._write_attack(db, replace(attack, id=None), _now())
            for injection in contents.injections:
                med_id = self._medication_id(injection.medication)
                db.execute("DELETE FROM injections WHERE date = ? AND medication_id = ?", [injection.date.isoformat(), med_id])
                db.insert("injections", {**rows.injection_row(injection), "medication_id": med_id,
                                         "created_at": _now(), "updated_at": _now()})
            for course in contents.courses:
                med_id = self._medication_id(course.medication)
                db.execute("DELETE FROM courses WHERE start = ? AND medication_id = ?", [course.start.isoformat(), med_id])
                db.insert("courses", {**rows.course_row(course), "medication_id": med_id,
                                      "created_at": _now(), "updated_at": _now()})
            for key, value in contents.settings.items():
                db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, rows.to_json(value)])
        self._med_cache.clear()
