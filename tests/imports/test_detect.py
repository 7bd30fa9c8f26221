"""Recognising a file by its content, and the one clear error for a damaged or unknown file."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from diary_app.domain.errors import DiaryError, ImportFileError
from diary_app.exporters.imports import FORMATS, HistoryFileError, is_own_format, read_history
from tests.imports.samples import FIXTURES, write

SAMPLES = {
    "Migraine Buddy": "migraine_buddy.csv",
    "Bearable": "bearable.csv",
    "Headi": "headi.csv",
    "Apple Health": "apple_health_export.xml",
}
KNOWN_WORDS = ("Migraine Buddy CSV export", "Bearable CSV export", "Headi CSV export", "Apple Health export",
               "days CSV", "JSON backup")


@pytest.mark.parametrize("format", FORMATS)
def test_each_format_is_recognised_by_its_content_whatever_the_file_is_called(tmp_path, format):
    renamed = tmp_path / "download.txt"
    shutil.copy(FIXTURES / SAMPLES[format], renamed)
    assert read_history(renamed).format == format
    assert not is_own_format(renamed)


@pytest.mark.parametrize(("name", "format", "line", "field"), [
    ("migraine_buddy_damaged.csv", "Migraine Buddy", 5, "Started"),
    ("bearable_damaged.csv", "Bearable", 4, "date"),
    ("headi_damaged.csv", "Headi", 3, "start_date"),
    ("apple_health_damaged.xml", "Apple Health", 45, "XML"),
])
def test_a_damaged_file_gets_one_error_naming_the_format_it_looked_like_and_the_line(name, format, line, field):
    with pytest.raises(ImportFileError) as raised:
        read_history(FIXTURES / name)
    error = raised.value
    assert (error.looked_like, [p[:2] for p in error.problems]) == (format, [(line, field)])
    first, problem, last = str(error).splitlines()
    assert first == f"{FIXTURES / name}: looks like an export from {format}, but it has problems:"
    assert problem.startswith(f"{FIXTURES / name}:{line}: {field}: ")
    assert last == "nothing was imported"


def test_a_damaged_apple_health_zip_names_the_format(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.write(FIXTURES / "apple_health_export.xml", "apple_health_export/export.xml")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[:900])
    with pytest.raises(HistoryFileError) as raised:
        read_history(cut)
    assert raised.value.looked_like == "Apple Health"


@pytest.mark.parametrize(("name", "content"), [
    ("notes.txt", "Dear diary,\ntoday was fine.\n"),
    ("empty.csv", ""),
    ("other.csv", "when,how bad\n2020-09-25,7\n"),
    ("other.json", json.dumps({"format": "some-other-app", "entries": []})),
    ("page.xml", '<?xml version="1.0"?>\n<html><body/></html>\n'),
])
def test_a_file_of_no_known_format_is_refused_listing_the_formats_the_diary_knows(tmp_path, name, content):
    with pytest.raises(HistoryFileError) as raised:
        read_history(write(tmp_path, name, content))
    assert raised.value.looked_like is None
    assert raised.value.problems[0][:2] == (1, "format")
    assert all(words in str(raised.value) for words in KNOWN_WORDS)


def test_a_zip_without_an_apple_health_export_in_it_is_refused_listing_the_formats(tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("holiday/readme.txt", "photos")
    with pytest.raises(HistoryFileError) as raised:
        read_history(archive)
    assert "is a zip file without export.xml in it" in str(raised.value)
    assert all(words in str(raised.value) for words in KNOWN_WORDS)


def test_the_diarys_own_days_csv_and_backup_go_to_their_own_readers(tmp_path):
    days = write(tmp_path, "days.csv", "date,headache,migraine,severity\n2026-11-01,yes,no,4\n")
    bom_days = tmp_path / "excel.csv"
    bom_days.write_bytes(b"\xef\xbb\xbfDate,Headache,Migraine\r\n2026-11-01,yes,no\r\n")
    backup = write(tmp_path, "backup.json", '{\n "format": "migraine-diary-backup",\n "format_version": 3\n}\n')
    other = write(tmp_path, "other.json", '{"format": "something-else"}')
    short = write(tmp_path, "short.csv", "date,headache\n2025-01-01,yes\n")  # the days CSV needs only a date column
    unknown = write(tmp_path, "unknown.csv", "when,pain\n2025-01-01,3\n")
    assert [is_own_format(p) for p in (days, bom_days, backup, other, short, unknown)] == [True, True, True, False,
                                                                                           True, False]


def test_an_unreadable_file_says_so(tmp_path):
    with pytest.raises(DiaryError, match="cannot be read"):
        read_history(tmp_path / "missing.csv")


def test_with_today_given_an_attack_after_it_is_a_damaged_row(tmp_path):
    import datetime as dt

    with pytest.raises(HistoryFileError) as raised:
        read_history(FIXTURES / "migraine_buddy.csv", today=dt.date(2020, 10, 1))
    assert [p[:2] for p in raised.value.problems] == [(9, "Started"), (10, "Started"), (11, "Started"), (12, "Started")]
