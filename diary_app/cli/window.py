"""Opening the window from the command line (with no command, or `demo`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(path: Path, demo: bool = False) -> int:
    if not has_display():
        print("migraine-diary: no display is available to open the window; set QT_QPA_PLATFORM=offscreen, "
              "or use the command-line commands (migraine-diary --help)", file=sys.stderr)
        return 0 if demo else 1
    from diary_app.ui.app import run

    return run(path)
