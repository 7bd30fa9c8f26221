"""The doctor report opened from the window starts on the same default period as the command line's
report: the current course's baseline and what led to it (issue 16, "The doctor's default")."""

from __future__ import annotations

from diary_app.exporters import report_pdf
from diary_app.exporters.report.content import build_content
from diary_app.store import Diary


def test_the_window_report_dialog_starts_where_the_command_line_report_does(open_window, db_path, today, prompter):
    from diary_app.domain.demo import demo_contents

    with Diary.open(db_path) as diary:
        diary.import_contents(demo_contents(today))
        cli = build_content(diary, today=today)  # what `migraine-diary report` prints without --from/--to
        infusions_only = report_pdf.default_report_range(today, diary.infusions())
    window = open_window()
    seen = {}

    def look(dialog):
        seen.update(first=dialog.first_month, last=dialog.last_month)
        return False  # cancel: no file is asked for

    prompter.dialogs.append(look)
    window.report_action.trigger()
    assert (seen["first"], seen["last"]) == (cli.first_month, cli.last_month)
    assert seen["first"] < infusions_only[0]  # the courses reach further back than the infusions alone
