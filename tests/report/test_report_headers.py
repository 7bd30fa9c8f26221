"""No table header breaks inside a word ("Tript an", "Opioi d"): every table laid out by Qt as
the PDF lays it out, on the narrower paper (A4), and the header words read back from a PDF."""

from __future__ import annotations

import re
from html import unescape

import pytest

from diary_app.domain.demo import demo_contents
from diary_app.domain.models import DRUG_CLASSES
from diary_app.exporters import report_pdf
from diary_app.exporters.report import html
from diary_app.exporters.report.blocks import Table, body_rows, head_row
from diary_app.exporters.report.content import build_content
from diary_app.exporters.report.wording import SHORT_CLASS
from diary_app.store import Diary
from tests.report.conftest import TODAY, needs_poppler, pdf_pages_text
from tests.report.summaries import PROPRANOLOL, TOPIRAMATE, content, course, infusion

BETWEEN_WORDS = " \u2028-"  # a space, a <br>, or the hyphen of a compound ("Migraine-specific")
SOFT_HYPHEN = "\u00ad"  # a long drug name in a body cell may break there, with a hyphen shown


def words_cut(measurer, table: html.Table) -> list[str]:
    """Each cell line that ends inside a word, as "cell text | where it was cut"; header cells may
    break only between words, body cells also at a soft hyphen. Also fails a table wider than the page."""
    from PySide6.QtGui import QTextTable

    doc = measurer.document(table.html())
    assert doc.idealWidth() <= measurer.width * 1.002, "the table is wider than the page"
    (grid,) = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    header_rows = table.head.count("<tr>")
    cut = []
    for row in range(grid.rows()):
        allowed = BETWEEN_WORDS + ("" if row < header_rows else SOFT_HYPHEN)
        for column in range(grid.columns()):
            cell = grid.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                text, lines = block.text(), block.layout()
                for number in range(lines.lineCount() - 1):
                    line = lines.lineAt(number)
                    end = line.textStart() + line.textLength()
                    if text[end - 1] not in allowed and text[end] not in BETWEEN_WORDS:
                        cut.append(f"{text} | {text[:end]}")
                block = block.next()
    return sorted(set(cut))


def tables(blocks) -> list[html.Table]:
    return [block for block in blocks if isinstance(block, html.Table)]


def months(classes, count: int = 4) -> list[dict]:
    return [{"month": f"2026-{m:02d}", "days_in_month": 30, "recorded_days": 29, "in_progress": m == 11,
             "days_so_far": 26 if m == 11 else 30, "headache_days": 22, "migraine_days": 16, "acute_medication_days": 20,
             "class_days": {name: 12 for name in classes}, "classification": "incomplete", "medication_overuse": True,
             "overuse_reasons": ["combined_days>=10"]} for m in range(12 - count, 12)]


LONG_NAMES = [
    course("onabotulinumtoxinA", "2025-01-10", "2025-07-01", preventive_class="botulinum toxin",
           stop_reason="cost-or-access", dose="155 units every 12 weeks", note="insurance stopped paying for it"),
    course("dihydroergotamine", "2025-08-01", "2025-09-01", preventive_class="other", dose=""),
]
INFUSIONS = [infusion(), infusion(medication="dihydroergotamine", kind="acute", setting="emergency_department",
                                  days=3, last_day="2026-06-12", reactions="nausea, leg cramps, a headache after it",
                                  followup_status=None)]


def synthetic(classes) -> list:
    summary = {"months": months(classes), "courses": [TOPIRAMATE, PROPRANOLOL, course(), *LONG_NAMES],
               "infusions": INFUSIONS}
    shown = content(summary, history=[TOPIRAMATE, PROPRANOLOL, course(), *LONG_NAMES],
                    stopped=["antiepileptic", "beta blocker"])
    return html.report_blocks(shown, chart_mm=0)


def longest_labels(count: int) -> list[str]:
    return sorted(DRUG_CLASSES, key=lambda name: -max(len(word) for word in SHORT_CLASS[name].split()))[:count]


@pytest.mark.parametrize("classes", [list(DRUG_CLASSES), longest_labels(html.INLINE_CLASSES), ["triptan"], []],
                         ids=["every class", "the longest labels that stay in the month table", "one class", "none"])
def test_no_table_header_breaks_inside_a_word(measurer, classes):
    for table in tables(synthetic(classes)):
        assert words_cut(measurer, table) == [], table.head[:80]


def test_the_sample_diarys_tables_break_only_between_words(measurer, tmp_path):
    with Diary.open(tmp_path / "demo.sqlite3") as diary:
        diary.import_contents(demo_contents(TODAY))
        shown = build_content(diary, today=TODAY, first_month=(2025, 5))
    found = tables(html.report_blocks(shown, chart_mm=0))
    assert len(found) >= 8
    for table in found:
        assert words_cut(measurer, table) == [], table.head[:80]


def test_the_check_finds_words_cut_in_columns_too_narrow_for_them(measurer):
    # 30 columns of "Antiemetic" cannot fit across the page: the layout breaks words rather than
    # run off the paper, and the check sees it (as it would have seen the old "Tript an").
    crowded = Table(head_row([("Antiemetic", "num")] * 30, [3] * 29 + [13]),
                         body_rows([[("3", "num")] * 30]))
    assert words_cut(measurer, crowded)


def test_a_word_too_long_for_any_column_is_broken_rather_than_clipped(measurer):
    table = Table(head_row([("Date", ""), ("Note", "")], [13, 87]),
                       body_rows([[("1 Jun 2026", ""), ("x" * 400, "")]]))
    assert measurer.document(table.html()).idealWidth() <= measurer.width * 1.002


@needs_poppler
def test_header_words_come_out_whole_in_the_pdf(tmp_path, qapp):
    with Diary.open(tmp_path / "demo.sqlite3") as diary:
        diary.import_contents(demo_contents(TODAY))
        path = tmp_path / "report.pdf"
        report_pdf.export_report(diary, path, today=TODAY, first_month=(2025, 5), paper="A4")
        shown = build_content(diary, today=TODAY, first_month=(2025, 5))
    tokens = set("\n".join(pdf_pages_text(path)).split())
    heads = " ".join(table.head for table in tables(html.report_blocks(shown, chart_mm=0)))
    words = set(unescape(re.sub(r"<[^>]+>", " ", heads)).split())
    assert "Triptan" in words and "Migraine-specific" in words
    cut = [word for word in words
           if word not in tokens and not all(piece in tokens for piece in re.findall(r"[^-]+-?", word))]
    assert cut == []
