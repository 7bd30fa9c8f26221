"""Monthly migraine days as bars coloured by classification, headache days as outlines,
the chronic threshold and a marker at every infusion."""

from __future__ import annotations

import calendar
import datetime as dt
import math

from matplotlib.patches import Patch
from matplotlib.lines import Line2D

from diary_app.charts.palette import (
    CHRONIC_THRESHOLD, CLASS_COLOURS, CLASS_HATCH, DARK_GREY, INFUSION_COLOUR, ChartStyle, apply_style,
    infusion_fields, infusion_label,
)

MAX_TICK_LABELS = 12


def month_tick_labels(months: list[str]) -> list[str]:
    """"Jan\\n2026" for the first month and every January, the month name otherwise; thinned to
    at most MAX_TICK_LABELS so long ranges stay readable."""
    step = max(1, math.ceil(len(months) / MAX_TICK_LABELS))
    labels = []
    for i, text in enumerate(months):
        year, number = int(text[:4]), int(text[5:7])
        if i % step:
            labels.append("")
        elif i == 0 or number <= step:
            labels.append(f"{calendar.month_abbr[number]}\n{year}")
        else:
            labels.append(calendar.month_abbr[number])
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
                       style: ChartStyle | None = None) -> dict:
    """Draw on `figure` (cleared first). `months` are summary month dicts; `infusions` are
    Infusion values or summary infusion dicts. `questionnaires` maps a name to
    {"YYYY-MM": score}, drawn on a second axis. Returns the artists by name."""
    style = style or ChartStyle()
    figure.clear()
    axes = figure.add_subplot(111)
    apply_style(figure, axes, style)
    names = [m["month"] for m in months]
    x = list(range(len(months)))
    artists: dict = {"axes": axes, "months": names, "show_headache": show_headache}
    artists["headache_bars"] = axes.bar(
        x, [m["headache_days"] if show_headache else 0 for m in months], width=0.82, fill=False,
        edgecolor=style.text, linewidth=1.0, alpha=0.65, label="headache days", visible=show_headache, zorder=2,
    )
    artists["migraine_bars"] = axes.bar(x, [m["migraine_days"] for m in months], width=0.6, zorder=3,
                                        edgecolor=DARK_GREY, linewidth=0.6)
    _colour_bars(artists["migraine_bars"], months)
    artists["threshold"] = axes.axhline(CHRONIC_THRESHOLD, color=style.text, linestyle="--", linewidth=1.2, zorder=4)
    artists["threshold_label"] = axes.annotate(
        f"chronic threshold ({CHRONIC_THRESHOLD} days)", xy=(1, CHRONIC_THRESHOLD), xycoords=("axes fraction", "data"),
        xytext=(-4, 3), textcoords="offset points", ha="right", va="bottom", color=style.text, fontsize=8.5, zorder=5,
    )
    _draw_infusions(axes, artists, names, infusions, style)
    axes.set_xticks(x, month_tick_labels(names))
    axes.set_xlim(-0.6, max(len(months), 1) - 0.4)
    axes.set_ylim(0, _y_limit(months, show_headache))
    axes.set_ylabel("days per month")
    axes.yaxis.grid(True, color=style.grid, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    if questionnaires:
        artists["questionnaires"] = _draw_questionnaires(axes, names, questionnaires, style)
    artists["legend"] = _legend(axes, show_headache, bool(artists["infusion_lines"]), style)
    if not months:
        axes.text(0.5, 0.5, "no months recorded yet", transform=axes.transAxes, ha="center", color=style.text)
    if figure.get_layout_engine() is None:
        figure.subplots_adjust(left=0.06, right=0.98, top=0.86, bottom=0.14)
    return artists


def update_monthly_trend(artists: dict, months: list[dict]) -> bool:
    """Change bar heights and colours in place; False when the months differ (redraw instead)."""
    if [m["month"] for m in months] != artists["months"]:
        return False
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


def _draw_infusions(axes, artists: dict, names: list[str], infusions, style: ChartStyle) -> None:
    artists["infusion_lines"], artists["infusion_labels"] = [], []
    for infusion in infusions:
        start, name, _kind, days = infusion_fields(infusion)
        position = infusion_x(start, names)
        if position is None:
            continue
        line = axes.axvline(position, color=INFUSION_COLOUR, linestyle="--", linewidth=1.6, zorder=5)
        label = axes.annotate(infusion_label(name, days), xy=(position, 1), xycoords=("data", "axes fraction"),
                              xytext=(3, -4), textcoords="offset points", rotation=90, ha="left", va="top",
                              fontsize=8.5, color=style.text, zorder=6,
                              bbox={"boxstyle": "round,pad=0.15", "facecolor": style.background,
                                    "edgecolor": "none", "alpha": 0.85})
        artists["infusion_lines"].append(line)
        artists["infusion_labels"].append(label)


def _draw_questionnaires(axes, names: list[str], questionnaires: dict, style: ChartStyle) -> list:
    twin = axes.twinx()
    twin.tick_params(colors=style.text)
    lines = []
    for label, scores in questionnaires.items():
        points = [(i, scores[m]) for i, m in enumerate(names) if m in scores]
        if points:
            lines += twin.plot(*zip(*points), marker="o", linewidth=1.2, color=style.text, label=label)
    twin.set_ylabel("score", color=style.text)
    return lines


def _legend(axes, show_headache: bool, with_infusions: bool, style: ChartStyle):
    handles = [Patch(facecolor=CLASS_COLOURS[k], hatch=CLASS_HATCH[k], edgecolor=DARK_GREY, label=f"migraine days ({k})")
               for k in ("chronic", "episodic", "incomplete")]
    if show_headache:
        handles.append(Patch(fill=False, edgecolor=style.text, label="headache days"))
    if with_infusions:
        handles.append(Line2D([], [], color=INFUSION_COLOUR, linestyle="--", label="infusion"))
    legend = axes.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.02), ncols=len(handles),
                         frameon=False, fontsize=8.5, handlelength=1.6, columnspacing=1.2)
    for text in legend.get_texts():
        text.set_color(style.text)
    return legend
