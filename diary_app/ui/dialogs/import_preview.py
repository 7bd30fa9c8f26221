"""What a file from another diary app holds, shown before anything is written: Import or Cancel.

For an app that records attacks only, a box offers to mark the days without an attack between
the first and the last imported day as headache-free (off unless the person ticks it).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from diary_app.ui.qdates import short_date

FILL_WHY = QT_TRANSLATE_NOOP(
    "ImportPreviewDialog",
    "The app records attacks, not headache-free days, so a day it does not mention may have been "
    "headache-free or simply not logged: tick this only if you logged every attack in that time.")


def offers_fill(parsed) -> bool:
    """Whether to offer marking the days between as headache-free: the file has attacks and states
    no headache-free day of its own (attack-only apps such as Migraine Buddy and Headi)."""
    return bool(parsed.attacks) and not parsed.days


class ImportPreviewDialog(QDialog):
    """The ParsedHistory's `describe()` lines; accepted means: import all of it, in one go."""

    def __init__(self, parsed, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.parsed = parsed
        self.setWindowTitle(self.tr("Import from {0}").format(parsed.format))
        intro = QLabel(self.tr("<b>{0}</b> is an export from {1}. Nothing has been written yet.")
                       .format(html.escape(file_name), html.escape(parsed.format)))
        intro.setWordWrap(True)
        self.found_label = QLabel("".join(f"<p style='margin: 3px 0'>• {html.escape(line)}</p>"
                                          for line in parsed.describe()))
        self.found_label.setWordWrap(True)
        self.found_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.found_label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setMinimumHeight(140)
        self.found_label.setContentsMargins(6, 4, 6, 4)
        self.fill_box = QCheckBox()
        self.fill_why = QLabel(self.tr(FILL_WHY))
        self.fill_why.setWordWrap(True)
        self.fill_why.setIndent(22)  # under the box's text
        self.fill_why.setStyleSheet("color: palette(placeholder-text);")
        if parsed.first_day is not None:
            self.fill_box.setText(self.tr("Mark the days without an attack between {0} and {1} as headache-free")
                                  .format(short_date(parsed.first_day), short_date(parsed.last_day)))
        for widget in (self.fill_box, self.fill_why):
            widget.setVisible(offers_fill(parsed))
        after = QLabel(self.tr("Importing the same file again later adds nothing new. Days you already recorded "
                               "are never made milder: flags are combined and the highest severity kept."))
        after.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(bool(parsed.attacks or parsed.days or parsed.injections))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.fill_box)
        layout.addWidget(self.fill_why)
        layout.addWidget(after)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def fill_headache_free(self) -> bool:
        return offers_fill(self.parsed) and self.fill_box.isChecked()

    def found_lines(self) -> list[str]:
        """What the dialog lists (for tests and the status bar)."""
        return self.parsed.describe()
