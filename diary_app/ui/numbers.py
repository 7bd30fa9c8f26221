"""Numbers as the window shows them: one decimal (the report shows two), "—" when there is none.

Words for the analysis's codes (statuses, overuse rules, stop reasons) are in domain/wording.py,
shared with the report and the command line.
"""

from __future__ import annotations


def one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")
