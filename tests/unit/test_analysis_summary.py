"""The whole analysis as one JSON-ready dict."""

import calendar
import datetime as dt
import json

from diary_app.domain.analysis import DayIndex, summarize
from diary_app.domain.catalogue import lookup
from diary_app.domain.models import DayEntry, Dose, Infusion

TODAY = dt.date(2025, 8, 1)
EPTI = lookup("eptinezumab")


def month(year, number, migraine, headache=0, meds=()):
    """A fully recorded month: `migraine` migraine days, then `headache` headache-only days."""
    return [
        DayEntry(dt.date(year, number, i + 1), headache=i < migraine + headache, migraine=i < migraine,
                 doses=tuple(Dose(lookup(m)) for m in meds) if i < migraine else ())
        for i in range(calendar.monthrange(year, number)[1])
    ]


def chronic_then_better():
    """Jan-Apr 2025 chronic (16 migraine + 2 headache days, triptans), May-Jul 8 migraine days."""
    entries = []
    for number in (1, 2, 3, 4):
        entries += month(2025, number, 16, 2, meds=["sumatriptan"])
    for number in (5, 6, 7):
        entries += month(2025, number, 8)
    return entries


def test_summary_has_the_public_shape_and_is_json():
    infusions = [Infusion(dt.date(2025, 4, 17), EPTI, dose_mg=100.0)]
    summary = summarize(chronic_then_better(), infusions, today=TODAY)
    assert json.loads(json.dumps(summary)) == summary
    assert [m["month"] for m in summary["months"]] == [f"2025-0{n}" for n in range(1, 8)]
    january = summary["months"][0]
    assert {k: january[k] for k in ("days_in_month", "recorded_days", "headache_days", "migraine_days",
                                    "acute_medication_days", "classification", "medication_overuse")} == {
        "days_in_month": 31, "recorded_days": 31, "headache_days": 18, "migraine_days": 16,
        "acute_medication_days": 16, "classification": "chronic", "medication_overuse": True,
    }
    assert summary["ichd3_chronic_migraine"] is True
    (outcome,) = summary["infusions"]
    assert outcome["start"] == "2025-04-17" and outcome["medication"] == "eptinezumab"
    assert outcome["baseline_mmd"] == 16.0 and outcome["responder_50"] is True
    assert summary["next_infusions"] == [{"medication": "eptinezumab", "last_infusion": "2025-04-17", "last_day": "2025-04-17",
                                          "due": "2025-07-10", "days_until": -22, "status": "overdue"}]


def test_summary_of_an_empty_diary_is_empty_lists():
    summary = summarize([], [], today=TODAY)
    assert summary["months"] == [] and summary["infusions"] == [] and summary["ichd3_chronic_migraine"] is False


def test_summary_accepts_a_prebuilt_day_index():
    entries = chronic_then_better()
    assert summarize(DayIndex(entries), [], today=TODAY) == summarize(entries, [], today=TODAY)


def test_range_restricts_months_and_infusions_but_windows_read_outside_it():
    infusions = [Infusion(dt.date(2025, 1, 20), EPTI), Infusion(dt.date(2025, 5, 1), EPTI)]
    summary = summarize(chronic_then_better(), infusions, today=TODAY, start_month=(2025, 5), end_month=(2025, 6))
    assert [m["month"] for m in summary["months"]] == ["2025-05", "2025-06"]
    (outcome,) = summary["infusions"]
    assert outcome["start"] == "2025-05-01" and outcome["baseline_mmd"] == 14.0  # 3-30 April, outside the range
    assert outcome["followup_mmd"][2] == 8.0  # ends 23 July, outside the range
    assert summary["range"] == {"from": "2025-05", "to": "2025-06"}


def test_ichd3_verdict_is_over_the_listed_months_only():
    summary = summarize(chronic_then_better(), [], today=TODAY, start_month=(2025, 3))
    assert summary["ichd3_chronic_migraine"] is False  # only March and April are chronic in range


def test_next_infusions_ignore_the_range():
    infusions = [Infusion(dt.date(2025, 1, 20), EPTI)]
    summary = summarize(chronic_then_better(), infusions, today=TODAY, start_month=(2025, 5))
    assert summary["infusions"] == [] and summary["next_infusions"][0]["last_infusion"] == "2025-01-20"


def test_wearing_off_items_are_in_the_summary():
    infusions = [Infusion(dt.date(2025, 1, 1), EPTI), Infusion(dt.date(2025, 3, 26), EPTI)]
    summary = summarize(chronic_then_better(), infusions, today=TODAY)
    (item,) = summary["wearing_off"]
    assert item["infusion_start"] == "2025-03-26" and item["previous_start"] == "2025-01-01"
    assert item["wearing_off"] is False  # the same rate before and after


def test_summary_json_carries_the_rolling_28_day_rate_of_the_listed_months():
    import datetime as _dt

    from diary_app.domain.analysis import summarize as _summarize
    from diary_app.domain.models import DayEntry as _Day

    start = _dt.date(2025, 3, 1)
    days = [_Day(start + _dt.timedelta(days=i), headache=True, migraine=i % 2 == 0) for i in range(40)]
    summary = _summarize(days, [], today=_dt.date(2025, 4, 26))
    series = summary["rolling_28_day_rate"]
    assert series[0]["date"] == "2025-03-01" and series[-1]["date"] == "2025-04-26"  # up to today
    by_date = {point["date"]: point["rate"] for point in series}
    assert by_date["2025-03-13"] is None  # 13 recorded days in the window: no rate
    assert by_date["2025-03-14"] == 14.0  # 7 of 14 recorded days were migraine days: 7 x 28 / 14
    assert by_date["2025-03-28"] == 14.0  # a full window: 14 of 28
    assert by_date["2025-04-20"] == 13.18  # 8 migraine days of 17 recorded (Mar 24 - Apr 9)
    assert by_date["2025-04-23"] == 14.0  # 14 recorded days (Mar 27 - Apr 9), 7 of them migraine days
    assert by_date["2025-04-24"] is None  # 13 recorded days (Mar 28 - Apr 9) in its window
