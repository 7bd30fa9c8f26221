"""One version everywhere; the metainfo, the desktop file, the icon and the window agree."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import diary_app
from diary_app.cli import desktop
from diary_app.store.version import SCHEMA_VERSION
from tests.packaging.conftest import METAINFO, RESOURCES, ROOT, needs


def changelog_releases() -> list[tuple[str, str]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## (\d+\.\d+\.\d+) \((\d{4}-\d\d-\d\d)\)$", text, flags=re.MULTILINE)


def metainfo_releases() -> list[tuple[str, str]]:
    root = ET.parse(METAINFO).getroot()
    return [(r.get("version"), r.get("date")) for r in root.find("releases")]


def desktop_fields() -> dict[str, str]:
    lines = (RESOURCES / "migraine-diary.desktop").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@needs("appstreamcli")
def test_the_metainfo_passes_appstream_validation():
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@needs("desktop-file-validate")
def test_the_shipped_desktop_file_passes_validation():
    checked = subprocess.run(["desktop-file-validate", str(RESOURCES / "migraine-diary.desktop")],
                             capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_one_version_in_the_package_the_metainfo_and_the_changelog():
    assert changelog_releases()[0][0] == diary_app.__version__
    assert metainfo_releases() == changelog_releases()  # every release, with its date, in both
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "diary_app/__init__.py"


def test_the_readme_install_section_names_this_versions_files():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install\n", 1)[1].split("\n## ", 1)[0]
    version = diary_app.__version__
    for name in (f"Migraine-Diary-{version}-setup.exe", f"Migraine-Diary-{version}.dmg",
                 f"migraine-diary-{version}-linux-x86_64.tar.gz", f"migraine_diary-{version}-py3-none-any.whl"):
        assert name in install
    assert set(re.findall(r"\d+\.\d+\.\d+", install)) == {version}


def test_the_changelog_names_the_diary_schema_this_version_writes():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    current = text.split("\n## ")[1]
    assert f"schema {SCHEMA_VERSION}" in current


def test_version_option_prints_the_package_version():
    done = subprocess.run([sys.executable, "-m", "diary_app", "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"migraine-diary {diary_app.__version__}"


def test_launcher_icon_and_window_share_one_name(qapp):
    from diary_app.ui.app import configure

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == f"{desktop.APP_ID}.desktop" == Path(desktop.DESKTOP_TEMPLATE).name
    assert root.findtext("icon") == desktop_fields()["Icon"] == desktop.APP_ID
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.find("provides").findtext("binary") == "migraine-diary"
    configure(qapp)
    assert qapp.desktopFileName() == desktop.APP_ID  # Wayland and GNOME group the window with its launcher
    assert qapp.applicationVersion() == diary_app.__version__
    assert desktop_fields()["StartupWMClass"] == desktop.APP_ID  # X11: the instance name, the command's name
