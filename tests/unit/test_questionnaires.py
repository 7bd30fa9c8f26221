import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary_app.domain.errors import ValidationError
from diary_app.domain.gaps import unrecorded_recent_days
from diary_app.domain.questionnaires import (
    HIT6_POINTS, Questionnaire, hit6_band, hit6_points, latest_and_previous, midas_grade, parse_answers,
    questionnaires_summary, validate_questionnaire,
)
from diary_app.domain.reminders import parse_reminder_time, reminder_due

TODAY = dt.date(2026, 11, 26)
D = dt.date(2026, 11, 20)


def midas(*answers, a=None, b=None, date=D):
    return Questionnaire("midas", date, tuple(answers), a_days=a, b_pain=b)


def hit6(*answers, date=D):
    return Questionnaire("hit6", date, tuple(answers))


@pytest.mark.parametrize("score, grade", [(0, "I"), (5, "I"), (6, "II"), (10, "II"), (11, "III"),
                                          (20, "III"), (21, "IV"), (450, "IV")])
def test_midas_grades_change_exactly_at_the_published_boundaries(score, grade):
    assert midas_grade(score).code == grade


@pytest.mark.parametrize("score, band", [(36, "little or no impact"), (49, "little or no impact"),
                                         (50, "some impact"), (55, "some impact"), (56, "substantial impact"),
                                         (59, "substantial impact"), (60, "severe impact"), (78, "severe impact")])
def test_hit6_bands_change_exactly_at_the_published_boundaries(score, band):
    assert hit6_band(score).label == band


def test_midas_score_is_the_sum_of_questions_1_to_5_without_a_and_b():
    q = midas(3, 4, 5, 0, 2, a=30, b=7)
    assert (q.score, q.grade) == (14, ("III", "moderate disability"))


def test_hit6_runs_from_36_to_78():
    assert hit6(*[HIT6_POINTS["never"]] * 6).score == 36
    assert hit6(*[HIT6_POINTS["always"]] * 6).score == 78
    assert hit6(*[HIT6_POINTS["always"]] * 6).grade == ("severe", "severe impact")


def test_hit6_answers_are_read_from_words_or_points():
    assert parse_answers("hit6", "never, Rarely,sometimes,very often,ALWAYS,11") == (6, 8, 10, 11, 13, 11)
    assert hit6_points("very_often", "question 1") == 11


@given(st.lists(st.sampled_from(sorted(HIT6_POINTS.values())), min_size=6, max_size=6))
def test_every_complete_hit6_scores_within_36_to_78_and_has_a_band(points):
    q = hit6(*points)
    validate_questionnaire(q, TODAY)
    assert 36 <= q.score <= 78 and q.grade.label


@pytest.mark.parametrize("q, field", [
    (midas(3, 4, 91, 0, 2), "question 3"),
    (midas(3, 4, 5, 0, -1), "question 5"),
    (midas(3, 4, 5, 0, 2, a=91), "question A"),
    (midas(3, 4, 5, 0, 2, b=11), "question B"),
    (hit6(6, 8, 10, 11, 12, 13), "question 5"),
    (hit6(6, 8, 10, 11, 13), "answers"),
    (midas(1, 1, 1, 1, 1, date=TODAY + dt.timedelta(days=1)), "date"),
])
def test_answers_outside_the_allowed_range_are_rejected_naming_the_question(q, field):
    with pytest.raises(ValidationError) as err:
        validate_questionnaire(q, TODAY)
    assert err.value.field == field
    assert str(err.value).startswith(field + ": ")


def test_typed_answers_name_the_question_that_is_wrong():
    with pytest.raises(ValidationError, match="^question 4: 'often' is not one of"):
        parse_answers("hit6", "never,rarely,sometimes,often,always,never")
    with pytest.raises(ValidationError, match="^question 2: 'x' is not a whole number"):
        parse_answers("midas", "1,x,3,4,5")
    with pytest.raises(ValidationError, match="^answers: MIDAS has 5 questions; 4 answers given"):
        parse_answers("midas", "1,2,3,4")


def test_the_summary_lists_each_kind_oldest_first_with_grade_and_label():
    items = [midas(10, 10, 10, 10, 10, a=40, b=8, date=D), midas(1, 1, 1, 1, 1, date=D - dt.timedelta(days=90)),
             hit6(11, 11, 11, 11, 11, 11)]
    summary = questionnaires_summary(items)
    assert [m["date"] for m in summary["midas"]] == ["2026-08-22", "2026-11-20"]
    assert summary["midas"][1] == {"date": "2026-11-20", "score": 50, "grade": "IV", "label": "severe disability",
                                   "answers": [10, 10, 10, 10, 10], "a": 40, "b": 8}
    assert summary["hit6"] == [{"date": "2026-11-20", "score": 66, "band": "severe", "label": "severe impact",
                                "answers": [11] * 6}]


def test_latest_and_previous_give_the_report_its_comparison():
    old, new = midas(9, 9, 9, 9, 9, date=D - dt.timedelta(days=90)), midas(1, 1, 1, 1, 1)
    assert latest_and_previous([new, old], "midas") == (new, old)
    assert latest_and_previous([new], "hit6") == (None, None)


def test_unrecorded_recent_days_stop_at_yesterday_and_skip_recorded_days():
    recorded = {TODAY - dt.timedelta(days=n) for n in (1, 3)}
    gaps = unrecorded_recent_days(recorded, TODAY, days=5, first_recorded=dt.date(2026, 1, 1))
    assert gaps == [TODAY - dt.timedelta(days=n) for n in (5, 4, 2)]


def test_unrecorded_recent_days_never_reach_before_the_first_recorded_day():
    first = TODAY - dt.timedelta(days=2)
    assert unrecorded_recent_days({first}, TODAY, first_recorded=first) == [TODAY - dt.timedelta(days=1)]
    assert unrecorded_recent_days(set(), TODAY, first_recorded=None) == []


def test_the_reminder_is_due_once_a_day_after_its_time_while_today_is_unrecorded():
    at = parse_reminder_time("20:30")
    evening = dt.datetime(2026, 11, 26, 20, 30)
    assert reminder_due(evening, at, last_shown=None, today_recorded=False)
    assert not reminder_due(evening - dt.timedelta(minutes=1), at, last_shown=None, today_recorded=False)
    assert not reminder_due(evening, at, last_shown=evening.date(), today_recorded=False)
    assert not reminder_due(evening, at, last_shown=None, today_recorded=True)


@pytest.mark.parametrize("text", ["24:00", "8", "08:60", "noon", ""])
def test_a_reminder_time_must_be_hh_mm(text):
    with pytest.raises(ValidationError, match="^reminder_time: "):
        parse_reminder_time(text)
