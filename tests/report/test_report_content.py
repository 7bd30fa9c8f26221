"""What the report says, decided without Qt: its period, its extras and its wording."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import DayEntry, Dose, Infusion
from diary_app.exporters.report import html
from diary_app.exporters.report.content import (
    ReportContent, default_report_range, glance, medication_use, report_range, shorten,
)
from diary_app.exporters.report.wording import date_text, month_text

TODAY = dt.date(2026, 11, 26)


def infusion(start: dt.date, kind: str = "preventive") -> Infusion:
    return Infusion(start, catalogue.resolve("DHE" if kind == "acute" else "Vyepti"), kind=kind)


def test_the_default_period_is_this_month_and_the_five_before():
    assert default_report_range(TODAY, []) == ((2026, 6), (2026, 11))


def test_the_default_period_reaches_back_to_the_baseline_of_an_infusion_inside_it():
    # 10 June: the 28-day baseline starts on 13 May, so May is in the table.
    assert default_report_range(TODAY, [infusion(dt.date(2026, 6, 10))]) == ((2026, 5), (2026, 11))
    # 29 June: its baseline (1-28 June) is already inside.
    assert default_report_range(TODAY, [infusion(dt.date(2026, 6, 29))]) == ((2026, 6), (2026, 11))


def test_the_reach_back_ignores_acute_courses_and_infusions_outside_the_six_months():
    assert default_report_range(TODAY, [infusion(dt.date(2026, 6, 10), "acute")]) == ((2026, 6), (2026, 11))
    assert default_report_range(TODAY, [infusion(dt.date(2026, 5, 20))]) == ((2026, 6), (2026, 11))


def test_the_period_crosses_a_year_end():
    today = dt.date(2026, 3, 5)
    assert default_report_range(today, [infusion(dt.date(2025, 10, 3))]) == ((2025, 9), (2026, 3))


def test_one_end_given_fills_in_the_other():
    assert report_range(TODAY, [], (2026, 1), None) == ((2026, 1), (2026, 11))
    assert report_range(TODAY, [], None, (2026, 3)) == ((2025, 10), (2026, 3))
    with pytest.raises(ValidationError):
        report_range(TODAY, [], (2026, 5), (2026, 4))


def test_long_notes_are_cut_at_a_word_with_an_ellipsis():
    text = "word " * 40
    short = shorten(text)
    assert len(short) <= 120 and short.endswith("…") and not short.endswith(" …")
    assert shorten("  two\nlines  ") == "two lines"


def test_medication_use_counts_days_once_and_averages_the_rated_relief():
    sumatriptan, ibuprofen = catalogue.resolve("sumatriptan"), catalogue.resolve("ibuprofen")
    days = [
        DayEntry(dt.date(2026, 6, 1), headache=True, doses=(Dose(sumatriptan, relief=3), Dose(sumatriptan, relief=2))),
        DayEntry(dt.date(2026, 6, 2), headache=True, doses=(Dose(sumatriptan), Dose(ibuprofen, relief=0))),
    ]
    (triptan, nsaid) = medication_use(days)
    assert (triptan.name, triptan.days, triptan.doses, triptan.rated_doses, triptan.mean_relief) == (
        "sumatriptan", 2, 3, 2, 2.5)
    assert (nsaid.days, nsaid.mean_relief) == (1, 0.0)


def month(label: str, migraine: int, overuse: bool = False) -> dict:
    return {"month": label, "migraine_days": migraine, "headache_days": migraine, "recorded_days": 30,
            "days_in_month": 30, "classification": "episodic", "medication_overuse": overuse,
            "overuse_reasons": ["triptan_days>=10"] if overuse else [], "class_days": {}}


def test_the_glance_means_use_complete_months_only():
    months = [month("2026-07", 4), month("2026-08", 8, overuse=True), month("2026-09", 6), month("2026-10", 9),
              month("2026-11", 1)]
    info = glance(months, TODAY)
    assert info.latest_complete["month"] == "2026-10"
    assert info.mean_migraine_days == 6.8  # (4 + 8 + 6 + 9) / 4 = 6.75, halves away from zero
    assert info.recent_mean_migraine_days == 7.7 and info.recent_months == ("2026-08", "2026-09", "2026-10")
    assert [m["month"] for m in info.overuse_months] == ["2026-08"]


def content(summary: dict) -> ReportContent:
    return ReportContent(
        today=TODAY, first_month=(2026, 6), last_month=(2026, 11), period_start=dt.date(2026, 6, 1),
        period_end=TODAY, patient_name="", birth_date="", age=None, summary=summary, recorded_days=1,
        medications=(), notes=(), hidden_notes=0,
    )


def test_the_questionnaire_section_is_left_out_without_scores():
    assert html.questionnaires_blocks(content({"months": []})) == []
    assert html.questionnaires_blocks(content({"questionnaires": {"midas": [], "hit6": []}})) == []


def test_the_questionnaire_section_shows_the_latest_and_the_previous_score():
    scores = {"hit6": [{"date": "2026-05-02", "score": 64, "band": "severe", "label": "severe impact"},
                       {"date": "2026-10-02", "score": 55, "band": "some", "label": "some impact"}]}
    heading, table = html.questionnaires_blocks(content({"questionnaires": scores}))
    row = table.rows[0]
    assert row.index("2 Oct 2026") < row.index("55") < row.index("some impact") < row.index("2 May 2026")
    assert "MIDAS" not in table.html()


def test_names_and_notes_are_escaped():
    text = html.title_block(dataclasses.replace(content({}), patient_name="<b>Ann & Zoë</b>")).html
    assert "&lt;b&gt;Ann &amp; Zoë&lt;/b&gt;" in text


def test_dates_and_months_read_the_same_in_every_country():
    assert date_text("2026-06-05") == "5 Jun 2026"
    assert month_text("2026-12") == "Dec 2026"
