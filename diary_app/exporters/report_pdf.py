"""The doctor-visit report: a 1-3 page PDF (or a printout) of the period's numbers.

`export_report` writes the file (`migraine-diary export report.pdf`, File > Export doctor
report...); `print_report` paints exactly the same pages on a QPrinter (File > Print...).
Qt and matplotlib are imported only when a report is made, never by importing this module.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diary_app.domain.analysis.period import Month, month_label
from diary_app.exporters.report.content import (
    PAPER_SETTING, ReportContent, build_content, default_report_range, report_range,
)
from diary_app.exporters.safe_files import write_private
from diary_app.store import Diary

__all__ = [
    "default_report_range", "export_report", "page_size", "preferred_paper", "print_report", "report_range",
    "report_title",
]


def export_report(
    diary: Diary,
    path: str | Path,
    *,
    today: dt.date,
    first_month: Month | None = None,
    last_month: Month | None = None,
    paper: str | None = None,
) -> int:
    """Write the report to `path` (all or nothing, mode 0600); returns the number of pages.

    Without a range: this month and the 5 before it, plus the baseline of any infusion in them.
    `paper` is "A4" or "Letter"; by default the diary's "paper_size" setting, else the locale's.
    """
    from diary_app.exporters.report import pages

    content = build_content(diary, today=today, first_month=first_month, last_month=last_month)
    data, count = pages.render_pdf(content, paper or preferred_paper(diary), report_title(content))
    write_private(Path(path), lambda handle: handle.write(data), binary=True)
    return count


def print_report(
    diary: Diary,
    printer,
    *,
    today: dt.date,
    first_month: Month | None = None,
    last_month: Month | None = None,
) -> int:
    """Paint the report on a QPrinter (or any QPagedPaintDevice) at the paper size it has;
    returns the number of pages. Set the size first with `page_size(preferred_paper(diary))`."""
    from diary_app.exporters.report import pages

    content = build_content(diary, today=today, first_month=first_month, last_month=last_month)
    return pages.render(content, printer)


def preferred_paper(diary: Diary) -> str:
    """"A4" or "Letter": the diary's "paper_size" setting, else the usual paper of the locale."""
    from diary_app.exporters.report import pages

    return pages.paper_name(diary.setting(PAPER_SETTING)) or pages.paper_for_locale()


def page_size(paper: str):
    """The QPageSize of "A4" or "Letter", for a QPrinter before the print dialog opens."""
    from diary_app.exporters.report import pages

    return pages.page_size(paper)


def report_title(content: ReportContent) -> str:
    """The PDF's title: the report, the patient (if named) and the months covered."""
    who = f" – {content.patient_name}" if content.patient_name else ""
    return f"Migraine diary report{who} ({month_label(content.first_month)} to {month_label(content.last_month)})"
