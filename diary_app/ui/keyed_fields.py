"""Fields whose keys serve a keyboard user: Tab leaves a date at once, Return adds a line's item
without also pressing the dialog's default button."""

from __future__ import annotations

from PySide6.QtWidgets import QCompleter, QDateTimeEdit, QLineEdit, QWidget

# Qt.Key.Key_Tab, Key_Backtab, Key_Return, Key_Enter: naming them builds PySide's `Qt` (~12 ms at start-up)
TAB_KEYS, RETURN_KEYS = (0x01000001, 0x01000002), (0x01000004, 0x01000005)


class DateTimeField(QDateTimeEdit):
    """Tab leaves the field (Qt's own walks the day, month, year, hours and minutes first: up to
    five presses per field) and Ctrl+Tab reaches the window's views; typing and arrows move within."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def keyPressEvent(self, event) -> None:
        if event.key() in TAB_KEYS and event.modifiers():
            event.ignore()
            return
        super().keyPressEvent(event)


class EnterField(QLineEdit):
    """Return on a typed item adds it and stops there (in a dialog it would also press Save); on
    an empty field it reaches the dialog. While the completion list is open the Return stays Qt's,
    which then takes the suggestion."""

    def keyPressEvent(self, event) -> None:
        completing = self.completer() is not None and self.completer().popup().isVisible()
        typed = bool(self.text().strip())
        super().keyPressEvent(event)
        if event.key() in RETURN_KEYS and typed and not completing:
            event.accept()


def complete_from(field: QLineEdit, names: list[str], *, anywhere: bool = False) -> QCompleter:
    """Give `field` a new completion over `names`, case-insensitive (`anywhere`: also inside a
    name). New each time rather than `completer.model().setStringList(...)`: asking a completer
    for its model builds PySide's classes of Qt's item models before the first paint (~1 ms).
    Enum properties are set by name, as `Qt.CaseSensitivity` would build the `Qt` namespace."""
    completer = QCompleter(names, field)
    completer.setProperty("caseSensitivity", "CaseInsensitive")
    if anywhere:
        completer.setProperty("filterMode", "MatchContains")
    field.setCompleter(completer)  # the field deletes the completer it had (it was the parent)
    return completer
