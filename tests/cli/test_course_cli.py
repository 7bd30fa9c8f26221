"""`course start/stop/list` and `injection` through the installed command (today is 2026-11-26)."""

import json

from diary_app.store import Diary
from tests.sqlite_helpers import query


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_course_is_started_stopped_and_listed_against_its_baseline(run, db_path):
    ok(run("log", "2026-06-01..2026-06-30", "--none"))
    for day in range(1, 17):
        ok(run("log", f"2026-06-{day:02d}", "--migraine"))
    assert ok(run("course", "start", "2026-07-01", "--drug", "Topamax", "--dose", "50 mg twice a day")) == (
        "2026-07-01: course of topiramate started.\n")
    out = ok(run("course", "stop", "2026-08-15", "--drug", "topiramate", "--reason", "side-effects",
                 "--note", "tingling"))
    assert out == "2026-08-15: course of topiramate (from 2026-07-01) stopped: side-effects.\n"
    assert query(db_path, "SELECT start, stop, dose, stop_reason, note FROM courses") == [
        ("2026-07-01", "2026-08-15", "50 mg twice a day", "side-effects", "tingling")]
    listing = json.loads(ok(run("course", "list", "--json")))
    (course,) = listing["courses"]
    assert course["medication"] == "topiramate" and course["stop_reason"] == "side-effects"
    assert course["baseline"]["recorded_days"] == 28 and course["baseline"]["migraine_days_per_28"] == 14.0  # 3-16 June of 3-30 June
    assert listing["preventive_history"] == {"classes_stopped": ["antiepileptic"], "classes_stopped_count": 1}
    text = ok(run("course", "list"))
    assert "topiramate (antiepileptic, 50 mg twice a day): 2026-07-01 to 2026-08-15, stopped: side effects" in text
    assert "    baseline        14  (28/28 days recorded)" in text
    summary = json.loads(ok(run("summary", "--json")))
    assert summary["courses"] == listing["courses"]


def test_stopping_a_course_started_by_injections_records_it(run, db_path):
    assert ok(run("injection", "2026-09-01", "--drug", "Aimovig", "--dose", "70")) == (
        "2026-09-01: injection of erenumab 70 mg recorded.\n")
    ok(run("injection", "2026-10-01", "--drug", "erenumab", "--dose", "70"))
    ok(run("course", "stop", "2026-10-20", "--drug", "aimovig", "--reason", "not-effective"))
    assert query(db_path, "SELECT start, stop, stop_reason FROM courses") == [("2026-09-01", "2026-10-20", "not-effective")]
    (course,) = json.loads(ok(run("course", "list", "--json")))["courses"]
    assert course["recorded"] is True and course["administrations"] == ["2026-09-01", "2026-10-01"]
    assert course["interval_days"] == 28 and course["continuation"]["adequate_trial"] is False


def test_mistakes_are_one_line_and_change_nothing(run, db_path):
    ok(run("course", "start", "2026-10-01", "--drug", "propranolol"))
    before = query(db_path, "SELECT * FROM courses")
    for args, message in [
        (("course", "start", "2026-11-01", "--drug", "Inderal"), "date: a course of propranolol is already running on 2026-11-01 (since 2026-10-01)"),
        (("course", "stop", "2026-09-01", "--drug", "propranolol", "--reason", "other"), "date: no course of propranolol is running on 2026-09-01"),
        (("course", "start", "2026-12-01", "--drug", "candesartan"), "start: 2026-12-01 is in the future"),
        (("injection", "2026-11-01", "--drug", "sumatriptan"), "drug: sumatriptan is an acute medication"),
    ]:
        result = run(*args)
        assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
        assert message in result.stderr
    bad_reason = run("course", "stop", "2026-11-01", "--drug", "propranolol", "--reason", "bored")
    assert bad_reason.returncode == 2 and "invalid choice: 'bored'" in bad_reason.stderr
    again = run("injection", "2026-11-01", "--drug", "Ajovy", "--dose", "675")
    assert again.returncode == 0
    twice = run("injection", "2026-11-01", "--drug", "fremanezumab")
    assert twice.returncode == 1 and "already in the diary" in twice.stderr
    assert query(db_path, "SELECT * FROM courses") == before
    assert query(db_path, "SELECT date, dose_mg FROM injections") == [("2026-11-01", 675.0)]


def test_an_infusion_takes_its_default_kind_from_the_catalogue_role(run, db_path):
    for drug in ("DHE", "ketorolac", "magnesium", "dexamethasone", "valproate", "metoclopramide"):
        assert "acute infusion" in ok(run("infusion", "2026-11-01", "--drug", drug, "--setting", "er"))
    assert "preventive infusion of eptinezumab" in ok(run("infusion", "2026-11-02", "--drug", "Vyepti"))
    assert "preventive infusion of dihydroergotamine" in ok(run("infusion", "2026-11-03", "--drug", "DHE", "--kind", "preventive"))
    with Diary.open(db_path) as diary:
        assert [(i.medication.name, i.kind) for i in diary.infusions()][-2:] == [("eptinezumab", "preventive"),
                                                                                ("dihydroergotamine", "preventive")]
