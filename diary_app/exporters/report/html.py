"""The report's words and tables as Qt rich text (the HTML subset QTextDocument reads).

Pure string building from `ReportContent` into a list of blocks (text, splittable tables,
the chart) that `layout` places on pages. Every value from the diary is escaped; numbers
print as the summary holds them, rates and percentages with 2 decimals.
"""

from __future__ import annotations

from html import escape

from diary_app.domain.analysis.months import ICHD3_HEADACHE_DAYS, ICHD3_MIGRAINE_DAYS
from diary_app.domain.models import CLASS_LABELS, DRUG_CLASSES
from diary_app.domain.wording import overuse_reason_words
from diary_app.exporters.report.blocks import (
    SECTION_GAP_MM, Block, Chart, Table, Text, body_rows, cell, facts, footnote, head_row, heading, percentages,
)
from diary_app.exporters.report.content import MAX_NOTES, Glance, MonthsRate, ReportContent
from diary_app.exporters.report.treatments import continuation_blocks, cycles_blocks, history_blocks, outcome_blocks
from diary_app.exporters.report.wording import (
    DASH, NO_DAYS, NOT_ENOUGH_DATA, SHORT_CLASS, TITLE, class_key, coverage_text, date_text, month_text, period_text,
    plural, rate_text,
)

MAX_LISTED_OVERUSE = 3  # flagged months listed one by one, with their rules
MAX_LISTED_MONTHS = 12  # flagged months named when there are more


# -- sections ---------------------------------------------------------------------------------
def title_block(content: ReportContent) -> Text:
    rows = []
    if content.patient_name:
        rows.append(("Patient", f"<b>{escape(content.patient_name)}</b>"))
    if content.birth_date:
        born = date_text(content.birth_date) if content.age is not None else escape(content.birth_date)
        rows.append(("Date of birth", born + (f" (age {content.age})" if content.age is not None else "")))
    first, last = content.first_month, content.last_month
    months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    span = f"<span class='muted'>({plural(months, 'calendar month')})</span>"
    rows.append(("Period covered", f"{period_text(content)} {span}"))
    rows.append(("Diary coverage", coverage_text(content)))
    if content.earlier_history:
        rows.append(("Earlier history", _earlier_history(*content.earlier_history)))
    rows.append(("Generated", date_text(content.today)))
    return Text(f"<h1>{TITLE}</h1>" + facts(rows))


def glance_blocks(content: ReportContent) -> list[Block]:
    summary, info = content.summary, content.glance
    rows = [
        (_latest_key(info), _latest_value(info)),
        ("Migraine days per 28 days", _rates(info)),
        ("ICHD-3 chronic migraine", _ichd3(summary.get("ichd3_chronic_migraine"), content.diary_ichd3)),
        ("Medication overuse", _overuse_months(info)),
        ("Next infusion due", _next_infusions(summary.get("next_infusions", []))),
    ]
    wearing = [item for item in summary.get("wearing_off", []) if item.get("wearing_off") is not None]
    if wearing:
        rows.append(("Wearing-off check", _wearing_summary(wearing)))
    return [heading("At a glance"), Text(facts(rows))]


def _latest_key(info: Glance) -> str:
    month = info.latest_ended
    return f"Latest ended month<br>({month_text(month['month'])})" if month else "Latest ended month"


def _latest_value(info: Glance) -> str:
    month = info.latest_ended
    if month is None:
        return "none in this period yet"
    kind = month["classification"]
    shown = f'<span class="alert">{kind}</span>' if kind == "chronic" else f"<b>{kind}</b>"
    return (f"{shown}: {plural(month['migraine_days'], 'migraine day')}, {plural(month['headache_days'], 'headache day')}, "
            f"{month['recorded_days']} of {month['days_in_month']} days recorded")


def _month_span(names: tuple[str, ...]) -> str:
    """"Oct 2026", "Aug – Oct 2026" or "Nov 2025 – Jan 2026"."""
    first, last = month_text(names[0]), month_text(names[-1])
    if len(names) == 1:
        return first
    return f"{first[:3] if names[0][:4] == names[-1][:4] else first} – {last}"


def _rates(info: Glance) -> str:
    """The rate over the period's ended months and, when there are more, over the last 3 of
    them; each says how many days it rests on."""
    period, recent = info.period_rate, info.recent_rate
    if period is None:
        return "no ended month in this period yet"
    label = "ended month" if len(period.months) == 1 else "ended months"
    text = _rate(period, f"over the {label} {_month_span(period.months)}", "rests on ", " recorded")
    if recent is not None and len(period.months) > len(recent.months):
        text += "; " + _rate(recent, f"over the last {len(recent.months)}, {_month_span(recent.months)}")
    return text


def _rate(rate: MonthsRate, over: str, before: str = "", after: str = "") -> str:
    """One rate and its days: "7.08 over ... (87 of 92 days)"; "not enough data" under half."""
    if rate.enough:
        value, days = rate_text(rate.rate), f"{before}{rate.recorded_days} of {rate.days} days{after}"
    else:
        value, days = NOT_ENOUGH_DATA, f"only {rate.recorded_days} of {rate.days} days recorded, fewer than half"
    return f'<b>{value}</b> {over} <span class="muted">({days})</span>'


def _earlier_history(first: tuple[int, int], months: int) -> str:
    """Page 1 says what the period leaves out, and how to ask for it."""
    start = f"{first[0]:04d}-{first[1]:02d}"
    return (f"from {month_text(start)} ({plural(months, 'month')}) <b>not shown</b>; "
            f'<span class="muted">export with <i>--from {start}</i>, or choose the first month in '
            "File &gt; Export doctor report…, to include it</span>")


def _ichd3(in_period: bool | None, in_diary: bool | None) -> str:
    """The pattern as the whole diary has it: met within the period, met only before it, or not met."""
    rule = (f'<span class="muted">(3 consecutive months each with {ICHD3_HEADACHE_DAYS}+ headache days, '
            f"{ICHD3_MIGRAINE_DAYS}+ of them migraine days)</span>")
    if in_period:
        return f'<span class="alert">pattern met</span> {rule}'
    if in_diary:
        return f'<span class="alert">pattern met</span> in the whole diary, not within the months shown {rule}'
    where = "in the whole diary" if in_diary is False else "in this period"
    return f"<b>pattern not met</b> {where} {rule}"


def _overuse_months(info: Glance) -> str:
    """Each flagged month with its rules when there are few; otherwise the months and a count per rule."""
    flagged = info.overuse_months
    if not flagged:
        return "no month flagged"
    if len(flagged) <= MAX_LISTED_OVERUSE:
        return "<br>".join(
            f'<span class="alert">{month_text(m["month"])}</span> <span class="muted">({escape(_reasons(m))})</span>'
            for m in flagged)
    counts: dict[str, int] = {}
    for month in flagged:
        for reason in month.get("overuse_reasons", []):
            counts[reason] = counts.get(reason, 0) + 1
    names = ", ".join(month_text(m["month"]) for m in flagged[:MAX_LISTED_MONTHS])
    if len(flagged) > MAX_LISTED_MONTHS:
        names += f" and {len(flagged) - MAX_LISTED_MONTHS} more"
    rules = "; ".join(f"{overuse_reason_words(r)}: {plural(n, 'month')}" for r, n in counts.items())
    return (f'<span class="alert">{plural(len(flagged), "month")}</span> of {len(info.all_months)}: {names}'
            f'<br><span class="muted">{escape(rules)}</span>')


def _reasons(month: dict) -> str:
    return "; ".join(overuse_reason_words(r) for r in month.get("overuse_reasons", []))


def _next_infusions(items: list[dict]) -> str:
    if not items:
        return "no preventive infusion recorded"
    parts = []
    for item in items:
        days = item["days_until"]
        when = "today" if days == 0 else f"in {plural(days, 'day')}" if days > 0 else f"overdue by {plural(-days, 'day')}"
        status = ", due soon" if item["status"] == "due_soon" else ""
        text = f"{escape(item['medication'])} on <b>{date_text(item['due'])}</b> ({when}{status})"
        parts.append(f'<span class="alert">{text}</span>' if days < 0 else text)
    return "<br>".join(parts)


def _wearing_summary(items: list[dict]) -> str:
    """The latest comparison in words, and how many earlier ones suggested wearing-off."""
    text = _wearing(items[-1])
    earlier = items[:-1]
    if earlier:
        flagged = sum(1 for item in earlier if item["wearing_off"])
        text += (f'<br><span class="muted">{plural(len(earlier), "earlier comparison")} in the period: '
                 f"{flagged} with possible wearing-off</span>")
    return text


def _wearing(item: dict) -> str:
    verdict = '<span class="alert">possible wearing-off</span>' if item["wearing_off"] else "<b>no wearing-off</b>"
    return (f"{verdict} before the {date_text(item['infusion_start'])} {escape(item['medication'])} infusion: "
            f"{rate_text(item['late_rate'])} migraine days per 28 days in weeks 9–12 after the previous one "
            f"(up to the day before it), {rate_text(item['early_rate'])} in weeks 1–8")


def trend_blocks(chart_mm: float) -> list[Block]:
    return [heading("Monthly migraine and headache days"), Chart(chart_mm)]


def used_classes(months: list[dict]) -> list[str]:
    """The classes taken on any day of the period, in catalogue order."""
    used = {name for m in months for name, days in m.get("class_days", {}).items() if days}
    return [name for name in DRUG_CLASSES if name in used] + sorted(used - set(DRUG_CLASSES))


INLINE_CLASSES = 5  # more classes than this get a table of their own, so every header word fits


def months_blocks(content: ReportContent) -> list[Block]:
    """The month table; the days per medication class are columns of it when few classes were
    taken, else a second table with the same months."""
    months = content.months
    classes = used_classes(months)
    inline = classes if len(classes) <= INLINE_CLASSES else []
    widths = percentages([10, 9, 9, 9, 8] + [8] * len(inline) + [12, 8])
    two = ' rowspan="2"' if inline else ""  # a second header row only for the class names
    titles = ["Month", "Days recorded", "Headache days", "Migraine days", "Acute med. days"]
    head = "<tr>" + "".join(cell("th", title, "num" if i else "", widths[i], two) for i, title in enumerate(titles))
    if inline:
        group = "Days per medication class" if len(inline) > 2 else "Class days"
        head += cell("th", group, "", None, f' colspan="{len(inline)}" align="center"')
    head += cell("th", "Classification", "", widths[-2], two) + cell("th", "Overuse", "", widths[-1], two) + "</tr>"
    if inline:
        head += "<tr>" + "".join(cell("th", escape(SHORT_CLASS.get(name, name)), "num", width)
                                 for name, width in zip(inline, widths[5:-2])) + "</tr>"
    rows = []
    for m in months:
        kind = m["classification"]
        rows.append(
            [(_month_cell(m), ""), (_recorded_cell(m), "num"), (str(m["headache_days"]), "num"),
             (str(m["migraine_days"]), "num"), (str(m["acute_medication_days"]), "num")]
            + [(str(m["class_days"].get(name, 0)), "num") for name in inline]
            + [(f'<span class="alert">{kind}</span>' if kind == "chronic" else kind, ""),
               ('<span class="alert">yes</span>' if m["medication_overuse"] else "no", "")]
        )
    going = [m for m in months if _in_progress(m, content)]
    in_progress = (f"* In progress: {going[0]['days_so_far']} of its {going[0]['days_in_month']} days so far "
                   f"(up to {date_text(content.today)}). " if going else "")
    note = (in_progress + "Overuse: ICHD-3 8.2 (triptans, ergots, opioids or combination analgesics on 10 or more "
            "days; simple analgesics on 15 or more; two or more of these classes on 10 or more days in total).")
    blocks: list[Block] = [heading("Month by month")]
    if classes and not inline:
        blocks.append(Table(head, body_rows(rows), footnote(note)))
        return blocks + class_days_blocks(months, classes, content)
    if inline:
        note = f"Days per class count each day once per class. {class_key(inline)} {note}".replace("  ", " ")
    return blocks + [Table(head, body_rows(rows), footnote(note))]


def class_days_blocks(months: list[dict], classes: list[str], content: ReportContent) -> list[Block]:
    """Days per medication class, month by month, for the many classes the month table has no room for."""
    widths = percentages([12] + [8] * len(classes))
    head = ("<tr>" + cell("th", "Month", "", widths[0], ' rowspan="2"')
            + cell("th", "Days per medication class", "", None, f' colspan="{len(classes)}" align="center"') + "</tr><tr>"
            + "".join(cell("th", escape(SHORT_CLASS.get(name, name)), "num", width)
                      for name, width in zip(classes, widths[1:])) + "</tr>")
    rows = [[(_month_cell(m), "")] + [(str(m["class_days"].get(name, 0)), "num") for name in classes] for m in months]
    return [heading("Days per medication class"), Table(head, body_rows(rows), footnote(
        f"Each day counts once per class. {class_key(classes)}".strip()))]


def _in_progress(month: dict, content: ReportContent) -> bool:
    """The month holding today (the summary says so; older summaries by the date)."""
    return bool(month.get("in_progress", month["month"] == f"{content.today:%Y-%m}"))


def _month_cell(month: dict) -> str:
    return month_text(month["month"]) + ("*" if month.get("in_progress") else "")


def _recorded_cell(month: dict) -> str:
    """Recorded days of the days that have come: "3/4" four days into a month."""
    days = month.get("days_so_far", month["days_in_month"]) if month.get("in_progress") else month["days_in_month"]
    return f"{month['recorded_days']}/{days}"


def medications_blocks(content: ReportContent) -> list[Block]:
    if not content.medications:
        return [heading("Acute medications in the period"),
                Text("<p class='muted'>No acute medication recorded in this period.</p>")]
    headers = [("Medication", ""), ("Class", ""), ("Days used", "num"), ("Doses", "num"),
               ("Mean relief (0–3)", "num"), ("Doses rated", "num")]
    rows = [
        [(escape(use.name), ""), (escape(CLASS_LABELS.get(use.drug_class, use.drug_class)), ""),
         (str(use.days), "num"), (str(use.doses), "num"),
         (DASH if use.mean_relief is None else f"{use.mean_relief:.1f}", "num"), (str(use.rated_doses), "num")]
        for use in content.medications
    ]
    return [heading("Acute medications in the period"), Table(
        head_row(headers, [24, 28, 12, 10, 14, 12]), body_rows(rows),
        footnote("Relief as rated for each dose: 0 none, 1 a little, 2 good, 3 complete."))]


def questionnaires_blocks(content: ReportContent) -> list[Block]:
    """The latest MIDAS and HIT-6 with the one before; nothing when none were answered in the period."""
    found = content.summary.get("questionnaires") or {}
    rows = []
    for key, title, grade_key in (("midas", "MIDAS", "grade"), ("hit6", "HIT-6", "band")):
        items = [item for item in (found.get(key) or []) if isinstance(item, dict) and item.get("date")]
        if items:
            previous = items[-2] if len(items) > 1 else None
            rows.append([(title, ""), *_score_cells(items[-1], grade_key, key), *_score_cells(previous, grade_key, key)])
    if not rows:
        return []
    headers = [("Questionnaire", ""), ("Latest", ""), ("Score", "num"), ("Grade", ""),
               ("Previous", ""), ("Score", "num"), ("Grade", "")]
    return [heading("Questionnaires"), Table(head_row(headers, [15, 11, 6, 26, 11, 6, 25]), body_rows(rows))]


def _score_cells(item: dict | None, grade_key: str, kind: str) -> list[tuple[str, str]]:
    if item is None:
        return [(DASH, ""), ("", "num"), ("", "")]
    grade = str(item.get(grade_key) or "")
    label = str(item.get("label") or "")
    text = " – ".join(part for part in ((f"grade {grade}" if kind == "midas" and grade else ""), label) if part)
    return [(date_text(item["date"]), ""), (escape(str(item.get("score", DASH))), "num"), (escape(text), "")]


def notes_blocks(content: ReportContent, limit: int = MAX_NOTES) -> list[Block]:
    """The most recent `limit` notes; the layout lowers `limit` until the notes fit on one page."""
    if not content.notes:
        return []
    shown = content.notes[-limit:] if limit > 0 else ()
    hidden = content.hidden_notes + len(content.notes) - len(shown)
    rows = [[(date_text(item.date), ""), (escape(item.text), "")] for item in shown]
    more = ""
    if hidden:
        more = footnote(f"… and {plural(hidden, 'more note')} from earlier in the period "
                        f"(the {plural(len(shown), 'most recent note')} are listed).")
    return [heading("Notes"), Table(head_row([("Date", ""), ("Note", "")], [13, 87]), body_rows(rows), more)]


def report_blocks(content: ReportContent, *, chart_mm: float, notes_limit: int = MAX_NOTES) -> list[Block]:
    """The whole body, top to bottom; `chart_mm` 0 leaves the chart out."""
    if not content.has_days:
        blocks: list[Block] = [title_block(content), Text(
            f'<p class="empty"><b>{NO_DAYS}</b></p><p class="muted">Record days in the diary, or choose another '
            "period, to see monthly migraine days here.</p>", space_before_mm=2 * SECTION_GAP_MM)]
        if content.history:
            blocks += history_blocks(content)
        if content.summary.get("infusions"):
            blocks += cycles_blocks(content)
        return blocks
    blocks = [title_block(content), *glance_blocks(content)]
    if chart_mm and content.months:
        blocks += trend_blocks(chart_mm)
    return (blocks + months_blocks(content) + questionnaires_blocks(content) + history_blocks(content)
            + outcome_blocks(content) + continuation_blocks(content) + cycles_blocks(content)
            + medications_blocks(content) + notes_blocks(content, notes_limit))
