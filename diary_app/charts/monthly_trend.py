"""Monthly migraine days as bars coloured by classification, headache days as outlines,
the chronic threshold, a marker at every infusion and preventive courses shaded behind."""

from __future__ import annotations

import calendar
import datetime as dt
import math

from matplotlib.colors import to_rgba
from matplotlib.patches import Patch
from matplotlib.lines import Line2D

from diary_app.charts.palette import (
    CHRONIC_THRESHOLD, CLASS_COLOURS, CLASS_HATCH, DARK_GREY, GREY, INFUSION_COLOUR, SCORE_STYLES, ChartStyle,
    apply_style, course_colours, infusion_fields, infusion_label,
)
from diary_app.charts.words import ENGLISH, ChartWords

MAX_TICK_LABELS = 12
COURSE_ALPHA = 0.22
INFUSION_FONT = 8.5
MAX_COURSE_LEGEND = 3  # more medications than this share one legend entry
LEGEND_OPTIONS = {"frameon": False, "fontsize": 8.5, "handlelength": 1.6, "handletextpad": 0.8,
                  "columnspacing": 1.2}


def month_tick_labels(months: list[str], words: ChartWords = ENGLISH) -> list[str]:
    """"Jan\\n2026" for the first month and every January, the month name otherwise (words.month_label);
    thinned to at most MAX_TICK_LABELS so long ranges stay readable."""
    step = max(1, math.ceil(len(months) / MAX_TICK_LABELS))
    labels = []
    for i, text in enumerate(months):
        year, number = int(text[:4]), int(text[5:7])
        if i % step:
            labels.append("")
        elif i == 0 or number <= step:
            labels.append(f"{words.month_label(dt.date(year, number, 1))}\n{year}")
        else:
            labels.append(words.month_label(dt.date(year, number, 1)))
    return labels


def infusion_x(start: dt.date, months: list[str]) -> float | None:
    """x of a day on the month axis: month i spans i-0.5 to i+0.5; None outside the months."""
    key = f"{start.year:04d}-{start.month:02d}"
    if key not in months:
        return None
    days = calendar.monthrange(start.year, start.month)[1]
    return months.index(key) - 0.5 + (start.day - 0.5) / days


def _y_limit(months: list[dict], show_headache: bool) -> float:
    values = [m["migraine_days"] for m in months] + ([m["headache_days"] for m in months] if show_headache else [])
    return min(31.5, max(20, max(values, default=0) + 5))


def draw_monthly_trend(figure, months, infusions=(), *, show_headache=True, questionnaires=None,
                       rolling=None, courses=(), style: ChartStyle | None = None,
                       words: ChartWords = ENGLISH) -> dict:
    """Draw on `figure` (cleared first). `months` are summary month dicts; `infusions` are
    Infusion values or summary infusion dicts. `questionnaires` maps a name to
    {"YYYY-MM": score}, drawn on a second axis; `rolling` is the summary's
    "rolling_28_day_rate" (a line of migraine days per 28 days); `courses` are preventive
    courses as (generic name, first day, last day so far), shaded behind the bars.
    Returns the artists by name."""
    style = style or ChartStyle()
    figure.clear()
    axes = figure.add_subplot(111)
    apply_style(figure, axes, style)
    names = [m["month"] for m in months]
    x = list(range(len(months)))
    artists: dict = {"axes": axes, "months": names, "show_headache": show_headache}
    _draw_courses(axes, artists, names, courses)
    artists["headache_bars"] = axes.bar(
        x, [m["headache_days"] if show_headache else 0 for m in months], width=0.82, fill=False,
        edgecolor=style.text, linewidth=1.0, alpha=0.65, label=words.headache_days, visible=show_headache, zorder=2,
    )
    artists["migraine_bars"] = axes.bar(x, [m["migraine_days"] for m in months], width=0.6, zorder=3,
                                        edgecolor=DARK_GREY, linewidth=0.6)
    _colour_bars(artists["migraine_bars"], months)
    artists["threshold"] = axes.axhline(CHRONIC_THRESHOLD, color=style.text, linestyle="--", linewidth=1.2, zorder=4,
                                        label=words.chronic_threshold.format(CHRONIC_THRESHOLD))
    _draw_infusions(axes, artists, names, infusions, style, words.infusion_series)
    artists["rolling_line"] = None
    if rolling is not None:
        (artists["rolling_line"],) = axes.plot(*rolling_xy(rolling, names), color=style.text, linewidth=1.3,
                                               alpha=0.8, label=words.rolling_rate, zorder=6)
    axes.set_xticks(x, month_tick_labels(names, words))
    axes.set_xlim(-0.6, max(len(months), 1) - 0.4)
    axes.set_ylim(0, _y_limit(months, show_headache))
    axes.set_ylabel(words.days_per_month)
    axes.yaxis.grid(True, color=style.grid, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    artists["questionnaires"] = []
    if questionnaires:
        artists["score_axes"], artists["questionnaires"] = _draw_questionnaires(axes, names, questionnaires, style,
                                                                                     words)
    _add_legend(figure, artists, _legend_handles(artists, style, words), style)
    if not months:
        axes.text(0.5, 0.5, words.no_months, transform=axes.transAxes, ha="center", color=style.text)
    if figure.get_layout_engine() is None:
        figure.subplots_adjust(left=0.06, right=0.98, top=0.86, bottom=0.14)
    return artists


def rolling_xy(rolling: list[dict], months: list[str]) -> tuple[list[float], list[float]]:
    """The rolling rate's points on the month axis (as `infusion_x` places a day); a day without
    a rate is a gap (NaN). One dictionary look-up a point: 30 years of days stay quick."""
    shown = {month: (i, calendar.monthrange(int(month[:4]), int(month[5:7]))[1]) for i, month in enumerate(months)}
    xs, ys = [], []
    for point in rolling:
        date = point["date"]
        found = shown.get(date[:7])
        if found is not None:
            index, days = found
            xs.append(index - 0.5 + (int(date[8:10]) - 0.5) / days)
            ys.append(math.nan if point["rate"] is None else point["rate"])
    return xs, ys


def update_monthly_trend(artists: dict, months: list[dict], rolling=None) -> bool:
    """Change bar heights, colours and the rolling line in place; False when the months differ
    or the rolling line comes or goes (redraw instead)."""
    if [m["month"] for m in months] != artists["months"] or (rolling is None) != (artists["rolling_line"] is None):
        return False
    if rolling is not None:
        artists["rolling_line"].set_data(*rolling_xy(rolling, artists["months"]))
    show_headache = artists["show_headache"]
    for bar, month in zip(artists["headache_bars"], months):
        bar.set_height(month["headache_days"] if show_headache else 0)
    for bar, month in zip(artists["migraine_bars"], months):
        bar.set_height(month["migraine_days"])
    _colour_bars(artists["migraine_bars"], months)
    artists["axes"].set_ylim(0, _y_limit(months, show_headache))
    return True


def _colour_bars(bars, months: list[dict]) -> None:
    for bar, month in zip(bars, months):
        kind = month["classification"]
        bar.set_facecolor(CLASS_COLOURS[kind])
        bar.set_hatch(CLASS_HATCH[kind])
        bar.set_edgecolor(DARK_GREY)


def day_edge_x(date: dt.date, months: list[str], end: bool = False) -> float | None:
    """x of the start (or, with `end`, the end) of a day on the month axis; None outside the months."""
    key = f"{date.year:04d}-{date.month:02d}"
    if key not in months:
        return None
    days = calendar.monthrange(date.year, date.month)[1]
    return months.index(key) - 0.5 + (date.day - (0 if end else 1)) / days


def _draw_courses(axes, artists: dict, names: list[str], courses) -> None:
    """Each course as a pale band in its medication's colour, behind everything else; cut at the
    edges of the months shown."""
    artists["course_spans"], artists["course_colours"] = [], {}
    if not names:
        return
    colours = course_colours(name for name, _start, _end in courses)
    first, last = f"{names[0]}-01", f"{names[-1]}-31"
    for name, start, end in courses:
        if end.isoformat()[:7] < names[0] or start.isoformat() > last:
            continue
        left = day_edge_x(start, names) if start.isoformat() >= first else -0.6
        right = day_edge_x(end, names, end=True) if end.isoformat()[:7] <= names[-1] else len(names) - 0.4
        colour = colours[name.casefold()]
        span = axes.axvspan(left, right, facecolor=colour, alpha=COURSE_ALPHA, edgecolor="none", zorder=1)
        span.course_name = name
        artists["course_spans"].append(span)
        artists["course_colours"].setdefault(name, colour)


def infusion_groups(positions: list[tuple[float, str]], min_gap: float) -> list[tuple[float, str]]:
    """Labels closer than `min_gap` (x units) would overlap: they share one label at the first
    position, each name once ("DHE course + eptinezumab"). Positions sorted by x."""
    groups: list[tuple[float, list[str]]] = []
    last = None
    for x, text in sorted(positions):
        if last is not None and x - last < min_gap:
            if text not in groups[-1][1]:
                groups[-1][1].append(text)
        else:
            groups.append((x, [text]))
        last = x
    return [(x, " + ".join(texts)) for x, texts in groups]


def label_gap_months(figure, month_count: int) -> float:
    """The smallest distance in months between two upright labels that keeps them apart: the
    label's line height and a margin, at the axes' width this figure gives (about 90% of it)."""
    axes_points = figure.get_figwidth() * 72 * 0.9
    return (INFUSION_FONT * 1.4 + 3) / (axes_points / max(month_count, 1))


def infusion_labels_fit(artists: dict) -> bool:
    """False when the figure's width has changed so much that the infusion labels should be grouped
    differently (narrower: they would overlap; wider: they can stand apart): draw again then."""
    positions = artists.get("infusion_positions")
    if not positions:
        return True
    gap = label_gap_months(artists["axes"].figure, len(artists["months"]))
    return infusion_groups(positions, gap) == artists["infusion_groups"]


def _draw_infusions(axes, artists: dict, names: list[str], infusions, style: ChartStyle, course_of: str) -> None:
    artists["infusion_lines"], artists["infusion_labels"] = [], []
    positions = []
    for infusion in infusions:
        start, name, _kind, days = infusion_fields(infusion)
        position = infusion_x(start, names)
        if position is None:
            continue
        artists["infusion_lines"].append(
            axes.axvline(position, color=INFUSION_COLOUR, linestyle="--", linewidth=1.6, zorder=5))
        positions.append((position, infusion_label(name, days, course_of)))
    groups = infusion_groups(positions, label_gap_months(axes.figure, len(names)))
    artists["infusion_positions"], artists["infusion_groups"] = positions, groups
    for position, text in groups:
        artists["infusion_labels"].append(axes.annotate(
            text, xy=(position, 1), xycoords=("data", "axes fraction"), xytext=(3, -4), textcoords="offset points",
            rotation=90, ha="left", va="top", fontsize=INFUSION_FONT, color=style.text, zorder=6,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": style.background, "edgecolor": "none", "alpha": 0.85}))


def _draw_questionnaires(axes, names: list[str], questionnaires: dict, style: ChartStyle,
                         words: ChartWords) -> tuple:
    """One line per questionnaire on a second y axis (scores are not days), each in its own colour
    and marker; a month with no score is skipped, so a line joins the months that have one."""
    twin = axes.twinx()
    twin.tick_params(colors=style.text, labelcolor=style.text)
    for side, spine in twin.spines.items():
        spine.set_color(style.grid)
        spine.set_visible(side in ("right", "bottom"))
    lines, top = [], 0
    for (label, scores), look in zip(questionnaires.items(), SCORE_STYLES * len(questionnaires)):
        points = [(i, scores[m]) for i, m in enumerate(names) if m in scores]
        if points:
            lines += twin.plot(*zip(*points), linewidth=1.5, markersize=5.5, markeredgecolor=DARK_GREY,
                               label=label, zorder=7, **look)
            top = max(top, max(score for _, score in points))
    twin.set_ylim(0, max(10, top * 1.15))
    twin.set_ylabel(words.questionnaire_score, color=style.text)
    return twin, lines


def _legend_handles(artists: dict, style: ChartStyle, words: ChartWords) -> list:
    """The legend's entries; a class's entry has the gid "class:chronic" (or episodic, incomplete)."""
    handles = [Patch(facecolor=CLASS_COLOURS[k], hatch=CLASS_HATCH[k], edgecolor=DARK_GREY, label=words.class_label(k),
                     gid=f"class:{k}") for k in ("chronic", "episodic", "incomplete")]
    if artists["show_headache"]:
        handles.append(Patch(fill=False, edgecolor=style.text, label=words.headache_days))
    handles.append(artists["threshold"])
    if artists["infusion_lines"]:
        handles.append(Line2D([], [], color=INFUSION_COLOUR, linestyle="--", label=words.infusion))
    shown = artists["course_colours"]
    if len(shown) > MAX_COURSE_LEGEND:
        handles.append(Patch(facecolor=to_rgba(GREY, 0.5), edgecolor=DARK_GREY, label=words.preventive_courses))
    else:
        handles += [Patch(facecolor=to_rgba(colour, COURSE_ALPHA), edgecolor=colour, label=words.course_of.format(name))
                    for name, colour in shown.items()]
    if artists["rolling_line"] is not None:
        handles.append(artists["rolling_line"])
    return handles + artists["questionnaires"]


def _add_legend(figure, artists: dict, handles: list, style: ChartStyle) -> None:
    """A figure legend above the axes: one row if it fits, else wrapped into balanced columns."""
    legend = _make_legend(figure, handles, len(handles), style)
    font = LEGEND_OPTIONS["fontsize"]
    box = font * (LEGEND_OPTIONS["handlelength"] + LEGEND_OPTIONS["handletextpad"])
    artists.update(legend=legend, legend_handles=handles, legend_style=style, legend_columns=len(handles))
    artists["legend_widths"] = [box + text.get_window_extent().width * 72 / figure.dpi for text in legend.get_texts()]
    fit_legend(artists)


def _make_legend(figure, handles: list, columns: int, style: ChartStyle):
    legend = figure.legend(handles=handles, loc="outside upper center", ncols=max(1, columns), **LEGEND_OPTIONS)
    for text in legend.get_texts():
        text.set_color(style.text)
    return legend


def legend_columns(widths: list[float], available: float, spacing: float) -> int:
    """The most legend columns whose widest row fits in `available` (all in points). Columns are
    filled as matplotlib fills them (the first ones one entry longer) and kept balanced: five
    entries go in 5, 3, 2 or 1 columns, never 4 and a lonely fifth."""
    count = len(widths)
    for rows in range(1, count + 1):
        columns = math.ceil(count / rows)
        size, extra = divmod(count, columns)
        start, total = 0, spacing * (columns - 1)
        for column in range(columns):
            length = size + (column < extra)
            total += max(widths[start:start + length])
            start += length
        if total <= available:
            return columns
    return 1


def fit_legend(artists: dict) -> bool:
    """Rebuild the legend with the columns the figure's current width holds; True if it changed
    (the figure then needs a new layout and a redraw)."""
    legend = artists.get("legend")
    widths = artists.get("legend_widths")
    if legend is None or not widths:
        return False
    figure = legend.figure
    font = LEGEND_OPTIONS["fontsize"]
    available = figure.get_figwidth() * 72 - 2 * font
    columns = legend_columns(widths, available, LEGEND_OPTIONS["columnspacing"] * font)
    if columns == artists["legend_columns"]:
        return False
    legend.remove()
    artists["legend"] = _make_legend(figure, artists["legend_handles"], columns, artists["legend_style"])
    artists["legend_columns"] = columns
    return True
