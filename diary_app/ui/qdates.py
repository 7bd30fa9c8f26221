"""Conversions between QDate and datetime.date at the widget edge, and the month pickers."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def month_edit(month: tuple[int, int], name: str) -> QDateEdit:
    """A "YYYY-MM" picker showing `month`; read it back with `month_of_edit`."""
    edit = QDateEdit(QDate(month[0], month[1], 1))
    edit.setDisplayFormat("yyyy-MM")
    edit.setAccessibleName(name)
    return edit


def month_of_edit(edit: QDateEdit) -> tuple[int, int]:
    date = edit.date()
    return date.year(), date.month()


def qdatetime(moment: dt.datetime):
    """A QDateTime of a naive local wall-clock time (minutes)."""
    from PySide6.QtCore import QDateTime, QTime  # not at start-up

    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def pydatetime(moment) -> dt.datetime:
    """The naive wall-clock time of a QDateTime, to the minute."""
    time = moment.time()
    return dt.datetime.combine(pydate(moment.date()), dt.time(time.hour(), time.minute()))


# Dates in words, in the language of the default QLocale (diary_app.i18n sets it): weekday and
# month names, the locale's order of day and month, its first day of the week.

def weekday_name(date: dt.date, short: bool = True) -> str:
    """"Mo" / "Montag", "lun" / "lunes": the locale's name of the date's weekday."""
    from PySide6.QtCore import QLocale

    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(date.isoweekday(), kind)


def month_name(month: int, short: bool = False) -> str:
    """"März" / "marzo" (or the short form) for a month number 1-12."""
    from PySide6.QtCore import QLocale

    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def long_date(date: dt.date) -> str:
    """"Monday, 4 March 2024" as the locale writes it ("Montag, 4. März 2024")."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(qdate(date), QLocale.FormatType.LongFormat)


def short_date(date: dt.date) -> str:
    """"3/4/2024", "04.03.2024": the locale's numeric date with the whole year (a diary spans years);
    ISO 8601 under the C locale (no locale set)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(qdate(date), edit_format())


def day_and_month(date: dt.date) -> str:
    """"Monday, 4 March" in the locale's order and words: its long date without the year."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    without_year = re.sub(r"[\s,]*(?:'de'\s*)?y+", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(qdate(date), without_year)


def month_and_year(month: tuple[int, int]) -> str:
    """"March 2024", "März 2024", "marzo 2024"."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(month[0], month[1], 1), "MMMM yyyy")


def first_day_of_week() -> int:
    """The locale's first weekday, ISO numbered (1 Monday .. 7 Sunday)."""
    from PySide6.QtCore import QLocale

    return QLocale().firstDayOfWeek().value


def edit_format() -> str:
    """The locale's numeric date format with a four-digit year (for a QDateEdit, and `short_date`)."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")
