"""Issue 16: in German and in Spanish no text the window shows is still English.

The window opens on the sample diary in each language; every view is built and every dialog that
can be made without running it; the walk collects what a person reads or hears (labels, buttons,
group titles, tabs, menus and their actions, table headers and cells, placeholders, combo items,
tooltips, accessible names, window titles). A text is still English when it holds a word the
app's English uses (the sources of the committed .ts, and common English words) that the
language's translations never use; drug names, units and the app's name are the same in every
language. A failure lists each such text with the widget that shows it.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QSpinBox, QTabWidget, QTextEdit, QWidget,
)

from diary_app import i18n
from diary_app.domain import catalogue

LANGUAGES = ("de", "es")
NEUTRAL_PHRASES = ("Migraine Diary", "Migraine Disability Assessment", "Headache Impact Test",
                   "Migraine Buddy", "Apple Health")  # names: of the app, the questionnaires, other apps
NEUTRAL_WORDS = {"midas", "hit", "csv", "json", "pdf", "mg", "ics", "ctrl", "shift", "alt", "ok", "sqlite",
                 "nsaids", "cgrp", "iv", "dhe", "ichd", "ahs", "moh", "bearable", "headi", "botox"}
COMMON_ENGLISH = set("""the and for with from this that not none you your are has have was were will all any
per since until before after more less new add edit delete save open close day days month months week weeks
year years yes no today yesterday when how what which there here been only each every other than then into
about first last next previous show shows shown take taken""".split())
WORD = re.compile(r"[A-Za-z]+")
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\]\S+")
MAX_ROWS = 60  # table rows read per view: enough to see every kind of cell


@cache
def english_only_words(language: str) -> frozenset[str]:
    """Words of the app's English that the `language` translations never use."""
    tree = ET.parse(i18n.TRANSLATIONS / f"migraine_diary_{language}.ts")
    english, translated = set(COMMON_ENGLISH), set()
    for message in tree.getroot().iter("message"):
        english.update(_words(message.findtext("source") or ""))
        translation = message.find("translation")
        for text in [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]:
            translated.update(_words(text))
    neutral = set(NEUTRAL_WORDS)
    for name in catalogue.completion_names():
        neutral.update(_words(name))
    return frozenset(english - translated - neutral)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text) if len(w) >= 3}


def still_english(text: str, language: str) -> bool:
    text = PATH.sub("", text)  # a file's path is the person's
    for phrase in NEUTRAL_PHRASES:
        text = text.replace(phrase, "")
    return bool(_words(text) & english_only_words(language))


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _own_texts(widget: QWidget) -> Iterator[str]:
    """What a person reads or hears of this one widget (its children are walked separately)."""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield widget.placeholderText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QSpinBox):
        yield widget.prefix()
        yield widget.suffix()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()


def _model_texts(model) -> Iterator[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    rows = min(model.rowCount(QModelIndex()), MAX_ROWS)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
        for section in range(count):
            for role in roles:
                yield str(model.headerData(section, orientation, role) or "")
    for row in range(rows):
        for column in range(columns):
            for role in roles:
                yield str(model.data(model.index(row, column), role) or "")


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield where, action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names[:3])


def _repeats_its_owner(widget: QWidget) -> bool:
    """A table's header view and a combo box's popup list show what their owner holds."""
    owner = widget.parentWidget()
    return isinstance(widget, QHeaderView) or (isinstance(widget, QAbstractItemView) and owner is not None
                                               and isinstance(owner.parentWidget(), QComboBox))


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the root and every widget in it; Qt's own internals (qt_*) are Qt's to translate."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_") or _repeats_its_owner(widget):
            continue
        for text in _own_texts(widget):
            yield _where(widget), text


def untranslated(found, language: str, written: frozenset[str] = frozenset()) -> list[str]:
    """What is still English, leaving out what the person wrote (`written`: notes, triggers)."""
    return sorted({f"{where}: {text!r}" for where, text in found
                   if text and text not in written and still_english(text, language)})


def written_by_the_person(value) -> frozenset[str]:
    """The notes, triggers and reactions a diary holds: its owner's words, in the owner's language."""
    from diary_app.domain import record

    found = set()
    if record.is_record(value):
        for name in record.fields(value):
            field_value = getattr(value, name)
            if name in ("note", "notes", "reactions", "triggers"):
                found.update([field_value] if isinstance(field_value, str) else field_value)
            else:
                found |= written_by_the_person(field_value)
    elif isinstance(value, (tuple, list)):
        for item in value:
            found |= written_by_the_person(item)
    return frozenset(found)


def dialogs(window, today: dt.date) -> Iterator[QWidget]:
    """Every dialog that can be built without running it, on the window's diary."""
    from diary_app.domain.models import Course
    from diary_app.domain.questionnaires import HIT6, MIDAS
    from diary_app.ui.dialogs.attack_dialog import AttackDialog
    from diary_app.ui.dialogs.course_dialogs import (
        EditCourseDialog, InjectionDialog, StartCourseDialog, StopCourseDialog,
    )
    from diary_app.ui.dialogs.export_dialog import ExportDialog
    from diary_app.ui.dialogs.infusion_dialog import InfusionDialog
    from diary_app.ui.dialogs.medication_dialog import MedicationDialog
    from diary_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
    from diary_app.ui.dialogs.questionnaire_dialog import QuestionnaireDialog
    from diary_app.ui.dialogs.reminder_dialog import ReminderDialog
    from diary_app.ui.dialogs.report_dialog import ReportDialog
    from diary_app.ui.dialogs.restore_dialog import RestoreDialog
    from diary_app.ui.file_actions import FileActions

    course = Course(catalogue.resolve("topiramate", role="preventive"), today - dt.timedelta(days=60), dose="50 mg")
    yield ExportDialog(today, window)
    yield ReportDialog(today, ((today.year, 1), (today.year, today.month)), "A4", FileActions.tr("Choose file…"),
                       window)
    yield PreferencesDialog(Preferences(), today, True, window)
    yield InfusionDialog(today, [], parent=window)
    yield StartCourseDialog(today, [], parent=window)
    yield StopCourseDialog(today, [], parent=window)
    yield InjectionDialog(today, [], parent=window)
    yield EditCourseDialog(today, [], course, parent=window)
    yield QuestionnaireDialog(MIDAS, today, parent=window)
    yield QuestionnaireDialog(HIT6, today, parent=window)
    yield ReminderDialog(False, dt.time(20, 0), True, window)
    yield RestoreDialog([], window)
    yield MedicationDialog(window)
    yield AttackDialog(dt.datetime.combine(today, dt.time(8, 0)), today, [], [], parent=window)


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; English and the system's locale come back afterwards."""
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def sample_diary(db_path, today):
    """The sample diary's file, and the words its owner wrote in it."""
    from diary_app.domain.demo import demo_contents
    from diary_app.store import Diary

    contents = demo_contents(today)
    with Diary.open(db_path) as diary:
        diary.import_contents(contents)
    return db_path, written_by_the_person(contents)


def test_the_walk_finds_an_english_text_and_passes_names_and_numbers(speaking, qtbot):
    speaking("de")
    label = QLabel("Mark them headache-free")
    qtbot.addWidget(label)
    found = list(texts_of(label))
    assert untranslated(found, "de") == ["QLabel: 'Mark them headache-free'"]
    for neutral in ("Migraine Diary", "eptinezumab 100 mg", "HIT-6: 62", "2026-11-26", "12,5",
                    "Tagebuch: /tmp/test_every_text/diary.sqlite3", r"C:\Users\Ana\the diary.sqlite3"):
        assert not still_english(neutral, "de"), neutral
    written = [("TriggerPicker", "skipped meal"), ("TriggerPicker", "Add trigger")]
    assert untranslated(written, "de", frozenset({"skipped meal"})) == ["TriggerPicker: 'Add trigger'"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_window_views_menus_and_dialogs_is_translated(language, speaking, sample_diary,
                                                                          open_window, today):
    speaking(language)
    path, written = sample_diary
    window = open_window(path)
    found = list(texts_of(window))
    for index in range(window.tabs.count()):
        window.show_view(index)
        view = window.tabs.widget(index)
        found += [(f"{window.tabs.tabText(index)}: {where}", text) for where, text in texts_of(view)]
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar():
            found += _menu_texts(menu, "menu")
    for dialog in dialogs(window, today):
        found += [(f"{type(dialog).__name__}: {where}", text) for where, text in texts_of(dialog)]
        dialog.deleteLater()
    left = untranslated(found, language, written)
    assert not left, f"{len(left)} texts still in English ({language}):\n" + "\n".join(left)
