"""The report's words and tables as Qt rich text (the HTML subset QTextDocument reads).

Pure string building from `ReportContent` into a list of blocks (text, splittable tables,
the chart) that `layout` places on pages. Every value from the diary is escaped; numbers
print as the summary holds them, rates and percentages with 2 decimals. The words are in the
interface's language (context "ReportHtml"; docs/translating.md).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from diary_app.domain.analysis.months import ICHD3_HEADACHE_DAYS, ICHD3_MIGRAINE_DAYS
from diary_app.domain.models import CLASS_LABELS, DRUG_CLASSES
from diary_app.domain.wording import overuse_reason_words
from diary_app.i18n import domain_text
from diary_app.exporters.report.blocks import (
    SECTION_GAP_MM, Block, Chart, Table, Text, body_rows, cell, facts, footnote, head_row, heading, percentages,
)
from diary_app.exporters.report.content import MAX_NOTES, Glance, MonthsRate, ReportContent
from diary_app.exporters.report.treatments import continuation_blocks, cycles_blocks, history_blocks, outcome_blocks
from diary_app.exporters.report.wording import (
    DASH, class_key, counted, coverage_text, date_text, month_name, month_text, no_days, not_enough_data,
    number_text, period_text, rate_text, short_class, title,
)

MAX_LISTED_OVERUSE = 3  # flagged months listed one by one, with their rules
MAX_LISTED_MONTHS = 12  # flagged months named when there are more


class ReportHtml(QObject):
    """The translation context of this module's words (never instantiated)."""


def _alert(text: str) -> str:
    return f'<span class="alert">{text}</span>'


def _bold(text: str) -> str:
    return f"<b>{text}</b>"



# -- sections ---------------------------------------------------------------------------------
def title_block(content: ReportContent) -> Text:
    rows = []
    if content.patient_name:
        rows.append((ReportHtml.tr("Patient"), f"<b>{escape(content.patient_name)}</b>"))
    if content.birth_date:
        born = date_text(content.birth_date) if content.age is not None else escape(content.birth_date)
        if content.age is not None:
            born = ReportHtml.tr("{0} (age {1})").format(born, content.age)
        rows.append((ReportHtml.tr("Date of birth"), born))
    first, last = content.first_month, content.last_month
    months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    span = "<span class='muted'>({0})</span>".format(counted(ReportHtml.tr("%n calendar month(s)", "", months), months))
    rows.append((ReportHtml.tr("Period covered"), f"{period_text(content)} {span}"))
    rows.append((ReportHtml.tr("Diary coverage"), coverage_text(content)))
    if content.earlier_history:
        rows.append((ReportHtml.tr("Earlier history"), _earlier_history(*content.earlier_history)))
    rows.append((ReportHtml.tr("Generated"), date_text(content.today)))
    return Text(f"<h1>{title()}</h1>" + facts(rows))


def glance_blocks(content: ReportContent) -> list[Block]:
    summary, info = content.summary, content.glance
    rows = [
        (_latest_key(info), _latest_value(info)),
        (ReportHtml.tr("Migraine days per 28 days"), _rates(info)),
        (ReportHtml.tr("ICHD-3 chronic migraine"), _ichd3(summary.get("ichd3_chronic_migraine"), content.diary_ichd3)),
        (ReportHtml.tr("Medication overuse"), _overuse_months(info)),
        (ReportHtml.tr("Next infusion due"), _next_infusions(summary.get("next_infusions", []))),
    ]
    wearing = [item for item in summary.get("wearing_off", []) if item.get("wearing_off") is not None]
    if wearing:
        rows.append((ReportHtml.tr("Wearing-off check"), _wearing_summary(wearing)))
    return [heading(ReportHtml.tr("At a glance")), Text(facts(rows))]


def _latest_key(info: Glance) -> str:
    month = info.latest_ended
    key = ReportHtml.tr("Latest ended month")
    return f"{key}<br>({month_text(month['month'])})" if month else key


def _latest_value(info: Glance) -> str:
    month = info.latest_ended
    if month is None:
        return ReportHtml.tr("none in this period yet")
    kind = month["classification"]
    shown = f'<span class="alert">{class_text(kind)}</span>' if kind == "chronic" else f"<b>{class_text(kind)}</b>"
    migraine, headache = month["migraine_days"], month["headache_days"]
    return ReportHtml.tr("{0}: {1}, {2}, {3} of {4} days recorded").format(
        shown, counted(ReportHtml.tr("%n migraine day(s)", "", migraine), migraine),
        counted(ReportHtml.tr("%n headache day(s)", "", headache), headache),
        month["recorded_days"], month["days_in_month"])


def class_text(kind: str) -> str:
    """A month's classification in words: chronic, episodic, incomplete."""
    words = {"chronic": ReportHtml.tr("chronic"), "episodic": ReportHtml.tr("episodic"),
             "incomplete": ReportHtml.tr("incomplete")}
    return words.get(kind, kind)


def _month_span(names: tuple[str, ...]) -> str:
    """"Oct 2026", "Aug – Oct 2026" or "Nov 2025 – Jan 2026"."""
    first, last = month_text(names[0]), month_text(names[-1])
    if len(names) == 1:
        return first
    return f"{month_name(int(names[0][5:7])) if names[0][:4] == names[-1][:4] else first} – {last}"


def _rates(info: Glance) -> str:
    """The rate over the period's ended months and, when there are more, over the last 3 of
    them; each says how many days it rests on."""
    period, recent = info.period_rate, info.recent_rate
    if period is None:
        return ReportHtml.tr("no ended month in this period yet")
    over = (ReportHtml.tr("over the ended month {0}") if len(period.months) == 1
            else ReportHtml.tr("over the ended months {0}")).format(_month_span(period.months))
    text = _rate(period, over, recorded=True)
    if recent is not None and len(period.months) > len(recent.months):
        text += "; " + _rate(recent, ReportHtml.tr("over the last {0}, {1}").format(
            len(recent.months), _month_span(recent.months)))
    return text


def _rate(rate: MonthsRate, over: str, recorded: bool = False) -> str:
    """One rate and its days: "7.08 over ... (87 of 92 days)"; "not enough data" under half."""
    if rate.enough:
        days = (ReportHtml.tr("rests on {0} of {1} days recorded") if recorded
                else ReportHtml.tr("{0} of {1} days")).format(rate.recorded_days, rate.days)
        value = rate_text(rate.rate)
    else:
        value = not_enough_data()
        days = ReportHtml.tr("only {0} of {1} days recorded, fewer than half").format(rate.recorded_days, rate.days)
    return f'<b>{value}</b> {over} <span class="muted">({days})</span>'


def _earlier_history(first: tuple[int, int], months: int) -> str:
    """Page 1 says what the period leaves out, and how to ask for it."""
    start = f"{first[0]:04d}-{first[1]:02d}"
    return ReportHtml.tr("from {0} ({1}) <b>not shown</b>; <span class=\"muted\">export with <i>--from {2}</i>, or "
                         "choose the first month in File &gt; Export doctor report…, to include it</span>").format(
        month_text(start), counted(ReportHtml.tr("%n month(s)", "", months), months), start)


def _ichd3(in_period: bool | None, in_diary: bool | None) -> str:
    """The pattern as the whole diary has it: met within the period, met only before it, or not met."""
    rule = '<span class="muted">({0})</span>'.format(ReportHtml.tr(
        "3 consecutive months each with {0}+ headache days, {1}+ of them migraine days").format(
        ICHD3_HEADACHE_DAYS, ICHD3_MIGRAINE_DAYS))
    met = _alert(ReportHtml.tr("pattern met"))
    if in_period:
        return f"{met} {rule}"
    if in_diary:
        return ReportHtml.tr("{0} in the whole diary, not within the months shown {1}").format(met, rule)
    not_met = _bold(ReportHtml.tr("pattern not met"))
    if in_diary is False:
        return ReportHtml.tr("{0} in the whole diary {1}").format(not_met, rule)
    return ReportHtml.tr("{0} in this period {1}").format(not_met, rule)


def _overuse_months(info: Glance) -> str:
    """Each flagged month with its rules when there are few; otherwise the months and a count per rule."""
    flagged = info.overuse_months
    if not flagged:
        return ReportHtml.tr("no month flagged")
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
        names = ReportHtml.tr("{0} and {1} more").format(names, len(flagged) - MAX_LISTED_MONTHS)
    rules = "; ".join("{0}: {1}".format(overuse_reason_words(r, domain_text), counted(ReportHtml.tr("%n month(s)", "", n), n))
                      for r, n in counts.items())
    shown = _alert(counted(ReportHtml.tr("%n month(s)", "", len(flagged)), len(flagged)))
    return (ReportHtml.tr("{0} of {1}: {2}").format(shown, len(info.all_months), names)
            + f'<br><span class="muted">{escape(rules)}</span>')


def _reasons(month: dict) -> str:
    return "; ".join(overuse_reason_words(r, domain_text) for r in month.get("overuse_reasons", []))


def _next_infusions(items: list[dict]) -> str:
    if not items:
        return ReportHtml.tr("no preventive infusion recorded")
    parts = []
    for item in items:
        days = item["days_until"]
        if days == 0:
            when = ReportHtml.tr("today")
        elif days > 0:
            when = counted(ReportHtml.tr("in %n day(s)", "", days), days)
        else:
            when = counted(ReportHtml.tr("overdue by %n day(s)", "", -days), -days)
        if item["status"] == "due_soon":
            when = ReportHtml.tr("{0}, due soon").format(when)
        text = ReportHtml.tr("{0} on {1} ({2})").format(escape(item["medication"]), f"<b>{date_text(item['due'])}</b>",
                                                          when)
        parts.append(f'<span class="alert">{text}</span>' if days < 0 else text)
    return "<br>".join(parts)


def _wearing_summary(items: list[dict]) -> str:
    """The latest comparison in words, and how many earlier ones suggested wearing-off."""
    text = _wearing(items[-1])
    earlier = items[:-1]
    if earlier:
        flagged = sum(1 for item in earlier if item["wearing_off"])
        count = len(earlier)
        text += '<br><span class="muted">{0}</span>'.format(
            counted(ReportHtml.tr("%n earlier comparison(s) in the period: {0} with possible wearing-off", "", count),
                    count).format(flagged))
    return text


def _wearing(item: dict) -> str:
    verdict = (_alert(ReportHtml.tr("possible wearing-off")) if item["wearing_off"]
               else _bold(ReportHtml.tr("no wearing-off")))
    return ReportHtml.tr("{0} before the {1} {2} infusion: {3} migraine days per 28 days in weeks 9–12 after the "
                         "previous one (up to the day before it), {4} in weeks 1–8").format(
        verdict, date_text(item["infusion_start"]), escape(item["medication"]), rate_text(item["late_rate"]),
        rate_text(item["early_rate"]))


def trend_blocks(chart_mm: float) -> list[Block]:
    return [heading(ReportHtml.tr("Monthly migraine and headache days")), Chart(chart_mm)]


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
    titles = [ReportHtml.tr("Month"), ReportHtml.tr("Days recorded"), ReportHtml.tr("Headache days"),
              ReportHtml.tr("Migraine days"), ReportHtml.tr("Acute med. days")]
    head = "<tr>" + "".join(cell("th", title, "num" if i else "", widths[i], two) for i, title in enumerate(titles))
    if inline:
        group = ReportHtml.tr("Days per medication class") if len(inline) > 2 else ReportHtml.tr("Class days")
        head += cell("th", group, "", None, f' colspan="{len(inline)}" align="center"')
    head += (cell("th", ReportHtml.tr("Classification"), "", widths[-2], two)
             + cell("th", ReportHtml.tr("Overuse"), "", widths[-1], two) + "</tr>")
    if inline:
        head += "<tr>" + "".join(cell("th", escape(short_class(name)), "num", width)
                                 for name, width in zip(inline, widths[5:-2])) + "</tr>"
    rows = []
    for m in months:
        kind = m["classification"]
        rows.append(
            [(_month_cell(m), ""), (_recorded_cell(m), "num"), (str(m["headache_days"]), "num"),
             (str(m["migraine_days"]), "num"), (str(m["acute_medication_days"]), "num")]
            + [(str(m["class_days"].get(name, 0)), "num") for name in inline]
            + [(f'<span class="alert">{class_text(kind)}</span>' if kind == "chronic" else class_text(kind), ""),
               (_alert(ReportHtml.tr("yes")) if m["medication_overuse"]
                else ReportHtml.tr("no"), "")]
        )
    going = [m for m in months if _in_progress(m, content)]
    in_progress = (ReportHtml.tr("* In progress: {0} of its {1} days so far (up to {2}). ").format(
        going[0]["days_so_far"], going[0]["days_in_month"], date_text(content.today)) if going else "")
    note = in_progress + ReportHtml.tr(
        "Overuse: ICHD-3 8.2 (triptans, ergots, opioids or combination analgesics on 10 or more days; simple "
        "analgesics on 15 or more; two or more of these classes on 10 or more days in total).")
    blocks: list[Block] = [heading(ReportHtml.tr("Month by month"))]
    if classes and not inline:
        blocks.append(Table(head, body_rows(rows), footnote(note)))
        return blocks + class_days_blocks(months, classes, content)
    if inline:
        note = " ".join((ReportHtml.tr("Days per class count each day once per class."), class_key(inline), note))
        note = note.replace("  ", " ")
    return blocks + [Table(head, body_rows(rows), footnote(note))]


def class_days_blocks(months: list[dict], classes: list[str], content: ReportContent) -> list[Block]:
    """Days per medication class, month by month, for the many classes the month table has no room for."""
    widths = percentages([12] + [8] * len(classes))
    head = ("<tr>" + cell("th", ReportHtml.tr("Month"), "", widths[0], ' rowspan="2"')
            + cell("th", ReportHtml.tr("Days per medication class"), "", None,
                   f' colspan="{len(classes)}" align="center"') + "</tr><tr>"
            + "".join(cell("th", escape(short_class(name)), "num", width)
                      for name, width in zip(classes, widths[1:])) + "</tr>")
    rows = [[(_month_cell(m), "")] + [(str(m["class_days"].get(name, 0)), "num") for name in classes] for m in months]
    return [heading(ReportHtml.tr("Days per medication class")), Table(head, body_rows(rows), footnote(
        " ".join((ReportHtml.tr("Each day counts once per class."), class_key(classes))).strip()))]


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
        return [heading(ReportHtml.tr("Acute medications in the period")),
                Text("<p class='muted'>{0}</p>".format(ReportHtml.tr("No acute medication recorded in this period.")))]
    headers = [(ReportHtml.tr("Medication"), ""), (ReportHtml.tr("Class"), ""), (ReportHtml.tr("Days used"), "num"),
               (ReportHtml.tr("Doses"), "num"), (ReportHtml.tr("Mean relief (0–3)"), "num"),
               (ReportHtml.tr("Doses rated"), "num")]
    rows = [
        [(escape(use.name), ""), (escape(domain_text(CLASS_LABELS.get(use.drug_class, use.drug_class))), ""),
         (str(use.days), "num"), (str(use.doses), "num"),
         (DASH if use.mean_relief is None else number_text(use.mean_relief, 1), "num"), (str(use.rated_doses), "num")]
        for use in content.medications
    ]
    return [heading(ReportHtml.tr("Acute medications in the period")), Table(
        head_row(headers, [24, 28, 12, 10, 14, 12]), body_rows(rows),
        footnote(ReportHtml.tr("Relief as rated for each dose: 0 none, 1 a little, 2 good, 3 complete.")))]


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
    headers = [(ReportHtml.tr("Questionnaire"), ""), (ReportHtml.tr("Latest"), ""), (ReportHtml.tr("Score"), "num"),
               (ReportHtml.tr("Grade"), ""), (ReportHtml.tr("Previous"), ""), (ReportHtml.tr("Score"), "num"),
               (ReportHtml.tr("Grade"), "")]
    return [heading(ReportHtml.tr("Questionnaires")), Table(head_row(headers, [15, 11, 6, 26, 11, 6, 25]), body_rows(rows))]


def _score_cells(item: dict | None, grade_key: str, kind: str) -> list[tuple[str, str]]:
    if item is None:
        return [(DASH, ""), ("", "num"), ("", "")]
    grade = str(item.get(grade_key) or "")
    label = domain_text(str(item.get("label") or ""))
    text = " – ".join(part for part in ((ReportHtml.tr("grade {0}").format(grade) if kind == "midas" and grade else ""),
                                        label) if part)
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
        more = footnote(ReportHtml.tr("… and {0} from earlier in the period (the {1} are listed).").format(
            counted(ReportHtml.tr("%n more note(s)", "", hidden), hidden),
            counted(ReportHtml.tr("%n most recent note(s)", "", len(shown)), len(shown))))
    headers = [(ReportHtml.tr("Date"), ""), (ReportHtml.tr("Note"), "")]
    return [heading(ReportHtml.tr("Notes")), Table(head_row(headers, [13, 87]), body_rows(rows), more)]


def report_blocks(content: ReportContent, *, chart_mm: float, notes_limit: int = MAX_NOTES) -> list[Block]:
    """The whole body, top to bottom; `chart_mm` 0 leaves the chart out."""
    if not content.has_days:
        blocks: list[Block] = [title_block(content), Text(
            f'<p class="empty"><b>{no_days()}</b></p><p class="muted">'
            + ReportHtml.tr("Record days in the diary, or choose another period, to see monthly migraine days here.")
            + "</p>", space_before_mm=2 * SECTION_GAP_MM)]
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
