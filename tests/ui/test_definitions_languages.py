"""Help > Definitions in the interface's language, and the three pages saying the same rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl

from diary_app.ui.dialogs import definitions_dialog
from diary_app.ui.dialogs.definitions_dialog import DefinitionsDialog

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = {"en": "definitions.md", "de": "definitions.de.md", "es": "definitions.es.md"}


@pytest.fixture
def interface_locale():
    """Sets the application's default locale as the translations do; restores it afterwards."""
    before = QLocale()
    yield lambda language: QLocale.setDefault(QLocale(language))
    QLocale.setDefault(before)


def shown_text(qtbot) -> str:
    dialog = DefinitionsDialog()
    qtbot.addWidget(dialog)
    return dialog.browser.toPlainText()


def test_german_interface_shows_the_german_page(qtbot, interface_locale):
    interface_locale(QLocale.Language.German)
    text = shown_text(qtbot)
    assert "Wie das Tagebuch zählt" in text and "Migränetag" in text
    assert "Kopfschmerz bei Medikamentenübergebrauch" in text


def test_spanish_interface_shows_the_spanish_page(qtbot, interface_locale):
    interface_locale(QLocale.Language.Spanish)
    text = shown_text(qtbot)
    assert "Cómo cuenta el diario" in text and "día de migraña" in text.lower()
    assert "cefalea por uso excesivo de medicación" in text.lower()


@pytest.mark.parametrize("language", [QLocale.Language.English, QLocale.Language.French])
def test_other_interfaces_show_the_english_page(qtbot, interface_locale, language):
    interface_locale(language)
    text = shown_text(qtbot)
    assert "How the diary counts" in text and "Migraine day" in text


def test_without_the_pages_the_summary_is_in_the_interface_language(qtbot, interface_locale, monkeypatch):
    monkeypatch.setattr(definitions_dialog, "definitions_page", lambda language: None)
    interface_locale(QLocale.Language.German)
    assert "Migränetag" in shown_text(qtbot)
    interface_locale(QLocale.Language.Spanish)
    assert "Día de migraña" in shown_text(qtbot)
    interface_locale(QLocale.Language.Italian)
    assert "Migraine day" in shown_text(qtbot)


def headings(text: str) -> list[str]:
    return [line.split(" ", 1)[0] for line in text.splitlines() if re.match(r"#+ ", line)]


def numbers(text: str) -> set[str]:
    """Every number in the page, decimal commas read as points (16,97 is 16.97)."""
    return {found.replace(",", ".") for found in re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])", text)}


def page(language: str) -> str:
    return (DOCS / PAGES[language]).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["de", "es"])
def test_translations_have_the_english_headings(language):
    assert headings(page(language)) == headings(page("en"))


@pytest.mark.parametrize("language", ["de", "es"])
def test_translations_keep_every_number_of_the_english_page(language):
    missing = numbers(page("en")) - numbers(page(language))
    assert not missing, f"{PAGES[language]} lacks {sorted(missing, key=float)}"


def test_numbers_are_read_with_decimal_commas():
    assert numbers("5 x 28 / 27 = 5,19; 62.5 %") == {"5", "28", "27", "5.19", "62.5"}
    assert "16.97" not in numbers("16 97")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_translation_links_the_other_languages(language):
    first_lines = "\n".join(page(language).splitlines()[:3])
    for other in PAGES.values():
        if other != PAGES[language]:
            assert f"({other})" in first_lines


def test_the_language_links_at_the_top_open_the_other_page_in_place(qtbot, interface_locale):
    interface_locale(QLocale.Language.German)
    dialog = DefinitionsDialog()
    qtbot.addWidget(dialog)
    dialog.browser.setSource(QUrl("definitions.es.md"))  # what clicking "Español" does
    assert "Cómo cuenta el diario" in dialog.browser.toPlainText()
