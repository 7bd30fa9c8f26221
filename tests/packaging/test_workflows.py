"""The GitHub workflows (Windows installer, macOS disk image) cannot run here: they are linted,
and the one piece of their build that is plain file work, the macOS framework layout, is tested."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, packaging_script


def test_the_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if actionlint is None:
        pytest.fail("actionlint is not installed (the test extra installs it on Linux)")
    done = subprocess.run([actionlint, "-no-color"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    workflows = {path.name for path in (ROOT / ".github" / "workflows").glob("*.yml")}
    assert {"packages.yml", "lint.yml"} <= workflows


def copied_framework(app: Path, name: str) -> Path:
    """A Qt framework as a copy without links leaves it: the binary and Resources at the top too."""
    framework = app / "Contents" / "Frameworks" / "PySide6" / "Qt" / "lib" / f"{name}.framework"
    for top in (framework, framework / "Versions" / "A"):
        (top / "Resources").mkdir(parents=True)
        (top / "Resources" / "Info.plist").write_text("<plist/>")
        (top / name).write_bytes(b"\xcf\xfa\xed\xfe binary")
    (framework / "Versions" / "Current").mkdir()
    (framework / "Versions" / "Current" / name).write_bytes(b"\xcf\xfa\xed\xfe binary")
    return framework


def test_qt_frameworks_get_the_layout_codesign_expects(tmp_path):
    build = packaging_script("build_bundle")
    app = tmp_path / "Migraine Diary.app"
    core = copied_framework(app, "QtCore")
    gui = app / "Contents" / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtGui.framework"
    (gui / "Versions" / "A" / "Resources").mkdir(parents=True)
    (gui / "Versions" / "A" / "QtGui").write_bytes(b"binary")  # only the versioned copy, nothing at the top
    assert build.fix_frameworks(app) == [core, gui]
    for framework, name in ((core, "QtCore"), (gui, "QtGui")):
        assert (framework / "Versions" / "Current").readlink() == Path("A")
        assert (framework / name).readlink() == Path("Versions/Current") / name
        assert (framework / "Resources").readlink() == Path("Versions/Current/Resources")
        assert (framework / name).read_bytes().endswith(b"binary")
    assert (core / "Resources" / "Info.plist").read_text() == "<plist/>"
    assert build.fix_frameworks(app) == []  # a second pass finds nothing to do
