"""The report's preventive treatment sections: the history of every course, each course against
its pre-treatment baseline, the continuation check, and the cycle view of single infusions.

Pure string building from the summary's `courses` and `infusions` (see docs/definitions.md,
"Preventive courses"); every code the summary holds is put in words here, in the interface's
language (context "ReportTreatments"; docs/translating.md).
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QObject

from diary_app.domain.analysis.courses import (
    BASELINE_QUESTIONNAIRE_DAYS, CHRONIC_HEADACHE_DAYS, HIT6_POINTS, MIDAS_PERCENT, MIDAS_POINTS, MIDAS_POINTS_BAND,
    REVIEW_QUESTIONNAIRE_DAYS,
)
from diary_app.domain.models import SETTING_LABELS
from diary_app.domain.wording import PENDING, is_pending, met_words, period_words, status_words, stop_reason_words
from diary_app.i18n import domain_text
from diary_app.exporters.report.blocks import (
    Block, Table, Text, body_rows, breakable, cell, footnote, group_row, heading, note_row, percentages,
)
from diary_app.exporters.report.content import ReportContent, shorten
from diary_app.exporters.report.wording import (
    DASH, amount_text, counted, date_text, not_enough_data, number_text, percent_text, rate_text, short_span_text,
    weeks_text, yes_no,
)

MAX_LISTED_ADMINISTRATIONS = 4  # dates named in a course's title; more are counted
MAX_PERIODS = 8  # the latest 12-week periods of a course shown (two years); a note counts the earlier ones
NOTE_CHARS = 80  # a course's note is shortened to this in the history
TWO = ' rowspan="2"'


class ReportTreatments(QObject):
    """The translation context of this module's words (never instantiated)."""


def aid() -> str:
    return ReportTreatments.tr("An aid for the doctor's decision, not the decision ({0}).").format(
        ReportTreatments.tr("American Headache Society consensus 2018, updated 2021"))


def _label(label: str) -> str:
    """"weeks 13-24" as "Weeks 13–24"."""
    return period_words(label, domain_text)


def _lower(label: str) -> str:
    """"weeks 13-24" as "weeks 13–24" inside a sentence."""
    match = re.match(r"^weeks (\d+)-(\d+)$", label)
    if match:
        return ReportTreatments.tr("weeks {0}–{1}").format(match[1], match[2])
    return ReportTreatments.tr("baseline") if label == "baseline" else label.replace("-", "–")


def _percent_head(number: int) -> str:
    """"30%" as a column header."""
    return ReportTreatments.tr("{0}%").format(number)


def _change_words(percent: float) -> str:
    """A reduction in words: "62.50% fewer migraine days per 28", "11.43% more ...", "no change in ..."."""
    if percent == 0:
        return ReportTreatments.tr("no change in migraine days per 28")
    template = (ReportTreatments.tr("{0}% fewer migraine days per 28") if percent > 0
                else ReportTreatments.tr("{0}% more migraine days per 28"))
    return template.format(number_text(abs(percent), 2))


def _change_headache(percent: float) -> str:
    """The change of headache days: "50.00% fewer", "11.43% more", "no change"."""
    if percent == 0:
        return ReportTreatments.tr("no change")
    template = ReportTreatments.tr("{0}% fewer") if percent > 0 else ReportTreatments.tr("{0}% more")
    return template.format(number_text(abs(percent), 2))


def _muted(text: str) -> str:
    return f'<span class="muted">{text}</span>' if text else ""


# -- history ----------------------------------------------------------------------------------
def outcome_words(course: dict) -> str:
    """The course against its baseline, from its last complete period: "62.50% fewer migraine days
    per 28 (weeks 13–24)"; "pending" while no period is complete; "not enough data" otherwise."""
    periods = course.get("periods", [])
    complete = [p for p in periods if p["status"] == "complete"]
    pending = domain_text(PENDING)
    if complete:
        last = complete[-1]
        if last.get("percent_reduction") is not None:
            return f"{_change_words(last['percent_reduction'])} ({_lower(last['label'])})"
        if course["baseline"].get("migraine_days_per_28") == 0:
            return (ReportTreatments.tr("no comparison") + " "
                    + _muted(ReportTreatments.tr("(no migraine day in the baseline)")))
        return not_enough_data() + " " + _muted(ReportTreatments.tr("(baseline)"))
    if periods and periods[-1]["status"] == "in_progress":
        return pending + " " + _muted(ReportTreatments.tr("({0} in progress)").format(_lower(periods[-1]["label"])))
    if not periods:
        return pending if course.get("stop") is None else _muted(
            ReportTreatments.tr("stopped before a 12-week period began"))
    return not_enough_data()


def _administrations(course: dict) -> str:
    count = len(course.get("administrations", []))
    return "<br>" + _muted(counted(ReportTreatments.tr("%n administration(s)", "", count), count)) if count else ""


def _stop_words(course: dict) -> str:
    """Why the course stopped, in words, with its note; "running" while it runs."""
    given = course.get("administrations") or []
    if course.get("stop") is None:
        reason = _muted(ReportTreatments.tr("running"))
    elif course.get("stop_reason"):
        reason = escape(domain_text(stop_reason_words(course["stop_reason"])))
    elif not course.get("recorded") and given:
        reason = _muted(ReportTreatments.tr("lapsed: no dose after {0}").format(date_text(given[-1])))
    else:
        reason = _muted(ReportTreatments.tr("not recorded"))
    if course.get("note"):
        reason += f"<br>{_muted(escape(shorten(course['note'], NOTE_CHARS)))}"
    return reason


def history_row(course: dict) -> list[tuple[str, str]]:
    stop = course.get("stop")
    duration = weeks_text(course["duration_days"])
    return [(breakable(escape(course["medication"])) + _administrations(course), ""),
            (escape(_preventive_class(course)), ""),
            (date_text(course["start"]) + " –<br>" + (date_text(stop) if stop else ReportTreatments.tr("ongoing")), ""),
            (duration if stop else ReportTreatments.tr("{0} so far").format(duration), ""),
            (escape(course.get("dose") or "") or DASH, ""), (_stop_words(course), ""), (outcome_words(course), "")]


def _preventive_class(course: dict) -> str:
    """The course's preventive class in words ("antiepileptic"); "" when it has none."""
    found = course.get("preventive_class") or ""
    return domain_text(found) if found else ""


def history_blocks(content: ReportContent) -> list[Block]:
    """Every preventive course of the diary, and the classes stopped as not effective or not tolerated."""
    title = heading(ReportTreatments.tr("Preventive treatment history"))
    if not content.history:
        return [title, Text("<p class='muted'>{0}</p>".format(
            ReportTreatments.tr("No preventive treatment course in the diary.")))]
    headers = [(ReportTreatments.tr("Medication"), ""), (ReportTreatments.tr("Preventive class"), ""),
               (ReportTreatments.tr("Dates"), ""), (ReportTreatments.tr("Duration"), ""),
               (ReportTreatments.tr("Dose"), ""), (ReportTreatments.tr("Stop reason"), ""),
               (ReportTreatments.tr("Outcome against baseline"), "")]
    widths = percentages([16, 14, 14, 10, 11, 15, 20])
    head = "<tr>" + "".join(cell("th", text, klass, width) for (text, klass), width in zip(headers, widths)) + "</tr>"
    rows = [history_row(course) for course in content.history]
    stopped = content.stopped_classes
    listed = f" ({escape(', '.join(domain_text(name) for name in stopped))})" if stopped else ""
    count = ReportTreatments.tr("Preventive classes stopped as not effective or not tolerated: {0}").format(len(stopped))
    after = (f"<p style='margin-top: 4px'><b>{count}</b>{listed}</p>"
             + footnote(ReportTreatments.tr(
                 "Every course in the diary, also those before this period. Outcome: migraine days per 28 days in the "
                 "last complete 12-week period against the 28 days before the start. Not tolerated: stopped for side "
                 "effects.")))
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
    parts = [f"<b>{escape(course['medication'])}</b>", escape(_preventive_class(course))]
    if course.get("dose"):
        parts.append(escape(course["dose"]))
    parts.append(date_text(course["start"]) + " – " + (date_text(stop) if stop else ReportTreatments.tr("ongoing")))
    given = course.get("administrations", [])
    if given:
        named = ", ".join(date_text(day) for day in given[:MAX_LISTED_ADMINISTRATIONS])
        if len(given) > MAX_LISTED_ADMINISTRATIONS:
            named = ReportTreatments.tr("{0} and {1} more").format(named, len(given) - MAX_LISTED_ADMINISTRATIONS)
        parts.append(ReportTreatments.tr("given {0}").format(named))
    return " · ".join(part for part in parts if part)


def _window_cells(window: dict) -> list[tuple[str, str]]:
    status = domain_text(status_words(window["status"]))
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
    labels = _lower(earlier[0]["label"])
    if len(earlier) > 1:
        labels = ReportTreatments.tr("{0} to {1}").format(labels, _lower(earlier[-1]["label"]))
    count = len(earlier)
    return _muted(counted(ReportTreatments.tr(
        "%n earlier period(s) ({0}) not shown here; the diary's window and summary --json list every period.", "",
        count), count).format(labels))


def outcome_blocks(content: ReportContent) -> list[Block]:
    """Each course running in the period: its baseline and 12-week periods, with recorded days and status."""
    courses = content.summary.get("courses") or []
    if not courses:
        return []
    w = percentages([11, 18, 7, 9, 7, 7, 6, 8, 7, 8, 4, 4, 4])
    head = ("<tr>" + cell("th", ReportTreatments.tr("Period"), "", w[0], TWO)
            + cell("th", ReportTreatments.tr("Dates"), "", w[1], TWO)
            + cell("th", ReportTreatments.tr("Days recorded"), "num", w[2], TWO)
            + cell("th", ReportTreatments.tr("Status"), "", w[3], TWO)
            + cell("th", ReportTreatments.tr("Days per 28 days"), "", None, ' colspan="4" align="center"')
            + cell("th", ReportTreatments.tr("Mean peak severity (0–10)"), "num", w[8], TWO)
            + cell("th", ReportTreatments.tr("Reduction"), "num", w[9], TWO)
            + cell("th", ReportTreatments.tr("Responder"), "", None, ' colspan="3" align="center"') + "</tr><tr>"
            + "".join(cell("th", text, "num", width) for text, width in zip(
                (ReportTreatments.tr("Migraine"), ReportTreatments.tr("Headache"), ReportTreatments.tr("Acute med."),
                 ReportTreatments.tr("Migraine-specific acute")), w[4:8]))
            + "".join(cell("th", _percent_head(n), "mid", width) for n, width in zip((30, 50, 75), w[10:]))
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
    note = ReportTreatments.tr(
        "The courses running in this period, each against the 28 days before its start. Periods of 12 weeks from "
        "the day after the first administration (the start for a daily treatment), the last one up to the stop "
        "date or today. Rates: days × 28 / recorded days, given when at least half of the days are recorded. "
        "Migraine-specific acute: triptan, ergot, gepant or ditan. Reduction: of migraine days (negative: more). "
        "Responder: a reduction of at least 30, 50 or 75%; 30% is the threshold guidelines use for chronic "
        "migraine, 50% for episodic migraine. Responder flags are given only for complete periods.")
    return [heading(ReportTreatments.tr("Preventive courses against the pre-treatment baseline")),
            Table(head, tuple(rows), footnote(note), frozenset(sticky), dense=True)]


# -- continuation check -----------------------------------------------------------------------
CHECK_COLUMNS = 5


def _score(item: dict | None, missing: str) -> str:
    if not item:
        return _muted(missing)
    return ReportTreatments.tr("{0} on {1}").format(item["score"], date_text(item["date"]))


def _midas_needed(baseline: dict | None) -> str:
    low, high = MIDAS_POINTS_BAND
    if baseline is None:
        return ReportTreatments.tr("down {0} points or more (baseline {1}–{2}), {3}% or more (over {2})").format(
            MIDAS_POINTS, low, high, MIDAS_PERCENT)
    if baseline["score"] < low:
        return ReportTreatments.tr("does not apply: baseline under {0}").format(low)
    if baseline["score"] <= high:
        return ReportTreatments.tr("down {0} points or more (baseline {1}–{2})").format(MIDAS_POINTS, low, high)
    return ReportTreatments.tr("down {0}% or more (baseline over {1})").format(MIDAS_PERCENT, high)


def _verdict(value: bool | None, status: str | None) -> str:
    """yes / no on a complete window, "pending" (muted) while it runs, a dash otherwise; a narrow
    column's word ("offen" in German, where "ausstehend" would not fit)."""
    return _muted(ReportTreatments.tr("pending")) if value is None and is_pending(status) else yes_no(value)


def _result(value: bool | None, applies: bool = True) -> str:
    if not applies:
        return _muted(ReportTreatments.tr("does not apply"))
    words = domain_text(met_words(value))
    return f"<b>{words}</b>" if value else (words if value is False else _muted(words))


def _trial(check: dict) -> str:
    months = check.get("trial_months", 3)
    return ReportTreatments.tr("{0}-month trial").format(months)


def no_check_words(course: dict) -> tuple[str, str]:
    """Why a course has no check yet: its trial is still running, or it was stopped before it was adequate."""
    check = course.get("continuation") or {}
    if check.get("adequate_trial") is None:
        return (ReportTreatments.tr("pending: the {0} ends on {1}").format(_trial(check), date_text(check["trial_end"])),
                ReportTreatments.tr("No check before an adequate trial has ended."))
    return (ReportTreatments.tr("stopped on {0}, before an adequate {1} (it would have ended on {2})").format(
                date_text(check["review_date"]), _trial(check), date_text(check["trial_end"])),
            ReportTreatments.tr("No check: the trial was not adequate."))


def check_rows(course: dict) -> list[str]:
    """One course's continuation check: a title row and a row per criterion, or why there is none."""
    check = course.get("continuation") or {}
    name = f"<b>{escape(course['medication'])}</b>"
    if not check.get("adequate_trial"):
        title, why = no_check_words(course)
        return [group_row(f"{name} · {title}", CHECK_COLUMNS), note_row(_muted(why), CHECK_COLUMNS)]
    stop = course.get("stop")
    review = (ReportTreatments.tr("review on {0} (the course's end)") if stop
              else ReportTreatments.tr("review on {0} (today)")).format(date_text(check["review_date"]))
    used = (ReportTreatments.tr("period used: {0}, {1}").format(
                _lower(check["period_label"]), short_span_text(check["period_start"], check["period_end"]))
            if check.get("period_label") else ReportTreatments.tr("no complete 12-week period to use"))
    title = group_row(f"{name} · {_trial(check)} · {review} · {used}", CHECK_COLUMNS)
    threshold = check.get("headache_days_threshold_percent", 50)
    reduction = check.get("headache_days_reduction_percent")
    base_rate, rate = check.get("baseline_headache_days_per_28"), check.get("period_headache_days_per_28")
    no_rate = _muted(ReportTreatments.tr("no rate"))
    at_review = no_rate if rate is None else rate_text(rate) + (
        f" {_muted('(' + _change_headache(reduction) + ')')}" if reduction is not None else "")
    needed = (ReportTreatments.tr("down {0}% or more (baseline of {1} or more: chronic)").format(
        threshold, CHRONIC_HEADACHE_DAYS) if threshold == 30
        else ReportTreatments.tr("down {0}% or more").format(threshold))
    midas_base, midas_review = check.get("midas_baseline"), check.get("midas_review")
    midas_applies = not (midas_base and midas_review and midas_base["score"] < MIDAS_POINTS_BAND[0])
    before = ReportTreatments.tr("none within {0} days before the start").format(BASELINE_QUESTIONNAIRE_DAYS)
    after = ReportTreatments.tr("none within {0} days of the review").format(REVIEW_QUESTIONNAIRE_DAYS)
    rows = [
        [(ReportTreatments.tr("Headache days per 28 days"), ""),
         (no_rate if base_rate is None else rate_text(base_rate), ""),
         (at_review, ""), (needed, ""), (_result(check.get("headache_days_criterion")), "")],
        [("MIDAS", ""), (_score(midas_base, before), ""), (_score(midas_review, after), ""),
         (_midas_needed(midas_base), ""), (_result(check.get("midas_criterion"), midas_applies), "")],
        [("HIT-6", ""), (_score(check.get("hit6_baseline"), before), ""),
         (_score(check.get("hit6_review"), after), ""),
         (ReportTreatments.tr("down {0} points or more").format(HIT6_POINTS), ""),
         (_result(check.get("hit6_criterion")), "")],
        [("<b>{0}</b>".format(ReportTreatments.tr("Any criterion met")), ""), ("", ""), ("", ""), ("", ""),
         (_result(check.get("any_met")), "")],
    ]
    return [title, *body_rows(rows)]


def continuation_blocks(content: ReportContent) -> list[Block]:
    """The evidence of benefit the AHS consensus asks for before continuing, per course of the period."""
    courses = content.summary.get("courses") or []
    if not courses:
        return []
    title = ReportTreatments.tr("Continuation check")
    if not any((course.get("continuation") or {}).get("adequate_trial") for course in courses):
        lines = "".join(f"<p><b>{escape(course['medication'])}</b>: {no_check_words(course)[0]}.</p>" for course in courses)
        return [heading(title), Text(f"<p>{aid()}</p>{lines}" + footnote(ReportTreatments.tr(
            "The check is made after an adequate trial: 3 months for daily and monthly treatments, 6 months for "
            "quarterly ones (eptinezumab, onabotulinumtoxinA).")))]
    widths = percentages([19, 19, 22, 26, 14])
    headers = (ReportTreatments.tr("Criterion"), ReportTreatments.tr("Before treatment"),
               ReportTreatments.tr("At review"), ReportTreatments.tr("Needed"), ReportTreatments.tr("Result"))
    head = "<tr>" + "".join(cell("th", text, "", width) for text, width in zip(headers, widths)) + "</tr>"
    rows: list[str] = []
    sticky: set[int] = set()
    for course in courses:
        found = check_rows(course)
        sticky.update(range(len(rows), len(rows) + len(found) - 1))  # one course's check is never split
        rows.extend(found)
    note = ReportTreatments.tr(
        "Adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones "
        "(eptinezumab, onabotulinumtoxinA). Headache days: the last complete 12-week period at or before the "
        "review date against the 28 days before the start. MIDAS and HIT-6: the latest taken in the "
        "{0} days before the start, and the one nearest the review date within {1} days of it. Unknown: the "
        "numbers it needs are missing.").format(BASELINE_QUESTIONNAIRE_DAYS, REVIEW_QUESTIONNAIRE_DAYS)
    return [heading(title), Text(f"<p>{aid()}</p>", keep_with_next=True),
            Table(head, tuple(rows), footnote(note), frozenset(sticky))]


# -- infusion cycles ----------------------------------------------------------------------------
def cycles_title() -> str:
    return ReportTreatments.tr("Infusion cycles: each infusion against the 28 days before it")


def cycles_blocks(content: ReportContent) -> list[Block]:
    infusions = content.summary.get("infusions", [])
    if not infusions:
        return [heading(cycles_title()),
                Text("<p class='muted'>{0}</p>".format(ReportTreatments.tr("No infusion started in this period.")))]
    w = percentages([11, 17, 7, 8, 6, 6, 6, 6, 8, 9, 4, 4, 4, 9])
    weeks = (ReportTreatments.tr("Baseline"), ReportTreatments.tr("Wk<br>1–4"), ReportTreatments.tr("Wk<br>5–8"),
             ReportTreatments.tr("Wk<br>9–12"), ReportTreatments.tr("Mean"))
    head = ("<tr>" + cell("th", ReportTreatments.tr("Date"), "", w[0], TWO)
            + cell("th", ReportTreatments.tr("Drug"), "", w[1], TWO)
            + cell("th", ReportTreatments.tr("Dose"), "num", w[2], TWO)
            + cell("th", ReportTreatments.tr("Migraine days per 28 days"), "", None, ' colspan="5" align="center"')
            + cell("th", ReportTreatments.tr("Reduction"), "num", w[8], TWO)
            + cell("th", ReportTreatments.tr("Status"), "", w[9], TWO)
            + cell("th", ReportTreatments.tr("Responder"), "", None, ' colspan="3" align="center"')
            + cell("th", ReportTreatments.tr("Reactions noted"), "", w[13], TWO) + "</tr><tr>"
            + "".join(cell("th", text, "num", width) for text, width in zip(weeks, w[3:8]))
            + "".join(cell("th", _percent_head(n), "mid", width) for n, width in zip((30, 50, 75), w[10:13]))
            + "</tr>")
    note = ReportTreatments.tr(
        "A cycle view: for a second infusion the 28 days before it are already on treatment (the course table "
        "compares with the pre-treatment baseline). Weeks after its last day; reduction: (baseline − mean) / "
        "baseline; responder flags only for complete cycles. A dash: no rate, or not measured (acute treatment).")
    return [heading(cycles_title()),
            Table(head, body_rows([cycle_row(item) for item in infusions]), footnote(note), dense=True)]


def cycle_row(item: dict) -> list[tuple[str, str]]:
    days = item.get("days", 1)
    setting = item.get("setting", "")
    drug = breakable(escape(item["medication"]))
    details = [escape(domain_text(SETTING_LABELS.get(setting, setting)))] if setting else []
    if item["kind"] != "preventive":
        details.append(escape(ReportTreatments.tr("acute") if item["kind"] == "acute" else item["kind"]))
    if details:
        drug += "<br>" + _muted(", ".join(details))
    dose = DASH if item.get("dose_mg") is None else ReportTreatments.tr("{0} mg").format(amount_text(item["dose_mg"]))
    if days > 1:
        dose += "<br>" + _muted(counted(ReportTreatments.tr("× %n day(s)", "", days), days))
    followups = (list(item.get("followup_mmd") or []) + [None] * 3)[:3]
    status = item.get("followup_status")
    return [
        (short_span_text(item["start"], item["last_day"]), ""), (drug, ""), (dose, "num"),
        (rate_text(item.get("baseline_mmd")), "num"),
        *((rate_text(value), "num") for value in followups),
        (rate_text(item.get("mean_followup_mmd")), "num"),
        (percent_text(item.get("percent_reduction")), "num"),
        (_muted(ReportTreatments.tr("not measured")) if item["kind"] != "preventive"
         else domain_text(status_words(status)) if status else DASH, ""),
        *((_verdict(item.get(f"responder_{n}"), status), "mid") for n in (30, 50, 75)),
        (escape(item.get("reactions") or "") or _muted(ReportTreatments.tr("none")), ""),
    ]
