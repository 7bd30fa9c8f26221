"""The main window: five views in tabs, undo, and every save the views ask for (menus: `menus.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from diary_app.domain.errors import DiaryError, ValidationError
from diary_app.ui import menus, prompts, screen_fit
from diary_app.ui.day_form import DayForm
from diary_app.ui.opening import open_with_recovery
from diary_app.ui.qdates import short_date
from diary_app.ui.session import DiarySession
from diary_app.ui.settings import app_settings, recent_diaries, remember_diary
from diary_app.ui.theme import ThemeManager, dim_font

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

TODAY_TAB, CALENDAR_TAB, TREATMENTS_TAB, TRENDS_TAB, QUESTIONNAIRES_TAB = range(5)
SCROLLED_TABS = (TREATMENTS_TAB, TRENDS_TAB)  # wide charts: they scroll alone, the other tabs keep their width
# The menus' actions and shortcuts, after `show`: the first frame is painted 10-20 ms after it here, a
# person reaches for a shortcut later than this (ui/app.py: nothing asks Qt when the frame is done).
ACTIONS_DELAY_MS = 50
ON_SCREEN_DELAY_MS = 1500  # the daily backup, the reminder, the trigger counts: once the window is on screen


class MainWindow(QMainWindow):
    """Owns the open DiarySession (and its lock); views only read and emit requests."""

    def __init__(self, session: DiarySession | None = None, lock=None, parent: QWidget | None = None):
        """The window's frame (menus, status bar); its views come with `install(session)`."""
        super().__init__(parent)
        self.session: DiarySession | None = None
        self._lock = None
        self._reminder = None
        self._watch = None  # looks for other programs' saves while a diary is open
        self.tabs: QTabWidget | None = None
        self._banner = None  # built when there are days to offer
        self._on_screen_timer = QTimer(self)  # for the open diary; stopped when it closes
        self._on_screen_timer.setSingleShot(True)
        self._on_screen_timer.setInterval(ON_SCREEN_DELAY_MS)
        self._on_screen_timer.timeout.connect(self._on_screen)
        self.theme = ThemeManager(QApplication.instance(), self)  # before the first widget is painted
        self.theme.changed.connect(self._on_theme_changed)
        central = QWidget()
        self._layout = screen_fit.ScrolledLayout(central)
        self._layout.setContentsMargins(8, 6, 8, 4)
        self.setCentralWidget(screen_fit.scrolling(central))  # a small screen scrolls, nothing is cut off
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        menus.build_menu_bar(self)
        self.actions_ready = False  # the menus' actions and shortcuts: right after the first frame
        self._actions_timer = QTimer(self)  # started by show_first: the actions follow the first frame
        self._actions_timer.setSingleShot(True)
        self._actions_timer.setInterval(ACTIONS_DELAY_MS)
        self._actions_timer.timeout.connect(self.build_actions)
        screen_fit.fit_to_screen(self)
        if session is not None:
            self.install(session, lock)

    def install(self, session: DiarySession, lock) -> None:
        """Show `session` in fresh views (on start and when another diary is opened)."""
        self.session, self._lock = session, lock
        if self.tabs is not None:  # the views of the previous diary go as a whole
            self.tabs.hide()
            self._layout.removeWidget(self.tabs)
            self.tabs.deleteLater()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._layout.addWidget(self.tabs, 1)
        self.day_form = DayForm(session)
        if self.theme.dim:  # otherwise the application's font, as it is
            self.day_form.set_form_font(dim_font(True))
        # The other views are built when first shown (or asked for): the first screen reads only what it shows.
        self._views: dict[int, QWidget] = {TODAY_TAB: self.day_form}
        for name in (self.tr("Today"), self.tr("Calendar"), self.tr("Treatments"), self.tr("Trends"),
                     self.tr("Questionnaires")):
            self.tabs.addTab(self.day_form if not self.tabs.count() else QWidget(), name)
        self.tabs.setCurrentIndex(TODAY_TAB)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.day_form.entry_submitted.connect(self._on_day_form_entry_submitted)
        self.day_form.forget_requested.connect(self._on_day_form_forget_requested)
        self.day_form.attack_requested.connect(self._on_day_form_attack_requested)
        session.days_changed.connect(self._on_session_days_changed)
        session.undo_changed.connect(self._on_session_undo_changed)
        self._on_session_undo_changed("")
        from diary_app.ui.external_changes import ExternalChangeWatch

        self._watch = ExternalChangeWatch(session, self)
        self._watch.changed.connect(self._on_watch_changed)
        path = Path(session.path)
        self.setWindowTitle(self.tr("{0} — Migraine Diary").format(path.name))
        self.setWindowFilePath(str(path))
        self.path_label.setText(self.tr("Diary: {0}").format(path))
        self._on_screen_timer.start()
        if self._banner is not None:  # the previous diary's days
            self._banner.set_dates([])
        self.day_form.date_edit.setFocus()

    def show_first(self) -> None:
        """Show the window; its menus' actions follow once its first frame is painted (ui/app.py)."""
        self.show()
        if not self.actions_ready:
            self._actions_timer.start()

    def build_actions(self) -> None:
        """The menus' actions and their shortcuts, in the state the window is in (once)."""
        if self.actions_ready:
            return
        menus.build_actions(self)
        menus.fill_menus(self)
        self.actions_ready = True
        if self.session is not None:
            self._on_session_undo_changed(self.session.undo_label())
            self._on_tabs_current_changed(self.tabs.currentIndex())

    def settle(self) -> None:
        """Once the window is on screen: the desktop's colour scheme, the diary remembered for next
        time, the charts' libraries loaded."""
        self.build_actions()  # (already built, unless the window was never shown)
        self.theme.settle()
        if self.session is not None:
            remember_diary(self.session.path)
            self.trends.warm_up()

    # -- the views, built on first use ------------------------------------------------------
    @property
    def calendar(self):
        return self._view(CALENDAR_TAB)

    @property
    def treatments(self):
        return self._view(TREATMENTS_TAB)

    @property
    def trends(self):
        return self._view(TRENDS_TAB)

    @property
    def questionnaires(self):
        return self._views.get(QUESTIONNAIRES_TAB)

    def _view(self, index: int) -> QWidget:
        """The view of a tab, built (and put in place of its placeholder) the first time."""
        if index not in self._views:
            view = self._build_view(index)
            self._views[index] = view
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            name = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, screen_fit.scrolling(view) if index in SCROLLED_TABS else view, name)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        return self._views[index]

    def _build_view(self, index: int) -> QWidget:
        session = self.session
        if index == CALENDAR_TAB:
            from diary_app.ui.calendar_view import CalendarView

            view = CalendarView(session)
            view.day_activated.connect(self._on_calendar_day_activated)
            view.headache_free_requested.connect(self._on_calendar_headache_free_requested)
        elif index == TREATMENTS_TAB:
            from diary_app.ui.treatment_actions import TreatmentSaves
            from diary_app.ui.treatments_view import TreatmentsView

            view = TreatmentsView(session)
            TreatmentSaves(view, self._run, self.statusBar().showMessage, self.day_form.refresh_choices)
        elif index == TRENDS_TAB:
            from diary_app.ui.trends_view import TrendsView

            view = TrendsView(session)
        else:
            from diary_app.ui.questionnaires_view import QuestionnairesView

            view = QuestionnairesView(session, session.today)
        return view

    # -- public -------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._views.get(index, self.tabs.currentWidget()).setFocus()

    def offer_catch_up(self) -> None:
        """On opening: a banner for unrecorded days of the last week (only if the diary has entries)."""
        dates = self.session.unrecorded_recent_days()
        if dates or self._banner is not None:
            self.banner.set_dates(dates)

    @property
    def banner(self):
        """The catch-up banner above the views, made the first time there is something to offer."""
        if self._banner is None:
            from diary_app.ui.catch_up import CatchUpBanner

            self._banner = CatchUpBanner()
            self._layout.insertWidget(0, self._banner)
            self._banner.day_chosen.connect(self._on_banner_day_chosen)
            self._banner.mark_all_requested.connect(self._on_banner_mark_all_requested)
        return self._banner

    def after_bulk_change(self) -> None:
        """An import or restore changed everything: views read again, old undo steps go."""
        self.session.forget_undo()
        self._read_everything_again()

    def _read_everything_again(self) -> None:
        self.session.reread()  # the views listening to the session read again
        if self.questionnaires is not None:
            self.questionnaires.refresh()
        self.day_form.refresh_choices()
        if self._banner is not None and self._banner.isVisible():
            self._banner.set_dates(self.session.unrecorded_recent_days())

    def close_diary(self) -> None:
        self._on_screen_timer.stop()
        if self._watch is not None:
            self._watch.stop()
            self._watch.deleteLater()
            self._watch = None
        if self._reminder is not None:
            self._reminder.stop()
            self._reminder.deleteLater()
            self._reminder = None
        if self.session is not None:
            self.session.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def open_path(self, path: Path) -> bool:
        """Open `path` in this window (the current diary must be closed already)."""
        opened = open_with_recovery(self, path, self.session.today())
        if opened is None:
            self.close_diary()
            self.session = None
            self.close()
            return False
        self.install(DiarySession(opened[0], self.session._today, self), opened[1])
        remember_diary(opened[0].path)
        return True

    def switch_to(self, path: Path) -> bool:
        """File > Open/New: keep the current diary unless the other one opens."""
        if Path(path).resolve() == Path(self.session.path).resolve() or not self.day_form.confirm_leave():
            return False
        opened = open_with_recovery(self, Path(path), self.session.today())
        if opened is None:
            return False
        today = self.session._today
        self.close_diary()
        self.install(DiarySession(opened[0], today, self), opened[1])
        remember_diary(opened[0].path)
        self.offer_catch_up()
        return True

    def restore_geometry(self) -> None:
        value = app_settings().value("window/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
            screen_fit.keep_on_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and not self.day_form.confirm_leave():
            event.ignore()
            return
        app_settings().setValue("window/geometry", self.saveGeometry())
        if self.session is not None:
            remember_diary(self.session.path)
        self.close_diary()
        self.session = None
        event.accept()

    # -- saving what the views ask for ----------------------------------------------------
    @Slot(object)
    def _on_day_form_entry_submitted(self, entry) -> None:
        try:
            self.session.save_day(entry)
        except ValidationError as exc:
            from diary_app.ui.problems import problem_text

            self.day_form.show_problem(exc.field, problem_text(exc))
            return
        except DiaryError as exc:
            prompts.show_error(self, self.tr("Not saved"), str(exc))
            return
        self.day_form.mark_saved(self.session.day(entry.date))
        self.day_form.refresh_choices()
        if self._banner is not None:
            self._banner.forget(entry.date)
        self.statusBar().showMessage(self.tr("Saved {0}.").format(short_date(entry.date)), 5000)

    @Slot(object)
    def _on_day_form_forget_requested(self, date: dt.date) -> None:
        if self._run(lambda: self.session.forget_day(date), self.tr("Not changed")):
            self.day_form.mark_saved(None)
            self.statusBar().showMessage(self.tr("{0} is unrecorded again.").format(short_date(date)), 5000)

    @Slot(object, bool)
    def _on_day_form_attack_requested(self, attack, delete: bool) -> None:
        from diary_app.ui.day_attacks import apply_attack_request

        apply_attack_request(self.session, attack, delete, self._run, self.statusBar().showMessage)

    @Slot(object)
    def _on_calendar_day_activated(self, date: dt.date) -> None:
        if self.day_form.show_date(date):
            self.show_view(TODAY_TAB)

    @Slot(object, object)
    def _on_calendar_headache_free_requested(self, first: dt.date, last: dt.date) -> None:
        marked = []
        if self._run(lambda: marked.extend(self.session.mark_headache_free(first, last)), self.tr("Not changed")):
            self.statusBar().showMessage(self.tr("Marked %n unrecorded day(s) headache-free.", "", len(marked)), 6000)

    def _run(self, work, title: str) -> bool:
        """Do one write; a DiaryError is shown in a message box and nothing changes."""
        try:
            work()
        except DiaryError as exc:
            prompts.show_error(self, title, str(exc))
            return False
        return True

    # -- handlers -----------------------------------------------------------------------
    @Slot()
    def _on_theme_changed(self) -> None:
        if self.actions_ready:
            menus.check_theme_actions(self)
        if self.tabs is not None:
            self.day_form.set_form_font(dim_font(self.theme.dim))

    @Slot(object, object)
    def _on_session_days_changed(self, first: dt.date, last: dt.date) -> None:
        if first <= self.day_form.date <= last:
            self.day_form.reload()

    @Slot()
    def _on_watch_changed(self) -> None:
        """Another program (the command line) saved: every view shows the diary as it is now."""
        self._read_everything_again()
        self.statusBar().showMessage(self.tr("Updated with changes saved by another program."), 5000)

    @Slot(str)
    def _on_session_undo_changed(self, label: str) -> None:
        if not self.actions_ready:
            return  # build_actions starts from the session's label
        self.undo_action.setText(label or self.tr("&Undo"))
        self.undo_action.setEnabled(bool(label))

    @Slot()
    def _on_undo_triggered(self) -> None:
        label = self.session.undo_label()
        if label and self._run(self.session.undo, self.tr("Undo failed")):
            self.statusBar().showMessage(self.tr("Done: {0}").format(label), 5000)

    @Slot()
    def _on_save_triggered(self) -> None:
        if self.tabs.currentIndex() != TODAY_TAB and not self.day_form.is_dirty():
            self.statusBar().showMessage(self.tr("Nothing to save."), 3000)
            return
        self.show_view(TODAY_TAB)
        self.day_form.save()

    @Slot()
    def _on_no_headache_triggered(self) -> None:
        self.show_view(TODAY_TAB)
        if self.day_form.show_date(self.session.today()):
            self.day_form.record_no_headache()

    @Slot()
    def _on_today_triggered(self) -> None:
        if self.tabs.currentIndex() == CALENDAR_TAB:
            self.calendar._on_this_month_clicked()
            return
        self.show_view(TODAY_TAB)
        self.day_form.show_date(self.session.today())

    def _step(self, amount: int) -> None:
        if self.tabs.currentIndex() == CALENDAR_TAB:
            self.calendar.step(amount)
        elif self.tabs.currentIndex() == TODAY_TAB:
            self.day_form.step(amount)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self._view(index)
        if not self.actions_ready:
            return
        self.prev_action.setEnabled(index in (TODAY_TAB, CALENDAR_TAB))
        self.next_action.setEnabled(index in (TODAY_TAB, CALENDAR_TAB))

    @Slot(object)
    def _on_banner_day_chosen(self, date: dt.date) -> None:
        if self.day_form.show_date(date):
            self.show_view(TODAY_TAB)
            self.day_form.state_buttons[0].setFocus()

    @Slot(object)
    def _on_banner_mark_all_requested(self, dates: list) -> None:
        if dates and self._run(lambda: self.session.mark_headache_free(min(dates), max(dates)), self.tr("Not changed")):
            self.banner.set_dates([])
            self.statusBar().showMessage(self.tr("Marked %n day(s) headache-free.", "", len(dates)), 6000)

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        paths = recent_diaries()
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect((lambda p: lambda: self.switch_to(p))(path))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    @Slot()
    def _on_screen(self) -> None:
        self._back_up_if_due()
        self._start_reminder()
        try:
            mended = self.session is not None and self.session.mend_trigger_counts()
        except DiaryError:  # another program is saving: the counts are mended on a later start
            return
        if mended:
            self.day_form.refresh_choices()

    def _back_up_if_due(self) -> None:
        """Today's backup copy of the diary (at most one a day); a problem shows in the status bar."""
        from diary_app.store.backups import backup_if_due

        if self.session is None:
            return
        problem = backup_if_due(self.session.diary, self.session.today())
        if problem:
            self.statusBar().showMessage(self.tr("Warning: {0}").format(problem))

    def _start_reminder(self) -> None:
        """The optional daily reminder: off unless the person turns it on (View > Daily reminder)."""
        from diary_app.domain.reminders import ENABLED_SETTING

        if self.session is not None and self.session.setting(ENABLED_SETTING, False):
            self.reminder.start()

    @property
    def reminder(self):
        """The daily reminder, made when it is on or when its settings are asked for."""
        if self._reminder is None:
            from diary_app.ui.reminders import DailyReminder

            self._reminder = DailyReminder(self.session.diary, parent=self)
            self._reminder.reminder_shown.connect(self._on_reminder_shown)
            self._reminder.open_requested.connect(self._on_reminder_open_requested)
            self._reminder.start()
        return self._reminder

    @Slot()
    def _on_reminder_triggered(self) -> None:
        from diary_app.ui.dialogs.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(self.reminder.enabled, self.reminder.at, self.reminder.available, self)
        if prompts.run_dialog(dialog):
            self._run(lambda: self.reminder.set_schedule(dialog.enabled, dialog.at), self.tr("Reminder not saved"))

    @Slot()
    def _on_reminder_shown(self) -> None:
        self.statusBar().showMessage(self.tr("Reminder: today is not recorded yet."), 60000)

    @Slot()
    def _on_reminder_open_requested(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_view(TODAY_TAB)
        self.day_form.show_date(self.session.today())
