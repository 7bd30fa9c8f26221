"""The `attack` command: one attack with its times, type, severity and doses."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from diary_app.cli.commands import _tell_unknown, open_diary
from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack, Dose
from diary_app.domain.validation import parse_date, validate_attack

_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_clock(text: str, field: str) -> dt.time:
    match = _CLOCK.match(text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(field, f"'{text}' is not a time of day (HH:MM)")
    return dt.time(int(match[1]), int(match[2]))


def parse_moment(text: str, now: dt.datetime, field: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM', 'YYYY-MM-DDTHH:MM', 'today HH:MM', 'yesterday HH:MM', 'HH:MM' or 'now'."""
    words = text.strip().replace("T", " ", 1).split()
    if [w.casefold() for w in words] == ["now"]:
        return now.replace(second=0, microsecond=0)
    if len(words) == 1:
        words = ["today", *words]
    if len(words) != 2:
        raise ValidationError(field, f"'{text}' is not a date and time (YYYY-MM-DD HH:MM)")
    day_word = words[0].casefold()
    today = now.date()
    day = {"today": today, "yesterday": today - dt.timedelta(days=1)}.get(day_word) or parse_date(words[0], field)
    return dt.datetime.combine(day, parse_clock(words[1], field))


def parse_duration(text: str) -> dt.timedelta:
    match = _DURATION.match(text)
    if not match or not any(match.groups()):
        raise ValidationError("duration", f"'{text}' is not a duration such as 45m, 3h or 1d2h15m")
    days, hours, minutes = (int(g or 0) for g in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes)


def after(start: dt.datetime, clock: dt.time) -> dt.datetime:
    """The first moment at `clock` at or after the start."""
    moment = dt.datetime.combine(start.date(), clock)
    return moment if moment >= start else moment + dt.timedelta(days=1)


def _end(args: argparse.Namespace, start: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    if args.duration is not None:
        return start + parse_duration(args.duration)
    if args.end is None:
        return None
    if _CLOCK.match(args.end.strip()):
        return after(start, parse_clock(args.end, "end"))
    return parse_moment(args.end, now, "end")


def _dose(text: str, start: dt.datetime) -> Dose:
    name, _, clock = text.rpartition("@") if "@" in text else (text, "", "")
    taken = after(start, parse_clock(clock, "med")) if clock else None
    return Dose(catalogue.resolve(name.strip()), taken_at=taken)


def cmd_attack(args: argparse.Namespace, today: dt.date) -> int:
    now = dt.datetime.combine(today, dt.datetime.now().time())
    start = parse_moment(args.start, now, "start")
    attack = Attack(
        start=start,
        end=_end(args, start, now),
        kind=args.kind or "migraine",
        severity=args.severity,
        aura=args.aura, nausea=args.nausea, photophobia=args.light, phonophobia=args.sound,
        doses=tuple(_dose(text, start) for text in args.med or ()),
        triggers=tuple(t.strip() for t in args.trigger or () if t.strip()),
        note=args.note.strip(),
    )
    validate_attack(attack, today)
    with open_diary(args, today) as diary:
        diary.save_attack(attack)
    _tell_unknown(dose.medication for dose in attack.doses)
    print(f"{describe_attack(attack)} recorded.")
    return 0


def describe_attack(attack: Attack) -> str:
    """'2026-11-20 22:00 to 2026-11-21 03:00: migraine, severity 7, sumatriptan at 23:00'."""
    when = f"{attack.start:%Y-%m-%d %H:%M}"
    if attack.end is not None:
        when += f" to {attack.end:%Y-%m-%d %H:%M}" if attack.end.date() != attack.start.date() else f" to {attack.end:%H:%M}"
    parts = [attack.kind]
    if attack.severity is not None:
        parts.append(f"severity {attack.severity}/10")
    for dose in attack.doses:
        parts.append(dose.medication.name + (f" at {dose.taken_at:%H:%M}" if dose.taken_at else ""))
    return f"{when}: {', '.join(parts)}"
