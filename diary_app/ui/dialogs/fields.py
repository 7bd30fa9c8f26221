"""Small pieces the dialogs share: a form row that keeps its widgets at their natural width,
and the paper-size choice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QWidget

PAPERS = (("A4", "A4 (210 × 297 mm)"), ("Letter", "Letter (8.5 × 11 in)"))


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
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(paper)))
    combo.setAccessibleName(name)
    return combo
