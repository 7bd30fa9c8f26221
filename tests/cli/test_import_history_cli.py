"""`migraine-diary import` of other apps' exports (today is 2026-11-26)."""

import json
from pathlib import Path

import pytest

from diary_app.exporters.imports import read_history
from tests.sqlite_helpers import query

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
EXPORTS = ["migraine_buddy.csv", "bearable.csv", "headi.csv", "apple_health_export.xml"]


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def typed_by_hand(run, db, name):
    """The same history typed with `attack` and `log --none`, as a person would from paper."""
    parsed = read_history(SAMPLES / name)
    for attack in parsed.attacks:
        args = ["attack", f"{attack.start:%Y-%m-%d %H:%M}", f"--{attack.kind}"]
        if attack.end is not None:
            args += ["--end", f"{attack.end:%Y-%m-%d %H:%M}"]
        if attack.severity is not None:
            args += ["--severity", str(attack.severity)]
        for dose in attack.doses:
            args += ["--med", dose.medication.name + (f"@{dose.taken_at:%H:%M}" if dose.taken_at else "")]
        ok(run(*args, db=db))
    for day in parsed.days:
        ok(run("log", day.date.isoformat(), "--none", db=db))
    for injection in parsed.injections:
        ok(run("injection", injection.date.isoformat(), "--drug", injection.medication.name,
               *(["--dose", f"{injection.dose_mg:g}"] if injection.dose_mg is not None else []), db=db))


@pytest.mark.parametrize("name", EXPORTS)
def test_an_export_imports_once_and_its_summary_equals_the_same_history_typed_by_hand(run, db_path, tmp_path, name):
    dry = ok(run("import", str(SAMPLES / name), "--dry-run"))
    assert dry.splitlines()[-1] == "Nothing was written (--dry-run)." and not db_path.exists()
    first = ok(run("import", str(SAMPLES / name)))
    assert first.startswith("Imported ") and "attack(s)" in first
    summary = json.loads(ok(run("summary", "--json")))
    again = ok(run("import", str(SAMPLES / name)))
    assert "Imported 0 attack(s)" in again and "already in the diary were skipped" in again
    assert json.loads(ok(run("summary", "--json"))) == summary
    by_hand = tmp_path / "by-hand.sqlite3"
    typed_by_hand(run, by_hand, name)
    assert json.loads(ok(run("summary", "--json", db=by_hand))) == summary
    assert any(m["migraine_days"] or m["headache_days"] for m in summary["months"])


def test_attack_only_exports_leave_the_days_between_unrecorded_unless_asked(run, db_path, tmp_path):
    ok(run("import", str(SAMPLES / "migraine_buddy.csv")))
    months = json.loads(ok(run("summary", "--json")))["months"]
    assert all(m["classification"] != "episodic" for m in months)  # days without attacks are unknown
    filled = tmp_path / "filled.sqlite3"
    out = ok(run("import", str(SAMPLES / "migraine_buddy.csv"), "--fill-headache-free", db=filled))
    free = query(filled, "SELECT count(*) FROM days WHERE headache = 0")[0][0]
    assert free > 0 and f"and {free} headache-free day(s)" in out
    first, last = query(filled, "SELECT min(date), max(date) FROM days")[0]
    assert (first, last) >= ("2020-09-25", "2020-09-25") and last <= "2020-11-10"


def test_a_damaged_export_names_its_format_and_line_and_writes_nothing(run, db_path):
    ok(run("log", "2026-11-01", "--none"))
    before = query(db_path, "SELECT * FROM days")
    result = run("import", str(SAMPLES / "migraine_buddy_damaged.csv"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].endswith("looks like an export from Migraine Buddy, but it has problems:")
    assert ":5: Started:" in lines[1] and lines[-1] == "nothing was imported"
    unknown = run("import", str(SAMPLES / "README.md"))
    assert unknown.returncode == 1 and "is none of the formats the diary can import" in unknown.stderr
    assert query(db_path, "SELECT * FROM days") == before and query(db_path, "SELECT count(*) FROM attacks") == [(0,)]


def test_fill_headache_free_is_refused_for_the_diarys_own_files(run, db_path, tmp_path):
    days = tmp_path / "days.csv"
    days.write_text("date,headache,migraine\n2026-11-02,no,no\n")
    result = run("import", str(days), "--fill-headache-free")
    assert result.returncode == 1 and "fill-headache-free" in result.stderr
    assert "days file with 1 day(s)" in ok(run("import", str(days), "--dry-run"))
