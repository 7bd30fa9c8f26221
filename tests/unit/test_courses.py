"""Which courses a diary holds: recorded ones, and those injections and preventive infusions start."""

import datetime as dt

import pytest

from diary_app.domain.catalogue import lookup, resolve
from diary_app.domain.courses import course_spans, running_on, usual_interval
from diary_app.domain.models import Course, Infusion, Injection

D = dt.date
TODAY = D(2026, 6, 1)


def infusion(start, drug="eptinezumab", days=1, kind="preventive"):
    return Infusion(start, lookup(drug), days=days, kind=kind, dose_mg=100.0)


def injection(date, drug="erenumab", dose=70.0):
    return Injection(date, lookup(drug), dose)


def spans(courses=(), infusions=(), injections=(), today=TODAY, intervals=None):
    return course_spans(courses, infusions, injections, today=today, intervals=intervals)


def test_an_infusion_with_no_course_running_starts_one_on_its_first_day():
    (span,) = spans(infusions=[infusion(D(2026, 1, 10)), infusion(D(2026, 4, 4))])
    assert span.medication.name == "eptinezumab" and span.recorded is None
    assert span.start == D(2026, 1, 10) and span.stop is None
    assert [a.date for a in span.administrations] == [D(2026, 1, 10), D(2026, 4, 4)]
    assert span.dose == "100 mg" and span.interval_days == 84


def test_a_course_lapses_two_intervals_after_its_last_administration_once_that_date_has_passed():
    last = D(2026, 1, 10)
    lapse = last + dt.timedelta(days=168)
    assert spans(infusions=[infusion(last)], today=lapse)[0].stop is None  # the lapse day itself: still running
    (span,) = spans(infusions=[infusion(last)], today=lapse + dt.timedelta(days=1))
    assert span.stop == lapse and span.stop_reason is None


def test_monthly_antibodies_lapse_after_56_days_and_a_later_injection_starts_a_new_course():
    first, second = spans(injections=[injection(D(2026, 1, 1)), injection(D(2026, 2, 1)), injection(D(2026, 5, 1))])
    assert (first.start, first.stop) == (D(2026, 1, 1), D(2026, 3, 29))  # 1 Feb + 56 days
    assert (second.start, second.stop) == (D(2026, 5, 1), None)
    assert first.interval_days == 28


@pytest.mark.parametrize("dose, interval", [(225.0, 28), (675.0, 84), (None, 28)])
def test_fremanezumab_is_monthly_or_quarterly_by_its_dose(dose, interval):
    assert usual_interval("fremanezumab", dose) == interval
    (span,) = spans(injections=[Injection(D(2026, 1, 1), lookup("Ajovy"), dose)])
    assert span.interval_days == interval


def test_the_persons_own_interval_comes_first():
    assert usual_interval("Eptinezumab", None, {"eptinezumab": 90}) == 90
    assert usual_interval("topiramate") is None


def test_a_multi_day_preventive_course_lapses_from_its_last_day():
    (span,) = spans(infusions=[infusion(D(2026, 1, 10), days=3)], today=D(2026, 12, 1))
    assert span.first_administration_end == D(2026, 1, 12)
    assert span.stop == D(2026, 1, 12) + dt.timedelta(days=168)


def test_acute_infusions_are_not_administrations_of_a_course():
    assert spans(infusions=[infusion(D(2026, 1, 10), drug="dhe", days=3, kind="acute")]) == []


def test_administrations_belong_to_the_recorded_course_running_on_their_date():
    course = Course(lookup("eptinezumab"), D(2026, 1, 5), dose="100 mg every 12 weeks")
    (span,) = spans([course], infusions=[infusion(D(2026, 1, 10)), infusion(D(2026, 4, 4))])
    assert span.recorded == course and span.start == D(2026, 1, 5)
    assert span.first_administration_end == D(2026, 1, 10)
    assert span.dose == "100 mg every 12 weeks"


def test_a_recorded_stop_ends_the_course_and_a_later_infusion_starts_another():
    course = Course(lookup("eptinezumab"), D(2026, 1, 10), stop=D(2026, 3, 1), stop_reason="cost-or-access")
    first, second = spans([course], infusions=[infusion(D(2026, 1, 10)), infusion(D(2026, 4, 4))])
    assert (first.stop, first.stop_reason, len(first.administrations)) == (D(2026, 3, 1), "cost-or-access", 1)
    assert (second.start, second.recorded) == (D(2026, 4, 4), None)


def test_an_oral_course_runs_until_it_is_stopped():
    course = Course(lookup("topiramate"), D(2025, 1, 1))
    (span,) = spans([course], today=D(2026, 12, 1))
    assert span.stop is None and span.interval_days is None
    assert span.first_administration_end == D(2025, 1, 1)
    assert span.end(D(2026, 12, 1)) == D(2026, 12, 1)


def test_an_implied_course_ends_the_day_before_a_recorded_course_of_the_same_drug():
    course = Course(lookup("eptinezumab"), D(2026, 3, 1))
    early, recorded = spans([course], infusions=[infusion(D(2026, 2, 1))])
    assert early.stop == D(2026, 2, 28) and recorded.recorded == course


def test_names_match_in_any_case_and_courses_are_by_start():
    found = spans([Course(resolve("Topamax"), D(2026, 2, 1))], injections=[injection(D(2026, 1, 1), drug="Aimovig")])
    assert [s.medication.name for s in found] == ["erenumab", "topiramate"]
    assert running_on(found, "TOPIRAMATE", D(2026, 3, 1)).start == D(2026, 2, 1)
    assert running_on(found, "topiramate", D(2026, 1, 31)) is None
