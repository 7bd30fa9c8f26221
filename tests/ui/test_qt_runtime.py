"""PySide6 builds that lose references to None (6.12.0 on Python 3.11) abort the app after a few
thousand edits: they are kept out by pyproject.toml and refused at start-up with a message."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtWidgets import QLabel

from diary_app import qt_runtime
from tests.ui.conftest import stored

CALLS = 10_000  # (tests/conftest.py keeps a reserve of None references: a broken build fails here, not aborts)
HANDFUL = 20  # caches filled while typing may keep a few; a broken build loses one per call


def test_ten_thousand_void_qt_calls_leave_the_references_to_none_alone(qtbot, window):
    label = QLabel()
    form = window.day_form
    gc.collect()  # earlier tests' garbage, collected during the loop, would give back its references
    before = sys.getrefcount(None)
    for n in range(CALLS):
        label.setText("x")
        form._on_anything_changed()  # what every keystroke in the form runs
    assert abs(sys.getrefcount(None) - before) <= HANDFUL


def test_a_ten_thousand_character_note_is_typed_and_saved(qtbot, window, db_path, today):
    form = window.day_form
    form.state_buttons[0].setChecked(True)
    gc.collect()
    before = sys.getrefcount(None)
    text = ("Aura at noon, then a long afternoon in a dark room. " * 200)[:CALLS]
    qtbot.keyClicks(form.notes_edit, text)
    assert abs(sys.getrefcount(None) - before) <= HANDFUL
    assert form.notes_edit.toPlainText() == text
    assert form.save()
    with stored(db_path) as diary:
        assert diary.get_day(today).notes == text.strip()


def test_the_installed_pyside_passes_the_start_up_check():
    assert qt_runtime.none_references_lost() == 0
    qt_runtime.check_qt_runtime()


def test_a_build_that_loses_references_to_none_is_refused_before_the_window(monkeypatch, db_path, prompter):
    from diary_app.ui import app

    monkeypatch.setattr(qt_runtime, "_checked", False)
    monkeypatch.setattr(qt_runtime, "none_references_lost", lambda calls=qt_runtime.PROBE_CALLS: calls)
    with pytest.raises(qt_runtime.BrokenQtError, match=r"PySide6 .* cannot be used with Python .*pip install"):
        app.launch(db_path, lambda: None)
    [(kind, title, text, _)] = prompter.messages()
    assert kind == "error" and "crash after a few thousand edits" in text
    assert not db_path.exists()  # refused before the diary was touched


def test_the_report_refuses_such_a_build_with_one_line_on_the_command_line(tmp_path):
    import subprocess

    from tests.reliability.conftest import ROOT

    script = ("import sys; from diary_app import qt_runtime, cli; "
              "qt_runtime.none_references_lost = lambda calls=qt_runtime.PROBE_CALLS: calls; "
              f"sys.exit(cli.main(['--db', {str(tmp_path / 'd.sqlite3')!r}, 'log', 'today', '--none']) "
              f"or cli.main(['--db', {str(tmp_path / 'd.sqlite3')!r}, 'export', {str(tmp_path / 'r.pdf')!r}]))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot be used with Python" in result.stderr
    assert not (tmp_path / "r.pdf").exists()
