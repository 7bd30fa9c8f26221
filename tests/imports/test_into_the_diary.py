"""The parsed samples written into a diary (exporters.history_import): twice adds nothing, and the
day-level facts follow from the attacks."""

from __future__ import annotations

import pytest

from diary_app.exporters.history_import import import_history
from diary_app.exporters.imports import read_history
from tests.imports.samples import FIXTURES, D


@pytest.mark.parametrize("name", ["migraine_buddy.csv", "bearable.csv", "headi.csv", "apple_health_export.xml"])
def test_importing_a_sample_twice_adds_nothing_the_second_time(diary, today, name):
    history = read_history(FIXTURES / name)
    first = import_history(diary, history, today)
    stored = diary.attacks()
    again = import_history(diary, read_history(FIXTURES / name), today)
    assert (first.attacks, first.skipped_attacks) == (len(history.attacks), 0)
    assert (again.attacks, again.skipped_attacks, again.headache_free_days) == (0, len(history.attacks), 0)
    assert diary.attacks() == stored
    assert [(a.start, a.end, a.doses) for a in stored] == [(a.start, a.end, a.doses) for a in history.attacks]


def test_the_migraine_buddy_sample_makes_one_migraine_day_of_two_attacks_and_covers_midnight(diary, today):
    import_history(diary, read_history(FIXTURES / "migraine_buddy.csv"), today)
    assert [(d.date, d.migraine, d.severity, d.nausea) for d in diary.day_records()] == [
        (D(2020, 9, 25), True, 7, True),
        (D(2020, 9, 27), True, 8, True),
        (D(2020, 9, 28), True, 8, True),
        (D(2020, 10, 2), True, None, False),
        (D(2020, 10, 3), True, None, False),
        (D(2020, 10, 24), True, 6, True),
        (D(2020, 10, 25), True, 6, True),
        (D(2020, 11, 3), True, 5, False),
        (D(2020, 11, 10), True, None, False),
    ]


def test_filling_headache_free_days_marks_only_the_days_between_without_an_attack(diary, today):
    history = read_history(FIXTURES / "bearable.csv")
    result = import_history(diary, history, today, fill_headache_free=True)
    records = {d.date: d.headache for d in diary.day_records()}
    assert len(records) == (history.last_day - history.first_day).days + 1  # 2020-09-25 to 2020-10-02
    assert [day for day, headache in records.items() if headache] == [D(2020, 9, 25), D(2020, 10, 1), D(2020, 10, 2)]
    assert result.headache_free_days == 5
