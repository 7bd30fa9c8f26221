"""Infusion outcomes the way the eptinezumab (PROMISE) trials report them, plus
when the next preventive infusion is due and whether its effect seems to wear off.

This is the cycle view: each infusion against the 28 days just before it. Courses against the
original pre-treatment baseline are in courses.py. Rates are migraine days per 28 days; every
value is exact until it is shown, and verdicts compare exact values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from diary_app.domain.analysis.days import DayIndex, min_recorded_for
from diary_app.domain.analysis.period import Month, check_range, in_range, month_of
from diary_app.domain.analysis.rounding import WINDOW_DAYS, round_fraction
from diary_app.domain.analysis.windows import (
    COMPLETE, IN_PROGRESS, INSUFFICIENT, Window, make_window, percent_reduction, responders,
)
from diary_app.domain.models import Infusion
from diary_app.domain.settings import valid_interval

FOLLOWUP_WINDOWS = 3  # weeks 1-4, 5-8 and 9-12 after the last infusion day

DEFAULT_INTERVAL_DAYS = 84  # every 12 weeks, for any preventive infusion drug not in `intervals`
DEFAULT_INTERVALS: Mapping[str, int] = {"eptinezumab": 84}
DUE_SOON_DAYS = 14

EARLY_WINDOW_DAYS = 56  # weeks 1-8 after the previous infusion
WEARING_OFF_RATIO_PERCENT = 125  # late rate at least 25% above the early rate ...
WEARING_OFF_MIN_RISE = 2  # ... and at least 2 migraine days per 28 days higher


@dataclass(frozen=True)
class InfusionOutcome:
    """One infusion (or course) with its trial-style outcome; every outcome is None for acute courses."""

    infusion: Infusion
    baseline_mmd: float | None = None
    followup_mmd: tuple[float | None, ...] = (None,) * FOLLOWUP_WINDOWS
    mean_followup_mmd: float | None = None
    change_from_baseline: float | None = None
    percent_reduction: float | None = None
    responder_30: bool | None = None
    responder_50: bool | None = None
    responder_75: bool | None = None
    followup_status: str | None = None  # in_progress, insufficient or complete; None for acute courses

    @property
    def start(self) -> dt.date:
        return self.infusion.start

    @property
    def last_day(self) -> dt.date:
        return self.infusion.last_day

    @property
    def medication(self) -> str:
        """The generic name."""
        return self.infusion.medication.name

    @property
    def kind(self) -> str:
        return self.infusion.kind

    def as_dict(self) -> dict:
        infusion = self.infusion
        return {
            "start": infusion.start.isoformat(),
            "last_day": infusion.last_day.isoformat(),
            "days": infusion.days,
            "medication": infusion.medication.name,
            "kind": infusion.kind,
            "dose_mg": infusion.dose_mg,
            "setting": infusion.setting,
            "reactions": infusion.reactions,
            "baseline_mmd": self.baseline_mmd,
            "followup_mmd": list(self.followup_mmd),
            "mean_followup_mmd": self.mean_followup_mmd,
            "change_from_baseline": self.change_from_baseline,
            "percent_reduction": self.percent_reduction,
            "followup_status": self.followup_status,
            "responder_30": self.responder_30,
            "responder_50": self.responder_50,
            "responder_75": self.responder_75,
        }


@dataclass(frozen=True)
class NextInfusion:
    """When the next infusion of one preventive drug is due, as seen on `today`."""

    medication: str
    last_infusion: dt.date
    due: dt.date
    days_until: int  # negative when overdue
    status: str  # "overdue", "due_soon" (within 14 days) or "scheduled"
    last_day: dt.date | None = None  # the last day of that infusion course; the interval counts from it

    def as_dict(self) -> dict:
        return {
            "medication": self.medication,
            "last_infusion": self.last_infusion.isoformat(),
            "last_day": (self.last_day or self.last_infusion).isoformat(),
            "due": self.due.isoformat(),
            "days_until": self.days_until,
            "status": self.status,
        }


@dataclass(frozen=True)
class WearingOff:
    """Migraine-day rate just before an infusion against weeks 1-8 after the previous one."""

    medication: str
    infusion_start: dt.date
    previous_start: dt.date
    early_rate: float | None  # weeks 1-8 after the previous infusion
    late_rate: float | None  # the 28 days before this infusion
    wearing_off: bool | None

    def as_dict(self) -> dict:
        return {
            "medication": self.medication,
            "infusion_start": self.infusion_start.isoformat(),
            "previous_start": self.previous_start.isoformat(),
            "early_rate": self.early_rate,
            "late_rate": self.late_rate,
            "wearing_off": self.wearing_off,
        }


def in_order(infusions: Iterable[Infusion]) -> list[Infusion]:
    """Infusions by first day (input order kept for the same day)."""
    return sorted(infusions, key=lambda infusion: infusion.start)


def infusion_outcomes(
    index: DayIndex,
    infusions: Iterable[Infusion],
    start_month: Month | None = None,
    end_month: Month | None = None,
    *,
    today: dt.date,
) -> list[InfusionOutcome]:
    """Outcomes for the infusions starting within the range; windows may reach outside it."""
    check_range(start_month, end_month)
    return [
        cycle_outcome(index, infusion, today) if infusion.kind == "preventive" else InfusionOutcome(infusion)
        for infusion in in_order(infusions)
        if in_range(month_of(infusion.start), start_month, end_month)
    ]


def cycle_windows(index: DayIndex, infusion: Infusion, today: dt.date) -> tuple[Window, list[Window]]:
    """The 28 days before the first day, and weeks 1-4, 5-8, 9-12 after the last day."""
    day = dt.timedelta(days=1)
    baseline = make_window(index, "baseline", infusion.start - WINDOW_DAYS * day, infusion.start - day, today)
    followups = []
    for k in range(FOLLOWUP_WINDOWS):
        first = infusion.last_day + (1 + WINDOW_DAYS * k) * day
        followups.append(make_window(index, f"weeks {4 * k + 1}-{4 * k + 4}", first, first + (WINDOW_DAYS - 1) * day, today))
    return baseline, followups


def followup_status(windows: list[Window]) -> str:
    """in_progress until weeks 9-12 have ended; then complete only when every window has a rate."""
    if any(w.status == IN_PROGRESS for w in windows):
        return IN_PROGRESS
    return COMPLETE if all(w.status == COMPLETE for w in windows) else INSUFFICIENT


def cycle_outcome(index: DayIndex, infusion: Infusion, today: dt.date) -> InfusionOutcome:
    """The trial-style outcome: the mean of the follow-up rates that exist against the baseline."""
    baseline, followups = cycle_windows(index, infusion, today)
    base = baseline.migraine_rate
    rates = [w.migraine_rate for w in followups]
    known = [rate for rate in rates if rate is not None]
    mean = sum(known, Fraction(0)) / len(known) if known else None
    percent = percent_reduction(base, mean)
    status = followup_status([baseline, *followups])
    verdicts = responders(percent, status)
    return InfusionOutcome(
        infusion,
        baseline_mmd=round_fraction(base),
        followup_mmd=tuple(round_fraction(rate) for rate in rates),
        mean_followup_mmd=round_fraction(mean),
        change_from_baseline=round_fraction(None if base is None or mean is None else mean - base),
        percent_reduction=round_fraction(percent),
        responder_30=verdicts["responder_30"],
        responder_50=verdicts["responder_50"],
        responder_75=verdicts["responder_75"],
        followup_status=status,
    )


def interval_for(medication: str, intervals: Mapping[str, int] | None = None) -> int:
    """Days between infusions of a drug: `intervals` first, then the defaults; names ignore case.
    A value that is not a whole number of days from 1 to 730 is passed over."""
    for table in (intervals or {}, DEFAULT_INTERVALS):
        for name, days in table.items():
            if str(name).casefold() == medication.casefold() and valid_interval(days):
                return days
    return DEFAULT_INTERVAL_DAYS


def due_status(days_until: int) -> str:
    if days_until < 0:
        return "overdue"
    return "due_soon" if days_until <= DUE_SOON_DAYS else "scheduled"


def next_infusions(
    infusions: Iterable[Infusion], *, today: dt.date, intervals: Mapping[str, int] | None = None
) -> list[NextInfusion]:
    """For each preventive infusion drug, the last day of its latest infusion (course) + interval;
    soonest due first."""
    latest: dict[str, Infusion] = {}
    for infusion in infusions:
        name = infusion.medication.name
        if infusion.kind == "preventive" and (name not in latest or infusion.start > latest[name].start):
            latest[name] = infusion
    items = []
    for name, last in latest.items():
        due = last.last_day + dt.timedelta(days=interval_for(name, intervals))
        days_until = (due - today).days
        items.append(NextInfusion(name, last.start, due, days_until, due_status(days_until), last.last_day))
    return sorted(items, key=lambda item: (item.due, item.medication))


def wearing_off(
    index: DayIndex,
    infusions: Iterable[Infusion],
    start_month: Month | None = None,
    end_month: Month | None = None,
) -> list[WearingOff]:
    """One item per preventive infusion starting within the range that follows one of the same
    drug: weeks 9-12 against weeks 1-8 of the previous infusion's cycle, both cut short the day
    before this infusion, so no window reaches into the next cycle."""
    check_range(start_month, end_month)
    previous: dict[str, Infusion] = {}
    items = []
    day = dt.timedelta(days=1)
    for infusion in in_order(i for i in infusions if i.kind == "preventive"):
        name = infusion.medication.name
        before = previous.get(name)
        previous[name] = infusion
        if before is None or not in_range(month_of(infusion.start), start_month, end_month):
            continue
        cut = infusion.start - day
        early = _rate_until(index, before.last_day + day, EARLY_WINDOW_DAYS, cut)
        late = _rate_until(index, before.last_day + (EARLY_WINDOW_DAYS + 1) * day, WINDOW_DAYS, cut)
        verdict = is_wearing_off(early, late)
        items.append(WearingOff(name, infusion.start, before.start, round_fraction(early), round_fraction(late), verdict))
    return items


def _rate_until(index: DayIndex, first: dt.date, days: int, cut: dt.date) -> Fraction | None:
    """The exact rate over `days` days from first, cut short at `cut`; it still needs half of
    the full window's days recorded."""
    last = min(first + dt.timedelta(days=days - 1), cut)
    if last < first:
        return None
    counts = index.window_counts(first, last)
    if counts.recorded == 0 or counts.recorded < min_recorded_for(days):
        return None
    return Fraction(counts.migraine * WINDOW_DAYS, counts.recorded)


def is_wearing_off(early: Fraction | None, late: Fraction | None) -> bool | None:
    """Late rate >= 1.25 x early rate and at least 2 days higher (exact); None if unknown."""
    if early is None or late is None:
        return None
    return late * 100 >= early * WEARING_OFF_RATIO_PERCENT and late - early >= WEARING_OFF_MIN_RISE
