"""The other half of test_restore_races.py: a process that restores, opens or saves, to be raced or killed.

    python -m tests.reliability.restore_worker restore DIARY BACKUP
    python -m tests.reliability.restore_worker open DIARY TODAY
    python -m tests.reliability.restore_worker save DIARY FIRST_DATE COUNT TODAY

Each prints `ready` once imported. `save` opens the diary afresh for every day, as a loop of
`migraine-diary log` commands does, and prints each date only after its save has returned (an
acknowledged save), or `refused DATE: message` when the diary said no.
"""

from __future__ import annotations

import datetime as dt
import sys

from diary_app.domain.errors import DiaryError
from diary_app.store.backups import open_diary, restore
from tests.reliability.crash_writer import entry_for


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    action, path = argv[0], argv[1]
    _say("ready")
    if action == "restore":
        restore(path, argv[2])
    elif action == "open":
        open_diary(path, dt.date.fromisoformat(argv[2])).close()
    elif action == "save":
        first, count, today = dt.date.fromisoformat(argv[2]), int(argv[3]), dt.date.fromisoformat(argv[4])
        for offset in range(count):
            date = first + dt.timedelta(days=offset)
            try:
                with open_diary(path, today) as diary:
                    diary.save_day(entry_for(date))
            except DiaryError as exc:
                _say(f"refused {date}: {exc}")
                continue
            _say(date.isoformat())
    _say("done")


if __name__ == "__main__":
    main(sys.argv[1:])
