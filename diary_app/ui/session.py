"""The open diary as the window sees it: reads, saves with an undo history, change signals.

Views never write: they emit what the person asked for, the window calls a method here,
and every view listening to the change signals refreshes what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Signal

from diary_app.domain.attacks import covered_days
from diary_app.domain.gaps import RECENT_DAYS, unrecorded_recent_days
from diary_app.domain.models import Attack, Course, DayEntry, Infusion, Injection, Medication
from diary_app.domain.record import replace
from diary_app.domain.validation import (
    validate_attack, validate_course, validate_day, validate_infusion, validate_injection,
)
from diary_app.store import Diary
from diary_app.ui.qdates import short_date

if TYPE_CHECKING:
    from diary_app.domain.analysis import MonthStats
    from diary_app.domain.courses import CourseSpan
    from diary_app.domain.questionnaires import Questionnaire


def _moment(moment: dt.datetime) -> str:
    """"2024-03-04 08:30", "04.03.2024 08:30": the locale's date and the 24-hour clock."""
    return f"{short_date(moment.date())} {moment:%H:%M}"


class UndoStep(NamedTuple):
    """What Edit > Undo would take back, and how."""

    label: str
    undo: Callable[[], None]


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)  # (not `calendar`: it loads `locale` at start-up)
    return dt.date(year, month, 1), next_month - dt.timedelta(days=1)


class DiarySession(QObject):
    """One open diary plus the clock the window uses; every write goes through here."""

    days_changed = Signal(object, object)  # first and last date whose entries changed
    infusions_changed = Signal()
    courses_changed = Signal()  # a preventive course or an injection was saved or deleted
    medications_changed = Signal()
    questionnaires_changed = Signal()
    settings_changed = Signal(str)  # the key of the diary setting that changed
    undo_changed = Signal(str)  # the label of the next undo, "" when there is none

    def __init__(self, diary: Diary, today: Callable[[], dt.date], parent: QObject | None = None):
        super().__init__(parent)
        self.diary = diary
        self._today = today
        self._undo: list[UndoStep] = []
        self._infusions: list[Infusion] | None = None
        self._summary: dict | None = None
        self._spans: list[CourseSpan] | None = None
        self._moved_attacks: dict[int, int] = {}  # an attack put back by undo gets a new id: old -> new
        self._seen_version = diary.data_version()

    @property
    def path(self):
        return self.diary.path

    def today(self) -> dt.date:
        return self._today()

    def close(self) -> None:
        self.diary.close()

    # -- other programs' saves ------------------------------------------------------------
    def changed_elsewhere(self) -> bool:
        """Whether another program (the command line, a second tool) saved since the last look."""
        version = self.diary.data_version()
        changed, self._seen_version = version != self._seen_version, version
        return changed

    def reread(self) -> None:
        """Anything may have changed: the caches go and every view reads again (undo steps stay)."""
        self._days_changed(dt.date.min, dt.date.max)
        self._infusions_changed()
        self._courses_changed()
        self.medications_changed.emit()
        self._questionnaires_changed()

    # -- reads --------------------------------------------------------------------------
    def day(self, date: dt.date) -> DayEntry | None:
        return self.diary.get_day(date)

    def days(self, first: dt.date, last: dt.date) -> list[DayEntry]:
        return self.diary.days(first, last)

    def day_records(self, first: dt.date, last: dt.date) -> list[DayEntry]:
        """Every recorded day of the range as the analysis counts it: the entry merged with its attacks."""
        return self.diary.day_records(first, last)

    def attacks(self, first: dt.date, last: dt.date) -> list[Attack]:
        """The attacks covering any day of [first, last], by start."""
        return self.diary.attacks(first, last)

    def infusions(self) -> list[Infusion]:
        if self._infusions is None:
            self._infusions = self.diary.infusions()
        return list(self._infusions)

    def medications(self) -> list[Medication]:
        return self.diary.medications()

    def courses(self) -> list[Course]:
        """The recorded preventive courses (`course_spans` adds those administrations imply)."""
        return self.diary.courses()

    def injections(self) -> list[Injection]:
        return self.diary.injections()

    def course_spans(self) -> list[CourseSpan]:
        """Every preventive course as the analysis sees it, by start (cached until something changes)."""
        if self._spans is None:
            from diary_app.store.summary import course_spans

            self._spans = course_spans(self.diary, self.today())
        return list(self._spans)

    def triggers(self) -> list[str]:
        return self.diary.triggers()

    def mend_trigger_counts(self) -> bool:
        return self.diary.mend_trigger_counts()

    def summary(self) -> dict:
        """The whole-diary analysis (cached until something changes)."""
        if self._summary is None:
            from diary_app.store.summary import diary_summary

            self._summary = diary_summary(self.diary, today=self.today())
        return self._summary

    def month_stats(self, year: int, month: int, records: list[DayEntry] | None = None) -> MonthStats:
        """The analysis numbers of one month as `summary` gives them, reading only that month's day
        records (`day_records`: attacks included) and the infusions (DHE course days are ergot days)."""
        first, last = month_range(year, month)
        if records is None:
            records = self.day_records(first, last)
        from diary_app.domain.analysis import DayIndex, MonthStats, monthly_stats  # not needed to start

        infusions = self.infusions()
        found = monthly_stats(DayIndex(records, infusions), infusions, (year, month), (year, month), today=self.today())
        if found:
            return found[0]
        from diary_app.domain.analysis.months import days_so_far

        return MonthStats(year, month, last.day, 0, 0, 0, 0, {}, days_so_far=days_so_far((year, month), self.today()))

    def unrecorded_recent_days(self, count: int = RECENT_DAYS) -> list[dt.date]:
        """Unrecorded days among the `count` days before today, never before the first entry."""
        span = self.diary.date_span()
        if span is None:
            return []
        today = self.today()
        recorded = self.diary.recorded_dates(today - dt.timedelta(days=count), today)
        return unrecorded_recent_days(recorded, today, count, first_recorded=span[0])

    def questionnaires(self) -> list[Questionnaire]:
        return self.diary.questionnaires()

    def setting(self, key: str, default: Any = None) -> Any:
        """A diary setting (patient name, paper size, infusion intervals...), as stored."""
        return self.diary.setting(key, default)

    # -- writes -------------------------------------------------------------------------
    def save_day(self, entry: DayEntry) -> None:
        """Validate and save; raises ValidationError or DiaryError and then changes nothing."""
        validate_day(entry, self.today())
        previous = self.diary.get_day(entry.date)
        self.diary.save_day(entry)
        self._push(self.tr("Undo save of {0}").format(short_date(entry.date)),
                   lambda: self._put_back_day(entry.date, previous))
        self._days_changed(entry.date, entry.date)

    def forget_day(self, date: dt.date) -> None:
        previous = self.diary.get_day(date)
        if previous is None:
            return
        self.diary.delete_day(date)
        self._push(self.tr("Undo forgetting {0}").format(short_date(date)), lambda: self._put_back_day(date, previous))
        self._days_changed(date, date)

    def mark_headache_free(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Unrecorded days up to today become headache-free; recorded days are kept."""
        last = min(last, self.today())
        if first > last:
            return []
        marked = self.diary.mark_headache_free(first, last)
        if marked:
            self._push(self.tr("Undo marking %n day(s) headache-free", "", len(marked)),
                       lambda: self._forget_all(marked))
            self._days_changed(first, last)
        return marked

    def save_attack(self, attack: Attack) -> Attack:
        """Add (id None) or change an attack; raises ValidationError or DiaryError and then changes nothing."""
        validate_attack(attack, self.today())
        attack = self._current_attack(attack)
        previous = None if attack.id is None else next((a for a in self.diary.attacks() if a.id == attack.id), None)
        saved = self.diary.save_attack(attack)
        when = _moment(attack.start)
        if previous is None:
            self._push(self.tr("Undo adding the attack of {0}").format(when),
                       lambda: self._take_back_attack(saved, None))
        else:
            self._push(self.tr("Undo change of the attack of {0}").format(when),
                       lambda: self._take_back_attack(saved, previous))
        self._attack_days_changed(saved, previous)
        return saved

    def delete_attack(self, attack: Attack) -> None:
        attack = self._current_attack(attack)
        self.diary.delete_attack(attack.id)
        self._push(self.tr("Undo deleting the attack of {0}").format(_moment(attack.start)),
                   lambda: self._take_back_attack(None, attack))
        self._attack_days_changed(attack, None)

    def save_infusion(self, infusion: Infusion) -> Infusion:
        validate_infusion(infusion, self.today())
        label = self.tr("Undo save of the {0} infusion")
        saved = self._save_with_undo(infusion, self.infusions(), self.diary.save_infusion, self.diary.delete_infusion,
                                     (label, label), infusions=True)
        self._infusions_changed()
        return saved

    def delete_infusion(self, infusion: Infusion) -> None:
        self.diary.delete_infusion(infusion.id)
        self._push(self.tr("Undo deleting the {0} infusion").format(infusion.medication.name),
                   lambda: self.diary.restore_infusion(infusion), infusions=True)  # same id: older steps hold
        self._infusions_changed()

    def save_course(self, course: Course) -> Course:
        """Start, change or stop a course (one save); raises ValidationError or DiaryError."""
        validate_course(course, self.today())
        labels = (self.tr("Undo starting the {0} course"), self.tr("Undo change of the {0} course"))
        saved = self._save_with_undo(course, self.diary.courses(), self.diary.save_course, self.diary.delete_course,
                                     labels, courses=True)
        self._courses_changed()
        return saved

    def save_injection(self, injection: Injection) -> Injection:
        validate_injection(injection, self.today())
        label = self.tr("Undo save of the {0} injection")
        saved = self._save_with_undo(injection, self.diary.injections(), self.diary.save_injection,
                                     self.diary.delete_injection, (label, label), courses=True)
        self._courses_changed()
        return saved

    def delete_course(self, course: Course) -> None:
        """Delete a recorded course; undo puts it back under its own id."""
        self.diary.delete_course(course.id)
        self._push(self.tr("Undo deleting the {0} course").format(course.medication.name),
                   lambda: self.diary.restore_course(course), courses=True)
        self._courses_changed()

    def delete_injection(self, injection: Injection) -> None:
        """Delete an injection; undo puts it back under its own id."""
        self.diary.delete_injection(injection.id)
        self._push(self.tr("Undo deleting the {0} injection").format(injection.medication.name),
                   lambda: self.diary.restore_injection(injection), courses=True)
        self._courses_changed()

    def save_medication(self, medication: Medication) -> None:
        self.diary.save_medication(medication)
        self._forget_analysis()
        self.medications_changed.emit()

    def save_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        saved = self.diary.save_questionnaire(questionnaire)
        self._questionnaires_changed()
        return saved

    def delete_questionnaire(self, questionnaire_id: int) -> None:
        self.diary.delete_questionnaire(questionnaire_id)
        self._questionnaires_changed()

    def set_setting(self, key: str, value: Any) -> None:
        """Keep a diary setting; the summary is read again (intervals change the infusion due dates)."""
        self.diary.set_setting(key, value)
        self._forget_analysis()
        self.settings_changed.emit(key)

    # -- undo ---------------------------------------------------------------------------
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def undo(self) -> None:
        """Take back the last save or delete. A step that fails is dropped (its DiaryError is
        raised for the window to show), so the steps before it stay reachable."""
        if not self._undo:
            return
        step = self._undo.pop()
        try:
            step.undo()
        finally:
            self.undo_changed.emit(self.undo_label())

    def forget_undo(self) -> None:
        """After an import or a restore the old steps would put back what that replaced."""
        self._undo.clear()
        self.undo_changed.emit("")

    def _save_with_undo(self, item, stored: list, save, delete, labels: tuple[str, str], **changed):
        """Save `item` (added when its id is None); the undo step deletes what was added, or puts back
        what was changed. `labels`: the undo's label for an addition and for a change."""
        previous = next((s for s in stored if item.id is not None and s.id == item.id), None)
        saved = save(item)
        if previous is None:
            undo = lambda: delete(saved.id)  # noqa: E731
        else:
            undo = lambda: save(previous)  # noqa: E731
        self._push(labels[previous is not None].format(saved.medication.name), undo, **changed)
        return saved

    def _push(self, label: str, undo: Callable[[], None], infusions: bool = False, courses: bool = False) -> None:
        if infusions or courses:
            def step() -> None:
                undo()
                if infusions:
                    self._infusions_changed()
                if courses:
                    self._courses_changed()
        else:
            step = undo
        self._undo.append(UndoStep(label, step))
        del self._undo[:-50]
        self.undo_changed.emit(label)

    def _put_back_day(self, date: dt.date, previous: DayEntry | None) -> None:
        if previous is None:
            self.diary.delete_day(date)
        else:
            self.diary.save_day(previous)
        self._days_changed(date, date)

    def _current_attack(self, attack: Attack) -> Attack:
        """The attack under the id it has now (undo puts a deleted attack back under a new id)."""
        attack_id, seen = attack.id, set()
        while attack_id in self._moved_attacks and attack_id not in seen:
            seen.add(attack_id)
            attack_id = self._moved_attacks[attack_id]
        return attack if attack_id == attack.id else replace(attack, id=attack_id)

    def _take_back_attack(self, saved: Attack | None, previous: Attack | None) -> None:
        """Undo one attack step: delete what was added, or put back what was changed or deleted."""
        if saved is not None:
            saved = self._current_attack(saved)
        if previous is None:
            self.diary.delete_attack(saved.id)
        elif saved is not None:
            self.diary.save_attack(replace(previous, id=saved.id))
        else:
            put_back = self.diary.save_attack(replace(previous, id=None))
            self._moved_attacks.pop(put_back.id, None)  # SQLite may give the same or an older id again
            if put_back.id != previous.id:
                self._moved_attacks[previous.id] = put_back.id
        self._attack_days_changed(saved or previous, previous)

    def _attack_days_changed(self, attack: Attack, other: Attack | None) -> None:
        days = covered_days(attack) + (covered_days(other) if other is not None else [])
        self._days_changed(min(days), max(days))

    def _forget_all(self, dates: list[dt.date]) -> None:
        self.diary.delete_days(dates)
        self._days_changed(min(dates), max(dates))

    def _forget_analysis(self) -> None:
        """The summary and the course spans are read again when next asked for."""
        self._summary = None
        self._spans = None

    def _days_changed(self, first: dt.date, last: dt.date) -> None:
        self._forget_analysis()
        self.days_changed.emit(first, last)

    def _questionnaires_changed(self) -> None:
        self._forget_analysis()
        self.questionnaires_changed.emit()

    def _infusions_changed(self) -> None:
        self._forget_analysis()  # infusions start and extend courses
        self._infusions = None
        self.infusions_changed.emit()

    def _courses_changed(self) -> None:
        self._forget_analysis()
        self.courses_changed.emit()
