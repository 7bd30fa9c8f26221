"""domain/record.py: the models' frozen values behave as the frozen dataclasses they replaced."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from diary_app.domain.models import Attack, DayEntry, DiaryContents, Dose, Medication
from diary_app.domain.record import FrozenInstanceError, fields, is_record, replace

D = dt.date(2026, 11, 26)


def test_fields_come_from_the_annotations_in_order_with_their_defaults():
    assert fields(Medication) == ("name", "drug_class", "route", "role", "known")
    medication = Medication("ibuprofen")
    assert (medication.drug_class, medication.route, medication.role, medication.known) == ("other", "oral", "acute", True)
    assert Medication("ibuprofen", "simple_analgesic") == Medication(name="ibuprofen", drug_class="simple_analgesic")


def test_wrong_arguments_are_refused_as_a_call_would_refuse_them():
    with pytest.raises(TypeError, match="missing required argument 'headache'"):
        DayEntry(D)
    with pytest.raises(TypeError, match="unexpected keyword argument 'mood'"):
        DayEntry(D, headache=True, mood="grim")
    with pytest.raises(TypeError, match="multiple values for argument 'date'"):
        DayEntry(D, date=D, headache=True)
    with pytest.raises(TypeError, match="takes 5 arguments, 6 were given"):
        Medication("a", "other", "oral", "acute", True, "extra")


def test_records_are_frozen():
    day = DayEntry(D, headache=True)
    with pytest.raises(FrozenInstanceError):
        day.severity = 5
    with pytest.raises(AttributeError):
        del day.headache
    assert day.severity is None


def test_equality_and_hash_leave_out_ids_and_timestamps():
    start = dt.datetime(2026, 11, 26, 8)
    assert Attack(start, id=1) == Attack(start, id=2) and hash(Attack(start, id=1)) == hash(Attack(start, id=2))
    assert Attack(start, severity=4) != Attack(start, severity=5)
    stamped = DayEntry(D, headache=True, created_at="2026-11-26T08:00", updated_at="2026-11-26T09:00")
    assert stamped == DayEntry(D, headache=True) and len({stamped, DayEntry(D, headache=True)}) == 1
    assert DayEntry(D, headache=True) != (D, True)  # not a tuple
    assert Medication("a") != Dose(Medication("a"))


def test_a_default_factory_makes_a_new_value_for_each_record():
    first, second = DiaryContents(), DiaryContents()
    first.settings["reminder_enabled"] = True
    assert second.settings == {}


def test_replace_keeps_the_other_fields_and_checks_the_names():
    day = DayEntry(D, headache=True, severity=6, triggers=("stress",), created_at="x")
    changed = replace(day, severity=7)
    assert (changed.severity, changed.triggers, changed.created_at, day.severity) == (7, ("stress",), "x", 6)
    with pytest.raises(TypeError):
        replace(day, mood="grim")


def test_repr_copy_and_pickle():
    dose = Dose(Medication("sumatriptan", "triptan"), 50.0, "mg")
    assert repr(dose).startswith("Dose(medication=Medication(name='sumatriptan', drug_class='triptan'")
    assert copy.deepcopy(dose) == dose and pickle.loads(pickle.dumps(dose)) == dose
    assert is_record(dose) and not is_record((1, 2))
