"""The calendar: states by the analysis rule, clicking a day, bulk headache-free marking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from diary_app.domain.models import DayEntry
from diary_app.ui.main_window import CALENDAR_TAB, TODAY_TAB
from diary_app.ui.month_grid import HEADACHE, MIGRAINE, NO_HEADACHE, UNRECORDED
from tests.ui.conftest import eptinezumab, headache, migraine, seed, stored


def show_calendar(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == CALENDAR_TAB
    return window.calendar


def test_days_are_shown_by_state_with_the_triptan_rule(qtbot, open_window, db_path, today):
    day = lambda n: today.replace(day=n)  # noqa: E731
    seed(db_path, [migraine(day(2)), headache(day(3)), headache(day(4), "sumatriptan"),
                   DayEntry.headache_free(day(5))])
    calendar = show_calendar(qtbot, open_window())
    grid = calendar.grid
    assert grid.state(day(2)) == MIGRAINE
    assert grid.state(day(3)) == HEADACHE
    assert grid.state(day(4)) == MIGRAINE  # a headache treated with a triptan counts as migraine
    assert grid.state(day(5)) == NO_HEADACHE
    assert grid.state(day(6)) == UNRECORDED
    assert "not recorded" in grid.describe(day(6))
    assert calendar.values["migraine_days"].text() == "2"
    assert calendar.values["headache_days"].text() == "3"
    assert calendar.values["no_headache_days"].text() == "1"


def test_month_numbers_and_classification_are_shown(qtbot, open_window, db_path, today):
    first = today.replace(month=10, day=1)
    seed(db_path, [migraine(first + dt.timedelta(days=i)) for i in range(16)])
    calendar = show_calendar(qtbot, open_window())
    qtbot.keyClick(calendar.window(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert (calendar.year, calendar.month) == (2026, 10)
    assert calendar.month_label.text() == "October 2026"
    assert calendar.values["classification"].text() == "Chronic"
    assert calendar.values["unrecorded_days"].text() == "15 of 31"
    qtbot.keyClick(calendar.window(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert calendar.values["classification"].text() == "Incomplete"
    assert not calendar.next_button.isEnabled()


def test_clicking_a_day_opens_it_in_the_day_form(qtbot, open_window, db_path, today):
    past = today.replace(day=10)
    seed(db_path, [migraine(past, notes="clicked")])
    window = open_window()
    calendar = show_calendar(qtbot, window)
    qtbot.mouseClick(calendar.grid, Qt.MouseButton.LeftButton, pos=calendar.grid.cell_rect(past).center())
    assert window.tabs.currentIndex() == TODAY_TAB
    assert window.day_form.date == past
    assert window.day_form.notes_edit.toPlainText() == "clicked"


def test_future_days_cannot_be_clicked(qtbot, window, today):
    calendar = show_calendar(qtbot, window)
    later = today + dt.timedelta(days=2)
    qtbot.mouseClick(calendar.grid, Qt.MouseButton.LeftButton, pos=calendar.grid.cell_rect(later).center())
    assert window.tabs.currentIndex() == CALENDAR_TAB


def test_marking_a_month_headache_free_keeps_recorded_days(qtbot, open_window, db_path, today, prompter):
    seed(db_path, [migraine(today.replace(day=3), notes="kept")])
    window = open_window()
    calendar = show_calendar(qtbot, window)
    prompter.answer("cancel")
    qtbot.mouseClick(calendar.mark_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        assert len(diary.days()) == 1
    prompter.answer("ok")
    qtbot.mouseClick(calendar.mark_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        days = {d.date: d for d in diary.days()}
    assert len(days) == today.day  # up to today, never beyond
    assert max(days) == today
    assert days[today.replace(day=3)].migraine and days[today.replace(day=3)].notes == "kept"
    assert not days[today.replace(day=4)].headache
    assert calendar.grid.state(today.replace(day=4)) == NO_HEADACHE
    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert [d.date for d in diary.days()] == [today.replace(day=3)]


def test_month_switching_reads_only_that_month(qtbot, window, monkeypatch):
    calendar = show_calendar(qtbot, window)
    reads = []
    for name in ("days", "day_records", "attacks"):
        original = getattr(window.session, name)
        monkeypatch.setattr(window.session, name, lambda first, last, name=name, original=original:
                            reads.append((name, first, last)) or original(first, last))
    calendar.step(-1)
    october = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert reads == [("day_records", *october), ("attacks", *october)]


def test_infusion_days_carry_a_badge(qtbot, open_window, db_path, today):
    start = today.replace(day=5)
    seed(db_path, infusions=[eptinezumab(start)])
    calendar = show_calendar(qtbot, open_window())
    assert "infusion: eptinezumab" in calendar.grid.describe(start)
    assert "infusion" not in calendar.grid.describe(start + dt.timedelta(days=1))
