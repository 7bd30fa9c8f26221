import csv
import hashlib
import json

import pytest

from diary_app.store import Diary
from tests.sqlite_helpers import query


rows = query  # rows(db_path, sql): what the file holds


def test_log_records_a_migraine_with_medications(run, db_path):
    result = run("log", "2026-11-20", "--migraine", "--severity", "7", "--med", "Maxalt", "--note", "awful")
    assert result.returncode == 0, result.stderr
    day = Diary.open(db_path).get_day(__import__("datetime").date(2026, 11, 20))
    assert (day.migraine, day.severity, day.notes) == (True, 7, "awful")
    assert [d.medication.name for d in day.doses] == ["rizatriptan"]


def test_logging_again_updates_only_what_is_given(run, db_path):
    run("log", "2026-11-20", "--migraine", "--severity", "7", "--note", "keep me")
    assert run("log", "2026-11-20", "--med", "ibuprofen").returncode == 0
    assert rows(db_path, "SELECT migraine, severity, notes FROM days") == [(1, 7, "keep me")]


def test_an_unknown_medication_is_kept_and_the_user_is_told(run, db_path):
    result = run("log", "yesterday", "--headache", "--med", "feverfew")
    assert result.returncode == 0
    assert "not in the medication catalogue" in result.stderr
    assert rows(db_path, "SELECT name, drug_class FROM medications") == [("feverfew", "other")]


def test_range_none_fills_only_unrecorded_days(run, db_path):
    run("log", "2026-11-03", "--migraine")
    result = run("log", "2026-11-01..2026-11-05", "--none")
    assert result.returncode == 0, result.stderr
    assert rows(db_path, "SELECT date, migraine FROM days ORDER BY date") == [
        ("2026-11-01", 0), ("2026-11-02", 0), ("2026-11-03", 1), ("2026-11-04", 0), ("2026-11-05", 0)]


def test_bad_values_fail_with_one_line_naming_the_field(run, db_path):
    for args, field in [(("2026-11-20", "--headache", "--severity", "11"), "severity"),
                        (("2026-12-01", "--none"), "date"),
                        (("2026-02-30", "--none"), "date")]:
        result = run("log", *args)
        assert result.returncode != 0
        assert field in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    assert not db_path.exists() or rows(db_path, "SELECT count(*) FROM days") == [(0,)]


def test_infusion_kind_defaults_from_the_catalogue(run, db_path):
    assert run("infusion", "2026-08-01", "--drug", "Vyepti", "--dose", "100").returncode == 0
    assert run("infusion", "2026-06-01", "--drug", "D.H.E. 45", "--days", "3", "--setting", "hospital").returncode == 0
    found = rows(db_path, "SELECT start, days, kind, setting, m.name FROM infusions JOIN medications m "
                          "ON m.id = medication_id ORDER BY start")
    assert found == [("2026-06-01", 3, "acute", "hospital", "dihydroergotamine"),
                     ("2026-08-01", 1, "preventive", "infusion_centre", "eptinezumab")]


def test_import_with_bad_rows_imports_nothing_and_lists_every_problem(run, db_path, tmp_path):
    run("log", "2026-11-01", "--none")
    bad = tmp_path / "days.csv"
    bad.write_text("date,headache,migraine,severity\n2026-11-02,yes,no,3\n2026-11-03,yes,perhaps,\n2026-11-04,yes,yes,99\n")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = run("import", str(bad))
    assert result.returncode != 0
    assert result.stderr.splitlines()[:2] == [f"{bad}:3: migraine: 'perhaps' is not yes/no (use yes, no, y, n, true, false, 1 or 0)",
                                              f"{bad}:4: severity: 99 is outside 0-10"]
    assert rows(db_path, "SELECT date FROM days") == [("2026-11-01",)]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_csv_export_then_import_round_trips(run, db_path, tmp_path):
    run("log", "2026-11-02", "--migraine", "--severity", "6", "--med", "sumatriptan", "--note", "=1+1, Zoë")
    run("log", "2026-11-03", "--none")
    exported = tmp_path / "days.csv"
    assert run("export", str(exported)).returncode == 0
    other = tmp_path / "other.sqlite3"
    assert run("import", str(exported), db=other).returncode == 0
    again = tmp_path / "again.csv"
    run("export", str(again), db=other)
    assert exported.read_text() == again.read_text()
    assert exported.stat().st_mode & 0o777 == 0o600


def test_json_export_into_an_empty_diary_reproduces_it(run, db_path, tmp_path):
    assert run("demo", "--no-open").returncode == 0
    backup = tmp_path / "all.json"
    assert run("export", str(backup)).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert run("import", str(backup), db=copy).returncode == 0
    assert Diary.open(copy).contents() == Diary.open(db_path).contents()


def test_export_range_limits_the_days(run, db_path, tmp_path):
    for date in ("2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01"):
        run("log", date, "--none")
    out = tmp_path / "oct.csv"
    assert run("export", str(out), "--from", "2026-10", "--to", "2026-10").returncode == 0
    with out.open() as handle:
        assert [r["date"] for r in csv.DictReader(handle)] == ["2026-10-01", "2026-10-31"]


def test_summary_json_is_one_object_with_months_and_infusions(run):
    run("demo", "--no-open")
    result = run("summary", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {"months", "ichd3_chronic_migraine", "infusions"} <= summary.keys()
    assert [m["month"] for m in summary["months"]] == sorted(m["month"] for m in summary["months"])
    assert [i["medication"] for i in summary["infusions"]] == ["dihydroergotamine", "eptinezumab", "eptinezumab"]


def test_summary_table_is_readable(run):
    run("demo", "--no-open")
    result = run("summary", "--from", "2026-01", "--to", "2026-03")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("Month")
    assert "2026-02" in result.stdout and "2025-12" not in result.stdout


def test_demo_is_a_chronic_patient_who_improves_after_eptinezumab(run):
    run("demo", "--no-open")
    summary = json.loads(run("summary", "--json").stdout)
    assert summary["ichd3_chronic_migraine"] is True
    assert any(m["medication_overuse"] for m in summary["months"])
    eptinezumab = [i for i in summary["infusions"] if i["medication"] == "eptinezumab"]
    assert eptinezumab[0]["percent_reduction"] > 30
    assert summary["months"][-1]["classification"] != "chronic"
    assert any(m["recorded_days"] < m["days_in_month"] for m in summary["months"])


def test_demo_never_writes_into_a_diary_that_has_data(run, db_path):
    run("log", "2026-11-01", "--migraine")
    result = run("demo", "--no-open")
    assert result.returncode != 0
    assert rows(db_path, "SELECT count(*) FROM days") == [(1,)]


def test_demo_without_db_goes_beside_the_default_diary_not_into_it(run, tmp_path):
    result = run("demo", "--no-open", db=None, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "migraine-diary" / "demo.sqlite3").exists()
    assert not (tmp_path / "data" / "migraine-diary" / "diary.sqlite3").exists()


def test_env_var_chooses_the_diary(run, tmp_path):
    chosen = tmp_path / "chosen.sqlite3"
    assert run("log", "2026-11-01", "--none", db=None, env={"MIGRAINE_DIARY_DB": str(chosen)}).returncode == 0
    assert rows(chosen, "SELECT count(*) FROM days") == [(1,)]


def test_opening_a_foreign_file_fails_cleanly_and_leaves_it(run, tmp_path):
    foreign = tmp_path / "photos.db"
    foreign.write_bytes(b"GIF89a not a database at all")
    before = foreign.read_bytes()
    result = run("summary", db=foreign)
    assert result.returncode != 0
    assert "not an SQLite database" in result.stderr and "Traceback" not in result.stderr
    assert foreign.read_bytes() == before


def test_no_display_is_one_line_not_a_traceback(run):
    result = run()
    assert result.returncode != 0
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_every_command_has_help(run):
    for command in ("log", "infusion", "import", "export", "summary", "demo", "backup", "restore"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_python_dash_m_does_the_same(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "diary_app", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "migraine-diary" in result.stdout


def test_backup_and_restore_never_destroy_data(run, db_path):
    run("log", "2026-11-01", "--migraine")
    made = run("backup")
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.split("Backup written to ")[1].strip().rstrip(".")
    run("log", "2026-11-02", "--migraine")
    restored = run("restore", backup_file)
    assert restored.returncode == 0, restored.stderr
    assert rows(db_path, "SELECT date FROM days") == [("2026-11-01",)]
    saved_aside = restored.stdout.split("is saved at ")[1].split("\n")[0].strip().rstrip(".")
    assert rows(saved_aside, "SELECT date FROM days ORDER BY date") == [("2026-11-01",), ("2026-11-02",)]


def test_reimporting_the_days_csv_keeps_dose_details_and_says_what_it_replaced(run, db_path, tmp_path):
    from diary_app.domain import catalogue
    from diary_app.domain.models import DayEntry, Dose
    import datetime as dt

    with Diary.open(db_path) as diary:
        diary.save_day(DayEntry(dt.date(2026, 11, 20), headache=True, migraine=True, severity=8,
                                doses=(Dose(catalogue.resolve("sumatriptan"), 50, "mg", 3, "second at noon"),)))
    exported = tmp_path / "days.csv"
    assert run("export", str(exported)).returncode == 0
    result = run("import", str(exported))
    assert result.returncode == 0
    assert "1 of them replaced days already recorded" in result.stdout
    dose = Diary.open(db_path).get_day(dt.date(2026, 11, 20)).doses[0]
    assert (dose.amount, dose.unit, dose.relief, dose.note) == (50, "mg", 3, "second at noon")


def test_demo_refuses_a_diary_that_holds_only_questionnaires(run, db_path):
    assert run("questionnaire", "midas", "2026-11-01", "--answers", "1,1,1,1,1").returncode == 0
    result = run("demo", "--no-open")
    assert result.returncode != 0 and "already holds a diary" in result.stderr
    assert rows(db_path, "SELECT count(*) FROM days") == [(0,)]


def test_a_backup_with_a_broken_setting_imports_nothing(run, db_path, tmp_path):
    backup = tmp_path / "b.json"
    backup.write_text(json.dumps({"format": "migraine-diary-backup", "format_version": 1,
                                  "days": [{"date": "2026-11-01", "headache": False}],
                                  "settings": {"infusion_intervals": {"eptinezumab": "abc"}}}))
    result = run("import", str(backup))
    assert result.returncode != 0
    assert "settings: settings.infusion_intervals: eptinezumab: 'abc' is not a whole number of days" in result.stderr
    assert not db_path.exists() or rows(db_path, "SELECT count(*) FROM days") == [(0,)]


def test_a_usage_mistake_is_one_line(run):
    result = run("summary", "--from", "2026-13")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--from" in result.stderr


def test_reading_commands_do_not_create_a_diary_at_a_mistyped_path(run, tmp_path):
    missing = tmp_path / "typo.sqlite3"
    for args in (("summary",), ("export", str(tmp_path / "x.csv")), ("questionnaire", "list")):
        result = run(*args, db=missing)
        assert result.returncode != 0 and "there is no diary here" in result.stderr
    assert not missing.exists()


def test_with_no_display_the_window_is_refused_in_one_line(run, db_path):
    for result in (run(db=None, env={"MIGRAINE_DIARY_DB": str(db_path)}), run()):  # no arguments; --db only
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.strip().splitlines() == [
            "migraine-diary: no display is available to open the window; set QT_QPA_PLATFORM=offscreen, "
            "or use the command-line commands (migraine-diary --help)"]


def test_with_no_arguments_the_window_opens_on_the_default_diary_without_parsing(monkeypatch, tmp_path):
    """The desktop launcher's way in: straight to the window, none of the commands' parsers built."""
    import diary_app.cli.parser
    import diary_app.ui.app
    from diary_app.cli import main

    opened = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("MIGRAINE_DIARY_DB", str(tmp_path / "mine.sqlite3"))
    monkeypatch.setattr(diary_app.ui.app, "run", lambda path: opened.append(path) or 7)
    monkeypatch.setattr(diary_app.cli.parser, "build_parser", lambda: pytest.fail("the parser was built"))
    assert main([]) == 7
    assert opened == [tmp_path / "mine.sqlite3"]
