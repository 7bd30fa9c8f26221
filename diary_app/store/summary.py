"""The diary's clinical summary: stored data in, the analysis core's numbers out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary_app.domain import analysis
from diary_app.store.diary import Diary

INTERVALS_SETTING = "infusion_intervals"  # {generic name: days between infusions}


def diary_summary(
    diary: Diary,
    *,
    today: dt.date,
    first_month: tuple[int, int] | None = None,
    last_month: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """`summary --json` for this diary; windows read days outside the range as they need."""
    return analysis.summarize(
        diary.days(),
        diary.infusions(),
        today=today,
        start_month=first_month,
        end_month=last_month,
        intervals=diary.setting(INTERVALS_SETTING, {}),
    )
