"""Refusing a PySide6 build that would crash the app later, with a message instead of an abort.

PySide6 6.12.0 on CPython 3.11 drops one reference to `None` on every call of a Qt method that
returns void; `None` is not immortal before Python 3.12, so after a few thousand edits the
process aborts ("Fatal Python error: none_dealloc") and the unsaved entry is lost. pyproject.toml
keeps pip from installing it; this catches whatever pip could not prevent (another installer,
a later release with the same fault), by measuring the fault itself rather than listing versions.
Both the window and the PDF report (which draws with Qt) check before their first Qt work; the
module sits beside the layers, as a check of the environment that both of them call.
"""

from __future__ import annotations

import sys

from diary_app.domain.errors import DiaryError

PROBE_CALLS = 200

_checked = False


class BrokenQtError(DiaryError):
    """The installed PySide6 cannot be used on this Python."""


def none_references_lost(calls: int = PROBE_CALLS) -> int:
    """How many references to None `calls` void Qt calls lose (0 on a sound build)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None)


def check_qt_runtime() -> None:
    """Raise BrokenQtError, saying what to install, on a PySide6 that loses references to None."""
    global _checked
    if _checked:
        return
    lost = none_references_lost()
    if lost > PROBE_CALLS // 2:
        import PySide6

        version = PySide6.__version__
        raise BrokenQtError(
            f"PySide6 {version} cannot be used with Python {sys.version.split()[0]}: it loses a reference "
            f"to None on every Qt call, and the app would crash after a few thousand edits. Install another "
            f"release, for example: pip install 'PySide6-Essentials!={version}' (or use Python 3.12 or newer)"
        )
    _checked = True
