"""Frozen values the whole app passes around: days, doses, medications, infusions.

Dates are `datetime.date` everywhere inside; ISO strings exist only at the edges
(the store, the files we read and write). The labels people read are marked for translation with
QT_TRANSLATE_NOOP("Domain", ...) and shown through diary_app.i18n.domain_text (docs/translating.md).
"""

from __future__ import annotations

import datetime as dt

from diary_app.domain.record import Factory, record


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for translation under `context` (the domain cannot import Qt); returns it unchanged."""
    return text


DISABILITY_LEVELS = ("none", "mild", "moderate", "severe")
INFUSION_KINDS = ("preventive", "acute")
ROLES = ("acute", "preventive")
# Why a preventive course was stopped; public names (CLI --reason, JSON stop_reason).
STOP_REASONS = ("not-effective", "side-effects", "cost-or-access", "other")
STOP_REASON_LABELS = {
    "not-effective": QT_TRANSLATE_NOOP("Domain", "not effective"),
    "side-effects": QT_TRANSLATE_NOOP("Domain", "side effects"),
    "cost-or-access": QT_TRANSLATE_NOOP("Domain", "cost or access"),
    "other": QT_TRANSLATE_NOOP("Domain", "other"),
}
SETTINGS = ("infusion_centre", "emergency_room", "hospital", "home")
SETTING_LABELS = {
    "infusion_centre": QT_TRANSLATE_NOOP("Domain", "infusion centre"),
    "emergency_room": QT_TRANSLATE_NOOP("Domain", "emergency room"),
    "hospital": QT_TRANSLATE_NOOP("Domain", "hospital"),
    "home": QT_TRANSLATE_NOOP("Domain", "home"),
}
# Medication classes. The analysis counts days per class; these names are public (JSON keys).
DRUG_CLASSES = (
    "triptan",
    "ergot",
    "gepant",
    "ditan",
    "simple_analgesic",
    "combination_analgesic",
    "opioid",
    "antiemetic",
    "cgrp_antibody",
    "preventive",
    "other",
)
CLASS_LABELS = {
    "triptan": QT_TRANSLATE_NOOP("Domain", "Triptans"),
    "ergot": QT_TRANSLATE_NOOP("Domain", "Ergots"),
    "gepant": QT_TRANSLATE_NOOP("Domain", "Gepants"),
    "ditan": QT_TRANSLATE_NOOP("Domain", "Ditans"),
    "simple_analgesic": QT_TRANSLATE_NOOP("Domain", "Simple analgesics / NSAIDs"),
    "combination_analgesic": QT_TRANSLATE_NOOP("Domain", "Combination analgesics"),
    "opioid": QT_TRANSLATE_NOOP("Domain", "Opioids"),
    "antiemetic": QT_TRANSLATE_NOOP("Domain", "Antiemetics"),
    "cgrp_antibody": QT_TRANSLATE_NOOP("Domain", "CGRP antibodies"),
    "preventive": QT_TRANSLATE_NOOP("Domain", "Other preventives"),
    "other": QT_TRANSLATE_NOOP("Domain", "Other"),
}


@record
class Medication:
    """A drug as the diary knows it; `name` is the generic name for catalogue drugs."""

    name: str
    drug_class: str = "other"
    route: str = "oral"
    role: str = "acute"
    known: bool = True


@record
class Dose:
    """One intake of an acute (or any) medication on a day; relief is 0 (none) to 3 (complete)."""

    medication: Medication
    amount: float | None = None
    unit: str = ""
    relief: int | None = None
    note: str = ""
    taken_at: dt.datetime | None = None  # local wall-clock time, when known (doses of an attack)


ATTACK_KINDS = ("migraine", "headache")


@record(not_compared=("id",))
class Attack:
    """One headache or migraine attack. It may run past midnight and over several days; every
    calendar day it covers is a headache day. Times are local wall-clock times, naive."""

    start: dt.datetime
    end: dt.datetime | None = None  # None: the end is unknown, it covers its first day only
    kind: str = "migraine"
    severity: int | None = None  # peak, 0-10
    aura: bool = False
    nausea: bool = False
    photophobia: bool = False
    phonophobia: bool = False
    doses: tuple[Dose, ...] = ()  # each counts on the day it was taken (taken_at), else the first day
    triggers: tuple[str, ...] = ()
    note: str = ""
    source: str = ""  # "" when typed here; "<app>:<key>" when imported, so importing again adds nothing
    id: int | None = None

    def days(self) -> list[dt.date]:
        """The calendar days the attack covers: from its start to its end (an end at midnight
        exactly does not reach into that day)."""
        first = self.start.date()
        last = first if self.end is None or self.end <= self.start else (self.end - dt.timedelta(microseconds=1)).date()
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


@record(not_compared=("created_at", "updated_at"))
class DayEntry:
    """An explicitly recorded calendar day. A day without a DayEntry is unknown, never headache-free."""

    date: dt.date
    headache: bool
    migraine: bool = False
    severity: int | None = None
    duration_hours: float | None = None
    aura: bool = False
    nausea: bool = False
    photophobia: bool = False
    phonophobia: bool = False
    disability: str = "none"
    menstruation: bool = False
    triggers: tuple[str, ...] = ()
    notes: str = ""
    doses: tuple[Dose, ...] = ()
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def headache_free(cls, date: dt.date) -> "DayEntry":
        return cls(date=date, headache=False)


@record(not_compared=("id",))
class Infusion:
    """An IV infusion, or a course of them over `days` consecutive days (DHE every 8 hours)."""

    start: dt.date
    medication: Medication
    days: int = 1
    dose_mg: float | None = None
    kind: str = "preventive"
    setting: str = "infusion_centre"
    reactions: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def last_day(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)


@record(not_compared=("id",))
class Injection:
    """A preventive injection (a monthly CGRP antibody, a Botox session) on one day."""

    date: dt.date
    medication: Medication
    dose_mg: float | None = None
    note: str = ""
    id: int | None = None


@record(not_compared=("id",))
class Course:
    """One preventive medication taken from `start` to `stop` (None while it is still taken)."""

    medication: Medication
    start: dt.date
    stop: dt.date | None = None
    dose: str = ""
    stop_reason: str | None = None
    note: str = ""
    id: int | None = None


@record
class DiaryContents:
    """Everything a diary holds, as a JSON backup carries it."""

    days: tuple[DayEntry, ...] = ()
    infusions: tuple[Infusion, ...] = ()
    medications: tuple[Medication, ...] = ()
    settings: dict = Factory(dict)
    questionnaires: tuple = ()  # of domain.questionnaires.Questionnaire
    courses: tuple[Course, ...] = ()
    injections: tuple[Injection, ...] = ()
    attacks: tuple[Attack, ...] = ()
