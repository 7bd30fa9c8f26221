"""A realistic sample diary, so a newcomer sees every feature at once.

About 18 months of a person with chronic migraine: topiramate stopped for side effects and
propranolol stopped as not effective, a month of triptan overuse, a DHE
course in hospital, then two eptinezumab infusions 12 weeks apart after which migraine
days fall, a little wearing-off before the second, a few unrecorded days, and MIDAS and
HIT-6 scores that improve with treatment.
Deterministic: the same `today` always gives the same diary.
"""

from __future__ import annotations

import datetime as dt
import random

from diary_app.domain import catalogue
from diary_app.domain.models import Course, DayEntry, DiaryContents, Dose, Infusion
from diary_app.domain.questionnaires import Questionnaire

TRIGGERS = ("stress", "poor sleep", "weather change", "red wine", "skipped meal", "bright light", "long screen time")
NOTES = (
    "Left work early, lay down in a dark room.",
    "Woke up with it; aura first (zigzag lines).",
    "Cancelled dinner with friends.",
    "Sumatriptan helped within an hour.",
    "Bad night, neck pain too.",
    "Kopfschmerz nach dem Flug; Zoë's wedding next week.",
    "Vomited twice, could not keep the tablet down.",
)


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def demo_contents(today: dt.date) -> DiaryContents:
    rng = random.Random(20250410)
    med = catalogue.resolve
    start = _shift_month(today, -17)
    end = today - dt.timedelta(days=1)
    second = today - dt.timedelta(days=70)  # the next one falls due in two weeks
    first = second - dt.timedelta(days=84)
    dhe = first - dt.timedelta(days=100)
    overuse_month = _shift_month(start, 3)
    gap = {start + dt.timedelta(days=200 + i) for i in range(6)}  # a week away, nothing logged

    infusions = (
        Infusion(dhe, med("DHE"), days=3, dose_mg=1, kind="acute", setting="hospital",
                 reactions="nausea, leg cramps", notes="Admitted for status migrainosus; metoclopramide before each dose."),
        Infusion(first, med("Vyepti"), dose_mg=100, setting="infusion_centre", reactions="tired the next day"),
        Infusion(second, med("Vyepti"), dose_mg=100, setting="infusion_centre"),
    )
    days = []
    day = start
    while day <= end:
        if day not in gap and rng.random() > 0.03:
            days.append(_demo_day(rng, day, _phase(day, dhe, first, second), day.replace(day=1) == overuse_month))
        day += dt.timedelta(days=1)
    questionnaires = (
        Questionnaire("midas", first - dt.timedelta(days=7), (12, 8, 15, 10, 9), a_days=62, b_pain=7),
        Questionnaire("hit6", first - dt.timedelta(days=7), (13, 11, 11, 13, 11, 10)),
        Questionnaire("midas", second - dt.timedelta(days=1), (6, 3, 7, 4, 2), a_days=34, b_pain=6),
        Questionnaire("hit6", second - dt.timedelta(days=1), (11, 10, 10, 11, 8, 8)),
        Questionnaire("hit6", end - dt.timedelta(days=3), (10, 8, 10, 10, 8, 6)),
    )
    courses = (
        Course(med("topiramate"), start + dt.timedelta(days=20), start + dt.timedelta(days=75), dose="50 mg twice a day",
               stop_reason="side-effects", note="word-finding problems, tingling"),
        Course(med("propranolol"), start + dt.timedelta(days=110), dhe - dt.timedelta(days=5), dose="80 mg a day",
               stop_reason="not-effective"),
    )
    return DiaryContents(
        days=tuple(days),
        infusions=infusions,
        courses=courses,
        settings={"patient_name": "Sample Patient (demo)"},
        questionnaires=questionnaires,
    )


def _phase(day: dt.date, dhe: dt.date, first: dt.date, second: dt.date) -> tuple[float, float]:
    """(chance of a migraine, chance of a milder headache) for the day."""
    if dhe <= day < dhe + dt.timedelta(days=3):
        return 1.0, 0.0
    if day < first:
        return 0.58, 0.14
    if day >= second:
        return 0.16, 0.1
    if day >= second - dt.timedelta(days=14):
        return 0.4, 0.1  # wearing off before the next infusion
    return 0.22, 0.12


def _demo_day(rng: random.Random, day: dt.date, phase: tuple[float, float], overuse: bool) -> DayEntry:
    menstruation = (day.toordinal() % 28) < 4
    p_migraine, p_headache = phase
    if menstruation:
        p_migraine = min(1.0, p_migraine + 0.25)
    roll = rng.random()
    if roll >= p_migraine + p_headache:
        return DayEntry(date=day, headache=False, menstruation=menstruation)
    migraine = roll < p_migraine
    doses = _demo_doses(rng, day, migraine, overuse)
    triggers = tuple(sorted(rng.sample(TRIGGERS, rng.choice((0, 1, 1, 2)))))
    return DayEntry(
        date=day,
        headache=True,
        migraine=migraine,
        severity=rng.randint(5, 9) if migraine else rng.randint(2, 5),
        duration_hours=float(rng.choice((4, 6, 8, 12, 18, 24))) if migraine else float(rng.choice((1, 2, 3, 4))),
        aura=migraine and rng.random() < 0.2,
        nausea=migraine and rng.random() < 0.6,
        photophobia=migraine and rng.random() < 0.8,
        phonophobia=migraine and rng.random() < 0.6,
        disability=rng.choice(("moderate", "severe", "mild")) if migraine else rng.choice(("none", "mild")),
        menstruation=menstruation,
        triggers=triggers,
        notes=rng.choice(NOTES) if rng.random() < 0.08 else "",
        doses=doses,
    )


def _demo_doses(rng: random.Random, day: dt.date, migraine: bool, overuse: bool) -> tuple[Dose, ...]:
    med = catalogue.resolve
    doses = []
    if migraine and (overuse or rng.random() < 0.33):
        doses.append(Dose(med("sumatriptan"), 50, "mg", rng.choice((1, 2, 2, 3))))
    elif migraine and rng.random() < 0.6:
        doses.append(Dose(med("rimegepant"), 75, "mg", rng.choice((1, 2, 3))))
    if (not migraine and rng.random() < 0.4) or (overuse and rng.random() < 0.6):
        doses.append(Dose(med("ibuprofen"), 400, "mg", rng.choice((0, 1, 2))))
    if migraine and rng.random() < 0.15:
        doses.append(Dose(med("ondansetron"), 4, "mg", rng.choice((1, 2)), "for nausea"))
    return tuple(doses)
