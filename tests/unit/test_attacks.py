"""Several attacks a day: the days they cover, what those days count as, and how they are kept."""

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from diary_app.domain.analysis import DayIndex, summarize
from diary_app.domain.attacks import covered_days, effective_days
from diary_app.domain.catalogue import lookup
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack, DayEntry, Dose
from diary_app.domain.validation import validate_attack
from diary_app.exporters.backup_json import read_backup, write_backup
from diary_app.store import Diary
from diary_app.store.summary import day_index, diary_summary

T = dt.datetime
D = dt.date
TODAY = D(2026, 11, 26)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def sumatriptan(at=None):
    return Dose(lookup("sumatriptan"), 50, "mg", 2, taken_at=at)


def test_an_attack_covers_every_calendar_day_from_its_start_to_its_end():
    assert Attack(T(2026, 1, 1, 22, 0), T(2026, 1, 3, 1, 0)).days() == [D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 3)]
    assert Attack(T(2026, 1, 1, 22, 0), T(2026, 1, 2, 0, 0)).days() == [D(2026, 1, 1)]  # ends at midnight exactly
    assert Attack(T(2026, 1, 1, 22, 0)).days() == [D(2026, 1, 1)]  # end unknown


def test_a_dose_taken_the_next_day_for_an_attack_of_unknown_end_covers_that_day():
    attack = Attack(T(2026, 1, 1, 22, 0), doses=(sumatriptan(T(2026, 1, 2, 6, 0)),))
    assert covered_days(attack) == [D(2026, 1, 1), D(2026, 1, 2)]


def test_three_attacks_on_one_day_are_one_migraine_day_with_the_highest_severity_and_every_dose():
    attacks = [
        Attack(T(2026, 3, 2, 7, 0), T(2026, 3, 2, 9, 0), kind="headache", severity=3),
        Attack(T(2026, 3, 2, 13, 0), T(2026, 3, 2, 18, 0), severity=8, nausea=True, doses=(sumatriptan(T(2026, 3, 2, 13, 30)),)),
        Attack(T(2026, 3, 2, 21, 0), T(2026, 3, 2, 23, 0), kind="headache", severity=4, doses=(Dose(lookup("ibuprofen")),)),
    ]
    (day,) = effective_days([], attacks)
    assert (day.date, day.headache, day.migraine, day.severity, day.nausea) == (D(2026, 3, 2), True, True, 8, True)
    assert [d.medication.name for d in day.doses] == ["sumatriptan", "ibuprofen"]
    (march,) = summarize(DayIndex([], attacks=attacks), [], today=TODAY)["months"]
    assert (march["recorded_days"], march["headache_days"], march["migraine_days"]) == (1, 1, 1)
    assert march["class_days"]["triptan"] == 1 and march["acute_medication_days"] == 1


def test_a_headache_attack_treated_with_a_triptan_makes_a_migraine_day_on_the_day_of_the_dose():
    attack = Attack(T(2026, 3, 2, 22, 0), T(2026, 3, 3, 8, 0), kind="headache", doses=(sumatriptan(T(2026, 3, 3, 2, 0)),))
    index = DayIndex([], attacks=[attack])
    assert (index.get(D(2026, 3, 2)).migraine, index.get(D(2026, 3, 3)).migraine) == (False, True)


def test_attacks_never_make_a_recorded_day_milder():
    entry = DayEntry(D(2026, 3, 2), headache=True, migraine=True, severity=9, aura=True, doses=(Dose(lookup("naproxen")),))
    attack = Attack(T(2026, 3, 2, 13, 0), kind="headache", severity=5, doses=(sumatriptan(),))
    (day,) = effective_days([entry], [attack])
    assert (day.migraine, day.severity, day.aura) == (True, 9, True)
    assert [d.medication.name for d in day.doses] == ["naproxen", "sumatriptan"]
    free = DayEntry(D(2026, 3, 2), headache=False, severity=0)
    (day,) = effective_days([free], [attack])
    assert (day.headache, day.severity) == (True, 5)  # the attack is what happened


def test_the_index_from_attacks_equals_the_index_from_their_day_records():
    attacks = [Attack(T(2026, 3, 1, 23, 0), T(2026, 3, 3, 2, 0), severity=6, doses=(sumatriptan(T(2026, 3, 2, 1, 0)),)),
               Attack(T(2026, 3, 5, 10, 0), kind="headache", doses=(Dose(lookup("rimegepant")),))]
    entries = [DayEntry(D(2026, 3, 5), headache=False), DayEntry(D(2026, 3, 6), headache=True, severity=2)]
    assert sorted(DayIndex(entries, attacks=attacks).items()) == sorted(DayIndex(effective_days(entries, attacks)).items())


@pytest.mark.parametrize("attack, field", [
    (Attack(T(2026, 11, 27, 1, 0)), "start"),
    (Attack(T(2026, 11, 20, 10, 0), T(2026, 11, 20, 9, 0)), "end"),
    (Attack(T(2026, 10, 1, 10, 0), T(2026, 11, 20, 9, 0)), "end"),
    (Attack(T(2026, 11, 20, 10, 0), kind="cluster"), "type"),
    (Attack(T(2026, 11, 20, 10, 0), severity=11), "severity"),
    (Attack(T(2026, 11, 20, 10, 0), doses=(sumatriptan(T(2026, 11, 20, 9, 0)),)), "med"),
])
def test_a_wrong_attack_is_refused_naming_the_field(attack, field):
    with pytest.raises(ValidationError) as caught:
        validate_attack(attack, TODAY)
    assert caught.value.field == field


def test_attacks_are_stored_with_their_doses_and_count_in_the_summary(diary):
    night = diary.save_attack(Attack(T(2026, 11, 20, 22, 0), T(2026, 11, 21, 3, 0), severity=7, nausea=True,
                                     doses=(sumatriptan(T(2026, 11, 20, 23, 0)),), triggers=("red wine",), note="bad one"))
    diary.save_attack(Attack(T(2026, 11, 20, 8, 0), T(2026, 11, 20, 10, 0), kind="headache", severity=3))
    assert [a.start for a in diary.attacks()] == [T(2026, 11, 20, 8, 0), T(2026, 11, 20, 22, 0)]
    assert diary.attacks()[1] == night
    assert diary.attacks(D(2026, 11, 21), D(2026, 11, 21)) == [night]
    assert diary.recorded_dates() == {D(2026, 11, 20), D(2026, 11, 21)}
    assert diary.date_span() == (D(2026, 11, 20), D(2026, 11, 21))
    assert [(d.date, d.migraine, d.severity) for d in diary.day_records()] == [(D(2026, 11, 20), True, 7),
                                                                               (D(2026, 11, 21), True, 7)]
    assert sorted(day_index(diary).items()) == sorted(DayIndex(diary.day_records()).items())
    (november,) = diary_summary(diary, today=TODAY)["months"]
    assert (november["recorded_days"], november["migraine_days"], november["class_days"]["triptan"]) == (2, 2, 1)
    diary.delete_attack(night.id)
    assert diary.db.execute("SELECT count(*) FROM attack_doses").fetchone()[0] == 0


def test_marking_headache_free_leaves_the_days_attacks_cover(diary):
    diary.save_attack(Attack(T(2026, 11, 2, 22, 0), T(2026, 11, 3, 3, 0)))
    marked = diary.mark_headache_free(D(2026, 11, 1), D(2026, 11, 4))
    assert marked == [D(2026, 11, 1), D(2026, 11, 4)]


def test_a_backup_keeps_attacks_and_importing_it_twice_adds_nothing(tmp_path):
    with Diary.open(tmp_path / "a.sqlite3") as original:
        original.save_attack(Attack(T(2026, 11, 20, 22, 0), T(2026, 11, 21, 3, 0), severity=7,
                                    doses=(sumatriptan(T(2026, 11, 20, 23, 0)),)))
        original.save_attack(Attack(T(2026, 11, 22, 9, 0), source="migraine-buddy:12"))
        out = io.StringIO()
        write_backup(out, original.contents())
        expected = original.attacks()
    assert json.loads(out.getvalue())["format_version"] == 3
    with Diary.open(tmp_path / "b.sqlite3") as copy:
        for _ in range(2):
            copy.import_contents(read_backup(out.getvalue().encode(), "b.json", TODAY))
        assert copy.attacks() == expected


def test_a_schema_4_diary_upgrades_with_every_number_unchanged(tmp_path):
    path = tmp_path / "v4.sqlite3"
    shutil.copy(FIXTURES / "diary-v4.sqlite3", path)
    with Diary.open(path) as diary:
        assert diary.db.execute("PRAGMA user_version").fetchone()[0] == 5 and diary.attacks() == []
        stored = diary_summary(diary, today=TODAY)
        by_hand = summarize(DayIndex(diary.days(), diary.infusions()), diary.infusions(), today=TODAY,
                            courses=diary.courses(), injections=diary.injections(), questionnaires=diary.questionnaires())
    stored.pop("questionnaires")
    assert stored == by_hand
    assert [(m["month"], m["recorded_days"], m["migraine_days"]) for m in stored["months"]] == [("2025-05", 9, 2)]


def test_the_days_csv_lists_the_days_attacks_cover(diary, tmp_path):
    from diary_app.exporters.transfer import export_file

    diary.save_attack(Attack(T(2026, 11, 20, 22, 0), T(2026, 11, 21, 3, 0), severity=7, doses=(sumatriptan(T(2026, 11, 20, 23, 0)),)))
    diary.save_day(DayEntry(D(2026, 11, 21), headache=False, notes="slept it off"))
    export_file(diary, tmp_path / "days.csv", today=TODAY)
    lines = (tmp_path / "days.csv").read_text().splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [["2026-11-20", "yes", "yes", "7"], ["2026-11-21", "yes", "yes", "7"]]
    assert "sumatriptan" in lines[1] and "slept it off" in lines[2]


def test_the_schema_5_fixture_opens_with_its_attacks(tmp_path):
    path = tmp_path / "v5.sqlite3"
    shutil.copy(FIXTURES / "diary-v5.sqlite3", path)
    with Diary.open(path) as diary:
        morning, night = diary.attacks()
        assert (morning.kind, morning.source, night.severity, night.note) == (
            "headache", "migraine-buddy:2025-05-28T08:00", 7, "woke at 3")
        assert [(d.medication.name, d.taken_at) for d in night.doses] == [
            ("sumatriptan", T(2025, 5, 28, 22, 30)), ("ibuprofen", T(2025, 5, 29, 3, 0))]
        days = {d.date: d for d in diary.day_records(D(2025, 5, 28), D(2025, 5, 29))}
        assert (days[D(2025, 5, 28)].migraine, days[D(2025, 5, 29)].migraine, days[D(2025, 5, 29)].severity) == (True, True, 7)
