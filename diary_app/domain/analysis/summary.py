"""The whole analysis as one JSON-ready dict: what the export, the CLI and the report share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from diary_app.domain.analysis.courses import course_outcomes, preventive_history
from diary_app.domain.analysis.days import DayIndex
from diary_app.domain.analysis.months import ichd3_chronic_migraine, monthly_stats
from diary_app.domain.analysis.outcomes import infusion_outcomes, next_infusions, wearing_off
from diary_app.domain.analysis.period import Month, check_range, days_in, month_label
from diary_app.domain.analysis.trend import rolling_rate
from diary_app.domain.catalogue import preventive_class
from diary_app.domain.courses import CourseSpan, course_spans
from diary_app.domain.models import Course, DayEntry, Infusion, Injection


def summarize(
    days: Iterable[DayEntry] | DayIndex,
    infusions: Iterable[Infusion],
    *,
    today: dt.date,
    start_month: Month | None = None,
    end_month: Month | None = None,
    intervals: Mapping[str, int] | None = None,
    courses: Iterable[Course] = (),
    injections: Iterable[Injection] = (),
    questionnaires: Iterable = (),
) -> dict:
    """Months, the ICHD-3 verdict, infusion outcomes (the cycle view), next infusions due,
    wearing-off, the rolling 28-day rate, and preventive courses against their baseline.

    Only plain values (str, int, float, bool, None, list, dict): `json.dumps` takes it as is.
    The range limits the months, infusions, wearing-off items and courses listed; windows still
    read days outside it. "next_infusions" always looks at every infusion, as seen on `today`.
    """
    check_range(start_month, end_month)
    infusions = tuple(infusions)
    index = days if isinstance(days, DayIndex) else DayIndex(days, infusions)
    months = monthly_stats(index, infusions, start_month, end_month, today)
    spans = course_spans(courses, infusions, injections, today=today, intervals=intervals)
    listed = course_outcomes(index, in_months(spans, start_month, end_month, today), questionnaires, today, preventive_class)
    return {
        "today": today.isoformat(),
        "range": {
            "from": month_label(start_month) if start_month else None,
            "to": month_label(end_month) if end_month else None,
        },
        "months": [stats.as_dict() for stats in months],
        "ichd3_chronic_migraine": ichd3_chronic_migraine(months),
        "first_recorded_day": index.first_date.isoformat() if index.first_date else None,
        "infusions": [item.as_dict() for item in infusion_outcomes(index, infusions, start_month, end_month, today=today)],
        "next_infusions": [item.as_dict() for item in next_infusions(infusions, today=today, intervals=intervals)],
        "wearing_off": [item.as_dict() for item in wearing_off(index, infusions, start_month, end_month)],
        "rolling_28_day_rate": rolling_series(index, months, today),
        "courses": listed,
        "preventive_history": preventive_history(listed),
    }


def in_months(
    spans: Iterable[CourseSpan], start_month: Month | None, end_month: Month | None, today: dt.date
) -> list[CourseSpan]:
    """The courses that overlap the months of the range (a running course lasts until today)."""
    first = dt.date(*start_month, 1) if start_month else None
    last = dt.date(*end_month, days_in(end_month)) if end_month else None
    return [
        span for span in spans
        if (first is None or span.end(today) >= first) and (last is None or span.start <= last)
    ]


def rolling_series(index: DayIndex, months, today: dt.date) -> list[dict]:
    """The trend chart's rolling 28-day migraine-day rate for every day of the listed months
    up to today (null where fewer than 14 of the 28 days are recorded)."""
    if not months:
        return []
    last_month = months[-1]
    last = min(last_month.first_day + dt.timedelta(days=last_month.days_in_month - 1), today)
    return [{"date": day.isoformat(), "rate": rate} for day, rate in rolling_rate(index, months[0].first_day, last)]
