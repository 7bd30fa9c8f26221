"""The daily reminder: a tray message at the chosen time while today is still unrecorded.

Off by default. The choice lives in the diary's settings (`reminder_enabled`,
`reminder_time` "HH:MM"), so it travels with the diary and its backups. Without a system
tray (`available` False) nothing is shown, but `reminder_shown` still fires, so the
window may say it another way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from diary_app.domain.errors import ValidationError
from diary_app.domain.reminders import (
    DEFAULT_TIME, ENABLED_SETTING, TIME_SETTING, format_reminder_time, parse_reminder_time, reminder_due,
)

CHECK_EVERY_MS = 30_000  # a coarse tick survives sleep and clock changes better than one long timer
MESSAGE_MS = 15_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def _app_icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon


class DailyReminder(QObject):
    """Checks every 30 s; at the chosen time, once a day, reminds if today is unrecorded.

    `now` is the clock (inject a fake in tests); `tray` may be given (the window's own
    icon, or a stand-in with `showMessage`), else one is made when a tray is available.
    Started after the chosen time, it waits for tomorrow: the person has the diary open.
    """

    reminder_shown = Signal()  # the reminder went off (the tray message is up, if there is a tray)
    open_requested = Signal()  # the person clicked the tray icon or its message

    def __init__(self, diary, now: Callable[[], dt.datetime] = dt.datetime.now, tray=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.diary = diary
        self._now = now
        self._last_shown: dt.date | None = None
        self.tray = tray
        if self.tray is None and tray_available():
            self.tray = QSystemTrayIcon(_app_icon(), self)
            self.tray.setToolTip(self.tr("Migraine Diary"))
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.messageClicked.connect(self.open_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def available(self) -> bool:
        """True when a reminder can actually be shown (there is a system tray)."""
        return self.tray is not None

    @property
    def enabled(self) -> bool:
        return bool(self.diary.setting(ENABLED_SETTING, False))

    @property
    def at(self) -> dt.time:
        """The chosen time; an unreadable setting falls back to 20:00."""
        try:
            return parse_reminder_time(self.diary.setting(TIME_SETTING, format_reminder_time(DEFAULT_TIME)))
        except ValidationError:
            return DEFAULT_TIME

    def start(self) -> None:
        """Follow the diary's settings: tick and show the tray icon when enabled, else stay quiet."""
        if not self.enabled:
            self.stop()
            return
        now = self._now()
        if now.time() >= self.at and self._last_shown != now.date():
            self._last_shown = now.date()  # started after today's time: the diary is open anyway
        if self.tray is not None:
            self.tray.setVisible(True)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.setVisible(False)

    def set_schedule(self, enabled: bool, at: dt.time) -> None:
        """Save the person's choice in the diary and follow it from now on."""
        self.diary.set_setting(TIME_SETTING, format_reminder_time(at))
        self.diary.set_setting(ENABLED_SETTING, bool(enabled))
        self._last_shown = None
        self.start()

    def is_due(self, now: dt.datetime | None = None) -> bool:
        """Whether the reminder should go off now (the decision alone, nothing shown)."""
        if not self.enabled:
            return False
        now = now or self._now()
        recorded = self.diary.get_day(now.date()) is not None
        return reminder_due(now, self.at, last_shown=self._last_shown, today_recorded=recorded)

    def check(self) -> bool:
        """Show the reminder if it is due; True when it went off."""
        now = self._now()
        if not self.is_due(now):
            return False
        self._last_shown = now.date()
        if self.tray is not None:
            self.tray.showMessage(self.tr("Migraine Diary"), self.tr("Time to fill in your migraine diary"),
                                  QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.reminder_shown.emit()
        return True

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
