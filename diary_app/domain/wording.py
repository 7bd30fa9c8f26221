"""The words for the analysis's codes, shared by the window, the report and the command line,
so they say the same thing and no raw code ("combined_days>=10", "in_progress") reaches a person.

Every word is English and marked with QT_TRANSLATE_NOOP("Domain", ...): the window and the report
show a single word through diary_app.i18n.domain_text, and pass `translate=domain_text` to the
functions that build a phrase from a template; the command line keeps the English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diary_app.domain.models import CLASS_LABELS, STOP_REASON_LABELS, QT_TRANSLATE_NOOP

_OVERUSE = re.compile(r"^(?P<name>[a-z_]+)_days>=(?P<days>\d+)$")
_WEEKS = re.compile(r"^weeks (?P<first>\d+)-(?P<last>\d+)$")


def _as_is(text: str) -> str:
    return text


STATUS_WORDS = {
    "in_progress": QT_TRANSLATE_NOOP("Domain", "in progress"),
    "insufficient": QT_TRANSLATE_NOOP("Domain", "not enough data"),
    "complete": QT_TRANSLATE_NOOP("Domain", "complete"),
}
# A class's name inside a sentence ("triptans on 10 or more days"): lower case but for acronyms.
CLASS_WORDS = {
    "triptan": QT_TRANSLATE_NOOP("Domain", "triptans"),
    "ergot": QT_TRANSLATE_NOOP("Domain", "ergots"),
    "gepant": QT_TRANSLATE_NOOP("Domain", "gepants"),
    "ditan": QT_TRANSLATE_NOOP("Domain", "ditans"),
    "simple_analgesic": QT_TRANSLATE_NOOP("Domain", "simple analgesics / NSAIDs"),
    "combination_analgesic": QT_TRANSLATE_NOOP("Domain", "combination analgesics"),
    "opioid": QT_TRANSLATE_NOOP("Domain", "opioids"),
    "antiemetic": QT_TRANSLATE_NOOP("Domain", "antiemetics"),
    "cgrp_antibody": QT_TRANSLATE_NOOP("Domain", "CGRP antibodies"),
    "preventive": QT_TRANSLATE_NOOP("Domain", "other preventives"),
    "other": QT_TRANSLATE_NOOP("Domain", "other medications"),
}
OVERUSE_RULE = QT_TRANSLATE_NOOP("Domain", "{0} on {1} or more days")  # a class, a number of days
OVERUSE_COMBINED = QT_TRANSLATE_NOOP(
    "Domain", "any of triptans, ergots, opioids, combination and simple analgesics on {0} or more days in total "
              "(two or more of these classes)")
BASELINE = QT_TRANSLATE_NOOP("Domain", "Baseline")
WEEKS = QT_TRANSLATE_NOOP("Domain", "Weeks {0}–{1}")  # a 12-week period: its first and last week
PENDING = QT_TRANSLATE_NOOP("Domain", "pending")
YES = QT_TRANSLATE_NOOP("Domain", "yes")
NO = QT_TRANSLATE_NOOP("Domain", "no")
UNKNOWN = QT_TRANSLATE_NOOP("Domain", "unknown")
MET = QT_TRANSLATE_NOOP("Domain", "met")
NOT_MET = QT_TRANSLATE_NOOP("Domain", "not met")
NONE = "—"


def class_words(drug_class: str) -> str:
    """"triptan" as "triptans", "simple_analgesic" as "simple analgesics / NSAIDs" (marked texts)."""
    if drug_class in CLASS_WORDS:
        return CLASS_WORDS[drug_class]
    label = CLASS_LABELS.get(drug_class, drug_class.replace("_", " "))
    return label[:1].lower() + label[1:]


def overuse_reason_words(reason: str, translate: Callable[[str], str] = _as_is) -> str:
    """"triptan_days>=10" as "triptans on 10 or more days"; the combined rule in words.
    `translate` (diary_app.i18n.domain_text) puts the words in the interface's language."""
    match = _OVERUSE.match(reason)
    if not match:
        return reason.replace("_", " ")
    name, days = match["name"], match["days"]
    if name == "combined":
        return translate(OVERUSE_COMBINED).format(days)
    return translate(OVERUSE_RULE).format(translate(class_words(name)), days)


def period_words(label: str, translate: Callable[[str], str] = _as_is) -> str:
    """A window's label ("baseline", "weeks 13-24", as the analysis names them) as a heading:
    "Baseline", "Weeks 13–24"; `translate` as for overuse_reason_words."""
    if label == "baseline":
        return translate(BASELINE)
    match = _WEEKS.match(label)
    if match:
        return translate(WEEKS).format(match["first"], match["last"])
    text = label.replace("-", "–")
    return text[:1].upper() + text[1:]


def status_words(status: str | None) -> str:
    """A window's status in words (a marked text); "—" when there is none."""
    return STATUS_WORDS.get(status or "", NONE if status is None else status.replace("_", " "))


def stop_reason_words(reason: str | None) -> str:
    return "" if reason is None else STOP_REASON_LABELS.get(reason, reason.replace("-", " "))


def toward_zero(value: float, decimals: int) -> float:
    """`value` cut (not rounded) to `decimals` places: a shown reduction never reaches a responder
    threshold that the exact one misses (49.96% reads 49.9%, not 50.0%)."""
    from decimal import ROUND_DOWN, Decimal

    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN))


def is_pending(status: str | None) -> bool:
    """A follow-up window that has not ended yet: no verdict may be given on it."""
    return status == "in_progress"


def verdict_words(value: bool | None, status: str | None) -> str:
    """A responder verdict: yes or no on complete data, "pending" while the window runs, "—" otherwise."""
    if value is None:
        return PENDING if is_pending(status) else NONE
    return YES if value else NO


def met_words(value: bool | None, pending: bool = False) -> str:
    """A continuation criterion: met, not met, pending (the trial is still running), or unknown
    (the numbers it needs are missing)."""
    if value is None:
        return PENDING if pending else UNKNOWN
    return MET if value else NOT_MET
