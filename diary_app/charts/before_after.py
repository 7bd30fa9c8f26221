"""One preventive infusion: the baseline rate against the three 28-day follow-up periods."""

from __future__ import annotations

import datetime as dt

from diary_app.charts.palette import BLUE, DARK_GREY, GREY, ChartStyle, apply_style, infusion_label
from diary_app.charts.words import ENGLISH, ChartWords
from diary_app.domain.wording import is_pending, toward_zero


def periods(words: ChartWords = ENGLISH) -> tuple[str, str, str, str]:
    """The bars' labels: the baseline and the three 28-day follow-up periods."""
    return words.baseline_period, words.weeks_1_4, words.weeks_5_8, words.weeks_9_12


def outcome_title(outcome: dict, words: ChartWords = ENGLISH) -> str:
    """"eptinezumab, 2026-06-25: 35.9% fewer migraine days" (or why there is no number yet): one
    decimal, cut toward zero, so the title never reads 50.0% for a 49.96% non-responder."""
    name = infusion_label(outcome["medication"], int(outcome.get("days", 1)), words.infusion_series)
    start = outcome["start"]
    start = words.day_label(dt.date.fromisoformat(start) if isinstance(start, str) else start)
    head = words.title_head.format(name, start)
    percent = outcome.get("percent_reduction")
    if percent is None:
        return words.title_unknown.format(head)
    title = (words.title_fewer if percent >= 0 else words.title_more).format(head, words.number(toward_zero(abs(percent), 1), 1))
    if is_pending(outcome.get("followup_status")):
        return words.so_far_pending.format(title)
    if outcome.get("responder_75"):
        return words.responder_75.format(title)
    if outcome.get("responder_50"):
        return words.responder_50.format(title)
    return title


def draw_before_after(figure, outcome_dict: dict | None, *, style: ChartStyle | None = None,
                      words: ChartWords = ENGLISH) -> dict:
    """Bars of migraine days per 28 days; a missing rate is drawn as "no data", or
    "not yet" for a follow-up period of an infusion whose follow-up is still running. Returns the artists."""
    style = style or ChartStyle()
    figure.clear()
    axes = figure.add_subplot(111)
    apply_style(figure, axes, style)
    artists: dict = {"axes": axes, "no_data": []}
    if outcome_dict is None:
        axes.set_axis_off()
        artists["message"] = axes.text(0.5, 0.5, words.no_infusion, transform=axes.transAxes,
                                       ha="center", va="center", color=style.text)
        return artists
    values = [outcome_dict.get("baseline_mmd"), *outcome_dict.get("followup_mmd", [None, None, None])]
    heights = [0 if v is None else v for v in values]
    colours = [GREY if i == 0 else BLUE for i in range(len(values))]
    artists["bars"] = axes.bar(range(len(values)), heights, width=0.6, color=colours, edgecolor=DARK_GREY)
    top = max([v for v in values if v is not None], default=0)
    limit = max(10, top * 1.25 + 1)
    running = is_pending(outcome_dict.get("followup_status"))
    for i, value in enumerate(values):
        if value is None:
            missing = words.not_yet if running and i > 0 else words.no_data
            artists["no_data"].append(axes.text(i, limit * 0.04, missing, ha="center", va="bottom",
                                                style="italic", color=style.text, alpha=0.8))
        else:
            axes.text(i, value + limit * 0.015, words.number(value, 1), ha="center", va="bottom", color=style.text,
                      fontsize=9)
    if values[0] is not None:
        artists["baseline_line"] = axes.axhline(values[0], color=style.text, linestyle=":", linewidth=1)
    axes.set_xticks(range(len(values)), periods(words))
    axes.set_ylim(0, limit)
    axes.set_ylabel(words.per_28_days)
    artists["title"] = axes.set_title(outcome_title(outcome_dict, words), color=style.text, fontsize=10.5)
    axes.yaxis.grid(True, color=style.grid, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    if figure.get_layout_engine() is None:
        figure.subplots_adjust(left=0.1, right=0.98, top=0.86, bottom=0.2)
    return artists
