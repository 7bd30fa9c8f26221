"""PySide's support code, compiled once and then answered from the cache (ui/pyside_bootstrap.py)."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import textwrap

import pytest

from diary_app.ui import pyside_bootstrap
from diary_app.ui.pyside_bootstrap import cache_file, compiles_cached

# `Unknown` is looked up only when annotations are evaluated, as they are without `from __future__ import annotations`
SOURCE = "def area(width: Unknown, height):\n    return width * height\n"


@pytest.fixture
def compiled(monkeypatch):
    """The real compile, counted: the cache's misses are the calls that reach it."""
    calls = []
    real = builtins.compile

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counted)
    return calls


def run(code) -> dict:
    namespace: dict = {}
    exec(code, namespace)
    return namespace


def test_what_was_compiled_once_is_answered_from_the_file_the_next_time(tmp_path, compiled):
    path = cache_file(tmp_path)
    with compiles_cached(path):
        first = compile(SOURCE, "support/shapes.py", "exec")
    assert compiled == ["support/shapes.py"] and path.is_file()
    with compiles_cached(path):  # as the next start does
        again = compile(SOURCE, "support/shapes.py", "exec")
    assert compiled == ["support/shapes.py"]  # not compiled a second time
    assert again.co_filename == "support/shapes.py"
    assert run(again)["area"](3, 4) == run(first)["area"](3, 4) == 12
    assert compile is builtins.compile and compile.__name__ == "counted"  # given back after the block


def test_a_changed_source_is_compiled_again_and_replaces_the_old(tmp_path, compiled):
    path = cache_file(tmp_path)
    with compiles_cached(path):
        compile(SOURCE, "support/shapes.py", "exec")
    changed = SOURCE.replace("width * height", "width * height * 2")
    with compiles_cached(path):
        code = compile(changed, "support/shapes.py", "exec")
    assert len(compiled) == 2 and run(code)["area"](3, 4) == 24
    with compiles_cached(path):
        assert run(compile(changed, "support/shapes.py", "exec"))["area"](3, 4) == 24
    assert len(compiled) == 2


def test_the_callers_future_imports_are_part_of_what_is_cached(tmp_path):
    """compile() takes the __future__ imports of the code calling it: PySide's loader has
    `annotations`, so `Unknown` above is never looked up; a caller without it gets its own entry."""
    path = cache_file(tmp_path)
    call = "code = compile(SOURCE, 'support/shapes.py', 'exec')\n"
    with_future = compile("from __future__ import annotations\n" + call, "caller", "exec", dont_inherit=True)
    without = compile(call, "caller", "exec", dont_inherit=True)
    for start in ("first", "second"):  # the second time from the file
        with compiles_cached(path):
            lazy, eager = {"SOURCE": SOURCE}, {"SOURCE": SOURCE}
            exec(with_future, lazy)
            exec(without, eager)
        assert "area" in run(lazy["code"]), start  # the annotation stays a string
        with pytest.raises(NameError, match="Unknown"):  # looked up when the function is made
            run(eager["code"])


def test_a_damaged_or_foreign_cache_file_is_compiled_around_and_rewritten(tmp_path, compiled):
    path = cache_file(tmp_path)
    for content in (b"\x00garbage\xff" * 10, b""):
        path.write_bytes(content)
        with compiles_cached(path):
            assert run(compile(SOURCE, "support/shapes.py", "exec"))["area"](2, 5) == 10
    assert len(compiled) == 2
    with compiles_cached(path):  # rewritten whole: now it answers
        compile(SOURCE, "support/shapes.py", "exec")
    assert len(compiled) == 2


def test_a_cache_folder_that_cannot_be_made_costs_nothing_but_the_cache(tmp_path, compiled):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with compiles_cached(cache_file(blocked / "cache")):
        assert run(compile(SOURCE, "support/shapes.py", "exec"))["area"](1, 1) == 1
    assert blocked.read_text() == "not a folder" and len(compiled) == 1


def test_an_ast_or_other_request_goes_to_compile_unchanged(tmp_path, compiled):
    import ast

    with compiles_cached(cache_file(tmp_path)):
        tree = compile(SOURCE, "support/shapes.py", "exec", ast.PyCF_ONLY_AST)
    assert isinstance(tree, ast.Module)
    assert not cache_file(tmp_path).exists()  # nothing kept


def test_once_pyside_is_imported_no_cache_is_read_or_written_and_the_import_check_is_made_quick(tmp_path):
    import PySide6.QtWidgets  # noqa: F401

    from diary_app.ui.pyside_imports import FEATURE_MODULE

    pyside_bootstrap.import_pyside(tmp_path)
    assert not any(tmp_path.iterdir())
    assert sys.modules[FEATURE_MODULE]._mod_uses_pyside.quick


def test_the_window_process_compiles_pysides_support_code_only_at_its_first_start(tmp_path):
    """Two fresh processes, as two starts of the window: the first compiles PySide's support
    modules and keeps them, the second compiles none and PySide works as ever."""
    script = textwrap.dedent("""
        import builtins
        compiled = []
        real = builtins.compile
        builtins.compile = lambda source, filename, *args, **kwargs: compiled.append(filename) or real(
            source, filename, *args, **kwargs)
        from diary_app.ui.pyside_bootstrap import import_pyside
        import_pyside()
        builtins.compile = real
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("ready")
        try:  # PySide's support code words this error from the signatures it parses
            label.setMargin("wide")
        except TypeError as exc:
            words = "signatures" if "setMargin(arg__1: int" in str(exc) else repr(str(exc))
        print(len([name for name in compiled if name.startswith("shibokensupport")]), label.text(), words)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path))
    starts = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
              for _ in range(2)]
    first, second = (start.stdout.split() for start in starts)
    assert len(first) == 3 and int(first[0]) >= 5 and first[1:] == ["ready", "signatures"], (
        starts[0].stdout + starts[0].stderr)
    assert second == ["0", "ready", "signatures"], starts[1].stdout + starts[1].stderr
    assert [path.name for path in (tmp_path / "migraine-diary").iterdir()] == [cache_file(tmp_path).name]
