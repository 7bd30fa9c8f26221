"""Preventive treatment courses: the courses a person recorded, and those their injections and
preventive infusions imply.

A course is one preventive medication from a start date to a stop date (None while it runs).
An administration (an infusion or an injection) belongs to the course of its medication running
on its date; one on a date when no such course runs starts a course on its first day. A course
without a recorded stop that has administrations ends at its last administration + 2 x the
medication's usual interval, once that date has passed with no new administration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from diary_app.domain.catalogue import dose_unit
from diary_app.domain.models import Course, Infusion, Injection, Medication

# Days between administrations, by generic name (the product labels).
USUAL_INTERVALS: Mapping[str, int] = {
    "eptinezumab": 84,
    "onabotulinumtoxina": 84,
    "erenumab": 28,
    "galcanezumab": 28,
    "fremanezumab": 28,
}
QUARTERLY_DOSE_MG: Mapping[str, float] = {"fremanezumab": 675}  # 675 mg every 3 months, 225 mg monthly
DEFAULT_INFUSION_INTERVAL = 84  # a preventive infusion drug the diary has no interval for
DEFAULT_INJECTION_INTERVAL = 28
LAPSE_INTERVALS = 2  # a course lapses 2 usual intervals after its last administration


def usual_interval(
    name: str, dose_mg: float | None = None, intervals: Mapping[str, int] | None = None
) -> int | None:
    """Days between administrations of a drug: the person's own setting first, then the dose
    (fremanezumab 675 mg is quarterly), then the label; None for a drug the diary has no interval for."""
    key = name.casefold()
    for own, days in (intervals or {}).items():
        if str(own).casefold() == key and isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= 730:
            return days
    quarterly = QUARTERLY_DOSE_MG.get(key)
    if quarterly is not None and dose_mg is not None and dose_mg >= quarterly:
        return 84
    return USUAL_INTERVALS.get(key)


@dataclass(frozen=True)
class Administration:
    """One infusion (possibly a course of several days) or injection of a preventive drug."""

    date: dt.date
    last_day: dt.date
    medication: Medication
    kind: str  # "infusion" or "injection"
    dose_mg: float | None = None

    def interval(self, intervals: Mapping[str, int] | None = None) -> int:
        found = usual_interval(self.medication.name, self.dose_mg, intervals)
        if found is not None:
            return found
        return DEFAULT_INFUSION_INTERVAL if self.kind == "infusion" else DEFAULT_INJECTION_INTERVAL


@dataclass(frozen=True)
class CourseSpan:
    """A course as the analysis sees it: recorded (`recorded` holds it) or started by an administration."""

    medication: Medication
    start: dt.date
    stop: dt.date | None
    dose: str = ""
    stop_reason: str | None = None
    note: str = ""
    administrations: tuple[Administration, ...] = ()
    recorded: Course | None = None
    interval_days: int | None = None  # None for a daily (oral) preventive

    @property
    def first_administration_end(self) -> dt.date:
        """L: the last day of the first administration; the start for an oral course."""
        return self.administrations[0].last_day if self.administrations else self.start

    def end(self, today: dt.date) -> dt.date:
        """The last day on treatment so far: the stop date, or today while it runs."""
        return self.stop if self.stop is not None else today


def administrations_of(infusions: Iterable[Infusion], injections: Iterable[Injection]) -> list[Administration]:
    """Preventive infusions and every injection as administrations, by date."""
    items = [
        Administration(i.start, i.last_day, i.medication, "infusion", i.dose_mg)
        for i in infusions
        if i.kind == "preventive"
    ]
    items += [Administration(j.date, j.date, j.medication, "injection", j.dose_mg) for j in injections]
    return sorted(items, key=lambda a: (a.date, a.last_day))


@dataclass
class _Building:
    medication: Medication
    start: dt.date
    recorded: Course | None = None
    administrations: list[Administration] = field(default_factory=list)

    def lapse(self, intervals) -> dt.date | None:
        if not self.administrations:
            return None
        last = self.administrations[-1]
        return last.last_day + dt.timedelta(days=LAPSE_INTERVALS * last.interval(intervals))

    def holds(self, date: dt.date, intervals) -> bool:
        if date < self.start:
            return False
        if self.recorded is not None and self.recorded.stop is not None:
            return date <= self.recorded.stop
        lapse = self.lapse(intervals)
        return lapse is None or date <= lapse


def course_spans(
    courses: Iterable[Course],
    infusions: Iterable[Infusion],
    injections: Iterable[Injection],
    *,
    today: dt.date,
    intervals: Mapping[str, int] | None = None,
) -> list[CourseSpan]:
    """Every course, recorded or implied by administrations, by start date (then medication)."""
    building: dict[str, list[_Building]] = {}
    for course in sorted(courses, key=lambda c: c.start):
        building.setdefault(course.medication.name.casefold(), []).append(
            _Building(course.medication, course.start, recorded=course)
        )
    for item in administrations_of(infusions, injections):
        found = building.setdefault(item.medication.name.casefold(), [])
        hosts = [b for b in found if b.holds(item.date, intervals)]
        if hosts:
            max(hosts, key=lambda b: b.start).administrations.append(item)
        else:
            found.append(_Building(item.medication, item.date, administrations=[item]))
    spans = []
    for found in building.values():
        found.sort(key=lambda b: b.start)
        for position, item in enumerate(found):
            later = found[position + 1].start if position + 1 < len(found) else None
            spans.append(_span(item, later, today, intervals))
    return sorted(spans, key=lambda s: (s.start, s.medication.name.casefold()))


def _span(item: _Building, next_start: dt.date | None, today: dt.date, intervals) -> CourseSpan:
    recorded = item.recorded
    stop = recorded.stop if recorded is not None else None
    if stop is None:
        lapse = item.lapse(intervals)
        if lapse is not None and lapse < today:
            stop = lapse
        if next_start is not None and (stop is None or stop >= next_start):
            stop = max(item.start, next_start - dt.timedelta(days=1))  # the next course takes over
    last = item.administrations[-1] if item.administrations else None
    interval = last.interval(intervals) if last else usual_interval(item.medication.name, None, intervals)
    first_dose = item.administrations[0].dose_mg if item.administrations else None
    unit = dose_unit(item.medication)
    dose = recorded.dose if recorded is not None else (f"{first_dose:g} {unit}" if first_dose is not None else "")
    return CourseSpan(
        medication=item.medication,
        start=item.start,
        stop=stop,
        dose=dose,
        stop_reason=recorded.stop_reason if recorded is not None else None,
        note=recorded.note if recorded is not None else "",
        administrations=tuple(item.administrations),
        recorded=recorded,
        interval_days=interval,
    )


def running_on(spans: Iterable[CourseSpan], name: str, date: dt.date) -> CourseSpan | None:
    """The course of a medication (generic name, any case) running on a date, if any."""
    key = name.casefold()
    for span in spans:
        if span.medication.name.casefold() == key and span.start <= date and (span.stop is None or date <= span.stop):
            return span
    return None
