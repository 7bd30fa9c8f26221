"""The doctor report as a person (and a doctor) reads it: the PDF's text, pages, fonts and paper."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat

import pytest
from pypdf import PdfReader

from diary_app.domain.demo import demo_contents
from diary_app.domain.models import DayEntry
from diary_app.exporters import report_pdf
from diary_app.exporters.report import content as report_content
from diary_app.exporters.report.html import used_classes
from diary_app.exporters.report.wording import date_text
from diary_app.store import Diary
from diary_app.store.summary import course_spans, diary_summary
from tests.report.conftest import (
    CJK_NOTE, INFUSION_DAY, PATIENT, TODAY, fill_known_diary, month_rows, needs_poppler, pdf_pages_text,
)

pytestmark = needs_poppler
RANGE = ((2026, 5), (2026, 11))
ONE_DAY = DayEntry(TODAY.replace(day=1), headache=True, migraine=True)


@pytest.fixture(scope="module")
def known(report_dir, qapp):
    """The known diary's report for May-November 2026, with its summary and its text per page."""
    with Diary.open(report_dir / "known.sqlite3") as diary:
        fill_known_diary(diary)
        path = report_dir / "known.pdf"
        count = report_pdf.export_report(diary, path, today=TODAY, first_month=RANGE[0], last_month=RANGE[1])
        summary = diary_summary(diary, today=TODAY, first_month=RANGE[0], last_month=RANGE[1])
    return {"path": path, "pages": count, "summary": summary, "text": pdf_pages_text(path)}


@pytest.fixture(scope="module")
def demo(report_dir, qapp):
    """The sample diary's report over the default period."""
    with Diary.open(report_dir / "demo.sqlite3") as diary:
        diary.import_contents(demo_contents(TODAY))
        path = report_dir / "demo.pdf"
        count = report_pdf.export_report(diary, path, today=TODAY)
        first, last = report_pdf.default_report_range(TODAY, diary.infusions(), course_spans(diary, TODAY))
        summary = diary_summary(diary, today=TODAY, first_month=first, last_month=last)
    return {"path": path, "pages": count, "text": pdf_pages_text(path), "summary": summary}


def test_every_month_row_shows_the_summary_numbers(known):
    rows = month_rows("\n".join(known["text"]))
    months = known["summary"]["months"]
    assert [m["month"] for m in months] == list(rows)
    used = used_classes(months)
    for month in months:
        row = rows[month["month"]]
        for key in ("recorded_days", "headache_days", "migraine_days", "acute_medication_days",
                    "classification", "medication_overuse"):
            assert row[key] == month[key], (month["month"], key)
        # "n/m": m is the days that have come, so a month in progress is not short of days yet to come
        assert row["days_in_month"] == (month["days_so_far"] if month["in_progress"] else month["days_in_month"])
        assert row["class_days"] == [month["class_days"][name] for name in used]


def test_the_infusion_row_shows_baseline_follow_up_and_reduction_as_in_the_summary(known):
    (infusion,) = known["summary"]["infusions"]
    text = "\n".join(known["text"])
    cycles = text[text.index("Infusion cycles: each infusion against the 28 days before it"):]
    (line,) = [line for line in cycles.splitlines() if line.strip().startswith(date_text(INFUSION_DAY))]
    numbers = [f"{value:.2f}" for value in (infusion["baseline_mmd"], *infusion["followup_mmd"],
                                             infusion["mean_followup_mmd"])]
    assert re.findall(r"\d+\.\d\d(?!%)", line) == numbers
    assert f"{infusion['percent_reduction']:.2f}%" in line
    assert "flushing" in line
    verdicts = line.split("%")[-1].split()
    assert verdicts[:4] == ["complete", *("yes" if infusion[f"responder_{n}"] else "no" for n in (30, 50, 75))]


def test_the_patient_and_non_ascii_notes_come_out_as_text(known):
    text = "\n".join(known["text"])
    assert PATIENT in text
    assert CJK_NOTE in text
    assert "29 Feb 1980 (age 46)" in text


def test_every_page_carries_its_number_and_the_generation_date(known, demo):
    for report in (known, demo):
        pages = report["text"]
        assert len(pages) == report["pages"]
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page
            assert "Generated 26 Nov 2026" in page
            assert "Migraine day: a recorded day marked migraine" in page  # the definitions footer


def test_the_sample_diarys_default_period_fits_in_one_to_three_pages(demo):
    assert 1 <= demo["pages"] <= 3
    first = demo["text"][0]
    assert "At a glance" in first and "Month by month" in first
    assert "pattern met" in first and "pattern not met" not in first  # as the whole diary has it
    assert "eptinezumab on 10 Dec 2026" in first  # the next infusion due


def test_the_default_period_reaches_back_to_the_dhe_course_before_the_baseline(demo):
    # The eptinezumab course's baseline starts in May; the DHE infusion in March came 28 days
    # after the last February days it is judged against.
    assert "1 Feb 2026 – 26 Nov 2026" in demo["text"][0]
    assert list(month_rows("\n".join(demo["text"])))[0] == "2026-02"


def test_fonts_are_embedded(known):
    reader = PdfReader(known["path"])
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font.get("/BaseFont")
            seen += 1
    assert seen


def test_the_chart_is_vector_graphics_with_real_text(known):
    reader = PdfReader(known["path"])
    for page in reader.pages:
        resources = page["/Resources"]
        for ref in resources.get("/XObject", {}).values():
            assert ref.get_object().get("/Subtype") != "/Image"
        assert not resources.get("/Pattern", {})  # a hatch would come out as a bitmap pattern
    first = reader.pages[0].get_contents().get_data()
    assert len(re.findall(rb"[\d.]+ [\d.]+ l\b", first)) > 100  # the bars, grid and lines are paths
    assert "chronic threshold (15 days)" in known["text"][0]


def test_an_empty_diary_gives_one_page_that_says_so(report_dir, qapp):
    with Diary.open(report_dir / "empty.sqlite3") as diary:
        path = report_dir / "empty.pdf"
        assert report_pdf.export_report(diary, path, today=TODAY) == 1
    (page,) = pdf_pages_text(path)
    assert "No days recorded in this period." in page
    assert "Page 1 of 1" in page
    assert len(PdfReader(path).pages) == 1


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_the_paper_size_is_honoured(report_dir, qapp, paper, size):
    with Diary.open(report_dir / f"paper-{paper}.sqlite3") as diary:
        diary.set_setting("paper_size", paper)
        diary.save_days([ONE_DAY])
        path = report_dir / f"paper-{paper}.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
        box = PdfReader(path).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
        other = "A4" if paper == "Letter" else "Letter"
        report_pdf.export_report(diary, path, today=TODAY, paper=other)  # the argument wins
        assert round(float(PdfReader(path).pages[0].mediabox.width)) != size[0]


def test_the_file_is_private_and_written_whole(report_dir, qapp):
    folder = report_dir / "private"
    folder.mkdir()
    with Diary.open(report_dir / "private.sqlite3") as diary:
        report_pdf.export_report(diary, folder / "report.pdf", today=TODAY)
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]  # no temporary file left behind
    assert stat.S_IMODE(os.stat(folder / "report.pdf").st_mode) == 0o600


def test_notes_are_shortened_and_capped(report_dir, qapp):
    long_note = "Woke with it again. " * 12
    days = [DayEntry(dt.date(2026, 10, 1) + dt.timedelta(days=i), headache=True, notes=f"#{i:02d} {long_note}")
            for i in range(50)]
    with Diary.open(report_dir / "notes.sqlite3") as diary:
        diary.save_days(days)
        path = report_dir / "notes.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
    text = "\n".join(pdf_pages_text(path))
    listed = re.findall(r"#(\d\d) Woke", text)
    hidden = int(re.search(r"… and (\d+) more notes", text)[1])
    assert len(listed) <= report_content.MAX_NOTES and len(listed) + hidden == 50
    assert listed[-1] == "49"  # the most recent are the ones kept
    assert "…" in text and long_note.strip() not in text


def test_questionnaire_scores_appear_with_the_previous_ones(report_dir, qapp, monkeypatch):
    def with_scores(diary, **kwargs):
        summary = diary_summary(diary, **kwargs)
        summary["questionnaires"] = {
            "midas": [{"date": "2026-06-01", "score": 31, "grade": "IV", "label": "severe disability"},
                      {"date": "2026-09-01", "score": 12, "grade": "III", "label": "moderate disability"}],
            "hit6": [{"date": "2026-09-01", "score": 58, "band": "substantial", "label": "substantial impact"}],
        }
        return summary

    monkeypatch.setattr(report_content, "diary_summary", with_scores)
    with Diary.open(report_dir / "scores.sqlite3") as diary:
        diary.save_days([ONE_DAY])
        path = report_dir / "scores.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
    text = "\n".join(pdf_pages_text(path))
    midas = next(line for line in text.splitlines() if "MIDAS" in line)
    assert "1 Sep 2026" in midas and "12" in midas and "grade III – moderate" in midas
    assert "1 Jun 2026" in midas and "31" in midas and "grade IV" in midas
    assert "substantial impact" in next(line for line in text.splitlines() if "HIT-6" in line)


def test_printing_paints_the_same_pages_on_a_printer(report_dir, qapp):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(report_dir / "printed.pdf"))
    printer.setPageSize(report_pdf.page_size("Letter"))
    with Diary.open(report_dir / "printed.sqlite3") as diary:
        fill_known_diary(diary)
        count = report_pdf.print_report(diary, printer, today=TODAY, first_month=RANGE[0], last_month=RANGE[1])
    pages = pdf_pages_text(report_dir / "printed.pdf")
    assert len(pages) == count
    assert PATIENT in pages[0] and f"Page {count} of {count}" in pages[-1]


def test_the_default_paper_follows_the_locale(qapp):
    from PySide6.QtCore import QLocale

    from diary_app.exporters.report.pages import paper_for_locale

    assert [paper_for_locale(QLocale(name)) for name in ("en_US", "en_CA", "es_MX", "en_GB", "de_DE", "ja_JP")] == [
        "Letter", "Letter", "Letter", "A4", "A4", "A4"]


def test_a_long_period_continues_its_tables_on_the_next_pages(report_dir, qapp):
    days = [DayEntry(dt.date(2023, 1, 1) + dt.timedelta(days=i), headache=i % 3 == 0, migraine=i % 6 == 0)
            for i in range(3 * 365 + 330)]
    with Diary.open(report_dir / "long.sqlite3") as diary:
        diary.save_days(days)
        path = report_dir / "long.pdf"
        count = report_pdf.export_report(diary, path, today=TODAY, first_month=(2023, 1))
        months = diary_summary(diary, today=TODAY, first_month=(2023, 1))["months"]
    pages = pdf_pages_text(path)
    assert count == len(pages) > 1
    assert list(month_rows("\n".join(pages))) == [m["month"] for m in months]  # none lost at a page break
    continued = [page for page in pages[1:] if month_rows(page)]
    assert continued and all("Classification" in page for page in continued)  # the header repeats


def test_the_treatment_history_lists_every_course_even_before_the_period(demo):
    text = "\n".join(demo["text"])
    history = text[text.index("Preventive treatment history"):text.index("Preventive courses against")]
    # topiramate and propranolol ended before the six months of the report: still listed
    assert [name for name in ("topiramate", "propranolol", "eptinezumab") if name in history] == [
        "topiramate", "propranolol", "eptinezumab"]
    assert "side effects" in history and "not effective" in history and "ongoing" in history
    assert "Preventive classes stopped as not effective or not tolerated: 2 (antiepileptic, beta blocker)" in history
    # the period's courses: propranolol ended inside it
    assert [c["medication"] for c in demo["summary"]["courses"]] == ["propranolol", "eptinezumab"]


def test_the_course_table_shows_the_summarys_numbers(demo):
    text = "\n".join(demo["text"])
    table = text[text.index("Preventive courses against"):text.index("Continuation check")]
    table = table[table.index("eptinezumab ·"):]
    course = demo["summary"]["courses"][-1]
    for window in [course["baseline"], *course["periods"]]:
        label = window["label"].replace("-", "–").capitalize()
        (line,) = [line for line in table.splitlines() if line.strip().startswith(label + " ")]
        rates = [f"{window[key]:.2f}" for key in ("migraine_days_per_28", "headache_days_per_28",
                                                  "acute_medication_days_per_28",
                                                  "migraine_specific_acute_days_per_28", "mean_peak_severity")]
        assert re.findall(r"-?\d+\.\d\d(?!%)", line) == rates
        assert f"{window['recorded_days']}/{window['days']}" in line
        if window.get("percent_reduction") is not None:
            assert f"{window['percent_reduction']:.2f}%" in line
    assert "30% is the threshold guidelines use for chronic migraine" in " ".join(text.split())


def test_the_continuation_check_is_an_aid_not_the_decision(demo):
    text = " ".join("\n".join(demo["text"]).split())
    assert ("An aid for the doctor's decision, not the decision (American Headache Society consensus 2018, "
            "updated 2021).") in text
    assert "eptinezumab · pending: the 6-month trial ends on" in text


def test_coverage_counts_from_the_first_recorded_day(report_dir, qapp):
    began = dt.date(2026, 8, 20)
    days = [DayEntry(began + dt.timedelta(days=i), headache=i % 4 == 0) for i in range((TODAY - began).days)]
    with Diary.open(report_dir / "began.sqlite3") as diary:
        diary.save_days(days)
        path = report_dir / "began.pdf"
        report_pdf.export_report(diary, path, today=TODAY)
    first = " ".join(pdf_pages_text(path)[0].split())
    # 20 Aug - 26 Nov is 99 days; today is not recorded yet. Not "of 179 days" (1 Jun - 26 Nov).
    assert "Diary coverage 98 of 99 days recorded (98%), counted from the first recorded day, 20 Aug 2026" in first
    assert "Nov 2026* 25/26" in first  # the month in progress: the days so far
