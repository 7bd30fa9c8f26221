"""Infusion outcomes (PROMISE-style), next infusion due, and wearing-off."""

import datetime as dt

import pytest

from diary_app.domain.analysis import DayIndex, infusion_outcomes, next_infusions, wearing_off
from diary_app.domain.catalogue import lookup
from diary_app.domain.models import DayEntry, Infusion

S = dt.date(2025, 4, 10)  # the infusion day used throughout
LATER = dt.date(2030, 1, 1)  # a "today" after every window has ended


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


def outcome(pattern_before, pattern_after, inf=None, today=LATER):
    """The outcome of one infusion: `pattern_before` ends the day before it, `pattern_after` starts
    the day after its last day."""
    inf = inf or infusion()
    entries = days(inf.start - dt.timedelta(days=len(pattern_before)), pattern_before)
    entries += days(inf.last_day + dt.timedelta(days=1), pattern_after)
    (result,) = infusion_outcomes(DayIndex(entries), [inf], today=today)
    return result


# The trial arithmetic


def test_baseline_and_three_followup_windows_from_the_diary():
    result = outcome(window(16), window(9) + window(6) + window(3))
    assert result.baseline_mmd == 16.0
    assert result.followup_mmd == (9.0, 6.0, 3.0)
    assert result.mean_followup_mmd == 6.0
    assert result.change_from_baseline == -10.0
    assert result.percent_reduction == 62.5
    assert result.followup_status == "complete"
    assert (result.responder_30, result.responder_50, result.responder_75) == (True, True, False)


def test_a_missing_followup_window_gives_numbers_but_no_verdict():
    result = outcome(window(16), window(9) + window(6))
    assert result.followup_mmd == (9.0, 6.0, None)
    assert result.mean_followup_mmd == 7.5
    assert result.percent_reduction == 53.13  # 53.125 rounds half up, not to even
    assert result.followup_status == "insufficient"
    assert (result.responder_30, result.responder_50, result.responder_75) == (None, None, None)


def test_the_mean_and_the_reduction_use_unrounded_rates():
    result = outcome(window(10), window(5, recorded=27) + window(5) + window(5))
    assert result.followup_mmd == (5.19, 5.0, 5.0)  # 5 x 28 / 27 = 5.185...
    assert result.mean_followup_mmd == 5.06  # (5.185... + 5 + 5) / 3 = 5.0617, not (5.19 + 10) / 3 = 5.0633
    assert result.percent_reduction == 49.38  # from 5.0617, not from the rounded 5.06 (49.4)
    assert result.responder_50 is False


def test_an_exact_halving_is_a_50_percent_responder():
    result = outcome(window(14, recorded=27), window(7, recorded=27) * 3)  # 14.52 -> 7.26, rounded each
    assert result.percent_reduction == 50.0 and result.responder_50 is True


@pytest.mark.parametrize(
    "followup, responder_30, responder_50, responder_75",
    [(12, False, False, False), (11, True, False, False), (9, True, False, False), (8, True, True, False),
     (5, True, True, False), (4, True, True, True)],
)
def test_responders_at_30_50_and_75_percent_fewer_migraine_days(followup, responder_30, responder_50, responder_75):
    result = outcome(window(16), window(followup) * 3)
    assert (result.responder_30, result.responder_50, result.responder_75) == (responder_30, responder_50, responder_75)


def test_followup_in_progress_gives_no_verdict_until_weeks_9_to_12_have_ended():
    pattern = window(16)
    last_followup_day = S + dt.timedelta(days=84)
    assert outcome(pattern, window(4) * 3, today=last_followup_day).followup_status == "in_progress"
    assert outcome(pattern, window(4) * 3, today=last_followup_day).responder_50 is None
    done = outcome(pattern, window(4) * 3, today=last_followup_day + dt.timedelta(days=1))
    assert done.followup_status == "complete" and done.responder_75 is True


def test_zero_baseline_gives_a_change_but_no_percent_or_responder():
    result = outcome(window(0), window(2) * 3)
    assert result.baseline_mmd == 0.0 and result.change_from_baseline == 2.0
    assert result.percent_reduction is None and result.responder_50 is None and result.responder_75 is None


def test_worse_after_infusion_gives_a_negative_reduction():
    result = outcome(window(4), window(6) * 3)
    assert result.change_from_baseline == 2.0 and result.percent_reduction == -50.0
    assert result.responder_30 is False and result.responder_50 is False


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
    assert infusion_outcomes(DayIndex(entries), [course], today=LATER)[0].followup_mmd[0] == 0.0
    assert infusion_outcomes(DayIndex(entries), [single], today=LATER)[0].followup_mmd[0] == 2.0


def test_acute_courses_are_listed_with_every_outcome_empty():
    dhe = infusion(drug="dhe", days=3, kind="acute")
    result = outcome(window(16), window(2), dhe)
    assert result.medication == "dihydroergotamine" and result.kind == "acute"
    assert result.baseline_mmd is None and result.followup_mmd == (None, None, None)
    assert result.as_dict()["responder_50"] is None


def test_infusions_are_listed_by_first_day():
    later, earlier = infusion(S), infusion(S - dt.timedelta(days=100), drug="dhe", kind="acute")
    assert [r.start for r in infusion_outcomes(DayIndex([]), [later, earlier], today=LATER)] == [earlier.start, later.start]


def test_range_lists_infusions_starting_in_it_but_baseline_reads_days_before_it():
    inf = infusion(dt.date(2025, 4, 1))
    old = infusion(dt.date(2025, 1, 1))
    entries = days(inf.start - dt.timedelta(days=28), window(16))  # 4-31 March
    (result,) = infusion_outcomes(DayIndex(entries), [old, inf], start_month=(2025, 4), end_month=(2025, 4), today=LATER)
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


def test_next_infusion_counts_from_the_last_day_of_a_multi_day_course():
    (item,) = due(dt.date(2025, 2, 1), [infusion(dt.date(2025, 1, 1), days=3)])
    assert item.last_infusion == dt.date(2025, 1, 1) and item.due == dt.date(2025, 3, 28)
    assert item.as_dict()["last_day"] == "2025-01-03"


def test_no_preventive_infusions_means_nothing_due():
    assert due(dt.date(2025, 2, 1), [infusion(drug="dhe", kind="acute")]) == []


# Wearing-off


P = dt.date(2025, 1, 1)  # the previous infusion; the next is P + 85 days, after weeks 9-12 of P's cycle


def wear(early_migraines, late_migraines, early_recorded=56, next_after=85):
    """Diary from P+1: weeks 1-8 of P's cycle (56 days), then weeks 9-12 (28 days)."""
    early = "M" * early_migraines + "." * (early_recorded - early_migraines) + "-" * (56 - early_recorded)
    late = "M" * late_migraines + "." * (28 - late_migraines)
    entries = days(P + dt.timedelta(days=1), early + late)
    infusions = [infusion(P), infusion(P + dt.timedelta(days=next_after))]
    return wearing_off(DayIndex(entries), infusions)


def test_wearing_off_compares_weeks_9_to_12_with_weeks_1_to_8_of_the_same_cycle():
    (item,) = wear(4, 5)
    assert item.medication == "eptinezumab"
    assert (item.previous_start, item.infusion_start) == (P, P + dt.timedelta(days=85))
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
    (item,) = wear(4, 5, early_recorded=27)
    assert item.early_rate is None and item.wearing_off is None
    (item,) = wear(4, 5, early_recorded=28)
    assert item.early_rate is not None


def test_a_second_infusion_6_weeks_after_the_first_has_no_overlapping_windows():
    # Weeks 9-12 of the first cycle never came: the second infusion was on day 42.
    (item,) = wear(4, 5, next_after=42)
    assert item.late_rate is None and item.wearing_off is None
    assert item.early_rate == 2.73  # days 1-41 only, never the second cycle's days: 4 x 28 / 41


def test_the_late_window_stops_the_day_before_the_next_infusion():
    (item,) = wear(0, 28, next_after=70)  # days 57-69 of weeks 9-12, all migraine days
    assert item.late_rate is None  # 13 of 28 days: not enough for a rate
    (item,) = wear(0, 28, next_after=71)
    assert item.late_rate == 28.0  # 14 of 28 days


def test_first_infusion_of_a_drug_has_no_wearing_off_item():
    infusions = [infusion(P), infusion(P + dt.timedelta(days=84), drug="onabotulinumtoxinA")]
    assert wearing_off(DayIndex([]), infusions) == []
