"""Writing files so that nothing is half-written and only the owner can read them."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from diary_app.domain.errors import DiaryError
from diary_app.store import held

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe.

    A cell that already starts with apostrophes before a formula gets one more, so that
    `restore_formula` gives it back exactly ("'=1" -> "''=1" -> "'=1").
    """
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def restore_formula(cell: str) -> str:
    """Undo `neutralise_formula` on import, so export then import round-trips."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def write_private(path: Path, write: Callable[[IO], None], *, binary: bool = False) -> None:
    """Write through a temporary file in the same folder, then rename: all or nothing, mode 0600."""
    path = Path(path)
    if held.is_held(path):
        raise DiaryError(f"{path}: is an open diary and would be replaced; choose another file name. Nothing was written")
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
