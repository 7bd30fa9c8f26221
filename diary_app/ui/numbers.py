"""Numbers as the window shows them: one decimal (the report shows two), "—" when there is none.

Words for the analysis's codes (statuses, overuse rules, stop reasons) are in domain/wording.py,
shared with the report and the command line.
"""

from __future__ import annotations


def one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def plain_number(value: float) -> str:
    """A number as a person writes it: 100000000, 2.5, 0.125 (never 1e+08, never 2.50)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")
