import datetime as dt
import json
import shutil
from pathlib import Path

import icalendar

from diary_app.store import Diary
from tests.sqlite_helpers import query

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


read = query  # read(path, sql): what the file holds


def test_a_midas_is_recorded_with_its_score_and_grade(run, db_path):
    result = run("questionnaire", "midas", "2026-11-20", "--answers", "3,4,5,0,2", "--a", "30", "--b", "7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2026-11-20: MIDAS score 14, grade III (moderate disability) recorded."
    [q] = Diary.open(db_path).questionnaires()
    assert (q.answers, q.a_days, q.b_pain) == ((3, 4, 5, 0, 2), 30, 7)


def test_a_hit6_takes_words_or_points_and_answering_again_replaces_it(run, db_path):
    first = run("questionnaire", "hit6", "yesterday", "--answers", "never,rarely,sometimes,very often,always,never")
    assert first.returncode == 0, first.stderr
    assert "HIT-6 score 54 (some impact) recorded" in first.stdout
    again = run("questionnaire", "hit6", "2026-11-25", "--answers", "13,13,13,13,13,11")
    assert "score 76 (severe impact) replaced" in again.stdout
    assert [q.score for q in Diary.open(db_path).questionnaires()] == [76]


def test_an_answer_outside_the_range_fails_with_one_line_naming_the_question(run, db_path):
    for args, field in [(("midas", "2026-11-20", "--answers", "3,4,91,0,2"), "question 3"),
                        (("midas", "2026-11-20", "--answers", "3,4,5,0,2", "--b", "11"), "question B"),
                        (("hit6", "2026-11-20", "--answers", "never,never,never,never,often,never"), "question 5"),
                        (("hit6", "2026-11-20", "--answers", "never,never"), "answers")]:
        result = run("questionnaire", *args)
        assert result.returncode == 1
        assert result.stderr.startswith(f"migraine-diary: {field}: ") and result.stderr.count("\n") == 1
    assert not db_path.exists() or Diary.open(db_path).questionnaires() == []


def test_list_and_summary_json_show_the_questionnaires(run):
    run("questionnaire", "midas", "2026-08-20", "--answers", "1,1,1,1,1")
    run("questionnaire", "midas", "2026-11-20", "--answers", "10,5,5,0,2")
    listing = run("questionnaire", "list")
    assert listing.stdout.splitlines() == ["2026-08-20: MIDAS score 5, grade I (little or no disability)",
                                           "2026-11-20: MIDAS score 22, grade IV (severe disability)"]
    summary = json.loads(run("summary", "--json").stdout)
    assert [(m["date"], m["score"], m["grade"]) for m in summary["questionnaires"]["midas"]] == [
        ("2026-08-20", 5, "I"), ("2026-11-20", 22, "IV")]
    assert summary["questionnaires"]["hit6"] == []
    ranged = json.loads(run("summary", "--json", "--from", "2026-10").stdout)
    assert [m["date"] for m in ranged["questionnaires"]["midas"]] == ["2026-11-20"]


def test_export_ics_writes_the_next_infusion_dates(run, tmp_path):
    run("infusion", "2026-10-01", "--drug", "Vyepti", "--dose", "100")
    result = run("export", str(tmp_path / "infusions.ics"))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical((tmp_path / "infusions.ics").read_bytes())
    assert calendar.walk("VEVENT")[0].decoded("DTSTART") == dt.date(2026, 12, 24)


def test_upgrading_an_old_diary_copies_it_aside_first(run, tmp_path):
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "diary-v1.sqlite3", old)
    days_before = read(old, "SELECT * FROM days ORDER BY date")
    result = run("summary", db=old)
    assert result.returncode == 0, result.stderr
    [copy] = (tmp_path / "backups").glob("old-before-upgrade-*.sqlite3")
    assert read(copy, "PRAGMA user_version") == [(1,)]
    assert read(copy, "SELECT * FROM days ORDER BY date") == days_before
    assert read(old, "SELECT * FROM days ORDER BY date") == days_before
    assert json.loads(run("summary", "--json", db=old).stdout)["questionnaires"] == {"midas": [], "hit6": []}
