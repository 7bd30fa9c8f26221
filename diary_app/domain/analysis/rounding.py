"""Exact two-decimal arithmetic for rates and percentages.

Values are carried as whole hundredths (16.25 is 1625) and rounded with integer
arithmetic, halves away from zero, so 48.4375 becomes 48.44 as on paper; floats
appear only when a value leaves the analysis.
"""

from __future__ import annotations

from fractions import Fraction

WINDOW_DAYS = 28  # a rate is always "migraine days per 28 days"


def div_round(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest whole number; halves round away from zero."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient = (2 * abs(numerator) + denominator) // (2 * denominator)
    return quotient if numerator >= 0 else -quotient


def rate_hundredths(migraine_days: int, recorded_days: int) -> int:
    """Migraine days x 28 / recorded days, in hundredths (needs recorded_days > 0)."""
    return div_round(migraine_days * WINDOW_DAYS * 100, recorded_days)


def mean_hundredths(values: list[int]) -> int | None:
    """The mean of values already in hundredths, rounded to hundredths; None for no values."""
    return div_round(sum(values), len(values)) if values else None


def percent_hundredths(part: int, whole: int) -> int:
    """part / whole x 100 in hundredths, for two values both in hundredths (whole > 0)."""
    return div_round(part * 100 * 100, whole)


def to_float(hundredths: int | None) -> float | None:
    """A hundredths value as the float nearest its two-decimal value (None stays None)."""
    return None if hundredths is None else hundredths / 100


def round_fraction(value: Fraction | None) -> float | None:
    """An exact value (a Fraction) to 2 decimals, halves away from zero; None stays None.
    Verdicts compare the exact value; only what is shown is rounded."""
    if value is None:
        return None
    return to_float(div_round(value.numerator * 100, value.denominator))
