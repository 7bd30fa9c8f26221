import csv
import datetime as dt
import io
import os
import stat

from diary_app.domain import catalogue
from diary_app.domain.models import DRUG_CLASSES, DayEntry, Dose
from diary_app.exporters.monthly_csv import COLUMNS, summary_for, write_monthly_csv
from diary_app.exporters.transfer import export_file

TODAY = dt.date(2026, 11, 26)


def rows_of(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def written(months: list[dict]) -> str:
    handle = io.StringIO(newline="")
    write_monthly_csv(handle, months)
    return handle.getvalue()


def test_one_row_per_month_with_the_summary_month_fields(diary):
    triptan = Dose(catalogue.resolve("sumatriptan"))
    diary.save_days([DayEntry(dt.date(2026, 9, d), headache=True, doses=(triptan,)) for d in range(1, 12)]
                    + [DayEntry(dt.date(2026, 10, 2), headache=False)])
    months = summary_for(diary, TODAY, None, None)["months"]
    rows = rows_of(written(months))
    assert [row["month"] for row in rows] == ["2026-09", "2026-10"]
    september = rows[0]
    assert (september["recorded_days"], september["unrecorded_days"], september["migraine_days"]) == ("11", "19", "11")
    assert september["classification"] == "incomplete"
    assert september["medication_overuse"] == "yes"
    assert september["triptan_days"] == "11" and september["gepant_days"] == "0"
    assert september["overuse_reasons"] == "triptan_days>=10"
    assert rows[1]["medication_overuse"] == "no" and rows[1]["overuse_reasons"] == ""


def test_the_columns_are_the_month_fields_then_one_per_class():
    header = written([]).splitlines()[0].split(",")
    assert header == list(COLUMNS)
    assert header[:9] == ["month", "days_in_month", "recorded_days", "unrecorded_days", "headache_days",
                          "migraine_days", "acute_medication_days", "classification", "medication_overuse"]
    assert header[9:-1] == [f"{name}_days" for name in DRUG_CLASSES] and header[-1] == "overuse_reasons"


def test_a_cell_a_spreadsheet_would_run_is_written_as_text():
    month = {"month": "2026-09", "days_in_month": 30, "recorded_days": 30, "unrecorded_days": 0,
             "headache_days": 0, "migraine_days": 0, "acute_medication_days": 0, "classification": "=1+1",
             "medication_overuse": True, "class_days": {}, "overuse_reasons": ["-x", "@y"]}
    for start in ("=", "+", "-", "@", "\t", "\r"):
        row = rows_of(written([{**month, "classification": f"{start}SUM(A1)"}]))[0]
        assert row["classification"] == f"'{start}SUM(A1)"
    assert rows_of(written([month]))[0]["overuse_reasons"] == "'-x;'@y"  # ";" separates cells for some


def test_export_monthly_writes_a_private_file_for_the_months_asked(diary, tmp_path):
    diary.save_days([DayEntry(dt.date(2026, m, 1), headache=True, migraine=True) for m in (7, 8, 9)])
    path = tmp_path / "months.csv"
    export_file(diary, path, today=TODAY, first_month=(2026, 8), last_month=(2026, 9), monthly=True)
    assert [row["month"] for row in rows_of(path.read_text(encoding="utf-8"))] == ["2026-08", "2026-09"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
