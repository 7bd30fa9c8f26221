"""Upgrading a diary without numpy (diary_app/store/lean_import.py)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diary_app.store.lean_import import without

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def spare_module(tmp_path, monkeypatch):
    (tmp_path / "diary_spare_module.py").write_text("VALUE = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "diary_spare_module"
    sys.modules.pop("diary_spare_module", None)


def test_a_hidden_module_cannot_be_imported_inside_the_block_and_can_after(spare_module):
    with without(spare_module):
        with pytest.raises(ImportError):
            __import__(spare_module)
    assert __import__(spare_module).VALUE == 42


def test_a_module_already_imported_stays_imported(spare_module):
    module = __import__(spare_module)
    with without(spare_module):
        assert __import__(spare_module) is module
    assert sys.modules[spare_module] is module


def test_upgrading_a_diary_loads_sqlite_utils_but_not_numpy(tmp_path):
    # A new diary loads neither (tests/unit/test_new_diary_schema.py); an older one is upgraded
    # by sqlite-utils' migrations.
    path = tmp_path / "old.sqlite3"
    shutil.copy(sorted(FIXTURES.glob("diary-v*.sqlite3"))[0], path)
    script = ("import sys, datetime; from pathlib import Path; from diary_app.store.backups import open_diary; "
              f"open_diary(Path({str(path)!r}), datetime.date(2026, 12, 4), daily=False).close(); "
              "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]
