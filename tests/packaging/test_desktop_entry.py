"""`migraine-diary desktop install|uninstall` into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from diary_app.cli import desktop
from tests.packaging.conftest import ROOT, needs

SCRIPT = Path(sys.executable).parent / "migraine-diary"


def run_desktop(action: str, data: Path, command: list[str] | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data.parent), "XDG_DATA_HOME": str(data), "LANG": "C.UTF-8"}
    return subprocess.run([*(command or [str(SCRIPT)]), "desktop", action], capture_output=True, text=True,
                          env=env, cwd=data.parent, timeout=60)


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@needs("desktop-file-validate")
def test_install_puts_a_valid_menu_entry_and_every_icon_size_into_the_user_folders(tmp_path):
    data = tmp_path / "share"
    done = run_desktop("install", data)
    assert done.returncode == 0, done.stderr
    menu = data / "applications" / "migraine-diary.desktop"
    assert f"in your applications menu: {menu}" in done.stdout
    checked = subprocess.run(["desktop-file-validate", str(menu)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    fields = entry(menu)
    assert fields["Exec"] == str(SCRIPT) and fields["TryExec"] == str(SCRIPT)  # this installation's command
    assert fields["Icon"] == "migraine-diary" and fields["Name"] == "Migraine Diary"
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "migraine-diary.svg").read_bytes() == (ROOT / "resources" / "icon.svg").read_bytes()
    for size in (48, 64, 128, 256):
        with Image.open(hicolor / f"{size}x{size}" / "apps" / "migraine-diary.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0 and png.getpixel((size // 2, size // 2))[3] == 255  # drawn, corners clear


def test_uninstall_removes_exactly_what_install_wrote(tmp_path):
    data = tmp_path / "share"
    others = [data / "applications" / "other.desktop", data / "icons" / "hicolor" / "48x48" / "apps" / "other.png"]
    for other in others:
        other.parent.mkdir(parents=True, exist_ok=True)
        other.write_text("someone else's")
    before = {p for p in data.rglob("*") if p.is_file()}
    assert run_desktop("install", data).returncode == 0
    written = {p for p in data.rglob("*") if p.is_file()} - before
    assert written == set(desktop.installed_files(data))  # six files, no stray temporary ones
    done = run_desktop("uninstall", data)
    assert done.returncode == 0, done.stderr
    assert {p for p in data.rglob("*") if p.is_file()} == before
    again = run_desktop("uninstall", data)
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_run_as_a_module_the_entry_starts_this_python_with_dash_m(tmp_path):
    data = tmp_path / "share"
    assert run_desktop("install", data, [sys.executable, "-m", "diary_app"]).returncode == 0
    assert entry(data / "applications" / "migraine-diary.desktop")["Exec"] == f"{sys.executable} -m diary_app"


def test_a_command_path_with_spaces_or_shell_characters_is_quoted_as_the_spec_asks():
    assert desktop.exec_value(["/opt/My Apps/migraine-diary"]) == '"/opt/My Apps/migraine-diary"'
    # quoted, then ", `, $ and \ escaped inside the quotes, then every \ doubled by the string escapes
    assert desktop.exec_value(["/home/a$b/x y"]) == '"/home/a\\\\$b/x y"'
    assert desktop.exec_value(["/srv/100%/migraine-diary"]) == "/srv/100%%/migraine-diary"


@needs("desktop-file-validate")
def test_an_entry_for_a_path_with_spaces_still_validates(tmp_path):
    data = tmp_path / "share"
    desktop.install(data, ["/opt/My Apps (x86)/migraine-diary"])
    checked = subprocess.run(["desktop-file-validate", str(desktop.desktop_file(data))], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_the_entry_goes_to_xdg_data_home_else_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert desktop.data_home() == tmp_path / "elsewhere"
