"""The interface's language (English, German or Spanish) and the locale dates and numbers follow.

The language comes from, first to last: the caller's override, $MIGRAINE_DIARY_LANG (tests, and a
command-line option can set it), the language saved in the preferences, the system locale;
English when none of them is one we translate.
`install_translations` loads our .qm and Qt's own (its standard buttons and dialogs) and sets the
default QLocale, before any widget is built. It sits beside the layers, like qt_runtime.py,
because both the window and the PDF report (which draws with Qt) call it.
"""

from __future__ import annotations

import os
from pathlib import Path

LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}  # each in its own language
SOURCE_LANGUAGE = "en"
LANG_ENV = "MIGRAINE_DIARY_LANG"
SETTING = "language"  # in the preferences: a code of LANGUAGES, or "" to follow the system
TRANSLATIONS = Path(__file__).parent / "translations"

# the preferences file of diary_app.ui.settings.app_settings (tests/i18n checks they agree)
SETTINGS_ORGANIZATION = "migraine-diary"
SETTINGS_APPLICATION = "Migraine Diary"

_installed: list = []  # the translators in use: Qt keeps no reference of its own


def _settings():
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


def saved_language() -> str:
    """The language chosen in the preferences; "" when the person lets the system decide."""
    value = _settings().value(SETTING, "")
    return value if value in LANGUAGES else ""


def save_language(code: str) -> None:
    """Remember `code` (or "" for the system's language); it applies at the next start."""
    if code and code not in LANGUAGES:
        raise ValueError(f"no translation for {code!r}: choose one of {', '.join(LANGUAGES)}")
    _settings().setValue(SETTING, code)


def language_of(name: str | None) -> str | None:
    """"de_AT", "de-AT", "DE" or "de" as "de"; None for a language we do not translate."""
    code = (name or "").replace("-", "_").split("_")[0].strip().lower()
    return code if code in LANGUAGES else None


def chosen_language(override: str | None = None) -> str:
    """The language to show: the override, the environment, the preferences, then the system."""
    from PySide6.QtCore import QLocale

    for candidate in (override, os.environ.get(LANG_ENV), saved_language()):
        code = language_of(candidate)
        if code:
            return code
    for name in QLocale.system().uiLanguages():
        code = language_of(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str):
    """The system's locale when it speaks `language` (keeping its region: de_AT, es_MX), or when the
    words are English and the system speaks a language we do not translate (French dates), else the
    language's main locale: dates, numbers and the first day of the week follow it."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    spoken = language_of(system.name())
    if spoken == language or (spoken is None and language == SOURCE_LANGUAGE):
        return system
    return QLocale(language)


def install_translations(app, override: str | None = None) -> str:
    """Translate the application into the chosen language; returns its code. Safe to call twice."""
    from PySide6.QtCore import QLocale

    language = chosen_language(override)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == SOURCE_LANGUAGE:
        return language
    from PySide6.QtCore import QLibraryInfo, QTranslator  # (English needs neither)

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"migraine_diary_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


DOMAIN_CONTEXT = "Domain"  # every text the domain marks: QT_TRANSLATE_NOOP("Domain", "...")


def domain_text(text: str) -> str:
    """A text the domain marked with its own no-op QT_TRANSLATE_NOOP("Domain", ...) (the domain
    cannot import Qt), in the chosen language; unmarked texts come back as they are."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(DOMAIN_CONTEXT, text)
