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

# Column headers: whole words that fit a narrow column (no header may break inside a word).
SHORT_CLASS = {
    "triptan": "Triptan", "ergot": "Ergot", "gepant": "Gepant", "ditan": "Ditan",
    "simple_analgesic": "Simple analg. / NSAID", "combination_analgesic": "Comb. analg.", "opioid": "Opioid",
    "antiemetic": "Antiemetic", "cgrp_antibody": "CGRP mAb", "preventive": "Other prev.", "other": "Other",
}
CLASS_KEY = {  # the shortened ones in full, for a footnote
    "simple_analgesic": "simple analg.: simple analgesics and NSAIDs",
    "combination_analgesic": "comb. analg.: combination analgesics",
    "cgrp_antibody": "CGRP mAb: CGRP monoclonal antibodies",
    "preventive": "other prev.: other preventives",
}


def class_key(classes) -> str:
    """"Comb. analg.: combination analgesics; ..." for the shortened class names among `classes`."""
    found = [CLASS_KEY[name] for name in classes if name in CLASS_KEY]
    text = "; ".join(found) + "."
    return text[:1].upper() + text[1:] if found else ""


def month_text(label: str) -> str:
    """"2026-06" as "Jun 2026"."""
    return f"{calendar.month_abbr[int(label[5:7])]} {label[:4]}"


def date_text(value: dt.date | str) -> str:
    """A date as "25 Jun 2026": no day/month order to misread across countries."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def span_text(first: dt.date | str, last: dt.date | str) -> str:
    return date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"


def short_span_text(first: dt.date | str, last: dt.date | str) -> str:
    """A span naming the year (and month) once when they are shared: "25–27 Mar 2026",
    "4 Jul – 25 Sep 2026", "20 Oct 2025 – 11 Jan 2026"."""
    start = dt.date.fromisoformat(first) if isinstance(first, str) else first
    end = dt.date.fromisoformat(last) if isinstance(last, str) else last
    if start == end:
        return date_text(end)
    if start.year != end.year:
        return f"{date_text(start)} – {date_text(end)}"
    if start.month != end.month:
        return f"{start.day} {calendar.month_abbr[start.month]} – {date_text(end)}"
    return f"{start.day}–{date_text(end)}"


def weeks_text(days: int) -> str:
    """A treatment's length as a form asks for it: "9 days", "8 weeks", "14 months"."""
    if days < 14:
        return plural(days, "day")
    if days < 26 * 7:
        return plural(days // 7, "week")
    return plural(days * 12 // 365, "month")


def percent_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}%"


def rate_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def yes_no(value: bool | None) -> str:
    return DASH if value is None else ("yes" if value else "no")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def period_text(content: ReportContent) -> str:
    return span_text(content.period_start, content.period_end)


def coverage_text(content: ReportContent) -> str:
    """"181 of 187 days recorded (96%)", counted from the diary's first recorded day when it
    began inside the period and never past today (days to come are not unrecorded)."""
    days = content.period_days
    if days == 0:
        first = content.first_recorded_day
        if first is not None and first > content.counted_to >= content.period_start:
            return f"none: the diary begins after this period (first recorded day {date_text(first)})"
        return "none yet: the period has not begun"
    share = f" ({content.recorded_days * 100 // days}%)"
    since = (f", counted from the first recorded day, {date_text(content.counted_from)}"
             if content.counted_from > content.period_start else "")
    return f"{content.recorded_days} of {plural(days, 'day')} recorded{share}{since}"


def running_header(content: ReportContent) -> tuple[str, str]:
    """(left, right) plain text repeated at the top of every page."""
    who = f" · {content.patient_name}" if content.patient_name else ""
    return f"{TITLE}{who} · {period_text(content)}", f"Generated {date_text(content.today)}"
