"""Bearable's CSV export (one row per reading) read into attacks."""

from __future__ import annotations

import pytest

from diary_app.exporters.imports import read_history
from tests.imports.samples import FIXTURES, D, T, dose, outline, write

SAMPLE = FIXTURES / "bearable.csv"
HEADER = "date,weekday,time of day,category,rating/amount,detail,notes\n"


def test_each_migraine_or_headache_reading_is_an_attack_at_the_start_of_its_part_of_the_day(history):
    assert history.format == "Bearable"
    assert outline(history) == [
        (T(2020, 9, 25, 6, 0), None, "migraine", 5),
        (T(2020, 9, 25, 18, 0), None, "headache", 3),
        (T(2020, 10, 1, 12, 0), None, "migraine", 9),
        (T(2020, 10, 2, 6, 0), None, "migraine", 7),
    ]
    assert [a.source for a in history.attacks] == [
        "bearable:2020-09-25-am-migraine", "bearable:2020-09-25-pm-headache",
        "bearable:2020-10-01-mid-migraine", "bearable:2020-10-02-am-migraine"]


@pytest.mark.parametrize(("detail", "rating", "severity"), [
    ("Migraine (Mild)", "1", 3), ("Migraine (Moderate)", "2", 5), ("Migraine (Severe)", "3", 7),
    ("Migraine (Unbearable)", "4", 9), ("Migraine (Extreme)", "4", 9),
    ("Migraine", "1", 3), ("Migraine", "2", 5), ("Migraine", "3", 7), ("Migraine", "4", 9), ("Migraine", "", None),
])
def test_the_0_to_4_severity_maps_to_0_to_10_from_its_word_or_else_its_rating(tmp_path, detail, rating, severity):
    path = write(tmp_path, "b.csv", HEADER + f"3rd Mar 2021,Wed,am,Symptoms,{rating},{detail},\n")
    (attack,) = read_history(path).attacks
    assert attack.severity == severity


def test_a_dose_goes_to_the_attack_of_its_day_begun_by_then_with_the_amount_from_its_cell(history):
    am, pm, october_1, october_2 = history.attacks
    assert am.doses == (dose("sumatriptan", 50, "mg"),)
    assert pm.doses == (dose("ibuprofen", 400, "mg"),)
    assert october_1.doses == (dose("Feverfew", 2, "capsules"),)  # taken before bed, for the midday attack
    assert october_2.doses == ()
    assert history.unknown_medications == ["Feverfew"]


def test_a_preventive_injection_reading_is_an_injection_not_a_dose(history):
    (injection,) = history.injections
    assert (injection.date, injection.medication.name, injection.dose_mg) == (D(2020, 9, 28), "fremanezumab", 225.0)
    assert "1 preventive injection (fremanezumab)" in history.describe()
    assert not any("Fremanezumab" in line for line in history.describe())  # nothing left out


def test_an_acute_dose_on_a_day_without_an_attack_is_named_in_the_preview_not_imported(tmp_path):
    path = write(tmp_path, "b.csv", HEADER + "3rd Mar 2021,Wed,am,Meds/Supplements,50,Sumatriptan (mg),\n")
    assert ("Not imported: 1 medication reading on days without a migraine or headache (Sumatriptan 50 mg on "
            "2021-03-03); the diary keeps doses with attacks, and preventive injections under Treatments"
            ) in read_history(path).describe()


def test_nausea_and_light_sensitivity_readings_flag_the_attacks_of_their_part_of_the_day(history):
    am, pm, october_1, _ = history.attacks
    assert (am.nausea, pm.nausea) == (True, False)
    assert october_1.photophobia and not october_1.nausea


def test_a_none_reading_is_a_headache_free_day_unless_an_attack_is_on_that_day(history, tmp_path):
    assert [d.date for d in history.days] == [D(2020, 9, 26)]
    assert not history.days[0].headache
    mixed = write(tmp_path, "b.csv", HEADER + "3rd Mar 2021,Wed,am,Symptoms,0,Headache (None),\n"
                                              "3rd Mar 2021,Wed,pm,Symptoms,1,Headache (Mild),\n")
    assert read_history(mixed).days == []


def test_notes_are_kept_and_other_readings_and_columns_are_named_in_the_preview(history):
    assert history.attacks[0].note == "Notes: Woke up with it"
    assert history.attacks[2].note == "Notes: Worst in months, stayed in bed"
    assert history.unused_columns == ["weekday"]
    assert "Not imported: 3 other readings: Mood (1), Sleep (1), symptom Fatigue (1)" in history.describe()


def test_a_clock_time_of_day_is_used_as_it_is_and_an_unknown_part_of_the_day_is_kept_in_the_note(tmp_path):
    path = write(tmp_path, "b.csv", HEADER + "3rd Mar 2021,Wed,14:30,Symptoms,2,Migraine (Moderate),\n"
                                             "4th Mar 2021,Thu,siesta,Symptoms,1,Headache (Mild),\n")
    clock, siesta = read_history(path).attacks
    assert (clock.start, clock.note) == (T(2021, 3, 3, 14, 30), "")
    assert (siesta.start, siesta.note) == (T(2021, 3, 4, 0, 0), "Time of day: siesta")
