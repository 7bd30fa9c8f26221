"""Start-up: the QApplication, the one-window-per-diary lock, the error hook, the window.

In the order that puts the window on screen soonest (docs/performance.md): the diary opens on a
worker thread while the window is built, and what the first screen does not show (the other
views, matplotlib, the daily backup, the icon) waits until `settle`, after the first paint; the
menus' actions come 50 ms after `show` (MainWindow.show_first).

No Python event handler receives an event before the first paint (no event filter, `event` or
`changeEvent`; key and focus handlers are called for keys and focus only): the first event PySide
hands to Python code makes it build the classes of all 53 QEvent subclasses (~3 ms), and
tests/ui/test_app.py checks that start-up builds none of them. Nor does anything ask the window for
its `windowHandle()` to learn when it is exposed: PySide is not told when Qt deletes that QWindow,
and a wrapper left for it crashed the process later.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

import diary_app
from diary_app.domain.errors import DiaryError

TODAY_ENV = "MIGRAINE_DIARY_TODAY"  # the same variable the command line honours
SETTLE_MS = 400  # after the first paint: matplotlib loads while the person reads the screen


def today_provider(today: dt.date | Callable[[], dt.date] | None = None) -> Callable[[], dt.date]:
    """A callable giving today's date: a fixed date, the pinned MIGRAINE_DIARY_TODAY, or the clock."""
    if callable(today):
        return today
    if today is not None:
        return lambda: today

    def clock() -> dt.date:
        pinned = os.environ.get(TODAY_ENV)
        return dt.date.fromisoformat(pinned) if pinned else dt.date.today()

    return clock


def resource_path(name: str) -> Path | None:
    """A file from resources/: inside the installed package first, then the source checkout."""
    package = Path(diary_app.__file__).parent
    for folder in (package / "resources", package.parent / "resources"):
        if (folder / name).is_file():
            return folder / name
    return None


def configure(app) -> None:
    from diary_app.ui.settings import APPLICATION, ORGANIZATION

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(diary_app.__version__)
    app.setDesktopFileName("migraine-diary")


def set_icon(app) -> None:
    """The application's icon (loading the SVG icon engine takes a while: done after the first paint)."""
    from PySide6.QtGui import QIcon

    for name in ("icon.svg", "icon.png"):
        icon = resource_path(name)
        if icon is not None:
            app.setWindowIcon(QIcon(str(icon)))
            break


def show_unexpected_error(exc_type, exc, tb) -> None:
    """sys.excepthook: the traceback goes to stderr, the person sees a short message."""
    import traceback

    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    if issubclass(exc_type, KeyboardInterrupt):
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from diary_app.ui import prompts

    if QApplication.instance() is None:
        return
    if isinstance(exc, DiaryError):
        prompts.show_error(None, "Migraine Diary", str(exc))
        return
    prompts.show_error(None, "Migraine Diary", QCoreApplication.translate(
        "App", "Something went wrong: {0}\n\nWhat you saved before is safe. The details were written to the "
        "error output (stderr).").format(str(exc) or exc_type.__name__))


def refuse_broken_qt() -> None:
    """A PySide6 that would abort after a few thousand edits stops the start, with a message
    in a box (for the desktop launcher) and on stderr (BrokenQtError, through the command line)."""
    from diary_app.qt_runtime import BrokenQtError, check_qt_runtime

    try:
        check_qt_runtime()
    except BrokenQtError as exc:
        from diary_app.ui import prompts

        prompts.show_error(None, "Migraine Diary", str(exc))
        raise


def start(path: Path, today: Callable[[], dt.date], opening=None):
    """Open the diary (asking what to do if it cannot be opened) and show the window; None if not.

    `opening` is an OpeningInBackground of `path` already under way (see `launch`).
    """
    from diary_app.ui.opening import OpeningInBackground, open_with_recovery

    opening = opening or OpeningInBackground(Path(path), today())
    from diary_app.ui.main_window import MainWindow  # loads while the diary opens,
    from diary_app.ui.session import DiarySession

    window = MainWindow()  # and the window's frame is built meanwhile
    opened = open_with_recovery(None, Path(path), today(), first_try=opening.result)
    if opened is None:
        window.deleteLater()
        return None
    diary, lock = opened
    window.install(DiarySession(diary, today), lock)
    window.offer_catch_up()  # before the first paint, laid out with the rest (settle_layouts)
    window.restore_geometry()
    window.show_first()
    settle_layouts()
    from PySide6.QtCore import QTimer

    settling = QTimer(window)  # goes with the window if it closes first; singleShot(ms, window, ...)
    settling.setSingleShot(True)  # would build QMetaMethod's class to choose that overload
    settling.timeout.connect(lambda: settle(window))
    settling.start(SETTLE_MS)
    return window


LAYOUT_ROUNDS = 8  # each round reaches one level of widgets further up; the Today page needs four


def settle_layouts() -> None:
    """Deliver now the polish and layout requests that building and showing the window posted.

    Left to the event loop they arrive a level of widgets at a time, after the first paint, and the
    one that reaches the tab widget repaints the whole Today page (QTabWidget redraws itself on
    every layout request): a second full paint, 5-7 ms of the first frame (docs/performance.md).

    Every kind of posted event goes, not only those two: naming them builds QEvent's class with
    its 179-member Type enum (~1.5 ms), and a plain number is taken by PySide 6.11 without error
    and delivers nothing. The rest is what the event loop's first turn would deliver before the
    window's first paint anyway: an update request (the paint itself waits for the window to be
    exposed) and queued calls; deferred deletions wait for the event loop, as always.
    """
    from PySide6.QtCore import QCoreApplication

    for _ in range(LAYOUT_ROUNDS):  # a round with nothing left to deliver costs microseconds
        QCoreApplication.sendPostedEvents()


def settle(window) -> None:
    """What start-up leaves until the window is on screen."""
    from PySide6.QtWidgets import QApplication

    gc.collect()  # whatever start-up left in cycles goes now, then
    gc.freeze()  # what it loaded lives as long as the app: later collections skip it
    gc.enable()
    set_icon(QApplication.instance())
    window.settle()


def launch(db_path: Path, today: Callable[[], dt.date]):
    """The application and its window, shown (None if no diary could be opened).

    The diary opens on a worker thread: SQLite checks the file while the window's modules load.
    Python's garbage collector waits until the window is on screen (`settle`): start-up makes
    almost no reference cycles, and its collections would only re-scan the modules being loaded.
    """
    gc.disable()
    window = None
    try:
        window = _launch(db_path, today)
        return window
    finally:
        if window is None:  # no window, or an error: nothing will call settle()
            gc.enable()


def _launch(db_path: Path, today: Callable[[], dt.date]):
    from diary_app.ui.pyside_bootstrap import import_pyside

    import_pyside()  # its support code from the cache, and its question about each later import quick
    from PySide6.QtWidgets import QApplication

    # The application comes before any other Qt call, the worker's included: Qt's main thread is this one.
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "migraine-diary"])
    refuse_broken_qt()
    from diary_app.i18n import install_translations
    from diary_app.ui.opening import OpeningInBackground

    opening = OpeningInBackground(Path(db_path), today())
    configure(app)
    install_translations(app)  # diary_app/i18n.py: before the first widget is built
    sys.excepthook = show_unexpected_error
    return start(Path(db_path), today, opening)


def run(db_path: Path, *, today: dt.date | Callable[[], dt.date] | None = None) -> int:
    """Create the application, open the diary window and run until it closes."""
    window = launch(Path(db_path), today_provider(today))
    if window is None:
        return 1
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().exec()


