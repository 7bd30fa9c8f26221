"""How the report says things: dates, months, numbers, rates, the title and the definitions footer,
in the interface's language (context "ReportWording"; docs/translating.md).

Dates and numbers follow the default QLocale (diary_app.i18n sets it): "25 Jun 2026", "25. Juni
2026", "25 jun 2026"; rates keep two decimals with the locale's separator. Under the C locale (tests,
the command line without a language) they read as in English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QT_TRANSLATE_NOOP

from diary_app.domain.analysis.months import CHRONIC_MIGRAINE_DAYS
from diary_app.exporters.report.content import ReportContent

DASH = "–"  # an empty figure: not enough data, or not measured

# Column headers: whole words that fit a narrow column (no header may break inside a word).
SHORT_CLASS = {
    "triptan": QT_TRANSLATE_NOOP("ReportWording", "Triptan"),
    "ergot": QT_TRANSLATE_NOOP("ReportWording", "Ergot"),
    "gepant": QT_TRANSLATE_NOOP("ReportWording", "Gepant"),
    "ditan": QT_TRANSLATE_NOOP("ReportWording", "Ditan"),
    "simple_analgesic": QT_TRANSLATE_NOOP("ReportWording", "Simple analg. / NSAID"),
    "combination_analgesic": QT_TRANSLATE_NOOP("ReportWording", "Comb. analg."),
    "opioid": QT_TRANSLATE_NOOP("ReportWording", "Opioid"),
    "antiemetic": QT_TRANSLATE_NOOP("ReportWording", "Antiemetic"),
    "cgrp_antibody": QT_TRANSLATE_NOOP("ReportWording", "CGRP mAb"),
    "preventive": QT_TRANSLATE_NOOP("ReportWording", "Other prev."),
    "other": QT_TRANSLATE_NOOP("ReportWording", "Other"),
}
CLASS_KEY = {  # the shortened ones in full, for a footnote
    "simple_analgesic": QT_TRANSLATE_NOOP("ReportWording", "simple analg.: simple analgesics and NSAIDs"),
    "combination_analgesic": QT_TRANSLATE_NOOP("ReportWording", "comb. analg.: combination analgesics"),
    "cgrp_antibody": QT_TRANSLATE_NOOP("ReportWording", "CGRP mAb: CGRP monoclonal antibodies"),
    "preventive": QT_TRANSLATE_NOOP("ReportWording", "other prev.: other preventives"),
}


class ReportWording(QObject):
    """The translation context of this module's words (never instantiated)."""


def tr(text: str) -> str:
    """A text of this module marked with QT_TRANSLATE_NOOP("ReportWording", ...), translated."""
    return QCoreApplication.translate("ReportWording", text)


def counted(text: str, count: int) -> str:
    """A plural from a QObject's tr("%n day(s)", "", count): the English source's "(s)" becomes its
    ending (a translation has its own forms)."""
    return text.replace("(s)", "" if count == 1 else "s")


def title() -> str:
    return QCoreApplication.translate("ReportWording", "Migraine diary report")


def no_days() -> str:
    return QCoreApplication.translate("ReportWording", "No days recorded in this period.")


def not_enough_data() -> str:
    """A rate resting on fewer than half of its days."""
    return QCoreApplication.translate("ReportWording", "not enough data")


def definitions() -> str:
    return QCoreApplication.translate(
        "ReportWording",
        "Definitions. Migraine day: a recorded day marked migraine, or a headache day treated with a triptan "
        "or an ergot. Days not recorded are unknown, never counted as headache-free. Month: chronic = "
        "{0}+ migraine days; episodic = at most {1} even if every unrecorded day were a migraine day; otherwise "
        "incomplete. Overuse: ICHD-3 8.2 day thresholds per month. Rates: migraine days × 28 / recorded days, "
        "over 28-day windows or ended months.").format(CHRONIC_MIGRAINE_DAYS, CHRONIC_MIGRAINE_DAYS - 1)


def short_class(name: str) -> str:
    """A medication class as a column header ("Comb. analg.")."""
    return tr(SHORT_CLASS[name]) if name in SHORT_CLASS else name


def class_key(classes) -> str:
    """"Comb. analg.: combination analgesics; ..." for the shortened class names among `classes`."""
    found = [tr(CLASS_KEY[name]) for name in classes if name in CLASS_KEY]
    text = "; ".join(found) + "."
    return text[:1].upper() + text[1:] if found else ""


# -- dates --------------------------------------------------------------------------------------
def _day(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _patterns() -> tuple[str, str, str]:
    """(day month year, day month, day) as the locale writes them with a short month name:
    "d MMM yyyy" (English, Spanish), "d. MMM yyyy" (German)."""
    dotted = "d." in QLocale().dateFormat(QLocale.FormatType.LongFormat)
    day = "d." if dotted else "d"
    return f"{day} MMM yyyy", f"{day} MMM", day


def _format(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def month_name(number: int) -> str:
    """The locale's short name of a month ("Jun", "Juni", "jun")."""
    return QLocale().monthName(number, QLocale.FormatType.ShortFormat)


def month_text(label: str) -> str:
    """"2026-06" as "Jun 2026"."""
    return f"{month_name(int(label[5:7]))} {label[:4]}"


def date_text(value: dt.date | str) -> str:
    """A date as "25 Jun 2026": no day/month order to misread across countries."""
    return _format(_day(value), _patterns()[0])


def span_text(first: dt.date | str, last: dt.date | str) -> str:
    return date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"


def short_span_text(first: dt.date | str, last: dt.date | str) -> str:
    """A span naming the year (and month) once when they are shared: "25–27 Mar 2026",
    "4 Jul – 25 Sep 2026", "20 Oct 2025 – 11 Jan 2026"."""
    start, end = _day(first), _day(last)
    if start == end:
        return date_text(end)
    if start.year != end.year:
        return f"{date_text(start)} – {date_text(end)}"
    _, day_month, day = _patterns()
    if start.month != end.month:
        return f"{_format(start, day_month)} – {date_text(end)}"
    return f"{_format(start, day)}–{date_text(end)}"


def weeks_text(days: int) -> str:
    """A treatment's length as a form asks for it: "9 days", "8 weeks", "14 months"."""
    if days < 14:
        return counted(ReportWording.tr("%n day(s)", "", days), days)
    if days < 26 * 7:
        return counted(ReportWording.tr("%n week(s)", "", days // 7), days // 7)
    months = days * 12 // 365
    return counted(ReportWording.tr("%n month(s)", "", months), months)


# -- numbers ------------------------------------------------------------------------------------
def number_text(value: float, decimals: int) -> str:
    """`value` with `decimals` decimals and the locale's decimal separator, no group separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def amount_text(value: float) -> str:
    """A dose as written: "300", "1.5" (no trailing zeros)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def percent_text(value: float | None) -> str:
    return DASH if value is None else QCoreApplication.translate("ReportWording", "{0}%").format(
        number_text(value, 2))


def rate_text(value: float | None) -> str:
    return DASH if value is None else number_text(value, 2)


def yes_no(value: bool | None) -> str:
    if value is None:
        return DASH
    return QCoreApplication.translate("ReportWording", "yes") if value else QCoreApplication.translate(
        "ReportWording", "no")


# -- the period -----------------------------------------------------------------------------------
def period_text(content: ReportContent) -> str:
    return span_text(content.period_start, content.period_end)


def coverage_text(content: ReportContent) -> str:
    """"181 of 187 days recorded (96%)", counted from the diary's first recorded day when it
    began inside the period and never past today (days to come are not unrecorded)."""
    days = content.period_days
    if days == 0:
        first = content.first_recorded_day
        if first is not None and first > content.counted_to >= content.period_start:
            return QCoreApplication.translate(
                "ReportWording", "none: the diary begins after this period (first recorded day {0})").format(
                date_text(first))
        return QCoreApplication.translate("ReportWording", "none yet: the period has not begun")
    text = counted(ReportWording.tr("{0} of %n day(s) recorded ({1}%)", "", days), days).format(
        content.recorded_days, content.recorded_days * 100 // days)
    if content.counted_from > content.period_start:
        text = QCoreApplication.translate("ReportWording", "{0}, counted from the first recorded day, {1}").format(
            text, date_text(content.counted_from))
    return text


def running_header(content: ReportContent) -> tuple[str, str]:
    """(left, right) plain text repeated at the top of every page."""
    who = f" · {content.patient_name}" if content.patient_name else ""
    return (f"{title()}{who} · {period_text(content)}",
            QCoreApplication.translate("ReportWording", "Generated {0}").format(date_text(content.today)))
