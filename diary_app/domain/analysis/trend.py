"""The rolling 28-day migraine-day rate behind the trend chart."""

from __future__ import annotations

import datetime as dt

from diary_app.domain.analysis.days import DayIndex, min_recorded_for
from diary_app.domain.analysis.rounding import WINDOW_DAYS, rate_hundredths, to_float

_MIN_RECORDED = min_recorded_for(WINDOW_DAYS)


def rolling_rate(
    index: DayIndex, first: dt.date | None = None, last: dt.date | None = None
) -> list[tuple[dt.date, float | None]]:
    """(day, rate over the 28 days ending that day) for every calendar day from first to last.

    Same rule as every rate: migraine days x 28 / recorded days, 2 decimals, None when
    fewer than 14 of the 28 days are recorded. Defaults to the diary's first and last
    recorded days. Read from the index's prefix sums, so the cost grows linearly with the days covered.
    """
    first = first or index.first_date
    last = last or index.last_date
    if first is None or last is None or first > last:
        return []
    one_day = dt.timedelta(days=1)
    series = []
    day = first
    for recorded, migraine in index.trailing_counts(first, last, WINDOW_DAYS):
        rate = rate_hundredths(migraine, recorded) if recorded >= _MIN_RECORDED else None
        series.append((day, to_float(rate)))
        day += one_day
    return series
