"""Alt letters of the Treatments pages and the Trends view: one per control on what is shown, none
shared with the menu bar, in English, German and Spanish (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from diary_app import i18n
from diary_app.ui.main_window import TREATMENTS_TAB, TRENDS_TAB
from tests.ui.test_mnemonics import assert_unique, menu_bar_letters, mnemonics


@pytest.fixture
def speaking(qapp):
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", ("en", "de", "es"))
def test_alt_letters_of_the_treatments_pages_and_the_trends_are_unique(language, speaking, open_window, db_path,
                                                                     today):
    from diary_app.domain.demo import demo_contents
    from diary_app.store import Diary

    speaking(language)
    with Diary.open(db_path) as diary:
        diary.import_contents(demo_contents(today))
    window = open_window()
    bar = menu_bar_letters(window)
    window.show_view(TREATMENTS_TAB)
    pages = window.treatments.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        found = mnemonics(pages.currentWidget())
        assert len(found) >= 1
        assert_unique(found + bar)
    administrations = window.treatments.courses.administrations
    administrations.select(0)  # an infusion of the demo's course: the other wording of the buttons
    pages.setCurrentIndex(0)
    assert_unique(mnemonics(pages.currentWidget()) + bar)
    window.show_view(TRENDS_TAB)
    assert_unique(mnemonics(window.trends) + bar)
