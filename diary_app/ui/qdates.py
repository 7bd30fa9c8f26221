"""Conversions between QDate and datetime.date at the widget edge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
