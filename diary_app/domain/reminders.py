"""When the daily reminder is due: a time of day the person chooses, off by default."""

from __future__ import annotations

import datetime as dt
import re

from diary_app.domain.errors import ValidationError

ENABLED_SETTING = "reminder_enabled"  # bool, False when absent
TIME_SETTING = "reminder_time"  # "HH:MM", 24-hour clock
DEFAULT_TIME = dt.time(20, 0)
_HH_MM = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_reminder_time(text: str, field: str = TIME_SETTING) -> dt.time:
    """"HH:MM" on the 24-hour clock (e.g. "08:30", "21:00")."""
    match = _HH_MM.match(str(text).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(field, f"'{text}' is not a time of day in the form HH:MM (00:00-23:59)")
    return dt.time(int(match.group(1)), int(match.group(2)))


def format_reminder_time(at: dt.time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def reminder_due(now: dt.datetime, at: dt.time, *, last_shown: dt.date | None, today_recorded: bool) -> bool:
    """True once a day, from the chosen time on, while today is still unrecorded."""
    return now.time() >= at and last_shown != now.date() and not today_recorded
