"""The real window, offscreen, saving days through its Today form: the other half of
test_window_cli_campaign.py.

    python -m tests.reliability.window_writer DIARY FIRST_DATE TODAY

Starts the app as the desktop launcher does (`ui.app.launch`), runs what the window does once it
is on screen (the daily backup), prints `open`, then saves one day after another from FIRST_DATE
on (a migraine with the note "window DATE") and prints each date once its save has returned: a
printed date is an acknowledged save. Every tenth save it also backs up and exports from the
window, as File > Back up now and File > Export do. It never stops by itself (the test SIGKILLs
it). A message box it would show is printed on stderr as `MESSAGE: ...` instead.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

MIGRAINE = 2  # the form's state button


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path, first, today = Path(argv[0]), dt.date.fromisoformat(argv[1]), dt.date.fromisoformat(argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from diary_app.exporters import transfer
    from diary_app.ui import app, file_actions, prompts

    def tell(*args, **_kwargs) -> None:
        print("MESSAGE:", *args[1:], file=sys.stderr, flush=True)

    prompts.show_error = prompts.inform = tell
    window = app.launch(path, lambda: today)
    if window is None:
        sys.exit("the window did not open")
    window._on_screen()  # the daily backup and the rest, now rather than 1.5 s later
    print("open", flush=True)
    state = {"date": first, "saved": 0}

    def save_next() -> None:
        date, form = state["date"], window.day_form
        if not form.show_date(date):
            return
        form.state_buttons[MIGRAINE].setChecked(True)
        form.notes_edit.setPlainText(f"window {date}")
        if form.save() and window.session.day(date).notes == f"window {date}":
            print(date.isoformat(), flush=True)
            state["date"] += dt.timedelta(days=1)
            state["saved"] += 1
            if state["saved"] % 10 == 0:
                file_actions.back_up(window)
                transfer.export_file(window.session.diary, path.with_name(f"window-export-{os.getpid()}.json"),
                                     today=today)

    timer = QTimer()
    timer.timeout.connect(save_next)
    timer.start(10)
    QApplication.instance().exec()


if __name__ == "__main__":
    main(sys.argv[1:])
