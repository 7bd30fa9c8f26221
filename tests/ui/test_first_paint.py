"""The window is laid out before its first paint (ui/app.settle_layouts): a layout request left for
after it reaches the tab widget, which then repaints the whole Today page (docs/performance.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class LayoutRequests(QObject):
    """The widgets of `window` that receive a LayoutRequest while it watches."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.window, self.receivers = window, []

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget)
                and (watched is self.window or self.window.isAncestorOf(watched))):
            self.receivers.append(type(watched).__name__)
        return False


def test_no_layout_request_is_left_for_after_the_first_paint(db_path, today, prompter):
    from diary_app.ui.app import start

    window = start(db_path, lambda: today)
    assert window is not None
    requests = LayoutRequests(window)
    QApplication.instance().installEventFilter(requests)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.PolishRequest)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # what the first turn of the loop would find
    finally:
        QApplication.instance().removeEventFilter(requests)
    assert requests.receivers == []
    window.day_form._baseline = window.day_form._snapshot()
    window.close()
    window.deleteLater()
