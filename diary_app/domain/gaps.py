"""Recent days the person has not recorded yet, for the "fill them in?" prompt on opening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

RECENT_DAYS = 7


def unrecorded_recent_days(
    recorded: Collection[dt.date],
    today: dt.date,
    days: int = RECENT_DAYS,
    first_recorded: dt.date | None = None,
) -> list[dt.date]:
    """Unrecorded days among the `days` before today (today itself is still going), oldest first.

    Never before the diary's first recorded day; `first_recorded` None means an empty
    diary, where nothing is missing yet.
    """
    if first_recorded is None:
        return []
    first = max(today - dt.timedelta(days=days), first_recorded)
    gaps = []
    day = first
    while day < today:
        if day not in recorded:
            gaps.append(day)
        day += dt.timedelta(days=1)
    return gaps
