import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from diary_app.domain.errors import ImportFileError, ValidationError
from diary_app.domain.questionnaires import Questionnaire
from diary_app.domain.record import replace
from diary_app.exporters.backup_json import read_backup, write_backup
from diary_app.store import Diary, schema
from diary_app.store.summary import diary_summary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TODAY = dt.date(2026, 11, 26)
D = dt.date(2026, 11, 20)
MIDAS = Questionnaire("midas", D, (3, 4, 5, 0, 2), a_days=30, b_pain=7, notes="Zoë: 頭痛, bad quarter")
HIT6 = Questionnaire("hit6", D, (11, 10, 13, 8, 10, 6))


def raw_tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every diary table, as SQLite holds it."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in names if not t.startswith("_")}
    finally:
        conn.close()


def test_a_saved_questionnaire_comes_back_exactly_with_its_id(diary):
    saved = diary.save_questionnaire(MIDAS)
    assert saved.id is not None
    assert diary.questionnaires() == [MIDAS]
    assert diary.questionnaires()[0].id == saved.id


def test_questionnaires_are_listed_oldest_first_and_by_kind(diary):
    later = replace(MIDAS, date=D + dt.timedelta(days=3))
    for q in (later, HIT6, MIDAS):
        diary.save_questionnaire(q)
    assert [q.date for q in diary.questionnaires("midas")] == [D, later.date]
    assert diary.questionnaires("hit6") == [HIT6]
    assert diary.questionnaires(first=D + dt.timedelta(days=1)) == [later]


def test_editing_a_questionnaire_changes_it_in_place(diary):
    saved = diary.save_questionnaire(HIT6)
    diary.save_questionnaire(replace(saved, answers=(13,) * 6, date=D - dt.timedelta(days=1)))
    [only] = diary.questionnaires()
    assert (only.id, only.score, only.date) == (saved.id, 78, D - dt.timedelta(days=1))


def test_a_second_questionnaire_of_a_kind_on_one_date_is_refused_by_date(diary):
    diary.save_questionnaire(MIDAS)
    diary.save_questionnaire(HIT6)  # another kind on the same date is fine
    with pytest.raises(ValidationError) as err:
        diary.save_questionnaire(replace(MIDAS, answers=(0,) * 5))
    assert err.value.field == "date"
    assert diary.questionnaires("midas") == [MIDAS]


def test_deleting_a_questionnaire_removes_only_that_one(diary):
    keep, gone = diary.save_questionnaire(MIDAS), diary.save_questionnaire(HIT6)
    diary.delete_questionnaire(gone.id)
    assert diary.questionnaires() == [keep]


def test_the_schema_itself_refuses_impossible_answers(diary):
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("INSERT INTO questionnaires (kind, date, q1, q2, q3, q4, q5, q6, created_at, updated_at) "
                         "VALUES ('hit6', '2026-11-20', 6, 6, 6, 6, 6, 7, 'x', 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("INSERT INTO questionnaires (kind, date, q1, q2, q3, q4, q5, created_at, updated_at) "
                         "VALUES ('midas', '2026-11-20', 0, 0, 0, 0, 91, 'x', 'x')")


def test_the_json_backup_carries_questionnaires_and_reads_them_back(tmp_path):
    with Diary.open(tmp_path / "a.sqlite3") as original:
        original.save_questionnaire(MIDAS)
        original.save_questionnaire(HIT6)
        out = io.StringIO()
        write_backup(out, original.contents())
    contents = read_backup(out.getvalue().encode(), "backup.json", TODAY)
    with Diary.open(tmp_path / "b.sqlite3") as copy:
        copy.save_questionnaire(replace(MIDAS, answers=(90,) * 5))  # replaced: same kind and date
        copy.import_contents(contents)
        assert copy.questionnaires() == [MIDAS, HIT6]


def test_a_bad_questionnaire_in_a_backup_is_reported_by_its_place_and_question():
    doc = {"format": "migraine-diary-backup", "format_version": 1, "questionnaires": [
        {"kind": "midas", "date": "2026-11-01", "answers": [1, 2, 3, 4, 5]},
        {"kind": "hit6", "date": "2026-11-01", "answers": [6, 8, 10, 11, 13, 6]},
        {"kind": "midas", "date": "2026-11-02", "answers": [1, 2, 95, 4, 5]},
        {"kind": "midas", "date": "2026-11-01", "answers": [0, 0, 0, 0, 0]},
    ]}
    with pytest.raises(ImportFileError) as err:
        read_backup(json.dumps(doc, indent=1).encode(), "b.json", TODAY)
    assert [(p.line, p.field) for p in err.value.problems] == [(28, "questionnaires[2]: question 3"),
                                                              (39, "questionnaires[3]: date")]
    assert "b.json:28: questionnaires[2]: question 3: 95 is outside 0-90" in str(err.value)


def test_summary_lists_questionnaires_within_the_range(diary):
    diary.save_questionnaire(MIDAS)
    diary.save_questionnaire(replace(HIT6, date=dt.date(2026, 9, 30)))
    everything = diary_summary(diary, today=TODAY)["questionnaires"]
    assert [item["score"] for item in everything["midas"]] == [14]
    assert [item["date"] for item in everything["hit6"]] == ["2026-09-30"]
    november = diary_summary(diary, today=TODAY, first_month=(2026, 10), last_month=(2026, 11))["questionnaires"]
    assert november["hit6"] == [] and len(november["midas"]) == 1


def test_a_schema_1_diary_upgrades_keeping_everything_and_gains_an_empty_questionnaires_table(tmp_path):
    copy = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "diary-v1.sqlite3", copy)
    before = raw_tables(copy)
    assert "questionnaires" not in before and before["days"] and before["infusions"] and before["settings"]
    with Diary.open(copy) as diary:
        assert diary.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version() >= 2
        assert diary.questionnaires() == []
        summary = diary_summary(diary, today=TODAY)
    after = raw_tables(copy)
    assert after.pop("questionnaires") == []
    assert after.pop("trigger_uses")  # schema 3: counted from the days kept
    assert after.pop("courses") == [] and after.pop("injections") == []  # schema 4
    assert after.pop("attacks") == [] and after.pop("attack_doses") == []  # schema 5
    assert after == before
    assert summary["questionnaires"] == {"midas": [], "hit6": []}


def test_a_schema_2_diary_opens_with_its_questionnaires(tmp_path):
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(FIXTURES / "diary-v2.sqlite3", copy)
    with Diary.open(copy) as diary:
        items = diary.questionnaires()
        assert [(q.kind, q.date, q.score) for q in items] == [("midas", dt.date(2025, 5, 20), 14),
                                                              ("hit6", dt.date(2025, 5, 29), 58)]
        assert (items[0].a_days, items[0].b_pain) == (30, 7)
        assert len(diary.days()) == 9 and len(diary.infusions()) == 1
