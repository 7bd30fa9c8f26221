"""Help > Definitions: the counting rules in plain words (docs/definitions.md when shipped)."""

from __future__ import annotations

from pathlib import Path

import diary_app
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

BUILT_IN = """# How the diary counts

- **Recorded day**: a day you saved. A day you did not record is *unknown*; it is never
  counted as headache-free.
- **Headache day**: a recorded day with a headache (every migraine day is one).
- **Migraine day**: a day you marked as migraine, or a headache day on which you took a
  triptan or an ergot (such as DHE).
- **Chronic month**: 15 or more migraine days. **Episodic month**: 14 or fewer migraine days
  even if every unrecorded day had been a migraine day. Otherwise the month is **incomplete**.
- **Medication overuse** (ICHD-3 8.2): triptans, ergots, opioids or combination analgesics on
  10 or more days of a month, simple analgesics on 15 or more, or 10 or more days of two or
  more of these classes together.
- **Infusion outcome**: migraine days per 28 days in the 28 days before a preventive infusion
  (baseline) and in weeks 1-4, 5-8 and 9-12 after its last day. A period needs at least 14
  recorded days. The reduction compares the mean follow-up rate with the baseline; a 50% (75%)
  responder has at least 50% (75%) fewer migraine days.
- **Next infusion due**: the last preventive infusion plus its interval (12 weeks for
  eptinezumab); "due soon" within 14 days.
"""


def definitions_text() -> str:
    """The project's docs/definitions.md when it is beside the package, else a built-in summary."""
    root = Path(diary_app.__file__).parent
    for candidate in (root / "resources" / "definitions.md", root.parent / "docs" / "definitions.md"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return BUILT_IN


class DefinitionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Definitions"))
        self.browser = QTextBrowser()
        self.browser.setMarkdown(definitions_text())
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
