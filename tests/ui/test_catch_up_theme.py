"""The catch-up banner follows the theme: light on Light, dark on Dark and in dim mode (it had fixed
light colours that stayed bright on a dark window)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from diary_app.ui.theme import DARK, LIGHT
from tests.ui.conftest import migraine, seed


@pytest.fixture(autouse=True)
def light_again(qapp):
    yield
    qapp.setPalette(QPalette())


def banner_background(banner):
    image = banner.grab().toImage()
    return image.pixelColor(image.width() // 2, 2)  # inside the border, above the buttons


def test_the_banner_turns_dark_with_the_theme_and_light_again(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(today - dt.timedelta(days=8))])
    window = open_window(db_path)
    banner = window.banner
    assert banner.isVisible()
    window.theme_actions[LIGHT].trigger()
    qtbot.waitUntil(lambda: banner_background(banner).lightness() > 200)
    window.theme_actions[DARK].trigger()
    qtbot.waitUntil(lambda: banner_background(banner).lightness() < 80)
    window.dim_action.trigger()
    qtbot.waitUntil(lambda: banner_background(banner).lightness() < 80)
    assert banner.findChild(QLabel).palette().color(QPalette.ColorRole.WindowText).lightness() > 120  # readable
    window.dim_action.trigger()
    window.theme_actions[LIGHT].trigger()
    qtbot.waitUntil(lambda: banner_background(banner).lightness() > 200)
