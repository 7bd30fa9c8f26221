"""The quicker PySide import check: PySide calls it, and it answers as PySide's own check does."""

from __future__ import annotations

import importlib
import sys

from diary_app.ui import pyside_imports


def _feature():
    importlib.import_module("PySide6.QtCore")  # PySide's hook module exists once PySide is imported
    pyside_imports.install()
    return sys.modules[pyside_imports.FEATURE_MODULE]


def test_pyside_asks_it_about_each_module_imported_after_it(tmp_path, monkeypatch):
    feature = _feature()
    (tmp_path / "mentions_qt_here.py").write_text("from PySide6 import QtCore  # noqa\n")
    (tmp_path / "plain_python_here.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    asked = []
    quick = pyside_imports.source_mentions_pyside
    monkeypatch.setattr(pyside_imports, "source_mentions_pyside", lambda module: asked.append(module.__name__) or
                        quick(module))
    import mentions_qt_here  # noqa: F401  (through PySide's import hook, as the window's modules are)
    from plain_python_here import ANSWER  # noqa: F401
    assert asked == ["mentions_qt_here", "plain_python_here"]
    # 0: a module whose PySide calls follow the feature switches; -1: one PySide leaves alone
    assert feature.pyside_feature_dict["mentions_qt_here"] == 0
    assert feature.pyside_feature_dict["plain_python_here"] == -1


def test_it_answers_as_pyside_does_and_hands_pyside_what_it_cannot_read():
    feature = _feature()
    check = feature._mod_uses_pyside
    assert check.quick
    own = check.original
    with_files = ["diary_app.ui.menus", "diary_app.store.diary", "json", "tests.ui.conftest"]
    answers = {name: (check(importlib.import_module(name)), own(importlib.import_module(name))) for name in with_files}
    assert all(quick == slow for quick, slow in answers.values()), answers
    assert answers["diary_app.ui.menus"][0] is True and answers["diary_app.store.diary"][0] is False
    for name in ("sys", "_sqlite3", "PySide6.QtCore"):  # no .py to read: PySide's own check answers
        assert pyside_imports.source_mentions_pyside(importlib.import_module(name)) is None
        assert check(importlib.import_module(name)) == own(importlib.import_module(name))
    pyside_imports.install()  # a second time changes nothing
    assert feature._mod_uses_pyside is check


def test_a_call_it_does_not_expect_goes_to_pyside_unchanged():
    feature = _feature()
    seen = []
    json_module = importlib.import_module("json")
    installed = feature._mod_uses_pyside

    def pyside_later(module, *args, **kwargs):
        seen.append((module.__name__, args, kwargs))
        return "theirs"

    feature._mod_uses_pyside = pyside_later
    try:
        pyside_imports.install()  # wraps whatever PySide has now
        assert feature._mod_uses_pyside(json_module, "extra", flag=True) == "theirs"
        assert feature._mod_uses_pyside(json_module) is False  # a plain question: answered from the file
        assert seen == [("json", ("extra",), {"flag": True})]
    finally:
        feature._mod_uses_pyside = installed
