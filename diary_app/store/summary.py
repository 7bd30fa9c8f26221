"""The diary's clinical summary: stored data in, the analysis core's numbers out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary_app.domain import analysis
from diary_app.domain.analysis.period import days_in
from diary_app.domain.questionnaires import questionnaires_summary
from diary_app.store.diary import Diary

INTERVALS_SETTING = "infusion_intervals"  # {generic name: days between infusions}


def diary_summary(
    diary: Diary,
    *,
    today: dt.date,
    first_month: tuple[int, int] | None = None,
    last_month: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """`summary --json` for this diary; windows read days outside the range as they need.

    "questionnaires" lists the MIDAS and HIT-6 scores answered within the range, oldest first.
    """
    summary = analysis.summarize(
        day_index(diary),
        diary.infusions(),
        today=today,
        start_month=first_month,
        end_month=last_month,
        intervals=diary.setting(INTERVALS_SETTING, {}),
    )
    first = dt.date(*first_month, 1) if first_month else None
    last = dt.date(*last_month, days_in(last_month)) if last_month else None
    summary["questionnaires"] = questionnaires_summary(diary.questionnaires(first=first, last=last))
    return summary


_FACTS_QUERY = """
SELECT d.date, d.headache, d.migraine, group_concat(DISTINCT m.drug_class), max(m.role = 'acute')
FROM days AS d
LEFT JOIN doses AS x ON x.date = d.date
LEFT JOIN medications AS m ON m.id = x.medication_id
GROUP BY d.date
"""


def day_index(diary: Diary) -> analysis.DayIndex:
    """The analysis index of every recorded day from one aggregate query (no DayEntry objects)."""
    empty: frozenset[str] = frozenset()
    rows = diary.db.execute(_FACTS_QUERY)
    return analysis.DayIndex.from_facts(
        (
            dt.date.fromisoformat(date),
            analysis.facts_from(headache, migraine, frozenset(classes.split(",")) if classes else empty, acute),
        )
        for date, headache, migraine, classes, acute in rows
    )
