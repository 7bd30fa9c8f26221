"""What the Treatments view says about one course: its outcome table against the original
baseline and its continuation check, as table columns and plain sentences.

Every number comes from the summary's "courses" entry (the report prints the same ones with two
decimals; the window shows one). No raw code reaches the screen: statuses and criteria in words.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QGuiApplication

from diary_app.domain.wording import met_words, status_words, stop_reason_words, verdict_words
from diary_app.i18n import domain_text
from diary_app.ui.counts import counted
from diary_app.ui.numbers import one_decimal, percent
from diary_app.ui.qdates import short_date
from diary_app.ui.table_model import Column
from diary_app.ui.theme import is_dark


class CourseOutcomes(QObject):
    """The translation context of this module's words: `CourseOutcomes.tr` is found by pyside6-lupdate."""


RESPONDER_YES = "#CDEBDD"
# On a dark palette a muted green: the table writes a coloured cell in near-black (#1A1A1A), which
# reads on it (contrast 5:1) without the pale green glaring among the dark rows.
RESPONDER_YES_DARK = "#4C9A7C"


def responder_yes() -> str:
    """The background of a "yes" (responder, criterion met), for the application's palette."""
    return RESPONDER_YES_DARK if is_dark(QGuiApplication.palette()) else RESPONDER_YES
RATES = (  # (summary key, column title, tooltip)
    ("migraine_days_per_28", QT_TRANSLATE_NOOP("CourseOutcomes", "Migraine\ndays /28"),
     QT_TRANSLATE_NOOP("CourseOutcomes", "Migraine days per 28 days")),
    ("headache_days_per_28", QT_TRANSLATE_NOOP("CourseOutcomes", "Headache\ndays /28"),
     QT_TRANSLATE_NOOP("CourseOutcomes", "Headache days per 28 days")),
    ("acute_medication_days_per_28", QT_TRANSLATE_NOOP("CourseOutcomes", "Acute med.\ndays /28"),
     QT_TRANSLATE_NOOP("CourseOutcomes", "Days with any acute medication, per 28 days")),
    ("migraine_specific_acute_days_per_28", QT_TRANSLATE_NOOP("CourseOutcomes", "Specific acute\ndays /28"),
     QT_TRANSLATE_NOOP("CourseOutcomes", "Days with a migraine-specific acute medication (triptan, ergot, gepant "
                                         "or ditan), per 28 days")),
    ("mean_peak_severity", QT_TRANSLATE_NOOP("CourseOutcomes", "Peak\nseverity"),
     QT_TRANSLATE_NOOP("CourseOutcomes", "Mean peak severity (0-10) of the headache days that have one")),
)
OUTCOME_NOTE = QT_TRANSLATE_NOOP(
    "CourseOutcomes",
    "Each period against the original baseline: the 28 days before the course started. Periods of 12 weeks "
    "from the day after the first administration (the first day for tablets). Rates are per 28 days and need "
    "at least half of a period's days recorded. Responder: migraine days per 28 down by at least 30%, 50% or "
    "75%, judged only on complete periods. 30% is the threshold guidelines use for chronic migraine."
)
CONTINUATION_NOTE = QT_TRANSLATE_NOOP(
    "CourseOutcomes",
    "An aid for the doctor's decision, not the decision: the American Headache Society consensus "
    "(2018, updated 2021) asks for one of these after an adequate trial.")
_WEEKS = re.compile(r"^weeks (\d+)-(\d+)$")


def _date(text: str) -> str:
    return short_date(dt.date.fromisoformat(text))


def period_name(label: str | None) -> str:
    """The analysis's "baseline" / "weeks 13-24" in the chosen language."""
    match = _WEEKS.match(label or "")
    if match:
        return CourseOutcomes.tr("weeks {0}-{1}").format(match[1], match[2])
    return CourseOutcomes.tr("baseline") if label == "baseline" else (label or "")


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
    """The period's first and last day, as the language writes dates."""
    return f"{_date(period['start'])} – {_date(period['end'])}"


def recorded_text(period: dict) -> str:
    """"80/84": recorded days of the period's days."""
    return f"{period['recorded_days']}/{_window_days(period)}"


def outcome_columns() -> list[Column]:
    """The outcome table's columns, in the order of the summary's period fields."""
    def responder(key: str) -> Column:
        return Column(CourseOutcomes.tr("≥{0}%").format(key[-2:]),
                      lambda p: "" if "percent_reduction" not in p
                      else domain_text(verdict_words(p.get(key), p.get("status"))),
                      background=lambda p: responder_yes() if p.get(key) else None,
                      tooltip=lambda p: CourseOutcomes.tr("At least {0}% fewer migraine days per 28 than the baseline; "
                                           "pending until the period is complete").format(key[-2:]))

    def rate(key: str, title: str, tip: str) -> Column:
        return Column(CourseOutcomes.tr(title), lambda p: one_decimal(p.get(key)), True,
                      tooltip=lambda p: CourseOutcomes.tr(tip))

    return [
        Column(CourseOutcomes.tr("Period"), lambda p: period_name(p["label"])),
        Column(CourseOutcomes.tr("Dates"), dates_text),
        Column(CourseOutcomes.tr("Days\nrecorded"), recorded_text, True,
               tooltip=lambda p: CourseOutcomes.tr("Days recorded of the period's days")),
        Column(CourseOutcomes.tr("Status"), lambda p: domain_text(status_words(p.get("status")))),
        *[rate(key, title, tip) for key, title, tip in RATES],
        Column(CourseOutcomes.tr("Reduction"),
               lambda p: percent(p["percent_reduction"]) if "percent_reduction" in p else "", True,
               tooltip=lambda p: CourseOutcomes.tr("Fewer migraine days per 28 than the baseline")),
        *[responder(key) for key in ("responder_30", "responder_50", "responder_75")],
    ]


def course_title(course: dict | None, today: dt.date) -> str:
    """One line about a course: drug and dose, dates and length, why it stopped, how it was recorded."""
    if not course:
        return ""
    dose = f" {course['dose']}" if course.get("dose") else ""
    until = _date(course["stop"]) if course.get("stop") else CourseOutcomes.tr("today ({0}), still running").format(
        short_date(today))
    parts = [f"{course['medication']}{dose}", CourseOutcomes.tr("{0} to {1}").format(_date(course["start"]), until)]
    if course.get("duration_days") is not None:
        days = course["duration_days"]
        parts[-1] += " · " + counted(CourseOutcomes.tr("%n day(s)", "", days), days)
    if course.get("stop_reason"):
        parts.append(CourseOutcomes.tr("stopped: {0}").format(domain_text(stop_reason_words(course["stop_reason"]))))
    if course.get("recorded") is False:
        parts.append(CourseOutcomes.tr("started by its first administration"))
    return " · ".join(parts)


def _score(item: dict | None) -> str:
    return "—" if not item else f"{item['score']} ({_date(item['date'])})"


def _score_change(before: dict | None, after: dict | None) -> str:
    if not before or not after:
        return "—"
    change = after["score"] - before["score"]
    if change <= 0:
        return counted(CourseOutcomes.tr("%n point(s) fewer", "", -change), -change)
    return counted(CourseOutcomes.tr("%n point(s) more", "", change), change)


def _midas_needed(before: dict | None) -> str:
    if not before:
        return CourseOutcomes.tr("5 points fewer (baseline 11-20) or 30% fewer (over 20)")
    if before["score"] > 20:
        return CourseOutcomes.tr("30% fewer (baseline over 20)")
    if before["score"] >= 11:
        return CourseOutcomes.tr("5 points fewer (baseline 11-20)")
    return CourseOutcomes.tr("not used below 11")


def _score_note(check: dict, key: str, name: str) -> str:
    """Why a questionnaire criterion is unknown or does not apply (the analysis's note, in words)."""
    if not check.get(f"{key}_note") or check.get(f"{key}_criterion") is not None:
        return ""
    before, review = check.get(f"{key}_baseline"), check.get(f"{key}_review")
    if before is None:
        return CourseOutcomes.tr("no {0} within 90 days before the start").format(name)
    if review is None:
        return CourseOutcomes.tr("no {0} near the review date").format(name)
    return CourseOutcomes.tr("does not apply below 11")


def _score_row(check: dict, key: str, name: str, needed: str) -> dict:
    before, review = check.get(f"{key}_baseline"), check.get(f"{key}_review")
    return {"criterion": name, "before": _score(before), "review": _score(review),
            "change": _score_change(before, review), "needed": needed, "result": check.get(f"{key}_criterion"),
            "note": _score_note(check, key, name)}


def continuation_rows(check: dict | None) -> list[dict]:
    """The three criteria, each with the numbers it rests on and met / not met / pending / unknown."""
    if not check:
        return []
    pending = check.get("adequate_trial") is None
    reduction = check.get("headache_days_reduction_percent")
    if reduction is None:
        change = "—"
    elif reduction >= 0:
        change = CourseOutcomes.tr("{0} fewer").format(percent(reduction))
    else:
        change = CourseOutcomes.tr("{0} more").format(percent(-reduction))
    return [
        {"criterion": CourseOutcomes.tr("Headache days per 28 days"),
         "before": one_decimal(check.get("baseline_headache_days_per_28")),
         "review": one_decimal(check.get("period_headache_days_per_28")),
         "change": change,
         "needed": CourseOutcomes.tr("at least {0}% fewer").format(check.get("headache_days_threshold_percent", 50)),
         "result": check.get("headache_days_criterion"), "pending": pending},
        {**_score_row(check, "midas", "MIDAS", _midas_needed(check.get("midas_baseline"))), "pending": pending},
        {**_score_row(check, "hit6", "HIT-6", CourseOutcomes.tr("5 points fewer")), "pending": pending},
    ]


def continuation_columns() -> list[Column]:
    return [
        Column(CourseOutcomes.tr("Criterion"), lambda r: r["criterion"]),
        Column(CourseOutcomes.tr("Before the course"), lambda r: r["before"], True),
        Column(CourseOutcomes.tr("At review"), lambda r: r["review"], True),
        Column(CourseOutcomes.tr("Change"), lambda r: r["change"], True),
        Column(CourseOutcomes.tr("Needed"), lambda r: r["needed"]),
        Column(CourseOutcomes.tr("Result"), lambda r: domain_text(met_words(r["result"], r.get("pending", False)))
               + (f" ({r['note']})" if r.get("note") else ""),
               background=lambda r: responder_yes() if r["result"] else None),
    ]


def continuation_summary(check: dict | None) -> str:
    """When the check is made, on which period, and whether any criterion is met."""
    if not check:
        return CourseOutcomes.tr("No continuation check for this course.")
    months, review = check.get("trial_months"), check.get("review_date")
    review = _date(review) if review else "—"
    trial = CourseOutcomes.tr("a {0}-month trial").format(months) if months else CourseOutcomes.tr("an adequate trial")
    if check.get("adequate_trial") is None:
        return CourseOutcomes.tr("Pending: the review is due on {0}, after {1}.").format(review, trial)
    if check.get("adequate_trial") is False:
        return CourseOutcomes.tr("Stopped on {0}, before {1} was complete: no check.").format(review, trial)
    period = period_name(check.get("period_label")) if check.get("period_label") else None
    used = (f"{period} ({_date(check['period_start'])} – {_date(check['period_end'])})"
            if period and check.get("period_start") else period or CourseOutcomes.tr("no complete 12-week period"))
    any_met = check.get("any_met")
    if any_met is None:
        verdict = CourseOutcomes.tr("not known: numbers are missing")
    else:
        verdict = CourseOutcomes.tr("at least one criterion met") if any_met else CourseOutcomes.tr("no criterion met")
    return CourseOutcomes.tr("Review on {0}, after {1}, using {2}: {3}.").format(review, trial, used, verdict)
