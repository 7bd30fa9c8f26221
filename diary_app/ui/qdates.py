"""Conversions between QDate and datetime.date at the widget edge, and the month pickers."""

from __future__ import annotations

import datetime as dt

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
