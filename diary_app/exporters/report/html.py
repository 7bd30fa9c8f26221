"""The report's words and tables as Qt rich text (the HTML subset QTextDocument reads).

Pure string building from `ReportContent` into a list of blocks (text, splittable tables,
the chart) that `layout` places on pages. Every value from the diary is escaped; numbers
print as the summary holds them, rates and percentages with 2 decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from diary_app.domain.analysis.months import ICHD3_HEADACHE_DAYS, ICHD3_MIGRAINE_DAYS
from diary_app.domain.models import CLASS_LABELS, DRUG_CLASSES, SETTING_LABELS
from diary_app.exporters.report.content import MAX_NOTES, Glance, MonthsRate, ReportContent, overuse_reason_text
from diary_app.exporters.report.wording import (
    DASH, NO_DAYS, NOT_ENOUGH_DATA, SHORT_CLASS, TITLE, coverage_text, date_text, month_text, period_text, plural,
    rate_text, span_text, yes_no,
)

# -- blocks -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """Rich text placed whole; a heading keeps with the start of the next block and has
    space above it (except at the top of a page)."""

    html: str
    keep_with_next: bool = False
    space_before_mm: float = 0.0  # dropped at the top of a page


@dataclass(frozen=True)
class Table:
    """A grid that may continue on the next page; its header rows repeat there."""

    head: str  # "<tr>...</tr>" header rows
    rows: tuple[str, ...]  # one "<tr>...</tr>" each, zebra class already set
    after: str = ""  # a footnote that stays with the last rows

    def html(self, first: int = 0, last: int | None = None) -> str:
        body = "".join(self.rows[first:last])
        tail = self.after if last is None or last >= len(self.rows) else ""
        return f'<table class="grid" width="100%" cellspacing="0"><thead>{self.head}</thead>{body}</table>{tail}'


@dataclass(frozen=True)
class Chart:
    """The trend chart, as tall as the text width allows for `height_mm`."""

    height_mm: float


Block = Text | Table | Chart
MAX_LISTED_OVERUSE = 3  # flagged months listed one by one, with their rules
MAX_LISTED_MONTHS = 12  # flagged months named when there are more
SECTION_GAP_MM = 4.5  # above a heading


def heading(title: str) -> Text:
    return Text(f"<h2>{title}</h2>", keep_with_next=True, space_before_mm=SECTION_GAP_MM)


def footnote(text: str) -> str:
    return f'<p class="small muted">{text}</p>'


def _cell(tag: str, text: str, klass: str = "", width: int | None = None, span: str = "") -> str:
    attrs = f' class="{klass}"' if klass else ""
    attrs += f' width="{width}%"' if width else ""
    attrs += span
    if "align=" not in span:
        attrs += ' align="right"' if "num" in klass.split() else ' align="left"'
    return f"<{tag}{attrs}>{text}</{tag}>"


def _rows(rows: list[list[tuple[str, str]]]) -> tuple[str, ...]:
    """Body rows from (html, css class) cells, striped."""
    return tuple(
        f'<tr class="{"odd" if i % 2 else "even"}">' + "".join(_cell("td", text, klass) for text, klass in row) + "</tr>"
        for i, row in enumerate(rows)
    )


def _percentages(weights: list[int]) -> list[int]:
    """Column widths in percent of the table, in proportion to `weights`, adding up to 100."""
    total = sum(weights)
    widths = [weight * 100 // total for weight in weights]
    widths[0] += 100 - sum(widths)
    return widths


def breakable(text: str, longest: int = 12) -> str:
    """Long words (drug names) may break with a hyphen in a narrow column rather than anywhere."""
    return " ".join(
        "&shy;".join(word[i:i + 7] for i in range(0, len(word), 7)) if len(word) > longest and "&" not in word else word
        for word in text.split(" ")
    )


def _head(headers: list[tuple[str, str]], widths: list[int]) -> str:
    return "<tr>" + "".join(_cell("th", text, klass, width) for (text, klass), width in zip(headers, widths)) + "</tr>"


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="key" width="27%">{key}</td><td>{value}</td></tr>' for key, value in rows)
    return f'<table class="facts" width="100%" cellspacing="0">{cells}</table>'


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
    rows.append(("Generated", date_text(content.today)))
    return Text(f"<h1>{TITLE}</h1>" + _facts(rows))


def glance_blocks(content: ReportContent) -> list[Block]:
    summary, info = content.summary, content.glance
    rows = [
        (_latest_key(info), _latest_value(info)),
        ("Migraine days per 28 days", _rates(info)),
        ("ICHD-3 chronic migraine", _ichd3(summary.get("ichd3_chronic_migraine"))),
        ("Medication overuse", _overuse_months(info)),
        ("Next infusion due", _next_infusions(summary.get("next_infusions", []))),
    ]
    wearing = [item for item in summary.get("wearing_off", []) if item.get("wearing_off") is not None]
    if wearing:
        rows.append(("Wearing-off check", _wearing_summary(wearing)))
    return [heading("At a glance"), Text(_facts(rows))]


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


def _ichd3(met: bool | None) -> str:
    rule = (f'<span class="muted">(3 consecutive months each with {ICHD3_HEADACHE_DAYS}+ headache days, '
            f"{ICHD3_MIGRAINE_DAYS}+ of them migraine days)</span>")
    return f'<span class="alert">pattern met</span> {rule}' if met else f"<b>pattern not met</b> in this period {rule}"


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
    rules = "; ".join(f"{overuse_reason_text(r, CLASS_LABELS)}: {plural(n, 'month')}" for r, n in counts.items())
    return (f'<span class="alert">{plural(len(flagged), "month")}</span> of {len(info.all_months)}: {names}'
            f'<br><span class="muted">{escape(rules)}</span>')


def _reasons(month: dict) -> str:
    return "; ".join(overuse_reason_text(r, CLASS_LABELS) for r in month.get("overuse_reasons", []))


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
            f"{rate_text(item['late_rate'])} migraine days per 28 days in the 4 weeks before it, "
            f"{rate_text(item['early_rate'])} in weeks 1–8 after the previous one")


def trend_blocks(chart_mm: float) -> list[Block]:
    return [heading("Monthly migraine and headache days"), Chart(chart_mm)]


def used_classes(months: list[dict]) -> list[str]:
    """The classes taken on any day of the period, in catalogue order."""
    used = {name for m in months for name, days in m.get("class_days", {}).items() if days}
    return [name for name in DRUG_CLASSES if name in used] + sorted(used - set(DRUG_CLASSES))


def months_blocks(content: ReportContent) -> list[Block]:
    months = content.months
    classes = used_classes(months)
    widths = _percentages([10, 8, 10, 9, 8] + [min(10, max(5, 35 // max(1, len(classes))))] * len(classes) + [12, 8])
    two = ' rowspan="2"' if classes else ""  # a second header row only for the class names
    titles = ["Month", "Days<br>re&shy;corded", "Head&shy;ache<br>days", "Mig&shy;raine<br>days", "Acute med.<br>days"]
    head = "<tr>" + "".join(_cell("th", title, "num" if i else "", widths[i], two) for i, title in enumerate(titles))
    if classes:
        group = "Days per medication class" if len(classes) > 2 else "Class days"
        head += _cell("th", group, "", None, f' colspan="{len(classes)}" align="center"')
    head += _cell("th", "Classi&shy;fication", "", widths[-2], two) + _cell("th", "Overuse", "", widths[-1], two) + "</tr>"
    if classes:
        head += "<tr>" + "".join(_cell("th", escape(SHORT_CLASS.get(name, name)), "num", width)
                                 for name, width in zip(classes, widths[5:-2])) + "</tr>"
    current = f"{content.today:%Y-%m}"
    rows = []
    for m in months:
        kind = m["classification"]
        rows.append(
            [(month_text(m["month"]) + ("*" if m["month"] == current else ""), ""),
             (f"{m['recorded_days']}/{m['days_in_month']}", "num"), (str(m["headache_days"]), "num"),
             (str(m["migraine_days"]), "num"), (str(m["acute_medication_days"]), "num")]
            + [(str(m["class_days"].get(name, 0)), "num") for name in classes]
            + [(f'<span class="alert">{kind}</span>' if kind == "chronic" else kind, ""),
               ('<span class="alert">yes</span>' if m["medication_overuse"] else "no", "")]
        )
    in_progress = f"* In progress: days up to {date_text(content.today)}. " if any(
        m["month"] == current for m in months) else ""
    return [heading("Month by month"), Table(head, _rows(rows), footnote(
        in_progress + "Days per class count each day once per class. Overuse: ICHD-3 8.2 monthly thresholds "
        "(triptans, ergots, "
        "opioids, combination analgesics on 10+ days; simple analgesics on 15+; or 10+ days of two or more of "
        "these classes together)."))]


def infusions_blocks(content: ReportContent) -> list[Block]:
    infusions = content.summary.get("infusions", [])
    if not infusions:
        return [heading("Infusions"), Text("<p class='muted'>No infusion started in this period.</p>")]
    two = ' rowspan="2"'
    head = ("<tr>" + _cell("th", "Date", "", 11, two) + _cell("th", "Drug", "", 12, two) + _cell("th", "Setting", "", 8, two)
            + _cell("th", "Dose", "num", 7, two)
            + _cell("th", "Migraine days per 28 days", "", None, ' colspan="5" align="center"')
            + _cell("th", "Reduc&shy;tion", "num", 9, two) + _cell("th", "Responder", "", None, ' colspan="2" align="center"')
            + _cell("th", "Reac&shy;tions noted", "", 10, two) + "</tr><tr>"
            + "".join(_cell("th", text, "num", width) for text, width in
                      (("Base&shy;line", 9), ("Wk<br>1–4", 6), ("Wk<br>5–8", 6), ("Wk<br>9–12", 6), ("Mean", 6)))
            + _cell("th", "50%", "", 5) + _cell("th", "75%", "", 5) + "</tr>")
    return [heading("Infusions"), Table(head, _rows([_infusion_row(item) for item in infusions]), footnote(
        "Baseline: the 28 days before the infusion; weeks 1–4, 5–8, 9–12: after its last day; mean: of the "
        "follow-up rates; reduction: (baseline − mean) / baseline. "
        "A dash: fewer than half of the window's days recorded, or not measured (acute treatment)."))]


def _infusion_row(item: dict) -> list[tuple[str, str]]:
    days = item.get("days", 1)
    drug = breakable(escape(item["medication"]))
    if item["kind"] != "preventive":
        drug += f"<br><span class='muted'>{escape(item['kind'])}</span>"
    dose = DASH if item.get("dose_mg") is None else f"{item['dose_mg']:g} mg"
    if days > 1:
        dose += f"<br><span class='muted'>× {days} days</span>"
    followups = (list(item.get("followup_mmd") or []) + [None] * 3)[:3]
    percent = item.get("percent_reduction")
    setting = item.get("setting", "")
    return [
        (span_text(item["start"], item["last_day"]), ""), (drug, ""),
        (escape(SETTING_LABELS.get(setting, setting)), ""), (dose, "num"),
        (rate_text(item.get("baseline_mmd")), "num"),
        *((rate_text(value), "num") for value in followups),
        (rate_text(item.get("mean_followup_mmd")), "num"),
        (DASH if percent is None else f"{percent:.2f}%", "num"),
        (yes_no(item.get("responder_50")), ""), (yes_no(item.get("responder_75")), ""),
        (escape(item.get("reactions") or "") or '<span class="muted">none</span>', ""),
    ]


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
        _head(headers, [24, 28, 12, 10, 14, 12]), _rows(rows),
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
    return [heading("Questionnaires"), Table(_head(headers, [15, 11, 6, 26, 11, 6, 25]), _rows(rows))]


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
    return [heading("Notes"), Table(_head([("Date", ""), ("Note", "")], [13, 87]), _rows(rows), more)]


def report_blocks(content: ReportContent, *, chart_mm: float, notes_limit: int = MAX_NOTES) -> list[Block]:
    """The whole body, top to bottom; `chart_mm` 0 leaves the chart out."""
    if not content.has_days:
        blocks: list[Block] = [title_block(content), Text(
            f'<p class="empty"><b>{NO_DAYS}</b></p><p class="muted">Record days in the diary, or choose another '
            "period, to see monthly migraine days here.</p>", space_before_mm=2 * SECTION_GAP_MM)]
        if content.summary.get("infusions"):
            blocks += infusions_blocks(content)
        return blocks
    blocks = [title_block(content), *glance_blocks(content)]
    if chart_mm and content.months:
        blocks += trend_blocks(chart_mm)
    return (blocks + months_blocks(content) + infusions_blocks(content) + medications_blocks(content)
            + questionnaires_blocks(content) + notes_blocks(content, notes_limit))
