"""Shared fixtures: every test gets its own diary file and a fixed 'today'."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same locale under any LANG (en_US would show 11/26/2026 where the tests expect ISO dates), set
# before Qt starts; C.UTF-8, not the plain C locale, which Qt warns about (and Qt warnings fail tests).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)  # Qt reads the interface languages from it even under LC_ALL
os.environ.pop("MIGRAINE_DIARY_LANG", None)  # English unless a test chooses a language

TODAY = dt.date(2026, 11, 26)

# A PySide6 that loses a reference to None on each void Qt call (6.12.0 on Python 3.11) would abort
# the whole run with "none_dealloc"; with this reserve the tests that count references (and the
# app's own start-up check) fail instead, and say why (tests/ui/test_qt_runtime.py).
_NONE_RESERVE = [None] * 2_000_000


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "diary.sqlite3"


@pytest.fixture
def diary(db_path):
    from diary_app.store import Diary

    with Diary.open(db_path) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test reads or writes the real user's diary, settings, cache or clock."""
    monkeypatch.setenv("MIGRAINE_DIARY_DB", str(tmp_path / "default-diary.sqlite3"))
    monkeypatch.setenv("MIGRAINE_DIARY_TODAY", TODAY.isoformat())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("MIGRAINE_DIARY_LANG", raising=False)
