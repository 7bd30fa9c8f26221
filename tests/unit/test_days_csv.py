import datetime as dt
import io

import pytest

from diary_app.domain import catalogue
from diary_app.domain.errors import ImportFileError
from diary_app.domain.models import DayEntry, Dose
from diary_app.exporters.days_csv import COLUMNS, MAX_CELL, read_days_csv, write_days_csv
from diary_app.exporters.transfer import import_file

TODAY = dt.date(2026, 11, 26)


def read(text: str):
    return read_days_csv(text.encode("utf-8"), "days.csv", TODAY)


def problems(text: str):
    with pytest.raises(ImportFileError) as err:
        read(text)
    return [(p.line, p.field) for p in err.value.problems], str(err.value)


def test_minimal_file_needs_only_dates():
    days = read("date\n2025-01-01\n")
    assert days == [DayEntry(dt.date(2025, 1, 1), headache=False)]


def test_all_spellings_of_yes_and_no_and_blank_is_no():
    days = read("date,headache,migraine\n2025-01-01,Y,true\n2025-01-02,1,0\n2025-01-03,,\n")
    assert [(d.headache, d.migraine) for d in days] == [(True, True), (True, False), (False, False)]


def test_a_migraine_without_the_headache_box_ticked_is_imported_as_a_migraine_day(diary, tmp_path):
    path = tmp_path / "days.csv"
    path.write_text("date,headache,migraine\n2025-01-02,no,yes\n2025-01-03,no,no\n", encoding="utf-8")
    result = import_file(diary, path, TODAY)
    assert result.days == 2
    migraine, neither = diary.get_day(dt.date(2025, 1, 2)), diary.get_day(dt.date(2025, 1, 3))
    assert (migraine.headache, migraine.migraine) == (True, True)
    assert (neither.headache, neither.migraine) == (False, False)


def test_medications_split_on_semicolons_and_resolve_through_the_catalogue():
    (day,) = read("date,headache,acute_medications\n2025-01-01,yes,Imitrex; Advil ;feverfew\n")
    assert [d.medication.name for d in day.doses] == ["sumatriptan", "ibuprofen", "feverfew"]
    assert day.doses[2].medication.drug_class == "other"


def test_every_bad_row_is_reported_with_its_line_and_field():
    found, message = problems(
        "date,headache,migraine,severity\n"
        "2025-02-30,yes,no,3\n"  # impossible date
        "2027-01-01,yes,no,3\n"  # future
        "2025-01-02,yes,perhaps,\n"  # neither yes nor no
        "2025-01-03,yes,yes,11\n"  # severity
        "2025-01-03,yes,yes,5\n"  # duplicate
    )
    assert found == [(2, "date"), (3, "date"), (4, "migraine"), (5, "severity"), (6, "date")]
    assert "days.csv:5: severity: 11 is outside 0-10" in message
    assert message.endswith("nothing was imported")


def test_a_quoted_multiline_note_keeps_line_numbers_right():
    found, _ = problems('date,headache,notes,severity\n2025-01-01,yes,"line one\nline two",3\n2025-01-02,yes,ok,12\n')
    assert found == [(4, "severity")]


def test_more_than_twenty_problems_are_counted_not_listed():
    rows = "".join(f"2025-01-{d:02d},x\n" for d in range(1, 26))
    _, message = problems("date,headache\n" + rows)
    assert message.count("headache:") == 20
    assert "and 5 more problems" in message


def test_a_file_without_a_date_column_is_not_a_days_csv():
    found, message = problems("name,age\nbob,3\n")
    assert (1, "date") in found
    assert "unknown column" in message


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", "date\n2025-01-01\n".encode("utf-16")])
def test_binary_or_wrongly_encoded_files_are_refused(data):
    with pytest.raises(ImportFileError):
        read_days_csv(data, "days.csv", TODAY)


def test_bom_and_crlf_are_accepted():
    data = "\ufeffdate,headache\r\n2025-01-01,yes\r\n".encode("utf-8")
    assert read_days_csv(data, "d.csv", TODAY)[0].headache is True


def test_export_then_import_round_trips_including_formulas_and_unicode():
    days = [
        DayEntry(dt.date(2025, 1, 1), headache=True, migraine=True, severity=8, duration_hours=6.5, aura=True,
                 nausea=True, photophobia=True, phonophobia=True, disability="severe", menstruation=True,
                 triggers=("stress", "red wine"), notes="=HYPERLINK(\"x\")\nsecond line, Zoë 頭痛",
                 doses=(Dose(catalogue.resolve("sumatriptan")), Dose(catalogue.resolve("feverfew")))),
        DayEntry(dt.date(2025, 1, 2), headache=False, notes="-5 points +"),
    ]
    out = io.StringIO(newline="")
    write_days_csv(out, days)
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert "'=HYPERLINK" in text and "'-5 points" in text  # spreadsheets will not run them
    assert read(text) == days


def test_a_note_past_the_csv_modules_own_limit_is_read_whole():
    (day,) = read("date,headache,notes\n2025-01-01,yes," + "x" * 200_000 + "\n")
    assert day.notes == "x" * 200_000


def test_a_cell_too_long_to_hold_is_refused_by_its_line():
    found, message = problems("date,headache,notes\n2025-01-01,yes,ok\n2025-01-02,yes," + "x" * (MAX_CELL + 1) + "\n")
    assert found == [(3, "file")]
    assert "days.csv:3: file: not valid CSV here (field larger than field limit" in message
