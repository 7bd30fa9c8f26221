"""Okabe-Ito colours (safe for colour-blind readers) and the neutral text style of the charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

VERMILLION = "#D55E00"
BLUE = "#0072B2"
SKY = "#56B4E9"
GREEN = "#009E73"
GREY = "#BBBBBB"
DARK_GREY = "#777777"
REDDISH_PURPLE = "#CC79A7"
ORANGE = "#E69F00"
YELLOW = "#F0E442"
BLACK = "#000000"

CLASS_COLOURS = {"chronic": VERMILLION, "episodic": BLUE, "incomplete": GREY}
CLASS_HATCH = {"chronic": "", "episodic": "", "incomplete": "///"}
INFUSION_COLOUR = GREEN
CHRONIC_THRESHOLD = 15
# Preventive courses, one colour per medication in order of first start; bars' blue and
# vermillion come last so a shaded course is not read as a month's class.
COURSE_COLOURS = (SKY, ORANGE, REDDISH_PURPLE, GREEN, YELLOW, BLUE, VERMILLION, DARK_GREY)
SCORE_STYLES = (  # one per questionnaire line, in the order given
    {"color": REDDISH_PURPLE, "marker": "o", "linestyle": "-"},
    {"color": ORANGE, "marker": "D", "linestyle": "--"},
)


@dataclass(frozen=True)
class ChartStyle:
    """Text and background colours; the defaults suit paper, the window passes its palette's."""

    text: str = "#222222"
    background: str = "#FFFFFF"
    grid: str = "#B0B0B0"


def apply_style(figure, axes, style: ChartStyle) -> None:
    figure.set_facecolor(style.background)
    axes.set_facecolor(style.background)
    axes.tick_params(colors=style.text, labelcolor=style.text)
    for spine in axes.spines.values():
        spine.set_color(style.grid)
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    axes.yaxis.label.set_color(style.text)
    axes.xaxis.label.set_color(style.text)
    axes.title.set_color(style.text)


def course_colours(names) -> dict[str, str]:
    """A colour for each medication (generic name), in the order given; a ninth reuses the first."""
    colours: dict[str, str] = {}
    for name in names:
        key = name.casefold()
        if key not in colours:
            colours[key] = COURSE_COLOURS[len(colours) % len(COURSE_COLOURS)]
    return colours


def infusion_fields(infusion) -> tuple[dt.date, str, str, int]:
    """(start, generic name, kind, days) from an Infusion or a summary's infusion dict."""
    if isinstance(infusion, dict):
        start = infusion["start"]
        start = dt.date.fromisoformat(start) if isinstance(start, str) else start
        return start, infusion["medication"], infusion.get("kind", "preventive"), int(infusion.get("days", 1))
    return infusion.start, infusion.medication.name, infusion.kind, infusion.days


def infusion_label(name: str, days: int, course_of: str = "{0} course") -> str:
    """The marker label: the generic name, "DHE" for dihydroergotamine, `course_of` (ChartWords) for
    several days ("DHE course")."""
    short = "DHE" if name.casefold() == "dihydroergotamine" else name
    return course_of.format(short) if days > 1 else short
