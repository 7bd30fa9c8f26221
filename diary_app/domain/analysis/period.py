"""Calendar months as (year, month) tuples, and the optional --from/--to range."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from diary_app.domain.models import QT_TRANSLATE_NOOP
from diary_app.domain.validation import refused

Month = tuple[int, int]


def month_of(date: dt.date) -> Month:
    return date.year, date.month


def month_label(month: Month) -> str:
    """"YYYY-MM", the form months take in files and on screen."""
    return f"{month[0]:04d}-{month[1]:02d}"


def days_in(month: Month) -> int:
    return calendar.monthrange(*month)[1]


def months_between(first: Month, last: Month) -> Iterator[Month]:
    """Every calendar month from first to last, both included."""
    year, number = first
    while (year, number) <= last:
        yield year, number
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)


def next_month(month: Month) -> Month:
    return (month[0] + 1, 1) if month[1] == 12 else (month[0], month[1] + 1)


def check_range(start_month: Month | None, end_month: Month | None) -> None:
    """Refuse a range that ends before it starts, with a message fit to show."""
    if start_month is not None and end_month is not None and start_month > end_month:
        raise refused("to", QT_TRANSLATE_NOOP("Domain", "{0} is before the start month {1}"),
                      month_label(end_month), month_label(start_month))


def in_range(month: Month, start_month: Month | None, end_month: Month | None) -> bool:
    """True when month lies within the range; a missing end means unbounded on that side."""
    return (start_month is None or month >= start_month) and (end_month is None or month <= end_month)
