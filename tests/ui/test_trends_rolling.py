"""The rolling 28-day migraine-day rate on the trend chart."""

from __future__ import annotations

import datetime as dt
import math

from diary_app.domain.models import DayEntry
from diary_app.domain.record import replace
from diary_app.ui.main_window import TRENDS_TAB
from tests.ui.conftest import migraine, seed


def rolling_points(window) -> dict[int, float]:
    """{day of November: rate} of the drawn line (gaps left out)."""
    line = window.trends.trend_artists["rolling_line"]
    november = window.trends.trend_artists["months"].index("2026-11")
    points = {}
    for x, y in zip(line.get_xdata(), line.get_ydata()):
        day = round((x - november + 0.5) * 30 + 0.5)
        if 1 <= day <= 30 and not math.isnan(y):
            points[day] = round(float(y), 2)
    return points


def test_the_rolling_rate_is_drawn_and_follows_a_change(open_window, db_path, today):
    # 1-20 November recorded; every 4th day a migraine.
    seed(db_path, [migraine(dt.date(2026, 11, d)) if d % 4 == 0 else DayEntry(dt.date(2026, 11, d), headache=False)
                   for d in range(1, 21)])
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    assert trends.rolling_box.isChecked()
    points = rolling_points(window)
    assert 13 not in points  # 13 recorded days: no rate yet
    assert points[14] == 6.0  # 3 migraine days of 14 recorded: 3 x 28 / 14
    assert points[20] == 7.0  # 5 of 20
    assert points[26] == 7.0 and 27 not in points  # today still has 20 recorded days in its window; no later day
    legend = [text.get_text() for text in trends.trend_artists["legend"].get_texts()]
    assert "rolling 28-day rate" in legend

    day = window.session.day(dt.date(2026, 11, 1))
    window.session.save_day(replace(day, headache=True, migraine=True))
    assert rolling_points(window)[20] == 8.4  # 6 of 20: the line was updated in place

    trends.rolling_box.setChecked(False)
    assert trends.trend_artists["rolling_line"] is None
