"""Questionnaire rows: answers in columns q1-q6 (q6 empty for MIDAS), dates as ISO text."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diary_app.domain.questionnaires import Questionnaire

ANSWER_COLUMNS = ("q1", "q2", "q3", "q4", "q5", "q6")


def questionnaire_row(q: Questionnaire) -> dict[str, Any]:
    answers = list(q.answers) + [None] * (len(ANSWER_COLUMNS) - len(q.answers))
    row: dict[str, Any] = {"kind": q.kind, "date": q.date.isoformat()}
    row.update(zip(ANSWER_COLUMNS, answers))
    row.update(a_days=q.a_days, b_pain=q.b_pain, notes=q.notes)
    return row


def questionnaire_from_row(row: dict[str, Any]) -> Questionnaire:
    from diary_app.domain.questionnaires import Questionnaire  # its scoring tables load when first read

    return Questionnaire(
        kind=row["kind"],
        date=dt.date.fromisoformat(row["date"]),
        answers=tuple(row[c] for c in ANSWER_COLUMNS if row[c] is not None),
        a_days=row["a_days"],
        b_pain=row["b_pain"],
        notes=row["notes"],
        id=row["id"],
    )
