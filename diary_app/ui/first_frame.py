"""Work that can wait until the window's first frame is on screen, and no longer.

`settle` waits 0.4 s (matplotlib, the icon); this is for what a person may reach for at once, such
as the menus' shortcuts: built as soon as the window is exposed, so the first frame does not wait
for them, and a key pressed a moment later finds them.

No event filter and no `event`/`changeEvent` in Python before the first paint: the first event
PySide hands to Python code makes it build the Python classes of all 53 QEvent subclasses (~3 ms;
tests/ui/test_app.py checks that start-up builds none of them). A widget window is painted while
Qt handles its expose, so once the window reports itself exposed its first frame is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

LOOK_EVERY_MS = 5


class AfterFirstFrame(QObject):
    """Calls `then` once, when `window` has been exposed (and so painted), looking from `start`
    (called with the window's `show`: a look before the event loop's first turn would only delay
    the paint); `run_now` calls it at once if it has not run yet (a window never shown)."""

    def __init__(self, window, then: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self._look)

    def start(self) -> None:
        if self._then is not None:
            self._timer.start()

    def _look(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and handle.isExposed():
            self.run_now()

    def run_now(self) -> None:
        self._timer.stop()
        then, self._then = self._then, None
        if then is not None:
            then()
