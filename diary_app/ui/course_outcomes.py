"""What the Treatments view says about one course: its outcome table against the original
baseline and its continuation check, as table columns and plain sentences.

Every number comes from the summary's "courses" entry (the report prints the same ones with two
decimals; the window shows one). No raw code reaches the screen: statuses and criteria in words.
"""

from __future__ import annotations

import datetime as dt

from diary_app.domain.wording import met_words, status_words, stop_reason_words, verdict_words
from diary_app.ui.numbers import one_decimal, percent
from diary_app.ui.table_model import Column

RESPONDER_YES = "#CDEBDD"
RATES = (  # (summary key, column title, tooltip)
    ("migraine_days_per_28", "Migraine\ndays /28", "Migraine days per 28 days"),
    ("headache_days_per_28", "Headache\ndays /28", "Headache days per 28 days"),
    ("acute_medication_days_per_28", "Acute med.\ndays /28", "Days with any acute medication, per 28 days"),
    ("migraine_specific_acute_days_per_28", "Specific acute\ndays /28",
     "Days with a migraine-specific acute medication (triptan, ergot, gepant or ditan), per 28 days"),
    ("mean_peak_severity", "Peak\nseverity", "Mean peak severity (0-10) of the headache days that have one"),
)
OUTCOME_NOTE = (
    "Each period against the original baseline: the 28 days before the course started. Periods of 12 weeks "
    "from the day after the first administration (the first day for tablets). Rates are per 28 days and need "
    "at least half of a period's days recorded. Responder: migraine days per 28 down by at least 30%, 50% or "
    "75%, judged only on complete periods. 30% is the threshold guidelines use for chronic migraine."
)
CONTINUATION_NOTE = ("An aid for the doctor's decision, not the decision: the American Headache Society consensus "
                     "(2018, updated 2021) asks for one of these after an adequate trial.")


def period_rows(course: dict | None) -> list[dict]:
    """The baseline, then each 12-week period."""
    if not course:
        return []
    return [course["baseline"], *course.get("periods", ())] if course.get("baseline") else list(course["periods"])


def _window_days(period: dict) -> int:
    if period.get("days"):
        return int(period["days"])
    return (dt.date.fromisoformat(period["end"]) - dt.date.fromisoformat(period["start"])).days + 1


def dates_text(period: dict) -> str:
    """"2026-07-04 – 09-25" within one year, both dates in full across a new year."""
    start, end = period["start"], period["end"]
    return f"{start} – {end[5:] if end[:4] == start[:4] else end}"


def recorded_text(period: dict) -> str:
    """"80/84": recorded days of the period's days."""
    return f"{period['recorded_days']}/{_window_days(period)}"


def outcome_columns(tr=lambda text: text) -> list[Column]:
    """The outcome table's columns, in the order of the summary's period fields."""
    def responder(key: str) -> Column:
        return Column(tr("≥{0}%").format(key[-2:]),
                      lambda p: "" if "percent_reduction" not in p else tr(verdict_words(p.get(key), p.get("status"))),
                      background=lambda p: RESPONDER_YES if p.get(key) else None,
                      tooltip=lambda p: tr("At least {0}% fewer migraine days per 28 than the baseline; "
                                           "pending until the period is complete").format(key[-2:]))

    def rate(key: str, title: str, tip: str) -> Column:
        return Column(tr(title), lambda p: one_decimal(p.get(key)), True, tooltip=lambda p: tr(tip))

    return [
        Column(tr("Period"), lambda p: tr(p["label"])),
        Column(tr("Dates"), dates_text, tooltip=lambda p: f"{p['start']} – {p['end']}"),
        Column(tr("Days\nrecorded"), recorded_text, True, tooltip=lambda p: tr("Days recorded of the period's days")),
        Column(tr("Status"), lambda p: tr(status_words(p.get("status")))),
        *[rate(key, title, tip) for key, title, tip in RATES],
        Column(tr("Reduction"), lambda p: percent(p["percent_reduction"]) if "percent_reduction" in p else "", True,
               tooltip=lambda p: tr("Fewer migraine days per 28 than the baseline")),
        *[responder(key) for key in ("responder_30", "responder_50", "responder_75")],
    ]


def course_title(course: dict | None, today: dt.date) -> str:
    """One line about a course: drug and dose, dates and length, why it stopped, how it was recorded."""
    if not course:
        return ""
    dose = f" {course['dose']}" if course.get("dose") else ""
    until = course["stop"] if course.get("stop") else f"today ({today.isoformat()}), still running"
    parts = [f"{course['medication']}{dose}", f"{course['start']} to {until}"]
    if course.get("duration_days") is not None:
        parts[-1] += f" · {course['duration_days']} days"
    if course.get("stop_reason"):
        parts.append(f"stopped: {stop_reason_words(course['stop_reason'])}")
    if course.get("recorded") is False:
        parts.append("started by its first administration")
    return " · ".join(parts)


def _score(item: dict | None) -> str:
    return "—" if not item else f"{item['score']} ({item['date']})"


def _score_change(before: dict | None, after: dict | None) -> str:
    if not before or not after:
        return "—"
    change = after["score"] - before["score"]
    return f"{abs(change)} points {'fewer' if change <= 0 else 'more'}"


def _midas_needed(before: dict | None) -> str:
    if not before:
        return "5 points fewer (baseline 11-20) or 30% fewer (over 20)"
    if before["score"] > 20:
        return "30% fewer (baseline over 20)"
    if before["score"] >= 11:
        return "5 points fewer (baseline 11-20)"
    return "not used below 11"


def _score_row(check: dict, key: str, name: str, needed: str) -> dict:
    before, review = check.get(f"{key}_baseline"), check.get(f"{key}_review")
    return {"criterion": name, "before": _score(before), "review": _score(review),
            "change": _score_change(before, review), "needed": needed, "result": check.get(f"{key}_criterion"),
            "note": check.get(f"{key}_note") or ""}


def continuation_rows(check: dict | None) -> list[dict]:
    """The three criteria, each with the numbers it rests on and met / not met / pending / unknown."""
    if not check:
        return []
    pending = check.get("adequate_trial") is None
    reduction = check.get("headache_days_reduction_percent")
    change = "—" if reduction is None else (f"{reduction:.1f}% fewer" if reduction >= 0 else f"{-reduction:.1f}% more")
    return [
        {"criterion": "Headache days per 28 days",
         "before": one_decimal(check.get("baseline_headache_days_per_28")),
         "review": one_decimal(check.get("period_headache_days_per_28")),
         "change": change,
         "needed": f"at least {check.get('headache_days_threshold_percent', 50)}% fewer",
         "result": check.get("headache_days_criterion"), "pending": pending},
        {**_score_row(check, "midas", "MIDAS", _midas_needed(check.get("midas_baseline"))), "pending": pending},
        {**_score_row(check, "hit6", "HIT-6", "5 points fewer"), "pending": pending},
    ]


def continuation_columns(tr=lambda text: text) -> list[Column]:
    return [
        Column(tr("Criterion"), lambda r: tr(r["criterion"])),
        Column(tr("Before the course"), lambda r: r["before"], True),
        Column(tr("At review"), lambda r: r["review"], True),
        Column(tr("Change"), lambda r: r["change"], True),
        Column(tr("Needed"), lambda r: tr(r["needed"])),
        Column(tr("Result"), lambda r: tr(met_words(r["result"], r.get("pending", False)))
               + (f" ({tr(r['note'])})" if r.get("note") else ""),
               background=lambda r: RESPONDER_YES if r["result"] else None),
    ]


def continuation_summary(check: dict | None) -> str:
    """When the check is made, on which period, and whether any criterion is met."""
    if not check:
        return "No continuation check for this course."
    months, review = check.get("trial_months"), check.get("review_date", "—")
    trial = f"a {months}-month trial" if months else "an adequate trial"
    if check.get("adequate_trial") is None:
        return f"Pending: the review is due on {review}, after {trial}."
    if check.get("adequate_trial") is False:
        return f"Stopped on {review}, before {trial} was complete: no check."
    period = check.get("period_label")
    used = (f"{period} ({check['period_start']} – {check['period_end']})" if period and check.get("period_start")
            else period or "no complete 12-week period")
    any_met = check.get("any_met")
    verdict = ("at least one criterion met" if any_met else "no criterion met" if any_met is False
               else "not known: numbers are missing")
    return f"Review on {review}, after {trial}, using {used}: {verdict}."
