"""The month calendar's columns start on the locale's first day of the week, named in its language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from diary_app.ui.month_grid import MonthGrid


@pytest.fixture
def locale_named():
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(("name", "first", "heading"), [
    ("C", 0, "Mon"), ("en_US", 6, "Sun"), ("de_DE", 0, "Mo."), ("es_ES", 0, "lun")])
def test_the_weeks_start_on_the_locales_first_day(qtbot, locale_named, name, first, heading):
    locale_named(name)
    grid = MonthGrid()
    qtbot.addWidget(grid)
    grid.set_month(2026, 3, {}, {}, dt.date(2026, 3, 20))
    weeks = grid.weeks()
    assert {week[0].weekday() for week in weeks} == {first}
    assert QLocale().dayName(weeks[0][0].isoweekday(), QLocale.FormatType.ShortFormat).startswith(heading)
    sunday_first = dt.date(2026, 3, 1)  # a Sunday: the first column in en_US, the last elsewhere
    assert weeks[0].index(sunday_first) == (0 if first == 6 else 6)
    assert (grid.cell_rect(sunday_first).left() == 0) == (first == 6)
