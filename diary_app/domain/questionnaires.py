"""MIDAS and HIT-6: the two standard headache questionnaires, their scores and grades.

MIDAS (Migraine Disability Assessment) counts days lost in the last 3 months: the score is
the sum of questions 1-5; A (headache days) and B (average pain) are recorded, not scored.
HIT-6 (Headache Impact Test) has 6 questions answered never ... always; each answer is kept
as its points (6, 8, 10, 11, 13), so a score runs from 36 to 78.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import QT_TRANSLATE_NOOP
from diary_app.domain.record import record
from diary_app.domain.validation import check_choice, check_not_future, check_range, parse_int

MIDAS, HIT6 = "midas", "hit6"
KINDS = (MIDAS, HIT6)
KIND_LABELS = {MIDAS: "MIDAS", HIT6: "HIT-6"}
QUESTION_COUNTS = {MIDAS: 5, HIT6: 6}

MIDAS_MAX_DAYS = 90  # each of questions 1-5 and A: days in the last 3 months
MIDAS_MAX_PAIN = 10  # question B: 0 (no pain) to 10 (pain as bad as it can be)

HIT6_ANSWERS = ("never", "rarely", "sometimes", "very often", "always")
HIT6_POINTS = {"never": 6, "rarely": 8, "sometimes": 10, "very often": 11, "always": 13}
HIT6_WORDS = {points: word for word, points in HIT6_POINTS.items()}
HIT6_MIN, HIT6_MAX = 6 * 6, 6 * 13

# (highest score of the grade, grade, label), lowest first; the last grade has no upper limit.
# The labels are shown through diary_app.i18n.domain_text.
MIDAS_GRADES = ((5, "I", QT_TRANSLATE_NOOP("Domain", "little or no disability")),
                (10, "II", QT_TRANSLATE_NOOP("Domain", "mild disability")),
                (20, "III", QT_TRANSLATE_NOOP("Domain", "moderate disability")),
                (None, "IV", QT_TRANSLATE_NOOP("Domain", "severe disability")))
HIT6_BANDS = ((49, "little", QT_TRANSLATE_NOOP("Domain", "little or no impact")),
              (55, "some", QT_TRANSLATE_NOOP("Domain", "some impact")),
              (59, "substantial", QT_TRANSLATE_NOOP("Domain", "substantial impact")),
              (None, "severe", QT_TRANSLATE_NOOP("Domain", "severe impact")))


class Grade(NamedTuple):
    """A MIDAS grade ("I", "little or no disability") or a HIT-6 band ("some", "some impact")."""

    code: str
    label: str


@record(not_compared=("id",))
class Questionnaire:
    """One filled-in MIDAS or HIT-6, dated the day it was answered."""

    kind: str  # "midas" or "hit6"
    date: dt.date
    answers: tuple[int, ...]  # MIDAS: days for questions 1-5; HIT-6: points for questions 1-6
    a_days: int | None = None  # MIDAS question A: headache days in the last 3 months
    b_pain: int | None = None  # MIDAS question B: average pain 0-10
    notes: str = ""
    id: int | None = None

    @property
    def score(self) -> int:
        return midas_score(self.answers) if self.kind == MIDAS else hit6_score(self.answers)

    @property
    def grade(self) -> Grade:
        """The MIDAS grade or the HIT-6 band of the score."""
        return midas_grade(self.score) if self.kind == MIDAS else hit6_band(self.score)

    @property
    def title(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def midas_score(answers: Iterable[int]) -> int:
    """The sum of questions 1-5 (days); A and B are not part of it."""
    return sum(answers)


def hit6_score(answers: Iterable[int]) -> int:
    """The sum of the six answers' points: 36 (all never) to 78 (all always)."""
    return sum(answers)


def _grade(score: int, table) -> Grade:
    for highest, code, label in table:
        if highest is None or score <= highest:
            return Grade(code, label)
    raise AssertionError("the last grade has no upper limit")


def midas_grade(score: int) -> Grade:
    """Grade I 0-5, II 6-10, III 11-20, IV 21 and more."""
    return _grade(score, MIDAS_GRADES)


def hit6_band(score: int) -> Grade:
    """49 or less: little or no impact; 50-55 some; 56-59 substantial; 60 or more severe."""
    return _grade(score, HIT6_BANDS)


def hit6_points(text: str, field: str) -> int:
    """A HIT-6 answer as points, from its word ("very often", any case) or its points ("11")."""
    value = " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())
    if value in HIT6_POINTS:
        return HIT6_POINTS[value]
    if value.isdigit() and int(value) in HIT6_WORDS:
        return int(value)
    raise ValidationError(field, f"'{text}' is not one of: {', '.join(HIT6_ANSWERS)} (or 6, 8, 10, 11, 13)")


def question_field(number: int | str) -> str:
    """The name a ValidationError gives a question: "question 3", "question A"."""
    return f"question {number}"


def validate_questionnaire(q: Questionnaire, today: dt.date) -> None:
    """Raise ValidationError for the first thing wrong; its field names the question."""
    check_choice(q.kind, "kind", KINDS)
    check_not_future(q.date, today)
    expected = QUESTION_COUNTS[q.kind]
    if len(q.answers) != expected:
        raise ValidationError("answers", f"{q.title} has {expected} questions; {len(q.answers)} answers given")
    for number, answer in enumerate(q.answers, start=1):
        _check_whole(answer, question_field(number))
        if q.kind == MIDAS:
            check_range(answer, question_field(number), 0, MIDAS_MAX_DAYS)
        elif answer not in HIT6_WORDS:
            raise ValidationError(question_field(number), f"{answer} is not a HIT-6 answer (6, 8, 10, 11 or 13 points)")
    for letter, value, highest in (("A", q.a_days, MIDAS_MAX_DAYS), ("B", q.b_pain, MIDAS_MAX_PAIN)):
        if value is None:
            continue
        if q.kind != MIDAS:
            raise ValidationError(question_field(letter), "only MIDAS has questions A and B")
        _check_whole(value, question_field(letter))
        check_range(value, question_field(letter), 0, highest)


def _check_whole(value, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"'{value}' is not a whole number")


def as_dict(q: Questionnaire) -> dict:
    """The JSON-ready form used by `summary --json` (date as ISO text)."""
    grade = q.grade
    item = {"date": q.date.isoformat(), "score": q.score}
    item["grade" if q.kind == MIDAS else "band"] = grade.code
    item["label"] = grade.label
    item["answers"] = list(q.answers)
    if q.kind == MIDAS:
        item.update(a=q.a_days, b=q.b_pain)
    return item


def in_order(items: Iterable[Questionnaire]) -> list[Questionnaire]:
    """Oldest first (by date, then by id for the same date)."""
    return sorted(items, key=lambda q: (q.date, q.id is None, q.id or 0))


def questionnaires_summary(items: Iterable[Questionnaire]) -> dict[str, list[dict]]:
    """{"midas": [...], "hit6": [...]}, each list oldest first, as `as_dict` gives them."""
    ordered = in_order(items)
    return {kind: [as_dict(q) for q in ordered if q.kind == kind] for kind in KINDS}


def latest_and_previous(items: Iterable[Questionnaire], kind: str) -> tuple[Questionnaire | None, Questionnaire | None]:
    """The newest questionnaire of a kind and the one before it (for the report's comparison)."""
    ordered = [q for q in in_order(items) if q.kind == kind]
    latest = ordered[-1] if ordered else None
    previous = ordered[-2] if len(ordered) > 1 else None
    return latest, previous


def parse_answers(kind: str, text: str) -> tuple[int, ...]:
    """Comma-separated answers as typed: MIDAS days ("3,4,5,0,2"), HIT-6 words or points."""
    check_choice(kind, "kind", KINDS)
    parts = [part.strip() for part in text.split(",")]
    expected = QUESTION_COUNTS[kind]
    if len(parts) != expected:
        raise ValidationError("answers", f"{KIND_LABELS[kind]} has {expected} questions; {len(parts)} answers given")
    answers = []
    for number, part in enumerate(parts, start=1):
        if not part:
            raise ValidationError(question_field(number), "is not answered")
        if kind == HIT6:
            answers.append(hit6_points(part, question_field(number)))
        else:
            answers.append(parse_int(part, question_field(number), 0, MIDAS_MAX_DAYS))
    return tuple(answers)
