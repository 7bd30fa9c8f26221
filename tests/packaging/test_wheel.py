"""The sdist and wheel from `python -m build`, installed as a person would (`uv tool install`, a
fresh virtual environment outside the checkout) and used from a folder far from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import diary_app
from tests.packaging.conftest import METAINFO, ROOT, clean_env

RUNTIME_FILES = [  # what the installed app reads at run time
    "diary_app/resources/icon.svg",
    "diary_app/resources/icon.png",
    "diary_app/resources/migraine-diary.desktop",
    f"diary_app/resources/{METAINFO.name}",
    "diary_app/resources/definitions.md",
    "diary_app/resources/definitions.de.md",
    "diary_app/resources/definitions.es.md",
]

CHECK_INSTALLED_APP = """
import sys
from pathlib import Path

import diary_app
from diary_app.ui import app as ui_app
from diary_app.ui.dialogs.definitions_dialog import BUILT_IN, definitions_text

package = Path(diary_app.__file__).parent
assert "site-packages" in package.parts, package
for name in ("icon.svg", "migraine-diary.desktop"):
    assert ui_app.resource_path(name).parent == package / "resources", ui_app.resource_path(name)
assert definitions_text() != BUILT_IN  # the full definitions page, not the short built-in one

window = ui_app.launch(Path(sys.argv[1]), ui_app.today_provider())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication.instance()
QTimer.singleShot(ui_app.SETTLE_MS + 500, app.quit)  # after the icon is set
app.exec()
assert not app.windowIcon().pixmap(48, 48).isNull(), "no window icon"
print("window:", window.windowTitle(), "| desktop file:", app.desktopFileName())
window.close()
"""


def uv() -> str:
    from uv import find_uv_bin  # the test extra installs uv

    return find_uv_bin()


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """`python -m build`: an sdist, then the wheel built from that sdist (so the sdist is complete)."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--installer", "uv", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "UV": uv()})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


@pytest.fixture(scope="module")
def user(dists, tmp_path_factory) -> dict:
    """A person's home with the wheel installed by `uv tool install`: the app's own venv, its
    command on PATH. Downloads come from uv's usual cache, so only the first run fetches Qt."""
    home = tmp_path_factory.mktemp("home")
    cache = os.environ.get("UV_CACHE_DIR") or str(Path.home() / ".cache" / "uv")
    env = clean_env(HOME=str(home), UV_TOOL_DIR=str(home / "tools"), UV_TOOL_BIN_DIR=str(home / "bin"),
                    UV_CACHE_DIR=cache, XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"))
    done = subprocess.run([uv(), "tool", "install", "--python", sys.executable, str(dists["wheel"])],
                          capture_output=True, text=True, env=env, cwd=home, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    env["PATH"] = f"{home / 'bin'}:{env['PATH']}"
    return {"home": home, "env": env, "command": home / "bin" / "migraine-diary",
            "python": home / "tools" / "migraine-diary" / "bin" / "python"}


def run(user: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(user["command"]), *args], capture_output=True, text=True, env=user["env"],
                          cwd=user["home"], timeout=180, stdin=subprocess.DEVNULL)


def test_the_wheel_holds_every_runtime_file_and_no_tests(dists):
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    assert set(RUNTIME_FILES) <= set(names)
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "packaging/"))]
    assert dists["wheel"].name == f"migraine_diary-{diary_app.__version__}-py3-none-any.whl"


def test_the_sdist_holds_the_sources_the_wheel_is_built_from(dists):
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    top = f"migraine_diary-{diary_app.__version__}"
    assert dists["sdist"].name == f"{top}.tar.gz"
    assert {"pyproject.toml", "README.md", "CHANGELOG.md", "resources/icon.svg", "docs/definitions.md",
            f"resources/{METAINFO.name}", "diary_app/__init__.py"} <= names
    assert not [n for n in names if n.startswith((".venv/", ".git/", ".import_linter_cache/", ".hypothesis/"))]


def test_the_installed_command_works_from_anywhere_without_the_checkout(user):
    version = run(user, "--version")
    assert version.stdout.strip() == f"migraine-diary {diary_app.__version__}"
    diary = user["home"] / "diaries" / "sample.sqlite3"
    demo = run(user, "--db", str(diary), "demo", "--no-open")
    assert demo.returncode == 0, demo.stderr
    report = user["home"] / "report.pdf"
    exported = run(user, "--db", str(diary), "export", str(report))
    assert exported.returncode == 0, exported.stderr
    assert report.read_bytes().startswith(b"%PDF") and report.stat().st_size > 20_000
    assert diary.stat().st_mode & 0o777 == 0o600


def test_the_installed_window_finds_its_icon_and_definitions_in_the_package(user):
    diary = user["home"] / "window" / "diary.sqlite3"
    done = subprocess.run([str(user["python"]), "-c", CHECK_INSTALLED_APP, str(diary)], capture_output=True,
                          text=True, env=user["env"], cwd=user["home"], timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "window: diary.sqlite3 — Migraine Diary | desktop file: migraine-diary" in done.stdout
    assert diary.exists()


def test_the_menu_entry_of_a_tool_install_starts_that_install(user):
    done = run(user, "desktop", "install")
    assert done.returncode == 0, done.stderr
    entry = (user["home"] / "share" / "applications" / "migraine-diary.desktop").read_text()
    assert f"\nExec={user['command']}\n" in entry
    assert run(user, "desktop", "uninstall").returncode == 0
