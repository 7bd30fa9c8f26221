"""Apple Health's export.xml (or the zip it comes in): headache records read as they stream past."""

from __future__ import annotations

import time
import zipfile

import pytest

from diary_app.exporters.imports import HistoryFileError, read_history
from tests.imports.samples import FIXTURES, D, T, outline, write

SAMPLE = FIXTURES / "apple_health_export.xml"


def test_headache_records_are_headaches_at_the_wall_clock_times_written(history):
    assert history.format == "Apple Health"
    assert outline(history) == [
        (T(2020, 9, 25, 10, 0), T(2020, 9, 25, 11, 30), "headache", 3),
        (T(2020, 9, 25, 17, 45), T(2020, 9, 25, 20, 15), "headache", 5),
        (T(2020, 9, 27, 22, 0), T(2020, 9, 29, 6, 30), "headache", 7),
        (T(2020, 10, 3, 15, 20), T(2020, 10, 3, 18, 5), "headache", None),  # -0400, Unspecified
        (T(2020, 10, 25, 2, 40), T(2020, 10, 25, 3, 10), "headache", 5),  # 02:10 +0100 is 30 minutes later
    ]
    assert history.attacks[3].source == "apple-health:2020-10-03 15:20:00 -0400"


def test_not_present_records_are_headache_free_days_except_where_a_headache_reaches(history):
    assert [d.date for d in history.days] == [D(2020, 9, 26), D(2020, 10, 5)]  # 09-28: the three-day headache
    assert not any(d.headache for d in history.days)


def test_the_preview_says_every_headache_is_imported_as_a_headache_and_other_records_are_skipped(history):
    lines = history.describe()
    assert "Apple Health does not say which headaches were migraines: all are imported as headaches" in lines
    assert "Not used: 3 other Apple Health records (steps, heart rate and the like)" in lines


def test_the_zip_from_the_health_app_is_read_from_inside_without_unpacking(history, tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.write(SAMPLE, "apple_health_export/export.xml")
        packed.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    again = read_history(archive)
    assert (again.attacks, again.days) == (history.attacks, history.days)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.zip"]


def test_an_entity_in_the_dtd_is_refused_so_no_file_is_fetched_and_nothing_expands(tmp_path):
    secret = write(tmp_path, "secret.txt", "do not read me")
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n'
    outside = write(tmp_path, "x.xml", f'{prolog}<!ENTITY secret SYSTEM "file://{secret}">\n]>\n'
                                       '<HealthData>&secret;</HealthData>\n')
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10 if n else "ha"}">\n' for n in range(9))
    bomb = write(tmp_path, "y.xml", f"{prolog}{laughs}]>\n<HealthData>&l8;</HealthData>\n")
    started = time.perf_counter()
    for path in (outside, bomb):
        with pytest.raises(HistoryFileError) as raised:
            read_history(path)
        assert raised.value.problems[0][:2] == (3, "DTD")
        assert "do not read me" not in str(raised.value)
    assert time.perf_counter() - started < 1


def test_a_record_with_a_bad_value_is_reported_at_its_line(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8").replace("SeverityModerate", "SeverityBad", 1)
    with pytest.raises(HistoryFileError) as raised:
        read_history(write(tmp_path, "export.xml", text))
    assert raised.value.problems == [(42, "value", "'HKCategoryValueSeverityBad' is not a headache severity "
                                                   "(HKCategoryValueSeverityMild, Moderate, Severe, Unspecified or NotPresent)")]
