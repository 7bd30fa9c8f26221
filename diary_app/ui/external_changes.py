"""Noticing what other programs save to the open diary, so the window never shows stale days.

The command line keeps working while the window is open; its saves reach the window through
SQLite's `PRAGMA data_version` (it changes when another connection commits), looked at on a
short timer and whenever one of the app's windows gains the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from diary_app.domain.errors import DiaryError

CHECK_INTERVAL_MS = 2000


class ExternalChangeWatch(QObject):
    """Emits `changed` once for each look that finds another program's save."""

    changed = Signal()

    def __init__(self, session, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._on_focus_window_changed)

    @Slot()
    def check(self) -> bool:
        """Look now; True (and `changed` emitted) when another program saved meanwhile."""
        try:
            changed = self._session.changed_elsewhere()
        except DiaryError:  # the file went away or cannot be read: the next save will say so
            return False
        if changed:
            self.changed.emit()
        return changed

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.disconnect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, window) -> None:
        if window is not None:  # one of ours gained the focus: the person is back
            self.check()
