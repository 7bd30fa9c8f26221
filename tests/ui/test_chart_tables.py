"""The charts' table alternative: the same numbers as the bars, shown instead of the chart on
request, copied as tab-separated text with Ctrl+C or the Copy button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from diary_app.ui.main_window import TRENDS_TAB
from tests.ui.conftest import eptinezumab, migraine, seed
from tests.ui.test_treatments_and_trends import diary_around, infusion_day  # noqa: F401 (a fixture)


def cell_texts(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_trend_table_shows_the_bars_numbers_and_replaces_the_chart(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(dt.date(2026, 10, d)) for d in range(1, 17)] + [migraine(today.replace(day=2))])
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    assert not trends.trend_table.isVisible() and trends.trend_canvas.isVisible()
    qtbot.mouseClick(trends.trend_table_button, Qt.MouseButton.LeftButton)
    assert trends.trend_table.isVisible() and not trends.trend_canvas.isVisible()
    rows = cell_texts(trends.trend_table.model)
    heights = [bar.get_height() for bar in trends.trend_artists["migraine_bars"]]
    assert [int(row[1]) for row in rows] == heights == [16, 1]
    assert rows[0] == ["2026-10", "16", "16", "16/31", "chronic"]
    assert rows[1][3].startswith("1/")
    assert trends.trend_table.table.accessibleName() and trends.trend_canvas.accessibleName()


def test_ctrl_c_copies_the_selected_months_with_the_header(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(dt.date(2026, 10, d)) for d in range(1, 17)] + [migraine(today.replace(day=2))])
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    trends.trend_table_button.click()
    table = trends.trend_table.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Month\tMigraine days\tHeadache days\tRecorded days\tClass\n2026-10\t16\t16\t16/31\tchronic")
    table.clearSelection()
    qtbot.mouseClick(trends.trend_table.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().count("\n") == 2  # the header and both months
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection


def test_the_before_after_table_shows_the_charts_rates(qtbot, open_window, db_path, infusion_day):
    seed(db_path, diary_around(infusion_day, before=16, after=4), infusions=[eptinezumab(infusion_day)])
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    trends.outcome_table_button.click()
    assert trends.outcome_table.isVisible() and not trends.outcome_canvas.isVisible()
    rows = cell_texts(trends.outcome_table.model)
    assert [row[0] for row in rows] == ["baseline (28 days before)", "weeks 1-4", "weeks 5-8", "weeks 9-12"]
    bars = [bar.get_height() for bar in trends.outcome_artists["bars"]]
    assert [float(row[1]) for row in rows] == bars == [16, 4, 4, 4]
    assert rows[0][1] == "16.0"
