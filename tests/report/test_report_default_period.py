"""The report's default period shows the current course's baseline and what led to it, and says
what it leaves out; verdicts on unfinished follow-up are "pending" in the report."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from diary_app.domain import catalogue
from diary_app.domain.courses import CourseSpan
from diary_app.domain.demo import demo_contents
from diary_app.domain.models import DayEntry, Infusion
from diary_app.exporters import report_pdf
from diary_app.exporters.report.default_period import default_first_month
from diary_app.store import Diary
from diary_app.store.summary import course_spans, diary_summary
from tests.report.conftest import TODAY, month_rows, needs_poppler, pdf_pages_text

LAST = (2026, 11)
EPTINEZUMAB = catalogue.resolve("eptinezumab")


def infusion(start: dt.date, drug: str = "eptinezumab", kind: str = "preventive", days: int = 1) -> Infusion:
    return Infusion(start, catalogue.resolve(drug), days=days, kind=kind)


def course(start: dt.date, stop: dt.date | None = None) -> CourseSpan:
    return CourseSpan(EPTINEZUMAB, start, stop)


def test_with_no_course_the_default_is_this_month_and_the_five_before():
    assert default_first_month(LAST, []) == (2026, 6)


def test_a_course_that_began_long_ago_brings_its_baseline():
    began = dt.date(2025, 12, 10)
    assert default_first_month(LAST, [infusion(began)], [course(began)]) == (2025, 11)
    assert default_first_month(LAST, [], [course(dt.date(2025, 2, 10))]) == (2025, 1)  # the baseline, whatever its age


def test_an_acute_infusion_course_just_before_the_baseline_is_shown_with_its_own_28_days():
    began = dt.date(2026, 7, 3)
    dhe = infusion(dt.date(2026, 3, 25), "dihydroergotamine", "acute", days=3)
    assert default_first_month(LAST, [dhe, infusion(began)], [course(began)]) == (2026, 2)
    long_before = infusion(dt.date(2025, 12, 1), "dihydroergotamine", "acute", days=3)
    assert default_first_month(LAST, [long_before, infusion(began)], [course(began)]) == (2026, 4)


def test_the_pattern_months_before_a_course_are_shown():
    began = dt.date(2026, 5, 10)
    assert default_first_month(LAST, [infusion(began)], [course(began)]) == (2026, 2)


def test_the_reach_back_stops_at_twelve_months():
    began = dt.date(2026, 1, 20)  # baseline 23 Dec 2025: Dec is inside the 12 months
    dhe = infusion(dt.date(2025, 9, 1), "dihydroergotamine", "acute")
    assert default_first_month(LAST, [dhe], [course(began)]) == (2025, 12)


def test_a_course_stopped_before_the_recent_months_does_not_stretch_the_period():
    old = course(dt.date(2024, 3, 1), stop=dt.date(2024, 9, 1))
    assert default_first_month(LAST, [], [old]) == (2026, 6)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("default-period")
    with Diary.open(folder / "demo.sqlite3") as diary:
        diary.import_contents(demo_contents(TODAY))
        path = folder / "demo.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
        first, last = report_pdf.default_report_range(TODAY, diary.infusions(), course_spans(diary, TODAY))
        summary = diary_summary(diary, today=TODAY, first_month=first, last_month=last)
        infusions = diary.infusions()
    return {"text": pdf_pages_text(path), "summary": summary, "infusions": infusions}


@needs_poppler
def test_the_demo_report_shows_the_baseline_every_infusion_and_the_dhe_course(demo_report):
    months = list(month_rows("\n".join(demo_report["text"])))
    (current,) = [c for c in demo_report["summary"]["courses"] if c.get("stop") is None]
    assert months[0] <= current["baseline"]["start"][:7]
    for item in demo_report["infusions"]:  # the DHE course and every eptinezumab infusion
        assert months[0] <= item.start.isoformat()[:7] <= months[-1]


@needs_poppler
def test_page_one_says_earlier_history_is_left_out_and_agrees_with_the_whole_diary(demo_report):
    first = " ".join(demo_report["text"][0].split())
    assert "Earlier history from" in first and "not shown; export with --from" in first
    assert "pattern met" in first and "pattern not met" not in first  # the whole demo diary meets it


@needs_poppler
def test_no_earlier_history_sentence_when_the_diary_starts_inside_the_period(tmp_path, qapp):
    with Diary.open(tmp_path / "short.sqlite3") as diary:
        diary.save_day(DayEntry(TODAY - dt.timedelta(days=20), headache=True, migraine=True))
        path = tmp_path / "short.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
    first = " ".join(pdf_pages_text(path)[0].split())
    assert "Earlier history" not in first
    assert "pattern not met in the whole diary" in first


@needs_poppler
def test_a_running_follow_up_is_pending_in_the_report_and_a_finished_one_has_its_verdict(demo_report):
    text = " ".join("\n".join(demo_report["text"]).split())
    infusions = demo_report["summary"]["infusions"]
    (running,) = [i for i in infusions if i["followup_status"] == "in_progress"]
    assert running["responder_50"] is None  # the demo's running cycle reads 50.00% so far: no verdict on it
    assert re.search(rf"{running['percent_reduction']:.2f}% in (progress )?pending pending pending", text)
    (done,) = [i for i in infusions if i["followup_status"] == "complete"]
    verdicts = " ".join("yes" if done[f"responder_{n}"] else "no" for n in (30, 50, 75))
    assert f"{done['percent_reduction']:.2f}% complete {verdicts}" in text
