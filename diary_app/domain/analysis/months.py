"""Calendar-month statistics: counts, chronic/episodic, medication overuse, the ICHD-3 pattern."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from diary_app.domain.analysis.days import DayIndex
from diary_app.domain.analysis.period import (
    Month, check_range, days_in, in_range, month_label, month_of, months_between, next_month,
)
from diary_app.domain.models import DRUG_CLASSES, Infusion

CHRONIC_MIGRAINE_DAYS = 15  # chronic when migraine days >= 15
EPISODIC_MAX_DAYS = 14  # episodic when migraine days + unrecorded days <= 14

# ICHD-3 8.2 medication overuse: days per month at or above which a class is overused.
OVERUSE_THRESHOLDS = {
    "triptan": 10,
    "ergot": 10,
    "opioid": 10,
    "combination_analgesic": 10,
    "simple_analgesic": 15,
}
OVERUSE_CLASSES = frozenset(OVERUSE_THRESHOLDS)
COMBINED_OVERUSE_DAYS = 10  # days with any overuse class, when two or more classes were used
COMBINED_REASON = f"combined_days>={COMBINED_OVERUSE_DAYS}"

# ICHD-3 1.3 chronic migraine, as a pattern over whole calendar months.
ICHD3_HEADACHE_DAYS = 15
ICHD3_MIGRAINE_DAYS = 8
ICHD3_RUN_MONTHS = 3


@dataclass(frozen=True)
class MonthStats:
    """One calendar month of the diary. Derived verdicts are properties of the counts."""

    year: int
    month_number: int
    days_in_month: int
    recorded_days: int
    headache_days: int
    migraine_days: int
    acute_medication_days: int
    class_days: dict[str, int] = field(hash=False)  # every class in DRUG_CLASSES, 0 when unused
    overuse_class_days: int = 0  # days with any of the classes in OVERUSE_CLASSES
    days_so_far: int | None = None  # days up to today (None: the whole month, today unknown)

    @property
    def month(self) -> str:
        """"YYYY-MM"."""
        return month_label((self.year, self.month_number))

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month_number, 1)

    @property
    def elapsed_days(self) -> int:
        """Days of the month up to today: all of them once the month has ended."""
        return self.days_in_month if self.days_so_far is None else self.days_so_far

    @property
    def in_progress(self) -> bool:
        """The month holding today (or a month still to come)."""
        return self.elapsed_days < self.days_in_month

    @property
    def unrecorded_days(self) -> int:
        """Days up to today with no entry; days after today are not unrecorded, just not yet."""
        return max(self.elapsed_days - self.recorded_days, 0)

    @property
    def classification(self) -> str:
        """"chronic", "episodic" or "incomplete" (too many unknown days to tell). Days still to
        come in the current month are unknown too: it can be chronic, not yet episodic."""
        return classify(self.migraine_days, self.days_in_month - self.recorded_days)

    @property
    def overuse_reasons(self) -> tuple[str, ...]:
        """The medication-overuse rules this month meets, e.g. ("triptan_days>=10",)."""
        return overuse_reasons(self.class_days, self.overuse_class_days)

    @property
    def medication_overuse(self) -> bool:
        return bool(self.overuse_reasons)

    @property
    def meets_ichd3_month(self) -> bool:
        """This month alone meets the monthly ICHD-3 chronic-migraine thresholds."""
        return self.headache_days >= ICHD3_HEADACHE_DAYS and self.migraine_days >= ICHD3_MIGRAINE_DAYS

    def as_dict(self) -> dict:
        return {
            "month": self.month,
            "days_in_month": self.days_in_month,
            "recorded_days": self.recorded_days,
            "unrecorded_days": self.unrecorded_days,
            "in_progress": self.in_progress,
            "days_so_far": self.elapsed_days,
            "headache_days": self.headache_days,
            "migraine_days": self.migraine_days,
            "acute_medication_days": self.acute_medication_days,
            "class_days": dict(self.class_days),
            "overuse_class_days": self.overuse_class_days,
            "classification": self.classification,
            "medication_overuse": self.medication_overuse,
            "overuse_reasons": list(self.overuse_reasons),
            "ichd3_month_criteria_met": self.meets_ichd3_month,
        }


def classify(migraine_days: int, unrecorded_days: int) -> str:
    """Chronic at 15+ migraine days; episodic only when, even if every unrecorded day were
    a migraine day, the month would have at most 14."""
    if migraine_days >= CHRONIC_MIGRAINE_DAYS:
        return "chronic"
    if migraine_days + unrecorded_days <= EPISODIC_MAX_DAYS:
        return "episodic"
    return "incomplete"


def overuse_reasons(class_days: dict[str, int], overuse_class_days: int) -> tuple[str, ...]:
    """Which ICHD-3 8.2 rules a month's medication days meet, as short stable strings."""
    reasons = [
        f"{drug_class}_days>={threshold}"
        for drug_class, threshold in OVERUSE_THRESHOLDS.items()
        if class_days.get(drug_class, 0) >= threshold
    ]
    classes_used = sum(1 for drug_class in OVERUSE_CLASSES if class_days.get(drug_class, 0) > 0)
    if overuse_class_days >= COMBINED_OVERUSE_DAYS and classes_used >= 2:
        reasons.append(COMBINED_REASON)
    return tuple(reasons)


def ichd3_chronic_migraine(months: Sequence[MonthStats]) -> bool:
    """True when 3+ consecutive calendar months each have >= 15 headache and >= 8 migraine days."""
    run = 0
    previous: Month | None = None
    for stats in months:
        current = (stats.year, stats.month_number)
        consecutive = previous is not None and next_month(previous) == current
        run = (run + 1 if consecutive else 1) if stats.meets_ichd3_month else 0
        previous = current
        if run >= ICHD3_RUN_MONTHS:
            return True
    return False


def data_months(index: DayIndex, infusions: Iterable[Infusion]) -> tuple[Month, Month] | None:
    """The first and last month holding a recorded day or any infusion day; None without data."""
    ends = [(infusion.start, infusion.last_day) for infusion in infusions]
    if index.first_date is not None:
        ends.append((index.first_date, index.last_date))
    if not ends:
        return None
    return month_of(min(first for first, _ in ends)), month_of(max(last for _, last in ends))


def monthly_stats(
    index: DayIndex,
    infusions: Iterable[Infusion] = (),
    start_month: Month | None = None,
    end_month: Month | None = None,
    today: dt.date | None = None,
) -> list[MonthStats]:
    """Every calendar month from the first to the last month with data, within the optional range.
    With `today`, the month holding it counts its days so far (see MonthStats.in_progress)."""
    check_range(start_month, end_month)
    span = data_months(index, infusions)
    if span is None:
        return []
    tallies = _tally_by_month(index)
    return [
        _month_stats(month, tallies.get(month), today)
        for month in months_between(*span)
        if in_range(month, start_month, end_month)
    ]


def days_so_far(month: Month, today: dt.date | None) -> int | None:
    """Days of the month up to today; None when today is unknown or the month has ended."""
    if today is None or month < month_of(today):
        return None
    return today.day if month == month_of(today) else 0


class _Tally:
    """Running counts for one month while the index is read once."""

    __slots__ = ("recorded", "headache", "migraine", "acute", "overuse", "classes")

    def __init__(self) -> None:
        self.recorded = self.headache = self.migraine = self.acute = self.overuse = 0
        self.classes: dict[str, int] = {}


def _tally_by_month(index: DayIndex) -> dict[Month, _Tally]:
    tallies: dict[Month, _Tally] = {}
    for date, facts in index.items():
        month = (date.year, date.month)
        tally = tallies.get(month)
        if tally is None:
            tally = tallies[month] = _Tally()
        tally.recorded += 1
        tally.headache += facts.headache
        tally.migraine += facts.migraine
        tally.acute += facts.acute
        if facts.classes:
            tally.overuse += not facts.classes.isdisjoint(OVERUSE_CLASSES)
            for drug_class in facts.classes:
                tally.classes[drug_class] = tally.classes.get(drug_class, 0) + 1
    return tallies


def _month_stats(month: Month, tally: _Tally | None, today: dt.date | None = None) -> MonthStats:
    tally = tally or _Tally()
    class_days = {drug_class: tally.classes.get(drug_class, 0) for drug_class in DRUG_CLASSES}
    class_days.update(sorted(tally.classes.items()))  # keep any class the catalogue does not list
    return MonthStats(
        year=month[0],
        month_number=month[1],
        days_in_month=days_in(month),
        recorded_days=tally.recorded,
        headache_days=tally.headache,
        migraine_days=tally.migraine,
        acute_medication_days=tally.acute,
        class_days=class_days,
        overuse_class_days=tally.overuse,
        days_so_far=days_so_far(month, today),
    )
