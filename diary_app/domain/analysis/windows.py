"""A window of days (a baseline, a follow-up period) with exact rates per 28 days, its status,
and the reduction and responder verdicts between two windows.

A rate needs at least half of the window's days recorded; a window that has not ended is
in progress; no verdict is given on a window that is not complete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from diary_app.domain.analysis.days import DayIndex, WindowCounts, min_recorded_for
from diary_app.domain.analysis.rounding import WINDOW_DAYS, round_fraction

RESPONDER_PERCENTS = (30, 50, 75)
IN_PROGRESS, INSUFFICIENT, COMPLETE = "in_progress", "insufficient", "complete"


@dataclass(frozen=True)
class Window:
    """The baseline or one 12-week period, with exact rates (None when too few days are recorded)."""

    label: str
    start: dt.date
    end: dt.date
    counts: WindowCounts
    status: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def enough(self) -> bool:
        return self.counts.recorded > 0 and self.counts.recorded >= min_recorded_for(self.days)

    def per_28(self, count: int) -> Fraction | None:
        return Fraction(count * WINDOW_DAYS, self.counts.recorded) if self.enough else None

    @property
    def migraine_rate(self) -> Fraction | None:
        return self.per_28(self.counts.migraine)

    @property
    def headache_rate(self) -> Fraction | None:
        return self.per_28(self.counts.headache)

    @property
    def mean_severity(self) -> Fraction | None:
        if not self.enough or not self.counts.severity_days:
            return None
        return Fraction(self.counts.severity_sum, self.counts.severity_days)

    def as_dict(self) -> dict:
        c = self.counts
        return {
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "recorded_days": c.recorded,
            "status": self.status,
            "migraine_days_per_28": round_fraction(self.migraine_rate),
            "headache_days_per_28": round_fraction(self.headache_rate),
            "acute_medication_days_per_28": round_fraction(self.per_28(c.acute)),
            "migraine_specific_acute_days_per_28": round_fraction(self.per_28(c.specific_acute)),
            "mean_peak_severity": round_fraction(self.mean_severity),
        }


def percent_reduction(baseline: Fraction | None, value: Fraction | None) -> Fraction | None:
    """(baseline - value) / baseline x 100, exact; None without both or with a zero baseline."""
    if baseline is None or value is None or baseline == 0:
        return None
    return (baseline - value) * 100 / baseline


def responders(percent: Fraction | None, status: str) -> dict[str, bool | None]:
    """responder_30/50/75 from the exact reduction: an exact halving is a 50% responder.
    Only a complete window gives a verdict."""
    known = percent is not None and status == COMPLETE
    return {f"responder_{limit}": (percent >= limit if known else None) for limit in RESPONDER_PERCENTS}


def window_status(end: dt.date, enough: bool, today: dt.date) -> str:
    """In progress until its last day has passed; then complete or insufficient."""
    if end >= today:
        return IN_PROGRESS
    return COMPLETE if enough else INSUFFICIENT


def make_window(index: DayIndex, label: str, start: dt.date, end: dt.date, today: dt.date) -> Window:
    counts = index.window_counts(start, end)
    enough = counts.recorded > 0 and counts.recorded >= min_recorded_for((end - start).days + 1)
    return Window(label, start, end, counts, window_status(end, enough, today))
