"""The at-a-glance migraine-day rate as printed: per 28 recorded days, never by unrecorded days."""

from __future__ import annotations

import datetime as dt
import re

from diary_app.domain.models import DayEntry
from diary_app.exporters import report_pdf
from tests.report.conftest import needs_poppler, pdf_pages_text

pytestmark = needs_poppler


def rate_row(pdf) -> str:
    """The "Migraine days per 28 days" row of page 1, its wrapped lines joined into one."""
    first = pdf_pages_text(pdf)[0]
    row = first[first.index("Migraine days per 28 days"):first.index("ICHD-3 chronic migraine")]
    return " ".join(row.split())


def test_unrecorded_days_do_not_dilute_the_rate(diary, db_path, today, qapp):
    # October fully recorded with 20 migraine days; September only 2 days, both headache-free.
    october = [DayEntry(dt.date(2026, 10, day), headache=day <= 20, migraine=day <= 20) for day in range(1, 32)]
    diary.save_days([DayEntry(dt.date(2026, 9, 1), headache=False), DayEntry(dt.date(2026, 9, 2), headache=False),
                     *october])
    pdf = db_path.parent / "report.pdf"
    report_pdf.export_report(diary, pdf, today=today)
    row = rate_row(pdf)
    assert row.startswith("Migraine days per 28 days 16.97 over the ended months Sep – Oct 2026")  # 20 x 28 / 33
    assert "(rests on 33 of 61 days recorded)" in row
    assert not re.search(r"\b10\.0", "\n".join(pdf_pages_text(pdf)))  # (0 + 20) / 2, the old mean
    assert "complete months" not in row and "last 3" not in row


def test_a_rate_on_fewer_than_half_the_days_says_not_enough_data(diary, db_path, today, qapp):
    # 10 of October's 31 days recorded, 8 of them migraine days: 22.40 per 28 days would rest on too little.
    diary.save_days([DayEntry(dt.date(2026, 10, day), headache=day <= 8, migraine=day <= 8) for day in range(1, 11)])
    pdf = db_path.parent / "report.pdf"
    report_pdf.export_report(diary, pdf, today=today)
    row = rate_row(pdf)
    assert "not enough data over the ended month Oct 2026 (only 10 of 31 days recorded, fewer than half)" in row
    assert not re.search(r"\d\.\d", row)  # no rate, not even 0
