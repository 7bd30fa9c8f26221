"""The window and the command line on one diary at once: neither loses the other's saves, and the
window shows what the command line saved.

The window's process must never close a descriptor of the diary file outside SQLite: POSIX locks
go with any close, and the next command then deletes the WAL the window still writes into.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from diary_app.exporters import transfer
from diary_app.ui import file_actions
from diary_app.ui.month_grid import MIGRAINE as CAL_MIGRAINE
from tests.reliability.conftest import cli, deleted_diary_files, integrity, query
from tests.ui.conftest import migraine, seed

MIGRAINE = 2  # the day form's state button


def save_in_window(window, date: dt.date, note: str) -> None:
    form = window.day_form
    assert form.show_date(date)
    form.state_buttons[MIGRAINE].setChecked(True)
    form.notes_edit.setPlainText(note)
    assert form.save(), form.status_label.text()


def test_the_window_and_the_command_line_keep_every_save_of_each_other(open_window, db_path, today, tmp_path):
    seed(db_path, [migraine(today - dt.timedelta(days=40))])  # a diary with entries gets the daily backup
    window = open_window()
    window._on_screen()  # what runs once the window is on screen: the daily backup, the trigger counts
    file_actions.back_up(window)  # File > Back up now
    transfer.export_file(window.session.diary, tmp_path / "from-window.json", today=today)
    import_csv = tmp_path / "days.csv"
    import_csv.write_text("date,headache,migraine,severity\n2026-10-02,yes,no,3\n", encoding="utf-8")
    commands = [
        ["log", "2026-10-01", "--migraine", "--note", "from the command line"],
        ["summary", "--json"],
        ["export", str(tmp_path / "export.csv")],
        ["backup"],
        ["import", str(import_csv)],
        ["log", "2026-10-03", "--headache"],
    ]
    window_days = []
    for n, command in enumerate(commands):
        day = dt.date(2026, 11, 1 + n)
        save_in_window(window, day, f"window save {n}")
        window_days.append(day)
        result = cli("--db", str(db_path), *command)
        assert result.returncode == 0, (command, result.stderr)
        assert deleted_diary_files(db_path) == [], command  # the WAL the window writes into is still the file's
        assert Path(f"{db_path}-wal").exists()
        assert window.session.day(day).notes == f"window save {n}"
    exported = json.loads(cli("--db", str(db_path), "export", str(tmp_path / "all.json")).returncode == 0
                          and (tmp_path / "all.json").read_text())
    assert {d["date"] for d in exported["days"]} >= {d.isoformat() for d in window_days}  # the CLI sees the window's saves
    assert window.session.day(dt.date(2026, 10, 1)).migraine  # and the window the command line's
    window.close()

    stored = dict(query(db_path, "SELECT date, notes FROM days"))
    for n, day in enumerate(window_days):
        assert stored[day.isoformat()] == f"window save {n}"
    assert stored["2026-10-01"] == "from the command line"
    assert {"2026-10-02", "2026-10-03"} <= set(stored)
    assert integrity(db_path) == "ok"


def test_the_window_shows_what_the_command_line_saved(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(today - dt.timedelta(days=d)) for d in range(3, 9)])
    window = open_window()
    calendar, trends = window.calendar, window.trends
    window.show_view(3)
    before = [bar.get_height() for bar in trends.trend_artists["migraine_bars"]]
    window.show_view(0)
    assert window.banner.isVisible() and today - dt.timedelta(days=1) in window.banner._dates

    for date in ("today", "yesterday"):
        assert cli("--db", str(db_path), "log", date, "--migraine", "--severity", "8").returncode == 0
    with qtbot.waitSignal(window._watch.changed, timeout=5000):  # the short timer finds it
        pass

    assert window.day_form.state_group.checkedId() == MIGRAINE  # today's form, with no unsaved edits
    assert window.day_form.details.severity_spin.value() == 8
    window.show_view(1)
    assert calendar.grid.state(today) == CAL_MIGRAINE
    assert today - dt.timedelta(days=1) not in window.banner._dates
    window.show_view(3)
    after = [bar.get_height() for bar in trends.trend_artists["migraine_bars"]]
    assert after[-1] == before[-1] + 2
    assert window._watch.check() is False  # one change, reported once


def test_unsaved_edits_are_kept_and_the_form_says_the_day_changed_elsewhere(qtbot, open_window, db_path, today):
    window = open_window()
    form = window.day_form
    form.notes_edit.setPlainText("typing, not saved yet")
    assert cli("--db", str(db_path), "log", "today", "--headache").returncode == 0
    assert window._watch.check()
    assert form.notes_edit.toPlainText() == "typing, not saved yet"
    assert "changed elsewhere" in form.status_label.text().casefold()
    form.state_buttons[MIGRAINE].setChecked(True)
    assert form.save()
    assert window.session.day(today).migraine and window.session.day(today).notes == "typing, not saved yet"
    assert "changed elsewhere" not in form.status_label.text().casefold()
