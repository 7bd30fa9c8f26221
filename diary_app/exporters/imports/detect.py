"""Which app a file comes from, by its content (never its suffix), and reading it.

`read_history` reads any of FORMATS; `is_own_format` tells the diary's own days CSV and JSON
backup (read by days_csv and backup_json) from everything this package reads.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from diary_app.domain.errors import DiaryError, Problem
from diary_app.exporters.imports import apple_health, bearable, headi, migraine_buddy
from diary_app.exporters.imports.history import HistoryFileError, ParsedHistory
from diary_app.exporters.imports.rows import header_cells

HEAD_BYTES = 64 * 1024  # enough for Migraine Buddy's block of ongoing events and Apple's DTD
READERS = (
    (migraine_buddy.FORMAT, migraine_buddy.matches, migraine_buddy.read_migraine_buddy),
    (bearable.FORMAT, bearable.matches, bearable.read_bearable),
    (headi.FORMAT, headi.matches, headi.read_headi),
    (apple_health.FORMAT, apple_health.matches, apple_health.read_apple_health),
)
_BACKUP = re.compile(r'"format"\s*:\s*"migraine-diary-backup"')
_ZIP = b"PK\x03\x04"


def read_history(path: Path, today: dt.date | None = None) -> ParsedHistory:
    """The history in a file from another diary app, recognised by its content. Raises
    HistoryFileError (an ImportFileError) naming the format and line of a damaged file, or saying
    the file is none of the known formats; `today`, when given, refuses attacks after it."""
    path = Path(path)
    head = _head(path)
    if head.startswith(_ZIP):
        return _read_zip(path, today)
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    for _format, matches, read in READERS:
        if matches(text):
            with _open(path) as handle:
                return read(handle, str(path), today)
    from diary_app.exporters.words import FileWords

    raise _unknown(path, FileWords.tr("is empty") if not head.strip()
                   else FileWords.tr("is none of the formats the diary can import"))


def is_own_format(path: Path) -> bool:
    """True for the diary's own days CSV (a header with a `date` column, e.g. date,headache,migraine,
    that no other app's format matches) or JSON backup ("format": "migraine-diary-backup"), which
    the days CSV and backup readers import and report on."""
    head = _head(Path(path))
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    if text.lstrip(" \t\r\n").startswith("{"):
        return bool(_BACKUP.search(text))
    if head.startswith(_ZIP) or any(matches(text) for _format, matches, _read in READERS):
        return False
    return "date" in header_cells(text)


def _head(path: Path) -> bytes:
    with _open(path) as handle:
        return handle.read(HEAD_BYTES)


def _open(path: Path):
    try:
        return open(path, "rb")
    except OSError as exc:
        from diary_app.exporters.words import FileWords

        raise DiaryError(FileWords.tr("{0}: cannot be read ({1}); nothing was imported")
                         .format(path, exc.strerror)) from None


def _read_zip(path: Path, today: dt.date | None) -> ParsedHistory:
    from diary_app.exporters.words import FileWords

    try:
        with zipfile.ZipFile(path) as archive:
            member = apple_health.export_member(archive)
            if member is None:
                raise _unknown(path, FileWords.tr("is a zip file without {0} in it").format(apple_health.EXPORT_NAME))
            with archive.open(member) as stream:
                return apple_health.read_apple_health(stream, f"{path}/{member}", today)
    # zipfile raises NotImplementedError for a compression method it lacks, RuntimeError for encryption
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        problem = FileWords.tr("cannot be opened as a zip file ({0})").format(exc)
        raise HistoryFileError(str(path), apple_health.FORMAT, [Problem(1, "zip", problem)]) from None


def _unknown(path: Path, problem: str) -> HistoryFileError:
    from diary_app.exporters.words import FileWords

    known = FileWords.tr("a Migraine Buddy CSV export, a Bearable CSV export, a Headi CSV export, an Apple Health "
                         "export (export.xml or the export.zip it comes in), or this diary's own days CSV or JSON "
                         "backup")
    return HistoryFileError(str(path), None, [Problem(1, "format", FileWords.tr("{0}; the diary imports {1}")
                                                      .format(problem, known))])
