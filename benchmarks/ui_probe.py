"""In-window timings on one diary, run in its own process (one QApplication each).

    python benchmarks/ui_probe.py DIARY_PATH   prints one JSON object of seconds
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from benchmarks.core import median_seconds
from diary_app.domain.record import replace


def main() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from diary_app.ui import app as ui_app
    from diary_app.ui.main_window import CALENDAR_TAB, TODAY_TAB, TRENDS_TAB

    figures: dict[str, float] = {}
    window_settle = ui_app.settle

    def timed_settle(window) -> None:  # what the window does once it is on screen: matplotlib and its fonts
        start = time.perf_counter()
        window_settle(window)
        figures["matplotlib_import"] = time.perf_counter() - start

    # the window's own settle timer calls it; calling settle here as well would run it a second time
    # inside the trends' first draw
    ui_app.settle = timed_settle
    window = ui_app.launch(Path(sys.argv[1]), ui_app.today_provider())
    app = QApplication.instance()
    while "matplotlib_import" not in figures:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    trends = window.trends

    def settle() -> None:
        """Run the event loop until the charts' idle redraws are done, as a person would wait."""
        app.processEvents()
        while trends.trend_canvas._draw_pending or trends.outcome_canvas._draw_pending:
            app.processEvents()

    def show_trends() -> None:
        window.show_view(TRENDS_TAB)  # (its tab holds the view inside a scroll area: not setCurrentWidget)
        assert window.tabs.currentWidget().isAncestorOf(trends), "the trends view is not the one shown"
        settle()

    first = time.perf_counter()
    show_trends()
    figures["trends_first_draw"] = time.perf_counter() - first

    session = window.session
    today = session.today()

    def change_and_redraw() -> None:
        # a real change: the summary is read again and the chart updates
        entry = session.day(today - dt.timedelta(days=2))
        session.save_day(replace(entry, notes=(entry.notes + ".")[-50:]))
        settle()  # the views' idle redraws run here, as they would for a person

    figures["trends_redraw_after_change"] = median_seconds(change_and_redraw)
    trends.show_all()
    figures["trends_all_months_draw"] = median_seconds(lambda: (trends._redraw(), settle()), runs=3)

    window.show_view(CALENDAR_TAB)
    app.processEvents()
    calendar = window.calendar

    def switch_month() -> None:
        calendar.step(-1)
        app.processEvents()

    figures["calendar_month_switch"] = median_seconds(switch_month, runs=11)
    window.show_view(TODAY_TAB)

    def log_day_and_see_calendar() -> None:
        entry = session.day(today - dt.timedelta(days=3))
        session.save_day(replace(entry, notes=(entry.notes + ",")[-50:]))
        calendar.show_month(today.year, today.month)
        app.processEvents()

    figures["log_day_and_calendar_update"] = median_seconds(log_day_and_see_calendar, runs=11)
    print(json.dumps(figures), flush=True)
    window.close()


if __name__ == "__main__":
    main()
