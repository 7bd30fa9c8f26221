"""The MIDAS and HIT-6 scores on the trend chart, and a legend that wraps instead of overflowing."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from diary_app.charts import draw_monthly_trend, fit_legend
from diary_app.charts.monthly_trend import legend_columns
from diary_app.domain.questionnaires import Questionnaire
from diary_app.ui.main_window import QUESTIONNAIRES_TAB, TRENDS_TAB
from diary_app.ui.trends_view import questionnaire_scores
from tests.ui.conftest import eptinezumab, migraine, seed, stored


def with_questionnaires(db_path, *items: Questionnaire) -> None:
    with stored(db_path) as diary:
        for item in items:
            diary.save_questionnaire(item)


def score_lines(window) -> dict:
    return {line.get_label(): (list(line.get_xdata()), list(line.get_ydata()))
            for line in window.trends.trend_artists["questionnaires"]}


def test_scores_are_drawn_on_a_second_axis_when_asked(open_window, db_path, today):
    seed(db_path, [migraine(dt.date(2026, m, 3)) for m in range(8, 12)])
    with_questionnaires(db_path, Questionnaire("midas", dt.date(2026, 8, 20), (1, 1, 1, 1, 1)),
                        Questionnaire("hit6", dt.date(2026, 9, 2), (6, 8, 10, 11, 13, 13)),
                        Questionnaire("hit6", dt.date(2026, 11, 20), (6, 6, 6, 6, 6, 6)))
    window = open_window()
    window.show_view(TRENDS_TAB)
    trends = window.trends
    assert trends.scores_box.isEnabled() and not trends.scores_box.isChecked()
    assert trends.trend_artists["questionnaires"] == [] and "score_axes" not in trends.trend_artists
    trends.scores_box.setChecked(True)
    assert trends.trend_artists["months"] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert score_lines(window) == {"MIDAS score": ([0], [5]), "HIT-6 score": ([1, 3], [61, 36])}
    score_axes = trends.trend_artists["score_axes"]
    assert score_axes is not trends.trend_artists["axes"] and score_axes.get_ylim()[1] > 61
    legend = [text.get_text() for text in trends.trend_artists["legend"].get_texts()]
    assert legend[-2:] == ["MIDAS score", "HIT-6 score"]
    trends.scores_box.setChecked(False)
    assert trends.trend_artists["questionnaires"] == []


def test_hovering_still_works_over_the_score_axis(open_window, db_path, today):
    from matplotlib.backend_bases import MouseEvent

    seed(db_path, [migraine(today.replace(day=d)) for d in range(1, 4)])
    with_questionnaires(db_path, Questionnaire("midas", today, (1, 1, 1, 1, 1)))
    window = open_window()
    window.show_view(TRENDS_TAB)
    window.trends.scores_box.setChecked(True)
    canvas = window.trends.trend_canvas
    canvas.draw()
    x, y = window.trends.trend_artists["axes"].transData.transform((0, 2))
    MouseEvent("motion_notify_event", canvas, x, y)._process()
    assert window.trends.hover_label.text().startswith("2026-11: 3 migraine days")


def test_a_questionnaire_saved_or_deleted_redraws_the_scores(qtbot, open_window, db_path, today, prompter):
    seed(db_path, [migraine(today)])
    window = open_window()
    window.show_view(TRENDS_TAB)
    assert not window.trends.scores_box.isEnabled()  # nothing to show yet
    window.show_view(QUESTIONNAIRES_TAB)

    def fill(dialog):
        dialog.show()
        for spin in dialog.answer_inputs:
            spin.setValue(2)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return True

    prompter.dialogs.append(fill)
    saved = window.questionnaires.add("midas")
    assert saved.score == 10
    window.show_view(TRENDS_TAB)
    window.trends.scores_box.setChecked(True)
    assert score_lines(window) == {"MIDAS score": ([0], [10])}

    window.show_view(QUESTIONNAIRES_TAB)
    window.questionnaires.table.selectRow(0)
    prompter.answer("ok")
    assert window.questionnaires.delete_selected()
    window.show_view(TRENDS_TAB)
    assert score_lines(window) == {} and not window.trends.scores_box.isEnabled()


def test_scores_of_one_month_keep_the_later_one():
    found = {"midas": [{"date": "2026-10-01", "score": 30}, {"date": "2026-10-28", "score": 12}], "hit6": []}
    assert questionnaire_scores(found) == {"MIDAS score": {"2026-10": 12}}


# -- the legend ---------------------------------------------------------------------------
MONTHS = [{"month": f"2026-{m:02d}", "migraine_days": 16, "headache_days": 18, "classification": kind,
           "recorded_days": 30, "days_in_month": 30} for m, kind in zip(range(6, 12), ["chronic", "episodic",
                                                                                      "incomplete"] * 2)]


def legend_rows(artists) -> int:
    columns = artists["legend_columns"]
    return -(-len(artists["legend_handles"]) // columns)


def test_the_legend_wraps_into_balanced_columns_on_a_narrow_figure():
    wide = draw_monthly_trend(Figure(figsize=(14, 4), layout="constrained"), MONTHS, [eptinezumab(dt.date(2026, 9, 17))])
    assert wide["legend_columns"] == 6 and legend_rows(wide) == 1  # the threshold is one of the entries
    narrow = draw_monthly_trend(Figure(figsize=(7, 4), layout="constrained"), MONTHS, [eptinezumab(dt.date(2026, 9, 17))])
    assert narrow["legend_columns"] in (2, 3) and legend_rows(narrow) <= 3


def test_the_legend_follows_a_resize_and_stays_inside_the_figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(14, 4), layout="constrained")
    FigureCanvasAgg(figure)
    artists = draw_monthly_trend(figure, MONTHS, [eptinezumab(dt.date(2026, 9, 17))],
                                 questionnaires={"MIDAS score": {"2026-07": 20}, "HIT-6 score": {"2026-08": 60}})
    for width in (14, 8, 6, 11):
        figure.set_size_inches(width, 4)
        fit_legend(artists)
        figure.canvas.draw()
        box = artists["legend"].get_window_extent()
        assert 0 <= box.x0 and box.x1 <= figure.bbox.width, width
        assert box.y0 >= artists["axes"].get_window_extent().y1 - 1  # above the bars, never over them
    assert len(artists["legend"].get_texts()) == 8


def test_legend_columns_balance_the_rows():
    widths = [100.0] * 5
    assert legend_columns(widths, 600, 10) == 5
    assert legend_columns(widths, 450, 10) == 3  # never 4 and a lonely fifth
    assert legend_columns(widths, 250, 10) == 2
    assert legend_columns(widths, 50, 10) == 1
