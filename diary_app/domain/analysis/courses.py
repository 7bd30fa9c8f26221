"""Outcomes of a preventive course against its pre-treatment baseline, as trials and clinicians
judge them, and the evidence the American Headache Society consensus asks for to continue.

S is the course start; L the last day of its first administration (S for an oral course).
Baseline: S-28 .. S-1. Periods of 12 weeks from L+1, up to the stop date or today.
Every rate is exact (a Fraction) until it is shown; verdicts compare exact values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from diary_app.domain.analysis.days import DayIndex
from diary_app.domain.analysis.rounding import WINDOW_DAYS, round_fraction
from diary_app.domain.analysis.windows import COMPLETE, Window, make_window, percent_reduction, responders
from diary_app.domain.courses import CourseSpan
from diary_app.domain.questionnaires import HIT6, MIDAS, Questionnaire

PERIOD_DAYS = 84  # 12 weeks

# American Headache Society consensus (2018, update 2021): evidence of benefit after an adequate trial.
QUARTERLY_INTERVAL_DAYS = 84  # eptinezumab, onabotulinumtoxinA, fremanezumab 675 mg: a 6-month trial
TRIAL_DAYS = {3: PERIOD_DAYS, 6: 2 * PERIOD_DAYS}  # the trial ends with the end of weeks 12 or 24
CHRONIC_HEADACHE_DAYS = 15  # a baseline of 15+ headache days per 28 days is chronic: 30% is enough
HEADACHE_PERCENT = {True: 30, False: 50}  # by chronic baseline
MIDAS_POINTS_BAND = (11, 20)  # baseline 11-20: down by 5 points or more
MIDAS_POINTS = 5
MIDAS_PERCENT = 30  # baseline over 20: down by 30% or more
HIT6_POINTS = 5
BASELINE_QUESTIONNAIRE_DAYS = 90  # taken within 90 days before S
REVIEW_QUESTIONNAIRE_DAYS = 28  # the one nearest the review date, within 28 days of it


def baseline_window(index: DayIndex, span: CourseSpan, today: dt.date) -> Window:
    day = dt.timedelta(days=1)
    return make_window(index, "baseline", span.start - WINDOW_DAYS * day, span.start - day, today)


def period_windows(index: DayIndex, span: CourseSpan, today: dt.date) -> list[Window]:
    """Weeks 1-12 from L+1, 13-24, ... up to the stop date (the period holding it ends on it) or today."""
    limit = span.end(today)
    first = span.first_administration_end + dt.timedelta(days=1)
    windows = []
    number = 0
    while True:
        start = first + dt.timedelta(days=PERIOD_DAYS * number)
        if start > limit:
            return windows
        end = start + dt.timedelta(days=PERIOD_DAYS - 1)
        if span.stop is not None:
            end = min(end, span.stop)
        weeks = 12 * number
        windows.append(make_window(index, f"weeks {weeks + 1}-{weeks + 12}", start, end, today))
        number += 1


@dataclass(frozen=True)
class Score:
    """A MIDAS or HIT-6 score on a date."""

    date: dt.date
    score: int

    def as_dict(self) -> dict:
        return {"date": self.date.isoformat(), "score": self.score}


def baseline_score(items: Sequence[Questionnaire], kind: str, start: dt.date) -> Score | None:
    """The latest questionnaire of a kind taken within 90 days before S (S itself included)."""
    first = start - dt.timedelta(days=BASELINE_QUESTIONNAIRE_DAYS)
    found = [q for q in items if q.kind == kind and first <= q.date <= start]
    return Score(found[-1].date, found[-1].score) if found else None


def review_score(items: Sequence[Questionnaire], kind: str, review: dt.date, start: dt.date) -> Score | None:
    """The questionnaire of a kind taken after S nearest the review date, within 28 days of it
    (the later one of two as near)."""
    near = [q for q in items if q.kind == kind and q.date > start and abs((q.date - review).days) <= REVIEW_QUESTIONNAIRE_DAYS]
    if not near:
        return None
    best = min(near, key=lambda q: (abs((q.date - review).days), -q.date.toordinal()))
    return Score(best.date, best.score)


class Criterion(NamedTuple):
    """One AHS criterion: met (True/False), or None when unknown or when it does not apply."""

    met: bool | None
    note: str
    applies: bool = True


def midas_met(baseline: Score | None, review: Score | None) -> Criterion:
    """MIDAS down by 5+ points from a baseline of 11-20, or by 30%+ from a baseline over 20."""
    if baseline is None or review is None:
        return Criterion(None, "no MIDAS " + ("within 90 days before the start" if baseline is None else "near the review date"))
    drop = baseline.score - review.score
    low, high = MIDAS_POINTS_BAND
    if baseline.score < low:
        return Criterion(None, f"baseline MIDAS {baseline.score} is under {low}: this criterion does not apply", False)
    if baseline.score <= high:
        return Criterion(drop >= MIDAS_POINTS, f"MIDAS {baseline.score} → {review.score} (needs a drop of {MIDAS_POINTS} or more)")
    return Criterion(drop * 100 >= MIDAS_PERCENT * baseline.score,
                     f"MIDAS {baseline.score} → {review.score} (needs a drop of {MIDAS_PERCENT}% or more)")


def hit6_met(baseline: Score | None, review: Score | None) -> Criterion:
    if baseline is None or review is None:
        return Criterion(None, "no HIT-6 " + ("within 90 days before the start" if baseline is None else "near the review date"))
    return Criterion(baseline.score - review.score >= HIT6_POINTS,
                     f"HIT-6 {baseline.score} → {review.score} (needs a drop of {HIT6_POINTS} or more)")


def any_met(criteria: Sequence[Criterion]) -> bool | None:
    """True when one is met; None while one that applies is unknown; else False."""
    if any(c.met for c in criteria):
        return True
    return None if any(c.met is None and c.applies for c in criteria) else False


def trial_months(span: CourseSpan) -> int:
    """6 months for a quarterly treatment, 3 for a daily or monthly one."""
    quarterly = span.interval_days is not None and span.interval_days >= QUARTERLY_INTERVAL_DAYS
    return 6 if quarterly else 3


def continuation(
    span: CourseSpan, baseline: Window, periods: Sequence[Window], scores: Sequence[Questionnaire], today: dt.date
) -> dict:
    """The AHS evidence-of-benefit check on a course: an aid to the doctor's decision, not the decision.

    The review date is the stop date or today once the trial is adequate (otherwise the day it
    will be, or the stop date of a course stopped before it); it uses the last complete period
    ending at or before the review date.
    """
    months = trial_months(span)
    trial_end = span.first_administration_end + dt.timedelta(days=TRIAL_DAYS[months])
    end = span.end(today)
    if trial_end <= end:
        adequate, review = True, end
    elif span.stop is None:
        adequate, review = None, trial_end  # pending: the trial is still running
    else:
        adequate, review = False, span.stop
    used = None
    if adequate:
        complete = [p for p in periods if p.status == COMPLETE and p.end <= review]
        used = complete[-1] if complete else None
    base_rate, rate = baseline.headache_rate, (used.headache_rate if used else None)
    chronic = base_rate is not None and base_rate >= CHRONIC_HEADACHE_DAYS
    threshold = HEADACHE_PERCENT[chronic]
    reduction = percent_reduction(base_rate, rate)
    items = sorted(scores, key=lambda q: q.date)
    midas = (baseline_score(items, MIDAS, span.start), review_score(items, MIDAS, review, span.start))
    hit6 = (baseline_score(items, HIT6, span.start), review_score(items, HIT6, review, span.start))
    if adequate:
        headache = Criterion(None if reduction is None else reduction >= threshold, "")
        criteria = (headache, midas_met(*midas), hit6_met(*hit6))
    else:
        criteria = (Criterion(None, ""),) * 3
    return {
        "review_date": review.isoformat(),
        "trial_months": months,
        "trial_end": trial_end.isoformat(),
        "adequate_trial": adequate,
        "period_label": used.label if used else None,
        "period_start": used.start.isoformat() if used else None,
        "period_end": used.end.isoformat() if used else None,
        "headache_days_threshold_percent": threshold,
        "baseline_headache_days_per_28": round_fraction(base_rate),
        "period_headache_days_per_28": round_fraction(rate),
        "headache_days_reduction_percent": round_fraction(reduction),
        "midas_baseline": midas[0].as_dict() if midas[0] else None,
        "midas_review": midas[1].as_dict() if midas[1] else None,
        "hit6_baseline": hit6[0].as_dict() if hit6[0] else None,
        "hit6_review": hit6[1].as_dict() if hit6[1] else None,
        "headache_days_criterion": criteria[0].met,
        "midas_criterion": criteria[1].met,
        "hit6_criterion": criteria[2].met,
        "midas_note": criteria[1].note,
        "hit6_note": criteria[2].note,
        "any_met": any_met(criteria) if adequate else None,
    }


def course_outcome(
    index: DayIndex, span: CourseSpan, scores: Sequence[Questionnaire], today: dt.date, preventive_class: str
) -> dict:
    """One course as `summary --json` lists it under "courses"."""
    baseline = baseline_window(index, span, today)
    periods = period_windows(index, span, today)
    base_rate = baseline.migraine_rate
    listed = []
    for period in periods:
        percent = percent_reduction(base_rate, period.migraine_rate)
        listed.append({**period.as_dict(), "percent_reduction": round_fraction(percent), **responders(percent, period.status)})
    end = span.end(today)
    return {
        "medication": span.medication.name,
        "drug_class": span.medication.drug_class,
        "preventive_class": preventive_class,
        "start": span.start.isoformat(),
        "stop": None if span.stop is None else span.stop.isoformat(),
        "stop_reason": span.stop_reason,
        "dose": span.dose,
        "note": span.note,
        "recorded": span.recorded is not None,
        "duration_days": (end - span.start).days + 1,
        "interval_days": span.interval_days,
        "administrations": [item.date.isoformat() for item in span.administrations],
        "baseline": baseline.as_dict(),
        "periods": listed,
        "continuation": continuation(span, baseline, periods, scores, today),
    }


def course_outcomes(
    index: DayIndex, spans: Iterable[CourseSpan], scores: Iterable[Questionnaire], today: dt.date, classify
) -> list[dict]:
    """Every course by start date; `classify(medication)` names its preventive class."""
    scores = tuple(scores)
    return [course_outcome(index, span, scores, today, classify(span.medication)) for span in spans]


STOPPED_AS_FAILED = ("not-effective", "side-effects")


def preventive_history(courses: Sequence[dict]) -> dict:
    """The distinct preventive classes stopped as not effective or not tolerated (prior-authorisation forms)."""
    classes = sorted({c["preventive_class"] for c in courses if c["stop_reason"] in STOPPED_AS_FAILED})
    return {"classes_stopped": classes, "classes_stopped_count": len(classes)}
