"""The report's preventive treatment sections: the history of every course, each course against
its pre-treatment baseline, the continuation check, and the cycle view of single infusions.

Pure string building from the summary's `courses` and `infusions` (see docs/definitions.md,
"Preventive courses"); every code the summary holds is put in words here.
"""

from __future__ import annotations

from html import escape

from diary_app.domain.analysis.courses import (
    BASELINE_QUESTIONNAIRE_DAYS, CHRONIC_HEADACHE_DAYS, HIT6_POINTS, MIDAS_PERCENT, MIDAS_POINTS, MIDAS_POINTS_BAND,
    REVIEW_QUESTIONNAIRE_DAYS,
)
from diary_app.domain.models import SETTING_LABELS
from diary_app.domain.wording import PENDING, is_pending, met_words, status_words, stop_reason_words
from diary_app.exporters.report.blocks import (
    Block, Table, Text, body_rows, breakable, cell, footnote, group_row, heading, note_row, percentages,
)
from diary_app.exporters.report.content import ReportContent, shorten
from diary_app.exporters.report.wording import (
    DASH, NOT_ENOUGH_DATA, date_text, percent_text, plural, rate_text, short_span_text, weeks_text, yes_no,
)

AHS = "American Headache Society consensus 2018, updated 2021"
AID = f"An aid for the doctor's decision, not the decision ({AHS})."
MAX_LISTED_ADMINISTRATIONS = 4  # dates named in a course's title; more are counted
MAX_PERIODS = 8  # the latest 12-week periods of a course shown (two years); a note counts the earlier ones
NOTE_CHARS = 80  # a course's note is shortened to this in the history
TWO = ' rowspan="2"'


def _label(label: str) -> str:
    """"weeks 13-24" as "Weeks 13–24"."""
    text = label.replace("-", "–")
    return text[:1].upper() + text[1:]


def _change_words(percent: float) -> str:
    """A reduction in words: "62.50% fewer", "11.43% more", "no change"."""
    if percent == 0:
        return "no change in"
    return f"{abs(percent):.2f}% {'fewer' if percent > 0 else 'more'}"


def _muted(text: str) -> str:
    return f'<span class="muted">{text}</span>' if text else ""


# -- history ----------------------------------------------------------------------------------
def outcome_words(course: dict) -> str:
    """The course against its baseline, from its last complete period: "62.50% fewer migraine days
    per 28 (weeks 13–24)"; "pending" while no period is complete; "not enough data" otherwise."""
    periods = course.get("periods", [])
    complete = [p for p in periods if p["status"] == "complete"]
    if complete:
        last = complete[-1]
        if last.get("percent_reduction") is not None:
            return f"{_change_words(last['percent_reduction'])} migraine days per 28 ({_label(last['label']).lower()})"
        if course["baseline"].get("migraine_days_per_28") == 0:
            return "no comparison" + _muted(" (no migraine day in the baseline)")
        return NOT_ENOUGH_DATA + _muted(" (baseline)")
    if periods and periods[-1]["status"] == "in_progress":
        return "pending" + _muted(f" ({_label(periods[-1]['label']).lower()} in progress)")
    if not periods:
        return "pending" if course.get("stop") is None else _muted("stopped before a 12-week period began")
    return NOT_ENOUGH_DATA


def _administrations(course: dict) -> str:
    count = len(course.get("administrations", []))
    return f"<br>{_muted(plural(count, 'administration'))}" if count else ""


def _stop_words(course: dict) -> str:
    """Why the course stopped, in words, with its note; "running" while it runs."""
    given = course.get("administrations") or []
    if course.get("stop") is None:
        reason = _muted("running")
    elif course.get("stop_reason"):
        reason = escape(stop_reason_words(course["stop_reason"]))
    elif not course.get("recorded") and given:
        reason = _muted(f"lapsed: no dose after {date_text(given[-1])}")
    else:
        reason = _muted("not recorded")
    if course.get("note"):
        reason += f"<br>{_muted(escape(shorten(course['note'], NOTE_CHARS)))}"
    return reason


def history_row(course: dict) -> list[tuple[str, str]]:
    stop = course.get("stop")
    return [(breakable(escape(course["medication"])) + _administrations(course), ""),
            (escape(course.get("preventive_class") or ""), ""),
            (f"{date_text(course['start'])} –<br>{date_text(stop) if stop else 'ongoing'}", ""),
            (weeks_text(course["duration_days"]) + ("" if stop else " so far"), ""),
            (escape(course.get("dose") or "") or DASH, ""), (_stop_words(course), ""), (outcome_words(course), "")]


def history_blocks(content: ReportContent) -> list[Block]:
    """Every preventive course of the diary, and the classes stopped as not effective or not tolerated."""
    title = heading("Preventive treatment history")
    if not content.history:
        return [title, Text("<p class='muted'>No preventive treatment course in the diary.</p>")]
    headers = [("Medication", ""), ("Preventive class", ""), ("Dates", ""), ("Duration", ""), ("Dose", ""),
               ("Stop reason", ""), ("Outcome against baseline", "")]
    widths = percentages([16, 14, 14, 10, 11, 15, 20])
    head = "<tr>" + "".join(cell("th", text, klass, width) for (text, klass), width in zip(headers, widths)) + "</tr>"
    rows = [history_row(course) for course in content.history]
    stopped = content.stopped_classes
    listed = f" ({escape(', '.join(stopped))})" if stopped else ""
    count = f"Preventive classes stopped as not effective or not tolerated: {len(stopped)}"
    after = (f"<p style='margin-top: 4px'><b>{count}</b>{listed}</p>"
             + footnote("Every course in the diary, also those before this period. Outcome: migraine days per 28 "
                        "days in the last complete 12-week period against the 28 days before the start. Not "
                        "tolerated: stopped for side effects."))
    return [title, Table(head, body_rows(rows), after)]


# -- courses against the pre-treatment baseline -------------------------------------------------
OUTCOME_COLUMNS = 13


def dates_cell(first: str, last: str) -> str:
    """"4 Jul – 25 Sep 2026" on one line; across a year end, one date a line."""
    if first[:4] == last[:4]:
        return short_span_text(first, last)
    return f"{date_text(first)} –<br>{date_text(last)}"


def _course_title(course: dict) -> str:
    stop = course.get("stop")
    parts = [f"<b>{escape(course['medication'])}</b>", escape(course.get("preventive_class") or "")]
    if course.get("dose"):
        parts.append(escape(course["dose"]))
    parts.append(f"{date_text(course['start'])} – {date_text(stop) if stop else 'ongoing'}")
    given = course.get("administrations", [])
    if given:
        named = ", ".join(date_text(day) for day in given[:MAX_LISTED_ADMINISTRATIONS])
        more = f" and {len(given) - MAX_LISTED_ADMINISTRATIONS} more" if len(given) > MAX_LISTED_ADMINISTRATIONS else ""
        parts.append(f"given {named}{more}")
    return " · ".join(part for part in parts if part)


def _window_cells(window: dict) -> list[tuple[str, str]]:
    status = status_words(window["status"])
    return [
        (_label(window["label"]), ""), (dates_cell(window["start"], window["end"]), ""),
        (f"{window['recorded_days']}/{window['days']}", "num"),
        (f'<span class="muted">{status}</span>' if window["status"] != "complete" else status, ""),
        (rate_text(window.get("migraine_days_per_28")), "num"), (rate_text(window.get("headache_days_per_28")), "num"),
        (rate_text(window.get("acute_medication_days_per_28")), "num"),
        (rate_text(window.get("migraine_specific_acute_days_per_28")), "num"),
        (rate_text(window.get("mean_peak_severity")), "num"),
    ]


def outcome_rows(course: dict) -> list[list[tuple[str, str]]]:
    """The baseline and the last MAX_PERIODS 12-week periods of one course, as table cells."""
    rows = [_window_cells(course["baseline"]) + [("", "num"), ("", "mid"), ("", "mid"), ("", "mid")]]
    for period in course.get("periods", [])[-MAX_PERIODS:]:
        rows.append(_window_cells(period) + [
            (percent_text(period.get("percent_reduction")), "num"),
            *((_verdict(period.get(f"responder_{n}"), period.get("status")), "mid") for n in (30, 50, 75)),
        ])
    return rows


def _earlier_periods(course: dict) -> str:
    """"12 earlier periods (weeks 1–12 to weeks 133–144) are not shown ..." for a long course, or ""."""
    earlier = course.get("periods", [])[:-MAX_PERIODS]
    if not earlier:
        return ""
    labels = _label(earlier[0]["label"]).lower()
    if len(earlier) > 1:
        labels += f" to {_label(earlier[-1]['label']).lower()}"
    return _muted(f"{plural(len(earlier), 'earlier period')} ({labels}) not shown here; the diary's window and "
                  "summary --json list every period.")


def outcome_blocks(content: ReportContent) -> list[Block]:
    """Each course running in the period: its baseline and 12-week periods, with recorded days and status."""
    courses = content.summary.get("courses") or []
    if not courses:
        return []
    w = percentages([11, 18, 7, 9, 7, 7, 6, 8, 7, 8, 4, 4, 4])
    head = ("<tr>" + cell("th", "Period", "", w[0], TWO) + cell("th", "Dates", "", w[1], TWO)
            + cell("th", "Days recorded", "num", w[2], TWO) + cell("th", "Status", "", w[3], TWO)
            + cell("th", "Days per 28 days", "", None, ' colspan="4" align="center"')
            + cell("th", "Mean peak severity (0–10)", "num", w[8], TWO) + cell("th", "Reduction", "num", w[9], TWO)
            + cell("th", "Responder", "", None, ' colspan="3" align="center"') + "</tr><tr>"
            + "".join(cell("th", text, "num", width) for text, width in zip(
                ("Migraine", "Headache", "Acute med.", "Migraine-specific acute"), w[4:8]))
            + "".join(cell("th", text, "mid", width) for text, width in zip(("30%", "50%", "75%"), w[10:]))
            + "</tr>")
    rows: list[str] = []
    sticky: set[int] = set()
    for course in courses:
        cells = body_rows(outcome_rows(course))
        earlier = _earlier_periods(course)
        if earlier:
            cells = (cells[0], note_row(earlier, OUTCOME_COLUMNS), *cells[1:])
        sticky.update(range(len(rows), len(rows) + min(len(cells), 3 if earlier else 2)))  # title, baseline: with a period
        rows.append(group_row(_course_title(course), OUTCOME_COLUMNS))
        rows.extend(cells)
    note = ("The courses running in this period, each against the 28 days before its start. Periods of 12 weeks from "
            "the day after the first administration (the start for a daily treatment), the last one up to the stop "
            "date or today. Rates: days × 28 / recorded days, given when at least half of the days are recorded. "
            "Migraine-specific acute: triptan, ergot, gepant or ditan. Reduction: of migraine days (negative: more). "
            "Responder: a reduction of at least 30, 50 or 75%; 30% is the threshold guidelines use for chronic "
            "migraine, 50% for episodic migraine. Responder flags are given only for complete periods.")
    return [heading("Preventive courses against the pre-treatment baseline"),
            Table(head, tuple(rows), footnote(note), frozenset(sticky), dense=True)]


# -- continuation check -----------------------------------------------------------------------
CHECK_COLUMNS = 5


def _score(item: dict | None, missing: str) -> str:
    return f"{item['score']} on {date_text(item['date'])}" if item else _muted(missing)


def _midas_needed(baseline: dict | None) -> str:
    low, high = MIDAS_POINTS_BAND
    if baseline is None:
        return f"down {MIDAS_POINTS} points or more (baseline {low}–{high}), {MIDAS_PERCENT}% or more (over {high})"
    if baseline["score"] < low:
        return f"does not apply: baseline under {low}"
    if baseline["score"] <= high:
        return f"down {MIDAS_POINTS} points or more (baseline {low}–{high})"
    return f"down {MIDAS_PERCENT}% or more (baseline over {high})"


def _verdict(value: bool | None, status: str | None) -> str:
    """yes / no on a complete window, "pending" (muted) while it runs, a dash otherwise."""
    return _muted(PENDING) if value is None and is_pending(status) else yes_no(value)


def _result(value: bool | None, applies: bool = True) -> str:
    if not applies:
        return _muted("does not apply")
    words = met_words(value)
    return f"<b>{words}</b>" if value else (words if value is False else _muted(words))


def no_check_words(course: dict) -> tuple[str, str]:
    """Why a course has no check yet: its trial is still running, or it was stopped before it was adequate."""
    check = course.get("continuation") or {}
    trial = f"{check.get('trial_months', 3)}-month trial"
    if check.get("adequate_trial") is None:
        return (f"pending: the {trial} ends on {date_text(check['trial_end'])}",
                "No check before an adequate trial has ended.")
    return (f"stopped on {date_text(check['review_date'])}, before an adequate {trial} (it would have ended on "
            f"{date_text(check['trial_end'])})", "No check: the trial was not adequate.")


def check_rows(course: dict) -> list[str]:
    """One course's continuation check: a title row and a row per criterion, or why there is none."""
    check = course.get("continuation") or {}
    name = f"<b>{escape(course['medication'])}</b>"
    trial = f"{check.get('trial_months', 3)}-month trial"
    if not check.get("adequate_trial"):
        title, why = no_check_words(course)
        return [group_row(f"{name} · {title}", CHECK_COLUMNS), note_row(_muted(why), CHECK_COLUMNS)]
    stop = course.get("stop")
    review = f"review on {date_text(check['review_date'])}" + (" (the course's end)" if stop else " (today)")
    used = (f"period used: {_label(check['period_label']).lower()}, "
            f"{short_span_text(check['period_start'], check['period_end'])}" if check.get("period_label")
            else "no complete 12-week period to use")
    title = group_row(f"{name} · {trial} · {review} · {used}", CHECK_COLUMNS)
    threshold = check.get("headache_days_threshold_percent", 50)
    reduction = check.get("headache_days_reduction_percent")
    base_rate, rate = check.get("baseline_headache_days_per_28"), check.get("period_headache_days_per_28")
    at_review = _muted("no rate") if rate is None else rate_text(rate) + (
        f" {_muted('(' + _change_words(reduction) + ')')}" if reduction is not None else "")
    chronic = f" (baseline of {CHRONIC_HEADACHE_DAYS} or more: chronic)" if threshold == 30 else ""
    midas_base, midas_review = check.get("midas_baseline"), check.get("midas_review")
    midas_applies = not (midas_base and midas_review and midas_base["score"] < MIDAS_POINTS_BAND[0])
    before = f"none within {BASELINE_QUESTIONNAIRE_DAYS} days before the start"
    after = f"none within {REVIEW_QUESTIONNAIRE_DAYS} days of the review"
    rows = [
        [("Headache days per 28 days", ""), (_muted("no rate") if base_rate is None else rate_text(base_rate), ""),
         (at_review, ""), (f"down {threshold}% or more{chronic}", ""),
         (_result(check.get("headache_days_criterion")), "")],
        [("MIDAS", ""), (_score(midas_base, before), ""), (_score(midas_review, after), ""),
         (_midas_needed(midas_base), ""), (_result(check.get("midas_criterion"), midas_applies), "")],
        [("HIT-6", ""), (_score(check.get("hit6_baseline"), before), ""),
         (_score(check.get("hit6_review"), after), ""), (f"down {HIT6_POINTS} points or more", ""),
         (_result(check.get("hit6_criterion")), "")],
        [("<b>Any criterion met</b>", ""), ("", ""), ("", ""), ("", ""),
         (_result(check.get("any_met")), "")],
    ]
    return [title, *body_rows(rows)]


def continuation_blocks(content: ReportContent) -> list[Block]:
    """The evidence of benefit the AHS consensus asks for before continuing, per course of the period."""
    courses = content.summary.get("courses") or []
    if not courses:
        return []
    if not any((course.get("continuation") or {}).get("adequate_trial") for course in courses):
        lines = "".join(f"<p><b>{escape(course['medication'])}</b>: {no_check_words(course)[0]}.</p>" for course in courses)
        return [heading("Continuation check"), Text(f"<p>{AID}</p>{lines}" + footnote(
            "The check is made after an adequate trial: 3 months for daily and monthly treatments, 6 months for "
            "quarterly ones (eptinezumab, onabotulinumtoxinA)."))]
    widths = percentages([19, 19, 22, 26, 14])
    head = "<tr>" + "".join(cell("th", text, "", width) for text, width in zip(
        ("Criterion", "Before treatment", "At review", "Needed", "Result"), widths)) + "</tr>"
    rows: list[str] = []
    sticky: set[int] = set()
    for course in courses:
        found = check_rows(course)
        sticky.update(range(len(rows), len(rows) + len(found) - 1))  # one course's check is never split
        rows.extend(found)
    note = ("Adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones "
            "(eptinezumab, onabotulinumtoxinA). Headache days: the last complete 12-week period at or before the "
            "review date against the 28 days before the start. MIDAS and HIT-6: the latest taken in the "
            f"{BASELINE_QUESTIONNAIRE_DAYS} days before the start, and the one nearest the review date within "
            f"{REVIEW_QUESTIONNAIRE_DAYS} days of it. Unknown: the numbers it needs are missing.")
    return [heading("Continuation check"), Text(f"<p>{AID}</p>", keep_with_next=True),
            Table(head, tuple(rows), footnote(note), frozenset(sticky))]


# -- infusion cycles ----------------------------------------------------------------------------
CYCLES_TITLE = "Infusion cycles: each infusion against the 28 days before it"


def cycles_blocks(content: ReportContent) -> list[Block]:
    infusions = content.summary.get("infusions", [])
    if not infusions:
        return [heading(CYCLES_TITLE), Text("<p class='muted'>No infusion started in this period.</p>")]
    w = percentages([11, 17, 7, 8, 6, 6, 6, 6, 8, 9, 4, 4, 4, 9])
    head = ("<tr>" + cell("th", "Date", "", w[0], TWO) + cell("th", "Drug", "", w[1], TWO)
            + cell("th", "Dose", "num", w[2], TWO)
            + cell("th", "Migraine days per 28 days", "", None, ' colspan="5" align="center"')
            + cell("th", "Reduction", "num", w[8], TWO) + cell("th", "Status", "", w[9], TWO)
            + cell("th", "Responder", "", None, ' colspan="3" align="center"')
            + cell("th", "Reactions noted", "", w[13], TWO) + "</tr><tr>"
            + "".join(cell("th", text, "num", width) for text, width in
                      zip(("Baseline", "Wk<br>1–4", "Wk<br>5–8", "Wk<br>9–12", "Mean"), w[3:8]))
            + "".join(cell("th", text, "mid", width) for text, width in zip(("30%", "50%", "75%"), w[10:13])) + "</tr>")
    note = ("A cycle view: for a second infusion the 28 days before it are already on treatment (the course table "
            "compares with the pre-treatment baseline). Weeks after its last day; reduction: (baseline − mean) / "
            "baseline; responder flags only for complete cycles. A dash: no rate, or not measured (acute treatment).")
    return [heading(CYCLES_TITLE),
            Table(head, body_rows([cycle_row(item) for item in infusions]), footnote(note), dense=True)]


def cycle_row(item: dict) -> list[tuple[str, str]]:
    days = item.get("days", 1)
    setting = item.get("setting", "")
    drug = breakable(escape(item["medication"]))
    details = [escape(SETTING_LABELS.get(setting, setting))] if setting else []
    if item["kind"] != "preventive":
        details.append(escape(item["kind"]))
    if details:
        drug += "<br>" + _muted(", ".join(details))
    dose = DASH if item.get("dose_mg") is None else f"{item['dose_mg']:g} mg"
    if days > 1:
        dose += f"<br>{_muted(f'× {days} days')}"
    followups = (list(item.get("followup_mmd") or []) + [None] * 3)[:3]
    status = item.get("followup_status")
    return [
        (short_span_text(item["start"], item["last_day"]), ""), (drug, ""), (dose, "num"),
        (rate_text(item.get("baseline_mmd")), "num"),
        *((rate_text(value), "num") for value in followups),
        (rate_text(item.get("mean_followup_mmd")), "num"),
        (percent_text(item.get("percent_reduction")), "num"),
        (_muted("not measured") if item["kind"] != "preventive" else status_words(status) if status else DASH, ""),
        *((_verdict(item.get(f"responder_{n}"), status), "mid") for n in (30, 50, 75)),
        (escape(item.get("reactions") or "") or _muted("none"), ""),
    ]
