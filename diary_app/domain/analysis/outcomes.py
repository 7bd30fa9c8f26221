"""Infusion outcomes the way the eptinezumab (PROMISE) trials report them, plus
when the next preventive infusion is due and whether its effect seems to wear off.

Rates are migraine days per 28 days (see DayIndex.rate); all arithmetic is exact,
in hundredths, and rounded once per reported value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from diary_app.domain.analysis.days import DayIndex, window
from diary_app.domain.analysis.period import Month, check_range, in_range, month_of
from diary_app.domain.analysis.rounding import WINDOW_DAYS, mean_hundredths, percent_hundredths, to_float
from diary_app.domain.models import Infusion
from diary_app.domain.settings import valid_interval

FOLLOWUP_WINDOWS = 3  # weeks 1-4, 5-8 and 9-12 after the last infusion day
RESPONDER_THRESHOLDS = (50, 75)  # percent reduction from baseline

DEFAULT_INTERVAL_DAYS = 84  # every 12 weeks, for any preventive infusion drug not in `intervals`
DEFAULT_INTERVALS: Mapping[str, int] = {"eptinezumab": 84}
DUE_SOON_DAYS = 14

EARLY_WINDOW_DAYS = 56  # weeks 1-8 after the previous infusion
WEARING_OFF_RATIO_PERCENT = 125  # late rate at least 25% above the early rate ...
WEARING_OFF_MIN_RISE = 200  # ... and at least 2.00 migraine days per 28 days higher (hundredths)


@dataclass(frozen=True)
class InfusionOutcome:
    """One infusion (or course) with its trial-style outcome; every outcome is None for acute courses."""

    infusion: Infusion
    baseline_mmd: float | None = None
    followup_mmd: tuple[float | None, ...] = (None,) * FOLLOWUP_WINDOWS
    mean_followup_mmd: float | None = None
    change_from_baseline: float | None = None
    percent_reduction: float | None = None
    responder_50: bool | None = None
    responder_75: bool | None = None

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

    def as_dict(self) -> dict:
        return {
            "medication": self.medication,
            "last_infusion": self.last_infusion.isoformat(),
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
) -> list[InfusionOutcome]:
    """Outcomes for the infusions starting within the range; windows may reach outside it."""
    check_range(start_month, end_month)
    return [
        _outcome(index, infusion) if infusion.kind == "preventive" else InfusionOutcome(infusion)
        for infusion in in_order(infusions)
        if in_range(month_of(infusion.start), start_month, end_month)
    ]


def _outcome(index: DayIndex, infusion: Infusion) -> InfusionOutcome:
    day = dt.timedelta(days=1)
    baseline = index.rate(*window(infusion.start - WINDOW_DAYS * day))
    followups = [
        index.rate(*window(infusion.last_day + (1 + WINDOW_DAYS * k) * day)) for k in range(FOLLOWUP_WINDOWS)
    ]
    return outcome_from_rates(infusion, baseline, followups)


def outcome_from_rates(
    infusion: Infusion, baseline_mmd: float | None, followup_mmd: Sequence[float | None]
) -> InfusionOutcome:
    """The derived outcome fields from the window rates, each already rounded to 2 decimals."""
    baseline = _hundredths(baseline_mmd)
    followups = [_hundredths(rate) for rate in followup_mmd]
    mean = mean_hundredths([rate for rate in followups if rate is not None])
    change = percent = None
    if baseline is not None and mean is not None:
        change = mean - baseline
        if baseline > 0:
            percent = percent_hundredths(baseline - mean, baseline)
    responders = [None if percent is None else percent >= limit * 100 for limit in RESPONDER_THRESHOLDS]
    return InfusionOutcome(
        infusion,
        baseline_mmd=to_float(baseline),
        followup_mmd=tuple(to_float(rate) for rate in followups),
        mean_followup_mmd=to_float(mean),
        change_from_baseline=to_float(change),
        percent_reduction=to_float(percent),
        responder_50=responders[0],
        responder_75=responders[1],
    )


def _hundredths(value: float | None) -> int | None:
    """A 2-decimal value as whole hundredths (exact: such a float is within 1e-12 of it)."""
    return None if value is None else round(value * 100)


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
    """For each preventive infusion drug, its latest infusion's start + interval; soonest due first."""
    latest: dict[str, dt.date] = {}
    for infusion in infusions:
        name = infusion.medication.name
        if infusion.kind == "preventive" and (name not in latest or infusion.start > latest[name]):
            latest[name] = infusion.start
    items = []
    for name, last in latest.items():
        due = last + dt.timedelta(days=interval_for(name, intervals))
        days_until = (due - today).days
        items.append(NextInfusion(name, last, due, days_until, due_status(days_until)))
    return sorted(items, key=lambda item: (item.due, item.medication))


def wearing_off(
    index: DayIndex,
    infusions: Iterable[Infusion],
    start_month: Month | None = None,
    end_month: Month | None = None,
) -> list[WearingOff]:
    """One item per preventive infusion starting within the range that follows one of the same drug."""
    check_range(start_month, end_month)
    previous: dict[str, Infusion] = {}
    items = []
    for infusion in in_order(i for i in infusions if i.kind == "preventive"):
        name = infusion.medication.name
        before = previous.get(name)
        previous[name] = infusion
        if before is None or not in_range(month_of(infusion.start), start_month, end_month):
            continue
        early = index.rate_hundredths(*window(before.last_day + dt.timedelta(days=1), EARLY_WINDOW_DAYS))
        late = index.rate_hundredths(*window(infusion.start - dt.timedelta(days=WINDOW_DAYS)))
        verdict = is_wearing_off(early, late)
        items.append(WearingOff(name, infusion.start, before.start, to_float(early), to_float(late), verdict))
    return items


def is_wearing_off(early: int | None, late: int | None) -> bool | None:
    """Late rate >= 1.25 x early rate and at least 2 days higher (both in hundredths); None if unknown."""
    if early is None or late is None:
        return None
    return late * 100 >= early * WEARING_OFF_RATIO_PERCENT and late - early >= WEARING_OFF_MIN_RISE
