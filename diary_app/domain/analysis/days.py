"""What each recorded day counts as, and a date index that answers window questions fast.

Only recorded days are facts. A date with no DayEntry is unknown: it is never counted
as headache-free, and windows report how many of their days were recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import NamedTuple

from diary_app.domain.analysis.rounding import WINDOW_DAYS, rate_hundredths, to_float
from diary_app.domain.attacks import attacks_by_day, doses_by_day
from diary_app.domain.models import Attack, DayEntry, Dose, Infusion

# Taking one of these on a headache day makes it a migraine day (the IHS trial rule).
MIGRAINE_SPECIFIC_CLASSES = frozenset({"triptan", "ergot"})
# Acute medications specific to migraine: a day with one is a migraine-specific acute-medication day.
SPECIFIC_ACUTE_CLASSES = frozenset({"triptan", "ergot", "gepant", "ditan"})
_NO_CLASSES: frozenset[str] = frozenset()


class DayFacts(NamedTuple):
    """The analysis view of one recorded day."""

    headache: bool
    migraine: bool
    acute: bool  # at least one dose of a medication whose role is "acute"
    classes: frozenset[str]  # drug classes taken that day, each once however many doses
    specific_acute: bool = False  # an acute dose of a triptan, ergot, gepant or ditan
    severity: int | None = None  # peak severity 0-10 of a headache day, when recorded


def day_facts(entry: DayEntry) -> DayFacts:
    """Apply the day definitions to one entry (a migraine is always a headache)."""
    doses = entry.doses
    classes = frozenset(dose.medication.drug_class for dose in doses) if doses else _NO_CLASSES
    acute = any(dose.medication.role == "acute" for dose in doses)
    specific = any(d.medication.role == "acute" and d.medication.drug_class in SPECIFIC_ACUTE_CLASSES for d in doses)
    return facts_from(entry.headache, entry.migraine, classes, acute, specific, entry.severity)


def facts_from(
    headache: bool,
    migraine: bool,
    classes: frozenset[str],
    acute: bool,
    specific_acute: bool = False,
    severity: int | None = None,
) -> DayFacts:
    """The day definitions applied to what was recorded: the one place the rules live."""
    headache = bool(headache or migraine)
    migraine = bool(migraine or (headache and not classes.isdisjoint(MIGRAINE_SPECIFIC_CLASSES)))
    return DayFacts(headache, migraine, bool(acute), classes, bool(specific_acute), severity if headache else None)


def attack_facts(covering: list[Attack], doses: list[Dose]) -> DayFacts:
    """What the attacks covering a day, and the doses taken on it during them, say of the day."""
    classes = frozenset(dose.medication.drug_class for dose in doses) if doses else _NO_CLASSES
    severities = [a.severity for a in covering if a.severity is not None]
    return facts_from(
        bool(covering),
        any(a.kind == "migraine" for a in covering),
        classes,
        any(dose.medication.role == "acute" for dose in doses),
        any(d.medication.role == "acute" and d.medication.drug_class in SPECIFIC_ACUTE_CLASSES for d in doses),
        max(severities) if severities else None,
    )


def combined(a: DayFacts, b: DayFacts) -> DayFacts:
    """Two accounts of one day together: flags combined, classes joined, the highest severity."""
    severities = [s for s in (a.severity, b.severity) if s is not None]
    return facts_from(a.headache or b.headache, a.migraine or b.migraine, a.classes | b.classes, a.acute or b.acute,
                      a.specific_acute or b.specific_acute, max(severities) if severities else None)


def with_attacks(facts: dict[dt.date, DayFacts], attacks: Iterable[Attack]) -> dict[dt.date, DayFacts]:
    """The days covered by attacks (recorded headache days from now on) merged into the facts."""
    attacks = list(attacks)
    if not attacks:
        return facts
    covering, doses = attacks_by_day(attacks), doses_by_day(attacks)
    for date in set(covering) | set(doses):
        found = attack_facts(covering.get(date, []), doses.get(date, []))
        facts[date] = combined(facts[date], found) if date in facts else found
    return facts


def counts_as_medication_day(infusion: Infusion) -> bool:
    """An infusion of an acute-role drug or an ergot (a DHE course) is a day of that drug's class."""
    medication = infusion.medication
    return medication.role == "acute" or medication.drug_class == "ergot"


def with_infusion_days(facts: dict[dt.date, DayFacts], infusions: Iterable[Infusion]) -> dict[dt.date, DayFacts]:
    """Recorded days inside an acute-role or ergot infusion course, as days of that drug's class:
    an acute-medication day, a class day, and (on a headache day) a migraine day for an ergot.
    A course day that was not recorded stays unknown."""
    for infusion in infusions:
        if not counts_as_medication_day(infusion):
            continue
        drug_class = infusion.medication.drug_class
        for offset in range(infusion.days):
            date = infusion.start + dt.timedelta(days=offset)
            day = facts.get(date)
            if day is not None:
                facts[date] = facts_from(
                    day.headache, day.migraine, day.classes | {drug_class}, True,
                    day.specific_acute or drug_class in SPECIFIC_ACUTE_CLASSES, day.severity,
                )
    return facts


def min_recorded_for(window_days: int) -> int:
    """A window needs at least half of its days recorded (14 of 28, 28 of 56) to give a rate."""
    return (window_days + 1) // 2


class DayIndex:
    """Per-date facts for a diary, built in one pass, with O(1) window counts.

    When two entries share a date, the later one in the input wins.
    """

    def __init__(self, days: Iterable[DayEntry], infusions: Iterable[Infusion] = (), attacks: Iterable[Attack] = ()):
        facts = with_attacks({entry.date: day_facts(entry) for entry in days}, attacks)
        self._build(with_infusion_days(facts, infusions))

    @classmethod
    def from_facts(
        cls, facts: Iterable[tuple[dt.date, DayFacts]], infusions: Iterable[Infusion] = (), attacks: Iterable[Attack] = ()
    ) -> "DayIndex":
        """An index from facts already worked out (the store computes them in one query)."""
        index = cls.__new__(cls)
        index._build(with_infusion_days(with_attacks(dict(facts), attacks), infusions))
        return index

    def _build(self, facts: dict[dt.date, DayFacts]) -> None:
        self._facts = facts
        self._first = min(self._facts) if self._facts else None
        self._last = max(self._facts) if self._facts else None
        self._totals: list[list[int]] | None = None  # the other counts' prefix sums, built on first use
        # Prefix sums over every calendar day from first to last: [k] counts days before offset k.
        recorded: list[int] = []
        migraine: list[int] = []
        if self._first is not None:
            start = self._first.toordinal()
            span = self._last.toordinal() - start + 1
            recorded = [0] * span
            migraine = [0] * span
            for date, facts in self._facts.items():
                offset = date.toordinal() - start
                recorded[offset] = 1
                migraine[offset] = facts.migraine
        self._recorded_before = list(accumulate(recorded, initial=0))
        self._migraine_before = list(accumulate(migraine, initial=0))

    def _other_totals(self) -> list[list[int]]:
        """Prefix sums of headache, acute, migraine-specific acute days, severity sum and count."""
        if self._totals is None:
            span = len(self._recorded_before) - 1
            columns = [[0] * span for _ in range(5)]
            if self._first is not None:
                start = self._first.toordinal()
                for date, facts in self._facts.items():
                    offset = date.toordinal() - start
                    columns[0][offset] = facts.headache
                    columns[1][offset] = facts.acute
                    columns[2][offset] = facts.specific_acute
                    if facts.severity is not None:
                        columns[3][offset] = facts.severity
                        columns[4][offset] = 1
            self._totals = [list(accumulate(column, initial=0)) for column in columns]
        return self._totals

    def trailing_counts(self, first: dt.date, last: dt.date, days: int) -> list[tuple[int, int]]:
        """(recorded, migraine) over the `days` days ending on each day from first to last:
        straight from the prefix sums, for the trend line's thousands of windows."""
        total = (last - first).days + 1
        if self._first is None or total <= 0:
            return [(0, 0)] * max(total, 0)
        recorded, migraine = self._recorded_before, self._migraine_before
        span = len(recorded) - 1
        end = first.toordinal() - self._first.toordinal() + 1  # prefix index just after `first`
        highs = [min(max(k, 0), span) for k in range(end, end + total)]
        lows = [min(max(k - days, 0), span) for k in range(end, end + total)]
        return [(recorded[h] - recorded[lo], migraine[h] - migraine[lo]) for h, lo in zip(highs, lows)]

    def window_counts(self, first: dt.date, last: dt.date) -> "WindowCounts":
        """Every count of the window from first to last, both included."""
        if first > last:
            raise ValueError(f"window starts after it ends: {first} > {last}")
        if self._first is None or last < self._first or first > self._last:
            return WindowCounts(0, 0, 0, 0, 0, 0, 0)
        base = self._first.toordinal()
        low = max(first, self._first).toordinal() - base
        high = min(last, self._last).toordinal() - base + 1
        sums = [self._recorded_before, self._migraine_before, *self._other_totals()]
        return WindowCounts(*(column[high] - column[low] for column in sums))

    @property
    def first_date(self) -> dt.date | None:
        """The earliest recorded day, or None for an empty diary."""
        return self._first

    @property
    def last_date(self) -> dt.date | None:
        """The latest recorded day, or None for an empty diary."""
        return self._last

    def __len__(self) -> int:
        return len(self._facts)

    def __contains__(self, date: object) -> bool:
        return date in self._facts

    def get(self, date: dt.date) -> DayFacts | None:
        """The facts of a recorded day, or None when the day is unknown."""
        return self._facts.get(date)

    def items(self) -> Iterator[tuple[dt.date, DayFacts]]:
        """(date, facts) for every recorded day, in no particular order."""
        return iter(self._facts.items())

    def counts(self, first: dt.date, last: dt.date) -> tuple[int, int]:
        """(recorded days, migraine days) from first to last, both included."""
        if first > last:
            raise ValueError(f"window starts after it ends: {first} > {last}")
        if self._first is None or last < self._first or first > self._last:
            return 0, 0
        base = self._first.toordinal()
        low = max(first, self._first).toordinal() - base
        high = min(last, self._last).toordinal() - base + 1
        recorded = self._recorded_before[high] - self._recorded_before[low]
        migraine = self._migraine_before[high] - self._migraine_before[low]
        return recorded, migraine

    def rate_hundredths(self, first: dt.date, last: dt.date, min_recorded: int | None = None) -> int | None:
        """The window rate in whole hundredths (see `rate`), for exact arithmetic on it."""
        if min_recorded is None:
            min_recorded = min_recorded_for((last - first).days + 1)
        recorded, migraine = self.counts(first, last)
        if recorded == 0 or recorded < min_recorded:
            return None
        return rate_hundredths(migraine, recorded)

    def rate(self, first: dt.date, last: dt.date, min_recorded: int | None = None) -> float | None:
        """Migraine days x 28 / recorded days from first to last, to 2 decimals.

        None when fewer than `min_recorded` days are recorded (default: half the window).
        """
        return to_float(self.rate_hundredths(first, last, min_recorded))


class WindowCounts(NamedTuple):
    """Recorded days of a window and what they held."""

    recorded: int
    migraine: int
    headache: int
    acute: int
    specific_acute: int
    severity_sum: int  # of the headache days with a severity
    severity_days: int


def window(first: dt.date, days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date]:
    """(first, last) of a window of `days` days starting on first."""
    return first, first + dt.timedelta(days=days - 1)
