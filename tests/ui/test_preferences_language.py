"""File > Preferences… > Language: System, English, Deutsch, Español (each in its own words), saved on
this computer for the next start; the running window keeps its language until then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from diary_app import i18n
from diary_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog


@pytest.fixture
def speaking(qapp):
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def choose(code):
    def answer(dialog):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
        return True

    return answer


def test_the_language_is_saved_for_the_next_start(window, prompter):
    assert i18n.saved_language() == ""
    seen = []

    def look_then_choose(dialog):
        seen.append([dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())])
        seen.append(dialog.language)
        return choose("de")(dialog)

    prompter.dialogs.append(look_then_choose)
    window.preferences_action.trigger()
    assert seen == [["System language", "English", "Deutsch", "Español"], ""]
    assert i18n.saved_language() == "de" and i18n.chosen_language() == "de"
    assert window.statusBar().currentMessage() == "Preferences saved."
    assert window.menuBar().actions()[0].text() == "&File"  # the running window keeps its language

    prompter.dialogs.append(lambda dialog: seen.append(dialog.language) or choose("")(dialog))
    window.preferences_action.trigger()
    assert seen[-1] == "de"  # the saved choice is shown
    assert i18n.saved_language() == ""


def test_unchanged_the_language_is_not_written(window, prompter):
    i18n.save_language("es")
    prompter.dialogs.append(lambda dialog: True)
    window.preferences_action.trigger()
    assert i18n.saved_language() == "es"
    assert window.statusBar().currentMessage() == ""


def test_the_dialog_says_when_a_new_language_applies_in_german(qtbot, speaking, today):
    speaking("de")
    dialog = PreferencesDialog(Preferences(language="es"), today)
    qtbot.addWidget(dialog)
    assert dialog.language == "es"
    assert dialog.language_combo.itemText(0) == "Systemsprache"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Sprache:" in texts
    assert "Eine neue Sprache gilt ab dem nächsten Start von Migraine Diary." in texts
    sprache = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Sprache:")
    assert sprache.buddy() is dialog.language_combo


@pytest.mark.parametrize("language", ("en", "de", "es"))
def test_the_preferences_alt_letters_are_unique(qtbot, speaking, today, language):
    from tests.ui.test_mnemonics import assert_unique, mnemonics

    speaking(language)
    dialog = PreferencesDialog(Preferences(intervals={"eptinezumab": 84}), today)
    qtbot.addWidget(dialog)
    found = mnemonics(dialog)
    assert len(found) >= 6, found
    assert_unique(found)


def test_the_wrapped_notes_get_their_whole_height(qtbot, speaking, today):
    speaking("de")
    dialog = PreferencesDialog(Preferences(intervals={"eptinezumab": 84}), today)
    qtbot.addWidget(dialog)
    dialog.resize(480, 400)  # what Qt gives it on a 1024x600 screen, or less
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
    assert len(notes) >= 3
    for label in notes:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
