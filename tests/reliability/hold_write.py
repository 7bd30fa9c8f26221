"""Keep a diary open in the middle of a save, as a window might: the other half of test_concurrency.py.

    python -m tests.reliability.hold_write DIARY

Opens the diary, starts a save (a write transaction with a day in it, not committed), prints
`holding`, and waits. A line `commit` on stdin finishes the save (`committed`); end of input
closes the diary.
"""

from __future__ import annotations

import datetime as dt
import sys

from diary_app.domain.models import DayEntry
from diary_app.store import Diary

HELD_DAY = dt.date(2026, 11, 25)


def main(path: str) -> None:
    with Diary.open(path) as diary:
        with diary._writing():
            diary.save_day(DayEntry(HELD_DAY, headache=True, notes="saved by the window"))
            print("holding", flush=True)
            sys.stdin.readline()
        print("committed", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main(sys.argv[1])
