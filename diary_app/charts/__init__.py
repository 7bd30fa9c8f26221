"""Figure drawing shared by the window and the PDF report: pure matplotlib, no Qt.

Each function draws on a `matplotlib.figure.Figure` it is given and returns its artists,
so callers can update them and tests can read the data drawn.
"""

from diary_app.charts.before_after import draw_before_after
from diary_app.charts.monthly_trend import draw_monthly_trend, fit_legend, infusion_labels_fit, update_monthly_trend
from diary_app.charts.palette import CLASS_COLOURS, ChartStyle

__all__ = ["CLASS_COLOURS", "ChartStyle", "draw_before_after", "draw_monthly_trend", "fit_legend",
           "infusion_labels_fit", "update_monthly_trend"]
