"""The window is laid out before its first paint (ui/app.settle_layouts): a layout request left for
after it reaches the tab widget, which then repaints the whole Today page (docs/performance.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from diary_app.domain.models import DayEntry
from tests.ui.conftest import seed


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


@pytest.mark.parametrize("unrecorded_days", [False, True], ids=["new diary", "with the catch-up banner"])
def test_no_layout_request_is_left_for_after_the_first_paint(db_path, today, prompter, unrecorded_days):
    from diary_app.ui.app import start

    if unrecorded_days:  # a day recorded a month ago: the banner offers the last week's days
        seed(db_path, [DayEntry.headache_free(today - dt.timedelta(days=30))])
    window = start(db_path, lambda: today)
    assert (window._banner is not None) == unrecorded_days
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
