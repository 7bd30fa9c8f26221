"""Summary pieces shaped exactly as `summary --json` gives them, for building report sections
without a diary: courses with their baseline, periods and continuation check; infusions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape

from diary_app.exporters.report import html
from diary_app.exporters.report.content import ReportContent


def window(label: str, start: str, end: str, days: int, recorded: int, status: str = "complete", migraine=None,
           reduction=None, responders=(None, None, None)) -> dict:
    found = {"label": label, "start": start, "end": end, "days": days, "recorded_days": recorded, "status": status,
             "migraine_days_per_28": migraine, "headache_days_per_28": None if migraine is None else migraine + 2,
             "acute_medication_days_per_28": None if migraine is None else migraine - 1,
             "migraine_specific_acute_days_per_28": None if migraine is None else migraine - 2,
             "mean_peak_severity": None if migraine is None else 6.5}
    if label != "baseline":
        found.update(percent_reduction=reduction, responder_30=responders[0], responder_50=responders[1],
                     responder_75=responders[2])
    return found


def check(**changes) -> dict:
    found = {"review_date": "2026-11-26", "trial_months": 6, "trial_end": "2026-09-18", "adequate_trial": True,
             "period_label": "weeks 13-24", "period_start": "2026-06-03", "period_end": "2026-08-25",
             "headache_days_threshold_percent": 30, "baseline_headache_days_per_28": 18.0,
             "period_headache_days_per_28": 8.0, "headache_days_reduction_percent": 55.56,
             "midas_baseline": {"date": "2025-12-01", "score": 24}, "midas_review": {"date": "2026-11-20", "score": 12},
             "hit6_baseline": {"date": "2025-12-01", "score": 64}, "hit6_review": {"date": "2026-11-20", "score": 61},
             "headache_days_criterion": True, "midas_criterion": True, "hit6_criterion": False, "any_met": True,
             "midas_note": "MIDAS 24 → 12 (needs a drop of 30% or more)", "hit6_note": "HIT-6 64 → 61"}
    found.update(changes)
    return found


def course(medication: str = "eptinezumab", start: str = "2025-12-10", stop: str | None = None, **changes) -> dict:
    found = {
        "medication": medication, "drug_class": "cgrp_antibody", "preventive_class": "CGRP monoclonal antibody",
        "start": start, "stop": stop, "stop_reason": None, "dose": "100 mg", "note": "", "recorded": False,
        "duration_days": 352, "interval_days": 84, "administrations": ["2025-12-10", "2026-03-04"],
        "baseline": window("baseline", "2025-11-12", "2025-12-09", 28, 27, migraine=16.0),
        "periods": [
            window("weeks 1-12", "2025-12-11", "2026-03-04", 84, 80, migraine=8.0, reduction=50.0,
                   responders=(True, True, False)),
            window("weeks 13-24", "2026-03-05", "2026-05-27", 84, 30, "insufficient"),
            window("weeks 25-36", "2026-05-28", "2026-08-19", 84, 84, migraine=6.0, reduction=62.5,
                   responders=(True, True, False)),
            window("weeks 37-48", "2026-08-20", "2026-11-11", 84, 40, "in_progress", migraine=7.0, reduction=56.25),
        ],
        "continuation": check(),
    }
    found.update(changes)
    return found


TOPIRAMATE = course("topiramate", "2024-01-10", "2024-03-01", drug_class="preventive", preventive_class="antiepileptic",
                    stop_reason="side-effects", dose="50 mg twice a day", note="tingling, word-finding problems",
                    recorded=True, duration_days=52, interval_days=None, administrations=[],
                    periods=[window("weeks 1-12", "2024-01-11", "2024-03-01", 51, 50, migraine=15.0, reduction=6.25,
                                    responders=(False, False, False))],
                    continuation=check(adequate_trial=False, review_date="2024-03-01", trial_end="2024-04-03",
                                       trial_months=3, period_label=None))
PROPRANOLOL = course("propranolol", "2024-05-01", "2024-10-01", drug_class="preventive", preventive_class="beta blocker",
                     stop_reason="not-effective", dose="80 mg a day", recorded=True, duration_days=154,
                     interval_days=None, administrations=[],
                     periods=[window("weeks 1-12", "2024-05-02", "2024-07-24", 84, 84, migraine=17.0, reduction=-6.25,
                                     responders=(False, False, False))])


def infusion(**changes) -> dict:
    found = {"start": "2026-06-10", "last_day": "2026-06-10", "days": 1, "medication": "eptinezumab",
             "kind": "preventive", "dose_mg": 100.0, "setting": "infusion_centre", "reactions": "",
             "baseline_mmd": 16.0, "followup_mmd": [9.0, 6.0, 3.0], "mean_followup_mmd": 6.0,
             "change_from_baseline": -10.0, "percent_reduction": 62.5, "followup_status": "complete",
             "responder_30": True, "responder_50": True, "responder_75": False}
    found.update(changes)
    return found


TODAY = dt.date(2026, 11, 26)


def content(summary: dict | None = None, history=(), stopped=(), **changes) -> ReportContent:
    found = ReportContent(
        today=TODAY, first_month=(2026, 6), last_month=(2026, 11), period_start=dt.date(2026, 6, 1),
        period_end=TODAY, patient_name="", birth_date="", age=None, summary=summary or {}, recorded_days=170,
        medications=(), notes=(), hidden_notes=0, history=tuple(history), stopped_classes=tuple(stopped),
    )
    return dataclasses.replace(found, **changes)


def text_of(blocks) -> str:
    """What a reader sees of some blocks: tags gone, entities read, soft hyphens dropped."""
    parts = [block.html() if isinstance(block, html.Table) else block.html for block in blocks]
    inline = re.sub(r"</?(b|span)\b[^>]*>", "", " ".join(parts))  # bold and muted words stay in their sentence
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inline)).replace("\xad", "").split())
