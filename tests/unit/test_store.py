import datetime as dt
import hashlib
import sqlite3

import pytest

from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError, DiaryFileError, ValidationError
from diary_app.domain.models import DayEntry, DiaryContents, Dose, Infusion, Medication
from diary_app.store import Diary
from diary_app.store import schema, version

D = dt.date(2025, 3, 10)


def migraine(date, *meds, severity=7):
    return DayEntry(date, headache=True, migraine=True, severity=severity,
                    doses=tuple(Dose(catalogue.resolve(m), 50, "mg", 2) for m in meds))


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_saved_day_comes_back_exactly(diary):
    entry = DayEntry(D, headache=True, migraine=True, severity=8, duration_hours=12.5, aura=True, nausea=True,
                     photophobia=True, phonophobia=False, disability="severe", menstruation=True,
                     triggers=("red wine", "stress"), notes="Zoë's birthday, 頭痛",
                     doses=(Dose(catalogue.resolve("Imitrex"), 100, "mg", 3, "second dose at noon"),))
    diary.save_day(entry)
    assert diary.get_day(D) == entry


def test_unrecorded_days_are_not_stored_as_headache_free(diary):
    diary.save_day(migraine(D))
    assert diary.get_day(D + dt.timedelta(days=1)) is None
    assert diary.recorded_dates() == {D}


def test_saving_a_day_again_replaces_it_and_its_doses(diary):
    diary.save_day(migraine(D, "sumatriptan", "ibuprofen"))
    diary.save_day(DayEntry(D, headache=True, severity=3, doses=(Dose(catalogue.resolve("naproxen")),)))
    day = diary.get_day(D)
    assert (day.migraine, day.severity) == (False, 3)
    assert [d.medication.name for d in day.doses] == ["naproxen"]


def test_created_timestamp_survives_an_update(diary):
    diary.save_day(migraine(D))
    created = diary.get_day(D).created_at
    diary.save_day(DayEntry(D, headache=False))
    assert diary.get_day(D).created_at == created


def test_mark_headache_free_never_overwrites_recorded_days(diary):
    diary.save_day(migraine(D))
    marked = diary.mark_headache_free(D - dt.timedelta(days=2), D + dt.timedelta(days=2))
    assert len(marked) == 4 and D not in marked
    assert diary.get_day(D).migraine is True
    assert diary.get_day(D + dt.timedelta(days=1)) == DayEntry.headache_free(D + dt.timedelta(days=1))


def test_deleting_a_day_makes_it_unrecorded_and_removes_its_doses(diary):
    diary.save_day(migraine(D, "sumatriptan"))
    diary.delete_day(D)
    assert diary.get_day(D) is None
    assert diary.db.execute("SELECT count(*) FROM doses").fetchone()[0] == 0


def test_a_failed_save_changes_nothing(diary):
    diary.save_day(migraine(D))
    bad = DayEntry(D + dt.timedelta(days=1), headache=False, migraine=True)  # the schema refuses this
    with pytest.raises(DiaryError):
        diary.save_days([migraine(D, severity=2), bad])
    assert diary.get_day(D).severity == 7
    assert diary.get_day(D + dt.timedelta(days=1)) is None


def test_the_schema_itself_enforces_ranges(diary):
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("INSERT INTO days (date, headache, migraine, severity, created_at, updated_at) "
                         "VALUES ('2025-01-01', 1, 1, 11, '', '')")
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("INSERT INTO days (date, headache, migraine, created_at, updated_at) "
                         "VALUES ('2025-02-30', 1, 1, '', '')")


def test_foreign_keys_are_enforced(diary):
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("INSERT INTO doses (date, medication_id) VALUES ('2025-01-01', 999)")


def test_medications_taken_join_the_users_list_once(diary):
    diary.save_day(migraine(D, "Imitrex"))
    diary.save_day(migraine(D + dt.timedelta(days=1), "sumatriptan", "feverfew"))
    names = [m.name for m in diary.medications()]
    assert names == ["feverfew", "sumatriptan"]


def test_a_used_medication_cannot_be_removed(diary):
    diary.save_day(migraine(D, "sumatriptan"))
    with pytest.raises(DiaryError):
        diary.delete_medication("sumatriptan")
    diary.save_medication(Medication("magnesium", "preventive", "oral", "preventive", known=False))
    diary.delete_medication("magnesium")
    assert [m.name for m in diary.medications()] == ["sumatriptan"]


def test_infusions_are_added_updated_and_deleted(diary):
    saved = diary.save_infusion(Infusion(D, catalogue.resolve("Vyepti"), dose_mg=100))
    assert saved.id is not None
    diary.save_infusion(Infusion(D, catalogue.resolve("Vyepti"), dose_mg=300, id=saved.id))
    assert [(i.dose_mg, i.medication.name) for i in diary.infusions()] == [(300, "eptinezumab")]
    diary.delete_infusion(saved.id)
    assert diary.infusions() == []


def test_triggers_are_offered_most_used_first(diary):
    diary.save_day(DayEntry(D, headache=True, triggers=("stress", "wine")))
    diary.save_day(DayEntry(D + dt.timedelta(days=1), headache=True, triggers=("stress",)))
    assert diary.triggers() == ["stress", "wine"]


def _recount(diary) -> dict[str, int]:
    """On how many days each trigger was recorded, read from the days themselves."""
    query = "SELECT value, count(DISTINCT date) FROM days, json_each(days.triggers) WHERE type = 'text' GROUP BY value"
    return dict(diary.db.execute(query).fetchall())


def test_trigger_counts_follow_every_kind_of_write(diary):
    day = lambda n, *triggers: DayEntry(D + dt.timedelta(days=n), headache=True, triggers=triggers)  # noqa: E731
    diary.save_days([day(0, "stress", "wine"), day(1, "stress"), day(2, "Stress", "sleep")])
    assert diary.triggers() == ["stress", "sleep", "Stress", "wine"]  # ties in name order, case kept
    diary.save_day(day(1, "wine", "sleep"))  # a day saved again with other triggers
    diary.delete_day(D + dt.timedelta(days=2))
    diary.mark_headache_free(D + dt.timedelta(days=3), D + dt.timedelta(days=5))
    diary.import_contents(DiaryContents(days=(day(4, "wine"),)))  # replaces a marked day
    stored = dict(diary.db.execute("SELECT name, days FROM trigger_uses").fetchall())
    assert stored == _recount(diary) == {"wine": 3, "stress": 1, "sleep": 1}
    assert diary.triggers() == ["wine", "sleep", "stress"]
    diary.delete_days([D + dt.timedelta(days=n) for n in range(6)])
    assert diary.triggers() == [] and _recount(diary) == {}


def test_trigger_counts_skip_what_is_not_text(diary):
    diary.db.execute(  # another tool's row: any JSON passes the table's check
        "INSERT INTO days (date, headache, migraine, triggers, created_at, updated_at) "
        "VALUES ('2026-11-01', 1, 0, '[\"stress\", 3, null, {\"a\": 1}]', 'x', 'x')")
    assert diary.triggers() == ["stress"]
    diary.delete_day(dt.date(2026, 11, 1))
    assert diary.triggers() == []


def test_trigger_counts_of_a_failed_save_roll_back_with_it(diary):
    diary.save_day(DayEntry(D, headache=True, triggers=("stress",)))
    with pytest.raises(DiaryError):
        diary.save_days([DayEntry(D, headache=True, triggers=("wine",)),
                         DayEntry(D + dt.timedelta(days=1), headache=True, severity=11)])
    assert diary.triggers() == ["stress"]


def test_settings_round_trip_json_values(diary):
    diary.set_setting("patient_name", "Zoë")
    diary.set_setting("infusion_intervals", {"eptinezumab": 90})
    assert diary.setting("patient_name") == "Zoë"
    assert diary.settings()["infusion_intervals"] == {"eptinezumab": 90}
    assert diary.setting("missing", 5) == 5


def test_new_diary_file_is_private_wal_and_stamped(db_path):
    with Diary.open(db_path) as diary:
        assert diary.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert diary.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
        assert diary.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_parent_folders_are_created_private(tmp_path):
    path = tmp_path / "new" / "folder" / "diary.sqlite3"
    Diary.open(path).close()
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n")
    before = sha(path)
    with pytest.raises(DiaryFileError, match="not an SQLite database"):
        Diary.open(path)
    assert sha(path) == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(DiaryFileError, match="another program"):
        Diary.open(path)
    assert sha(path) == before


def test_a_diary_from_a_newer_version_is_refused_and_left_untouched(db_path):
    Diary.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.close()
    before = sha(db_path)
    with pytest.raises(DiaryFileError, match="newer version"):
        Diary.open(db_path)
    assert sha(db_path) == before


def test_a_truncated_diary_is_refused_and_left_untouched(db_path):
    with Diary.open(db_path) as diary:
        diary.save_days([migraine(D + dt.timedelta(days=i)) for i in range(300)])
        diary.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    before = sha(db_path)
    with pytest.raises(DiaryFileError):
        Diary.open(db_path)
    assert sha(db_path) == before


def test_an_empty_file_becomes_a_new_diary(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Diary.open(path) as diary:
        assert diary.date_span() is None


def test_a_read_only_diary_opens_for_reading_and_saving_says_why(db_path, monkeypatch):
    with Diary.open(db_path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 1), headache=True))
    before = sha(db_path)
    # Tests run as root, who may write anything: present the file as the OS would to its owner.
    monkeypatch.setattr("diary_app.store.files.os.access", lambda path, mode: False)
    with Diary.open(db_path) as diary:
        assert diary.recorded_dates() == {dt.date(2026, 11, 1)}
        with pytest.raises(DiaryError, match="read-only"):
            diary.save_day(DayEntry(dt.date(2026, 11, 2), headache=True))
    assert sha(db_path) == before


def test_the_summary_index_from_sql_equals_the_one_from_day_entries(diary):
    from diary_app.domain import analysis
    from diary_app.domain.demo import demo_contents
    from diary_app.store.summary import day_index

    diary.import_contents(demo_contents(dt.date(2026, 11, 26)))
    from_sql = day_index(diary)
    from_entries = analysis.DayIndex(diary.days(), diary.infusions())  # the DHE course days are ergot days
    assert sorted(from_sql.items()) == sorted(from_entries.items())


def test_the_version_constant_counts_the_migrations():
    assert version.SCHEMA_VERSION == schema.schema_version()


def test_opening_a_current_diary_does_not_load_sqlite_utils(db_path):
    import subprocess
    import sys

    Diary.open(db_path).close()
    code = (f"import sys; from diary_app.store import Diary; Diary.open({str(db_path)!r}).close(); "
            "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr


@pytest.mark.parametrize("key, value", [
    ("infusion_intervals", {"eptinezumab": "abc"}),
    ("infusion_intervals", {"eptinezumab": 99_999_999_999}),
    ("infusion_intervals", {"eptinezumab": -5}),
    ("paper_size", "A3"),
    ("patient_birth_date", "1990-02-30"),
    ("reminder_time", "25:00"),
    ("reminder_enabled", "yes"),
])
def test_a_known_setting_with_a_wrong_value_is_refused(diary, key, value):
    with pytest.raises(ValidationError) as err:
        diary.set_setting(key, value)
    assert err.value.field == f"settings.{key}"
    assert diary.settings() == {}


def test_a_bad_interval_already_in_a_file_falls_back_to_the_default():
    from diary_app.domain.analysis.outcomes import interval_for

    assert interval_for("eptinezumab", {"eptinezumab": "abc"}) == 84
    assert interval_for("eptinezumab", {"Eptinezumab": 90}) == 90


def test_trigger_counts_bypassed_by_another_programs_replace_are_mended(diary):
    diary.save_day(DayEntry(D, headache=True, triggers=("stress",)))
    other = sqlite3.connect(diary.path)  # another program: its REPLACE deletes the old row without
    with other:                          # the DELETE trigger (foreign keys and recursive triggers off)
        other.execute("INSERT OR REPLACE INTO days (date, headache, migraine, triggers, created_at, updated_at) "
                      "VALUES (?, 1, 0, '[\"wine\"]', 'x', 'x')", [D.isoformat()])
    other.close()
    assert diary.triggers() == ["stress", "wine"]  # stale: no day says stress any more
    assert diary.mend_trigger_counts() is True
    assert diary.triggers() == ["wine"] and _recount(diary) == {"wine": 1}
    assert diary.mend_trigger_counts() is False  # right counts are left alone
