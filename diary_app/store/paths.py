"""Where diary files live: the user data directory unless --db or MIGRAINE_DIARY_DB says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "MIGRAINE_DIARY_DB"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("migraine-diary", appauthor=False)) / "diary.sqlite3"


def demo_db_path() -> Path:
    """The sample diary sits beside the default one, never inside it."""
    return default_db_path().with_name("demo.sqlite3")


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db first, then the environment variable, then the default location."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_db_path()
