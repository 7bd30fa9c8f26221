"""Start-up, files and errors: the lock, bad files, import/export, backups, the error hook."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from diary_app import __version__
from diary_app.store.backups import backup_now, list_backups
from diary_app.ui.settings import app_settings, last_diary, recent_diaries
from tests.ui.conftest import migraine, seed, shortcut, stored


def test_start_up_shows_the_window_without_loading_what_the_first_screen_does_not_need(tmp_path):
    """The window's first paint waits for none of: matplotlib, sqlite-utils (and numpy), the
    report and chart code, the analysis, the attack list (a day without attacks), the dialogs and
    their classes, PySide's `Qt` namespace (building its 94 enums costs ~12 ms), QStyle's (~5 ms,
    for the dark theme's tick outlines), the menus' actions (QAction, the file actions), which
    come right after the first frame, QEvent's own class (~1.5 ms, its Type enum), or the classes
    of its 53 subclasses (~3 ms), which PySide builds when it first hands an event to Python code
    (an event filter, changeEvent)."""
    script = textwrap.dedent(f"""
        import datetime as dt, sys
        from PySide6 import QtCore, QtGui, QtWidgets
        QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope,
                                 {str(tmp_path / 'settings')!r})
        from diary_app.ui import app as ui_app
        from diary_app.domain import catalogue
        from diary_app.domain.models import DayEntry, Dose
        from diary_app.store import Diary
        with Diary.open({str(tmp_path / 'd.sqlite3')!r}) as diary:  # a diary with days, triggers, doses
            diary.save_days([DayEntry(dt.date(2026, 11, d), headache=True, triggers=("stress", "wine"),
                                      doses=(Dose(catalogue.resolve("sumatriptan"), 50, "mg"),)) for d in (20, 26)])
        for name in [m for m in sys.modules if m.startswith(("sqlite_utils", "numpy"))]:
            del sys.modules[name]
        window = ui_app.launch({str(tmp_path / 'd.sqlite3')!r}, lambda: dt.date(2026, 11, 26))
        loaded = [name for name in ("matplotlib", "sqlite_utils", "numpy", "diary_app.exporters",
                                    "diary_app.charts", "diary_app.domain.analysis", "diary_app.ui.day_attacks",
                                    "diary_app.ui.dialogs", "diary_app.ui.tick_outline", "diary_app.ui.file_actions")
                  if name in sys.modules]
        loaded += [name for name in ("Qt", "QEvent", "QMessageBox", "QFileDialog", "QStyle", "QAction", "QFont", "QKeySequence",
                                     "QShortcut", "QChildEvent", "QGraphicsSceneEvent", "QAbstractItemModel",
                                     "QAbstractItemDelegate")
                   if name in vars(QtCore) | vars(QtWidgets) | vars(QtGui)]
        loaded += ["the menus' actions"] * window.actions_ready
        print(window.isVisible(), loaded or "nothing")
        QtCore.QTimer.singleShot(2000, QtWidgets.QApplication.instance().quit)  # (a window never painted)
        while not window.actions_ready and QtWidgets.QApplication.instance() is not None:
            QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        print("after the first frame:", window.save_action.shortcuts()[0].toString(), len(window.file_menu.actions()))
        window.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    first, after = result.stdout.splitlines()[:2]
    assert first.split() == ["True", "nothing"], result.stdout + result.stderr
    assert after.split()[-2:] == ["Ctrl+S", "15"], result.stdout + result.stderr


def test_a_file_that_is_not_a_diary_is_refused_and_left_untouched(db_path, today, prompter):
    from diary_app.ui.app import start

    db_path.write_text("shopping list: milk, eggs\n")
    before = db_path.read_bytes()
    prompter.answer("quit")
    assert start(db_path, lambda: today) is None
    title, text = prompter.asked[0]
    assert title == "Cannot open the diary" and "not an SQLite database" in text
    assert db_path.read_bytes() == before


def test_a_damaged_diary_offers_its_backups(db_path, today, prompter, open_window):
    seed(db_path, [migraine(today)])
    backup_now(db_path)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 2000)
    prompter.answer("restore")
    prompter.dialogs.append(lambda dialog: dialog.backup is not None)
    window = open_window()
    with stored(db_path) as diary:
        assert diary.get_day(today).migraine
    assert window.day_form.state_buttons[2].isChecked()
    assert any("previous file is kept" in text for _k, _t, text, _d in prompter.shown)


def test_a_second_window_on_the_same_diary_is_refused(window, db_path, today, prompter):
    from diary_app.ui.app import start

    assert start(db_path, lambda: today) is None
    kind, title, text, _ = prompter.shown[-1]
    assert kind == "error" and "already open in another Migraine Diary window" in text
    with stored(db_path) as diary:  # the command line does not take the lock
        diary.save_day(migraine(today))


def test_a_diary_in_a_folder_not_made_yet_opens_locked(open_window, tmp_path, today, prompter):
    from diary_app.ui.app import start

    path = tmp_path / "not made yet" / "diary.sqlite3"
    window = open_window(path)  # the folder is made by the opening, on the worker thread, then locked
    assert window.session.path == path and path.exists()
    assert start(path, lambda: today) is None
    assert "already open in another Migraine Diary window" in prompter.shown[-1][2]


def test_importing_a_bad_csv_shows_file_and_line(window, db_path, tmp_path, prompter):
    bad = tmp_path / "days.csv"
    bad.write_text("date,headache,migraine\n2026-11-01,yes,no\n2026-11-02,perhaps,no\n")
    prompter.files.append(bad)
    window.import_action.trigger()
    kind, title, text, detail = prompter.shown[-1]
    assert kind == "error" and title == "Nothing was imported"
    assert f"{bad}:3: headache:" in text  # the problems as the reader words them, file:line first
    with stored(db_path) as diary:
        assert diary.days() == []


def test_importing_a_good_csv_refreshes_the_views(window, db_path, tmp_path, today, prompter):
    good = tmp_path / "days.csv"
    good.write_text(f"date,headache,migraine\n{today.isoformat()},yes,yes\n")
    prompter.files.append(good)
    window.import_action.trigger()
    assert prompter.shown[-1][1] == "Import finished"
    assert window.day_form.state_buttons[2].isChecked()


def test_export_writes_the_chosen_format_and_range(window, db_path, tmp_path, today, prompter):
    seed(db_path, [migraine(dt.date(2026, 10, 3)), migraine(today)])
    target = tmp_path / "out.json"

    def only_november(dialog):
        dialog.format_buttons[2].setChecked(True)
        dialog.all_box.setChecked(False)
        dialog.from_edit.setDate(dt.date(2026, 11, 1))
        dialog.to_edit.setDate(dt.date(2026, 11, 1))
        return True

    prompter.dialogs.append(only_november)
    prompter.files.append(target)
    window.export_action.trigger()
    data = json.loads(target.read_text())
    assert [d["date"] for d in data["days"]] == [today.isoformat()]


def test_unexpected_errors_show_a_short_message(prompter, capsys):
    from diary_app.ui.app import show_unexpected_error

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        show_unexpected_error(type(exc), exc, exc.__traceback__)
    kind, _title, text, _ = prompter.shown[-1]
    assert kind == "error" and "Something went wrong: boom" in text
    assert "Traceback" in capsys.readouterr().err


def test_the_window_remembers_the_diary_and_its_size(qtbot, open_window, db_path):
    window = open_window()
    window.resize(1000, 700)
    window.close()
    assert last_diary() == db_path.resolve() and recent_diaries() == [db_path.resolve()]
    again = open_window()
    assert not app_settings().value("window/geometry").isEmpty()
    assert again.height() == 700  # (the offscreen screen is 800 px wide, so Qt narrows the width)
    assert str(db_path) in again.path_label.text() and db_path.name in again.windowTitle()


def test_back_up_now_and_restore(qtbot, window, db_path, today, prompter):
    window.day_form.record_no_headache()
    window.backup_action.trigger()
    assert len(list_backups(db_path)) == 1
    window.undo_action.trigger()
    prompter.dialogs.append(lambda dialog: True)
    window.restore_action.trigger()
    assert window.session is not None
    with stored(db_path) as diary:
        assert diary.get_day(today) is not None
    assert window.day_form.state_buttons[0].isChecked()


def test_open_another_diary_and_recent_list(qtbot, window, tmp_path, today, prompter):
    other = tmp_path / "other.sqlite3"
    seed(other, [migraine(today)])
    prompter.files.append(other)
    window.open_action.trigger()
    assert window.session.path == other
    assert window.day_form.state_buttons[2].isChecked()
    assert recent_diaries()[0] == other.resolve()


def test_view_shortcuts_and_help(qtbot, window, prompter):
    for index, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)):
        shortcut(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
    window.about_action.trigger()
    assert f"Migraine Diary {__version__}" in prompter.shown[-1][2] and str(window.session.path) in prompter.shown[-1][2]
    window.definitions_action.trigger()
    assert "Migraine day" in window._definitions.browser.toPlainText()
    window._definitions.close()


def test_the_file_menu_offers_the_doctor_report_and_printing(window):
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export doctor &report…" in titles and "&Print…" in titles
    assert window.print_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Print)) \
        == QKeySequence.SequenceMatch.ExactMatch


def test_inputs_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    form = window.day_form
    inputs = form.findChildren(QLineEdit) + form.findChildren(QAbstractSpinBox) + form.findChildren(QComboBox) \
        + form.findChildren(QPlainTextEdit)
    unnamed = [w for w in inputs if not w.accessibleName() and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]
    assert unnamed == []
    buttons = [b for b in form.findChildren(QAbstractButton) if b.objectName() != "qt_tableview_cornerbutton"]
    assert all(b.text() or b.accessibleName() for b in buttons)


def test_questionnaires_tab_is_built_when_first_shown(qtbot, window):
    from diary_app.ui.main_window import QUESTIONNAIRES_TAB

    assert window.questionnaires is None
    shortcut(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == QUESTIONNAIRES_TAB
    assert window.tabs.currentWidget() is window.questionnaires is not None


def test_daily_reminder_choice_is_kept_in_the_diary(window, db_path, prompter):
    def turn_on(dialog):
        dialog.enabled_box.setChecked(True)
        return True

    prompter.dialogs.append(turn_on)
    window.reminder_action.trigger()
    assert window.reminder.enabled
    with stored(db_path) as diary:
        assert diary.setting("reminder_enabled") is True


def test_the_chart_functions_need_no_qt():
    script = ("import sys; from matplotlib.figure import Figure; from diary_app.charts import draw_monthly_trend; "
              "draw_monthly_trend(Figure(), [], []); print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_the_daily_backup_is_written_after_the_window_is_on_screen(qtbot, open_window, db_path, today):
    seed(db_path, [migraine(today)])
    window = open_window()
    assert list_backups(db_path, "daily") == []  # nothing heavy before the first paint
    qtbot.waitUntil(lambda: len(list_backups(db_path, "daily")) == 1, timeout=5000)
    window._back_up_if_due()  # a second time the same day: still one
    assert len(list_backups(db_path, "daily")) == 1


def test_once_on_screen_the_window_mends_trigger_counts_another_program_left_wrong(open_window, db_path, today):
    from diary_app.domain.models import DayEntry

    seed(db_path, [DayEntry(today - dt.timedelta(days=1), headache=True, triggers=("stress",))])
    other = sqlite3.connect(db_path)  # REPLACE by another program skips the SQL trigger that uncounts
    with other:
        other.execute("INSERT OR REPLACE INTO days (date, headache, migraine, triggers, created_at, updated_at) "
                      "VALUES (?, 1, 0, '[\"wine\"]', 'x', 'x')", [(today - dt.timedelta(days=1)).isoformat()])
    other.close()
    window = open_window()
    picker = window.day_form.triggers
    shown = lambda: [picker.list.item(r).text() for r in range(picker.list.count())]  # noqa: E731
    assert shown() == ["stress", "wine"]
    window._on_screen()  # what the window does 1.5 s after it appears
    assert shown() == ["wine"]


def test_once_on_screen_the_reminder_starts_for_a_diary_that_wants_it(qtbot, open_window, db_path, tmp_path, prompter):
    with stored(db_path) as diary:
        diary.set_setting("reminder_enabled", True)
    window = open_window()
    assert window._reminder is None  # nothing before the window is on screen
    window._on_screen()
    assert window.reminder.timer.isActive()
    other = tmp_path / "other.sqlite3"
    seed(other, [migraine(dt.date(2026, 11, 1))])  # this one keeps the reminder off
    prompter.files.append(other)
    window.open_action.trigger()
    window._on_screen()
    assert window._reminder is None


def test_a_diary_closed_before_the_window_settles_is_left_alone(qtbot, open_window, db_path):
    from diary_app.ui.main_window import ON_SCREEN_DELAY_MS

    window = open_window()
    window.close_diary()  # as restoring a backup does, with its dialog still open
    qtbot.wait(ON_SCREEN_DELAY_MS + 300)  # the backup, reminder and trigger counts do not run on it
    assert list_backups(db_path, "daily") == []
