"""One start-up, measured by the parent: prints "painted" when the first window has painted.

    python benchmarks/startup_probe.py empty            an empty QMainWindow, the yardstick
    python benchmarks/startup_probe.py app DIARY_PATH   Migraine Diary on that diary
    python benchmarks/startup_probe.py trends DIARY_PATH  ...then the trends view; prints peak memory
    python benchmarks/startup_probe.py empty-memory     the empty window's peak memory
"""

from __future__ import annotations

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


def main() -> None:
    mode = sys.argv[1]
    if mode in ("empty", "empty-memory"):
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
    else:  # what `migraine-diary` does, up to app.exec()
        from diary_app.ui.app import launch, today_provider

        window = launch(Path(sys.argv[2]), today_provider())
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                self.deleteLater()
                QTimer.singleShot(0, after_paint)
            return False

    def after_paint() -> None:
        if mode == "trends":
            window.tabs.setCurrentWidget(window.trends)
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
