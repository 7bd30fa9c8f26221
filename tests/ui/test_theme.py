"""View > Theme and Dim mode: the calendar, the charts and the form follow; the report stays light."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from matplotlib.colors import to_hex
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from diary_app.ui.main_window import CALENDAR_TAB, TRENDS_TAB
from diary_app.ui.theme import DARK, SYSTEM, ThemeManager, is_dark
from tests.ui.conftest import eptinezumab, migraine, seed
from tests.ui.test_report_and_preferences import months


@pytest.fixture(autouse=True)
def light_again(qapp):
    """The application's palette is shared: the next test starts with the desktop's again."""
    yield
    qapp.setPalette(QPalette())


def cell_colour(window, date: dt.date) -> str:
    grid = window.calendar.grid
    image = grid.grab().toImage()
    return image.pixelColor(grid.cell_rect(date).center()).name()


def test_dark_theme_recolours_the_calendar_cells_and_the_chart_background(qtbot, window, db_path, today):
    window.session.save_day(migraine(today))
    window.show_view(CALENDAR_TAB)
    light_cell = cell_colour(window, today)
    window.show_view(TRENDS_TAB)
    light_chart = to_hex(window.trends.trend_canvas.figure.get_facecolor())
    window.theme_actions[DARK].trigger()
    assert is_dark(QApplication.palette())
    assert window.theme_actions[DARK].isChecked()
    qtbot.waitUntil(lambda: to_hex(window.trends.trend_canvas.figure.get_facecolor()) != light_chart)  # posted
    dark_chart = to_hex(window.trends.trend_canvas.figure.get_facecolor())
    assert dark_chart != light_chart
    assert dark_chart == QApplication.palette().color(QPalette.ColorRole.Window).name()
    window.show_view(CALENDAR_TAB)
    assert cell_colour(window, today) != light_cell
    window.theme_actions[SYSTEM].trigger()
    qtbot.waitUntil(lambda: cell_colour(window, today) == light_cell)


def test_the_theme_and_dim_mode_are_remembered(window, qapp):
    window.theme_actions[DARK].trigger()
    window.dim_action.trigger()
    again = ThemeManager(qapp)
    assert (again.theme, again.dim) == (DARK, True)
    again.deleteLater()


def test_system_follows_the_desktop_when_it_turns_dark(window, monkeypatch):
    manager = window.theme
    monkeypatch.setattr(manager, "desktop_is_dark", lambda: True)
    manager.settle()
    assert is_dark(QApplication.palette())
    monkeypatch.setattr(manager, "desktop_is_dark", lambda: False)
    manager._on_style_hints_color_scheme_changed(None)  # what the desktop's signal calls
    assert not is_dark(QApplication.palette())


def test_dim_mode_darkens_and_enlarges_the_today_form(window):
    normal = window.day_form.save_button.sizeHint().height()
    window.dim_action.trigger()
    assert is_dark(QApplication.palette())
    assert window.day_form.font().pointSizeF() > QApplication.font().pointSizeF()
    assert window.day_form.save_button.sizeHint().height() > normal
    window.dim_action.trigger()
    assert window.day_form.font().pointSizeF() == QApplication.font().pointSizeF()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_doctor_report_stays_light_under_the_dark_theme(window, db_path, tmp_path, today, prompter):
    seed(db_path, [migraine(dt.date(2026, 10, d)) for d in range(1, 20)], [eptinezumab(dt.date(2026, 9, 17))])
    window.theme_actions[DARK].trigger()
    target = tmp_path / "visit.pdf"
    prompter.dialogs.append(months("2026-06", "2026-11"))
    prompter.files.append(target)
    window.report_action.trigger()
    assert prompter.messages("error") == []
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(target), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    for page in pages:
        image = QImage(str(page))
        lightness = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7)
                     for y in range(0, image.height(), 7)]
        assert sum(lightness) / len(lightness) > 200, page.name  # paper, not the window's dark grey
