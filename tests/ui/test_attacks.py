"""Attacks in the window: the Today form's attack list and dialog, the calendar's days and badges,
edit, delete and undo, and what the form shows of a day its attacks record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from diary_app.domain import catalogue
from diary_app.domain.models import Attack, DayEntry, Dose, Infusion
from diary_app.ui.day_attacks import default_start
from diary_app.ui.headache_details import HEADACHE, MIGRAINE, NONE
from diary_app.ui.main_window import CALENDAR_TAB, TODAY_TAB
from diary_app.ui.month_grid import HEADACHE as HEADACHE_CELL
from diary_app.ui.month_grid import MIGRAINE as MIGRAINE_CELL
from tests.ui.conftest import headache, seed, stored


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def seed_attacks(path, *attacks: Attack) -> None:
    with stored(path) as diary:
        for attack in attacks:
            diary.save_attack(attack)


def stored_attacks(path) -> list[Attack]:
    with stored(path) as diary:
        return diary.attacks()


def accepted(dialog) -> bool:
    """Press Save as a person would: the dialog checks what it holds and stays open on a problem."""
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def test_an_attack_over_midnight_saved_in_the_dialog_shows_on_both_days_of_the_calendar(
        qtbot, window, db_path, today, prompter):
    evening = today - dt.timedelta(days=1)

    def fill(dialog):
        dialog.set_times(at(evening, 22, 0), at(today, 3, 30))
        dialog.severity_spin.setValue(7)
        dialog.symptom_boxes["nausea"].setChecked(True)
        dialog.doses.time_edit.setDateTime(dialog.end_edit.dateTime().addSecs(-3 * 3600))  # 00:30
        dialog.doses.name_edit.setText("sumatriptan")
        dialog.doses.amount_edit.setText("50")
        dialog.doses.relief_combo.setCurrentIndex(3)
        return accepted(dialog)  # the typed dose is added on Save

    window.day_form.show_date(evening)
    prompter.dialogs.append(fill)
    window.day_form.attacks_box.add_button.click()

    [attack] = stored_attacks(db_path)
    assert (attack.start, attack.end, attack.kind, attack.severity, attack.nausea) == (
        at(evening, 22), at(today, 3, 30), "migraine", 7, True)
    [dose] = attack.doses
    assert (dose.medication.name, dose.amount, dose.relief, dose.taken_at) == ("sumatriptan", 50, 2, at(today, 0, 30))
    assert window.day_form.attacks_box.list.table.rowCount() == 1
    assert "Saved the migraine of" in window.statusBar().currentMessage()

    window.show_view(CALENDAR_TAB)
    grid = window.calendar.grid
    assert grid.state(evening) == grid.state(today) == MIGRAINE_CELL
    assert "migraine: 22:00 – 26 Nov 03:30" in grid.describe(evening)
    assert "migraine: 25 Nov 22:00 – 03:30" in grid.describe(today)
    assert window.calendar.values["migraine_days"].text() == "2"


def test_two_attacks_on_a_day_carry_a_badge_and_are_one_migraine_day_as_in_the_summary(
        qtbot, open_window, db_path, today):
    day = today.replace(day=10)
    seed_attacks(db_path, Attack(at(day, 7), at(day, 11), "migraine", 6),
                 Attack(at(day, 19), at(day, 23), "headache", 4))
    window = open_window()
    window.show_view(CALENDAR_TAB)
    calendar = window.calendar
    assert calendar.grid.attack_count(day) == 2 and calendar.grid.attack_count(day + dt.timedelta(days=1)) == 0
    assert calendar.grid.state(day) == MIGRAINE_CELL
    assert calendar.values["migraine_days"].text() == "1"
    assert calendar.values["headache_days"].text() == "1"
    assert calendar.values["unrecorded_days"].text() == "25 of 26 so far"  # days after today are not unrecorded

    from diary_app.store.summary import diary_summary

    with stored(db_path) as diary:
        month = diary_summary(diary, today=today)["months"][-1]
    assert (month["migraine_days"], month["headache_days"], month["unrecorded_days"]) == (1, 1, 25)


def test_the_calendar_counts_dhe_course_days_as_ergot_days_like_the_summary(qtbot, open_window, db_path, today):
    start = today.replace(day=2)
    dhe = Infusion(start, catalogue.resolve("dihydroergotamine"), days=3, kind="acute", setting="hospital")
    seed(db_path, [headache(start + dt.timedelta(days=i)) for i in range(3)], [dhe])
    window = open_window()
    window.show_view(CALENDAR_TAB)
    values = window.calendar.values
    from diary_app.store.summary import diary_summary

    with stored(db_path) as diary:
        month = diary_summary(diary, today=today)["months"][-1]
    assert month["acute_medication_days"] == 3 and month["migraine_days"] == 3  # the ergot rule
    assert (values["acute_medication_days"].text(), values["migraine_days"].text()) == ("3", "3")
    assert window.calendar.grid.state(start) == MIGRAINE_CELL


def test_an_attack_is_edited_and_the_change_undone(qtbot, open_window, db_path, today, prompter):
    seed_attacks(db_path, Attack(at(today, 9), at(today, 12), "migraine", 6))
    window = open_window()
    box = window.day_form.attacks_box
    assert window.day_form.state_buttons[MIGRAINE].isChecked()

    def to_headache(dialog):
        assert dialog.windowTitle() == "Edit attack"
        dialog.kind_buttons["headache"].setChecked(True)
        dialog.set_length(dt.timedelta(hours=5))
        return accepted(dialog)

    prompter.dialogs.append(to_headache)
    box.list.edit_button.click()
    [changed] = stored_attacks(db_path)
    assert (changed.kind, changed.end) == ("headache", at(today, 14))
    assert window.day_form.state_buttons[HEADACHE].isChecked()  # the form follows the attack

    window.undo_action.trigger()
    [back] = stored_attacks(db_path)
    assert (back.kind, back.end, back.id) == ("migraine", at(today, 12), changed.id)
    assert window.day_form.state_buttons[MIGRAINE].isChecked()


def test_an_attack_is_deleted_after_asking_and_undo_brings_it_back(qtbot, window, db_path, today, prompter):
    def new_attack(dialog):
        dialog.set_times(at(today, 6), at(today, 8))
        return accepted(dialog)

    box = window.day_form.attacks_box
    prompter.dialogs.append(new_attack)
    box.add_button.click()
    prompter.answer("ok")
    box.list.delete_button.click()
    assert prompter.asked[-1][0] == "Delete attack" and "06:00 – 08:00" in prompter.asked[-1][1]
    assert stored_attacks(db_path) == []
    assert box.list.isHidden() and box.note.text() == "No attack recorded on this day."
    assert window.day_form.status_label.text().startswith("Not recorded yet")

    window.undo_action.trigger()  # the delete
    [back] = stored_attacks(db_path)
    assert back.start == at(today, 6) and box.list.table.rowCount() == 1
    window.undo_action.trigger()  # the addition: the attack put back is the one taken away
    assert stored_attacks(db_path) == []


def test_a_day_its_attacks_record_is_a_headache_day_and_no_headache_is_refused(
        qtbot, open_window, db_path, today, prompter):
    seed_attacks(db_path, Attack(at(today, 8), at(today, 10), "migraine", 8, aura=True,
                                 doses=(Dose(catalogue.resolve("ibuprofen"), 400, "mg", taken_at=at(today, 8, 30)),)))
    window = open_window()
    form = window.day_form
    assert form.state_buttons[MIGRAINE].isChecked() and not form.state_buttons[NONE].isEnabled()
    assert form.state_box.hint.text() == "(from the attacks below)" and not form.state_box.hint.isHidden()
    assert form.minimumSizeHint().width() <= 853  # fits 1280x720 at 150% with the hint on its own line
    assert form.status_label.text() == "Recorded by its attacks"
    assert form.attacks_box.note.text() == ("Counted as a migraine day (1 attack): peak severity 8; aura; "
                                            "1 dose taken in attacks.")
    assert "besides the attacks" in form.doses_box.title()

    assert form.no_headache_button.isHidden()  # the quick "No headache" button is not offered on an attack day
    form.no_headache_button.click()  # (its keyboard shortcut still reaches it: it refuses and says why)
    assert prompter.messages("info")[-1][1] == "No headache"
    with stored(db_path) as diary:
        assert diary.get_day(today) is None

    form.menstruation_box.setChecked(True)  # the day's own facts: the attack keeps the migraine
    assert form.save()
    with stored(db_path) as diary:
        entry = diary.get_day(today)
        [record] = diary.day_records(today, today)
    assert (entry.headache, entry.migraine, entry.menstruation) == (True, False, True)
    assert (record.migraine, record.severity) == (True, 8)


def test_a_new_attack_starts_now_on_today_and_at_eight_on_another_day(today):
    assert default_start(today, today, at(today, 14, 37)) == at(today, 14, 35)
    yesterday = today - dt.timedelta(days=1)
    assert default_start(yesterday, today, at(today, 14, 37)) == at(yesterday, 8)


def test_the_attack_dialog_keeps_end_and_length_in_step_and_refuses_an_end_before_the_start(qtbot, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(at(today, 8), today, [], [])
    qtbot.addWidget(dialog)
    assert dialog.end is None and "counts on the day it started" in dialog.length_label.text()
    dialog.set_times(at(today - dt.timedelta(days=2), 22), None)
    dialog.set_length(dt.timedelta(days=1, hours=2, minutes=15))
    assert dialog.end == at(today - dt.timedelta(days=1), 0, 15) + dt.timedelta(hours=24)
    assert dialog.length_label.text() == "1 day 2 h 15 min, over 3 days"
    dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addSecs(3600))  # the end moves with the start
    assert dialog.end - dialog.start == dt.timedelta(days=1, hours=2, minutes=15)

    dialog.set_times(at(today, 10), at(today, 9))
    assert not accepted(dialog)
    assert dialog.error_label.isVisibleTo(dialog) and dialog.error_label.text().startswith("end:")


def test_a_day_without_attacks_builds_no_attack_list(qtbot, window):
    box = window.day_form.attacks_box
    assert box.list is None and box.note.text() == "No attack recorded on this day."
    assert window.day_form.state_buttons[NONE].isEnabled()
    assert window.tabs.currentIndex() == TODAY_TAB


def test_a_headache_free_day_with_a_later_attack_keeps_its_own_entry(qtbot, open_window, db_path, today):
    day = today - dt.timedelta(days=3)
    seed(db_path, [DayEntry.headache_free(day)])
    seed_attacks(db_path, Attack(at(day, 15), at(day, 16), "headache", 3))
    window = open_window()
    form = window.day_form
    form.show_date(day)
    assert form.state_buttons[HEADACHE].isChecked()
    form.notes_edit.setPlainText("a short one after lunch")
    assert form.save()
    with stored(db_path) as diary:
        assert not diary.get_day(day).headache  # its own state is kept; the attack makes the headache day
        assert diary.day_records(day, day)[0].headache
    window.show_view(CALENDAR_TAB)
    assert window.calendar.grid.state(day) == HEADACHE_CELL
