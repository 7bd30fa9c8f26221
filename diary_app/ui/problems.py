"""What a ValidationError says, in the person's language: the field's name and the problem, with
its dates and numbers written as the language writes them (diary_app.domain.validation marks its
messages with QT_TRANSLATE_NOOP("Domain", ...) and keeps the values apart)."""

from __future__ import annotations

import datetime as dt

from diary_app.domain.errors import ValidationError
from diary_app.domain.validation import FIELD_NAMES
from diary_app.i18n import domain_text


def shown_value(value) -> str:
    from PySide6.QtCore import QLocale

    from diary_app.ui import qdates

    if isinstance(value, dt.datetime):
        return QLocale().toString(qdates.qdatetime(value), qdates.edit_format() + " HH:mm")
    if isinstance(value, dt.date):
        return qdates.short_date(value)
    if isinstance(value, float):
        from diary_app.ui.numbers import shown_number

        return shown_number(value)
    return str(value)


def problem_text(error: ValidationError) -> str:
    """The problem alone ("11 is outside 0-10", "11 liegt außerhalb von 0–10")."""
    template = getattr(error, "template", None)
    if template is None:
        return error.problem
    return domain_text(template).format(*(shown_value(value) for value in error.values))


def field_name(field: str) -> str:
    """"severity", "Schmerzstärke"; an unknown field as it is named."""
    name = FIELD_NAMES.get(field)
    return domain_text(name) if name else field.replace("_", " ")


def error_text(error: ValidationError) -> str:
    """"severity: 11 is outside 0-10", "Schmerzstärke: 11 liegt außerhalb von 0–10"."""
    return f"{field_name(error.field)}: {problem_text(error)}"
