"""Infusion outcomes (PROMISE-style), next infusion due, and wearing-off."""

import datetime as dt

import pytest

from diary_app.domain.analysis import DayIndex, infusion_outcomes, next_infusions, wearing_off
from diary_app.domain.analysis.outcomes import outcome_from_rates
from diary_app.domain.catalogue import lookup
from diary_app.domain.models import DayEntry, Infusion

S = dt.date(2025, 4, 10)  # the infusion day used throughout


def days(first, pattern):
    """One character per day from `first`: M migraine, h headache, . headache-free, - unrecorded."""
    return [
        DayEntry(first + dt.timedelta(days=i), headache=c in "Mh", migraine=c == "M")
        for i, c in enumerate(pattern)
        if c != "-"
    ]


def window(migraine, recorded=28):
    """A 28-day window: `migraine` migraine days, the rest of `recorded` headache-free, then unrecorded."""
    return "M" * migraine + "." * (recorded - migraine) + "-" * (28 - recorded)


def infusion(start=S, drug="eptinezumab", days=1, kind="preventive"):
    return Infusion(start, lookup(drug), days=days, kind=kind, dose_mg=100.0)


def outcome(pattern_before, pattern_after, inf=None):
    """The outcome of one infusion: `pattern_before` ends the day before it, `pattern_after` starts
    the day after its last day."""
    inf = inf or infusion()
    entries = days(inf.start - dt.timedelta(days=len(pattern_before)), pattern_before)
    entries += days(inf.last_day + dt.timedelta(days=1), pattern_after)
    (result,) = infusion_outcomes(DayIndex(entries), [inf])
    return result


# The trial arithmetic


def test_spec_example_mean_change_and_percent_reduction():
    result = outcome_from_rates(infusion(), 16.0, [9.0, 7.5, None])
    assert result.mean_followup_mmd == 8.25
    assert result.change_from_baseline == -7.75
    assert result.percent_reduction == 48.44
    assert (result.responder_50, result.responder_75) == (False, False)


def test_baseline_and_three_followup_windows_from_the_diary():
    result = outcome(window(16), window(9) + window(6))
    assert result.baseline_mmd == 16.0
    assert result.followup_mmd == (9.0, 6.0, None)
    assert result.mean_followup_mmd == 7.5
    assert result.change_from_baseline == -8.5
    assert result.percent_reduction == 53.13  # 53.125 rounds half up, not to even
    assert (result.responder_50, result.responder_75) == (True, False)


def test_rates_are_rounded_before_the_mean_and_the_mean_rounds_half_up():
    result = outcome(window(10), window(5, recorded=27) + window(5))
    assert result.followup_mmd == (5.19, 5.0, None)  # 5 x 28 / 27 = 5.185...
    assert result.mean_followup_mmd == 5.1  # (5.19 + 5.00) / 2 = 5.095


@pytest.mark.parametrize(
    "followup, responder_50, responder_75",
    [(9, False, False), (8, True, False), (5, True, False), (4, True, True)],
)
def test_responders_at_50_and_75_percent_fewer_migraine_days(followup, responder_50, responder_75):
    result = outcome(window(16), window(followup))
    assert (result.responder_50, result.responder_75) == (responder_50, responder_75)


def test_zero_baseline_gives_a_change_but_no_percent_or_responder():
    result = outcome(window(0), window(2))
    assert result.baseline_mmd == 0.0 and result.change_from_baseline == 2.0
    assert result.percent_reduction is None and result.responder_50 is None and result.responder_75 is None


def test_worse_after_infusion_gives_a_negative_reduction():
    result = outcome(window(4), window(6))
    assert result.change_from_baseline == 2.0 and result.percent_reduction == -50.0
    assert result.responder_50 is False


# Windows and missing data


def test_window_with_13_recorded_days_has_no_rate_and_14_has_one():
    assert outcome(window(5, recorded=13), "").baseline_mmd is None
    assert outcome(window(5, recorded=14), "").baseline_mmd == 10.0


def test_infusion_at_the_end_of_the_diary_has_no_followup():
    result = outcome(window(12), "")
    assert result.baseline_mmd == 12.0 and result.followup_mmd == (None, None, None)
    assert result.mean_followup_mmd is None and result.change_from_baseline is None
    assert result.percent_reduction is None and result.responder_50 is None


def test_infusion_at_the_start_of_the_diary_has_no_baseline():
    result = outcome("", window(3) + window(3) + window(3))
    assert result.baseline_mmd is None and result.mean_followup_mmd == 3.0
    assert result.change_from_baseline is None and result.percent_reduction is None


def test_followup_windows_start_the_day_after_the_last_day_of_a_course():
    # Two migraine days during a three-day course, then four headache-free weeks.
    entries = days(S + dt.timedelta(days=1), "MM" + window(0))
    course = infusion(days=3)
    single = infusion(days=1)
    assert infusion_outcomes(DayIndex(entries), [course])[0].followup_mmd[0] == 0.0
    assert infusion_outcomes(DayIndex(entries), [single])[0].followup_mmd[0] == 2.0


def test_acute_courses_are_listed_with_every_outcome_empty():
    dhe = infusion(drug="dhe", days=3, kind="acute")
    result = outcome(window(16), window(2), dhe)
    assert result.medication == "dihydroergotamine" and result.kind == "acute"
    assert result.baseline_mmd is None and result.followup_mmd == (None, None, None)
    assert result.as_dict()["responder_50"] is None


def test_infusions_are_listed_by_first_day():
    later, earlier = infusion(S), infusion(S - dt.timedelta(days=100), drug="dhe", kind="acute")
    assert [r.start for r in infusion_outcomes(DayIndex([]), [later, earlier])] == [earlier.start, later.start]


def test_range_lists_infusions_starting_in_it_but_baseline_reads_days_before_it():
    inf = infusion(dt.date(2025, 4, 1))
    old = infusion(dt.date(2025, 1, 1))
    entries = days(inf.start - dt.timedelta(days=28), window(16))  # 4-31 March
    (result,) = infusion_outcomes(DayIndex(entries), [old, inf], start_month=(2025, 4), end_month=(2025, 4))
    assert result.start == inf.start and result.baseline_mmd == 16.0


def test_outcome_as_dict_is_the_json_infusion():
    result = outcome(window(16), window(9)).as_dict()
    assert result["start"] == "2025-04-10" and result["last_day"] == "2025-04-10"
    assert result["medication"] == "eptinezumab" and result["kind"] == "preventive"
    assert result["followup_mmd"] == [9.0, None, None] and result["dose_mg"] == 100.0


# Next infusion due


def due(today, infusions=None, intervals=None):
    infusions = infusions or [infusion(dt.date(2025, 1, 1))]
    return next_infusions(infusions, today=today, intervals=intervals)


def test_next_eptinezumab_is_due_12_weeks_after_the_last_one():
    (item,) = due(dt.date(2025, 2, 1))
    assert item.medication == "eptinezumab" and item.last_infusion == dt.date(2025, 1, 1)
    assert item.due == dt.date(2025, 3, 26) and item.days_until == 53 and item.status == "scheduled"


@pytest.mark.parametrize(
    "days_until, status", [(15, "scheduled"), (14, "due_soon"), (0, "due_soon"), (-1, "overdue")]
)
def test_next_infusion_status(days_until, status):
    (item,) = due(dt.date(2025, 3, 26) - dt.timedelta(days=days_until))
    assert (item.days_until, item.status) == (days_until, status)


def test_next_infusion_counts_from_the_latest_preventive_infusion_of_each_drug():
    infusions = [
        infusion(dt.date(2025, 1, 1)),
        infusion(dt.date(2024, 10, 1)),
        infusion(dt.date(2025, 2, 1), drug="dhe", kind="acute"),
        infusion(dt.date(2024, 12, 1), drug="onabotulinumtoxinA"),
    ]
    items = due(dt.date(2025, 2, 1), infusions)
    assert [(i.medication, i.due) for i in items] == [
        ("onabotulinumtoxinA", dt.date(2025, 2, 23)),
        ("eptinezumab", dt.date(2025, 3, 26)),
    ]


def test_next_infusion_interval_can_be_set_per_drug():
    (item,) = due(dt.date(2025, 2, 1), intervals={"Eptinezumab": 90})
    assert item.due == dt.date(2025, 4, 1)


def test_no_preventive_infusions_means_nothing_due():
    assert due(dt.date(2025, 2, 1), [infusion(drug="dhe", kind="acute")]) == []


# Wearing-off


P = dt.date(2025, 1, 1)  # the previous infusion; the next is P + 84 days


def wear(early_migraines, late_migraines, early_recorded=55):
    """Diary from P+1: weeks 1-8 (minus the overlap day P+56), day P+56 free, then the 27 days before P+84."""
    early = "M" * early_migraines + "." * (early_recorded - early_migraines) + "-" * (55 - early_recorded)
    late = "M" * late_migraines + "." * (27 - late_migraines)
    entries = days(P + dt.timedelta(days=1), early + "." + late)
    infusions = [infusion(P), infusion(P + dt.timedelta(days=84))]
    return wearing_off(DayIndex(entries), infusions)


def test_wearing_off_compares_the_month_before_with_weeks_1_to_8_after_the_previous_infusion():
    (item,) = wear(4, 5)
    assert item.medication == "eptinezumab"
    assert (item.previous_start, item.infusion_start) == (P, P + dt.timedelta(days=84))
    assert (item.early_rate, item.late_rate, item.wearing_off) == (2.0, 5.0, True)


@pytest.mark.parametrize(
    "early, late, expected",
    [
        (16, 10, True),  # 8.0 -> 10.0: exactly 25% and exactly 2 days more
        (16, 9, False),  # 8.0 -> 9.0: not 25% more
        (8, 5, False),  # 4.0 -> 5.0: 25% more but only 1 day more
        (2, 2, False),  # 1.0 -> 2.0: double but only 1 day more
    ],
)
def test_wearing_off_needs_a_25_percent_and_2_day_rise(early, late, expected):
    (item,) = wear(early, late)
    assert item.wearing_off is expected


def test_wearing_off_is_unknown_when_fewer_than_28_of_the_56_early_days_are_recorded():
    (item,) = wear(4, 5, early_recorded=26)  # 26 + the overlap day = 27 recorded
    assert item.early_rate is None and item.wearing_off is None
    (item,) = wear(4, 5, early_recorded=27)
    assert item.early_rate is not None


def test_first_infusion_of_a_drug_has_no_wearing_off_item():
    infusions = [infusion(P), infusion(P + dt.timedelta(days=84), drug="onabotulinumtoxinA")]
    assert wearing_off(DayIndex([]), infusions) == []
