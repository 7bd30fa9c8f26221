"""Work that can wait until the window's first frame is on screen, and no longer.

`settle` waits 0.4 s (matplotlib, the icon); this is for what a person may reach for at once, such
as the menus' shortcuts: built a moment after the window is shown (FIRST_FRAME_MS), when its first
frame is painted (10-20 ms after `show` here), so that frame does not wait for them, and a key
pressed once the window is there finds them.

No event filter and no `event`/`changeEvent` in Python before the first paint: the first event
PySide hands to Python code makes it build the Python classes of all 53 QEvent subclasses (~3 ms;
tests/ui/test_app.py checks that start-up builds none of them). Nor a look at the window's
`windowHandle()`: PySide does not learn when Qt deletes that QWindow, and a later wrapper at the
same address crashed the process.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FIRST_FRAME_MS = 50


class AfterFirstFrame(QObject):
    """Calls `then` once, FIRST_FRAME_MS after `start` (called with the window's `show`);
    `run_now` calls it at once if it has not run yet (a window never shown)."""

    def __init__(self, window, then: Callable[[], None]):
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIRST_FRAME_MS)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        if self._then is not None:
            self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        then, self._then = self._then, None
        if then is not None:
            then()
