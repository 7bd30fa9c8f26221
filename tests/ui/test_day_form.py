"""The day form: logging with the keyboard, editing past days, never losing an edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from diary_app.domain.errors import DiaryError
from diary_app.domain.models import DayEntry
from tests.ui.conftest import migraine, seed, stored


def select_all_and_type(qtbot, widget, text):
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_logging_a_migraine_day_with_the_keyboard_alone(qtbot, window, db_path, today):
    form = window.day_form
    form.state_buttons[2].setFocus()
    qtbot.keyClick(form.state_buttons[2], Qt.Key.Key_Space)
    select_all_and_type(qtbot, form.severity_spin, "7")
    select_all_and_type(qtbot, form.duration_spin, "6")
    qtbot.keyClick(form.symptom_boxes["nausea"], Qt.Key.Key_Space)
    qtbot.keyClick(form.symptom_boxes["photophobia"], Qt.Key.Key_Space)
    qtbot.keyClicks(form.doses.name_edit, "Imitrex")
    qtbot.keyClicks(form.doses.amount_edit, "50")
    qtbot.keyClick(form.doses.amount_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.triggers.new_edit, "red wine")
    qtbot.keyClick(form.triggers.new_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.notes_edit, "Woke up with it")
    assert form.is_dirty()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    with stored(db_path) as diary:
        entry = diary.get_day(today)
    assert entry.migraine and entry.headache
    assert entry.severity == 7 and entry.duration_hours == 6
    assert entry.nausea and entry.photophobia and not entry.aura
    assert [(d.medication.name, d.amount, d.unit) for d in entry.doses] == [("sumatriptan", 50, "mg")]
    assert entry.triggers == ("red wine",)
    assert entry.notes == "Woke up with it"
    assert not form.is_dirty()
    assert form.status_label.text() == "Recorded"


def test_no_headache_today_shortcut_records_a_headache_free_day(qtbot, window, db_path, today):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with stored(db_path) as diary:
        entry = diary.get_day(today)
    assert entry is not None and not entry.headache and entry.severity is None


def test_no_headache_over_a_recorded_migraine_asks_first(window, db_path, today, prompter):
    window.day_form.show_date(today)
    seed(db_path, [migraine(today)])
    window.day_form.reload()
    prompter.answer("cancel")
    assert not window.day_form.record_no_headache()
    with stored(db_path) as diary:
        assert diary.get_day(today).migraine


def test_editing_a_past_day_uses_the_same_form(qtbot, open_window, db_path, today):
    past = today - dt.timedelta(days=3)
    seed(db_path, [migraine(past, notes="bad one")])
    window = open_window()
    form = window.day_form
    for _ in range(3):
        qtbot.mouseClick(form.prev_button, Qt.MouseButton.LeftButton)
    assert form.date == past
    assert form.state_buttons[2].isChecked() and form.severity_spin.value() == 7
    assert form.notes_edit.toPlainText() == "bad one"
    qtbot.keyClick(form.state_buttons[1], Qt.Key.Key_Space)  # only a headache after all
    form.save()
    with stored(db_path) as diary:
        entry = diary.get_day(past)
    assert entry.headache and not entry.migraine and entry.notes == "bad one"


def test_switching_dates_with_unsaved_edits_asks_and_cancel_keeps_them(qtbot, window, db_path, today, prompter):
    form = window.day_form
    qtbot.keyClicks(form.notes_edit, "half written")
    prompter.answer("cancel")
    qtbot.mouseClick(form.prev_button, Qt.MouseButton.LeftButton)
    assert prompter.asked[0][0] == "Unsaved changes"
    assert form.date == today
    assert form.notes_edit.toPlainText() == "half written"
    prompter.answer("cancel")
    form.date_edit.setDate(form.date_edit.date().addDays(-5))
    assert form.date == today and form.date_edit.date().day() == today.day
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_discard_drops_the_edits(qtbot, window, db_path, today, prompter):
    form = window.day_form
    qtbot.keyClick(form.state_buttons[1], Qt.Key.Key_Space)
    prompter.answer("discard")
    form.step(-1)
    assert form.date == today - dt.timedelta(days=1)
    form.step(1)
    assert form.state_group.checkedId() == -1
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_save_answer_saves_before_moving(qtbot, window, db_path, today, prompter):
    form = window.day_form
    qtbot.keyClick(form.state_buttons[0], Qt.Key.Key_Space)
    prompter.answer("save")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert form.date == today - dt.timedelta(days=1)
    with stored(db_path) as diary:
        assert diary.get_day(today) is not None


def test_future_dates_cannot_be_chosen(window, today):
    form = window.day_form
    assert not form.next_button.isEnabled()
    assert form.date_edit.maximumDate().toPython() == today
    form.show_date(today + dt.timedelta(days=3))
    assert form.date == today


def test_invalid_input_is_shown_beside_the_field_and_not_saved(qtbot, window, db_path, today):
    form = window.day_form
    qtbot.keyClicks(form.notes_edit, "no state chosen")
    assert not form.save()
    assert form.errors["state"].isVisibleTo(form) and "choose" in form.errors["state"].text()
    qtbot.keyClick(form.state_buttons[1], Qt.Key.Key_Space)
    qtbot.keyClicks(form.triggers.new_edit, "wine;cheese")
    assert not form.save()
    assert form.errors["triggers"].isVisibleTo(form) and "wine;cheese" in form.errors["triggers"].text()
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_forget_this_day_asks_then_makes_it_unrecorded(qtbot, open_window, db_path, today, prompter):
    seed(db_path, [migraine(today)])
    window = open_window()
    prompter.answer("cancel", "ok")
    qtbot.mouseClick(window.day_form.forget_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        assert diary.get_day(today) is not None
    qtbot.mouseClick(window.day_form.forget_button, Qt.MouseButton.LeftButton)
    with stored(db_path) as diary:
        assert diary.get_day(today) is None
    assert window.day_form.state_group.checkedId() == -1


def test_closing_with_unsaved_edits_asks(qtbot, window, prompter):
    qtbot.keyClicks(window.day_form.notes_edit, "keep me")
    prompter.answer("cancel")
    window.close()
    assert window.isVisible() and window.session is not None


def test_undo_puts_back_the_previous_entry(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(today, notes="first")])
    window = open_window()
    form = window.day_form
    select_all_and_type(qtbot, form.notes_edit, "second")
    form.save()
    assert "Undo save" in window.undo_action.text()
    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert diary.get_day(today).notes == "first"
    assert form.notes_edit.toPlainText() == "first"
    assert not window.undo_action.isEnabled()


def test_undo_of_a_first_save_makes_the_day_unrecorded(window, db_path, today):
    window.day_form.record_no_headache()
    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_a_failed_save_is_shown_and_nothing_changes(qtbot, window, db_path, today, prompter, monkeypatch):
    def refuse(entry):
        raise DiaryError("disk full; nothing was changed")

    monkeypatch.setattr(window.session.diary, "save_day", refuse)
    qtbot.keyClick(window.day_form.state_buttons[0], Qt.Key.Key_Space)
    assert not window.day_form.save()
    assert prompter.messages("error")[0][2] == "disk full; nothing was changed"
    assert window.day_form.is_dirty()
    monkeypatch.undo()
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_medication_completion_offers_catalogue_and_own_names(open_window, db_path):
    from diary_app.domain.models import Medication
    from diary_app.store import Diary

    with Diary.open(db_path) as diary:
        diary.save_medication(Medication("Grandma's tea", "other", "oral", "acute", known=False))
    window = open_window()
    names = window.day_form.doses.name_edit.completer().model().stringList()
    assert "Grandma's tea" in names and "sumatriptan" in names and "Imitrex" in names


def test_typing_a_date_moves_when_editing_is_finished(qtbot, open_window, db_path, today):
    past = today - dt.timedelta(days=2)
    seed(db_path, [migraine(past, notes="typed")])
    form = open_window().day_form
    form.date_edit.setFocus()
    form.date_edit.setDate(past)  # as typed: nothing moves while the field has focus
    assert form.date == today
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Return)
    assert form.date == past and form.notes_edit.toPlainText() == "typed"


def test_trigger_ticks_use_qts_own_numbers():
    from diary_app.ui import trigger_picker

    assert trigger_picker.CHECK_STATE_ROLE == Qt.ItemDataRole.CheckStateRole.value
    assert (trigger_picker.UNCHECKED, trigger_picker.CHECKED) == (Qt.CheckState.Unchecked.value, Qt.CheckState.Checked.value)


def test_a_known_trigger_is_ticked_with_the_space_bar_or_the_mouse(qtbot, window, db_path, today):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    seed(db_path, [DayEntry(today - dt.timedelta(days=2), headache=True, triggers=("stress", "poor sleep"))])
    form = window.day_form
    form.refresh_choices()
    picker = form.triggers
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == ["poor sleep", "stress"]
    assert picker.selected() == ()
    picker.list.setFocus()
    picker.list.setCurrentRow(1)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.selected() == ("stress",)

    option = QStyleOptionViewItem()  # where Qt draws the tick box of the first row
    picker.list.initViewItemOption(option)
    option.rect = picker.list.visualItemRect(picker.list.item(0))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = picker.list.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, picker.list)
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert picker.selected() == ("poor sleep", "stress")
    assert form.is_dirty()


def test_delete_in_the_medication_list_removes_the_selected_dose(qtbot, window):
    doses = window.day_form.doses
    for name in ("ibuprofen", "sumatriptan"):
        qtbot.keyClicks(doses.name_edit, name)
        qtbot.keyClick(doses.name_edit, Qt.Key.Key_Return)
        qtbot.keyClick(doses.name_edit, Qt.Key.Key_Return)
    assert doses.table.rowCount() == 2
    doses.table.setFocus()
    doses.table.selectRow(0)
    qtbot.keyClick(doses.table, Qt.Key.Key_Delete)
    assert [doses.table.item(r, 0).text() for r in range(doses.table.rowCount())] == ["sumatriptan"]
    qtbot.keyClick(doses.table, Qt.Key.Key_A)  # other keys are the table's as before (no removal)
    assert doses.table.rowCount() == 1
