"""Numbers a person can mistype: a severity above 10, an amount that cannot be right; and
amounts shown as people write them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from diary_app.domain import catalogue
from diary_app.domain.models import Dose
from diary_app.ui.dose_editor import format_amount
from diary_app.ui.numbers import plain_number
from tests.ui.conftest import stored


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_a_severity_of_11_is_refused_with_a_message_not_turned_into_1(qtbot, window, db_path, today):
    form = window.day_form
    form.state_buttons[2].setChecked(True)
    type_into(qtbot, form.severity_spin, "11")
    assert form.severity_spin.value() == 11
    assert form.details.severity_note.isVisibleTo(form)
    assert "above 10" in form.details.severity_note.text()
    assert not form.save()
    assert "severity" in form.errors["details"].text()
    with stored(db_path) as diary:
        assert diary.get_day(today) is None
    type_into(qtbot, form.severity_spin, "8")
    assert not form.details.severity_note.isVisibleTo(form)
    assert form.save()


def test_the_arrow_keys_stop_at_10(qtbot, window):
    spin = window.day_form.severity_spin
    window.day_form.state_buttons[2].setChecked(True)
    spin.setValue(9)
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 10


@pytest.mark.parametrize("typed, unit, problem", [
    ("-5", "mg", "negative"), ("abc", "mg", "not a number"), ("20000", "mg", "10 g"), ("11", "g", "10 g"),
])
def test_an_implausible_amount_is_refused_beside_the_field(qtbot, window, typed, unit, problem):
    doses = window.day_form.doses
    qtbot.keyClicks(doses.name_edit, "ibuprofen")
    doses.unit_combo.setCurrentText(unit)
    qtbot.keyClicks(doses.amount_edit, typed)
    qtbot.keyClick(doses.amount_edit, Qt.Key.Key_Return)
    assert doses.doses() == ()
    assert doses.message_label.isVisibleTo(window) and problem in doses.message_label.text()
    assert doses.name_edit.text() == "ibuprofen" and doses.amount_edit.text() == typed  # nothing typed is lost


def test_a_large_amount_in_micrograms_is_fine(qtbot, window):
    doses = window.day_form.doses
    qtbot.keyClicks(doses.name_edit, "dihydroergotamine")
    doses.unit_combo.setCurrentText("µg")
    qtbot.keyClicks(doses.amount_edit, "500")
    qtbot.keyClick(doses.amount_edit, Qt.Key.Key_Return)
    assert [(d.amount, d.unit) for d in doses.doses()] == [(500, "µg")]
    assert not doses.message_label.isVisibleTo(window)


def test_saving_with_a_refused_amount_typed_saves_nothing(qtbot, window, db_path, today):
    form = window.day_form
    form.state_buttons[1].setChecked(True)
    qtbot.keyClicks(form.doses.name_edit, "ibuprofen")
    qtbot.keyClicks(form.doses.amount_edit, "40000")
    assert not form.save()
    assert form.doses.message_label.isVisibleTo(form)
    with stored(db_path) as diary:
        assert diary.get_day(today) is None


def test_the_attack_dialog_refuses_a_severity_of_11(qtbot, qapp, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.severity_spin, "11")
    assert dialog.severity_note.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "severity" in dialog.error_label.text()


@pytest.mark.parametrize("value, text", [(1e8, "100000000"), (50.0, "50"), (2.5, "2.5"), (0.125, "0.125"),
                                         (0.1 + 0.2, "0.3"), (0.0, "0")])
def test_numbers_are_written_as_people_write_them(value, text):
    assert plain_number(value) == text


def test_a_large_dose_is_never_shown_in_exponent_form():
    assert format_amount(Dose(catalogue.resolve("ibuprofen"), 1e8, "mg")) == "100000000 mg"
