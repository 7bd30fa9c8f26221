import datetime as dt

import pytest

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import DayEntry, Dose, Infusion
from diary_app.domain import catalogue
from diary_app.domain.validation import parse_bool, parse_date, parse_int, parse_month, validate_day, validate_infusion

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["yes", "Y", "true", "T", "1", " YES "])
def test_truthy_words_are_yes(text):
    assert parse_bool(text, "headache") is True


@pytest.mark.parametrize("text", ["no", "N", "false", "0", ""])
def test_falsy_words_and_blank_are_no(text):
    assert parse_bool(text, "headache") is False


def test_other_words_name_the_field():
    with pytest.raises(ValidationError) as err:
        parse_bool("maybe", "aura")
    assert err.value.field == "aura"


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "25-01-01", "2025/01/01", "tomorrow"])
def test_impossible_or_malformed_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_date(text)


def test_leap_day_is_a_date_only_in_leap_years():
    assert parse_date("2024-02-29") == dt.date(2024, 2, 29)
    with pytest.raises(ValidationError):
        parse_date("2025-02-29")


def test_month_parsing():
    assert parse_month("2025-01") == (2025, 1)
    with pytest.raises(ValidationError):
        parse_month("2025-13")


def test_severity_outside_0_to_10_names_severity():
    assert parse_int("10", "severity", 0, 10) == 10
    with pytest.raises(ValidationError) as err:
        parse_int("11", "severity", 0, 10)
    assert err.value.field == "severity"


def test_future_days_are_refused():
    with pytest.raises(ValidationError) as err:
        validate_day(DayEntry(TODAY + dt.timedelta(days=1), headache=False), TODAY)
    assert err.value.field == "date"
    validate_day(DayEntry(TODAY, headache=False), TODAY)


def test_migraine_without_headache_is_refused():
    with pytest.raises(ValidationError) as err:
        validate_day(DayEntry(TODAY, headache=False, migraine=True), TODAY)
    assert err.value.field == "migraine"


def test_unknown_disability_level_is_refused():
    with pytest.raises(ValidationError) as err:
        validate_day(DayEntry(TODAY, headache=True, disability="awful"), TODAY)
    assert err.value.field == "disability"


def test_relief_outside_0_to_3_is_refused():
    dose = Dose(catalogue.resolve("ibuprofen"), relief=4)
    with pytest.raises(ValidationError) as err:
        validate_day(DayEntry(TODAY, headache=True, doses=(dose,)), TODAY)
    assert err.value.field == "relief"


def test_infusion_kind_and_setting_must_be_known():
    vyepti = catalogue.resolve("vyepti")
    with pytest.raises(ValidationError) as err:
        validate_infusion(Infusion(TODAY, vyepti, kind="curative"), TODAY)
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        validate_infusion(Infusion(TODAY, vyepti, setting="beach"), TODAY)
    assert err.value.field == "setting"
    with pytest.raises(ValidationError) as err:
        validate_infusion(Infusion(TODAY, vyepti, days=0), TODAY)
    assert err.value.field == "days"


def test_an_infinite_dose_amount_is_refused():
    dose = Dose(catalogue.resolve("ibuprofen"), amount=float("inf"))
    with pytest.raises(ValidationError) as err:
        validate_day(DayEntry(TODAY, headache=True, doses=(dose,)), TODAY)
    assert err.value.field == "amount"
