"""`migraine-diary desktop install|uninstall`: this user's menu entry and icon (Linux and the BSDs).

install writes `migraine-diary.desktop` into $XDG_DATA_HOME/applications, its Exec line naming
the command that is running now, and the icon into the hicolor theme: the SVG, and PNGs drawn
from it by Qt's SVG renderer. uninstall removes exactly those files and nothing else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from diary_app.cli import PROG
from diary_app.domain.errors import DiaryError

APP_ID = "migraine-diary"  # the desktop file's name, the icon's, and the window's desktopFileName
PNG_SIZES = (48, 64, 128, 256)
DESKTOP_TEMPLATE = "migraine-diary.desktop"
SVG_ICON = "icon.svg"
EXEC_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')  # an argument holding one is quoted (Desktop Entry spec)


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (platformdirs, as for the diary's own folder)."""
    from platformdirs import user_data_path

    return user_data_path()


def desktop_file(data: Path) -> Path:
    return data / "applications" / f"{APP_ID}.desktop"


def icon_files(data: Path) -> dict[int | None, Path]:
    """Where each icon goes: None is the scalable SVG, a number the PNG of that size."""
    hicolor = data / "icons" / "hicolor"
    icons: dict[int | None, Path] = {None: hicolor / "scalable" / "apps" / f"{APP_ID}.svg"}
    icons.update({size: hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in PNG_SIZES})
    return icons


def installed_files(data: Path) -> list[Path]:
    """Every file install writes, and so every file uninstall removes."""
    return [desktop_file(data), *icon_files(data).values()]


def launch_command() -> list[str]:
    """The command that runs this app as it is installed now: the bundle's executable, the
    console script by its absolute path (pipx, uv tool, a venv), or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == PROG and script.is_file():
        return [str(script.absolute())]  # not resolved: a pipx link keeps working after an upgrade
    return [sys.executable, "-m", "diary_app"]


def exec_value(args: list[str]) -> str:
    """An Exec= value: quoted arguments as the Desktop Entry spec asks, then the string escapes."""
    quoted = []
    for arg in args:
        arg = arg.replace("%", "%%")
        if EXEC_RESERVED & set(arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        quoted.append(arg)
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(template: str, command: list[str]) -> str:
    """The shipped desktop file with Exec naming `command` (and TryExec its program, so the
    entry hides itself if that program is removed without an uninstall)."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={command[0]}".replace("\\", "\\\\"))
            line = f"Exec={exec_value(command)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size (Qt draws it, in the UI layer; no display needed)."""
    from diary_app.ui.icon_render import render_png as draw

    return draw(svg, size)


def _resource(name: str) -> Path:
    from diary_app.ui.app import resource_path  # the one lookup: the wheel's copy, else the checkout's

    path = resource_path(name)
    if path is None:
        raise DiaryError(f"{name} is missing from this installation; reinstall Migraine Diary")
    return path


def _write(path: Path, data: bytes) -> None:
    """Replace `path` whole: a menu never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def install(data: Path, command: list[str]) -> list[Path]:
    """Write the desktop file and the icons under `data`; returns the files written."""
    template = _resource(DESKTOP_TEMPLATE).read_text(encoding="utf-8")
    svg = _resource(SVG_ICON)
    icons = icon_files(data)
    contents = {desktop_file(data): desktop_entry(template, command).encode("utf-8"), icons[None]: svg.read_bytes()}
    contents.update({icons[size]: render_png(svg, size) for size in PNG_SIZES})
    for path, content in contents.items():
        _write(path, content)
    os.utime(data / "icons" / "hicolor")  # icon caches look at the theme folder's time
    return list(contents)


def uninstall(data: Path) -> list[Path]:
    """Remove what install wrote under `data` (folders stay); returns the files removed."""
    removed = []
    for path in installed_files(data):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed


def cmd_desktop(args: argparse.Namespace, today: dt.date) -> int:
    if sys.platform in ("win32", "darwin"):
        raise DiaryError("desktop install is for Linux; on Windows and macOS the installer makes the "
                         "Start-menu entry or the app in Applications")
    data = data_home()
    if args.desktop_action == "install":
        written = install(data, launch_command())
        print(f"Migraine Diary is in your applications menu: {written[0]}")
        print(f"Its icon is in {data / 'icons' / 'hicolor'} ({len(written) - 1} files).")
        return 0
    removed = uninstall(data)
    if removed:
        print(f"Removed the menu entry and its icons ({len(removed)} files in {data}).")
    else:
        print(f"Nothing to remove: no menu entry in {desktop_file(data).parent}.")
    return 0
