"""The storage layer: the only code that talks to SQLite (through sqlite-utils).

Everything leaves this package as domain dataclasses with `datetime.date` values.
"""

from diary_app.store.diary import Diary
from diary_app.store.paths import default_db_path, demo_db_path, resolve_db_path

__all__ = ["Diary", "default_db_path", "demo_db_path", "resolve_db_path"]
