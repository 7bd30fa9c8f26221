"""The Diary's preventive courses and injections (part of `Diary`, see diary.py)."""

from __future__ import annotations

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Course, Injection, Medication
from diary_app.domain.record import replace
from diary_app.store import rows
from diary_app.store.writes import insert_or_update as _insert_or_update
from diary_app.store.writes import now as _now


class CourseStore:
    """Courses and injections; mixed into Diary, whose transaction and medication list they use."""

    def courses(self) -> list[Course]:
        """Recorded preventive courses by start date (domain.courses adds those injections imply)."""
        meds = self._medications_by_id()
        return [rows.course_from_row(row, meds) for row in self.db.query("SELECT * FROM courses ORDER BY start, id")]

    def save_course(self, course: Course) -> Course:
        """Add a course (id None) or update the one with its id; returns it with its id.

        Two recorded courses of one medication may not overlap: ValidationError("start").
        """
        now = _now()
        with self._writing() as db:
            row = rows.course_row(course)
            row["medication_id"] = self._medication_id(course.medication)
            clash = db.execute(
                "SELECT start, stop FROM courses WHERE medication_id = :med AND id IS NOT :id "
                "AND start <= coalesce(:stop, '9999-12-31') AND coalesce(stop, '9999-12-31') >= :start",
                {"med": row["medication_id"], "id": course.id, "start": row["start"], "stop": row["stop"]},
            ).fetchone()
            if clash:
                until = f"to {clash[1]}" if clash[1] else "still running"
                raise ValidationError("start", f"a course of {course.medication.name} from {clash[0]} ({until}) "
                                      "overlaps this one; stop or change that one")
            row["updated_at"] = now
            new_id = _insert_or_update(db, "courses", row, course.id, now)
        self._med_cache.clear()
        return replace(course, id=new_id)

    def restore_course(self, course: Course) -> Course:
        """Put back a deleted course under its own id (undo)."""
        return self._restore("courses", rows.course_row(course), course.id, course.medication, course)

    def restore_injection(self, injection: Injection) -> Injection:
        """Put back a deleted injection under its own id (undo)."""
        return self._restore("injections", rows.injection_row(injection), injection.id, injection.medication, injection)

    def _restore(self, table: str, row: dict, row_id: int | None, medication: Medication, value):
        now = _now()
        with self._writing() as db:
            row.update(id=row_id, medication_id=self._medication_id(medication), created_at=now, updated_at=now)
            db.insert(table, row)
        self._med_cache.clear()
        return value

    def delete_course(self, course_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM courses WHERE id = ?", [course_id])

    def injections(self) -> list[Injection]:
        meds = self._medications_by_id()
        return [rows.injection_from_row(row, meds) for row in self.db.query("SELECT * FROM injections ORDER BY date, id")]

    def save_injection(self, injection: Injection) -> Injection:
        """Add an injection (id None) or update the one with its id; returns it with its id.

        One injection of a drug a day: another raises ValidationError("date").
        """
        now = _now()
        with self._writing() as db:
            row = rows.injection_row(injection)
            row["medication_id"] = self._medication_id(injection.medication)
            clash = db.execute(
                "SELECT id FROM injections WHERE date = ? AND medication_id = ? AND id IS NOT ?",
                [row["date"], row["medication_id"], injection.id],
            ).fetchone()
            if clash:
                raise ValidationError("date", f"an injection of {injection.medication.name} on {row['date']} "
                                      "is already in the diary; edit that one")
            row["updated_at"] = now
            new_id = _insert_or_update(db, "injections", row, injection.id, now)
        self._med_cache.clear()
        return replace(injection, id=new_id)

    def delete_injection(self, injection_id: int) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM injections WHERE id = ?", [injection_id])
