"""A known diary, its report, and ways to read a PDF back (pdftotext from poppler, pypdf)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from diary_app.domain import catalogue
from diary_app.exporters.report import layout, pages
from diary_app.domain.models import DayEntry, Dose, Infusion

TODAY = dt.date(2026, 11, 26)
PATIENT = "Zoë Müller"
CJK_NOTE = "頭痛 all afternoon; Zoë drove me home"
INFUSION_DAY = dt.date(2026, 8, 10)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def known_days(first: dt.date = dt.date(2026, 5, 1), last: dt.date = dt.date(2026, 11, 25)) -> list[DayEntry]:
    """Every day but every 17th: a migraine every 3rd day before the infusion and every 6th after,
    a headache every 2nd; sumatriptan on migraine days, ibuprofen on other headache days."""
    sumatriptan, ibuprofen = catalogue.resolve("sumatriptan"), catalogue.resolve("ibuprofen")
    days = []
    day = first
    while day <= last:
        n = day.toordinal()
        if n % 17:
            migraine = n % (3 if day < INFUSION_DAY else 6) == 0
            headache = migraine or n % 2 == 0
            doses = (Dose(sumatriptan, 50, "mg", n % 4),) if migraine else (Dose(ibuprofen, 400, "mg"),) if headache else ()
            days.append(DayEntry(day, headache=headache, migraine=migraine, doses=doses,
                                 notes=CJK_NOTE if day == dt.date(2026, 9, 12) else ""))
        day += dt.timedelta(days=1)
    return days


def fill_known_diary(diary) -> None:
    diary.save_days(known_days())
    diary.save_infusion(Infusion(INFUSION_DAY, catalogue.resolve("Vyepti"), dose_mg=100, reactions="flushing"))
    diary.set_setting("patient_name", PATIENT)
    diary.set_setting("patient_birth_date", "1980-02-29")


def pdf_pages_text(path: Path) -> list[str]:
    """The text of each page, laid out as on paper (columns kept on one line)."""
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True)
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


MONTH_ROW = re.compile(
    r"^\s*(?P<name>[A-Z][a-z]{2}) (?P<year>\d{4})\*?\s+(?P<recorded>\d+)/(?P<days>\d+)\s+(?P<counts>(?:\d+\s+)+)"
    r"(?P<classification>chronic|episodic|incomplete)\s+(?P<overuse>yes|no)\s*$"
)
MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}


def month_rows(text: str) -> dict[str, dict]:
    """The month table's rows read back from the text: {"2026-06": {...}}."""
    rows = {}
    for line in text.splitlines():
        match = MONTH_ROW.match(line)
        if match:
            counts = [int(value) for value in match["counts"].split()]
            rows[f"{match['year']}-{MONTHS[match['name']]:02d}"] = {
                "recorded_days": int(match["recorded"]),
                "days_in_month": int(match["days"]),
                "headache_days": counts[0],
                "migraine_days": counts[1],
                "acute_medication_days": counts[2],
                "class_days": counts[3:],
                "classification": match["classification"],
                "medication_overuse": match["overuse"] == "yes",
            }
    return rows


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("report")


@pytest.fixture(scope="module")
def measurer(qapp):
    """Qt's text layout on an A4 PDF page with the report's margins and fonts."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(pages.page_size("A4"))
    writer.setPageMargins(QMarginsF(pages.MARGIN_MM, pages.MARGIN_TOP_MM, pages.MARGIN_MM, pages.MARGIN_BOTTOM_MM),
                          QPageLayout.Unit.Millimeter)
    frame = pages._Frame(writer)
    yield layout.Measurer(writer, frame.width, pages.base_font())
    buffer.close()
