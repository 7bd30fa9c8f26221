"""Reading the other apps' CSV files: UTF-8 with or without a byte-order mark, row by row, each
row with the line it starts on, and its cells by column name."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from typing import BinaryIO

from diary_app.domain.errors import ValidationError
from diary_app.exporters.imports.history import HistoryProblems

MAX_LINE = 16 * 2**20  # longer is not a diary export


def header_cells(text: str) -> list[str]:
    """The cells of a CSV file's first line, from the start of its text (for recognising a format)."""
    first = text.removeprefix("\ufeff").splitlines()[0] if text.strip() else ""
    return [cell.strip().casefold() for cell in next(csv.reader([first]), [])]


def csv_rows(handle: BinaryIO, problems: HistoryProblems) -> Iterator[tuple[int, list[str]]]:
    """Each row and the line it starts on; a file that is not UTF-8 text or not CSV stops with an error."""
    reader = csv.reader(_text_lines(handle, problems))
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            from diary_app.exporters.words import FileWords

            raise problems.fail(line, "file", FileWords.tr("is not a readable CSV row ({0})").format(exc)) from None
        yield line, row


def _text_lines(handle: BinaryIO, problems: HistoryProblems) -> Iterator[str]:
    number = 0
    while raw := handle.readline(MAX_LINE + 1):
        number += 1
        if len(raw) > MAX_LINE:
            from diary_app.exporters.words import FileWords

            longest = FileWords.tr("has a line longer than {0} MiB").format(MAX_LINE // 2**20)
            raise problems.fail(number, "file", longest)
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            from diary_app.exporters.words import FileWords

            raise problems.fail(number, "file", FileWords.tr("is not UTF-8 text")) from None


class Header:
    """A header row: a row's cell by column name in any case, and the columns no one asked for."""

    def __init__(self, cells: list[str]):
        self.names = [cell.strip() for cell in cells]
        self._index: dict[str, int] = {}
        for at, name in enumerate(self.names):
            self._index.setdefault(name.casefold(), at)
        self._asked: set[str] = set()

    def has(self, name: str) -> bool:
        return name.casefold() in self._index

    def cell(self, row: list[str], name: str) -> str:
        """The trimmed cell of that column ("" when the file has no such column)."""
        self._asked.add(name.casefold())
        at = self._index.get(name.casefold())
        return "" if at is None else row[at].strip()

    def check(self, row: list[str]) -> None:
        if len(row) != len(self.names):
            from diary_app.exporters.words import FileWords

            raise ValidationError("row", FileWords.tr("has {0} cells but the header has {1} columns")
                                  .format(len(row), len(self.names)))

    def others(self) -> list[str]:
        """The columns no `cell` call has asked for, in file order."""
        return [name for name in self.names if name and name.casefold() not in self._asked]
