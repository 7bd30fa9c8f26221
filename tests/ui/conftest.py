"""UI fixtures: isolated QSettings, a window on a fresh diary, and prompts answered by the test.

No test opens a real modal loop: every question goes through `diary_app.ui.prompts`, which
`prompter` replaces. A question the test did not expect fails the test.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from diary_app.domain import catalogue
from diary_app.domain.models import DayEntry, Dose, Infusion


# The offscreen platform says what it cannot do (raise a window, grab the keyboard for a
# completion popup); these are facts of the test platform, not problems in the window.
OFFSCREEN_NOTES = "This plugin does not support"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTES))


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@dataclass
class Prompter:
    """Answers for the questions the window will ask, in order; records everything shown."""

    answers: deque = field(default_factory=deque)
    asked: list = field(default_factory=list)  # (title, text) of questions
    shown: list = field(default_factory=list)  # (kind, title, text, detail) of messages
    dialogs: deque = field(default_factory=deque)  # callables filling a dialog; return True to accept
    files: deque = field(default_factory=deque)

    def answer(self, *keys: str) -> None:
        self.answers.extend(keys)

    def ask(self, parent, title, text, choices, default=None, detail=""):
        self.asked.append((title, text))
        if not self.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        answer = self.answers.popleft()
        assert answer in [key for key, _ in choices], (answer, choices)
        return answer

    def messages(self, kind: str | None = None) -> list:
        return [m for m in self.shown if kind is None or m[0] == kind]


@pytest.fixture
def prompter(monkeypatch, qapp):  # the window's questions need the application
    from diary_app.ui import prompts

    found = Prompter()
    monkeypatch.setattr(prompts, "ask", found.ask)
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: found.shown.append(("info", title, text, "")))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, detail="":
                        found.shown.append(("error", title, text, detail)))

    def run_dialog(dialog):
        if not found.dialogs:
            raise AssertionError(f"unexpected dialog: {dialog.windowTitle()}")
        return found.dialogs.popleft()(dialog)

    def next_file(*_args, **_kwargs):
        if not found.files:
            raise AssertionError("unexpected file dialog")
        return found.files.popleft()

    monkeypatch.setattr(prompts, "run_dialog", run_dialog)
    monkeypatch.setattr(prompts, "open_file", next_file)
    monkeypatch.setattr(prompts, "save_file", next_file)
    return found


def seed(path, days=(), infusions=()):
    """Write days and infusions into the diary file before the window opens."""
    from diary_app.store import Diary

    with Diary.open(path) as diary:
        diary.save_days(days)
        for infusion in infusions:
            diary.save_infusion(infusion)


def stored(path):
    """A fresh look at the diary file, as another program would see it."""
    from diary_app.store import Diary

    return Diary.open(path)


def migraine(date: dt.date, **changes) -> DayEntry:
    return DayEntry(date=date, headache=True, migraine=True, severity=7, **changes)


def headache(date: dt.date, *meds: str) -> DayEntry:
    return DayEntry(date=date, headache=True, severity=4, doses=tuple(Dose(catalogue.resolve(m)) for m in meds))


def eptinezumab(start: dt.date) -> Infusion:
    return Infusion(start, catalogue.resolve("eptinezumab"), dose_mg=100)


@pytest.fixture
def open_window(qtbot, db_path, today, prompter):
    """Opens the window on `db_path` (seed it first); closes it without questions afterwards."""
    from diary_app.ui.app import start

    windows = []

    def opener(path=None):
        window = start(path or db_path, lambda: today)
        assert window is not None
        windows.append(window)  # closed below, before pytest-qt would close it with questions
        window.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        qtbot.waitUntil(lambda: window.actions_ready, timeout=2000)  # built after the first frame
        return window

    yield opener
    for window in windows:
        if window.session is not None:
            window.day_form._baseline = window.day_form._snapshot()
            window.close()
        window.deleteLater()


@pytest.fixture
def window(open_window):
    return open_window()


def shortcut(qtbot, window, key, modifiers):
    """Press a window shortcut as a person would, with the window active (popups closed)."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.hide()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, key, modifiers)
