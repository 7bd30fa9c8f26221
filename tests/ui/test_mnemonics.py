"""Alt letters: one per control on the Today form (none shared with the menu bar's File, Edit,
Day, View, Help), each doing what it says; the same in the attack and medication dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from tests.ui.conftest import migraine, seed

ALT = Qt.KeyboardModifier.AltModifier


def letter(text: str) -> str | None:
    """The Alt letter of a text ("&Migraine" -> "M"; "&&" is a plain ampersand)."""
    mnemonic = QKeySequence.mnemonic(text)
    return mnemonic.toString()[-1].upper() if not mnemonic.isEmpty() else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every shown button, buddy label and group box title under `root`."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if letter(text):
            found.append((letter(text), text))
    return found


def menu_bar_letters(window) -> list[tuple[str, str]]:
    return [(letter(a.text()), a.text()) for a in window.menuBar().actions() if letter(a.text())]


def assert_unique(found):
    letters = [key for key, _ in found]
    repeated = {key: [text for k, text in found if k == key] for key in letters if letters.count(key) > 1}
    assert not repeated, repeated


def press(qtbot, window, key: str):
    """Alt+key; a button answers with Qt's animated click, which ends 100 ms later."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{key}"), ALT)


def test_every_alt_letter_of_the_today_form_and_menu_bar_is_unique(window):
    form_letters = mnemonics(window.day_form)
    assert len(form_letters) >= 16
    assert_unique(form_letters + menu_bar_letters(window))
    assert {key for key, _ in menu_bar_letters(window)} == set("FEDVH")


def test_unique_with_the_attack_list_shown(open_window, db_path, today):
    from diary_app.domain.models import Attack
    from diary_app.store import Diary

    with Diary.open(db_path) as diary:
        diary.save_attack(Attack(dt.datetime.combine(today, dt.time(8)), None, "migraine", 6))
    window = open_window()
    assert window.day_form.attacks_box.list.isVisibleTo(window.day_form)
    assert_unique(mnemonics(window.day_form) + menu_bar_letters(window))


@pytest.mark.parametrize("key, name", [("A", "aura"), ("S", "nausea"), ("L", "photophobia"), ("O", "phonophobia")])
def test_a_symptom_letter_ticks_its_box(qtbot, window, key, name):
    form = window.day_form
    form.state_buttons[2].setChecked(True)
    box = form.symptom_boxes[name]
    press(qtbot, window, key)
    qtbot.waitUntil(box.isChecked, timeout=1000)
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: not box.isChecked(), timeout=1000)


def test_the_menstruation_letter_ticks_it(qtbot, window):
    press(qtbot, window, "R")
    qtbot.waitUntil(window.day_form.menstruation_box.isChecked, timeout=1000)


@pytest.mark.parametrize("key, state", [("N", 0), ("C", 1), ("M", 2)])
def test_a_state_letter_chooses_it(qtbot, window, key, state):
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.day_form.state_group.checkedId() == state, timeout=1000)


@pytest.mark.parametrize("key, field", [
    ("P", lambda f: f.severity_spin), ("U", lambda f: f.duration_spin), ("B", lambda f: f.details.disability_combo),
    ("I", lambda f: f.doses.name_edit), ("G", lambda f: f.triggers.list), ("T", lambda f: f.notes_edit),
])
def test_a_field_letter_puts_the_cursor_in_it(qtbot, window, key, field):
    form = window.day_form
    form.state_buttons[2].setChecked(True)  # the headache details are on
    form.save_button.setFocus()
    press(qtbot, window, key)
    assert QApplication.focusWidget() is field(form)


def test_the_add_attack_letter_opens_the_attack_dialog(qtbot, window, prompter):
    titles = []
    prompter.dialogs.append(lambda dialog: titles.append(dialog.windowTitle()) or False)
    press(qtbot, window, "K")
    qtbot.waitUntil(lambda: titles == ["Add attack"], timeout=1000)


def test_the_forget_letter_asks_to_forget_the_day(qtbot, open_window, db_path, today, prompter):
    seed(db_path, [migraine(today)])
    window = open_window()
    prompter.answer("cancel")
    press(qtbot, window, "Y")
    qtbot.waitUntil(lambda: [title for title, _ in prompter.asked] == ["Forget this day"], timeout=1000)


def test_the_attack_dialog_letters_are_unique_and_work(qtbot, qapp, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], ["stress"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = mnemonics(dialog)
    assert_unique(found)
    assert set("SEAMHVULNOTDG") <= {key for key, _ in found}  # inside the dialog the menu bar's letters are free
    press(qtbot, dialog, "H")
    qtbot.waitUntil(dialog.kind_buttons["headache"].isChecked, timeout=1000)
    press(qtbot, dialog, "U")
    qtbot.waitUntil(dialog.symptom_boxes["aura"].isChecked, timeout=1000)
    press(qtbot, dialog, "E")
    qtbot.waitUntil(dialog.ended_box.isChecked, timeout=1000)
    press(qtbot, dialog, "A")
    assert QApplication.focusWidget() is dialog.hours_spin
    press(qtbot, dialog, "D")
    assert QApplication.focusWidget() is dialog.doses.name_edit
    press(qtbot, dialog, "V")
    assert QApplication.focusWidget() is dialog.severity_spin


def test_the_medication_dialog_letters_are_unique(qtbot, qapp):
    from diary_app.ui.dialogs.medication_dialog import MedicationDialog

    dialog = MedicationDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_unique(mnemonics(dialog))
    press(qtbot, dialog, "O")
    assert QApplication.focusWidget() is dialog.route_combo


# -- the same in German and Spanish ------------------------------------------------------

MENU_LETTERS = {"de": set("DBTAH"), "es": set("AEDVU")}  # Datei Bearbeiten Tag Ansicht Hilfe; Archivo Editar Día Ver Ayuda


@pytest.fixture
def speaking(qapp):
    """Install a language's translations (as tests/ui/test_i18n_visible_texts.py does); English again afterwards."""
    from PySide6.QtCore import QLocale

    from diary_app import i18n

    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", sorted(MENU_LETTERS))
def test_the_today_form_letters_are_unique_and_clear_of_the_menu_bar_in_each_language(
        language, speaking, open_window, db_path, today):
    from diary_app.domain.models import Attack
    from diary_app.store import Diary

    speaking(language)
    window = open_window()
    assert window.day_form.save_button.text() != "Save"  # the language is on
    menu = menu_bar_letters(window)
    assert {key for key, _ in menu} == MENU_LETTERS[language]
    found = mnemonics(window.day_form)
    assert len(found) >= 16
    assert_unique(found + menu)
    with Diary.open(db_path) as diary:  # a day with attacks shows their list and buttons too
        diary.save_attack(Attack(dt.datetime.combine(today, dt.time(8)), None, "migraine", 6))
    window.day_form.reload()
    assert window.day_form.attacks_box.list.isVisibleTo(window.day_form)
    assert_unique(mnemonics(window.day_form) + menu)


@pytest.mark.parametrize("language", sorted(MENU_LETTERS))
def test_the_attack_and_medication_dialog_letters_are_unique_in_each_language(language, speaking, qtbot, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog
    from diary_app.ui.dialogs.medication_dialog import MedicationDialog

    speaking(language)
    attack_dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], ["stress"])
    medication_dialog = MedicationDialog()
    for dialog, count in ((attack_dialog, 13), (medication_dialog, 4)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found = mnemonics(dialog)
        assert len(found) >= count, found  # every English letter has its translation's
        assert_unique(found)
    assert attack_dialog.windowTitle() != "Add attack"
