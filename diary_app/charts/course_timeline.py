"""Preventive courses on a timeline: one band per course from its start to its stop (or today,
hatched and lighter while it runs), a marker at every infusion and injection, and for the
chosen course its 28-day baseline and the edges of its 12-week periods.

Takes the summary's "courses" dicts, so the window and the report can draw the same thing.
"""

from __future__ import annotations

import datetime as dt

from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.ticker import FuncFormatter
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from diary_app.charts.palette import DARK_GREY, GREY, ChartStyle, apply_style, course_colours
from diary_app.charts.words import ENGLISH, ChartWords
from diary_app.domain.wording import stop_reason_words

BAND_HEIGHT = 0.56
BASELINE_DAYS = 28
LEGEND_OPTIONS = {"frameon": False, "fontsize": 8.5, "handlelength": 1.6, "handletextpad": 0.6,
                  "columnspacing": 1.4, "loc": "outside lower center"}
MARKERS = {"infusion": {"marker": "D", "markersize": 6}, "injection": {"marker": "v", "markersize": 7}}


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def course_name(course: dict) -> str:
    """The band's label: the generic name and the dose, as recorded ("topiramate 50 mg")."""
    dose = (course.get("dose") or "").strip()
    return f"{course['medication']} {dose}" if dose else course["medication"]


def course_end(course: dict, today: dt.date) -> dt.date:
    """The last day on treatment so far: the stop date, or today while the course runs."""
    return _date(course["stop"]) if course.get("stop") else today


def draw_course_timeline(figure, courses: list[dict], today: dt.date, *, selected: int | None = None,
                         injections: frozenset | set = frozenset(), style: ChartStyle | None = None,
                         words: ChartWords = ENGLISH) -> dict:
    """Draw on `figure` (cleared first); `courses` by start date as in the summary. `injections`
    holds (generic name casefolded, ISO date) of the administrations that are injections (the rest
    are infusions). Returns the artists by name: one band per course in "bands"."""
    style = style or ChartStyle()
    figure.clear()
    axes = figure.add_subplot(111)
    apply_style(figure, axes, style)
    colours = course_colours(c["medication"] for c in courses)
    artists: dict = {"axes": axes, "bands": [], "running": [], "markers": [], "baseline": None, "period_edges": []}
    for row, course in enumerate(courses):
        _draw_course(axes, artists, row, course, today, colours[course["medication"].casefold()], injections, style,
                     words)
    if selected is not None and 0 <= selected < len(courses):
        _mark_selected(axes, artists, selected, courses[selected], today, style)
    artists["today_line"] = axes.axvline(date2num(today) + 0.5, color=style.text, linestyle=":", linewidth=1.1,
                                         zorder=1)
    axes.annotate(words.today, xy=(date2num(today) + 0.5, 1), xycoords=("data", "axes fraction"), xytext=(0, 2),
                  textcoords="offset points", ha="center", va="bottom", fontsize=8, color=style.text)
    _set_axes(axes, courses, today, style, words)
    artists["legend"] = _legend(figure, artists, style, words) if courses else None
    if not courses:
        axes.text(0.5, 0.5, words.no_courses,
                  transform=axes.transAxes, ha="center", va="center", color=style.text, fontsize=9.5)
    return artists


def _draw_course(axes, artists: dict, row: int, course: dict, today: dt.date, colour: str, injections,
                 style: ChartStyle, words: ChartWords) -> None:
    start = date2num(_date(course["start"]))
    end = date2num(course_end(course, today)) + 1  # the band covers its last day
    running = not course.get("stop")
    if running:  # lighter, hatched in the course's colour: still going, no end yet
        band = Rectangle((start, row - BAND_HEIGHT / 2), end - start, BAND_HEIGHT, facecolor=_lighter(colour),
                         edgecolor=colour, hatch="////", linewidth=1.2, zorder=2)
    else:
        band = Rectangle((start, row - BAND_HEIGHT / 2), end - start, BAND_HEIGHT, facecolor=colour,
                         edgecolor=DARK_GREY, linewidth=0.8, zorder=2)
    band.set_picker(True)
    axes.add_patch(band)
    artists["bands"].append(band)
    artists["running"].append(running)
    lines = []
    key = course["medication"].casefold()
    for kind in ("infusion", "injection"):
        days = [d for d in course.get("administrations", ()) if ((key, d) in injections) == (kind == "injection")]
        if days:
            lines += axes.plot([date2num(_date(d)) + 0.5 for d in days], [row] * len(days), linestyle="",
                               markerfacecolor=style.background if kind == "infusion" else style.text,
                               markeredgecolor=style.text, markeredgewidth=1.1, zorder=4, label=kind,
                               **MARKERS[kind])
    artists["markers"].append(lines)
    reason = course.get("stop_reason")
    if reason:
        axes.annotate(words.stopped.format(words.domain(stop_reason_words(reason))), xy=(end, row), xytext=(4, 0),
                      textcoords="offset points", va="center", fontsize=7.5, color=style.text, zorder=5,
                      annotation_clip=True)


def _mark_selected(axes, artists: dict, row: int, course: dict, today: dt.date, style: ChartStyle) -> None:
    """The chosen course: a dark outline, its baseline as a grey box, its 12-week period edges."""
    band = artists["bands"][row]
    band.set_edgecolor(style.text)
    band.set_linewidth(2.0)
    start = _date(course["start"])
    first = date2num(start - dt.timedelta(days=BASELINE_DAYS))
    baseline = Rectangle((first, row - BAND_HEIGHT / 2), BASELINE_DAYS, BAND_HEIGHT, facecolor=GREY, alpha=0.55,
                         edgecolor=style.text, linestyle=(0, (2, 2)), linewidth=0.9, zorder=2)
    axes.add_patch(baseline)
    artists["baseline"] = baseline
    end = date2num(course_end(course, today)) + 1
    for period in course.get("periods", ())[1:]:
        x = date2num(_date(period["start"]))
        if x < end:
            artists["period_edges"].append(axes.plot([x, x], [row - BAND_HEIGHT / 2, row + BAND_HEIGHT / 2],
                                                     color=style.text, linewidth=1.4, zorder=3)[0])


def _set_axes(axes, courses: list[dict], today: dt.date, style: ChartStyle, words: ChartWords) -> None:
    starts = [_date(c["start"]) - dt.timedelta(days=BASELINE_DAYS) for c in courses] or [today - dt.timedelta(365)]
    first, last = date2num(min(starts)), date2num(today) + 1
    margin = max(10.0, (last - first) * 0.04)
    axes.set_xlim(first - margin, last + margin * 2.5)  # room on the right for "stopped: ..." notes
    axes.set_ylim(max(len(courses), 1) - 0.4, -0.6)  # the first course on top
    axes.set_yticks(range(len(courses)), [course_name(c) for c in courses])
    axes.tick_params(axis="y", length=0)
    locator = AutoDateLocator(minticks=3, maxticks=9)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: date_tick(num2date(x).date(), words)))
    axes.xaxis.grid(True, color=style.grid, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    axes.spines["left"].set_visible(False)


def date_tick(date: dt.date, words: ChartWords = ENGLISH) -> str:
    """A tick of the date axis: the year on the first of January, the month's short name on the
    first of another month, the day's number otherwise."""
    if date.day != 1:
        return str(date.day)
    return str(date.year) if date.month == 1 else words.month_label(date)


def _legend(figure, artists: dict, style: ChartStyle, words: ChartWords):
    handles = [Patch(facecolor=GREY, edgecolor=DARK_GREY, label=words.course_stopped)]
    if any(artists["running"]):
        handles.append(Patch(facecolor=_lighter(GREY), edgecolor=DARK_GREY, hatch="////", label=words.still_running))
    kinds = {line.get_label() for lines in artists["markers"] for line in lines}
    for kind in ("infusion", "injection"):
        if kind in kinds:
            look = MARKERS[kind]
            handles.append(Line2D([], [], linestyle="", markeredgecolor=style.text,
                                  label=words.infusion if kind == "infusion" else words.injection,
                                  markerfacecolor=style.background if kind == "infusion" else style.text, **look))
    if artists["baseline"] is not None:
        handles.append(Patch(facecolor=GREY, alpha=0.55, edgecolor=style.text, linestyle=(0, (2, 2)),
                             label=words.baseline_28))
    if artists["period_edges"]:
        handles.append(Line2D([], [], color=style.text, linewidth=1.4, label=words.twelve_week_periods))
    legend = figure.legend(handles=handles, ncols=len(handles), **LEGEND_OPTIONS)
    for text in legend.get_texts():
        text.set_color(style.text)
    return legend


def _lighter(colour: str, amount: float = 0.55) -> str:
    """`colour` mixed with white."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (red, green, blue)]
    return "#{:02X}{:02X}{:02X}".format(*mix)
