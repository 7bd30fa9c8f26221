"""Packaging tests: what a person installs (wheel, menu entry, bundle) checked from outside the checkout."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
METAINFO = RESOURCES / "io.github.migraine_diary.MigraineDiary.metainfo.xml"


def packaging_script(name: str):
    """A module of packaging/ loaded by its path (that folder is no package: its name is PyPI's)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def needs(*programs: str) -> pytest.MarkDecorator:
    """Skip where a program .ci/run installs is missing (a developer's machine without it)."""
    missing = [name for name in programs if shutil.which(name) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)} (bash .ci/run installs them)")


NETWORK_SETTINGS = ("SSL_CERT_FILE", "SSL_CERT_DIR", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY")


def clean_env(**extra: str) -> dict[str, str]:
    """An environment with none of this checkout in it: no PYTHONPATH, no virtual environment, no
    display unless given; PATH only the system's. What uv needs to reach the package index (the
    machine's certificates and proxies, UV_ settings) is kept."""
    env = {k: v for k, v in os.environ.items() if k.upper() in NETWORK_SETTINGS or k.startswith("UV_")}
    env.update({"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"})
    env.update(extra)
    return env
