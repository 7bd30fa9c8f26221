"""The charts' words in the interface's language, for the window and the PDF report alike.

    from diary_app.exporters.chart_words import translated_chart_words
    draw_monthly_trend(figure, months, infusions, words=translated_chart_words())

`translated_chart_words()` returns a `diary_app.charts.words.ChartWords` (context "ChartWords" in the
.ts) with the locale's short month names (QLocale().monthName), its numeric dates and its decimal
separator, and `domain_text` for the domain's words (stop reasons). Call it after the translations
are installed (diary_app.i18n.install_translations) and again after a language change; under the
C locale and in English it gives the English words with ISO dates.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from diary_app.charts.words import ChartWords
from diary_app.exporters.words import date_text
from diary_app.i18n import domain_text


def month_label(date: dt.date) -> str:
    """The locale's short month name ("Mär", "mar")."""
    return QLocale().monthName(date.month, QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int) -> str:
    """`value` with `decimals` decimals and the locale's separator ("35,94"), no group separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def translated_chart_words() -> ChartWords:
    """The charts' words, dates and numbers in the chosen language (see the module's docstring)."""
    return ChartWords(
        days_per_month=QCoreApplication.translate("ChartWords", "days per month"),
        headache_days=QCoreApplication.translate("ChartWords", "headache days"),
        migraine_days_chronic=QCoreApplication.translate("ChartWords", "migraine days (chronic)"),
        migraine_days_episodic=QCoreApplication.translate("ChartWords", "migraine days (episodic)"),
        migraine_days_incomplete=QCoreApplication.translate("ChartWords", "migraine days (incomplete)"),
        chronic_threshold=QCoreApplication.translate("ChartWords", "chronic threshold ({0} days)"),
        rolling_rate=QCoreApplication.translate("ChartWords", "rolling 28-day rate"),
        infusion=QCoreApplication.translate("ChartWords", "infusion"),
        injection=QCoreApplication.translate("ChartWords", "injection"),
        preventive_courses=QCoreApplication.translate("ChartWords", "preventive courses"),
        course_of=QCoreApplication.translate("ChartWords", "{0} course"),
        infusion_series=QCoreApplication.translate("ChartWordsInfusions", "{0} course"),
        questionnaire_score=QCoreApplication.translate("ChartWords", "questionnaire score"),
        no_months=QCoreApplication.translate("ChartWords", "no months recorded yet"),
        baseline_period=QCoreApplication.translate("ChartWords", "baseline\n(28 days before)"),
        weeks_1_4=QCoreApplication.translate("ChartWords", "weeks 1-4"),
        weeks_5_8=QCoreApplication.translate("ChartWords", "weeks 5-8"),
        weeks_9_12=QCoreApplication.translate("ChartWords", "weeks 9-12"),
        per_28_days=QCoreApplication.translate("ChartWords", "migraine days\nper 28 days"),
        no_data=QCoreApplication.translate("ChartWords", "no data"),
        not_yet=QCoreApplication.translate("ChartWords", "not yet"),
        no_infusion=QCoreApplication.translate("ChartWords", "No preventive infusion recorded yet"),
        title_head=QCoreApplication.translate("ChartWords", "{0}, {1}"),
        title_unknown=QCoreApplication.translate(
            "ChartWords", "{0}: reduction not known yet (needs baseline and follow-up data)"),
        title_fewer=QCoreApplication.translate("ChartWords", "{0}: {1}% fewer migraine days"),
        title_more=QCoreApplication.translate("ChartWords", "{0}: {1}% more migraine days"),
        responder_75=QCoreApplication.translate("ChartWords", "{0} (75% responder)"),
        responder_50=QCoreApplication.translate("ChartWords", "{0} (50% responder)"),
        so_far_pending=QCoreApplication.translate("ChartWords", "{0} so far (verdict pending)"),
        today=QCoreApplication.translate("ChartWords", "today"),
        no_courses=QCoreApplication.translate(
            "ChartWords", "No preventive courses yet: start one, or add an injection or a preventive infusion."),
        stopped=QCoreApplication.translate("ChartWords", "stopped: {0}"),
        course_stopped=QCoreApplication.translate("ChartWords", "course (stopped)"),
        still_running=QCoreApplication.translate("ChartWords", "still running"),
        baseline_28=QCoreApplication.translate("ChartWords", "baseline (28 days before)"),
        twelve_week_periods=QCoreApplication.translate("ChartWords", "12-week periods"),
        month_label=month_label,
        day_label=date_text,
        number=number,
        domain=domain_text,
    )
