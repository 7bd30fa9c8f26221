"""A date (and time) field that Tab leaves at once.

Qt's own walks the day, month and year (and hours, minutes) with Tab first, so a keyboard user
pays three to five extra presses per field; typing and the arrow keys still move within it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit, QWidget

TAB_KEYS = (0x01000001, 0x01000002)  # Qt.Key.Key_Tab, Key_Backtab: `Qt` costs ~12 ms at start-up


class DateTimeField(QDateTimeEdit):
    """Tab leaves the field; Ctrl+Tab reaches the window's views (Qt's field would keep it)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def keyPressEvent(self, event) -> None:
        if event.key() in TAB_KEYS and event.modifiers():
            event.ignore()
            return
        super().keyPressEvent(event)
