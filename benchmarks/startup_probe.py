"""One start-up, measured by the parent: prints "painted" once the window's first frame is painted.

    python benchmarks/startup_probe.py empty            an empty QMainWindow, the yardstick
    python benchmarks/startup_probe.py app DIARY_PATH   Migraine Diary on that diary
    python benchmarks/startup_probe.py trends DIARY_PATH  ...then the trends view; prints peak memory
    python benchmarks/startup_probe.py empty-memory     the empty window's peak memory
"""

from __future__ import annotations

import gc
import os
import resource
import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the
    peak of the parent that forked us, so it would report the benchmark runner's memory."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_window(diary: Path):
    """What the desktop launcher's `migraine-diary` (no arguments; the diary named by
    MIGRAINE_DIARY_DB) does, up to the event loop: `ui.app.run` without its last step, app.exec."""
    import diary_app.ui.app as ui_app
    from diary_app.cli import main as cli_main

    shown = []

    def run(path, **_options) -> int:
        shown.append(ui_app.launch(Path(path), ui_app.today_provider()))
        return 0

    ui_app.run = run
    os.environ["MIGRAINE_DIARY_DB"] = str(diary)
    cli_main([])
    gc.disable()  # as in the app, where run() returns only when the window closes: the collector
    return shown[0]  # stays off until `settle` (the command turns it on again when run() returns)


def main() -> None:
    mode = sys.argv[1]
    if mode in ("empty", "empty-memory"):
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
    else:
        window = open_window(Path(sys.argv[2]))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()

    class FirstPaint(QObject):
        """The window's Paint event comes before its children paint: the frame is finished when
        the event loop turns again, and the clock stops then."""

        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.deleteLater()
                QTimer.singleShot(0, after_paint)
            return False

    def after_paint() -> None:
        print("painted", flush=True)
        if mode == "app":  # as a person ends the session, so the next start finds no stale lock
            window.close()
        if mode == "trends":
            from diary_app.ui.main_window import TRENDS_TAB

            window.show_view(TRENDS_TAB)  # (the tab holds the view inside a scroll area: not setCurrentWidget)
            app.processEvents()
            window.trends.trend_canvas.draw()
            window.trends.outcome_canvas.draw()
        if mode in ("trends", "empty-memory"):
            print(f"peak_rss_mb {peak_rss_mb():.1f}", flush=True)
        os._exit(0)

    filter_ = FirstPaint()
    window.installEventFilter(filter_)
    app.exec()


if __name__ == "__main__":
    main()
