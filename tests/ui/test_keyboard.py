"""Keyboard only: Tab in reading order out of the tables, Ctrl+Tab between views, the calendar's
arrow keys, Return on a completion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import migraine, seed, shortcut, stored

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab


def focus_walk(qtbot, start, key, steps):
    """The widgets the focus visits from `start`, pressing `key` `steps` times."""
    start.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key)
        visited.append(QApplication.focusWidget())
    return visited


def reading_order(form):
    """The Today form's controls a person reaches, in the order they read them."""
    doses, triggers = form.doses, form.triggers
    checked = form.state_buttons[form.state_group.checkedId()]  # Tab visits the chosen one; arrows choose
    return [form.prev_button, form.date_edit, form.today_button, form.no_headache_button, checked,
            form.attacks_box.add_button, form.severity_spin, form.duration_spin, form.details.disability_combo,
            *form.symptom_boxes.values(), form.menstruation_box, doses.name_edit, doses.amount_edit, doses.unit_combo,
            doses.relief_combo, doses.add_button, doses.table, triggers.list, triggers.new_edit, triggers.add_button,
            form.notes_edit, form.save_button]


def a_migraine_with_a_dose(qtbot, form):
    form.state_buttons[2].setChecked(True)
    qtbot.keyClicks(form.doses.name_edit, "ibuprofen")
    qtbot.keyClick(form.doses.name_edit, Qt.Key.Key_Return)
    assert form.doses.table.rowCount() == 1


def test_tab_walks_the_form_in_reading_order_and_leaves_the_medication_table(qtbot, window):
    form = window.day_form
    a_migraine_with_a_dose(qtbot, form)  # today: Next is off, Forget is off (nothing saved yet)
    expected = reading_order(form)
    assert focus_walk(qtbot, form.prev_button, TAB, len(expected) - 1) == expected


def test_shift_tab_walks_back_the_same_way(qtbot, window):
    form = window.day_form
    a_migraine_with_a_dose(qtbot, form)
    expected = reading_order(form)
    assert focus_walk(qtbot, form.save_button, BACKTAB, len(expected) - 1) == expected[::-1]


def test_tab_leaves_the_attack_dialogs_time_fields_at_once(qtbot, qapp, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.ended_box.setChecked(True)
    visited = focus_walk(qtbot, dialog.start_edit, TAB, 3)
    assert visited == [dialog.start_edit, dialog.ended_box, dialog.end_edit, dialog.hours_spin]


def test_the_attack_dialog_reads_its_left_column_before_the_right(qtbot, qapp, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    visited = focus_walk(qtbot, dialog.symptom_boxes["phonophobia"], TAB, 2)
    assert visited == [dialog.symptom_boxes["phonophobia"], dialog.note_edit, dialog.doses.name_edit]


def test_return_in_the_attack_dialogs_fields_adds_without_closing_it(qtbot, qapp, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    for field, text in ((dialog.doses.name_edit, "ibuprofen"), (dialog.triggers.new_edit, "bright light")):
        field.setFocus()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(QApplication.activePopupWidget() or field, Qt.Key.Key_Return)  # an open completion has the keys
        if field.text():  # the Return took a suggestion: the next one adds it
            qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert [d.medication.name for d in dialog.doses.doses()] == ["ibuprofen"]
    assert dialog.triggers.selected() == ("bright light",)
    qtbot.keyClick(dialog.doses.name_edit, Qt.Key.Key_Return)  # on an empty field Return saves, as in any dialog
    assert dialog.result() == 1


def test_tab_leaves_the_attack_list(qtbot, open_window, db_path, today):
    from diary_app.domain.models import Attack

    from diary_app.store import Diary

    with Diary.open(db_path) as diary:
        diary.save_attack(Attack(dt.datetime.combine(today, dt.time(8)), dt.datetime.combine(today, dt.time(12)),
                                 "migraine", 6))
        diary.save_attack(Attack(dt.datetime.combine(today, dt.time(14)), dt.datetime.combine(today, dt.time(16)),
                                 "headache", 3))
    form = open_window().day_form
    box = form.attacks_box
    visited = focus_walk(qtbot, box.list.table, TAB, 4)
    assert visited == [box.list.table, box.add_button, box.list.edit_button, box.list.delete_button,
                       form.severity_spin]


def test_enter_in_the_attack_list_edits_the_chosen_attack(qtbot, open_window, db_path, today, prompter):
    from diary_app.domain.models import Attack
    from diary_app.store import Diary

    with Diary.open(db_path) as diary:
        diary.save_attack(Attack(dt.datetime.combine(today, dt.time(8)), None, "migraine", 6))
    form = open_window().day_form
    seen = []
    prompter.dialogs.append(lambda dialog: seen.append(dialog.windowTitle()) or False)
    form.attacks_box.list.table.setFocus()
    qtbot.keyClick(form.attacks_box.list.table, Qt.Key.Key_Return)
    assert seen == ["Edit attack"]


def test_ctrl_tab_changes_view_from_inside_the_form(qtbot, window):
    form = window.day_form
    form.state_buttons[2].setChecked(True)
    for widget in (form.doses.name_edit, form.notes_edit, form.severity_spin, form.date_edit, form.doses.table,
                   form.triggers.list, form.details.disability_combo, form.doses.unit_combo,
                   form.symptom_boxes["aura"]):
        window.show_view(0)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == 1, widget.accessibleName()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0


def test_the_calendar_takes_the_arrow_keys_as_soon_as_it_is_shown(qtbot, window, today):
    shortcut(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.calendar.grid
    window.show_view(0)
    window.day_form.notes_edit.setFocus()
    qtbot.keyClick(window.day_form.notes_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.calendar.grid


def test_arrows_cross_months_and_return_opens_the_day(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(today.replace(day=1) - dt.timedelta(days=1), notes="last of the month before")])
    window = open_window()
    shortcut(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    calendar, grid = window.calendar, window.calendar.grid
    assert grid._cursor == today.replace(day=1)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    before = today.replace(day=1) - dt.timedelta(days=1)
    assert (calendar.year, calendar.month) == (before.year, before.month)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.day_form.date == before
    assert window.day_form.notes_edit.toPlainText() == "last of the month before"


def test_arrows_never_go_past_today(qtbot, window, today):
    shortcut(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    calendar = window.calendar
    for _ in range(40):
        qtbot.keyClick(calendar.grid, Qt.Key.Key_Right)
    assert calendar.grid._cursor == today
    assert (calendar.year, calendar.month) == (today.year, today.month)


def test_return_on_a_suggestion_only_takes_it_and_a_second_return_adds_the_dose(qtbot, window):
    doses = window.day_form.doses
    doses.name_edit.setFocus()
    qtbot.keyClicks(doses.name_edit, "sumatr")
    popup = doses._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert doses.name_edit.text() == "sumatriptan"
    assert doses.doses() == ()
    qtbot.keyClick(doses.name_edit, Qt.Key.Key_Return)
    assert [d.medication.name for d in doses.doses()] == ["sumatriptan"]
    assert doses.name_edit.text() == ""


def test_the_same_medication_twice_on_a_day_is_one_row_with_the_amounts_added(qtbot, window, db_path, today):
    form = window.day_form
    form.state_buttons[1].setChecked(True)
    for amount in ("400", "200"):
        qtbot.keyClicks(form.doses.name_edit, "ibuprofen")
        qtbot.keyClicks(form.doses.amount_edit, amount)
        qtbot.keyClick(form.doses.amount_edit, Qt.Key.Key_Return)
    assert form.doses.table.rowCount() == 1
    assert form.doses.table.item(0, 2).text() == "600 mg"
    assert "already in the list" in form.doses.message_label.text()
    assert form.save()
    with stored(db_path) as diary:
        assert [(d.medication.name, d.amount) for d in diary.get_day(today).doses] == [("ibuprofen", 600)]


def test_doses_in_other_units_stay_two_rows(qtbot, window):
    doses = window.day_form.doses
    for amount, unit in (("1", "tablet"), ("400", "mg")):
        qtbot.keyClicks(doses.name_edit, "ibuprofen")
        qtbot.keyClicks(doses.amount_edit, amount)
        doses.unit_combo.setCurrentText(unit)
        qtbot.keyClick(doses.amount_edit, Qt.Key.Key_Return)
    assert [(d.amount, d.unit) for d in doses.doses()] == [(1, "tablet"), (400, "mg")]
