"""Packaging tests: what a person installs (wheel, menu entry, bundle) checked from outside the checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
METAINFO = RESOURCES / "io.github.migraine_diary.MigraineDiary.metainfo.xml"


def needs(*programs: str) -> pytest.MarkDecorator:
    """Skip where a program .ci/run installs is missing (a developer's machine without it)."""
    missing = [name for name in programs if shutil.which(name) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)} (bash .ci/run installs them)")


def clean_env(**extra: str) -> dict[str, str]:
    """An environment with none of this checkout in it: no PYTHONPATH, no virtual environment, no
    display unless given; PATH only the system's."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env
