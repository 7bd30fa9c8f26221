"""The words for the analysis's codes, shared by the window, the report and the command line,
so they say the same thing and no raw code ("combined_days>=10", "in_progress") reaches a person.
"""

from __future__ import annotations

import re

from diary_app.domain.models import CLASS_LABELS, STOP_REASON_LABELS

_OVERUSE = re.compile(r"^(?P<name>[a-z_]+)_days>=(?P<days>\d+)$")

STATUS_WORDS = {"in_progress": "in progress", "insufficient": "not enough data", "complete": "complete"}


def class_words(drug_class: str) -> str:
    """"triptan" as "triptans", "simple_analgesic" as "simple analgesics / NSAIDs"."""
    label = CLASS_LABELS.get(drug_class, drug_class.replace("_", " "))
    return label[:1].lower() + label[1:]


def overuse_reason_words(reason: str) -> str:
    """"triptan_days>=10" as "triptans on 10 or more days"; the combined rule in words."""
    match = _OVERUSE.match(reason)
    if not match:
        return reason.replace("_", " ")
    name, days = match["name"], match["days"]
    if name == "combined":
        return (f"any of triptans, ergots, opioids, combination and simple analgesics on {days} or more days "
                "in total (two or more of these classes)")
    return f"{class_words(name)} on {days} or more days"


def status_words(status: str | None) -> str:
    """A window's status in words; "—" when there is none."""
    return STATUS_WORDS.get(status or "", "—" if status is None else status.replace("_", " "))


def stop_reason_words(reason: str | None) -> str:
    return "" if reason is None else STOP_REASON_LABELS.get(reason, reason.replace("-", " "))


PENDING = "pending"


def is_pending(status: str | None) -> bool:
    """A follow-up window that has not ended yet: no verdict may be given on it."""
    return status == "in_progress"


def verdict_words(value: bool | None, status: str | None) -> str:
    """A responder verdict: yes or no on complete data, "pending" while the window runs, "—" otherwise."""
    if value is None:
        return PENDING if is_pending(status) else "—"
    return "yes" if value else "no"


def met_words(value: bool | None, pending: bool = False) -> str:
    """A continuation criterion: met, not met, pending (the trial is still running), or unknown
    (the numbers it needs are missing)."""
    if value is None:
        return PENDING if pending else "unknown"
    return "met" if value else "not met"
