"""Generated diaries of any length for the benchmarks: daily entries, doses, infusions,
preventive courses and injections.

30 years gives about 11,000 recorded days, 15,000 doses, 120 infusions, 30 oral courses and
360 monthly injections.
"""

from __future__ import annotations

import datetime as dt
import random

from diary_app.domain import catalogue
from diary_app.domain.models import Course, DayEntry, DiaryContents, Dose, Infusion, Injection

_MEDS = [catalogue.resolve(n) for n in ("sumatriptan", "ibuprofen", "rimegepant", "naproxen", "ondansetron")]
_VYEPTI = catalogue.resolve("eptinezumab")
_ORAL = [catalogue.resolve(n) for n in ("topiramate", "propranolol", "amitriptyline", "candesartan")]
_REASONS = ("not-effective", "side-effects", "cost-or-access", "other")


def large_contents(years: int, today: dt.date, seed: int = 7) -> DiaryContents:
    rng = random.Random(seed)
    first = today - dt.timedelta(days=int(365.25 * years))
    days = []
    day = first
    while day < today:
        if rng.random() < 0.995:
            days.append(_day(rng, day))
        day += dt.timedelta(days=1)
    infusions = []
    start = first + dt.timedelta(days=45)
    while start < today and len(infusions) < 4 * years:
        infusions.append(Infusion(start, _VYEPTI, dose_mg=100))
        start += dt.timedelta(days=91)
    courses = [
        Course(_ORAL[year % 4], first + dt.timedelta(days=365 * year + 10), first + dt.timedelta(days=365 * year + 160),
               dose="daily", stop_reason=_REASONS[year % 4])
        for year in range(years)
    ]
    injections = [Injection(first + dt.timedelta(days=30 * n + 5), catalogue.resolve("erenumab"), 140.0)
                  for n in range(12 * years) if first + dt.timedelta(days=30 * n + 5) < today]
    return DiaryContents(days=tuple(days), infusions=tuple(infusions), courses=tuple(courses), injections=tuple(injections))


def _day(rng: random.Random, day: dt.date) -> DayEntry:
    roll = rng.random()
    if roll > 0.6:
        return DayEntry(day, headache=False)
    migraine = roll < 0.4
    doses = tuple(
        Dose(rng.choice(_MEDS), 50, "mg", rng.randint(0, 3)) for _ in range(rng.choice((1, 2, 3, 3)))
    )
    return DayEntry(day, headache=True, migraine=migraine, severity=rng.randint(2, 9),
                    triggers=("stress",) if rng.random() < 0.2 else (), doses=doses,
                    notes="woke up with it" if rng.random() < 0.05 else "")
