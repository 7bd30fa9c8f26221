"""A history read from another diary app: what the preview shows and what the store writes.

`ParsedHistory` holds attacks (each with a stable `source`, so importing the same file twice adds
nothing), the headache-free days the file states explicitly, and notes in plain words on what the
file holds that the diary does not take. `HistoryFileError` names the format a damaged file looked like.
What a person reads is worded through exporters/words.py, in the interface's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from diary_app.domain.attacks import covered_days
from diary_app.domain.errors import ImportFileError, Problem, ProblemLog
from diary_app.domain.models import Attack, DayEntry, Injection
from diary_app.domain.record import replace

FORMATS = ("Migraine Buddy", "Bearable", "Headi", "Apple Health")


@dataclass
class ParsedHistory:
    """What one file holds, ready for the preview (`describe`) and for the store."""

    format: str  # one of FORMATS
    attacks: list[Attack] = field(default_factory=list)
    days: list[DayEntry] = field(default_factory=list)  # explicit headache-free days, none an attack covers
    unused_columns: list[str] = field(default_factory=list)
    unknown_medications: list[str] = field(default_factory=list)  # sorted; kept as written, class "other"
    left_out: list[str] = field(default_factory=list)  # sentences: what else the file held and was not taken
    injections: list[Injection] = field(default_factory=list)  # preventive injections (a CGRP antibody, Botox)

    def _attack_days(self) -> set[dt.date]:
        return {day for attack in self.attacks for day in covered_days(attack)}

    @property
    def first_day(self) -> dt.date | None:
        dates = self._attack_days() | {day.date for day in self.days}
        return min(dates, default=None)

    @property
    def last_day(self) -> dt.date | None:
        dates = self._attack_days() | {day.date for day in self.days}
        return max(dates, default=None)

    def describe(self) -> list[str]:
        """The lines of the dry run and the import preview, in the interface's language."""
        from diary_app.exporters.words import FileWords, counted, date_text

        attacks, days = len(self.attacks), len(self._attack_days())
        lines = [FileWords.tr("Format: {0}").format(self.format),
                 counted(FileWords.tr("{0} attack(s)", "", attacks), attacks) + " "
                 + counted(FileWords.tr("on {0} day(s)", "", days), days)]
        if self.days:
            lines.append(counted(FileWords.tr("{0} headache-free day(s) stated in the file", "", len(self.days)),
                                 len(self.days)))
        if self.injections:
            names = ", ".join(sorted({i.medication.name for i in self.injections}, key=str.casefold))
            lines.append(counted(FileWords.tr("{0} preventive injection(s) ({1})", "", len(self.injections)),
                                 len(self.injections), names))
        if self.first_day is not None:
            lines.append(FileWords.tr("Dates: {0} to {1}").format(date_text(self.first_day), date_text(self.last_day)))
        if self.unknown_medications:
            lines.append(FileWords.tr("Medications not in the catalogue (kept as written, class other): {0}")
                         .format(", ".join(self.unknown_medications)))
        if self.unused_columns:
            lines.append(FileWords.tr("Columns not used: {0}").format(", ".join(self.unused_columns)))
        return lines + self.left_out


def gather(format: str, attacks: Iterable[Attack], free_dates: Iterable[dt.date] = (),
           unused_columns: Iterable[str] = (), left_out: Iterable[str] = (),
           injections: Iterable[Injection] = ()) -> ParsedHistory:
    """A ParsedHistory from what a reader found: attacks by start, each source unique in the file
    (a repeat gets " (2)", " (3)" in file order), the unknown medications, and headache-free days
    only where no attack reaches."""
    attacks = _unique_sources(list(attacks))
    attacks.sort(key=lambda a: a.start)
    covered = {day for attack in attacks for day in covered_days(attack)}
    unknown = {dose.medication.name for attack in attacks for dose in attack.doses if not dose.medication.known}
    return ParsedHistory(
        format=format,
        attacks=attacks,
        days=[DayEntry.headache_free(day) for day in sorted(set(free_dates) - covered)],
        unused_columns=list(unused_columns),
        unknown_medications=sorted(unknown, key=str.casefold),
        left_out=list(left_out),
        injections=sorted(injections, key=lambda i: i.date),
    )


def _unique_sources(attacks: list[Attack]) -> list[Attack]:
    seen: Counter[str] = Counter()
    unique = []
    for attack in attacks:
        seen[attack.source] += 1
        repeat = seen[attack.source]
        unique.append(attack if repeat == 1 else replace(attack, source=f"{attack.source} ({repeat})"))
    return unique


class HistoryFileError(ImportFileError):
    """A file that is none of the known formats (`looked_like` None), or one that looked like
    `looked_like` but has bad rows. Nothing was imported."""

    def __init__(self, filename: str, looked_like: str | None, problems: list[Problem], total: int | None = None):
        super().__init__(filename, problems, total)
        self.looked_like = looked_like
        if looked_like is not None:
            from diary_app.exporters.words import FileWords

            heading = FileWords.tr("{0}: looks like an export from {1}, but it has problems:")
            self.args = (heading.format(filename, looked_like) + "\n" + self.args[0],)


class HistoryProblems(ProblemLog):
    """The bad rows of a file read as `looked_like`; `raise_if_any` raises a HistoryFileError."""

    def __init__(self, filename: str, looked_like: str):
        super().__init__(filename)
        self.looked_like = looked_like

    def raise_if_any(self) -> None:
        if self.count:
            raise HistoryFileError(self.filename, self.looked_like, self.kept, self.count)

    def fail(self, line: int | str, field: str, message: str) -> HistoryFileError:
        """The error for a file that cannot be read on: this problem after those found so far."""
        self.add(line, field, message)
        return HistoryFileError(self.filename, self.looked_like, self.kept, self.count)
