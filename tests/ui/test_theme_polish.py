"""Dark theme, dim mode and small screens, after a look at the screenshots: the No-headache button,
the due banner and the "yes" cells take dark colours, the trigger list's unticked boxes show, the
Trends controls fit a 1280x720 screen at 150%, the form's date is written as the locale writes it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QPalette

from diary_app.ui.course_outcomes import RESPONDER_YES, continuation_columns, outcome_columns, responder_yes
from diary_app.ui.day_form import day_format
from diary_app.ui.main_window import TREATMENTS_TAB, TRENDS_TAB
from diary_app.ui.theme import DARK, LIGHT, dark_palette
from diary_app.ui.treatments_view import DUE_STYLES, DUE_STYLES_DARK
from diary_app.ui.trigger_picker import TriggerPicker
from tests.ui.conftest import eptinezumab, seed


@pytest.fixture(autouse=True)
def light_again(qapp):
    yield
    qapp.setPalette(QPalette())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def button_background(button):
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 4)  # inside the rounded border, above the text


def test_the_no_headache_button_is_calmer_in_dark_and_dim_and_grows_with_the_dim_font(qtbot, window):
    button = window.day_form.no_headache_button
    window.theme_actions[LIGHT].trigger()
    qtbot.waitUntil(lambda: button_background(button).green() > 140)
    light = button_background(button)
    window.theme_actions[DARK].trigger()
    qtbot.waitUntil(lambda: button_background(button).green() < light.green() - 40)
    dark = button_background(button)
    assert dark.green() > dark.red() and dark.green() > dark.blue()  # still green
    assert button.palette().color(QPalette.ColorRole.ButtonText).lightness() > 150  # readable
    size = button.font().pointSizeF()
    window.dim_action.trigger()
    qtbot.waitUntil(lambda: button.font().pointSizeF() > size * 1.2)
    assert button.font().bold()
    assert button_background(button).green() <= dark.green()
    window.dim_action.trigger()
    window.theme_actions[LIGHT].trigger()
    qtbot.waitUntil(lambda: button_background(button).green() > 140)
    assert button.font().pointSizeF() == size


def test_the_trends_controls_fit_a_1280x720_screen_at_150_percent(window):
    window.show_view(TRENDS_TAB)
    assert window.trends.minimumSizeHint().width() <= 853


def test_the_due_banner_darkens_with_the_theme(qtbot, open_window, db_path, today):
    seed(db_path, infusions=[eptinezumab(today - dt.timedelta(days=80))])
    window = open_window()
    window.show_view(TREATMENTS_TAB)
    [label] = window.treatments.due_labels
    window.theme_actions[DARK].trigger()
    qtbot.waitUntil(lambda: label.styleSheet() == DUE_STYLES_DARK["due_soon"])
    window.theme_actions[LIGHT].trigger()
    qtbot.waitUntil(lambda: label.styleSheet() == DUE_STYLES["due_soon"])
    for status, style in DUE_STYLES.items():
        assert DUE_STYLES_DARK[status] != style


def test_a_yes_cell_is_a_muted_green_on_a_dark_palette(qapp):
    period = {"percent_reduction": 60.0, "responder_30": True, "responder_50": True, "responder_75": False,
              "status": "complete"}
    cell = next(c for c in outcome_columns() if c.title.startswith("≥30"))
    assert cell.background(period) == RESPONDER_YES == responder_yes()
    qapp.setPalette(dark_palette())
    dark = cell.background(period)
    assert dark != RESPONDER_YES
    assert continuation_columns()[-1].background({"result": True}) == dark
    assert contrast(QColor(dark), QColor("#1A1A1A")) >= 4.5  # the table's ink in a coloured cell (WCAG AA)


@pytest.mark.parametrize("dim", [False, True])
def test_an_unticked_trigger_box_shows_on_a_dark_palette(qtbot, qapp, dim):
    qapp.setPalette(dark_palette(dim))
    picker = TriggerPicker()
    qtbot.addWidget(picker)
    picker.resize(260, 140)
    picker.set_known(["weather change", "stress"])
    picker.show()
    qtbot.waitExposed(picker)
    image = picker.list.viewport().grab().toImage()
    row = picker.list.visualItemRect(picker.list.item(0))
    background = picker.list.palette().color(QPalette.ColorRole.Base)
    box = [image.pixelColor(x, y) for x in range(row.x(), row.x() + row.height()) for y in range(row.y(), row.bottom())]
    assert max(abs(c.lightness() - background.lightness()) for c in box) > 60


def test_the_form_date_follows_the_locale_and_stays_as_it_was_without_one():
    day = QDate(2026, 11, 26)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        assert QLocale().toString(day, day_format()) == "Thu 26 Nov 2026"
        QLocale.setDefault(QLocale("de_DE"))
        assert QLocale().toString(day, day_format()) == "Do., 26. Nov. 2026"
        assert QLocale().toString(day, day_format(year=False)) == "Do., 26. Nov."
        QLocale.setDefault(QLocale("es_ES"))
        assert QLocale().toString(day, day_format(year=False)) == "jue, 26 de nov"
    finally:
        QLocale.setDefault(previous)


def test_the_trigger_list_outlines_its_boxes_only_while_the_palette_is_dark(qtbot, qapp):
    picker = TriggerPicker()
    qtbot.addWidget(picker)
    plain = picker.list.itemDelegate()
    assert type(plain).__name__ == "QStyledItemDelegate"  # light: the style draws the boxes alone
    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: type(picker.list.itemDelegate()).__name__ == "TickDelegate")
    qapp.setPalette(QPalette())
    qtbot.waitUntil(lambda: picker.list.itemDelegate() is plain)


def test_the_medication_table_headers_widen_with_the_dim_font(qtbot, window):
    header = window.day_form.doses.table.horizontalHeader()
    window.dim_action.trigger()
    try:
        columns = range(1, header.count())  # Class, Amount, Relief: their titles are not cut off
        qtbot.waitUntil(lambda: all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in columns))
        assert header.sectionSizeHint(1) > 0
    finally:
        window.dim_action.trigger()
