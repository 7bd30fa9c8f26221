"""The report's default first month: enough history for the doctor to judge the current treatment.

A pure rule (docs/definitions.md, "The report's default period"): the recent months, reaching back
to the pre-treatment baseline of the current or most recent preventive course, to an acute
infusion course (DHE) that came just before that baseline, and to the months before the course
that show the pattern it was started for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diary_app.domain.analysis.period import Month, month_of
from diary_app.domain.analysis.rounding import WINDOW_DAYS
from diary_app.domain.courses import CourseSpan
from diary_app.domain.models import Infusion

DEFAULT_MONTHS = 6  # with no course to show: this month and the 5 before it
MAX_MONTHS = 12  # the reach-back beyond a course's baseline never goes further than this
ACUTE_REACH_DAYS = 120  # an acute infusion course this close before a baseline is part of the story
PATTERN_MONTHS = 3  # the whole months before a course's start: the length the ICHD-3 pattern needs


def shift_month(month: Month, count: int) -> Month:
    index = month[0] * 12 + month[1] - 1 + count
    return index // 12, index % 12 + 1


def baseline_start(start: dt.date) -> dt.date:
    return start - dt.timedelta(days=WINDOW_DAYS)


def course_to_show(courses: Iterable[CourseSpan], recent_first: Month) -> CourseSpan | None:
    """The latest-starting preventive course that is running or stopped within the recent months."""
    shown = [c for c in courses if c.stop is None or month_of(c.stop) >= recent_first]
    return max(shown, key=lambda c: c.start, default=None)


def default_first_month(
    last_month: Month, infusions: Iterable[Infusion], courses: Iterable[CourseSpan] = ()
) -> Month:
    """The first month of the default period ending with `last_month`.

    Always in it: the last DEFAULT_MONTHS months, and the 28-day baseline of the course shown and
    of every preventive infusion in them. Then, no further back than MAX_MONTHS: an acute infusion
    that started within ACUTE_REACH_DAYS before that baseline (with its own 28 days before), and
    the PATTERN_MONTHS whole months before the course started.
    """
    infusions = tuple(infusions)
    recent_first = shift_month(last_month, -(DEFAULT_MONTHS - 1))
    anchors = [baseline_start(i.start) for i in infusions
               if i.kind == "preventive" and recent_first <= month_of(i.start) <= last_month]
    course = course_to_show(courses, recent_first)
    if course is not None:
        anchors.append(baseline_start(course.start))
    if not anchors:
        return recent_first
    anchor = min(anchors)
    first = min(recent_first, month_of(anchor))
    extras = [baseline_start(i.start) for i in infusions
              if i.kind != "preventive" and dt.timedelta(0) < anchor - i.start <= dt.timedelta(days=ACUTE_REACH_DAYS)]
    if course is not None:
        extras.append(dt.date(*shift_month(month_of(course.start), -PATTERN_MONTHS), 1))
    limit = shift_month(last_month, -(MAX_MONTHS - 1))
    for extra in extras:
        first = min(first, max(limit, month_of(extra)))
    return first
