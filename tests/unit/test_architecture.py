"""The layers stay visible: import-linter checks the contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    command = [str(lint)] if lint.exists() else [sys.executable, "-m", "importlinter.cli"]
    result = subprocess.run([*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_the_domain_core_runs_without_qt_sql_or_matplotlib():
    code = (
        "import sys, datetime as dt\n"
        "from diary_app.domain import analysis, catalogue, demo\n"
        "analysis.summarize(demo.demo_contents(dt.date(2026, 11, 26)).days, [], today=dt.date(2026, 11, 26))\n"
        "heavy = [m for m in ('PySide6', 'sqlite3', 'sqlite_utils', 'matplotlib', 'numpy') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
