"""The window never gives a verdict early: while a follow-up runs it says "pending"; once complete, yes
or no. Reductions and rates per 28 days show one decimal (the report keeps two)."""

from __future__ import annotations

import datetime as dt

from diary_app.domain import catalogue
from diary_app.domain.models import Infusion
from diary_app.ui.course_outcomes import continuation_columns, continuation_rows, outcome_columns
from diary_app.ui.cycle_panel import cycle_columns

INFUSION = Infusion(dt.date(2026, 9, 25), catalogue.resolve("eptinezumab"), dose_mg=100)


def cells(columns, row) -> dict[str, str]:
    return {column.title: column.text(row) for column in columns}


def cycle_outcome(status: str, percent: float, verdicts: tuple) -> dict:
    return {"baseline_mmd": 11.41, "followup_mmd": [5.19, 6.22, None], "percent_reduction": percent,
            "followup_status": status, **dict(zip(("responder_30", "responder_50", "responder_75"), verdicts))}


def test_a_running_cycle_is_pending_with_one_decimal():
    row = cells(cycle_columns(), (INFUSION, cycle_outcome("in_progress", 49.96, (None, None, None))))
    assert (row["≥30%"], row["≥50%"], row["≥75%"]) == ("pending", "pending", "pending")
    assert row["Reduction"] == "49.9%" and row["Baseline"] == "11.4" and row["Wk 5-8"] == "6.2"
    assert row["Wk 9-12"] == "—"


def test_a_complete_cycle_has_its_verdict():
    row = cells(cycle_columns(), (INFUSION, cycle_outcome("complete", 49.96, (True, False, False))))
    assert (row["≥30%"], row["≥50%"], row["≥75%"]) == ("yes", "no", "no")
    assert row["Reduction"] == "49.9%"  # cut, not rounded up to a 50% that the verdict denies


def test_a_cycle_that_ended_with_too_few_days_has_no_verdict_and_is_not_pending():
    row = cells(cycle_columns(), (INFUSION, cycle_outcome("insufficient", 49.96, (None, None, None))))
    assert row["≥50%"] == "—"


def test_a_running_course_period_is_pending_a_complete_one_is_judged():
    period = {"label": "weeks 13-24", "start": "2026-09-26", "end": "2026-12-18", "days": 84, "recorded_days": 69,
              "migraine_days_per_28": 4.87, "percent_reduction": 66.46}
    running = cells(outcome_columns(), {**period, "status": "in_progress", "responder_50": None})
    done = cells(outcome_columns(), {**period, "status": "complete", "responder_50": True})
    assert running["≥50%"] == "pending" and done["≥50%"] == "yes"
    assert running["Reduction"] == "66.4%" and running["Migraine\ndays /28"] == "4.9"


def test_the_continuation_check_is_pending_until_the_trial_ends():
    check = {"adequate_trial": None, "headache_days_criterion": None, "midas_criterion": None,
             "hit6_criterion": None, "baseline_headache_days_per_28": 20.74}
    results = [cells(continuation_columns(), row)["Result"] for row in continuation_rows(check)]
    assert results == ["pending", "pending", "pending"]
    judged = {**check, "adequate_trial": True, "headache_days_criterion": True}
    results = [cells(continuation_columns(), row)["Result"] for row in continuation_rows(judged)]
    assert results == ["met", "unknown", "unknown"]
