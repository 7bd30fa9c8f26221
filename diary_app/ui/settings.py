"""Window preferences (size, position, recent diaries) in QSettings, never in the diary file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "migraine-diary"
APPLICATION = "Migraine Diary"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """Always the INI format, so a test can move it with `QSettings.setPath`."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def recent_diaries() -> list[Path]:
    value = app_settings().value("recent_diaries", [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [Path(p) for p in value or []]


def remember_diary(path: Path) -> list[Path]:
    """Put `path` first in the recent list (and as the last diary opened); returns the list."""
    path = Path(path).resolve()
    paths = [path] + [p for p in recent_diaries() if p != path]
    settings = app_settings()
    settings.setValue("recent_diaries", [str(p) for p in paths[:MAX_RECENT]])
    settings.setValue("last_diary", str(path))
    return paths[:MAX_RECENT]


def last_diary() -> Path | None:
    value = app_settings().value("last_diary", "")
    return Path(value) if value else None
