"""Small pieces the dialogs share: a form row that keeps its widgets at their natural width,
the paper-size choice, a drug name with completion, a date, the problem line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget,
)

from diary_app.domain import catalogue
from diary_app.domain.models import CLASS_LABELS, Medication
from diary_app.i18n import domain_text
from diary_app.ui.qdates import edit_format, qdate

PAPERS = (("A4", QT_TRANSLATE_NOOP("Fields", "A4 (210 × 297 mm)")),
          ("Letter", QT_TRANSLATE_NOOP("Fields", "Letter (8.5 × 11 in)")))
ROLE_WORDS = {"acute": QT_TRANSLATE_NOOP("Fields", "acute"), "preventive": QT_TRANSLATE_NOOP("Fields", "preventive")}


def tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("Fields", ...)) in the person's language."""
    return QCoreApplication.translate("Fields", text)


def add_row(form: QFormLayout, label: str, *widgets: QWidget) -> QHBoxLayout:
    """`label` then `widgets` side by side, left-aligned; the label's mnemonic goes to the first."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    form.addRow(label, row)
    form.labelForField(row).setBuddy(widgets[0])
    return row


def paper_combo(paper: str, name: str) -> QComboBox:
    """A4 or Letter, with `paper` chosen; the item data is the name the report takes."""
    combo = QComboBox()
    for key, label in PAPERS:
        combo.addItem(tr(label), key)
    combo.setCurrentIndex(max(0, combo.findData(paper)))
    combo.setAccessibleName(name)
    return combo


def drug_edit(text: str, own_medications: list[Medication], placeholder: str, name: str) -> QLineEdit:
    """A drug name completed from the catalogue and the person's own medications (any part matches)."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    names = sorted(set(catalogue.completion_names()) | {m.name for m in own_medications}, key=str.casefold)
    completer = QCompleter(names, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def date_edit(date: dt.date, latest: dt.date, name: str) -> QDateEdit:
    """A date as the language writes it, with a calendar popup, never after `latest` (today)."""
    edit = QDateEdit(qdate(date))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(edit_format())
    edit.setMaximumDate(qdate(latest))
    edit.setAccessibleName(name)
    return edit


def problem_label() -> QLabel:
    """The line under a form that says what stops it being saved (hidden until then)."""
    label = QLabel()
    label.setStyleSheet("color: #D55E00; font-weight: bold;")
    label.setWordWrap(True)
    label.hide()
    return label


def drug_description(text: str) -> str:
    """What the catalogue knows of a typed name ("erenumab · CGRP antibodies · preventive"), in the
    person's language."""
    found = catalogue.lookup(text) if text.strip() else None
    if found is None:
        return QCoreApplication.translate("Fields", "not in the catalogue: kept as typed") if text.strip() else ""
    kind = catalogue.preventive_class(found) if found.role == "preventive" else CLASS_LABELS[found.drug_class]
    kind = domain_text(CLASS_LABELS["other"]) if kind == "other" else domain_text(kind)
    return f"{found.name} · {kind} · {tr(ROLE_WORDS.get(found.role, found.role))}"


def own_or_catalogue(name: str, own_medications: list[Medication]) -> Medication:
    """The person's own medication of that name, else the catalogue's, else the name as typed (a preventive)."""
    name = name.strip()
    own = {m.name.casefold(): m for m in own_medications}
    return own.get(name.casefold()) or catalogue.resolve(name, role="preventive")


def dose_spin(dose_mg: float | None, not_given: str, name: str) -> QDoubleSpinBox:
    """A dose in mg, or `not_given` (read back a value below 0 as None)."""
    spin = QDoubleSpinBox()
    spin.setRange(-1, 10000)
    spin.setDecimals(1)
    spin.setSuffix(" mg")
    spin.setSpecialValueText(not_given)
    spin.setValue(-1 if dose_mg is None else dose_mg)
    spin.setAccessibleName(name)
    return spin
