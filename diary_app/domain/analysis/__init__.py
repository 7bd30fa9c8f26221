"""The clinical analysis: day definitions, monthly statistics, infusion outcomes, trends.

Pure functions over domain values; docs/definitions.md states every rule in plain English
and must change together with this package.
"""

from diary_app.domain.analysis.days import DayFacts, DayIndex, facts_from
from diary_app.domain.analysis.months import MonthStats, ichd3_chronic_migraine, monthly_stats
from diary_app.domain.analysis.outcomes import (
    InfusionOutcome,
    NextInfusion,
    WearingOff,
    infusion_outcomes,
    next_infusions,
    wearing_off,
)
from diary_app.domain.analysis.summary import summarize
from diary_app.domain.analysis.trend import rolling_rate

__all__ = [
    "DayFacts",
    "DayIndex",
    "facts_from",
    "InfusionOutcome",
    "MonthStats",
    "NextInfusion",
    "WearingOff",
    "ichd3_chronic_migraine",
    "infusion_outcomes",
    "monthly_stats",
    "next_infusions",
    "rolling_rate",
    "summarize",
    "wearing_off",
]
