"""Privacy: owner-only files and folders, no network connection, no formulas in CSV exports.

Modes are checked with the process umask set to 0, so they come from the app, not from a
careful user's environment.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import importlib.util
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary_app.domain import catalogue
from diary_app.domain.models import DayEntry, Dose, Infusion
from diary_app.exporters.days_csv import read_days_csv, write_days_csv
from diary_app.exporters.safe_files import FORMULA_STARTS
from diary_app.exporters.transfer import export_file
from diary_app.store import Diary
from diary_app.store.backups import backup_folder, backup_now, copy_before_migration, daily_backup, restore
from tests.reliability.conftest import ROOT, zero_page

TODAY = dt.date(2026, 11, 26)
PACKAGE = ROOT / "diary_app"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most permissive umask there is: whatever is private is made private by the app."""
    old = os.umask(0)
    yield
    os.umask(old)


def some_days(diary: Diary) -> None:
    diary.save_days([DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=True, migraine=i % 2 == 0,
                              doses=(Dose(catalogue.resolve("sumatriptan")),), notes="private")
                     for i in range(40)])
    diary.save_infusion(Infusion(dt.date(2025, 1, 5), catalogue.resolve("eptinezumab"), dose_mg=100))


# -- file modes ---------------------------------------------------------------------------
def test_the_diary_its_wal_and_shm_and_its_folder_are_owner_only(tmp_path, open_umask):
    path = tmp_path / "new folder" / "diary.sqlite3"
    with Diary.open(path) as diary:
        some_days(diary)
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert mode(path.parent) == 0o700


def test_every_kind_of_backup_and_its_folder_are_owner_only(db_path, open_umask):
    with Diary.open(db_path) as diary:
        some_days(diary)
    made = [backup_now(db_path), daily_backup(db_path, TODAY), copy_before_migration(db_path)]
    made.append(restore(db_path, made[0]))  # the current diary, saved aside
    assert mode(backup_folder(db_path)) == 0o700
    assert {p.name: mode(p) for p in made} == {p.name: 0o600 for p in made}
    assert mode(db_path) == 0o600  # the restored diary too


def test_a_damaged_diary_saved_aside_with_its_wal_is_owner_only(db_path, open_umask):
    """Even when the damaged file came from elsewhere, readable by all."""
    with Diary.open(db_path) as diary:
        some_days(diary)
    good = backup_now(db_path)
    zero_page(db_path, 3)
    Path(f"{db_path}-wal").write_bytes(b"left over")
    os.chmod(db_path, 0o644)
    os.chmod(f"{db_path}-wal", 0o644)
    saved = restore(db_path, good)
    assert mode(saved) == 0o600 and mode(Path(f"{saved}-wal")) == 0o600


def _exporter_exists(module: str) -> bool:
    return importlib.util.find_spec(f"diary_app.exporters.{module}") is not None


EXPORTS = [".csv", ".json"] + [
    suffix for suffix, module in ((".pdf", "report_pdf"), (".ics", "ics")) if _exporter_exists(module)
]  # the report and calendar exports join as soon as they exist
MONTHLY = [True] if _exporter_exists("monthly_csv") else []


@pytest.mark.parametrize("suffix, monthly", [(s, False) for s in EXPORTS] + [(".csv", m) for m in MONTHLY])
def test_exports_are_owner_only_even_over_a_file_readable_by_all(tmp_path, suffix, monthly, open_umask, diary, request):
    if suffix == ".pdf":
        request.getfixturevalue("qapp")  # the report draws with Qt: one QApplication for the whole test run
    some_days(diary)
    target = tmp_path / "shared" / f"export{suffix}"
    target.parent.mkdir()
    target.write_text("an older export, readable by all")
    os.chmod(target, 0o644)
    export_file(diary, target, today=TODAY, monthly=monthly)
    assert mode(target) == 0o600
    assert sorted(os.listdir(target.parent)) == [target.name]  # no temporary file left


# -- no network ---------------------------------------------------------------------------
def _offline(*commands: list[str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "tests.reliability.offline_run", json.dumps(list(commands))],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)


def test_the_network_guard_catches_a_look_up():
    result = subprocess.run([sys.executable, "-m", "tests.reliability.offline_run", "--self-test"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 99 and "socket.getaddrinfo" in result.stderr


def test_a_whole_session_on_the_command_line_makes_no_network_connection(tmp_path):
    db = str(tmp_path / "diary.sqlite3")
    days_csv = tmp_path / "in.csv"
    days_csv.write_text("date,headache,migraine,acute_medications,notes\n2026-10-01,yes,yes,Imitrex,ok\n")
    exports = [["--db", db, "export", str(tmp_path / f"out{suffix}")] for suffix in EXPORTS]
    monthly = [["--db", db, "export", str(tmp_path / "monthly.csv"), "--monthly"] for _ in MONTHLY]
    commands = [
        ["--db", db, "log", "2026-11-20", "--migraine", "--severity", "7", "--med", "Imitrex", "--note", "x"],
        ["--db", db, "log", "2026-11-01..2026-11-19", "--none"],
        ["--db", db, "infusion", "2026-11-02", "--drug", "Vyepti", "--dose", "100"],
        ["--db", db, "import", str(days_csv)],
        *exports,
        *monthly,
        ["--db", db, "summary", "--json"],
        ["--db", db, "summary"],
        ["--db", db, "backup"],
        ["--db", str(tmp_path / "demo.sqlite3"), "demo", "--no-open"],
    ]
    result = _offline(*commands)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [0] * len(commands), result.stderr


NETWORK_MODULES = {
    "socket", "ssl", "http.client", "http.server", "urllib.request", "ftplib", "smtplib", "imaplib", "poplib",
    "telnetlib", "xmlrpc", "webbrowser", "requests", "httpx", "aiohttp", "urllib3", "websocket", "websockets",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets",
}


DYNAMIC_IMPORTS = ("import_module", "__import__")


def _imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in DYNAMIC_IMPORTS:
            found.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return found


def test_no_module_of_the_app_imports_anything_that_talks_to_a_network():
    offenders = {}
    for source in sorted(PACKAGE.rglob("*.py")):
        names = _imports(ast.parse(source.read_text(encoding="utf-8")))
        bad = sorted(n for n in names if any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES))
        if bad:
            offenders[str(source.relative_to(ROOT))] = bad
    assert not offenders


# -- spreadsheet formulas -----------------------------------------------------------------
def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def test_csv_exports_neutralise_every_formula(tmp_path, diary):
    hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]
    diary.save_days([
        DayEntry(dt.date(2025, 2, 1) + dt.timedelta(days=i), headache=True, notes=text, triggers=(text.strip() or "x",),
                 doses=(Dose(catalogue.resolve(text.strip() or "x")),))
        for i, text in enumerate(hostile)
    ])
    target = tmp_path / "days.csv"
    export_file(diary, target, today=TODAY)
    cells = _cells(target.read_text(encoding="utf-8"))
    assert [c for c in cells if c.startswith(FORMULA_STARTS)] == []
    assert sum(c.startswith("'") for c in cells) >= 3 * len(hostile)
    assert [d.notes for d in read_days_csv(target.read_bytes(), "days.csv", TODAY)] == hostile  # exactly, tab and all


note_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40).map(str.strip)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(note_text, st.sampled_from(("'=1+1", "''=x", "'+", "'", "'tis", "=A1", "'@home", "-", "'-1"))),
                min_size=1, max_size=6))
def test_csv_export_then_import_gives_back_every_note_exactly(notes):
    days = [DayEntry(dt.date(2025, 1, 1) + dt.timedelta(days=i), headache=False, notes=n) for i, n in enumerate(notes)]
    out = io.StringIO(newline="")
    write_days_csv(out, days)
    assert not [c for c in _cells(out.getvalue()) if c.startswith(FORMULA_STARTS)]
    back = read_days_csv(out.getvalue().encode("utf-8"), "days.csv", TODAY)
    assert [d.notes for d in back] == notes
