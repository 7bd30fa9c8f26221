"""What the doctor report says, as plain data: the period, the summary and the extras.

No Qt and no layout here: every number the report prints is decided in this module (or
comes straight from `diary_summary`), so tests can check it without reading a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diary_app.domain.analysis.courses import course_outcomes, preventive_history
from diary_app.domain.analysis.days import min_recorded_for
from diary_app.domain.analysis.months import ichd3_chronic_migraine, monthly_stats
from diary_app.domain.analysis.period import Month, check_range, days_in, month_of
from diary_app.domain.analysis.rounding import WINDOW_DAYS, div_round, rate_hundredths, to_float
from diary_app.domain.catalogue import preventive_class
from diary_app.domain.courses import CourseSpan
from diary_app.domain.models import DayEntry, Infusion
from diary_app.exporters.report.default_period import default_first_month
from diary_app.store import Diary
from diary_app.store.summary import course_spans, day_index, diary_summary

RECENT_MONTHS = 3  # "the last 3 ended months" of the at-a-glance rate
MAX_NOTES = 30  # notes listed (the most recent); the rest are counted
NOTE_CHARS = 120  # a note longer than this is shortened
NAME_SETTING = "patient_name"
BIRTH_DATE_SETTING = "patient_birth_date"
PAPER_SETTING = "paper_size"


@dataclass(frozen=True)
class MedicationUse:
    """One acute medication over the period: days taken, doses, and the relief reported (0-3)."""

    name: str
    drug_class: str
    days: int
    doses: int
    rated_doses: int
    mean_relief: float | None  # to 1 decimal; None when no dose was rated


@dataclass(frozen=True)
class Note:
    date: dt.date
    text: str  # whitespace collapsed, at most NOTE_CHARS characters


@dataclass(frozen=True)
class MonthsRate:
    """Migraine days per 28 days over whole calendar months, by the recorded days only
    (docs/definitions.md, "Rates"): unrecorded days are unknown, never migraine-free."""

    months: tuple[str, ...]  # "2026-09", ... oldest first
    days: int  # every day of those months
    recorded_days: int
    migraine_days: int

    @property
    def enough(self) -> bool:
        """At least half of the days recorded, as for a 28-day window."""
        return self.recorded_days > 0 and self.recorded_days >= min_recorded_for(self.days)

    @property
    def rate(self) -> float | None:
        """Migraine days x 28 / recorded days to 2 decimals; None ("not enough data") when
        fewer than half of the days are recorded."""
        return to_float(rate_hundredths(self.migraine_days, self.recorded_days)) if self.enough else None


def months_rate(months: Sequence[dict]) -> MonthsRate | None:
    """The rate over these summary months together; None for no months."""
    if not months:
        return None
    return MonthsRate(
        months=tuple(m["month"] for m in months),
        days=sum(m["days_in_month"] for m in months),
        recorded_days=sum(m["recorded_days"] for m in months),
        migraine_days=sum(m["migraine_days"] for m in months),
    )


@dataclass(frozen=True)
class Glance:
    """The at-a-glance figures, derived from the summary's months."""

    latest_ended: dict | None  # the summary month dict of the latest ended month
    period_rate: MonthsRate | None  # over the ended months of the period; None when none has ended
    recent_rate: MonthsRate | None  # over the last RECENT_MONTHS of those
    overuse_months: tuple[dict, ...]
    all_months: tuple[str, ...]  # every month of the period with data


@dataclass(frozen=True)
class ReportContent:
    """Everything one report shows; `summary` is exactly `summary --json` for the period."""

    today: dt.date
    first_month: Month
    last_month: Month
    period_start: dt.date
    period_end: dt.date  # the last day of the last month, or today if that is earlier
    patient_name: str
    birth_date: str  # as stored (ISO), "" when not given
    age: int | None
    summary: dict
    recorded_days: int  # from `counted_from` to the period's end (never after today)
    medications: tuple[MedicationUse, ...]
    notes: tuple[Note, ...]
    hidden_notes: int  # notes with text in the period that are not listed
    history: tuple[dict, ...] = ()  # every course of the diary, as `summary --json` lists courses
    stopped_classes: tuple[str, ...] = ()  # preventive classes stopped as not effective or not tolerated, ever
    diary_ichd3: bool | None = None  # the ICHD-3 pattern over the whole diary, whatever the period

    @property
    def earlier_history(self) -> tuple[Month, int] | None:
        """The first month with a recorded day and how many months before the period it adds up
        to, when the diary began before the period; None when the period shows it all."""
        first = self.first_recorded_day
        if first is None or first >= self.period_start:
            return None
        start = month_of(first)
        return start, (self.first_month[0] - start[0]) * 12 + self.first_month[1] - start[1]

    @property
    def first_recorded_day(self) -> dt.date | None:
        first = self.summary.get("first_recorded_day")
        return dt.date.fromisoformat(first) if first else None

    @property
    def counted_from(self) -> dt.date:
        """Where the diary coverage starts counting: the period's first day, or the diary's
        first recorded day when the diary began inside the period."""
        first = self.first_recorded_day
        return max(self.period_start, first) if first else self.period_start

    @property
    def counted_to(self) -> dt.date:
        """The period's last day, never after today: days still to come are not unrecorded."""
        return min(self.period_end, self.today)

    @property
    def period_days(self) -> int:
        """The days the coverage counts: from `counted_from` to `counted_to`, both included."""
        return max(0, (self.counted_to - self.counted_from).days + 1)

    @property
    def months(self) -> list[dict]:
        return self.summary.get("months", [])

    @property
    def has_days(self) -> bool:
        return self.recorded_days > 0

    @property
    def glance(self) -> Glance:
        return glance(self.months, self.today)


def default_report_range(
    today: dt.date, infusions: Iterable[Infusion], courses: Iterable[CourseSpan] = ()
) -> tuple[Month, Month]:
    """This month back to the current course's baseline and what led to it (`default_first_month`)."""
    return report_range(today, infusions, courses=courses)


def report_range(
    today: dt.date,
    infusions: Iterable[Infusion],
    first_month: Month | None = None,
    last_month: Month | None = None,
    courses: Iterable[CourseSpan] = (),
) -> tuple[Month, Month]:
    """The period asked for, with the defaults filled in: the last month defaults to this month
    (or the first month if that is later), the first to `default_first_month`."""
    if last_month is None:
        last_month = max(month_of(today), first_month) if first_month else month_of(today)
    if first_month is None:
        first_month = default_first_month(last_month, infusions, courses)
    check_range(first_month, last_month)
    return first_month, last_month


def build_content(
    diary: Diary, *, today: dt.date, first_month: Month | None = None, last_month: Month | None = None
) -> ReportContent:
    """Read the diary once for the period and gather what the report shows."""
    spans = course_spans(diary, today)
    first_month, last_month = report_range(today, diary.infusions(), first_month, last_month, spans)
    summary = diary_summary(diary, today=today, first_month=first_month, last_month=last_month)
    start = dt.date(*first_month, 1)
    month_end = dt.date(*last_month, days_in(last_month))
    end = month_end if today < start else min(month_end, today)  # a period in the future stays whole
    days = diary.days(start, month_end)
    notes = notes_of(days)
    history = treatment_history(diary, summary, today)
    settings = diary.settings()
    name = str(settings.get(NAME_SETTING) or "").strip()
    birth_text = str(settings.get(BIRTH_DATE_SETTING) or "").strip()
    return ReportContent(
        today=today,
        first_month=first_month,
        last_month=last_month,
        period_start=start,
        period_end=end,
        patient_name=name,
        birth_date=birth_text,
        age=age_on(birth_text, today),
        summary=summary,
        recorded_days=sum(1 for day in days if day.date <= min(end, today)),
        medications=tuple(medication_use(days)),
        notes=tuple(notes[-MAX_NOTES:]),
        hidden_notes=max(0, len(notes) - MAX_NOTES),
        history=tuple(history),
        stopped_classes=tuple(preventive_history(history)["classes_stopped"]),
        diary_ichd3=diary_ichd3(diary, today),
    )


def diary_ichd3(diary: Diary, today: dt.date) -> bool:
    """The ICHD-3 pattern over every month of the diary, so page 1 never contradicts it."""
    infusions = diary.infusions()
    return ichd3_chronic_migraine(monthly_stats(day_index(diary, infusions), infusions, None, None, today))


def treatment_history(diary: Diary, summary: dict, today: dt.date) -> list[dict]:
    """Every preventive course of the diary, whatever the period: a prior-authorisation form asks
    for all of them. The period's summary already lists those overlapping it; the others are
    worked out only when there are any."""
    spans = course_spans(diary, today)
    listed = summary.get("courses", [])
    if len(spans) == len(listed):
        return list(listed)
    return course_outcomes(day_index(diary), spans, diary.questionnaires(), today, preventive_class)


def age_on(birth_text: str, today: dt.date) -> int | None:
    """Whole years from an ISO birth date to today; None when the date is missing or unreadable."""
    try:
        born = dt.date.fromisoformat(birth_text)
    except ValueError:
        return None
    if born > today:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def medication_use(days: Iterable[DayEntry]) -> list[MedicationUse]:
    """Acute medications by days used (most first), with the mean relief of the rated doses."""
    tallies: dict[str, dict] = {}
    for day in days:
        for dose in day.doses:
            medication = dose.medication
            if medication.role != "acute":
                continue
            tally = tallies.setdefault(medication.name, {"class": medication.drug_class, "days": set(),
                                                         "doses": 0, "relief": []})
            tally["days"].add(day.date)
            tally["doses"] += 1
            if dose.relief is not None:
                tally["relief"].append(dose.relief)
    uses = [
        MedicationUse(
            name=name,
            drug_class=tally["class"],
            days=len(tally["days"]),
            doses=tally["doses"],
            rated_doses=len(tally["relief"]),
            mean_relief=div_round(sum(tally["relief"]) * 10, len(tally["relief"])) / 10 if tally["relief"] else None,
        )
        for name, tally in tallies.items()
    ]
    return sorted(uses, key=lambda use: (-use.days, use.name.casefold()))


def notes_of(days: Iterable[DayEntry]) -> list[Note]:
    """Every day with a note, oldest first, each note on one line and shortened."""
    return [Note(day.date, shorten(day.notes)) for day in days if day.notes.strip()]


def shorten(text: str, limit: int = NOTE_CHARS) -> str:
    """Whitespace collapsed; cut at a word boundary with "…" when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def glance(months: Sequence[dict], today: dt.date) -> Glance:
    """Ended months are those before today's month; the rates use only them (a month still in
    progress would be judged against days that have not come yet)."""
    current = f"{today.year:04d}-{today.month:02d}"
    ended = [m for m in months if m["month"] < current]
    return Glance(
        latest_ended=ended[-1] if ended else None,
        period_rate=months_rate(ended),
        recent_rate=months_rate(ended[-RECENT_MONTHS:]),
        overuse_months=tuple(m for m in months if m.get("medication_overuse")),
        all_months=tuple(m["month"] for m in months),
    )

