"""The quicker PySide import check gives PySide's own answers."""

from __future__ import annotations

import importlib
import sys

from diary_app.ui import pyside_imports


def test_it_answers_as_pyside_does_for_every_kind_of_module():
    importlib.import_module("PySide6.QtCore")  # PySide's hook module exists once PySide is imported
    feature = sys.modules[pyside_imports.FEATURE_MODULE]
    pyside_imports.install()
    check = feature._mod_uses_pyside
    assert check.quick
    own = check.original
    names = ["diary_app.ui.menus", "diary_app.store.diary", "diary_app.ui.pyside_imports", "json", "sys",
             "_sqlite3", "PySide6.QtCore", "tests.ui.test_pyside_imports"]
    answers = {name: (check(importlib.import_module(name)), own(importlib.import_module(name))) for name in names}
    assert all(quick == slow for quick, slow in answers.values()), answers
    assert answers["diary_app.ui.menus"] == (True, True) and answers["diary_app.store.diary"] == (False, False)
    pyside_imports.install()  # a second time changes nothing
    assert feature._mod_uses_pyside is check
