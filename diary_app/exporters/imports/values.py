"""Values the other apps' files share: severity words, lists in a cell, medication names that
carry their dose, symptoms that set the diary's flags, attack types, and local wall-clock ends."""

from __future__ import annotations

import datetime as dt
import re

from diary_app.domain import catalogue
from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Dose

# A severity word on the diary's 0-10 scale, the same number in every app. Each number lies in the
# band the word usually names on a 0-10 scale (mild 1-3, moderate 4-6, severe 7-10), two apart,
# and 10 is left for the worst pain imaginable, which no app's word claims.
SEVERITY_BY_WORD = {"none": 0, "mild": 3, "moderate": 5, "severe": 7, "unbearable": 9, "extreme": 9}
SEVERITY_BY_LEVEL = (0, 3, 5, 7, 9)  # a 0-4 scale (none, mild, moderate, severe, unbearable)

# Cells that say there is nothing, in the apps' words
NOTHING = frozenset({"", "none", "nothing", "n/a", "no medication", "no medications", "no trigger", "no triggers",
                     "no symptoms", "no aura", "no auras"})

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_BRACKETED = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<inside>[^()]*)\)\s*$")
_AMOUNT = re.compile(r"^(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>[^\W\d][^\d(),;]*)?$")
# A unit on its own in a name, "Fremanezumab (mg)" (a brand, "Sumatriptan (Imitrex)", is not one)
_UNIT = re.compile(r"^(mg|g|mcg|µg|ug|ml|l|iu|units?|tab(let)?s?|caps?(ules?)?|pills?|puffs?|sprays?|drops?|"
                   r"sachets?|doses?|patch(es)?|injections?)$", re.I)
_FLAGS = (
    ("nausea", re.compile(r"nause|vomit", re.I)),
    ("photophobia", re.compile(r"photophob|sensitiv\w* to (bright )?light|light[- ]?sensitiv", re.I)),
    ("phonophobia", re.compile(r"phonophob|sensitiv\w* to (sound|noise)|(sound|noise)[- ]?sensitiv", re.I)),
    ("aura", re.compile(r"\baura", re.I)),
)
_NO_AURA = re.compile(r"\b(no|without)\s+aura", re.I)
_NON_MIGRAINE = re.compile(r"headache|tension|cluster|sinus", re.I)


def clean(text: str) -> str:
    """A name the diary can hold: no control characters, no ";" (its lists' separator), trimmed."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", text).replace(";", ",")).strip()


def split_list(cell: str) -> list[str]:
    """A comma-separated cell as its items, commas inside brackets kept ("Excedrin (250mg, 65mg)"),
    words that mean nothing ("None", "No medication") and repeats left out."""
    items, depth, current = [], 0, []
    for char in cell:
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    found: list[str] = []
    for item in (clean(i) for i in items):
        if item.casefold() not in NOTHING and item not in found:
            found.append(item)
    return found


def number(text: str, field: str) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        from diary_app.exporters.words import FileWords

        raise ValidationError(field, FileWords.tr("'{0}' is not a number").format(text))
    return value


def severity_0_10(text: str, field: str) -> int | None:
    """A 0-10 pain level as a whole number (7.0 is 7); blank is not given."""
    if not text.strip():
        return None
    value = number(text, field)
    if not 0 <= value <= 10 or value != int(value):
        from diary_app.exporters.words import FileWords

        raise ValidationError(field, FileWords.tr("'{0}' is not a whole number from 0 to 10").format(text))
    return int(value)


def amount_and_unit(text: str) -> tuple[float | None, str] | None:
    """ "50mg" -> (50, "mg"), "2.5 mg" -> (2.5, "mg"), "mg" -> (None, "mg"), "" -> (None, "");
    None when the text is not an amount ("Extra Strength")."""
    text = text.strip()
    if not text:
        return None, ""
    if _UNIT.match(text):
        return None, text
    match = _AMOUNT.match(text)
    if not match:
        return None
    return float(match.group("amount").replace(",", ".")), (match.group("unit") or "").strip()


def dose(written: str, *, relief: int | None = None, amount_text: str = "", note: str = "") -> Dose:
    """A dose from a medication as an app writes it: "Sumatriptan (50mg)" is sumatriptan 50 mg, and
    with an `amount_text` (a separate amount cell) of 2, 100 mg; "Fremanezumab (mg)" with 225 is
    225 mg. A bracket that is not an amount ("Extra Strength") stays in the dose's note."""
    name, inside = written, ""
    bracketed = _BRACKETED.match(written)
    if bracketed and bracketed.group("name").strip():
        name, inside = bracketed.group("name"), bracketed.group("inside")
    name = clean(name)
    if not name:
        from diary_app.exporters.words import FileWords

        raise ValidationError("medication", FileWords.tr("'{0}' names no medication").format(written))
    amount, unit = None, ""
    parsed = amount_and_unit(inside)
    if parsed is None:
        note = ", ".join(part for part in (clean(inside), note) if part)
    else:
        amount, unit = parsed
    if amount_text.strip():
        separate = amount_and_unit(amount_text)
        if separate is None or separate[0] is None:
            from diary_app.exporters.words import FileWords

            raise ValidationError("amount",
                                  FileWords.tr("'{0}' is not an amount such as 50 or 50 mg").format(amount_text))
        if amount is not None and not separate[1]:  # a count of doses of the strength in the name
            if separate[0] != 1:
                note = ", ".join(part for part in (f"{separate[0]:g} × {amount:g} {unit}".strip(), note) if part)
            amount = amount * separate[0]
        else:
            amount, unit = separate[0], separate[1] or unit
    return Dose(catalogue.resolve(name), amount=amount, unit=unit, relief=relief, note=note)


def symptom_flags(symptoms: list[str]) -> tuple[dict[str, bool], list[str]]:
    """The diary's flags (aura, nausea, photophobia, phonophobia) the symptoms name, and the
    symptoms that set none of them ("Dizziness"), for the note."""
    flags = {flag: False for flag, _ in _FLAGS}
    rest = []
    for symptom in symptoms:
        named = [flag for flag, pattern in _FLAGS if pattern.search(symptom)]
        if "aura" in named and _NO_AURA.search(symptom):
            named.remove("aura")
        for flag in named:
            flags[flag] = True
        if not named:
            rest.append(symptom)
    return flags, rest


def kind_of(types: list[str]) -> str:
    """ "migraine", unless every type named is a headache that is not a migraine (tension-type, cluster)."""
    if types and all(_NON_MIGRAINE.search(t) and "migraine" not in t.casefold() for t in types):
        return "headache"
    return "migraine"


def to_minute(moment: dt.datetime) -> dt.datetime:
    """The diary keeps times to the minute."""
    return moment.replace(second=0, microsecond=0)


def wall_end(start: dt.datetime, end: dt.datetime, elapsed: dt.timedelta) -> dt.datetime:
    """The end as the person's clock showed it; when that clock went back during the attack (the
    autumn change, a flight west) so that it reads before the start, the start plus the time that passed."""
    return end if end >= start else start + elapsed


def note(lines: list[tuple[str, str]]) -> str:
    """An attack's note: one `Column: value` line for each column that had a value."""
    return "\n".join(f"{column}: {value}" for column, value in lines if value)
