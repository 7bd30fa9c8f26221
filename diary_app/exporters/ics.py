"""Upcoming preventive infusion dates as an iCalendar file (RFC 5545) for calendar apps.

One all-day event per due date: the next one for each preventive drug, then the following
ones at the same interval. UIDs are stable (drug and date), so importing a newer export
updates the events instead of doubling them. Written by hand: no runtime dependency.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from diary_app import __version__
from diary_app.domain.analysis import NextInfusion, next_infusions
from diary_app.domain.analysis.outcomes import interval_for
from diary_app.domain.errors import DiaryError
from diary_app.exporters.safe_files import write_private
from diary_app.store import Diary
from diary_app.store.summary import INTERVALS_SETTING

FOLLOWING = 3  # due dates after the next one, at the same interval
UID_DOMAIN = "migraine-diary.local"
PRODID = f"-//Migraine Diary//Migraine Diary {__version__}//EN"
MAX_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
CRLF = "\r\n"


@dataclass(frozen=True)
class DueEvent:
    """One expected infusion date; `number` 0 is the next one due, 1.. the estimated later ones."""

    medication: str
    due: dt.date
    last_infusion: dt.date
    interval_days: int
    number: int


def due_events(items: Iterable[NextInfusion], intervals: Mapping[str, int] | None = None,
               following: int = FOLLOWING) -> list[DueEvent]:
    """The next due date of each drug plus `following` more at its interval, by date."""
    events = []
    for item in items:
        interval = interval_for(item.medication, intervals)
        for number in range(following + 1):
            due = item.due + dt.timedelta(days=interval * number)
            events.append(DueEvent(item.medication, due, item.last_infusion, interval, number))
    return sorted(events, key=lambda e: (e.due, e.medication))


def calendar_text(events: Iterable[DueEvent], now: dt.datetime) -> str:
    """The whole VCALENDAR, CRLF line endings and folded lines included."""
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text('Migraine Diary: infusions')}"]
    for event in events:
        lines += _vevent(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def _vevent(event: DueEvent, stamp: str) -> list[str]:
    name = event.medication[:1].upper() + event.medication[1:]
    weeks = f" ({event.interval_days // 7} weeks)" if event.interval_days % 7 == 0 else ""
    description = (f"Last {event.medication} infusion: {event.last_infusion.isoformat()}. "
                   f"Interval: {event.interval_days} days{weeks}.")
    if event.number:
        description += f"\nEstimated: {event.number + 1} intervals after the last infusion, if the schedule is kept."
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(event.medication, event.due)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.due + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(f'{name} infusion due')}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def uid(medication: str, due: dt.date) -> str:
    """Stable per drug and date, e.g. eptinezumab-20261201@migraine-diary.local."""
    slug = re.sub(r"[^a-z0-9]+", "-", medication.casefold()).strip("-") or "infusion"
    return f"{slug}-{due:%Y%m%d}@{UID_DOMAIN}"


def escape_text(text: str) -> str:
    """TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += char
        size += width
    parts.append(current)
    return CRLF.join(parts)


def export_ics(diary: Diary, path: Path, *, today: dt.date, now: dt.datetime | None = None) -> int:
    """Write the upcoming infusion dates to `path` (mode 0600); returns how many events.

    A diary with no preventive infusion has nothing to put in a calendar: DiaryError.
    """
    intervals = diary.setting(INTERVALS_SETTING, {})
    items = next_infusions(diary.infusions(), today=today, intervals=intervals)
    if not items:
        raise DiaryError("there are no preventive infusions in the diary, so no dates to export; nothing was written")
    events = due_events(items, intervals)
    text = calendar_text(events, now or dt.datetime.now(dt.timezone.utc))
    write_private(Path(path), lambda handle: handle.write(text))
    return len(events)
