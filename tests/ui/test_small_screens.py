"""A 1024x600 screen (and 1280x720 at 150%): the window fits, and what does not fit scrolls into view."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from diary_app.ui import screen_fit

SMALL_SCREEN = QSize(1024, 600 - 40)  # less a taskbar


def test_the_window_can_be_as_small_as_a_small_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN.width() and hint.height() <= SMALL_SCREEN.height(), hint


def test_save_and_notes_scroll_into_view_on_a_small_screen(qtbot, window):
    window.resize(853, 440)  # 1280x720 at 150%, less a taskbar
    qtbot.waitUntil(lambda: window.height() <= 480)
    area = window.centralWidget()
    for widget in (window.day_form.save_button, window.day_form.notes_edit):
        area.ensureWidgetVisible(widget)
        corner = widget.mapTo(area.viewport(), widget.rect().bottomRight())
        assert area.viewport().rect().contains(corner), widget


def test_the_first_size_follows_the_screen():
    assert screen_fit.first_size(QRect(0, 0, 1920, 1080)) == QSize(1200, 800)
    assert screen_fit.first_size(QRect(0, 0, 1366, 728)) == QSize(1200, 688)
    assert screen_fit.first_size(QRect(0, 0, 1024, 560)) == QSize(1024, 520)
    assert screen_fit.first_size(QRect(0, 0, 853, 480)) == QSize(853, 440)  # 1280x720 at 150%


def test_a_restored_geometry_is_brought_back_onto_the_screen():
    screen = QRect(0, 0, 1024, 560)
    assert screen_fit.clamped(QRect(1500, 900, 1200, 800), screen) == QRect(0, 0, 1024, 560)
    assert screen_fit.clamped(QRect(600, 300, 500, 400), screen) == QRect(524, 160, 500, 400)
