"""Every word, month name, date and number the charts draw, so a caller with Qt can pass them in
its language (charts stay free of Qt). The defaults are the English words and ISO dates.

`diary_app.exporters.chart_words.translated_chart_words()` builds one in the chosen language.
Templates hold numbered placeholders ("{0} course"), filled with `str.format`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


def _english_month(date: dt.date) -> str:
    return calendar.month_abbr[date.month]


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _as_is(text: str) -> str:
    return text


@dataclass(frozen=True)
class ChartWords:
    """The charts' words. `month_label(date)` gives a short month name ("Mar"), `day_label(date)` a
    date ("2026-03-05"), `number(value, decimals)` a number ("35.94"), `domain(text)` a word the
    domain marked (a stop reason) in the language."""

    # the monthly trend
    days_per_month: str = "days per month"
    headache_days: str = "headache days"
    migraine_days_chronic: str = "migraine days (chronic)"
    migraine_days_episodic: str = "migraine days (episodic)"
    migraine_days_incomplete: str = "migraine days (incomplete)"
    chronic_threshold: str = "chronic threshold ({0} days)"
    rolling_rate: str = "rolling 28-day rate"
    infusion: str = "infusion"
    injection: str = "injection"
    preventive_courses: str = "preventive courses"
    course_of: str = "{0} course"  # a preventive course: "topiramate course"
    infusion_series: str = "{0} course"  # infusions on several days in a row: "DHE course"
    questionnaire_score: str = "questionnaire score"
    no_months: str = "no months recorded yet"
    # the before/after chart of one infusion
    baseline_period: str = "baseline\n(28 days before)"
    weeks_1_4: str = "weeks 1-4"
    weeks_5_8: str = "weeks 5-8"
    weeks_9_12: str = "weeks 9-12"
    per_28_days: str = "migraine days\nper 28 days"
    no_data: str = "no data"
    not_yet: str = "not yet"  # a follow-up period still running (or still to come)
    no_infusion: str = "No preventive infusion recorded yet"
    title_head: str = "{0}, {1}"  # name, date
    title_unknown: str = "{0}: reduction not known yet (needs baseline and follow-up data)"
    title_fewer: str = "{0}: {1}% fewer migraine days"
    title_more: str = "{0}: {1}% more migraine days"
    responder_75: str = "{0} (75% responder)"
    responder_50: str = "{0} (50% responder)"
    so_far_pending: str = "{0} so far (verdict pending)"
    # the course timeline
    today: str = "today"
    no_courses: str = "No preventive courses yet: start one, or add an injection or a preventive infusion."
    stopped: str = "stopped: {0}"
    course_stopped: str = "course (stopped)"
    still_running: str = "still running"
    baseline_28: str = "baseline (28 days before)"
    twelve_week_periods: str = "12-week periods"
    # dates, numbers and the domain's words
    month_label: Callable[[dt.date], str] = _english_month
    day_label: Callable[[dt.date], str] = dt.date.isoformat
    number: Callable[[float, int], str] = _plain_number
    domain: Callable[[str], str] = _as_is

    def class_label(self, kind: str) -> str:
        """The legend entry of a month's class: "chronic", "episodic" or "incomplete"."""
        return {"chronic": self.migraine_days_chronic, "episodic": self.migraine_days_episodic,
                "incomplete": self.migraine_days_incomplete}[kind]


ENGLISH = ChartWords()
