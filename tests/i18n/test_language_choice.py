"""Which language the app speaks, and what installing it changes (diary_app/i18n.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from diary_app import i18n


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; English and the system's locale come back afterwards."""
    def install(language):
        return i18n.install_translations(qapp, language)

    yield install
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("name, code", [("de_AT", "de"), ("es-MX", "es"), ("DE", "de"), ("en_GB", "en"),
                                        ("fr_FR", None), ("C", None), ("", None), (None, None)])
def test_locale_names_give_the_languages_we_translate(name, code):
    assert i18n.language_of(name) == code


def test_the_override_beats_the_environment_which_beats_the_saved_choice(qapp, monkeypatch):
    i18n.save_language("es")
    assert i18n.chosen_language() == "es"
    monkeypatch.setenv(i18n.LANG_ENV, "de")
    assert i18n.chosen_language() == "de"
    assert i18n.chosen_language("en") == "en"
    assert i18n.chosen_language("fr") == "de"  # a language we do not have is passed over


def test_the_system_language_is_used_when_nothing_is_chosen(qapp, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.saved_language() == ""
    assert i18n.chosen_language() == "es"
    assert i18n.locale_for("es").name() == "es_MX"  # the region stays: Mexican dates for a Mexican desktop
    assert i18n.locale_for("de").name() == "de_DE"


def test_saving_a_language_we_do_not_have_is_refused():
    with pytest.raises(ValueError):
        i18n.save_language("fr")
    i18n.save_language("")
    assert i18n.saved_language() == ""


def test_the_preferences_file_is_the_windows_own():
    from diary_app.ui import settings

    assert (i18n.SETTINGS_ORGANIZATION, i18n.SETTINGS_APPLICATION) == (settings.ORGANIZATION, settings.APPLICATION)
    i18n.save_language("de")
    assert settings.app_settings().value(i18n.SETTING) == "de"


def test_german_translates_our_dialogs_and_qts_buttons_and_formats_as_in_germany(speaking):
    from PySide6.QtWidgets import QDialogButtonBox

    from diary_app.ui.dialogs.export_dialog import ExportDialog
    from diary_app.ui.file_actions import FileActions
    from diary_app.ui.qdates import first_day_of_week, long_date, short_date

    assert speaking("de") == "de"
    dialog = ExportDialog(dt.date(2024, 3, 4))
    assert dialog.windowTitle() == "Exportieren"
    assert [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()] == ["Datei wählen…", "Abbrechen"]
    assert FileActions.tr("Sent %n page(s) to the printer.", "", 1) == "1 Seite an den Drucker gesendet."
    assert FileActions.tr("Sent %n page(s) to the printer.", "", 3) == "3 Seiten an den Drucker gesendet."
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert long_date(dt.date(2024, 3, 4)) == "Montag, 4. März 2024"
    assert short_date(dt.date(2024, 3, 4)) == "04.03.2024"  # the whole year: a diary spans years
    assert first_day_of_week() == 1
    dialog.deleteLater()


def test_spanish_plurals_and_dates(speaking):
    from diary_app.ui.file_actions import FileActions
    from diary_app.ui.qdates import day_and_month, month_and_year

    assert speaking("es") == "es"
    assert FileActions.tr("Sent %n page(s) to the printer.", "", 1) == "Se envió 1 página a la impresora."
    assert FileActions.tr("Sent %n page(s) to the printer.", "", 2) == "Se enviaron 2 páginas a la impresora."
    assert day_and_month(dt.date(2024, 3, 4)) == "lunes, 4 de marzo"
    assert month_and_year((2024, 3)) == "marzo 2024"


def test_english_needs_no_translation_and_leaves_the_texts_as_written(speaking, monkeypatch):
    from diary_app.ui.file_actions import FileActions
    from diary_app.ui.qdates import short_date

    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))  # a system without a locale
    speaking("de")
    assert speaking("en") == "en"
    assert FileActions.tr("Export") == "Export"
    assert short_date(dt.date(2024, 3, 4)) == "2024-03-04"  # the tests' C locale: ISO 8601
