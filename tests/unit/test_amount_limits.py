"""Dose amounts as typed: what is taken, and why the rest is refused."""

from __future__ import annotations

import pytest

from diary_app.domain.errors import ValidationError
from diary_app.domain.validation import parse_amount


@pytest.mark.parametrize("text, unit, amount", [
    ("50", "mg", 50.0), ("2,5", "tablet", 2.5), (" ", "mg", None), ("10000", "mg", 10000.0),
    ("500", "µg", 500.0), ("10", "g", 10.0), ("40", "tablet", 40.0),
])
def test_plausible_amounts_are_taken(text, unit, amount):
    assert parse_amount(text, unit) == amount


@pytest.mark.parametrize("text, unit, problem", [
    ("-1", "mg", "negative"), ("fifty", "mg", "not a number"), ("nan", "mg", "not a number"),
    ("inf", "mg", "not a number"), ("10001", "mg", "10 g"), ("10.5", "g", "10 g"), ("20000000", "µg", "10 g"),
])
def test_implausible_amounts_are_refused_with_a_reason(text, unit, problem):
    with pytest.raises(ValidationError) as refused:
        parse_amount(text, unit)
    assert refused.value.field == "amount" and problem in refused.value.problem
