"""A diary writer that is meant to be killed: the other half of test_crash_safety.py.

    python -m tests.reliability.crash_writer DIARY FIRST_DATE MODE [TODAY [SAVES]]

Prints `ready` once imported, `open` once the diary is open, then saves one day after another
from FIRST_DATE on and prints each date only after `save_day` (or `save_days`) has returned:
a printed date is an acknowledged save. MODE `plain` opens with `Diary.open`; `app` opens the
way the window does (`open_diary`: copy before upgrade, daily backup for TODAY). It never
stops by itself (the test SIGKILLs it) unless SAVES is given: then it prints `done` after that
many days and exits, as test_concurrency.py needs.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from diary_app.domain import catalogue
from diary_app.domain.models import DayEntry, Dose

MEDICATIONS = ("sumatriptan", "ibuprofen", "rimegepant", "metoclopramide")


def entry_for(date: dt.date) -> DayEntry:
    """The one entry this writer ever saves for `date`, so a reader can tell a whole save from a torn one."""
    n = date.toordinal()
    headache = n % 3 != 0
    doses = tuple(
        Dose(catalogue.resolve(MEDICATIONS[(n + i) % len(MEDICATIONS)] if i else f"Custom remedy {n % 7}"),
             amount=float(10 + i), unit="mg", relief=i % 4, note=f"dose {i} of {date}")
        for i in range(n % 4 if headache else 0)
    )
    return DayEntry(
        date=date,
        headache=headache,
        migraine=headache and n % 2 == 0,
        severity=(n % 10) + 1 if headache else None,
        duration_hours=float(n % 24) if headache else None,
        nausea=n % 5 == 0,
        triggers=("stress", f"trigger {n % 11}") if headache else (),
        notes=f"{date.isoformat()} " + "written before the kill; " * (n % 40),
        doses=doses,
    )


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    path, first, mode = argv[0], dt.date.fromisoformat(argv[1]), argv[2]
    today = dt.date.fromisoformat(argv[3]) if len(argv) > 3 else dt.date.today()
    last = first + dt.timedelta(days=int(argv[4]) if len(argv) > 4 else 5000)
    if mode == "app":
        from diary_app.store.backups import open_diary

        opener = lambda: open_diary(path, today)  # noqa: E731
    else:
        from diary_app.store import Diary

        opener = lambda: Diary.open(path)  # noqa: E731
    _say("ready")
    diary = opener()
    _say("open")
    date = first
    while date < last:
        if date.toordinal() % 5 == 0:  # now and then several days in one transaction
            batch = [d for d in (date + dt.timedelta(days=i) for i in range(3)) if d < last]
            diary.save_days([entry_for(d) for d in batch])
            for d in batch:
                _say(d.isoformat())
            date += dt.timedelta(days=len(batch))
        else:
            diary.save_day(entry_for(date))
            _say(date.isoformat())
            date += dt.timedelta(days=1)
    if len(argv) > 4:
        diary.close()
        _say("done")
        return
    time.sleep(3600)  # wait to be killed


if __name__ == "__main__":
    main(sys.argv[1:])
