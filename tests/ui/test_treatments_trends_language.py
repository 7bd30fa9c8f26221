"""The Treatments and Trends views in German and Spanish: dates as the language writes them, amounts
with its decimal comma and never 1e+08, the domain's words translated, counts in the right form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from diary_app import i18n
from diary_app.domain import catalogue
from diary_app.domain.models import Infusion
from diary_app.ui.course_outcomes import continuation_summary, course_title
from diary_app.ui.cycle_panel import cycle_columns
from diary_app.ui.treatments_view import due_text
from diary_app.ui.trends_view import describe_month

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def speaking(qapp):
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def cycle_row(infusion: Infusion, outcome: dict) -> list[str]:
    return [column.text((infusion, outcome)) for column in cycle_columns()]


def test_the_cycle_view_in_german(speaking):
    speaking("de")
    infusion = Infusion(dt.date(2026, 9, 17), catalogue.resolve("eptinezumab"), dose_mg=2.5, setting="home")
    outcome = {"baseline_mmd": 11.41, "followup_mmd": [5.19, 6.22, None], "percent_reduction": 49.96,
               "followup_status": "in_progress"}
    row = cycle_row(infusion, outcome)
    assert row[:6] == ["17.09.2026", "eptinezumab", "2,5 mg", "1", "prophylaktisch", "zu Hause"]
    assert row[6] == "11,4" and "läuft noch" in row and "ausstehend" in row
    huge = Infusion(dt.date(2026, 9, 17), catalogue.resolve("eptinezumab"), dose_mg=1e8)
    assert cycle_row(huge, outcome)[2] == "100000000 mg"


def test_a_course_its_check_and_the_next_infusion_in_spanish(speaking):
    speaking("es")
    course = {"medication": "topiramate", "dose": "50 mg", "start": "2026-03-02", "stop": "2026-03-02",
              "duration_days": 1, "stop_reason": "side-effects", "recorded": True}
    assert course_title(course, TODAY) == (
        "topiramate 50 mg · 2/3/2026 hasta 2/3/2026 · 1 día · finalizado: efectos adversos")
    check = {"adequate_trial": None, "trial_months": 6, "review_date": "2026-12-10"}
    assert continuation_summary(check) == "Pendiente: la revisión toca el 10/12/2026, tras un ensayo de 6 meses."
    due = {"medication": "eptinezumab", "due": "2026-12-10", "days_until": 14, "last_infusion": "2026-09-17"}
    assert due_text(due, TODAY) == (
        "Próxima infusión de eptinezumab prevista el 10/12/2026 (en 14 días); la última, el 17/9/2026.")


def test_counts_read_right_in_english_too(speaking):
    speaking("en")
    due = {"medication": "eptinezumab", "due": "2026-11-27", "days_until": 1, "last_infusion": "2026-09-17"}
    assert "(in 1 day)" in due_text(due, TODAY)
    overdue = {**due, "days_until": -3}
    assert "(3 days overdue)" in due_text(overdue, TODAY)


def test_a_month_as_the_hover_says_it_in_german(speaking):
    speaking("de")
    month = {"month": "2026-03", "migraine_days": 21, "headache_days": 29, "recorded_days": 30, "days_in_month": 31,
             "classification": "chronic"}
    text = describe_month(month)
    assert text.startswith("März 2026: Migränetage 21, Kopfschmerztage 29") and text.endswith("— chronisch")
