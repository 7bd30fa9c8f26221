"""Errors a person can cause, each with a message fit to show them as it is."""

from __future__ import annotations

from typing import NamedTuple


class DiaryError(Exception):
    """Base of every error the command line and the window show without a traceback."""


class ValidationError(DiaryError):
    """A value is not acceptable; `field` names the input that is wrong."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class Problem(NamedTuple):
    """One bad row of an input file: where it is and what is wrong with it."""

    line: int | str  # a line number in a CSV file, or a path such as days[3] in JSON
    field: str
    message: str


class ImportFileError(DiaryError):
    """An import file has bad rows; nothing was imported.

    The message lists `FILE:LINE: field: problem` for at most 20 problems, then a count.
    """

    MAX_LISTED = 20

    def __init__(self, filename: str, problems: list[Problem], total: int | None = None):
        self.filename = filename
        self.problems = problems
        lines = [f"{filename}:{p.line}: {p.field}: {p.message}" for p in problems[: self.MAX_LISTED]]
        hidden = (len(problems) if total is None else total) - self.MAX_LISTED
        if hidden > 0:
            lines.append(f"... and {hidden} more problem{'s' if hidden != 1 else ''}; nothing was imported")
        else:
            lines.append("nothing was imported")
        super().__init__("\n".join(lines))


class ProblemLog:
    """The first problems found in a file and how many there were in all, so that a file of a
    million bad rows costs no more memory than one of twenty."""

    def __init__(self, filename: str):
        self.filename = filename
        self.kept: list[Problem] = []
        self.count = 0

    def add(self, line: int | str, field: str, message: str) -> None:
        self.count += 1
        if len(self.kept) < ImportFileError.MAX_LISTED:
            self.kept.append(Problem(line, field, message))

    def raise_if_any(self) -> None:
        if self.count:
            raise ImportFileError(self.filename, self.kept, self.count)


class DiaryFileError(DiaryError):
    """A diary file cannot be opened: not SQLite, damaged, foreign, newer or unwritable."""

    def __init__(self, path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
