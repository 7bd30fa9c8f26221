"""Headi's CSV export: epoch-millisecond times read as local wall-clock times."""

from __future__ import annotations

import time

import pytest

from diary_app.exporters.imports import HistoryFileError
from diary_app.exporters.imports.headi import read_headi
from tests.imports.samples import BERLIN, FIXTURES, T, dose, outline, write

SAMPLE = FIXTURES / "headi.csv"
HEADER = "_id,pain,start_date,end_date,duration,strength,medication,medication_amount,description\n"


def read(path, zone=BERLIN):
    with open(path, "rb") as handle:
        return read_headi(handle, str(path), zone=zone)


@pytest.fixture(scope="module")
def history():
    return read(SAMPLE)


def test_epoch_times_are_the_wall_clock_times_of_the_zone_and_a_duration_gives_the_end(history):
    assert history.format == "Headi"
    assert outline(history) == [
        (T(2020, 9, 25, 10, 0), T(2020, 9, 25, 14, 30), "migraine", 7),
        (T(2020, 9, 25, 19, 0), T(2020, 9, 25, 20, 30), "headache", 3),  # end from the duration
        (T(2020, 9, 27, 23, 0), T(2020, 9, 29, 6, 45), "migraine", 8),
        (T(2020, 10, 3, 8, 20), None, "migraine", None),
        (T(2020, 10, 25, 2, 40), T(2020, 10, 25, 3, 10), "migraine", 6),  # the clocks went back at 03:00
    ]
    assert [a.source for a in history.attacks][:2] == ["headi:5f6d9a1e2b3c4d0001", "headi:5f6d9a1e2b3c4d0002"]


def test_medications_take_their_amounts_in_order_and_unknown_ones_are_listed(history):
    assert history.attacks[0].doses == (dose("sumatriptan", 50, "mg"),)
    assert history.attacks[2].doses == (dose("rizatriptan", 10, "mg"), dose("metoclopramide", 10, "mg"))
    assert history.attacks[3].doses == (dose("Feverfew", 2),)
    assert history.unknown_medications == ["Feverfew"]


def test_the_description_and_a_pain_type_other_than_migraine_go_into_the_note(history):
    assert history.attacks[0].note == "Description: Right side, throbbing"
    assert history.attacks[1].note == "Pain: Tension headache"
    assert history.attacks[3].note == ""
    assert history.unused_columns == []


@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_without_a_zone_the_computers_local_zone_is_used(new_york):
    first = read(SAMPLE, zone=None).attacks[0]
    assert (first.start, first.end) == (T(2020, 9, 25, 4, 0), T(2020, 9, 25, 8, 30))  # 08:00 UTC is 04:00 EDT


def test_the_same_id_twice_is_a_damaged_file(tmp_path):
    path = write(tmp_path, "h.csv", HEADER + "a1,Migraine,1601020800000,,,5,,,\na1,Migraine,1601053200000,,,5,,,\n")
    with pytest.raises(HistoryFileError) as raised:
        read(path)
    assert [(p.line, p.field) for p in raised.value.problems] == [(3, "_id")]
    assert "is the same as on line 2" in str(raised.value)


def test_more_amounts_than_medications_is_a_damaged_row(tmp_path):
    path = write(tmp_path, "h.csv", HEADER + 'a1,Migraine,1601020800000,,,5,Sumatriptan,"50 mg, 10 mg",\n')
    with pytest.raises(HistoryFileError) as raised:
        read(path)
    assert raised.value.problems[0][:2] == (2, "medication_amount")
