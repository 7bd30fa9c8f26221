"""The report's treatment sections from summary dicts shaped as `summary --json` gives them:
the history, each course against its pre-treatment baseline, the continuation check, the cycle view."""

from __future__ import annotations

import datetime as dt
import re

from diary_app.exporters.report import html, treatments
from diary_app.exporters.report.wording import coverage_text
from tests.report.summaries import (
    PROPRANOLOL, TOPIRAMATE, check, content, course, infusion, text_of, window,
)

# -- history ------------------------------------------------------------------------------------
def test_the_history_names_class_dates_duration_dose_and_stop_reason_in_words():
    text = text_of(treatments.history_blocks(content(history=[TOPIRAMATE, PROPRANOLOL, course()],
                                                     stopped=["antiepileptic", "beta blocker"])))
    assert "topiramate antiepileptic 10 Jan 2024 – 1 Mar 2024 7 weeks 50 mg twice a day side effects" in text
    assert "tingling, word-finding problems" in text
    assert "propranolol beta blocker 1 May 2024 – 1 Oct 2024 22 weeks 80 mg a day not effective" in text
    assert ("eptinezumab 2 administrations CGRP monoclonal antibody 10 Dec 2025 – ongoing 11 months so far 100 mg "
            "running") in text
    assert "side-effects" not in text and "not-effective" not in text


def test_the_outcome_against_baseline_comes_from_the_last_complete_period():
    # weeks 37-48 is still going: the last complete period is weeks 25-36, 16 -> 6 migraine days per 28.
    assert treatments.outcome_words(course()) == "62.50% fewer migraine days per 28 (weeks 25–36)"
    assert text_of([html.Text(treatments.outcome_words(PROPRANOLOL))]) == "6.25% more migraine days per 28 (weeks 1–12)"


def test_an_outcome_without_a_complete_period_is_pending_or_not_enough_data():
    going = course(periods=[window("weeks 1-12", "2026-09-01", "2026-11-23", 84, 80, "in_progress", migraine=4.0)])
    assert text_of([html.Text(treatments.outcome_words(going))]) == "pending (weeks 1–12 in progress)"
    assert treatments.outcome_words(course(periods=[])) == "pending"
    thin = course(periods=[window("weeks 1-12", "2026-01-01", "2026-03-25", 84, 20, "insufficient")])
    assert treatments.outcome_words(thin) == "not enough data"
    no_baseline = course(baseline=window("baseline", "2025-11-12", "2025-12-09", 28, 3, "insufficient"),
                         periods=[window("weeks 1-12", "2025-12-11", "2026-03-04", 84, 80, migraine=8.0)])
    assert text_of([html.Text(treatments.outcome_words(no_baseline))]) == "not enough data (baseline)"


def test_the_classes_stopped_as_failed_are_counted_and_named_under_the_history():
    text = text_of(treatments.history_blocks(content(history=[TOPIRAMATE, PROPRANOLOL],
                                                     stopped=["antiepileptic", "beta blocker"])))
    assert "Preventive classes stopped as not effective or not tolerated: 2 (antiepileptic, beta blocker)" in text
    none = text_of(treatments.history_blocks(content(history=[course()])))
    assert "Preventive classes stopped as not effective or not tolerated: 0" in none


def test_without_a_course_the_history_says_so():
    assert "No preventive treatment course in the diary." in text_of(treatments.history_blocks(content()))
    assert treatments.outcome_blocks(content()) == [] and treatments.continuation_blocks(content()) == []


# -- courses against the baseline ---------------------------------------------------------------
def outcome_table_rows(courses: list[dict]) -> list[str]:
    heading, table = treatments.outcome_blocks(content({"courses": courses}))
    return [text_of([html.Text(row)]) for row in table.rows]


def test_the_course_table_shows_recorded_days_out_of_28_and_84_and_each_status_in_words():
    title, baseline, first, thin, complete, going = outcome_table_rows([course()])
    assert title.startswith("eptinezumab · CGRP monoclonal antibody · 100 mg · 10 Dec 2025 – ongoing")
    assert "given 10 Dec 2025, 4 Mar 2026" in title
    assert baseline == "Baseline 12 Nov – 9 Dec 2025 27/28 complete 16.00 18.00 15.00 14.00 6.50"
    assert first == "Weeks 1–12 11 Dec 2025 – 4 Mar 2026 80/84 complete 8.00 10.00 7.00 6.00 6.50 50.00% yes yes no"
    assert thin == "Weeks 13–24 5 Mar – 27 May 2026 30/84 not enough data – – – – – – – – –"
    assert complete.endswith("84/84 complete 6.00 8.00 5.00 4.00 6.50 62.50% yes yes no")
    # no verdict while it runs
    assert going.endswith("40/84 in progress 7.00 9.00 6.00 5.00 6.50 56.25% pending pending pending")


def test_a_course_cut_short_shows_its_own_length():
    rows = outcome_table_rows([TOPIRAMATE])
    assert "50/51 complete" in rows[2]


def test_the_footnote_gives_the_responder_thresholds_and_when_flags_are_given():
    heading, table = treatments.outcome_blocks(content({"courses": [course()]}))
    note = text_of([html.Text(table.after)])
    assert "30% is the threshold guidelines use for chronic migraine, 50% for episodic migraine" in note
    assert "Responder flags are given only for complete periods" in note


def test_a_courses_title_row_never_ends_a_page():
    heading, table = treatments.outcome_blocks(content({"courses": [TOPIRAMATE, course()]}))
    assert {0, 1, 3, 4} <= table.sticky and 2 not in table.sticky


# -- continuation check -------------------------------------------------------------------------
def check_rows(item: dict) -> list[str]:
    return [text_of([html.Text(row)]) for row in treatments.check_rows(item)]


def test_the_continuation_check_shows_each_criterion_with_the_numbers_it_rests_on():
    title, headache, midas, hit6, verdict = check_rows(course())
    assert title == ("eptinezumab · 6-month trial · review on 26 Nov 2026 (today) · "
                     "period used: weeks 13–24, 3 Jun – 25 Aug 2026")
    assert headache == ("Headache days per 28 days 18.00 8.00 (55.56% fewer) "
                        "down 30% or more (baseline of 15 or more: chronic) met")
    assert midas == "MIDAS 24 on 1 Dec 2025 12 on 20 Nov 2026 down 30% or more (baseline over 20) met"
    assert hit6 == "HIT-6 64 on 1 Dec 2025 61 on 20 Nov 2026 down 5 points or more not met"
    assert verdict == "Any criterion met met"


def test_missing_questionnaires_make_a_criterion_unknown_and_say_why():
    item = course(continuation=check(midas_baseline=None, midas_criterion=None, hit6_review=None, hit6_criterion=None,
                                     headache_days_criterion=False, any_met=None, headache_days_threshold_percent=50))
    title, headache, midas, hit6, verdict = check_rows(item)
    assert headache.endswith("down 50% or more not met")
    assert midas.startswith("MIDAS none within 90 days before the start 12 on 20 Nov 2026") and midas.endswith("unknown")
    assert "none within 28 days of the review" in hit6 and hit6.endswith("unknown")
    assert verdict.endswith("unknown")


def test_a_midas_baseline_of_10_or_less_does_not_apply():
    item = course(continuation=check(midas_baseline={"date": "2025-12-01", "score": 8}, midas_criterion=None))
    midas = check_rows(item)[2]
    assert midas.endswith("does not apply: baseline under 11 does not apply")


def test_a_pending_or_inadequate_trial_has_no_criteria():
    pending = check_rows(course(continuation=check(adequate_trial=None, review_date="2026-12-18",
                                                   trial_end="2026-12-18")))
    assert pending == ["eptinezumab · pending: the 6-month trial ends on 18 Dec 2026",
                       "No check before an adequate trial has ended."]
    stopped = check_rows(TOPIRAMATE)
    assert stopped[0] == ("topiramate · stopped on 1 Mar 2024, before an adequate 3-month trial "
                          "(it would have ended on 3 Apr 2024)")


def test_without_an_adequate_trial_the_check_is_a_line_per_course_not_a_table():
    pending = course(continuation=check(adequate_trial=None, trial_end="2026-12-18"))
    blocks = treatments.continuation_blocks(content({"courses": [pending, TOPIRAMATE]}))
    assert not any(isinstance(block, html.Table) for block in blocks)
    text = text_of(blocks)
    assert "eptinezumab: pending: the 6-month trial ends on 18 Dec 2026." in text
    assert "topiramate: stopped on 1 Mar 2024, before an adequate 3-month trial" in text


def test_the_check_is_an_aid_and_names_its_source():
    text = text_of(treatments.continuation_blocks(content({"courses": [course()]})))
    assert ("An aid for the doctor's decision, not the decision (American Headache Society consensus 2018, "
            "updated 2021).") in text


# -- cycle view ---------------------------------------------------------------------------------
def test_the_cycle_view_is_labelled_and_shows_its_status_and_the_30_percent_responder():
    blocks = treatments.cycles_blocks(content({"infusions": [
        infusion(), infusion(start="2026-09-02", last_day="2026-09-02", followup_status="in_progress",
                             responder_30=None, responder_50=None, responder_75=None),
        infusion(start="2026-03-25", last_day="2026-03-27", days=3, medication="dihydroergotamine", kind="acute",
                 setting="hospital", dose_mg=1.0, baseline_mmd=None, followup_mmd=[None] * 3, mean_followup_mmd=None,
                 percent_reduction=None, followup_status=None, responder_30=None, responder_50=None,
                 responder_75=None)]}))
    assert blocks[0].html == "<h2>Infusion cycles: each infusion against the 28 days before it</h2>"
    rows = [text_of([html.Text(row)]) for row in blocks[1].rows]
    assert rows[0] == ("10 Jun 2026 eptinezumab infusion centre 100 mg 16.00 9.00 6.00 3.00 6.00 62.50% complete "
                       "yes yes no none")
    assert "in progress pending pending pending" in rows[1]
    assert rows[2] == ("25–27 Mar 2026 dihydroergotamine hospital, acute 1 mg × 3 days – – – – – – "
                       "not measured "
                       "– – – none")


# -- coverage, months in progress, no raw codes ---------------------------------------------------
def test_coverage_counts_from_the_first_recorded_day_when_the_diary_began_inside_the_period():
    began = content({"first_recorded_day": "2026-08-20"}, recorded_days=90)
    assert began.period_days == 99  # 20 Aug - 26 Nov, not 1 Jun - 26 Nov (179 days)
    assert coverage_text(began) == "90 of 99 days recorded (90%), counted from the first recorded day, 20 Aug 2026"
    earlier = content({"first_recorded_day": "2025-01-01"}, recorded_days=170)
    assert coverage_text(earlier) == "170 of 179 days recorded (94%)"


def test_coverage_never_counts_days_after_today():
    month_end = content({"first_recorded_day": "2025-01-01"}, period_end=dt.date(2026, 11, 30))
    assert month_end.period_days == 179  # 1 Jun - 26 Nov: the 4 days still to come are not unrecorded
    future = content({}, period_start=dt.date(2027, 1, 1), period_end=dt.date(2027, 1, 31), recorded_days=0)
    assert coverage_text(future) == "none yet: the period has not begun"


def test_the_month_in_progress_shows_the_days_so_far():
    months = [{"month": "2026-10", "days_in_month": 31, "recorded_days": 30, "in_progress": False, "days_so_far": 31,
               "headache_days": 5, "migraine_days": 3, "acute_medication_days": 3, "class_days": {"triptan": 3},
               "classification": "episodic", "medication_overuse": False, "overuse_reasons": []},
              {"month": "2026-11", "days_in_month": 30, "recorded_days": 25, "in_progress": True, "days_so_far": 26,
               "headache_days": 2, "migraine_days": 1, "acute_medication_days": 1, "class_days": {"triptan": 1},
               "classification": "incomplete", "medication_overuse": False, "overuse_reasons": []}]
    heading, table = html.months_blocks(content({"months": months}))
    assert text_of([html.Text(table.rows[1])]).startswith("Nov 2026* 25/26 ")
    assert text_of([html.Text(table.rows[0])]).startswith("Oct 2026 30/31 ")
    assert "* In progress: 26 of its 30 days so far (up to 26 Nov 2026)" in text_of([html.Text(table.after)])


RAW_CODES = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b|>=|not-effective|side-effects|cost-or-access")


def test_no_raw_code_reaches_the_report():
    reasons = ["triptan_days>=10", "ergot_days>=10", "opioid_days>=10", "combination_analgesic_days>=10",
               "simple_analgesic_days>=15", "combined_days>=10"]
    months = [{"month": f"2026-{m:02d}", "days_in_month": 30, "recorded_days": 30, "in_progress": m == 11,
               "days_so_far": 26 if m == 11 else 30, "headache_days": 20, "migraine_days": 16,
               "acute_medication_days": 18, "class_days": {"triptan": 12, "simple_analgesic": 15, "opioid": 10},
               "classification": "chronic", "medication_overuse": True, "overuse_reasons": reasons[5 - m:]}
              for m in range(6, 12)]
    stopped = [dict(TOPIRAMATE, stop_reason=reason) for reason in ("not-effective", "side-effects", "cost-or-access",
                                                                   "other")]
    summary = {"months": months, "courses": [course(), *stopped], "infusions": [
        infusion(), infusion(followup_status="insufficient"), infusion(followup_status="in_progress")],
        "wearing_off": [{"medication": "eptinezumab", "infusion_start": "2026-09-02", "previous_start": "2026-06-10",
                         "early_rate": 5.0, "late_rate": 9.0, "wearing_off": True}],
        "next_infusions": [{"medication": "eptinezumab", "due": "2026-11-25", "days_until": -1, "status": "overdue"}]}
    for few in (months[:3], months):  # flagged months listed one by one, or counted per rule
        shown = content(dict(summary, months=few), history=stopped + [course()], stopped=["antiepileptic"])
        text = text_of(html.report_blocks(shown, chart_mm=0))
        assert not RAW_CODES.findall(text), RAW_CODES.findall(text)
        assert "any of triptans, ergots, opioids, combination and simple analgesics on 10 or more days" in text
        assert "simple analgesics / NSAIDs on 15 or more days" in text
    assert "in progress" in text and "not enough data" in text and "cost or access" in text


def test_a_long_course_shows_its_last_two_years_and_counts_the_earlier_periods():
    periods = [window(f"weeks {12 * i + 1}-{12 * i + 12}", "2020-01-01", "2020-03-24", 84, 80, migraine=8.0,
                      reduction=50.0, responders=(True, True, False)) for i in range(11)]
    heading, table = treatments.outcome_blocks(content({"courses": [course(periods=periods)]}))
    rows = [text_of([html.Text(row)]) for row in table.rows]
    assert len(rows) == 1 + 1 + 1 + treatments.MAX_PERIODS  # title, baseline, the note, the last 8 periods
    assert rows[2].startswith("3 earlier periods (weeks 1–12 to weeks 25–36) not shown here")
    assert rows[3].startswith("Weeks 37–48") and rows[-1].startswith("Weeks 121–132")
    assert {0, 1, 2} <= table.sticky  # the title, the baseline and the note stay with the first period shown
