"""The main window's actions and menus, built in one place so the window keeps to its views.

Each action is an attribute of the window (`window.report_action`, ...), so tests trigger
them as a person would; their slots are the window's handlers or `file_actions` functions.

The menu bar's titles are part of the first frame (`build_menu_bar`); the actions behind them, with
their shortcuts, come right after it (`build_actions`, `fill_menus`): QAction, QKeySequence and
the file actions' module cost ~4 ms that the first frame does not show (docs/performance.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # translate("Menus", ...): pyside6-lupdate finds it


def _file_action(name: str, window):
    """The slot of a File action: `file_actions.<name>(window)`, its module loaded when first used."""
    def run() -> None:
        from diary_app.ui import file_actions

        getattr(file_actions, name)(window)

    return run


def _key_sequences(shortcut: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The keys for a standard shortcut (all of the platform's) or a "Ctrl+I" text.

    Given to `setShortcuts` as a list: `setShortcut` and `QKeySequence(text)` would make PySide
    build the `Qt` namespace's enums (~12 ms) before the window's first paint.
    """
    from PySide6.QtGui import QKeySequence

    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    return [QKeySequence.fromString(shortcut)]


def _action(window, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    from PySide6.QtGui import QAction

    action = QAction(window)  # QAction(text, window) would load QIcon's class to choose among its overloads
    action.setText(text)
    if shortcut is not None:
        action.setShortcuts(_key_sequences(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences keys, and Ctrl+, everywhere (X11 desktops have none of their own)."""
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    comma = QKeySequence.fromString("Ctrl+,")
    return keys if comma in keys else [*keys, comma]


def _edit_preferences(window) -> None:
    from diary_app.ui.preferences import edit_preferences  # its dialog and the report's settings: only when asked

    edit_preferences(window)


def _show_definitions(window) -> None:
    from diary_app.ui.dialogs.definitions_dialog import DefinitionsDialog

    window._definitions = DefinitionsDialog(window)  # kept, so it stays open beside the window
    window._definitions.show()


def _show_about(window) -> None:
    import diary_app
    from diary_app.ui import prompts

    prompts.inform(window, translate("Menus", "About Migraine Diary"), translate(
        "Menus", "Migraine Diary {0}\n\nA diary for migraine days, medications and IV infusions.\n\n"
        "This diary's file:\n{1}").format(diary_app.__version__, window.session.path))


def build_actions(window) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    keys, w = QKeySequence.StandardKey, window
    w.new_action = _action(w, translate("Menus", "&New diary…"), _file_action("new_diary", w), keys.New)
    w.open_action = _action(w, translate("Menus", "&Open diary…"), _file_action("open_diary", w), keys.Open)
    w.import_action = _action(w, translate("Menus", "&Import…"), _file_action("import_file", w), "Ctrl+I")
    w.export_action = _action(w, translate("Menus", "&Export…"), _file_action("export_file", w), "Ctrl+E")
    w.report_action = _action(w, translate("Menus", "Export doctor &report…"),
                              _file_action("export_report", w), "Ctrl+R")
    w.print_action = _action(w, translate("Menus", "&Print…"), _file_action("print_report", w), keys.Print)
    w.backup_action = _action(w, translate("Menus", "&Back up now"), _file_action("back_up", w), "Ctrl+B")
    w.restore_action = _action(w, translate("Menus", "Restore from bac&kup…"),
                               _file_action("restore_from_backup", w))
    w.preferences_action = _action(w, translate("Menus", "Pre&ferences…"), lambda: _edit_preferences(w))
    w.preferences_action.setShortcuts(_preferences_shortcuts())
    w.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.quit_action = _action(w, translate("Menus", "&Quit"), w.close, keys.Quit)
    w.undo_action = _action(w, translate("Menus", "&Undo"), w._on_undo_triggered, keys.Undo)
    w.save_action = _action(w, translate("Menus", "&Save day"), w._on_save_triggered, keys.Save)
    w.no_headache_action = _action(w, translate("Menus", "&No headache today"), w._on_no_headache_triggered,
                                   "Ctrl+Shift+N")
    w.forget_action = _action(w, translate("Menus", "&Forget this day…"), lambda: w.day_form._on_forget_clicked())
    names = (translate("Menus", "&Today"), translate("Menus", "&Calendar"), translate("Menus", "T&reatments"),
             translate("Menus", "Tr&ends"), translate("Menus", "&Questionnaires"))
    w.view_actions = [_action(w, name, (lambda i: lambda: w.show_view(i))(i), f"Ctrl+{i + 1}")
                      for i, name in enumerate(names)]
    w.today_action = _action(w, translate("Menus", "&Go to today"), w._on_today_triggered, "Ctrl+T")
    w.prev_action = _action(w, translate("Menus", "&Previous day or month"), lambda: w._step(-1), "Alt+Left")
    w.next_action = _action(w, translate("Menus", "&Next day or month"), lambda: w._step(1), "Alt+Right")
    w.definitions_action = _action(w, translate("Menus", "&Definitions"), lambda: _show_definitions(w),
                                   keys.HelpContents)
    w.about_action = _action(w, translate("Menus", "&About Migraine Diary"), lambda: _show_about(w))
    w.reminder_action = _action(w, translate("Menus", "Daily re&minder…"), w._on_reminder_triggered)
    build_theme_actions(w)


def build_theme_actions(window) -> None:
    """View > Theme (System, Light, Dark: one at a time) and View > Dim mode, checked as saved."""
    from PySide6.QtGui import QAction, QActionGroup

    from diary_app.ui.theme import DARK, LIGHT, SYSTEM

    w = window
    group = QActionGroup(w)
    group.setExclusive(True)
    w.theme_actions = {}
    for theme, text in ((SYSTEM, translate("Menus", "&System")), (LIGHT, translate("Menus", "&Light")),
                        (DARK, translate("Menus", "&Dark"))):
        action = _action(w, text, (lambda t: lambda: w.theme.set_theme(t))(theme))
        action.setCheckable(True)
        group.addAction(action)
        w.theme_actions[theme] = action
    w.dim_action = QAction(w)
    w.dim_action.setText(translate("Menus", "&Dim mode"))
    w.dim_action.setCheckable(True)
    w.dim_action.setStatusTip(translate(
        "Menus", "Dark, low-contrast colours and a larger Today form, for the worst moments"))
    w.dim_action.toggled.connect(w.theme.set_dim)
    w.addAction(w.dim_action)
    check_theme_actions(w)


def check_theme_actions(window) -> None:
    """The menu shows the theme and dim mode in force (without triggering them again)."""
    window.theme_actions[window.theme.theme].setChecked(True)
    window.dim_action.blockSignals(True)
    window.dim_action.setChecked(window.theme.dim)
    window.dim_action.blockSignals(False)


def build_menu_bar(window) -> None:
    """The menus' titles, empty until `fill_menus`."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(translate("Menus", "&File"))
    window.edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    window.day_menu = bar.addMenu(translate("Menus", "&Day"))
    window.view_menu = bar.addMenu(translate("Menus", "&View"))
    window.help_menu = bar.addMenu(translate("Menus", "&Help"))


def fill_menus(window) -> None:
    """The actions (`build_actions`) in the menus of `build_menu_bar`."""
    w = window
    file_menu = w.file_menu
    file_menu.addActions([w.new_action, w.open_action])
    w.recent_menu = file_menu.addMenu(translate("Menus", "Open recen&t"))
    w.recent_menu.aboutToShow.connect(w._on_recent_menu_about_to_show)
    file_menu.addSeparator()
    file_menu.addActions([w.import_action, w.export_action, w.report_action, w.print_action])
    file_menu.addSeparator()
    file_menu.addActions([w.backup_action, w.restore_action])
    file_menu.addSeparator()
    file_menu.addAction(w.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    w.edit_menu.addAction(w.undo_action)
    w.day_menu.addActions([w.save_action, w.no_headache_action, w.forget_action])
    view_menu = w.view_menu
    view_menu.addActions(w.view_actions)
    view_menu.addSeparator()
    view_menu.addActions([w.today_action, w.prev_action, w.next_action])
    view_menu.addSeparator()
    view_menu.addAction(w.reminder_action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(translate("Menus", "T&heme"))
    theme_menu.addActions(list(w.theme_actions.values()))
    view_menu.addAction(w.dim_action)
    w.help_menu.addActions([w.definitions_action, w.about_action])
