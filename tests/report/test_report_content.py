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
    MonthsRate, ReportContent, default_report_range, glance, medication_use, months_rate, report_range, shorten,
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


def month(label: str, migraine: int, overuse: bool = False, recorded: int = 30, days: int = 30) -> dict:
    return {"month": label, "migraine_days": migraine, "headache_days": migraine, "recorded_days": recorded,
            "days_in_month": days, "classification": "episodic", "medication_overuse": overuse,
            "overuse_reasons": ["triptan_days>=10"] if overuse else [], "class_days": {}}


def test_the_glance_rates_use_ended_months_and_recorded_days_only():
    months = [month("2026-07", 4), month("2026-08", 8, overuse=True), month("2026-09", 6, recorded=20),
              month("2026-10", 9), month("2026-11", 1)]
    info = glance(months, TODAY)
    assert info.latest_ended["month"] == "2026-10"
    period = info.period_rate
    assert period.months == ("2026-07", "2026-08", "2026-09", "2026-10")  # November is still going
    assert (period.migraine_days, period.recorded_days, period.days) == (27, 110, 120)
    assert period.rate == 6.87  # 27 x 28 / 110 = 6.8727..., by the days recorded, not by the month
    recent = info.recent_rate
    assert recent.months == ("2026-08", "2026-09", "2026-10")
    assert recent.rate == 8.05 and (recent.migraine_days, recent.recorded_days, recent.days) == (23, 80, 90)
    assert [m["month"] for m in info.overuse_months] == ["2026-08"]


def test_unrecorded_days_never_count_as_migraine_free():
    # The review's case: October fully recorded with 20 migraine days; September with 2 recorded
    # days, both headache-free. A mean of the months would say (0 + 20) / 2 = 10.0.
    info = glance([month("2026-09", 0, recorded=2, days=30), month("2026-10", 20, recorded=31, days=31)], TODAY)
    rate = info.period_rate
    assert rate.enough and rate.rate == 16.97  # 20 x 28 / 33 = 16.9696...
    text = html._rates(info)
    assert "<b>16.97</b> over the ended months Sep – Oct 2026" in text
    assert "rests on 33 of 61 days recorded" in text
    assert "10.0" not in text and "last 3" not in text  # two ended months: one figure


def test_a_rate_needs_half_of_the_days_of_its_months_recorded():
    assert months_rate([month("2026-10", 8, recorded=16, days=31)]).rate == 14.0  # 16 of 31: enough
    short = months_rate([month("2026-10", 8, recorded=15, days=31)])
    assert not short.enough and short.rate is None  # 15 of 31: fewer than half
    assert months_rate([month("2026-10", 0, recorded=0, days=31)]).rate is None
    assert months_rate([]) is None
    assert MonthsRate(("2026-02",), days=28, recorded_days=14, migraine_days=3).rate == 6.0  # 14 of 28, as a window


def test_not_enough_data_is_said_in_words_never_as_a_number():
    # May-July fully recorded, then 5 days a month: enough over the period, not over the last 3 months.
    months = [month("2026-05", 10, recorded=31, days=31), month("2026-06", 10),
              month("2026-07", 10, recorded=31, days=31), month("2026-08", 2, recorded=5, days=31),
              month("2026-09", 1, recorded=5),
              month("2026-10", 0, recorded=5, days=31)]
    info = glance(months, TODAY)
    assert info.period_rate.rate == 8.64  # 33 x 28 / 107 = 8.635..., 107 of 184 days recorded
    assert info.recent_rate.rate is None  # 15 of 92 days recorded
    text = html._rates(info)
    assert "<b>not enough data</b> over the last 3, Aug – Oct 2026" in text
    assert "<b>8.64</b> over the ended months May – Oct 2026" in text and "rests on 107 of 184 days recorded" in text
    assert "(only 15 of 92 days recorded, fewer than half)" in text


def test_without_an_ended_month_there_is_no_rate():
    info = glance([month("2026-11", 5, recorded=20)], TODAY)
    assert info.latest_ended is None and info.period_rate is None and info.recent_rate is None
    assert html._rates(info) == "no ended month in this period yet"


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


def test_month_spans_name_the_year_once_unless_it_changes():
    assert html._month_span(("2026-10",)) == "Oct 2026"
    assert html._month_span(("2026-08", "2026-09", "2026-10")) == "Aug – Oct 2026"
    assert html._month_span(("2025-11", "2025-12", "2026-01")) == "Nov 2025 – Jan 2026"
