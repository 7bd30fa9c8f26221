"""Hostile imports: whatever the file, a clean import or a clear error, and a failed import changes nothing.

Property-based (hypothesis) over the two readers and the whole `import_file` path. Each case
must end in entries or an ImportFileError/DiaryError; any other exception is a bug. When an
import fails the diary's contents are compared before and after. The default run tries a few
hundred cases; MIGRAINE_DIARY_FUZZ=full (benchmarks/crash_kills.py) tries thousands.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diary_app.domain import catalogue
from diary_app.domain.errors import DiaryError, ImportFileError
from diary_app.domain.models import DayEntry, DiaryContents, Dose, Infusion
from diary_app.exporters.backup_json import contents_to_dict, read_backup
from diary_app.exporters.days_csv import COLUMNS, read_days_csv, write_days_csv
from diary_app.exporters.transfer import import_file, read_import
from diary_app.store import Diary
from tests.reliability.figures import record

TODAY = dt.date(2026, 11, 26)
FUZZ_ENV = "MIGRAINE_DIARY_FUZZ"
settings.register_profile("migraine-diary-fuzz", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("migraine-diary-fuzz-full", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile("migraine-diary-fuzz-full" if os.environ.get(FUZZ_ENV) == "full" else "migraine-diary-fuzz")

SQL_FRAGMENTS = (
    "'); DROP TABLE days;--",
    "Robert'); DELETE FROM days WHERE ('1'='1",
    "\" OR 1=1 --",
    "x'||(SELECT sql FROM sqlite_master)||'",
    "; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
    "%s %d ?1 :name @p $x",
)
ODD_DATES = ("2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31", "2025-1-1", "20250101",
             "2025-02-29", "2024-02-29", "２０２５-０１-０１", "2025-01-01T10:00", " 2025-01-02 ", "", "yesterday")
FORMULAS = ("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")")

# -- counting what was tried, for docs/reliability.md ---------------------------------------
TRIED = {"cases": 0, "imported": 0, "refused": 0}


@pytest.fixture(scope="module", autouse=True)
def _figures():
    yield
    record("fuzz", **TRIED)


# -- a diary with something in it, fresh for every case ----------------------------------
TEMPLATE: list[Path] = []  # the one diary every case starts from, made once per module


@pytest.fixture(scope="module", autouse=True)
def _template(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile-template") / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=i % 3 == 0, migraine=i % 6 == 0,
                                  notes=f"kept {i}", triggers=("stress",) if i % 2 else (),
                                  doses=(Dose(catalogue.resolve("sumatriptan"), 50, "mg", 2),) if i % 6 == 0 else ())
                         for i in range(30)])
        diary.save_infusion(Infusion(dt.date(2025, 1, 10), catalogue.resolve("eptinezumab"), dose_mg=100))
        diary.set_setting("patient_name", "Zoë")
    TEMPLATE[:] = [path]
    yield
    TEMPLATE.clear()


@contextmanager
def fresh_diary():
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        shutil.copy(TEMPLATE[0], folder / "diary.sqlite3")
        with Diary.open(folder / "diary.sqlite3") as diary:
            yield diary, folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def attempt_import(data: bytes, suffix: str) -> DiaryError | None:
    """Import `data` through import_file, the path the window and the command line share.

    Returns the clear error, or None after a clean import (checked: every parsed day stored
    exactly); a failed import must leave the diary's contents as they were.
    """
    TRIED["cases"] += 1
    with fresh_diary() as (diary, folder):
        source = folder / f"import{suffix}"
        source.write_bytes(data)
        before = diary.contents()
        try:
            parsed = read_import(source, TODAY)
            import_file(diary, source, TODAY)
        except DiaryError as exc:  # ImportFileError is one
            assert str(exc).strip(), "an error with no message"
            assert diary.contents() == before, "a failed import changed the diary"
            TRIED["refused"] += 1
            return exc
        for day in parsed.days:
            stored = diary.get_day(day.date)
            assert stored is not None and stored.notes == day.notes and stored.triggers == day.triggers
            assert [d.medication.name.casefold() for d in stored.doses] == [d.medication.name.casefold() for d in day.doses]
        TRIED["imported"] += 1
        return None


def read_both(data: bytes) -> None:
    """Both readers on the same bytes: entries or ImportFileError, nothing else."""
    for reader, name in ((read_days_csv, "days.csv"), (read_backup, "backup.json")):
        TRIED["cases"] += 1
        try:
            reader(data, name, TODAY)
        except ImportFileError as exc:
            assert exc.problems and str(exc).endswith("nothing was imported")
            TRIED["refused"] += 1
        else:
            TRIED["imported"] += 1


# -- random bytes -------------------------------------------------------------------------
@FUZZ
@given(st.binary(max_size=4096))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfed\x00a\x00t\x00e\x00")  # UTF-16 "date"
@example(b"date\n2025-01-01\x00\n")
@example(b"[" * 100_000)
@example(b'{"format": "migraine-diary-backup", "format_version": 1, "days": [{"severity": ' + b"9" * 5000 + b"}]}")
def test_random_bytes_are_read_or_refused_cleanly(data):
    read_both(data)


# -- CSV text from hostile cells ----------------------------------------------------------
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.sampled_from('",\r\n;\'= \t\ufeffx'), max_size=30),
    st.sampled_from(SQL_FRAGMENTS + FORMULAS + ODD_DATES),
)
cell_by_column = {
    "date": st.one_of(st.dates(dt.date(1990, 1, 1), TODAY + dt.timedelta(days=3)).map(dt.date.isoformat),
                      st.sampled_from(ODD_DATES)),
    "headache": st.sampled_from(("yes", "no", "Y", "n", "1", "0", "", "maybe", "TRUE")),
    "migraine": st.sampled_from(("yes", "no", "", "ja")),
    "severity": st.one_of(st.integers(-3, 14).map(str), st.sampled_from(("", "7.5", "1e3", "9" * 5000, "NaN"))),
    "duration_hours": st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(str), st.just("")),
    "disability": st.sampled_from(("none", "mild", "moderate", "severe", "", "Severe ", "extreme")),
    "triggers": st.lists(hostile_text, max_size=4).map(";".join),
    "acute_medications": st.lists(st.one_of(st.sampled_from(("Imitrex", "advil", "D.H.E. 45")), hostile_text),
                                  max_size=3).map(";".join),
    "notes": hostile_text,
}


name_text = hostile_text.map(lambda t: t.replace(";", " ").replace("\x00", " ").strip()).filter(bool)


@st.composite
def valid_days(draw) -> list[DayEntry]:
    """Days the app itself would save, with hostile text wherever text goes."""
    days = []
    for date in draw(st.lists(st.dates(dt.date(2000, 1, 1), TODAY), max_size=6, unique=True)):
        headache = draw(st.booleans())
        days.append(DayEntry(
            date=date,
            headache=headache,
            migraine=headache and draw(st.booleans()),
            severity=draw(st.none() | st.integers(0, 10)) if headache else None,
            duration_hours=draw(st.none() | st.floats(0, 24)),
            nausea=draw(st.booleans()),
            disability=draw(st.sampled_from(("none", "mild", "moderate", "severe"))),
            triggers=tuple(draw(st.lists(name_text, max_size=3, unique=True))),
            notes=draw(hostile_text).strip(),
            doses=tuple(Dose(catalogue.resolve(n)) for n in draw(st.lists(name_text, max_size=2))),
        ))
    return days


@st.composite
def clean_csv_files(draw) -> bytes:
    """What an export (or a careful spreadsheet) writes, in any line ending, with or without a BOM."""
    out = io.StringIO(newline="")
    write_days_csv(out, draw(valid_days()))
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator=draw(st.sampled_from(("\n", "\r\n")))).writerows(rows)
    return (codecs.BOM_UTF8 if draw(st.booleans()) else b"") + again.getvalue().encode("utf-8")


@st.composite
def csv_files(draw) -> bytes:
    if draw(st.integers(0, 2)) == 0:
        return draw(clean_csv_files())
    columns = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=len(COLUMNS), unique=True))
    if draw(st.integers(0, 9)) == 0:
        columns.insert(draw(st.integers(0, len(columns))), draw(hostile_text))  # an unknown or odd column
    header = [draw(st.sampled_from((c, c.upper(), f" {c} "))) for c in columns]
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        row = [draw(cell_by_column.get(c, hostile_text)) for c in columns]
        if draw(st.integers(0, 9)) == 0:
            row = row[: draw(st.integers(0, len(row)))] or row + ["extra"]  # ragged rows
        rows.append(row)
    eol = draw(st.sampled_from(("\n", "\r\n", "\r")))
    out = io.StringIO(newline="")
    if draw(st.booleans()):
        csv.writer(out, lineterminator=eol).writerows([header, *rows])
    else:  # naive join: quotes and separators inside cells left as they are
        out.write(eol.join(",".join(r) for r in [header, *rows]) + eol)
    text = out.getvalue()
    encoding = draw(st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252")))
    return ("\ufeff" if draw(st.booleans()) else "").encode("utf-8") + text.encode(encoding, errors="replace")


@FUZZ
@given(csv_files())
def test_hostile_csv_files_import_cleanly_or_change_nothing(data):
    attempt_import(data, ".csv")


# -- JSON backups with hostile values -----------------------------------------------------
unstorable = st.sampled_from((2**63, -(2**64), 10**400, float("inf"), "\ud800", "a\udfffb"))  # what SQLite cannot take
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text | unstorable,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=8,
)
day_fields = {
    "date": st.one_of(st.dates(dt.date(1990, 1, 1), TODAY).map(dt.date.isoformat), st.sampled_from(ODD_DATES), json_values),
    "headache": st.one_of(st.booleans(), json_values),
    "migraine": st.one_of(st.booleans(), json_values),
    "severity": st.one_of(st.integers(-2, 12), st.integers(), json_values),
    "duration_hours": st.one_of(st.floats(), st.integers(), json_values),
    "disability": st.one_of(st.sampled_from(("none", "mild", "severe", "awful")), json_values),
    "triggers": st.one_of(st.lists(hostile_text, max_size=3), json_values),
    "notes": st.one_of(hostile_text, json_values),
    "doses": st.one_of(st.lists(st.fixed_dictionaries({}, optional={
        "medication": st.one_of(st.sampled_from(("sumatriptan", "Advil", "")), hostile_text, json_values),
        "amount": st.one_of(st.floats(), st.integers(), json_values),
        "unit": st.one_of(hostile_text, json_values),
        "relief": st.one_of(st.integers(-1, 4), json_values),
        "note": hostile_text,
    }), max_size=3), json_values),
    "created_at": st.one_of(hostile_text, json_values),
}
infusion_fields = {
    "start": st.one_of(st.dates(dt.date(1990, 1, 1), TODAY).map(dt.date.isoformat), st.sampled_from(ODD_DATES), json_values),
    "medication": st.one_of(st.sampled_from(("eptinezumab", "DHE", "")), hostile_text, json_values),
    "days": st.one_of(st.integers(-1, 20), json_values),
    "dose_mg": st.one_of(st.floats(), st.integers(), json_values),
    "kind": st.one_of(st.sampled_from(("preventive", "acute", "x")), json_values),
    "setting": st.one_of(st.sampled_from(("home", "hospital", "moon")), json_values),
    "notes": hostile_text,
}
medication_fields = {
    "name": st.one_of(hostile_text, json_values),
    "drug_class": st.one_of(st.sampled_from(("triptan", "other", "candy")), json_values),
    "route": st.one_of(hostile_text, json_values),
    "role": st.one_of(st.sampled_from(("acute", "preventive", "x")), json_values),
    "known": st.one_of(st.booleans(), json_values),
}


@st.composite
def json_backups(draw) -> bytes:
    if draw(st.integers(0, 2)) == 0:  # what an export writes, hostile text and all
        settings = draw(st.dictionaries(hostile_text, json_values, max_size=3))
        contents = DiaryContents(days=tuple(draw(valid_days())), settings=settings)
        return json.dumps(contents_to_dict(contents), ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    doc = {"format": draw(st.sampled_from(("migraine-diary-backup",) * 8 + ("other",))),
           "format_version": draw(st.sampled_from((1, 1, 1, 2, 0, "1", True)))}
    doc["days"] = draw(st.lists(st.fixed_dictionaries({}, optional=day_fields), max_size=5) | json_values)
    if draw(st.booleans()):
        doc["infusions"] = draw(st.lists(st.fixed_dictionaries({}, optional=infusion_fields), max_size=3))
    if draw(st.booleans()):
        doc["medications"] = draw(st.lists(st.fixed_dictionaries({}, optional=medication_fields), max_size=3))
    if draw(st.booleans()):
        doc["settings"] = draw(json_values)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)
    return (codecs.BOM_UTF8 if draw(st.booleans()) else b"") + text.encode("utf-8", errors="surrogatepass")


@FUZZ
@given(json_backups())
def test_hostile_json_backups_import_cleanly_or_change_nothing(data):
    attempt_import(data, ".json")


# -- the cases the issue names ----------------------------------------------------------------
def test_sql_fragments_are_stored_verbatim_and_never_become_sql(monkeypatch):
    from diary_app.store.connection import Connection as Database

    executed: list[str] = []
    real_execute = Database.execute

    def recording(self, sql, *args, **kwargs):
        executed.append(sql)
        return real_execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", recording)
    rows = [f'2025-03-{i + 1:02d},yes,"{f.replace(chr(34), chr(34) * 2)}","{f.replace(chr(34), chr(34) * 2)}"'
            for i, f in enumerate(SQL_FRAGMENTS)]
    data = ("date,headache,notes,triggers\r\n" + "\r\n".join(rows) + "\r\n").encode()
    assert attempt_import(data, ".csv") is None
    with fresh_diary() as (diary, folder):
        (folder / "in.csv").write_bytes(data)
        import_file(diary, folder / "in.csv", TODAY)
        for i, fragment in enumerate(SQL_FRAGMENTS):
            day = diary.get_day(dt.date(2025, 3, i + 1))
            assert day.notes == fragment  # verbatim; triggers are split on ";" as the CSV format says
            assert day.triggers == tuple(part.strip() for part in fragment.split(";") if part.strip())
        assert len(diary.days()) == 30 + len(SQL_FRAGMENTS)  # no table dropped, no row deleted
    assert executed and not [sql for sql in executed for fragment in SQL_FRAGMENTS if fragment in sql]


def test_ten_thousand_columns_are_a_clear_error():
    header = "date," + ",".join(f"column {i}" for i in range(10_000))
    error = attempt_import((header + "\n2025-01-01" + "," * 10_000 + "\n").encode(), ".csv")
    assert "unknown column(s)" in str(error) and "9995 more" in str(error)


def test_a_header_of_many_repeated_columns_is_refused_quickly():
    """Hostile, not just big: 200,000 columns must not make the app hang."""
    started = time.monotonic()
    with pytest.raises(ImportFileError):
        read_days_csv(("date," * 200_000 + "\n").encode(), "wide.csv", TODAY)
    assert time.monotonic() - started < 5


def test_a_one_megabyte_note_is_kept_whole_from_a_backup_and_from_a_csv():
    note = ("Zoë's migraine 頭痛 \"quoted\", 'single'\r\nnew line; " * 20_000)[:1_000_000]
    backup = {"format": "migraine-diary-backup", "format_version": 1,
              "days": [{"date": "2025-06-01", "headache": True, "notes": note}]}
    assert attempt_import(json.dumps(backup).encode(), ".json") is None
    with fresh_diary() as (diary, folder):
        (folder / "big.json").write_text(json.dumps(backup), encoding="utf-8")
        import_file(diary, folder / "big.json", TODAY)
        assert diary.get_day(dt.date(2025, 6, 1)).notes == note
    for size in (30_000, 1_000_000):  # past the csv module's own 131,072-character cell limit too
        out = io.StringIO(newline="")
        csv.writer(out).writerows([["date", "headache", "notes"], ["2025-06-01", "yes", note[:size]]])
        assert attempt_import(out.getvalue().encode(), ".csv") is None  # what a backup holds, a CSV holds


def test_an_impossible_date_names_its_line():
    error = attempt_import(b"date,headache\r\n2025-01-01,yes\r\n2025-02-30,yes\r\n", ".csv")
    assert ":3: date: '2025-02-30' is not a real calendar date" in str(error)


@pytest.mark.parametrize("start", [b"date\n2025-01-01\n", b'{"format": "migraine-diary-backup", "days": ['])
def test_a_huge_file_of_nothing_is_refused_without_reading_it_all(tmp_path, start):
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as handle:  # sparse: 8 GB on paper, nothing on the disk
        handle.write(start)
        handle.truncate(8 * 2**30)
    started = time.monotonic()
    with pytest.raises(ImportFileError, match=":3: file: a line is longer than|:1: file: is not valid JSON"):
        read_import(huge.rename(huge.with_suffix(".json")) if start.startswith(b"{") else huge, TODAY)
    assert time.monotonic() - started < 5


def test_a_deeply_nested_backup_is_a_clear_error():
    error = attempt_import(b'{"format": "migraine-diary-backup", "format_version": 1, "settings": ' + b"[" * 200_000
                           + b"]" * 200_000 + b"}", ".json")
    assert isinstance(error, ImportFileError)


def _backup_with_day(**fields) -> bytes:
    day = {"date": "2025-01-01", "headache": True, **fields}
    return json.dumps({"format": "migraine-diary-backup", "format_version": 1, "days": [day]}).encode()


@pytest.mark.parametrize("data", [
    _backup_with_day(severity=10**400),
    _backup_with_day(duration_hours=10**400),
    _backup_with_day(doses=[{"medication": "sumatriptan", "amount": 10**400}]),
    _backup_with_day(doses=[{"medication": "sumatriptan", "amount": 2**63}]),
    _backup_with_day(notes="\ud800 a lone surrogate"),
    _backup_with_day(triggers=["\udfff"]),
    b'{"format": "migraine-diary-backup", "format_version": 1, "settings": {"\\ud83d": 1}}',
], ids=["severity 10**400", "duration 10**400", "amount 10**400", "amount 2**63", "surrogate note",
        "surrogate trigger", "surrogate setting"])
def test_values_sqlite_cannot_store_end_in_a_clean_import_or_a_clear_error(data):
    attempt_import(data, ".json")


def test_a_note_typed_in_another_encoding_is_a_clear_error_on_the_command_line(tmp_path, run_cli):
    db = tmp_path / "diary.sqlite3"
    assert run_cli("--db", str(db), "log", "2026-11-19", "--none").returncode == 0
    result = run_cli("--db", str(db), "log", "2026-11-20", "--migraine", "--note", "caf\udce9")  # b"caf\xe9"
    assert result.returncode == 1 and "not valid Unicode" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    with Diary.open(db) as diary:
        assert diary.recorded_dates() == {dt.date(2026, 11, 19)}
