"""The diary's own settings (stored in the diary file) and what each may hold.

The store checks every value it is given, so a backup from elsewhere cannot plant a value that
breaks the summary, the report or the window later. Keys this version does not know are kept
as they are, for a newer version that wrote them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary_app.domain.errors import ValidationError
from diary_app.domain.reminders import ENABLED_SETTING, TIME_SETTING, parse_reminder_time

INFUSION_INTERVALS = "infusion_intervals"  # {generic drug name: days between infusions}
PATIENT_NAME = "patient_name"
PATIENT_BIRTH_DATE = "patient_birth_date"  # ISO date
PAPER_SIZE = "paper_size"  # "A4" or "Letter"
PAPERS = ("A4", "Letter")
MAX_INTERVAL_DAYS = 730


def valid_interval(days: Any) -> bool:
    """Whole days between infusions, 1 to MAX_INTERVAL_DAYS."""
    return isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= MAX_INTERVAL_DAYS


def check_setting(key: str, value: Any) -> None:
    """Raise ValidationError (field "settings.KEY") when a known setting holds a wrong value."""
    field = f"settings.{key}"
    if value is None and key in (PATIENT_NAME, PATIENT_BIRTH_DATE):
        return
    if key == INFUSION_INTERVALS:
        if not isinstance(value, dict) or not all(isinstance(k, str) and k.strip() for k in value):
            raise ValidationError(field, "must map drug names to days")
        for name, days in value.items():
            if not valid_interval(days):
                raise ValidationError(field, f"{name}: {days!r} is not a whole number of days from 1 to "
                                             f"{MAX_INTERVAL_DAYS}")
    elif key == PATIENT_NAME:
        if not isinstance(value, str) or len(value) > 200:
            raise ValidationError(field, "must be a name of at most 200 characters")
    elif key == PATIENT_BIRTH_DATE:
        try:
            dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValidationError(field, f"{value!r} is not a date in the form YYYY-MM-DD") from None
    elif key == PAPER_SIZE:
        if value not in PAPERS:
            raise ValidationError(field, f"{value!r} is not one of: {', '.join(PAPERS)}")
    elif key == ENABLED_SETTING:
        if not isinstance(value, bool):
            raise ValidationError(field, "must be true or false")
    elif key == TIME_SETTING:
        parse_reminder_time(value if isinstance(value, str) else repr(value), field)
