"""Courses against the original pre-treatment baseline, and the AHS continuation check."""

import datetime as dt
import itertools

import pytest

from diary_app.domain.analysis import DayIndex, summarize
from diary_app.domain.catalogue import lookup
from diary_app.domain.models import Course, DayEntry, Dose, Infusion
from diary_app.domain.questionnaires import Questionnaire

D = dt.date
S = D(2026, 1, 1)  # the course start used throughout
LATER = D(2030, 1, 1)
DAY = dt.timedelta(days=1)


def days(first, pattern):
    """One character per day from `first`: M migraine, h headache, . headache-free, - unrecorded."""
    return [
        DayEntry(first + i * DAY, headache=c in "Mh", migraine=c == "M") for i, c in enumerate(pattern) if c != "-"
    ]


def block(migraine, length, recorded=None, other="."):
    recorded = length if recorded is None else recorded
    return "M" * migraine + other * (recorded - migraine) + "-" * (length - recorded)


def oral(start=S, stop=None, reason=None, drug="topiramate"):
    return Course(lookup(drug), start, stop=stop, stop_reason=reason)


def summary(entries, courses=(), infusions=(), today=LATER, questionnaires=()):
    infusions = tuple(infusions)
    return summarize(DayIndex(entries, infusions), infusions, today=today, courses=courses,
                     questionnaires=questionnaires)


def course_of(entries, course=None, today=LATER, infusions=(), questionnaires=()):
    courses = [course or oral()] if course is not False else []
    (found,) = summary(entries, courses, infusions, today, questionnaires)["courses"]
    return found


def diary(baseline, *periods, start=S):
    """A baseline pattern ending the day before `start`, then the periods' patterns from the day after."""
    return days(start - len(baseline) * DAY, baseline) + days(start + DAY, "".join(periods))


# -- baseline and periods ----------------------------------------------------------------


def test_periods_of_12_weeks_are_judged_against_the_28_days_before_the_start():
    c = course_of(diary(block(16, 28), block(24, 84), block(12, 84)))
    assert c["medication"] == "topiramate" and c["preventive_class"] == "antiepileptic"
    assert c["baseline"]["label"] == "baseline"
    assert (c["baseline"]["start"], c["baseline"]["end"]) == ("2025-12-04", "2025-12-31")
    assert c["baseline"]["migraine_days_per_28"] == 16.0 and "responder_50" not in c["baseline"]
    first, second, third = c["periods"][:3]
    assert (first["label"], first["start"], first["end"], first["days"]) == ("weeks 1-12", "2026-01-02", "2026-03-26", 84)
    assert (second["label"], second["start"]) == ("weeks 13-24", "2026-03-27")
    assert first["migraine_days_per_28"] == 8.0 and first["status"] == "complete"
    assert first["percent_reduction"] == 50.0  # an exact halving ...
    assert (first["responder_30"], first["responder_50"], first["responder_75"]) == (True, True, False)  # ... is a 50% responder
    assert second["percent_reduction"] == 75.0 and second["responder_75"] is True
    assert third["recorded_days"] == 0 and third["status"] == "insufficient"


def test_the_exact_50_percent_case_is_decided_on_unrounded_rates():
    # 14 of 27 recorded baseline days (14.518...) against 7 per 27 days (7.259...): exactly half.
    c = course_of(diary(block(14, 28, recorded=27), block(21, 84, recorded=81)))
    period = c["periods"][0]
    assert (c["baseline"]["migraine_days_per_28"], period["migraine_days_per_28"]) == (14.52, 7.26)
    assert period["percent_reduction"] == 50.0 and period["responder_50"] is True
    # One migraine day more is 49.x%: not a responder, even though it rounds near 50.
    c = course_of(diary(block(14, 28, recorded=27), block(22, 84, recorded=81)))
    assert c["periods"][0]["responder_50"] is False


def test_a_period_in_progress_has_rates_but_no_verdict():
    today = S + 50 * DAY
    c = course_of(diary(block(16, 28), block(2, 49)), today=today)
    (period,) = c["periods"]
    assert period["status"] == "in_progress" and period["end"] == "2026-03-26"
    assert period["recorded_days"] == 49 and period["migraine_days_per_28"] == 1.14
    assert period["percent_reduction"] == 92.86
    assert (period["responder_30"], period["responder_50"], period["responder_75"]) == (None, None, None)


def test_a_period_needs_half_its_days_recorded_42_of_84():
    short = course_of(diary(block(16, 28), block(2, 84, recorded=41)))["periods"][0]
    assert short["status"] == "insufficient" and short["migraine_days_per_28"] is None
    assert short["percent_reduction"] is None and short["responder_30"] is None
    enough = course_of(diary(block(16, 28), block(2, 84, recorded=42)))["periods"][0]
    assert enough["status"] == "complete" and enough["migraine_days_per_28"] == 1.33


def test_a_course_stopped_early_ends_its_last_period_on_the_stop_date():
    c = course_of(diary(block(16, 28), block(6, 40)), oral(stop=S + 30 * DAY, reason="side-effects"))
    (period,) = c["periods"]
    assert (period["start"], period["end"], period["days"]) == ("2026-01-02", "2026-01-31", 30)
    assert period["recorded_days"] == 30 and period["migraine_days_per_28"] == 5.6
    assert c["stop"] == "2026-01-31" and c["stop_reason"] == "side-effects" and c["duration_days"] == 31
    assert c["continuation"]["adequate_trial"] is False and c["continuation"]["any_met"] is None


def test_a_course_with_no_baseline_data_has_rates_but_no_reduction():
    c = course_of(days(S + DAY, block(4, 84)))
    assert c["baseline"]["recorded_days"] == 0 and c["baseline"]["status"] == "insufficient"
    assert c["baseline"]["migraine_days_per_28"] is None
    period = c["periods"][0]
    assert period["migraine_days_per_28"] == 1.33 and period["status"] == "complete"
    assert period["percent_reduction"] is None and period["responder_50"] is None


def test_a_second_infusion_6_weeks_after_the_first_keeps_the_original_baseline():
    # 16 migraine days before the first infusion, then 6 per 28 days from then on.
    entries = diary(block(16, 28), block(6, 28) * 9)
    infusions = [Infusion(S + n * DAY, lookup("eptinezumab"), dose_mg=100) for n in (0, 42, 126, 210)]
    c = course_of(entries, False, infusions=infusions)
    assert c["recorded"] is False and c["administrations"] == ["2026-01-01", "2026-02-12", "2026-05-07", "2026-07-30"]
    assert [p["percent_reduction"] for p in c["periods"][:3]] == [62.5, 62.5, 62.5]
    assert all(p["responder_50"] for p in c["periods"][:3])
    # The cycle view of the second infusion compares it with 28 days already on treatment.
    second = summary(entries, (), infusions)["infusions"][1]
    assert second["baseline_mmd"] == 6.0 and second["percent_reduction"] == 0.0 and second["responder_30"] is False


def test_the_other_rates_and_the_mean_peak_severity():
    sumatriptan, atogepant = lookup("sumatriptan"), lookup("atogepant")
    base = [DayEntry(S - i * DAY, headache=True, severity=4 + i % 2, doses=(Dose(sumatriptan),)) for i in range(1, 29)]
    period = [DayEntry(S + i * DAY, headache=i <= 14, severity=None if i == 1 else (6 if i <= 14 else 0),
                       doses=(Dose(atogepant),) + ((Dose(lookup("ibuprofen")),) if i <= 7 else ())) for i in range(1, 85)]
    c = course_of(base + period)
    b, p = c["baseline"], c["periods"][0]
    assert (b["headache_days_per_28"], b["migraine_days_per_28"]) == (28.0, 28.0)  # a triptan makes a migraine day
    assert (b["acute_medication_days_per_28"], b["migraine_specific_acute_days_per_28"]) == (28.0, 28.0)
    assert b["mean_peak_severity"] == 4.5
    assert p["headache_days_per_28"] == 4.67  # 14 x 28 / 84
    assert p["acute_medication_days_per_28"] == 2.33  # ibuprofen on 7 days; the preventive atogepant is not acute
    assert p["migraine_specific_acute_days_per_28"] == 0.0  # a gepant taken as a preventive does not count
    assert p["mean_peak_severity"] == 6.0  # headache days with a severity only; 0 on headache-free days is not one


# -- the continuation check -----------------------------------------------------------------


def scores(kind, *dated):
    answers = (lambda score: (score, 0, 0, 0, 0)) if kind == "midas" else _hit6_answers
    return [Questionnaire(kind, date, answers(score)) for date, score in dated]


def _hit6_answers(score):
    """Six HIT-6 answers (6, 8, 10, 11 or 13 points each) adding up to `score`."""
    return next(c for c in itertools.combinations_with_replacement((6, 8, 10, 11, 13), 6) if sum(c) == score)


def test_the_check_is_pending_until_the_trial_is_adequate():
    check = course_of(diary(block(16, 28, other="h"), block(4, 84)), today=S + 60 * DAY)["continuation"]
    assert check["adequate_trial"] is None and check["trial_months"] == 3
    assert check["review_date"] == "2026-03-26"  # L + 84: the end of weeks 1-12
    assert (check["headache_days_criterion"], check["any_met"]) == (None, None)


def test_quarterly_treatments_need_6_months():
    infusions = [Infusion(S, lookup("eptinezumab"), dose_mg=100)]
    check = course_of(diary(block(16, 28), block(4, 84)), False, infusions=infusions, today=S + 100 * DAY)["continuation"]
    assert check["trial_months"] == 6 and check["trial_end"] == "2026-06-18" and check["adequate_trial"] is None


@pytest.mark.parametrize("baseline, period, met, threshold", [
    (16, 11, True, 30),  # chronic baseline: 31.25% fewer headache days is enough
    (16, 12, False, 30),  # 25%
    (10, 5, True, 50),  # episodic baseline: exactly half
    (10, 6, False, 50),  # 40%
])
def test_headache_days_down_by_30_percent_from_a_chronic_baseline_or_50_from_an_episodic_one(baseline, period, met, threshold):
    entries = diary(block(baseline, 28, other="."), block(period * 3, 84))
    check = course_of(entries, oral(stop=S + 84 * DAY, reason="other"))["continuation"]
    assert check["adequate_trial"] is True and check["review_date"] == "2026-03-26"
    assert check["period_label"] == "weeks 1-12" and check["headache_days_threshold_percent"] == threshold
    assert check["headache_days_criterion"] is met


@pytest.mark.parametrize("before, after, met", [
    (15, 10, True), (15, 11, False),  # baseline 11-20: down by 5 points
    (30, 21, True), (30, 22, False),  # over 20: down by 30%
    (8, 0, None),  # 10 or less: the criterion does not apply
])
def test_midas_criterion(before, after, met):
    review = S + 84 * DAY
    found = scores("midas", (S - 30 * DAY, before), (review - 20 * DAY, after))
    check = course_of(diary(block(16, 28), block(48, 84)), oral(stop=review, reason="other"), questionnaires=found)["continuation"]
    assert check["midas_baseline"] == {"date": "2025-12-02", "score": before}
    assert check["midas_criterion"] is met


def test_questionnaires_must_be_taken_near_the_dates_they_stand_for():
    review = S + 84 * DAY
    found = scores("hit6", (S - 91 * DAY, 66), (review - 29 * DAY, 50))  # too early, and too long before the review
    check = course_of(diary(block(16, 28), block(48, 84)), oral(stop=review, reason="other"), questionnaires=found)["continuation"]
    assert check["hit6_baseline"] is None and check["hit6_review"] is None and check["hit6_criterion"] is None
    found = scores("hit6", (S - 90 * DAY, 66), (review + 28 * DAY, 61), (review - 3 * DAY, 62))
    check = course_of(diary(block(16, 28), block(48, 84)), oral(stop=review, reason="other"), questionnaires=found)["continuation"]
    assert check["hit6_review"] == {"date": "2026-03-23", "score": 62}  # the nearest one
    assert check["hit6_criterion"] is False  # down by 4


def test_any_met_is_true_for_one_false_for_none_and_unknown_while_one_is_unknown():
    review = S + 84 * DAY
    entries = diary(block(16, 28), block(48, 84))  # migraine days unchanged: the headache criterion is not met
    stopped = oral(stop=review, reason="not-effective")
    both = scores("hit6", (S - 5 * DAY, 66), (review, 60)) + scores("midas", (S - 5 * DAY, 15), (review, 12))
    assert course_of(entries, stopped, questionnaires=both)["continuation"]["any_met"] is True
    neither = scores("hit6", (S - 5 * DAY, 66), (review, 64)) + scores("midas", (S - 5 * DAY, 15), (review, 12))
    assert course_of(entries, stopped, questionnaires=neither)["continuation"]["any_met"] is False
    no_midas = scores("hit6", (S - 5 * DAY, 66), (review, 64))
    assert course_of(entries, stopped, questionnaires=no_midas)["continuation"]["any_met"] is None
    low_midas = no_midas + scores("midas", (S - 5 * DAY, 8), (review, 8))  # does not apply: not unknown
    assert course_of(entries, stopped, questionnaires=low_midas)["continuation"]["any_met"] is False


def test_the_check_uses_the_last_complete_period_before_the_review_date():
    entries = diary(block(16, 28, other="h"), block(4, 84), block(2, 84, recorded=10))
    check = course_of(entries, today=S + 200 * DAY)["continuation"]
    assert check["review_date"] == "2026-07-20" and check["period_label"] == "weeks 1-12"  # weeks 13-24: too few days


def test_preventive_history_counts_classes_stopped_as_not_effective_or_not_tolerated():
    courses = [
        oral(D(2024, 1, 1), D(2024, 4, 1), "not-effective", "propranolol"),
        oral(D(2024, 5, 1), D(2024, 6, 1), "side-effects", "metoprolol"),  # a second beta blocker
        oral(D(2024, 7, 1), D(2024, 9, 1), "side-effects", "topiramate"),
        oral(D(2024, 10, 1), D(2024, 12, 1), "cost-or-access", "candesartan"),
        oral(D(2025, 1, 1), None, None, "amitriptyline"),
    ]
    result = summary([], courses)
    assert result["preventive_history"] == {"classes_stopped": ["antiepileptic", "beta blocker"], "classes_stopped_count": 2}
    assert [c["medication"] for c in result["courses"]] == ["propranolol", "metoprolol", "topiramate", "candesartan",
                                                           "amitriptyline"]


# -- corrections: infusion days, months in progress --------------------------------------------


def test_the_days_of_a_dhe_course_are_ergot_acute_and_migraine_days():
    dhe = Infusion(D(2026, 3, 10), lookup("DHE"), days=3, kind="acute", setting="hospital")
    entries = [DayEntry(D(2026, 3, 10), headache=True), DayEntry(D(2026, 3, 11), headache=False)]  # 12 March unrecorded
    (march,) = summary(entries, infusions=[dhe])["months"]
    assert march["migraine_days"] == 1 and march["headache_days"] == 1
    assert march["class_days"]["ergot"] == 2 and march["acute_medication_days"] == 2
    assert march["recorded_days"] == 2  # the unrecorded course day stays unknown


def test_a_preventive_infusion_is_not_an_acute_medication_day():
    vyepti = Infusion(D(2026, 3, 10), lookup("eptinezumab"))
    (march,) = summary([DayEntry(D(2026, 3, 10), headache=True)], infusions=[vyepti])["months"]
    assert march["acute_medication_days"] == 0 and march["migraine_days"] == 0


def test_the_current_month_counts_its_days_so_far_and_never_days_after_today():
    entries = days(D(2026, 11, 1), block(3, 30)) + days(D(2026, 12, 1), "M.-")
    november, december = summary(entries, today=D(2026, 12, 4))["months"]
    assert (november["in_progress"], november["days_so_far"], november["unrecorded_days"]) == (False, 30, 0)
    assert (december["in_progress"], december["days_so_far"]) == (True, 4)
    assert december["unrecorded_days"] == 2  # 3 and 4 December; not the 27 days still to come
    assert december["classification"] == "incomplete"  # the days to come could still make it chronic
