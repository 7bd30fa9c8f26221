"""The Diary's attacks: several a day, each with its doses (part of `Diary`, see diary.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diary_app.domain.models import Attack
from diary_app.domain.record import replace
from diary_app.store import rows
from diary_app.store.connection import Connection
from diary_app.store.writes import insert_or_update as _insert_or_update
from diary_app.store.writes import now as _now


class AttackStore:
    """Attacks and their doses; mixed into Diary, whose transaction and medication list they use."""

    def attacks(self, first: dt.date | None = None, last: dt.date | None = None) -> list[Attack]:
        """Attacks covering any day of [first, last] (all of them without limits), by start,
        with their doses (two queries, whatever the range)."""
        conditions, params = [], []
        if last is not None:
            conditions.append("start < ?")
            params.append((last + dt.timedelta(days=1)).isoformat())
        if first is not None:  # an attack whose end is unknown may still have doses on later days
            conditions.append("(coalesce(\"end\", start) >= ? OR id IN (SELECT attack_id FROM attack_doses "
                              "WHERE taken_at >= ?))")
            params += [first.isoformat(), first.isoformat()]
        where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
        found = self.db.query(f"SELECT * FROM attacks {where} ORDER BY start, id", params)
        attack_rows = list(found)
        if not attack_rows:
            return []
        meds = self._medications_by_id()
        doses: dict[int, list] = {}
        ids = [row["id"] for row in attack_rows]
        for start in range(0, len(ids), 500):  # SQLite's limit on variables
            chunk = ids[start:start + 500]
            query = f"SELECT * FROM attack_doses WHERE attack_id IN ({', '.join('?' for _ in chunk)}) ORDER BY id"
            for row in self.db.query(query, chunk):
                doses.setdefault(row["attack_id"], []).append(rows.attack_dose_from_row(row, meds))
        return [rows.attack_from_row(row, doses.get(row["id"], ())) for row in attack_rows]

    def save_attack(self, attack: Attack) -> Attack:
        """Add an attack (id None) or replace the one with its id, with its doses; returns it with its id."""
        now = _now()
        with self._writing() as db:
            new_id = self._write_attack(db, attack, now)
        self._med_cache.clear()
        return replace(attack, id=new_id)

    def _write_attack(self, db: Connection, attack: Attack, now: str) -> int:
        row = rows.attack_row(attack)
        row["updated_at"] = now
        new_id = _insert_or_update(db, "attacks", row, attack.id, now)
        db.execute("DELETE FROM attack_doses WHERE attack_id = ?", [new_id])
        for dose in attack.doses:
            db.execute(
                "INSERT INTO attack_doses (attack_id, medication_id, amount, unit, relief, note, taken_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [new_id, self._medication_id(dose.medication), dose.amount, dose.unit, dose.relief, dose.note,
                 rows.minute_text(dose.taken_at)],
            )
        return new_id

    def delete_attack(self, attack_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM attacks WHERE id = ?", [attack_id])

    def known_sources(self, sources: Iterable[str]) -> set[str]:
        """Which of these import keys the diary already holds (an attack imported before)."""
        wanted = [s for s in set(sources) if s]
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            query = f"SELECT source FROM attacks WHERE source IN ({', '.join('?' for _ in chunk)})"
            found.update(r[0] for r in self.db.execute(query, chunk))
        return found
