"""The diary's clinical summary: stored data in, the analysis core's numbers out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary_app.domain import analysis
from diary_app.domain.analysis.period import days_in
from diary_app.domain.courses import CourseSpan
from diary_app.domain.courses import course_spans as domain_course_spans
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
    infusions = diary.infusions()
    summary = analysis.summarize(
        day_index(diary, infusions),
        infusions,
        today=today,
        start_month=first_month,
        end_month=last_month,
        intervals=diary.setting(INTERVALS_SETTING, {}),
        courses=diary.courses(),
        injections=diary.injections(),
        questionnaires=diary.questionnaires(),
    )
    first = dt.date(*first_month, 1) if first_month else None
    last = dt.date(*last_month, days_in(last_month)) if last_month else None
    summary["questionnaires"] = questionnaires_summary(diary.questionnaires(first=first, last=last))
    return summary


_FACTS_QUERY = """
SELECT d.date, d.headache, d.migraine, group_concat(DISTINCT m.drug_class), max(m.role = 'acute'),
       max(m.role = 'acute' AND m.drug_class IN ('triptan', 'ergot', 'gepant', 'ditan')), d.severity
FROM days AS d
LEFT JOIN doses AS x ON x.date = d.date
LEFT JOIN medications AS m ON m.id = x.medication_id
GROUP BY d.date
"""


def course_spans(diary: Diary, today: dt.date) -> list[CourseSpan]:
    """Every preventive course of the diary, recorded or started by an injection or infusion."""
    return domain_course_spans(diary.courses(), diary.infusions(), diary.injections(), today=today,
                               intervals=diary.setting(INTERVALS_SETTING, {}))


def day_index(diary: Diary, infusions=None) -> analysis.DayIndex:
    """The analysis index of every recorded day from one aggregate query (no DayEntry objects),
    with the days attacks cover; the days of acute-role and ergot infusions count as days of
    their class."""
    class_sets: dict[str | None, frozenset[str]] = {None: frozenset()}  # a few distinct strings, split once

    def classes_of(text: str | None) -> frozenset[str]:
        found = class_sets.get(text)
        if found is None:
            found = class_sets[text] = frozenset(text.split(","))
        return found

    fromisoformat, facts_from = dt.date.fromisoformat, analysis.facts_from
    return analysis.DayIndex.from_facts(
        (
            (fromisoformat(date), facts_from(headache, migraine, classes_of(classes), acute, specific, severity))
            for date, headache, migraine, classes, acute, specific, severity in diary.db.execute(_FACTS_QUERY)
        ),
        diary.infusions() if infusions is None else infusions,
        diary.attacks(),
    )
