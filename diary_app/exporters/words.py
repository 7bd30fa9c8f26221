"""The words of the messages about files read and written (imports, backups, exports), in the
interface's language: `FileWords.tr("...")` gives them the context FileWords (docs/translating.md).

The exporters import this module only when they word a message, so importing them loads no Qt.
Without an installed translator (the command line) the words are the English source texts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject


class FileWords(QObject):
    """The translation context of the exporters' messages; never instantiated."""


def counted(text: str, count: int, *values) -> str:
    """A text of FileWords.tr("{0} attack(s)", "", count) with the count (in the locale's digits)
    as {0} and `values` as {1}, {2}...; the English source's "(s)" becomes the plural ending (a
    translation has its own forms for the count)."""
    return text.replace("(s)", "" if count == 1 else "s").format(number(count), *values)


def number(value: int) -> str:
    """A whole number as the locale writes it ("1,234", "1.234"); with commas under the C locale."""
    locale = QLocale()
    return f"{value:,}" if locale.language() == QLocale.Language.C else locale.toString(value)


def date_text(date: dt.date) -> str:
    """The locale's numeric date with the whole year ("9/25/2020", "25.09.2020"), as the window's
    dates (ui/qdates.short_date); ISO 8601 under the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return date.isoformat()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
    return locale.toString(QDate(date.year, date.month, date.day), pattern)
