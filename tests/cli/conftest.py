"""Run the installed `migraine-diary` command in a subprocess against a temporary diary."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _command() -> list[str]:
    beside_python = Path(sys.executable).parent / "migraine-diary"
    found = str(beside_python) if beside_python.exists() else shutil.which("migraine-diary")
    assert found, "the migraine-diary console script is not installed (pip install -e '.[test]')"
    return [found]


@pytest.fixture
def run(db_path):
    """run('log', '2025-01-01', '--none') -> CompletedProcess, with --db pointing at a temporary diary."""

    def _run(*args: str, db: Path | None = db_path, env: dict | None = None) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        full_env.update(env or {})
        db_args = ["--db", str(db)] if db is not None else []
        return subprocess.run(
            [*_command(), *db_args, *args], capture_output=True, text=True, env=full_env, timeout=120,
            stdin=subprocess.DEVNULL,
        )

    return _run
