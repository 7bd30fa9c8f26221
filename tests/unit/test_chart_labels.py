"""Chart labels never overlap: infusions close together share a label, the chronic threshold is
named in the legend, on the window's chart and at the report's printed size."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from diary_app.charts import draw_monthly_trend
from diary_app.charts.monthly_trend import infusion_groups

MM_PER_INCH = 25.4


def month_dicts(first: dt.date, count: int) -> list[dict]:
    months, year, number = [], first.year, first.month
    for i in range(count):
        migraine = 18 if i < count // 2 else 6
        months.append({"month": f"{year:04d}-{number:02d}", "migraine_days": migraine, "headache_days": migraine + 4,
                       "classification": "chronic" if migraine >= 15 else "episodic"})
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return months


def dense_infusions() -> list[dict]:
    """A DHE course, then eptinezumab every 12 weeks, with three infusions within two months."""
    items = [{"start": "2025-03-10", "medication": "dihydroergotamine", "kind": "acute", "days": 3},
             {"start": "2025-03-14", "medication": "eptinezumab", "kind": "preventive", "days": 1},
             {"start": "2025-04-02", "medication": "eptinezumab", "kind": "preventive", "days": 1},
             {"start": "2025-04-25", "medication": "ketorolac", "kind": "acute", "days": 1}]
    day = dt.date(2025, 6, 12)
    while day < dt.date(2026, 8, 1):
        items.append({"start": day.isoformat(), "medication": "eptinezumab", "kind": "preventive", "days": 1})
        day += dt.timedelta(weeks=12)
    return items


def label_boxes(figure: Figure, artists: dict) -> list:
    FigureCanvasAgg(figure)
    renderer = figure.canvas.get_renderer()
    figure.canvas.draw()
    texts = [*artists["infusion_labels"], *artists["legend"].get_texts()]
    return [(text.get_text(), text.get_window_extent(renderer)) for text in texts]


@pytest.mark.parametrize("size_inches", [(10.0, 3.6), (6.0, 3.0), (180 / MM_PER_INCH, 62 / MM_PER_INCH)])
def test_no_two_labels_overlap_in_a_dense_chart(size_inches):
    figure = Figure(figsize=size_inches, dpi=100, layout="constrained")
    artists = draw_monthly_trend(figure, month_dicts(dt.date(2025, 1, 1), 20), dense_infusions())
    boxes = label_boxes(figure, artists)
    assert len(artists["infusion_labels"]) >= 2
    for (first, a), (second, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{first!r} overlaps {second!r}"


def test_the_threshold_is_named_in_the_legend_not_over_the_bars():
    figure = Figure(figsize=(10, 3.6), dpi=100, layout="constrained")
    artists = draw_monthly_trend(figure, month_dicts(dt.date(2025, 1, 1), 12), dense_infusions())
    names = [text for text, _box in label_boxes(figure, artists)]
    assert "chronic threshold (15 days)" in names
    assert not [t for t in artists["axes"].texts if "threshold" in t.get_text()]


def test_close_infusions_share_a_label_and_far_ones_keep_their_own():
    groups = infusion_groups([(0.1, "DHE course"), (0.3, "eptinezumab"), (0.5, "eptinezumab"), (3.0, "eptinezumab")],
                             min_gap=0.25)
    assert groups == [(0.1, "DHE course + eptinezumab"), (3.0, "eptinezumab")]


def test_before_after_bars_are_labelled_with_one_decimal_and_a_running_cycle_is_pending():
    from diary_app.charts import draw_before_after

    outcome = {"medication": "eptinezumab", "start": "2026-09-25", "days": 1, "baseline_mmd": 5.19,
               "followup_mmd": [4.0, 6.0, None], "percent_reduction": 3.57, "followup_status": "in_progress"}
    artists = draw_before_after(Figure(figsize=(6, 3)), outcome)
    texts = [t.get_text() for t in artists["axes"].texts]
    assert ["5.2", "4.0", "6.0", "not yet"] == texts  # weeks 9-12 are still to come
    assert artists["title"].get_text().endswith("3.5% fewer migraine days so far (verdict pending)")


def test_a_finished_follow_up_without_enough_days_says_no_data():
    from diary_app.charts import draw_before_after

    outcome = {"medication": "eptinezumab", "start": "2026-03-25", "days": 1, "baseline_mmd": 5.19,
               "followup_mmd": [4.0, None, 6.0], "percent_reduction": None, "followup_status": "insufficient"}
    texts = [t.get_text() for t in draw_before_after(Figure(figsize=(6, 3)), outcome)["axes"].texts]
    assert ["5.2", "4.0", "no data", "6.0"] == texts


@pytest.mark.parametrize("width", [12, 6])
def test_the_course_timeline_labels_stay_apart_and_inside_the_figure(tmp_path, width):
    from diary_app.charts.course_timeline import draw_course_timeline
    from diary_app.domain.demo import demo_contents
    from diary_app.store import Diary
    from diary_app.store.summary import diary_summary

    today = dt.date(2026, 11, 26)
    with Diary.open(tmp_path / "demo.sqlite3") as diary:
        diary.import_contents(demo_contents(today))
        courses = diary_summary(diary, today=today)["courses"]
    figure = Figure(figsize=(width, 2.6), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    artists = draw_course_timeline(figure, courses, today)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    axes_texts = [t for axes in figure.axes for t in [*axes.texts, *axes.get_yticklabels(), *axes.get_xticklabels()]]
    texts = [t for t in [*axes_texts, *artists["legend"].get_texts()] if t.get_text()]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    assert any(text.startswith("stopped:") for text, _box in boxes)
    for (first, a), (second, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{first!r} overlaps {second!r}"
    assert all(0 <= box.x0 and box.x1 <= figure.bbox.width for _text, box in boxes)


def test_the_labels_are_grouped_again_when_the_figure_narrows():
    from diary_app.charts import infusion_labels_fit

    figure = Figure(figsize=(14, 3.6), dpi=100, layout="constrained")
    artists = draw_monthly_trend(figure, month_dicts(dt.date(2025, 1, 1), 20), dense_infusions())
    assert infusion_labels_fit(artists)
    figure.set_size_inches(4, 3.6)
    assert not infusion_labels_fit(artists)  # the window draws again: the new grouping keeps them apart
    redrawn = draw_monthly_trend(figure, month_dicts(dt.date(2025, 1, 1), 20), dense_infusions())
    assert len(redrawn["infusion_labels"]) < len(artists["infusion_labels"])
