"""Work that can wait until the window's first frame is on screen, and no longer.

`settle` waits 0.4 s (matplotlib, the icon); this is for what a person may reach for at once, such
as the menus' shortcuts: built in the event loop's turn after the first paint, so the first frame
does not wait for them, and a key pressed a moment later finds them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAINT = 12  # QEvent.Type.Paint, as a number: the event filter sees every event of the window until then


class AfterFirstFrame(QObject):
    """Calls `then` once, in the event loop's turn after `window` is first painted (its children
    paint in the same pass); `run_now` calls it at once if it has not run yet."""

    def __init__(self, window: QObject, then: Callable[[], None]):
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == PAINT and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run_now)
        return False

    def run_now(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()
