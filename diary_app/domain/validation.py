"""Checks and parsers for values a person types or a file carries.

Every failure is a ValidationError naming the field, so the command line, the import
and the window can all say exactly what is wrong.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import (
    ATTACK_KINDS, DISABILITY_LEVELS, INFUSION_KINDS, SETTINGS, STOP_REASONS, Attack, Course, DayEntry, Dose, Infusion,
    Injection,
)

_TRUE = {"yes", "y", "true", "t", "1"}
_FALSE = {"no", "n", "false", "f", "0", ""}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The earliest date a diary holds: SQLite's date() cannot store every older one (it refuses
# 0300-03-01), and a headache diary has no business before 1900.
MIN_DATE = dt.date(1900, 1, 1)


def parse_date(text: str, field: str = "date") -> dt.date:
    """An ISO date (YYYY-MM-DD); 2025-02-30 and other impossible dates are refused."""
    text = text.strip()
    if not _DATE.match(text):
        raise ValidationError(field, f"'{text}' is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a real calendar date") from None


def parse_month(text: str, field: str = "month") -> tuple[int, int]:
    """A month as YYYY-MM, returned as (year, month)."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
        raise ValidationError(field, f"'{text}' is not a month in the form YYYY-MM")
    return int(match.group(1)), int(match.group(2))


def parse_bool(text: str, field: str) -> bool:
    """yes/no, y/n, true/false, 1/0 in any case; blank means no."""
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(field, f"'{text}' is not yes/no (use yes, no, y, n, true, false, 1 or 0)")


def parse_int(text: str, field: str, low: int, high: int) -> int | None:
    """A whole number within [low, high]; blank means not given."""
    value = text.strip()
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a whole number") from None
    check_range(number, field, low, high)
    return number


def parse_float(text: str, field: str, low: float, high: float) -> float | None:
    """A number within [low, high]; blank means not given."""
    value = text.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a number") from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(field, f"'{text}' is not a number")
    check_range(number, field, low, high)
    return number


def check_range(value: float, field: str, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ValidationError(field, f"{value:g} is outside {low:g}-{high:g}")


def check_choice(value: str, field: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValidationError(field, f"'{value}' is not one of: {', '.join(choices)}")


def check_not_future(date: dt.date, today: dt.date, field: str = "date") -> None:
    """A date a diary can hold: not after today, not before MIN_DATE."""
    if date < MIN_DATE:
        raise ValidationError(field, f"{date.isoformat()} is before {MIN_DATE.year}")
    if date > today:
        raise ValidationError(field, f"{date.isoformat()} is in the future")


def check_medication_name(name: str, field: str = "medication") -> None:
    """A name the medication list can hold: SQLite's length() stops at a NUL, so "\\x00x" reads as empty."""
    if not name.strip():
        raise ValidationError(field, "a medication needs a name")
    if _CONTROL.search(name):
        raise ValidationError(field, f"{name!r} holds a control character")


def validate_day(entry: DayEntry, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with a day entry."""
    check_not_future(entry.date, today)
    if entry.migraine and not entry.headache:
        raise ValidationError("migraine", "a migraine is a headache: migraine=yes needs headache=yes")
    if entry.severity is not None:
        check_range(entry.severity, "severity", 0, 10)
        if not entry.headache and entry.severity > 0:
            raise ValidationError("severity", "a day with no headache has no severity above 0")
    if entry.duration_hours is not None:
        check_range(entry.duration_hours, "duration_hours", 0, 24)
    check_choice(entry.disability, "disability", DISABILITY_LEVELS)
    for dose in entry.doses:
        check_dose(dose)
    check_triggers(entry.triggers)


def check_dose(dose: Dose) -> None:
    check_medication_name(dose.medication.name)
    if ";" in dose.medication.name:  # the days CSV lists a day's medications split by ";"
        raise ValidationError("medication", f"'{dose.medication.name}' is not a valid name (it holds ';')")
    if dose.relief is not None:
        check_range(dose.relief, "relief", 0, 3)
    if dose.amount is not None and (dose.amount < 0 or not math.isfinite(dose.amount)):
        raise ValidationError("amount", f"{dose.amount:g} is not a valid amount")


MAX_DOSE_MG = 10_000  # more than 10 g at once is a typing mistake (an extra zero, a unit mix-up)
# Keyed casefolded: the micro sign µ casefolds to the Greek μ, which some keyboards type.
MG_PER_UNIT = {unit.casefold(): mg
               for unit, mg in {"mg": 1.0, "g": 1000.0, "µg": 0.001, "mcg": 0.001, "ug": 0.001}.items()}


def parse_amount(text: str, unit: str) -> float | None:
    """A dose amount as typed ("50", "2,5"; blank: not given); refuses a negative, a non-number
    and a mass above MAX_DOSE_MG, with a message fit to show beside the field."""
    value = text.strip().replace(",", ".")
    if not value:
        return None
    try:
        amount = float(value)
    except ValueError:
        raise ValidationError("amount", f"'{text.strip()}' is not a number") from None
    if not math.isfinite(amount):
        raise ValidationError("amount", f"'{text.strip()}' is not a number")
    if amount < 0:
        raise ValidationError("amount", "it cannot be negative")
    per_unit = MG_PER_UNIT.get(unit.strip().casefold())
    if per_unit is not None and amount * per_unit > MAX_DOSE_MG:
        raise ValidationError("amount",
                              f"more than {MAX_DOSE_MG // 1000} g at once is not likely; check the amount and unit")
    return amount


def check_triggers(triggers) -> None:
    for trigger in triggers:  # names as the days CSV carries them: split by ";", trimmed
        if not trigger.strip() or ";" in trigger or trigger != trigger.strip():
            raise ValidationError("triggers", f"'{trigger}' is not a valid trigger name")


MAX_ATTACK_DAYS = 31  # longer is a typing mistake, not an attack (status migrainosus is over 72 hours)


def validate_attack(attack: Attack, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with an attack."""
    check_not_future(attack.start.date(), today, "start")
    if attack.end is not None:
        if attack.end < attack.start:
            raise ValidationError("end", f"{attack.end:%Y-%m-%d %H:%M} is before the start {attack.start:%Y-%m-%d %H:%M}")
        if attack.end - attack.start > dt.timedelta(days=MAX_ATTACK_DAYS):
            raise ValidationError("end", f"an attack of more than {MAX_ATTACK_DAYS} days is not likely; check the dates")
    check_choice(attack.kind, "type", ATTACK_KINDS)
    if attack.severity is not None:
        check_range(attack.severity, "severity", 0, 10)
    for dose in attack.doses:
        check_dose(dose)
        if dose.taken_at is not None and dose.taken_at < attack.start:
            raise ValidationError("med", f"{dose.medication.name} at {dose.taken_at:%Y-%m-%d %H:%M} is before the attack started")
    check_triggers(attack.triggers)


def validate_infusion(infusion: Infusion, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with an infusion record."""
    check_not_future(infusion.start, today, "start")
    check_medication_name(infusion.medication.name, "drug")
    check_range(infusion.days, "days", 1, 14)
    if infusion.dose_mg is not None:
        check_range(infusion.dose_mg, "dose", 0, 10000)
    check_choice(infusion.kind, "kind", INFUSION_KINDS)
    check_choice(infusion.setting, "setting", SETTINGS)


def validate_injection(injection: Injection, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with an injection record."""
    check_not_future(injection.date, today)
    check_medication_name(injection.medication.name, "drug")
    if injection.dose_mg is not None:
        if not math.isfinite(injection.dose_mg):
            raise ValidationError("dose", f"{injection.dose_mg} is not a valid dose")
        check_range(injection.dose_mg, "dose", 0, 10000)


def validate_course(course: Course, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with a preventive course."""
    check_not_future(course.start, today, "start")
    check_medication_name(course.medication.name, "drug")
    if course.stop is not None:
        check_not_future(course.stop, today, "stop")
        if course.stop < course.start:
            raise ValidationError("stop", f"{course.stop.isoformat()} is before the start {course.start.isoformat()}")
    if course.stop_reason is not None:
        check_choice(course.stop_reason, "reason", STOP_REASONS)
        if course.stop is None:
            raise ValidationError("reason", "a stop reason goes with a stop date")
    if len(course.dose) > 200 or _CONTROL.search(course.dose):
        raise ValidationError("dose", "the dose is a short line of text")
