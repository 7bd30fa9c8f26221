"""Round trips and imports: whatever the app exports it imports again, exactly, in bounded memory;
every import error names its place as FILE:LINE.

Memory is the peak RSS of `python -m diary_app import` in a subprocess. The default run proves
streaming by comparing two file sizes; `-m slow` imports the 80 MB backup and the
1,000,000-row CSV the issue names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError, ImportFileError, ValidationError
from diary_app.domain.models import DayEntry, DiaryContents, Dose, Infusion
from diary_app.domain.record import replace
from diary_app.domain.validation import validate_day
from diary_app.exporters.safe_files import FORMULA_STARTS
from diary_app.exporters.transfer import apply_import, check_import, export_file, import_file
from diary_app.store import Diary
from tests.reliability.conftest import ROOT, cli

TODAY = dt.date(2026, 11, 26)
ENV = {"MIGRAINE_DIARY_TODAY": TODAY.isoformat()}
FIRST = dt.date(1900, 1, 1)
MB = 2**20


# -- helpers -----------------------------------------------------------------------------------
def round_trip(tmp_path: Path, contents: DiaryContents, suffix: str) -> Diary:
    """Export `contents` from one diary to a file, import the file into a new diary."""
    folder = tmp_path / suffix.lstrip(".")
    folder.mkdir()
    with Diary.open(folder / "a.sqlite3") as source:
        source.import_contents(contents)
        export_file(source, folder / f"out{suffix}", today=TODAY)
    copy = Diary.open(folder / "copy.sqlite3")
    import_file(copy, folder / f"out{suffix}", TODAY)
    return copy


def backup_text(days: int, note_chars: int) -> str:
    """A backup as the app writes it (indent=1), `days` days from 1900 with long notes."""
    items = ",\n".join(json.dumps({
        "date": (FIRST + dt.timedelta(days=i)).isoformat(), "headache": i % 3 == 0, "severity": i % 10 if i % 3 == 0 else None,
        "triggers": ["stress"] if i % 2 else [], "notes": f"day {i} " + "x" * note_chars,
        "doses": [{"medication": "sumatriptan", "amount": 50, "unit": "mg", "relief": 2, "note": ""}] if i % 3 == 0 else [],
    }, indent=1) for i in range(days))
    return ('{\n "format": "migraine-diary-backup",\n "format_version": 1,\n "medications": [],\n "days": [\n'
            + items + '\n],\n "infusions": [],\n "settings": {},\n "questionnaires": []\n}\n')


def days_csv_text(rows: int, note_chars: int) -> str:
    """A days CSV of `rows` rows; past 46,000 rows the dates run into the future."""
    lines = ["date,headache,migraine,severity,triggers,acute_medications,notes"]
    lines += [f"{FIRST + dt.timedelta(days=i)},yes,no,{i % 10},stress;wine,sumatriptan,day {i} {'x' * note_chars}"
              for i in range(rows)]
    return "\r\n".join(lines) + "\r\n"


MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
sys.exit(done.returncode)
"""


def measured_import(db: Path, source: Path) -> tuple[subprocess.CompletedProcess, int, float]:
    """`migraine-diary import` in a subprocess: the result, its peak RSS in MB and its seconds."""
    env = {**os.environ, **ENV}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "diary_app", "--db", str(db),
                           "import", str(source)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
    *output, peak = done.stdout.splitlines()
    done.stdout = "\n".join(output)
    return done, int(peak), time.monotonic() - started


def count(db: Path, table: str) -> int:
    with Diary.open(db) as diary:
        return diary.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- 11: whatever the app exports it imports, in bounded memory ----------------------------------
@pytest.mark.parametrize("suffix, write, note", [(".json", backup_text, 1_000), (".csv", days_csv_text, 500)])
def test_import_memory_does_not_grow_with_the_file(tmp_path, suffix, write, note):
    """4,000 days, then 40,000 (4 and 44 MB of JSON, 2 and 22 MB of CSV): the old readers went
    from 47 to 213 MB (JSON) and from 46 to 194 MB (CSV); streaming holds one part at a time."""
    peaks = {}
    for days in (4_000, 40_000):
        source = tmp_path / f"{days}{suffix}"
        source.write_text(write(days, note))
        done, peaks[days], _ = measured_import(tmp_path / f"{days}.sqlite3", source)
        assert done.returncode == 0, done.stderr
    assert count(tmp_path / "40000.sqlite3", "days") == 40_000
    print(f"{suffix} import peak RSS (MB) by days: {peaks}")
    assert peaks[40_000] - peaks[4_000] < 15, peaks


def test_a_backup_larger_than_64_mb_imports(tmp_path):
    """The old reader refused anything over 64 MB, its own exports included."""
    big = tmp_path / "big.json"
    big.write_text(backup_text(1_000, 70_000))
    assert big.stat().st_size > 64 * MB
    done, peak, seconds = measured_import(tmp_path / "d.sqlite3", big)
    assert done.returncode == 0, done.stderr
    print(f"{big.stat().st_size / MB:.0f} MB backup: imported in {seconds:.1f} s, peak {peak} MB")
    assert "Imported 1000 day(s)" in done.stdout
    assert peak < 300, peak


@pytest.mark.slow
def test_an_80_mb_export_imports_again_exactly_under_300_mb(tmp_path):
    source = tmp_path / "source.sqlite3"
    seed = tmp_path / "seed.json"
    seed.write_text(backup_text(46_000, 1_700))
    assert cli("--db", str(source), "import", str(seed), env=ENV).returncode == 0
    exported = tmp_path / "all.json"
    assert cli("--db", str(source), "export", str(exported), env=ENV).returncode == 0
    assert exported.stat().st_size > 80 * MB
    done, peak, seconds = measured_import(tmp_path / "copy.sqlite3", exported)
    assert done.returncode == 0, done.stderr
    print(f"80 MB backup: {exported.stat().st_size / MB:.0f} MB imported in {seconds:.1f} s, peak {peak} MB")
    assert peak < 300, peak
    with Diary.open(source) as a, Diary.open(tmp_path / "copy.sqlite3") as b:
        assert a.contents() == b.contents()


@pytest.mark.slow
def test_a_million_row_csv_stays_under_300_mb(tmp_path):
    """A million rows cannot all be good (46,000 days since 1900): refused, every problem
    counted, the first listed, in bounded memory; a 46,000-day CSV with long notes imports."""
    big = tmp_path / "million.csv"
    big.write_text(days_csv_text(1_000_000, 60))
    done, peak, seconds = measured_import(tmp_path / "d.sqlite3", big)
    print(f"1,000,000-row CSV ({big.stat().st_size / MB:.0f} MB): refused in {seconds:.1f} s, peak {peak} MB")
    assert done.returncode == 1 and "is in the future" in done.stderr and "more problems" in done.stderr
    assert peak < 300, peak
    full = tmp_path / "full.csv"
    full.write_text(days_csv_text(46_000, 4_000))
    done, peak, seconds = measured_import(tmp_path / "full.sqlite3", full)
    print(f"46,000-day CSV ({full.stat().st_size / MB:.0f} MB): imported in {seconds:.1f} s, peak {peak} MB")
    assert done.returncode == 0, done.stderr
    assert peak < 300, peak


# -- 12: every value the app accepts round-trips through its own CSV and JSON -------------------
@pytest.mark.parametrize("suffix", [".csv", ".json"])
@pytest.mark.parametrize("note", ["a\x00b", "\t=1+1", "=1", " spaced ", "x;=1+1", "'=quoted", "line\r\nbreak\rcr"])
def test_a_note_comes_back_exactly(tmp_path, suffix, note):
    day = DayEntry(dt.date(2025, 3, 1), headache=True, severity=4, notes=note, triggers=("stress",))
    with round_trip(tmp_path, DiaryContents(days=(day,)), suffix) as copy:
        assert copy.get_day(day.date).notes == note


def test_a_duration_comes_back_with_every_digit(tmp_path):
    day = DayEntry(dt.date(2025, 3, 1), headache=True, duration_hours=1.2345678)
    with round_trip(tmp_path, DiaryContents(days=(day,)), ".csv") as copy:
        assert copy.get_day(day.date).duration_hours == 1.2345678


text_values = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=";"), min_size=1,
                max_size=12).map(str.strip).filter(bool)
medications = st.one_of(st.sampled_from(("sumatriptan", "Imitrex", "ibuprofen", "feverfew")), names).map(catalogue.resolve)
doses = st.builds(Dose, medications, st.one_of(st.none(), st.floats(0, 1000)), text_values,
                  st.one_of(st.none(), st.integers(0, 3)), text_values)
days = st.builds(
    DayEntry,
    date=st.dates(FIRST, TODAY), headache=st.just(True), migraine=st.booleans(),
    severity=st.one_of(st.none(), st.integers(0, 10)),
    duration_hours=st.one_of(st.none(), st.floats(0, 24)),
    aura=st.booleans(), nausea=st.booleans(), photophobia=st.booleans(), phonophobia=st.booleans(),
    disability=st.sampled_from(("none", "mild", "moderate", "severe")), menstruation=st.booleans(),
    triggers=st.lists(names, max_size=3, unique=True).map(tuple), notes=text_values,
    doses=st.lists(doses, max_size=3).map(tuple),
)


def accepted(day: DayEntry) -> bool:
    try:
        validate_day(day, TODAY)
    except ValidationError:
        return False
    return True


def _csv_fields(day: DayEntry) -> DayEntry:
    """What the days CSV carries of a day: not the timestamps, not the doses' details."""
    return replace(day, created_at=None, updated_at=None, doses=tuple(Dose(d.medication) for d in day.doses))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(days.filter(accepted), min_size=1, max_size=5, unique_by=lambda d: d.date))
def test_any_accepted_day_round_trips(tmp_path_factory, entries):
    """Any day the app accepts comes back from JSON exactly, from CSV in what CSV carries."""
    folder = tmp_path_factory.mktemp("any")
    contents = DiaryContents(days=tuple(entries))
    with Diary.open(folder / "reference.sqlite3") as reference:
        reference.import_contents(contents)
        stored = reference.days()
    with round_trip(folder, contents, ".json") as copy:
        assert copy.days() == stored
    with round_trip(folder, contents, ".csv") as copy:
        assert [_csv_fields(d) for d in copy.days()] == [_csv_fields(d) for d in stored]


# -- 13: a ";"-separated spreadsheet runs no formula either ---------------------------------------
def test_a_formula_after_a_semicolon_is_guarded_and_comes_back(tmp_path):
    hostile = ["x;=1+1", "a; +cmd|' /C calc'!A0", "b;\t=1", "c;-2+3", 'd;"=1+1"', "e;;@SUM(A1)"]
    entries = tuple(DayEntry(dt.date(2025, 4, 1) + dt.timedelta(days=i), headache=True, notes=note,
                             triggers=(note.replace(";", ","),))
                    for i, note in enumerate(hostile))
    with Diary.open(tmp_path / "a.sqlite3") as source:
        source.import_contents(DiaryContents(days=entries))
        export_file(source, tmp_path / "days.csv", today=TODAY)
    text = (tmp_path / "days.csv").read_text(encoding="utf-8")
    european = [cell.strip(' "') for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") for cell in row]
    assert [cell for cell in european if cell.startswith(FORMULA_STARTS)] == []
    with Diary.open(tmp_path / "b.sqlite3") as copy:
        import_file(copy, tmp_path / "days.csv", TODAY)
        assert [d.notes for d in copy.days()] == hostile


# -- 14: the same infusion twice is refused by its line --------------------------------------------
def test_the_same_infusion_under_two_names_is_refused_with_its_line(tmp_path):
    backup = tmp_path / "twice.json"
    backup.write_text(json.dumps({
        "format": "migraine-diary-backup", "format_version": 1,
        "infusions": [{"start": "2025-01-10", "medication": "eptinezumab", "dose_mg": 100},
                      {"start": "2025-01-10", "medication": "Vyepti", "dose_mg": 300}],
    }, indent=1))
    result = cli("--db", str(tmp_path / "d.sqlite3"), "import", str(backup), env=ENV)
    assert result.returncode == 1
    assert f"{backup}:10: infusions[1]: medication: a second eptinezumab infusion on 2025-01-10" in result.stderr
    assert "first at infusions[0], line 5" in result.stderr
    assert not (tmp_path / "d.sqlite3").exists() or count(tmp_path / "d.sqlite3", "infusions") == 0


def test_an_import_says_how_many_infusions_were_stored(tmp_path):
    contents = DiaryContents(infusions=(Infusion(dt.date(2025, 1, 10), catalogue.resolve("eptinezumab"), dose_mg=100),
                                        Infusion(dt.date(2025, 1, 10), catalogue.resolve("galcanezumab"))))
    with Diary.open(tmp_path / "a.sqlite3") as source:
        source.import_contents(contents)
        export_file(source, tmp_path / "all.json", today=TODAY)
    result = cli("--db", str(tmp_path / "b.sqlite3"), "import", str(tmp_path / "all.json"), env=ENV)
    assert "and 2 infusion(s)" in result.stdout
    assert count(tmp_path / "b.sqlite3", "infusions") == 2


# -- 15: every import error names its place --------------------------------------------------------
PLACED = re.compile(r"^.+:\d+: \S.*: .+$")


@pytest.mark.parametrize("name, text, where", [
    ("nan.json", '{"format": "migraine-diary-backup", "format_version": 1,\n "settings": {"zoom": NaN}}', ":2: "),
    ("inf.json", '{"format": "migraine-diary-backup", "format_version": 1,\n "settings": {"x": [-Infinity]}}', ":2: "),
    ("old.json", '{"format": "migraine-diary-backup", "format_version": 1,\n "days": [\n {"date": "0300-03-01", '
                 '"headache": true}]}', ":3: days[0]: date: 0300-03-01 is before 1900"),
    ("old.csv", "date,headache\n2025-01-01,yes\n0300-03-01,yes\n", ":3: date: 0300-03-01 is before 1900"),
    ("old-infusion.json", '{"format": "migraine-diary-backup", "format_version": 1,\n "infusions": [{"start": '
                          '"1899-12-31", "medication": "eptinezumab"}]}', ":2: infusions[0]: start: 1899-12-31 is before"),
])
def test_every_import_error_names_file_and_line(tmp_path, name, text, where):
    source = tmp_path / name
    source.write_text(text)
    result = cli("--db", str(tmp_path / "d.sqlite3"), "import", str(source), env=ENV)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("nothing was imported")
    assert all(PLACED.match(line.removeprefix("migraine-diary: ")) for line in lines[:-1]), result.stderr
    assert f"{source}{where}" in result.stderr


def test_a_date_sqlite_cannot_hold_is_refused_when_typed_too(tmp_path):
    result = cli("--db", str(tmp_path / "d.sqlite3"), "log", "0300-03-01", "--none", env=ENV)
    assert result.returncode == 1 and "0300-03-01 is before 1900" in result.stderr
    assert "could not save" not in result.stderr


# -- reading twice stays all or nothing -------------------------------------------------------------
def test_a_file_that_goes_bad_between_reading_and_writing_imports_nothing(tmp_path):
    source = tmp_path / "days.csv"
    source.write_text(days_csv_text(1_200, 10))  # three parts of 500 days
    checked = check_import(source, TODAY)
    source.write_text(days_csv_text(1_200, 10) + "2025-02-30,yes,no,1,,,late\r\n")
    with Diary.open(tmp_path / "d.sqlite3") as diary:
        diary.save_day(DayEntry(dt.date(2025, 1, 1), headache=False, notes="kept"))
        before = diary.contents()
        with pytest.raises(ImportFileError, match=r"days\.csv:1202: date: '2025-02-30' is not a real calendar date"):
            apply_import(diary, checked)
        assert diary.contents() == before


def test_an_open_diary_is_not_read_as_an_import(tmp_path):
    with Diary.open(tmp_path / "open.json") as held_open, Diary.open(tmp_path / "d.sqlite3") as diary:
        held_open.save_day(DayEntry(dt.date(2025, 1, 1), headache=False))
        with pytest.raises(DiaryError, match="is an open diary"):
            import_file(diary, tmp_path / "open.json", TODAY)
        held_open.save_day(DayEntry(dt.date(2025, 1, 2), headache=False))  # and it still saves
