"""The doctor report opened from the window starts on the same default period as the command line's
report: the current course's baseline and what led to it (issue 16, "The doctor's default")."""

from __future__ import annotations

import datetime as dt

from diary_app.domain import catalogue
from diary_app.domain.models import Course
from diary_app.exporters import report_pdf
from diary_app.exporters.report.content import build_content
from diary_app.store import Diary


def offered_months(window, prompter):
    """The first and last month the window's report dialog offers (then cancelled: no file is asked for)."""
    seen = {}

    def look(dialog):
        seen.update(first=dialog.first_month, last=dialog.last_month)
        return False

    prompter.dialogs.append(look)
    window.report_action.trigger()
    return seen["first"], seen["last"]


def test_the_window_report_dialog_starts_where_the_command_line_report_does(open_window, db_path, today, prompter):
    from diary_app.domain.demo import demo_contents

    with Diary.open(db_path) as diary:
        diary.import_contents(demo_contents(today))
        cli = build_content(diary, today=today)  # what `migraine-diary export x.pdf` covers without --from/--to
    assert offered_months(open_window(), prompter) == (cli.first_month, cli.last_month)


def test_a_tablet_course_reaches_back_to_the_months_before_it(open_window, db_path, today, prompter):
    with Diary.open(db_path) as diary:
        diary.save_course(Course(catalogue.resolve("topiramate", role="preventive"), today - dt.timedelta(days=120)))
        cli = build_content(diary, today=today)
        infusions_only = report_pdf.default_report_range(today, diary.infusions())
    offered = offered_months(open_window(), prompter)
    assert offered == (cli.first_month, cli.last_month) == ((2026, 4), (2026, 11))
    assert offered[0] < infusions_only[0]  # the 3 months before the course, which the infusions alone miss
