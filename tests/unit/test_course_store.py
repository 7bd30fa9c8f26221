"""Courses and injections in the diary file: saved in one transaction, kept by backups, upgraded into."""

import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from diary_app.domain.catalogue import lookup, resolve
from diary_app.domain.demo import demo_contents
from diary_app.domain.errors import DiaryError, ImportFileError, ValidationError
from diary_app.domain.models import Course, Injection
from diary_app.exporters.backup_json import read_backup, write_backup
from diary_app.store import Diary
from diary_app.store.summary import course_spans, diary_summary
from tests.sqlite_helpers import query

TODAY = dt.date(2026, 11, 26)
D = dt.date
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_courses_and_injections_are_saved_updated_and_deleted(diary):
    course = diary.save_course(Course(lookup("topiramate"), D(2026, 1, 1), dose="25 mg"))
    stopped = diary.save_course(Course(course.medication, course.start, D(2026, 3, 1), "25 mg", "side-effects", "tired",
                                       id=course.id))
    assert diary.courses() == [stopped] and diary.courses()[0].id == course.id
    shot = diary.save_injection(Injection(D(2026, 2, 1), lookup("erenumab"), 140.0, "left thigh"))
    assert diary.injections() == [shot]
    diary.delete_injection(shot.id)
    diary.delete_course(course.id)
    assert diary.courses() == [] and diary.injections() == []


def test_a_deleted_course_or_injection_comes_back_under_its_own_id(diary):
    course = diary.save_course(Course(lookup("topiramate"), D(2026, 1, 1), dose="25 mg"))
    shot = diary.save_injection(Injection(D(2026, 2, 1), lookup("erenumab"), 140.0))
    diary.delete_course(course.id)
    diary.delete_injection(shot.id)
    diary.restore_course(course)
    diary.restore_injection(shot)
    assert [c.id for c in diary.courses()] == [course.id] and diary.courses() == [course]
    assert [j.id for j in diary.injections()] == [shot.id] and diary.injections() == [shot]


def test_overlapping_courses_of_one_drug_and_two_injections_a_day_are_refused(diary):
    diary.save_course(Course(lookup("topiramate"), D(2026, 1, 1), D(2026, 3, 1)))
    with pytest.raises(ValidationError, match="overlaps"):
        diary.save_course(Course(resolve("Topamax"), D(2026, 2, 1)))
    diary.save_course(Course(lookup("topiramate"), D(2026, 3, 2)))  # the day after: fine
    diary.save_injection(Injection(D(2026, 2, 1), lookup("erenumab")))
    with pytest.raises(ValidationError, match="already in the diary"):
        diary.save_injection(Injection(D(2026, 2, 1), resolve("Aimovig"), 70.0))
    assert len(diary.courses()) == 2 and len(diary.injections()) == 1


def test_a_medication_used_by_a_course_or_an_injection_cannot_be_removed(diary):
    diary.save_course(Course(lookup("candesartan"), D(2026, 1, 1)))
    diary.save_injection(Injection(D(2026, 2, 1), lookup("galcanezumab")))
    for name in ("candesartan", "galcanezumab"):
        with pytest.raises(DiaryError, match="cannot be removed"):
            diary.delete_medication(name)


def test_the_schema_refuses_a_stop_before_the_start_and_a_reason_without_a_stop(diary):
    diary.save_course(Course(lookup("topiramate"), D(2026, 1, 1)))
    for sql in ("UPDATE courses SET stop = '2025-12-31'", "UPDATE courses SET stop_reason = 'other'",
                "UPDATE courses SET stop = '2026-02-01', stop_reason = 'bored'"):
        with pytest.raises(sqlite3.IntegrityError):
            diary.db.execute(sql)


def test_a_json_backup_keeps_courses_and_injections_exactly(tmp_path):
    with Diary.open(tmp_path / "a.sqlite3") as original:
        original.import_contents(demo_contents(TODAY))
        original.save_injection(Injection(D(2026, 10, 1), lookup("fremanezumab"), 675.0, "quarterly"))
        out = io.StringIO()
        write_backup(out, original.contents())
        expected = original.contents()
    doc = json.loads(out.getvalue())
    assert doc["format_version"] == 2 and len(doc["courses"]) == 2 and doc["injections"][0]["dose_mg"] == 675.0
    with Diary.open(tmp_path / "b.sqlite3") as copy:
        copy.import_contents(read_backup(out.getvalue().encode(), "b.json", TODAY))
        assert copy.contents() == expected
        assert [c.stop_reason for c in copy.courses()] == ["side-effects", "not-effective"]


def test_a_backup_without_courses_is_still_written_as_format_1(tmp_path):
    with Diary.open(tmp_path / "a.sqlite3") as diary:
        diary.mark_headache_free(D(2026, 11, 1), D(2026, 11, 2))
        out = io.StringIO()
        write_backup(out, diary.contents())
    assert json.loads(out.getvalue())["format_version"] == 1  # an older app can still read it


def test_a_bad_course_in_a_backup_is_reported_by_its_place():
    doc = {"format": "migraine-diary-backup", "format_version": 2,
           "courses": [{"medication": "topiramate", "start": "2026-01-01", "stop": "2025-01-01"},
                       {"medication": "topiramate", "start": "2026-02-01", "stop_reason": "bored"}],
           "injections": [{"medication": "erenumab", "date": "2027-01-01"}]}
    with pytest.raises(ImportFileError) as caught:
        read_backup(json.dumps(doc, indent=1).encode(), "b.json", TODAY)
    lines = str(caught.value).splitlines()
    assert any("courses[0]: stop: 2025-01-01 is before the start 2026-01-01" in line for line in lines)
    assert any("courses[1]: reason: 'bored' is not one of" in line for line in lines)
    assert any("injections[0]: date: 2027-01-01 is in the future" in line for line in lines)
    assert all(line.startswith("b.json:") for line in lines[:-1]) and lines[-1] == "nothing was imported"


def test_a_schema_3_diary_upgrades_to_courses_and_learns_the_new_catalogue_drugs(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "diary-v3.sqlite3", path)
    conn = sqlite3.connect(path)
    with conn:  # as version 3 stored drugs its catalogue did not know
        conn.executemany("INSERT INTO medications (name, drug_class, route, role, known) VALUES (?, ?, ?, ?, 0)",
                         [("Butorphanol", "other", "oral", "acute"), ("candesartan", "other", "oral", "acute"),
                          ("Magnesium", "other", "oral", "preventive"), ("Tapentadol", "opioid", "oral", "acute"),
                          ("Feverfew", "other", "oral", "acute")])
    conn.close()
    before = query(path, "SELECT date, headache, migraine FROM days ORDER BY date")
    with Diary.open(path) as diary:
        meds = {m.name: m for m in diary.medications()}
        assert (meds["Butorphanol"].drug_class, meds["Butorphanol"].role, meds["Butorphanol"].known) == ("opioid", "acute", True)
        assert (meds["candesartan"].drug_class, meds["candesartan"].role) == ("preventive", "preventive")
        assert (meds["Magnesium"].drug_class, meds["Magnesium"].role) == ("other", "preventive")  # the person's role stays
        assert (meds["Tapentadol"].known, meds["Feverfew"].known) == (False, False)  # a chosen class, an unknown drug
        assert diary.courses() == [] and diary.injections() == []
        (span,) = course_spans(diary, TODAY)  # its eptinezumab infusion starts a course
        assert span.medication.name == "eptinezumab" and span.recorded is None
        assert diary_summary(diary, today=TODAY)["courses"][0]["administrations"] == ["2025-05-22"]
    assert query(path, "SELECT date, headache, migraine FROM days ORDER BY date") == before


def test_the_schema_4_fixture_opens_with_its_course_and_injection(tmp_path):
    path = tmp_path / "v4.sqlite3"
    shutil.copy(FIXTURES / "diary-v4.sqlite3", path)
    with Diary.open(path) as diary:
        (course,) = diary.courses()
        assert (course.medication.name, course.start, course.stop, course.stop_reason) == (
            "topiramate", D(2025, 5, 20), D(2025, 5, 29), "side-effects")
        (shot,) = diary.injections()
        assert (shot.medication.name, shot.date, shot.dose_mg) == ("erenumab", D(2025, 5, 25), 70.0)
