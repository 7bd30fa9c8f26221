"""The charts' colours taken from a widget's palette, so they follow a dark or light theme."""

from __future__ import annotations


def chart_style(widget):
    """A charts.ChartStyle with the widget's text, window and mid colours."""
    from diary_app.charts import ChartStyle

    palette = widget.palette()
    return ChartStyle(text=palette.color(palette.ColorRole.WindowText).name(),
                      background=palette.color(palette.ColorRole.Window).name(),
                      grid=palette.color(palette.ColorRole.Mid).name())
