"""The report's trend chart as SVG, so it stays vector in the PDF.

Drawn by the same `diary_app.charts.draw_monthly_trend` as the window, on a plain
`matplotlib.figure.Figure` (never pyplot); matplotlib is imported only when a chart is made.
"""

from __future__ import annotations

import io
import math
import re

MM_PER_INCH = 25.4
LEGEND_POINTS = 7.5
HATCH_SPACING_MM = 1.6
HATCH_COLOUR = "#777777"
ONE_ROW = 5  # legend entries that fit in one row across the paper
_EMPTY_PATH = re.compile(rb"<path(?![^>]*\sd=)[^>]*/>")  # Qt's SVG reader warns about these


def trend_svg(months: list[dict], infusions: list[dict], *, width_mm: float, height_mm: float) -> bytes:
    """Monthly migraine and headache days, the chronic threshold and the infusion markers,
    at the size it is printed so its text comes out at its point size; its words, month names and
    numbers in the interface's language (exporters/chart_words.py)."""
    import matplotlib
    from matplotlib.figure import Figure

    from diary_app.charts import draw_monthly_trend
    from diary_app.exporters.chart_words import translated_chart_words

    settings = {"svg.fonttype": "none", "svg.hashsalt": "migraine-diary", "font.family": "DejaVu Sans"}
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH))
        artists = draw_monthly_trend(figure, months, infusions, show_headache=True, words=translated_chart_words())
        rows = _fit_legend(artists, months)
        figure.subplots_adjust(left=0.065, right=0.99, top=0.86 if rows == 1 else 0.79, bottom=0.15)
        _draw_hatches(artists)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _EMPTY_PATH.sub(b"", buffer.getvalue())


def _draw_hatches(artists: dict) -> None:
    """Hatched bars as plain diagonal lines: Qt's SVG renderer turns a hatch pattern into a
    bitmap, and the report's chart must stay vector."""
    from matplotlib.collections import LineCollection

    axes = artists["axes"]
    origin = axes.transData.transform((0, 0))
    x_pixels = axes.transData.transform((1, 0))[0] - origin[0]  # display units per month
    y_pixels = axes.transData.transform((0, 1))[1] - origin[1]  # display units per day
    spacing = HATCH_SPACING_MM / MM_PER_INCH * axes.figure.dpi / x_pixels
    for bar in artists.get("migraine_bars", []):
        if not bar.get_hatch():
            continue
        bar.set_hatch(None)
        segments = _diagonals(bar.get_x(), bar.get_y(), bar.get_width(), bar.get_height(),
                              slope_x=y_pixels / x_pixels, spacing=spacing)
        axes.add_collection(LineCollection(segments, colors=HATCH_COLOUR, linewidths=0.6, zorder=bar.zorder + 0.1))


def _diagonals(x0: float, y0: float, width: float, height: float, *, slope_x: float, spacing: float) -> list:
    """45-degree lines (on paper) across a rectangle, clipped to it; slope_x = months per day drawn."""
    if width <= 0 or height <= 0:
        return []
    run = height * slope_x  # the x distance a line covers from bottom to top
    segments = []
    offset = -run + spacing / 2
    while offset < width:
        low = max(0.0, -offset / run)
        high = min(1.0, (width - offset) / run)
        if low < high:
            segments.append(((x0 + offset + low * run, y0 + low * height), (x0 + offset + high * run, y0 + high * height)))
        offset += spacing
    return segments


def _fit_legend(artists: dict, months: list[dict]) -> int:
    """Only the classifications the chart shows, smaller type; one row across the paper's width
    when the entries fit (at most ONE_ROW), two otherwise. Returns the number of rows."""
    legend = artists.get("legend")
    if legend is None:
        return 1
    shown = {m.get("classification") for m in months}
    keep = [(handle, text.get_text())
            for handle, text, drawn in zip(legend.legend_handles, legend.get_texts(), artists["legend_handles"])
            if not (drawn.get_gid() or "").startswith("class:") or drawn.get_gid()[6:] in shown]
    for handle, _ in keep:
        if hasattr(handle, "set_hatch"):
            handle.set_hatch(None)  # see _draw_hatches; the grey fill still tells the class apart
    legend.remove()
    artists["legend"] = artists["axes"].legend(
        [handle for handle, _ in keep], [label for _, label in keep], loc="lower left", bbox_to_anchor=(0, 1.02),
        ncols=len(keep) if len(keep) <= ONE_ROW else math.ceil(len(keep) / 2), frameon=False,
        fontsize=LEGEND_POINTS, handlelength=1.6, columnspacing=1.2,
    )
    return 1 if len(keep) <= ONE_ROW else 2
