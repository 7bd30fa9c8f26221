"""The gap prompt: on opening, unrecorded recent days are offered in the banner, one click per
day opens the entry form for it, or all of them are marked headache-free. Each test uses
its own temporary diary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from diary_app.domain.models import DayEntry
from diary_app.ui.main_window import TODAY_TAB
from tests.ui.conftest import migraine, seed, stored


def days_ago(today: dt.date, *counts: int) -> list[dt.date]:
    return [today - dt.timedelta(days=n) for n in counts]


def test_the_gap_prompt_offers_each_unrecorded_recent_day(qtbot, open_window, db_path, today):
    seed(db_path, [DayEntry.headache_free(d) for d in days_ago(today, 30, 2)])
    window = open_window()
    assert window.banner.isVisible()
    assert window.banner.dates() == days_ago(today, 7, 6, 5, 4, 3, 1)
    assert [b.accessibleName() for b in window.banner.day_buttons][-1] == f"Fill in {today - dt.timedelta(days=1)}"
    window.show_view(3)
    qtbot.mouseClick(window.banner.day_buttons[-1], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == TODAY_TAB and window.day_form.date == today - dt.timedelta(days=1)


def test_the_gap_prompt_never_reaches_before_the_first_entry(open_window, db_path, today):
    seed(db_path, [migraine(d) for d in days_ago(today, 1, 3, 4, 5, 6)])
    window = open_window()
    assert window.banner.dates() == days_ago(today, 2)  # 7 days ago is before the diary began
    assert window.session.unrecorded_recent_days() == window.banner.dates()


def test_recording_an_offered_day_drops_its_button(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(d) for d in days_ago(today, 9, 4)])
    window = open_window()
    qtbot.mouseClick(window.banner.day_buttons[0], Qt.MouseButton.LeftButton)
    window.day_form.state_buttons[0].setChecked(True)  # no headache
    assert window.day_form.save()
    assert window.banner.dates() == days_ago(today, 6, 5, 3, 2, 1)
    assert len(window.banner.day_buttons) == 5


def test_marking_them_headache_free_keeps_recorded_days_and_leaves_no_gap(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(d) for d in days_ago(today, 30, 3)])
    window = open_window()
    offered = window.banner.dates()
    qtbot.mouseClick(window.banner.mark_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible() and window.session.unrecorded_recent_days() == []
    with stored(db_path) as diary:
        assert all(not diary.get_day(d).headache for d in offered)
        assert diary.get_day(today - dt.timedelta(days=3)).migraine
    window.undo_action.trigger()  # one undo takes the whole marking back
    assert window.session.unrecorded_recent_days() == offered


def test_closing_the_gap_prompt_changes_nothing(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(d) for d in days_ago(today, 30)])
    window = open_window()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    with stored(db_path) as diary:
        assert diary.recorded_dates() == set(days_ago(today, 30))


def test_a_new_diary_is_not_prompted(window):
    assert not window.banner.isVisible() and window.session.unrecorded_recent_days() == []
