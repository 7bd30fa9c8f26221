"""Day definitions, window rates and the rolling trend (docs/definitions.md, "Days" and "Rates")."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary_app.domain.analysis import DayIndex, rolling_rate
from diary_app.domain.analysis.days import day_facts
from diary_app.domain.analysis.rounding import div_round
from diary_app.domain.catalogue import lookup, resolve
from diary_app.domain.models import DayEntry, Dose

D = dt.date


def day(date, *, headache=False, migraine=False, meds=()):
    doses = tuple(Dose(lookup(name)) for name in meds)
    return DayEntry(date, headache=headache or migraine, migraine=migraine, doses=doses)


def run(first, count, **kwargs):
    """`count` consecutive days from `first`, all alike."""
    return [day(first + dt.timedelta(days=i), **kwargs) for i in range(count)]


# Day definitions


def test_headache_day_is_a_recorded_day_with_headache():
    assert day_facts(day(D(2025, 1, 1), headache=True)).headache
    assert not day_facts(day(D(2025, 1, 1))).headache


def test_migraine_implies_headache_even_if_headache_was_not_ticked():
    facts = day_facts(DayEntry(D(2025, 1, 1), headache=False, migraine=True))
    assert facts.headache and facts.migraine


@pytest.mark.parametrize("drug", ["sumatriptan", "rizatriptan", "dihydroergotamine", "ergotamine"])
def test_triptan_or_ergot_on_a_headache_day_makes_it_a_migraine_day(drug):
    assert day_facts(day(D(2025, 1, 1), headache=True, meds=[drug])).migraine


@pytest.mark.parametrize("drug", ["ibuprofen", "rimegepant", "lasmiditan", "codeine", "metoclopramide"])
def test_other_acute_drugs_do_not_make_a_headache_day_a_migraine_day(drug):
    assert not day_facts(day(D(2025, 1, 1), headache=True, meds=[drug])).migraine


def test_triptan_without_headache_is_not_a_migraine_day():
    facts = day_facts(day(D(2025, 1, 1), meds=["sumatriptan"]))
    assert not facts.headache and not facts.migraine


def test_acute_medication_day_needs_a_medication_whose_role_is_acute():
    assert day_facts(day(D(2025, 1, 1), meds=["ibuprofen"])).acute
    assert not day_facts(day(D(2025, 1, 1), meds=["topiramate"])).acute
    assert not day_facts(day(D(2025, 1, 1), headache=True)).acute
    assert day_facts(DayEntry(D(2025, 1, 1), True, doses=(Dose(resolve("grandma's tea")),))).acute


def test_several_doses_of_a_class_on_one_day_are_one_class_day():
    facts = day_facts(day(D(2025, 1, 1), headache=True, meds=["sumatriptan", "sumatriptan", "rizatriptan"]))
    assert facts.classes == {"triptan"}


# DayIndex and window rates


def test_empty_index_has_no_dates_and_no_rates():
    index = DayIndex([])
    assert index.first_date is None and index.last_date is None
    assert index.rate(D(2025, 1, 1), D(2025, 1, 28)) is None


def test_first_and_last_date_are_the_earliest_and_latest_recorded_days():
    index = DayIndex([day(D(2025, 3, 5)), day(D(2025, 1, 2)), day(D(2025, 2, 1))])
    assert (index.first_date, index.last_date) == (D(2025, 1, 2), D(2025, 3, 5))


def test_unrecorded_days_are_not_headache_free():
    # 7 migraine days among 14 recorded: the 14 unknown days do not dilute the rate.
    first = D(2025, 1, 1)
    index = DayIndex(run(first, 7, migraine=True) + run(first + dt.timedelta(days=7), 7))
    assert index.get(first + dt.timedelta(days=20)) is None
    assert index.rate(first, first + dt.timedelta(days=27)) == 14.0


def test_rate_is_migraine_days_per_28_recorded_days_rounded_to_2_decimals():
    first = D(2025, 1, 1)
    index = DayIndex(run(first, 5, migraine=True) + run(first + dt.timedelta(days=5), 22))  # 27 recorded
    assert index.rate(first, first + dt.timedelta(days=27)) == 5.19  # 5 x 28 / 27 = 5.185...


def test_window_with_13_recorded_days_has_no_rate_and_14_has_one():
    first = D(2025, 1, 1)
    last = first + dt.timedelta(days=27)
    assert DayIndex(run(first, 13, migraine=True)).rate(first, last) is None
    assert DayIndex(run(first, 14, migraine=True)).rate(first, last) == 28.0


def test_later_entry_for_the_same_date_wins():
    index = DayIndex([day(D(2025, 1, 1), migraine=True), day(D(2025, 1, 1))])
    assert len(index) == 1 and not index.get(D(2025, 1, 1)).migraine


def test_window_must_not_end_before_it_starts():
    with pytest.raises(ValueError):
        DayIndex([]).counts(D(2025, 1, 2), D(2025, 1, 1))


# Rolling 28-day rate


def test_rolling_rate_has_a_point_for_every_calendar_day_between_first_and_last_recorded():
    index = DayIndex([day(D(2025, 1, 1)), day(D(2025, 3, 1))])
    series = rolling_rate(index)
    assert series[0][0] == D(2025, 1, 1) and series[-1][0] == D(2025, 3, 1)
    assert len(series) == 60


def test_rolling_rate_is_none_until_14_of_the_trailing_28_days_are_recorded():
    first = D(2025, 1, 1)
    series = dict(rolling_rate(DayIndex(run(first, 40, migraine=True))))
    assert series[first + dt.timedelta(days=12)] is None  # 13 recorded
    assert series[first + dt.timedelta(days=13)] == 28.0  # 14 recorded


def test_rolling_rate_matches_the_window_rate_on_every_day():
    first = D(2024, 1, 1)
    entries = [
        day(first + dt.timedelta(days=i), migraine=i % 3 == 0, headache=i % 2 == 0)
        for i in range(200)
        if i % 7 not in (2, 5) and not 90 <= i < 110
    ]
    index = DayIndex(entries)
    for date, rate in rolling_rate(index, first - dt.timedelta(days=5), first + dt.timedelta(days=210)):
        assert rate == index.rate(date - dt.timedelta(days=27), date), date


def test_rolling_rate_of_an_empty_diary_is_empty():
    assert rolling_rate(DayIndex([])) == []


# Exactness, checked against a plain recount and decimal arithmetic


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("Mh.-"), min_size=1, max_size=120), st.integers(-10, 130), st.integers(1, 60))
def test_window_rate_equals_a_plain_recount(pattern, offset, length):
    first = D(2025, 1, 1)
    entries = [day(first + dt.timedelta(days=i), headache=c == "h", migraine=c == "M")
               for i, c in enumerate(pattern) if c != "-"]
    start = first + dt.timedelta(days=offset)
    end = start + dt.timedelta(days=length - 1)
    inside = [e for e in entries if start <= e.date <= end]
    migraine = sum(e.migraine for e in inside)
    expected = None
    if inside and len(inside) >= (length + 1) // 2:
        expected = float((Decimal(migraine * 28) / Decimal(len(inside))).quantize(Decimal("0.01"), ROUND_HALF_UP))
    assert DayIndex(entries).rate(start, end) == expected


@given(st.integers(-10**6, 10**6), st.integers(1, 10**4))
def test_div_round_rounds_halves_away_from_zero_like_decimal(numerator, denominator):
    expected = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("1"), ROUND_HALF_UP)
    assert div_round(numerator, denominator) == int(expected)
