"""The whole analysis as one JSON-ready dict: what the export, the CLI and the report share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from diary_app.domain.analysis.days import DayIndex
from diary_app.domain.analysis.months import ichd3_chronic_migraine, monthly_stats
from diary_app.domain.analysis.outcomes import infusion_outcomes, next_infusions, wearing_off
from diary_app.domain.analysis.period import Month, check_range, month_label
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
    """Months, the ICHD-3 verdict, infusion outcomes, next infusions due and wearing-off.

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
    }
