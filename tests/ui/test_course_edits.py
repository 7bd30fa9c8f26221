"""Changing and deleting courses and their injections in the Treatments view: each asks first,
saves through the session, can be undone, and the view shows the diary as it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from diary_app.domain import catalogue
from diary_app.domain.models import Course, Infusion, Injection
from diary_app.ui.main_window import TREATMENTS_TAB
from tests.ui.conftest import stored

START = dt.date(2026, 5, 1)


def seed_treatments(path, courses=(), injections=(), infusions=()) -> None:
    with stored(path) as diary:
        for course in courses:
            diary.save_course(course)
        for injection in injections:
            diary.save_injection(injection)
        for infusion in infusions:
            diary.save_infusion(infusion)


def courses_page(window):
    window.show_view(TREATMENTS_TAB)
    return window.treatments.courses


def accepted(dialog) -> bool:
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def topiramate(**changes) -> Course:
    return Course(catalogue.resolve("topiramate"), START, dose="50 mg", **changes)


def test_a_course_is_changed_and_stopped_in_its_dialog_and_the_change_undone(qtbot, open_window, db_path, prompter):
    seed_treatments(db_path, [topiramate()])
    panel = courses_page(open_window())

    def change(dialog):
        assert dialog.windowTitle() == "Edit course" and dialog.dose_edit.text() == "50 mg"
        dialog.dose_edit.setText("100 mg")
        dialog.stopped_box.setChecked(True)
        dialog.stop_edit.setDate(dt.date(2026, 9, 30))
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("side-effects"))
        return accepted(dialog)

    prompter.dialogs.append(change)
    panel.edit_button.click()
    with stored(db_path) as diary:
        [course] = diary.courses()
    assert (course.dose, course.stop, course.stop_reason) == ("100 mg", dt.date(2026, 9, 30), "side-effects")
    assert "stopped: side effects" in panel.title_label.text()

    panel.window().undo_action.trigger()
    with stored(db_path) as diary:
        [course] = diary.courses()
    assert (course.dose, course.stop, course.stop_reason) == ("50 mg", None, None)
    assert panel.artists["running"] == [True]


def test_a_course_is_deleted_after_asking_and_undo_restores_it(qtbot, open_window, db_path, prompter):
    seed_treatments(db_path, [topiramate()])
    window = open_window()
    panel = courses_page(window)
    with stored(db_path) as diary:
        [before] = diary.courses()

    prompter.answer("cancel")
    panel.delete_button.click()
    with stored(db_path) as diary:
        assert len(diary.courses()) == 1
    prompter.answer("ok")
    panel.delete_button.click()
    assert prompter.asked[-1][0] == "Delete course" and "topiramate" in prompter.asked[-1][1]
    with stored(db_path) as diary:
        assert diary.courses() == []
    assert panel.courses == [] and not panel.edit_button.isEnabled()

    window.undo_action.trigger()
    with stored(db_path) as diary:
        [after] = diary.courses()
    assert after == before and after.id == before.id
    assert [c["medication"] for c in panel.courses] == ["topiramate"]


def test_a_course_its_injections_started_is_removed_through_its_injections(qtbot, open_window, db_path, prompter):
    erenumab = catalogue.resolve("erenumab")
    seed_treatments(db_path, injections=[Injection(dt.date(2026, 10, 1), erenumab, 70),
                                         Injection(dt.date(2026, 10, 29), erenumab, 70)])
    window = open_window()
    panel = courses_page(window)
    panel.delete_button.click()
    assert prompter.messages("info")[-1][1] == "Delete course"  # nothing recorded to delete: it says where

    listed = panel.administrations
    assert [listed.model.data(listed.model.index(r, 0)) for r in range(listed.model.rowCount())] == [
        "2026-10-01", "2026-10-29"]
    assert listed.selected().date == dt.date(2026, 10, 29) and listed.delete_button.text() == "&Remove injection…"
    prompter.answer("ok")
    listed.delete_button.click()
    with stored(db_path) as diary:
        assert [i.date for i in diary.injections()] == [dt.date(2026, 10, 1)]
    assert listed.model.rowCount() == 1

    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert [i.date for i in diary.injections()] == [dt.date(2026, 10, 1), dt.date(2026, 10, 29)]
    assert listed.model.rowCount() == 2


def test_a_botox_injection_is_edited_in_units_and_the_change_undone(qtbot, open_window, db_path, prompter):
    botox = catalogue.resolve("Botox")
    seed_treatments(db_path, injections=[Injection(dt.date(2026, 9, 1), botox, 155)])
    window = open_window()
    listed = courses_page(window).administrations
    assert listed.model.data(listed.model.index(0, 2)) == "155 units"

    def more_units(dialog):
        assert dialog.windowTitle() == "Edit injection"
        assert dialog.dose_spin.suffix() == " units" and dialog.dose_spin.value() == 155
        dialog.dose_spin.setValue(195)
        return accepted(dialog)

    prompter.dialogs.append(more_units)
    listed.edit_button.click()
    with stored(db_path) as diary:
        [injection] = diary.injections()
    assert injection.dose_mg == 195 and listed.model.data(listed.model.index(0, 2)) == "195 units"
    window.undo_action.trigger()
    with stored(db_path) as diary:
        assert diary.injections()[0].dose_mg == 155


def test_the_injection_dialog_gives_the_dose_in_the_drugs_unit(qtbot, today):
    from diary_app.ui.dialogs.course_dialogs import InjectionDialog

    dialog = InjectionDialog(today, [])
    qtbot.addWidget(dialog)
    assert dialog.dose_spin.suffix() == " mg"
    qtbot.keyClicks(dialog.drug_edit, "Botox")
    assert dialog.dose_spin.suffix() == " units" and dialog.dose_spin.accessibleName() == "Dose in units"
    dialog.drug_edit.setText("fremanezumab")
    assert dialog.dose_spin.suffix() == " mg"


def test_an_infusion_among_the_administrations_is_edited_there(qtbot, open_window, db_path, prompter):
    eptinezumab = catalogue.resolve("eptinezumab")
    seed_treatments(db_path, infusions=[Infusion(dt.date(2026, 6, 25), eptinezumab, dose_mg=100)])
    listed = courses_page(open_window()).administrations
    assert listed.edit_button.text() == "Edi&t infusion…"

    def more(dialog):
        assert dialog.windowTitle() == "Edit infusion"
        dialog.dose_spin.setValue(300)
        dialog.accept()
        return True

    prompter.dialogs.append(more)
    listed.edit_button.click()
    with stored(db_path) as diary:
        assert diary.infusions()[0].dose_mg == 300
    assert listed.model.data(listed.model.index(0, 2)) == "300 mg"
