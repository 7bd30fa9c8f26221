"""Numbers as the window shows them: one decimal (the report shows two), "—" when there is none,
written as the chosen language writes them (decimal comma in German and Spanish, through the
default QLocale that diary_app.i18n sets).

Words for the analysis's codes (statuses, overuse rules, stop reasons) are in domain/wording.py,
shared with the report and the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from diary_app.domain.wording import toward_zero


def one_decimal(value: float | None) -> str:
    """"4.9" / "4,9"."""
    return "—" if value is None else QLocale().toString(float(value), "f", 1)


def plain_number(value: float) -> str:
    """A number as a person writes it and the fields read it back: 100000000, 2.5, 0.125 (never
    1e+08, never 2.50). A point, whatever the language: this goes back into editable fields."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def shown_number(value: float) -> str:
    """`plain_number` in the language's writing ("2,5" in German and Spanish): for reading only."""
    return plain_number(value).replace(".", QLocale().decimalPoint())


def percent(value: float | None) -> str:
    """"49.9%" / "49,9 %" / "49,9 %": the locale's percent sign and spacing, cut toward zero so a
    reduction shown never reaches a responder threshold the exact value misses (49.96 -> 49.9)."""
    if value is None:
        return "—"
    value = toward_zero(value, 1)
    # Translators: how the language writes a percentage; {0} is the number
    return QCoreApplication.translate("Numbers", "{0}%").format(one_decimal(value))


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Numbers", "yes") if value else QCoreApplication.translate("Numbers", "no")
