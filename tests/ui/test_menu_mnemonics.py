"""Every menu's Alt letters are unique, and so are the menu bar's, in English, German and Spanish
(the View menu had T for "Today" and "Go to today", E for "Trends" and "Next day or month")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu

from diary_app import i18n
from tests.ui.test_mnemonics import letter


@pytest.fixture
def speaking(qapp):
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def repeated_letters(texts: list[str]) -> dict[str, list[str]]:
    found = [(letter(text), text) for text in texts if text]
    keys = [key for key, _ in found if key]
    return {key: [text for k, text in found if k == key] for key in keys if keys.count(key) > 1}


def menus_of(window) -> dict[str, QMenu]:
    """Every menu of the menu bar and their submenus, by their path ("View > Theme")."""
    found = {}

    def walk(menu: QMenu, path: str) -> None:
        found[path] = menu
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {action.text()}")

    for action in window.menuBar().actions():
        walk(action.menu(), action.text())
    return found


@pytest.mark.parametrize("language", ("en", "de", "es"))
def test_every_menu_and_the_menu_bar_have_unique_alt_letters(language, speaking, open_window, db_path):
    speaking(language)
    window = open_window(db_path)
    bar = [action.text() for action in window.menuBar().actions()]
    assert len(bar) == 5 and all(letter(text) for text in bar), bar
    assert not repeated_letters(bar), bar
    menus = menus_of(window)
    assert len(menus) >= 7  # File, Open recent, Edit, Day, View, Theme, Help
    for path, menu in menus.items():
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        if path != bar[0] + " > " + window.recent_menu.title():  # the recent diaries are paths
            assert all(letter(text) for text in texts), (path, texts)
        assert not repeated_letters(texts), (language, path, repeated_letters(texts))


def test_the_menus_speak_the_language(speaking, open_window, db_path):
    speaking("de")
    window = open_window(db_path)
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Datei", "&Bearbeiten", "&Tag", "&Ansicht", "&Hilfe"]
    assert window.today_action.text() == "&Zu heute springen"
    assert window.dim_action.text() == "&Gedämpfter Modus"
