"""Treatments and trends: infusions with their outcome, calendar badge and chart marker."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from diary_app.domain.models import DayEntry
from diary_app.ui.main_window import TREATMENTS_TAB, TRENDS_TAB
from tests.ui.conftest import eptinezumab, migraine, seed, shortcut, stored


def diary_around(start: dt.date, before: int, after: int) -> list[DayEntry]:
    """Recorded days: `before` migraine days in the 28 days before start, `after` in each 28 after."""
    days = []
    for offset in range(-28, 28 * 3 + 1):
        date = start + dt.timedelta(days=offset)
        if offset < 0:
            days.append(migraine(date) if offset >= -before else DayEntry.headache_free(date))
        elif offset > 0:
            days.append(migraine(date) if (offset - 1) % 28 < after else DayEntry.headache_free(date))
    return days


def fill_infusion_dialog(qtbot, drug: str, date: dt.date, dose: str = "100"):
    def fill(dialog):
        dialog.date_edit.setDate(date)
        qtbot.keyClicks(dialog.drug_edit, drug)
        qtbot.keyClick(dialog.dose_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.dose_spin, dose)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted
    return fill


@pytest.fixture
def infusion_day(today):
    return dt.date(2026, 7, 1)


def test_adding_an_infusion_shows_outcome_calendar_badge_and_chart_marker(qtbot, open_window, db_path, infusion_day,
                                                                          prompter):
    seed(db_path, diary_around(infusion_day, before=16, after=4))
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TREATMENTS_TAB
    prompter.dialogs.append(fill_infusion_dialog(qtbot, "Vyepti", infusion_day))
    qtbot.mouseClick(window.treatments.add_button, Qt.MouseButton.LeftButton)

    with stored(db_path) as diary:
        [infusion] = diary.infusions()
    assert (infusion.start, infusion.medication.name, infusion.dose_mg, infusion.kind) == (
        infusion_day, "eptinezumab", 100, "preventive")
    model = window.treatments.infusion_model
    row = {model.columns[c].title: model.data(model.index(0, c)) for c in range(model.columnCount())}
    assert row["Drug"] == "eptinezumab" and row["Baseline"] == "16.0"
    assert row["Wk 1-4"] == "4.0" and row["Reduction"] == "75.0%"
    assert row["≥50%"] == "yes" and row["≥75%"] == "yes"

    window.calendar.show_month(2026, 7)
    assert "infusion: eptinezumab" in window.calendar.grid.describe(infusion_day)

    shortcut(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TRENDS_TAB
    trends = window.trends
    trends.show_all()
    months = trends.trend_artists["months"]
    [line] = trends.trend_artists["infusion_lines"]
    assert line.get_xdata()[0] == pytest.approx(months.index("2026-07") - 0.5 + 0.5 / 31)
    assert trends.trend_artists["infusion_labels"][0].get_text() == "eptinezumab"
    assert [b.get_height() for b in trends.outcome_artists["bars"]] == [16, 4, 4, 4]
    assert "75.0% fewer migraine days" in trends.outcome_artists["title"].get_text()


def test_deleting_an_infusion_asks_and_undo_brings_it_back(qtbot, open_window, db_path, today, prompter):
    seed(db_path, infusions=[eptinezumab(today - dt.timedelta(days=30))])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    window.treatments.select_row(0)
    prompter.answer("cancel", "ok")
    qtbot.mouseClick(window.treatments.delete_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        assert len(diary.infusions()) == 1
    qtbot.mouseClick(window.treatments.delete_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        assert diary.infusions() == []
    assert window.treatments.infusion_model.rowCount() == 0
    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert [i.start for i in diary.infusions()] == [today - dt.timedelta(days=30)]
    assert window.treatments.infusion_model.rowCount() == 1


def test_editing_an_infusion_keeps_it_one_record(qtbot, open_window, db_path, today, prompter):
    seed(db_path, infusions=[eptinezumab(today - dt.timedelta(days=30))])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    window.treatments.select_row(0)

    def change_reactions(dialog):
        assert dialog.drug_edit.text() == "eptinezumab"
        qtbot.keyClicks(dialog.reactions_edit, "headache next day")
        dialog.accept()
        return True

    prompter.dialogs.append(change_reactions)
    qtbot.mouseClick(window.treatments.edit_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        [infusion] = diary.infusions()
    assert infusion.reactions == "headache next day" and infusion.dose_mg == 100


def test_next_infusion_due_soon_is_highlighted(open_window, db_path, today):
    seed(db_path, infusions=[eptinezumab(today - dt.timedelta(days=80))])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    [label] = window.treatments.due_labels
    assert label.property("status") == "due_soon"
    assert "in 4 days" in label.text() and "#F0E442" in label.styleSheet()


def test_infusion_dialog_defaults_kind_from_the_catalogue_and_refuses_future_dates(qtbot, today):
    from diary_app.ui.dialogs.infusion_dialog import InfusionDialog

    dialog = InfusionDialog(today, [])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.drug_edit, "DHE")
    assert dialog.kind_combo.currentIndex() == 1  # acute, as the catalogue says
    dialog.days_spin.setValue(3)
    assert dialog.infusion.medication.name == "dihydroergotamine" and dialog.infusion.days == 3
    dialog.drug_edit.clear()
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.error_label.text() == "medication: a medication needs a name"


def test_adding_a_custom_medication(qtbot, window, db_path, prompter):
    window.show_view(TREATMENTS_TAB)

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Feverfew")
        dialog.class_combo.setCurrentIndex(dialog.class_combo.findText("Other preventives"))
        dialog.role_combo.setCurrentIndex(1)
        return True

    prompter.dialogs.append(fill)
    qtbot.mouseClick(window.treatments.add_medication_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        [med] = diary.medications()
    assert (med.name, med.drug_class, med.role, med.known) == ("Feverfew", "preventive", "preventive", False)
    assert window.treatments.medication_model.rowCount() == 1
    assert "Feverfew" in window.day_form.doses.name_edit.completer().model().stringList()


def test_trend_bars_follow_the_diary_after_a_change(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(dt.date(2026, 10, d)) for d in range(1, 17)] + [migraine(today.replace(day=2))])
    window = open_window()
    window.show_view(TRENDS_TAB)
    artists = window.trends.trend_artists
    assert artists["months"] == ["2026-10", "2026-11"]
    heights = [bar.get_height() for bar in artists["migraine_bars"]]
    assert heights == [16, 1]
    assert artists["migraine_bars"][0].get_facecolor()[:3] == pytest.approx((0xD5 / 255, 0x5E / 255, 0))
    assert artists["migraine_bars"][1].get_hatch() == "///"  # incomplete month
    assert artists["threshold"].get_ydata()[0] == 15

    window.show_view(0)
    window.day_form.show_date(today.replace(day=3))
    window.day_form.state_buttons[2].setChecked(True)
    window.day_form.save()
    window.show_view(TRENDS_TAB)
    assert window.trends.trend_artists is artists  # updated in place, not rebuilt
    assert [bar.get_height() for bar in artists["migraine_bars"]] == [16, 2]
    axes = window.trends.trend_canvas.figure.axes[0]
    assert [p.get_height() for p in axes.patches if p.get_facecolor()[3] > 0][-2:] == [16, 2]


def test_range_selector_last_12_months_and_all(open_window, db_path, today):
    seed(db_path, [migraine(dt.date(2025, 1, 5)), migraine(today)])
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    assert len(trends.trend_artists["months"]) == 12
    assert trends.trend_artists["months"][-1] == "2026-11"
    trends.show_all()
    assert trends.trend_artists["months"][0] == "2025-01" and len(trends.trend_artists["months"]) == 23
    trends.from_combo.setCurrentIndex(trends.from_combo.findText("2026-10"))
    assert trends.trend_artists["months"] == ["2026-10", "2026-11"]
    trends.show_recent()
    assert len(trends.trend_artists["months"]) == 12


def test_hovering_a_month_shows_its_numbers(open_window, db_path, today):
    from matplotlib.backend_bases import MouseEvent

    seed(db_path, [migraine(today.replace(day=d)) for d in range(1, 4)])
    window = open_window()
    window.show_view(TRENDS_TAB)
    canvas = window.trends.trend_canvas
    canvas.draw()
    axes = window.trends.trend_artists["axes"]
    x, y = axes.transData.transform((0, 2))
    MouseEvent("motion_notify_event", canvas, x, y)._process()
    assert window.trends.hover_label.text().startswith("2026-11: 3 migraine days, 3 headache days, 3 of 30 days")
