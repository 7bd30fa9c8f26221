"""The diary's clinical summary: stored data in, the analysis core's numbers out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary_app.domain import analysis
from diary_app.domain.analysis.days import SPECIFIC_ACUTE_CLASSES
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


# One row a day: its flags, severity, and each class taken with "!" when an acute-role drug of
# it was: "triptan!,preventive". Days repeat a few such combinations, so each is worked out once.
_FACTS_QUERY = """
SELECT d.date, d.headache, d.migraine, d.severity,
       group_concat(DISTINCT m.drug_class || CASE m.role WHEN 'acute' THEN '!' ELSE '' END)
FROM days AS d
LEFT JOIN doses AS x ON x.date = d.date
LEFT JOIN medications AS m ON m.id = x.medication_id
GROUP BY d.date
"""


def _facts_of(headache: int, migraine: int, severity: int | None, taken: str | None) -> analysis.DayFacts:
    """A day's facts from one row of _FACTS_QUERY."""
    marked = taken.split(",") if taken else []
    classes = frozenset(name.rstrip("!") for name in marked)
    acute = [name[:-1] for name in marked if name.endswith("!")]
    specific = any(name in SPECIFIC_ACUTE_CLASSES for name in acute)
    return analysis.facts_from(headache, migraine, classes, bool(acute), specific, severity)


def course_spans(diary: Diary, today: dt.date) -> list[CourseSpan]:
    """Every preventive course of the diary, recorded or started by an injection or infusion."""
    return domain_course_spans(diary.courses(), diary.infusions(), diary.injections(), today=today,
                               intervals=diary.setting(INTERVALS_SETTING, {}))


def day_index(diary: Diary, infusions=None) -> analysis.DayIndex:
    """The analysis index of every recorded day from one aggregate query (no DayEntry objects),
    with the days attacks cover; the days of acute-role and ergot infusions count as days of
    their class."""
    known: dict[tuple, analysis.DayFacts] = {}  # facts are immutable: equal rows share one

    def facts(row: tuple) -> analysis.DayFacts:
        found = known.get(row)
        if found is None:
            found = known[row] = _facts_of(*row)
        return found

    fromisoformat = dt.date.fromisoformat
    return analysis.DayIndex.from_facts(
        ((fromisoformat(row[0]), facts(row[1:])) for row in diary.db.execute(_FACTS_QUERY)),
        diary.infusions() if infusions is None else infusions,
        diary.attacks(),
    )
