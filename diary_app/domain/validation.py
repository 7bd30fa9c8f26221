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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for pyside6-lupdate (context "Domain"); the window shows it translated."""
    return text


# The fields' names as the window puts them before a problem ("severity: 11 is outside 0-10").
FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("Domain", "date"), "state": QT_TRANSLATE_NOOP("Domain", "day"),
    "migraine": QT_TRANSLATE_NOOP("Domain", "migraine"), "severity": QT_TRANSLATE_NOOP("Domain", "severity"),
    "duration_hours": QT_TRANSLATE_NOOP("Domain", "duration"),
    "disability": QT_TRANSLATE_NOOP("Domain", "disability"),
    "medication": QT_TRANSLATE_NOOP("Domain", "medication"), "med": QT_TRANSLATE_NOOP("Domain", "medication"),
    "amount": QT_TRANSLATE_NOOP("Domain", "amount"), "relief": QT_TRANSLATE_NOOP("Domain", "relief"),
    "triggers": QT_TRANSLATE_NOOP("Domain", "triggers"), "start": QT_TRANSLATE_NOOP("Domain", "start"),
    "end": QT_TRANSLATE_NOOP("Domain", "end"), "type": QT_TRANSLATE_NOOP("Domain", "type"),
    "drug": QT_TRANSLATE_NOOP("Domain", "medication"), "dose": QT_TRANSLATE_NOOP("Domain", "dose"),
    "days": QT_TRANSLATE_NOOP("Domain", "days"), "kind": QT_TRANSLATE_NOOP("Domain", "type"),
    "setting": QT_TRANSLATE_NOOP("Domain", "setting"), "stop": QT_TRANSLATE_NOOP("Domain", "stop"),
    "reason": QT_TRANSLATE_NOOP("Domain", "reason"),
}


def refused(field: str, template: str, *values) -> ValidationError:
    """A ValidationError saying `template` (marked with QT_TRANSLATE_NOOP) filled with `values`;
    it keeps both (`template`, `values`) so the window can show them in the person's language,
    dates and numbers written as the language writes them."""
    error = ValidationError(field, template.format(*(_english(value) for value in values)))
    error.template, error.values = template, values
    return error


def _english(value) -> str:
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# The earliest date a diary holds: SQLite's date() cannot store every older one (it refuses
# 0300-03-01), and a headache diary has no business before 1900.
MIN_DATE = dt.date(1900, 1, 1)


def parse_date(text: str, field: str = "date") -> dt.date:
    """An ISO date (YYYY-MM-DD); 2025-02-30 and other impossible dates are refused."""
    text = text.strip()
    if not _DATE.match(text):
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a date in the form YYYY-MM-DD"), text)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a real calendar date"), text) from None


def parse_month(text: str, field: str = "month") -> tuple[int, int]:
    """A month as YYYY-MM, returned as (year, month)."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a month in the form YYYY-MM"), text)
    return int(match.group(1)), int(match.group(2))


def parse_bool(text: str, field: str) -> bool:
    """yes/no, y/n, true/false, 1/0 in any case; blank means no."""
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not yes/no (use yes, no, y, n, true, false, 1 or 0)"), text)


def parse_int(text: str, field: str, low: int, high: int) -> int | None:
    """A whole number within [low, high]; blank means not given."""
    value = text.strip()
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a whole number"), text) from None
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
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a number"), text) from None
    if math.isnan(number) or math.isinf(number):
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not a number"), text)
    check_range(number, field, low, high)
    return number


def check_range(value: float, field: str, low: float, high: float) -> None:
    if not low <= value <= high:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "{0} is outside {1}-{2}"), float(value), float(low), float(high))


def check_choice(value: str, field: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "'{0}' is not one of: {1}"), value, ", ".join(choices))


def check_not_future(date: dt.date, today: dt.date, field: str = "date") -> None:
    """A date a diary can hold: not after today, not before MIN_DATE."""
    if date < MIN_DATE:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "{0} is before {1}"), date, str(MIN_DATE.year))
    if date > today:
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "{0} is in the future"), date)


def check_medication_name(name: str, field: str = "medication") -> None:
    """A name the medication list can hold: SQLite's length() stops at a NUL, so "\\x00x" reads as empty."""
    if not name.strip():
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "a medication needs a name"))
    if _CONTROL.search(name):
        raise refused(field, QT_TRANSLATE_NOOP("Domain", "{0} holds a control character"), repr(name))


def validate_day(entry: DayEntry, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with a day entry."""
    check_not_future(entry.date, today)
    if entry.migraine and not entry.headache:
        raise refused("migraine", QT_TRANSLATE_NOOP("Domain", "a migraine is a headache: migraine=yes needs headache=yes"))
    if entry.severity is not None:
        check_range(entry.severity, "severity", 0, 10)
        if not entry.headache and entry.severity > 0:
            raise refused("severity", QT_TRANSLATE_NOOP("Domain", "a day with no headache has no severity above 0"))
    if entry.duration_hours is not None:
        check_range(entry.duration_hours, "duration_hours", 0, 24)
    check_choice(entry.disability, "disability", DISABILITY_LEVELS)
    for dose in entry.doses:
        check_dose(dose)
    check_triggers(entry.triggers)


def check_dose(dose: Dose) -> None:
    check_medication_name(dose.medication.name)
    if ";" in dose.medication.name:  # the days CSV lists a day's medications split by ";"
        raise refused("medication", QT_TRANSLATE_NOOP("Domain", "'{0}' is not a valid name (it holds ';')"), dose.medication.name)
    if dose.relief is not None:
        check_range(dose.relief, "relief", 0, 3)
    if dose.amount is not None and (dose.amount < 0 or not math.isfinite(dose.amount)):
        raise refused("amount", QT_TRANSLATE_NOOP("Domain", "{0} is not a valid amount"), float(dose.amount))


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
        raise refused("amount", QT_TRANSLATE_NOOP("Domain", "'{0}' is not a number"), text.strip()) from None
    if not math.isfinite(amount):
        raise refused("amount", QT_TRANSLATE_NOOP("Domain", "'{0}' is not a number"), text.strip())
    if amount < 0:
        raise refused("amount", QT_TRANSLATE_NOOP("Domain", "it cannot be negative"))
    per_unit = MG_PER_UNIT.get(unit.strip().casefold())
    if per_unit is not None and amount * per_unit > MAX_DOSE_MG:
        raise refused("amount", QT_TRANSLATE_NOOP("Domain", "more than {0} g at once is not likely; check the amount and unit"),
                      MAX_DOSE_MG // 1000)
    return amount


def check_triggers(triggers) -> None:
    for trigger in triggers:  # names as the days CSV carries them: split by ";", trimmed
        if not trigger.strip() or ";" in trigger or trigger != trigger.strip():
            raise refused("triggers", QT_TRANSLATE_NOOP("Domain", "'{0}' is not a valid trigger name"), trigger)


MAX_ATTACK_DAYS = 31  # longer is a typing mistake, not an attack (status migrainosus is over 72 hours)


def validate_attack(attack: Attack, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with an attack."""
    check_not_future(attack.start.date(), today, "start")
    if attack.end is not None:
        if attack.end < attack.start:
            raise refused("end", QT_TRANSLATE_NOOP("Domain", "{0} is before the start {1}"), attack.end, attack.start)
        if attack.end - attack.start > dt.timedelta(days=MAX_ATTACK_DAYS):
            raise refused("end", QT_TRANSLATE_NOOP("Domain", "an attack of more than {0} days is not likely; check the dates"),
                          MAX_ATTACK_DAYS)
    check_choice(attack.kind, "type", ATTACK_KINDS)
    if attack.severity is not None:
        check_range(attack.severity, "severity", 0, 10)
    for dose in attack.doses:
        check_dose(dose)
        if dose.taken_at is not None and dose.taken_at < attack.start:
            raise refused("med", QT_TRANSLATE_NOOP("Domain", "{0} at {1} is before the attack started"),
                              dose.medication.name, dose.taken_at)
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
            raise refused("dose", QT_TRANSLATE_NOOP("Domain", "{0} is not a valid dose"), injection.dose_mg)
        check_range(injection.dose_mg, "dose", 0, 10000)


def validate_course(course: Course, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong with a preventive course."""
    check_not_future(course.start, today, "start")
    check_medication_name(course.medication.name, "drug")
    if course.stop is not None:
        check_not_future(course.stop, today, "stop")
        if course.stop < course.start:
            raise refused("stop", QT_TRANSLATE_NOOP("Domain", "{0} is before the start {1}"), course.stop, course.start)
    if course.stop_reason is not None:
        check_choice(course.stop_reason, "reason", STOP_REASONS)
        if course.stop is None:
            raise refused("reason", QT_TRANSLATE_NOOP("Domain", "a stop reason goes with a stop date"))
    if len(course.dose) > 200 or _CONTROL.search(course.dose):
        raise refused("dose", QT_TRANSLATE_NOOP("Domain", "the dose is a short line of text"))
