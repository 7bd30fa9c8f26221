"""How the report says things: dates, months, rates, the title and the definitions footer."""

from __future__ import annotations

import calendar
import datetime as dt

from diary_app.domain.analysis.months import CHRONIC_MIGRAINE_DAYS
from diary_app.exporters.report.content import ReportContent

TITLE = "Migraine diary report"
NO_DAYS = "No days recorded in this period."
DASH = "–"  # an empty figure: not enough data, or not measured
NOT_ENOUGH_DATA = "not enough data"  # a rate resting on fewer than half of its days

DEFINITIONS = (
    "Definitions. Migraine day: a recorded day marked migraine, or a headache day treated with a triptan "
    "or an ergot. Days not recorded are unknown, never counted as headache-free. Month: chronic = "
    f"{CHRONIC_MIGRAINE_DAYS}+ migraine days; episodic = at most {CHRONIC_MIGRAINE_DAYS - 1} even if every "
    "unrecorded day were a migraine day; otherwise incomplete. Overuse: ICHD-3 8.2 day thresholds per "
    "month. Rates: migraine days × 28 / recorded days, over 28-day windows or ended months."
)

SHORT_CLASS = {
    "triptan": "Triptan", "ergot": "Ergot", "gepant": "Gepant", "ditan": "Ditan",
    "simple_analgesic": "Simple analg./ NSAID", "combination_analgesic": "Comb. analg.", "opioid": "Opioid",
    "antiemetic": "Anti- emetic", "cgrp_antibody": "CGRP mAb", "preventive": "Prev.", "other": "Other",
}


def month_text(label: str) -> str:
    """"2026-06" as "Jun 2026"."""
    return f"{calendar.month_abbr[int(label[5:7])]} {label[:4]}"


def date_text(value: dt.date | str) -> str:
    """A date as "25 Jun 2026": no day/month order to misread across countries."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def span_text(first: dt.date | str, last: dt.date | str) -> str:
    return date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"


def rate_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def yes_no(value: bool | None) -> str:
    return DASH if value is None else ("yes" if value else "no")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def period_text(content: ReportContent) -> str:
    return span_text(content.period_start, content.period_end)


def coverage_text(content: ReportContent) -> str:
    days = content.period_days
    share = f" ({content.recorded_days * 100 // days}%)" if days else ""
    return f"{content.recorded_days} of {plural(days, 'day')} recorded{share}"


def running_header(content: ReportContent) -> tuple[str, str]:
    """(left, right) plain text repeated at the top of every page."""
    who = f" · {content.patient_name}" if content.patient_name else ""
    return f"{TITLE}{who} · {period_text(content)}", f"Generated {date_text(content.today)}"
