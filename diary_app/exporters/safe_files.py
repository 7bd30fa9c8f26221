"""Files in and out: nothing half-written, only the owner can read them, no formula run."""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

from diary_app.domain.errors import DiaryError
from diary_app.store import held

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A spreadsheet set to ";" as its separator (European Excel) splits a cell at each ";" and may
# trim spaces or open a quote there: each piece is guarded as if it began a cell.
PIECE_SEPARATOR = ";"


def _runs_as_formula(piece: str) -> bool:
    return piece.lstrip("'").lstrip(' "').startswith(FORMULA_STARTS)


def neutralise_formula(cell: str) -> str:
    """Prefix each ";"-separated piece a spreadsheet would run as a formula with an apostrophe.

    A piece that already starts with apostrophes before a formula gets one more, so that
    `restore_formula` gives it back exactly ("'=1" -> "''=1" -> "'=1", "x;=1" -> "x;'=1").
    """
    if not any(_runs_as_formula(piece) for piece in cell.split(PIECE_SEPARATOR)):
        return cell
    return PIECE_SEPARATOR.join("'" + p if _runs_as_formula(p) else p for p in cell.split(PIECE_SEPARATOR))


def restore_formula(cell: str) -> str:
    """Undo `neutralise_formula` on import, so export then import round-trips."""
    if "'" not in cell:
        return cell
    return PIECE_SEPARATOR.join(p[1:] if p.startswith("'") and _runs_as_formula(p) else p
                                for p in cell.split(PIECE_SEPARATOR))


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


def first_undecodable_line(handle: BinaryIO) -> int:
    """The line of a file's first byte that is not UTF-8, read in chunks (the error path only)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    while chunk := handle.read(1 << 20):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            return line + chunk[: max(exc.start, 0)].count(b"\n")
        line += chunk.count(b"\n")
    return line
