"""The whole analysis as one JSON-ready dict: what the export, the CLI and the report share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from diary_app.domain.analysis.days import DayIndex
from diary_app.domain.analysis.months import ichd3_chronic_migraine, monthly_stats
from diary_app.domain.analysis.outcomes import infusion_outcomes, next_infusions, wearing_off
from diary_app.domain.analysis.period import Month, check_range, month_label
from diary_app.domain.analysis.trend import rolling_rate
from diary_app.domain.models import DayEntry, Infusion


def summarize(
    days: Iterable[DayEntry] | DayIndex,
    infusions: Iterable[Infusion],
    *,
    today: dt.date,
    start_month: Month | None = None,
    end_month: Month | None = None,
    intervals: Mapping[str, int] | None = None,
) -> dict:
    """Months, the ICHD-3 verdict, infusion outcomes, next infusions due, wearing-off and the
    rolling 28-day rate.

    Only plain values (str, int, float, bool, None, list, dict): `json.dumps` takes it as is.
    The range limits the months, infusions and wearing-off items listed; windows still read
    days outside it. "next_infusions" always looks at every infusion, as seen on `today`.
    """
    check_range(start_month, end_month)
    index = days if isinstance(days, DayIndex) else DayIndex(days)
    infusions = tuple(infusions)
    months = monthly_stats(index, infusions, start_month, end_month)
    return {
        "today": today.isoformat(),
        "range": {
            "from": month_label(start_month) if start_month else None,
            "to": month_label(end_month) if end_month else None,
        },
        "months": [stats.as_dict() for stats in months],
        "ichd3_chronic_migraine": ichd3_chronic_migraine(months),
        "infusions": [item.as_dict() for item in infusion_outcomes(index, infusions, start_month, end_month)],
        "next_infusions": [item.as_dict() for item in next_infusions(infusions, today=today, intervals=intervals)],
        "wearing_off": [item.as_dict() for item in wearing_off(index, infusions, start_month, end_month)],
        "rolling_28_day_rate": rolling_series(index, months, today),
    }


def rolling_series(index: DayIndex, months, today: dt.date) -> list[dict]:
    """The trend chart's rolling 28-day migraine-day rate for every day of the listed months
    up to today (null where fewer than 14 of the 28 days are recorded)."""
    if not months:
        return []
    last_month = months[-1]
    last = min(last_month.first_day + dt.timedelta(days=last_month.days_in_month - 1), today)
    return [{"date": day.isoformat(), "rate": rate} for day, rate in rolling_rate(index, months[0].first_day, last)]
