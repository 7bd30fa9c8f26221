"""Apple Health's export: export.xml, or the export.zip it comes in (apple_health_export/export.xml).

Only `HKCategoryTypeIdentifierHeadache` records are read: each is a headache (Apple does not say
which were migraines) from its startDate to its endDate, read as the wall-clock times written
("2020-09-25 10:00:00 +0200" is 10:00; the offset only says how much time passed); its
`HKCategoryValueSeverity...` value gives the severity (Mild 3, Moderate 5, Severe 7, Unspecified not
rated). A NotPresent record states a headache-free day. Source key: "apple-health:<startDate>".

Real exports are hundreds of megabytes. The file is streamed through expat a megabyte at a time
and only record start tags are looked at, so memory does not grow with the file (a zip member is
decompressed as it is read, never to disk). The export's internal DTD is fine; an entity
declaration is refused, so nothing external is fetched and nothing expands.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from typing import BinaryIO
from xml.parsers import expat

from diary_app.domain.errors import ValidationError
from diary_app.domain.models import Attack
from diary_app.domain.validation import check_not_future, validate_attack
from diary_app.exporters.imports.history import HistoryProblems, ParsedHistory, gather
from diary_app.exporters.imports.values import to_minute, wall_end

FORMAT = "Apple Health"
HEADACHE = "HKCategoryTypeIdentifierHeadache"
SEVERITY_BY_VALUE = {
    "HKCategoryValueSeverityMild": 3,
    "HKCategoryValueSeverityModerate": 5,
    "HKCategoryValueSeveritySevere": 7,
    "HKCategoryValueSeverityUnspecified": None,
}
NOT_PRESENT = "HKCategoryValueSeverityNotPresent"
EXPORT_NAME = "export.xml"
CHUNK = 1 << 20
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$")
_COLUMN_OF = {"start": "startDate", "end": "endDate", "severity": "value"}


def matches(text: str) -> bool:
    return "<HealthData" in text or "<!DOCTYPE HealthData" in text


def export_member(archive: zipfile.ZipFile) -> str | None:
    """The export.xml inside an Apple Health zip (apple_health_export/export.xml), or None."""
    found = [name for name in archive.namelist() if name.rsplit("/", 1)[-1] == EXPORT_NAME]
    return min(found, key=lambda name: name.count("/"), default=None)


class _Records:
    """The start-tag handler: headache records become attacks or headache-free days as they pass."""

    def __init__(self, parser, problems: HistoryProblems, today: dt.date):
        self.parser, self.problems, self.today = parser, problems, today
        self.attacks: list[Attack] = []
        self.free: set[dt.date] = set()
        self.others = 0
        self.health_data = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name != "Record":
            self.health_data = self.health_data or name == "HealthData"
            return
        if attrs.get("type") != HEADACHE:
            self.others += 1
            return
        try:
            self._headache(attrs)
        except ValidationError as exc:
            self.problems.add(self.parser.CurrentLineNumber, _COLUMN_OF.get(exc.field, exc.field), exc.problem)

    def _headache(self, attrs: dict[str, str]) -> None:
        start_text, value = attrs.get("startDate", ""), attrs.get("value", "")
        start, start_instant = _moment(start_text, "startDate")
        end = None
        if attrs.get("endDate"):
            end, end_instant = _moment(attrs["endDate"], "endDate")
            end = wall_end(start, end, end_instant - start_instant)
        if value == NOT_PRESENT:
            check_not_future(start.date(), self.today, "startDate")
            self.free.update(Attack(start=start, end=end).days())  # the days the record spans
            return
        if value not in SEVERITY_BY_VALUE:
            from diary_app.exporters.words import FileWords

            raise ValidationError("value", FileWords.tr(
                "'{0}' is not a headache severity (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified or "
                "NotPresent)").format(value))
        attack = Attack(start=to_minute(start), end=None if end is None else to_minute(end), kind="headache",
                        severity=SEVERITY_BY_VALUE[value], source=f"apple-health:{start_text}")
        validate_attack(attack, self.today)
        self.attacks.append(attack)

    def refuse_entity(self, name: str, *_declaration) -> None:
        from diary_app.exporters.words import FileWords

        raise self.problems.fail(self.parser.CurrentLineNumber, "DTD", FileWords.tr(
            "declares the entity '{0}'; Apple Health exports declare none, so it is not read").format(name))


def read_apple_health(stream: BinaryIO, filename: str, today: dt.date | None = None) -> ParsedHistory:
    """The headache records of an export.xml stream, or HistoryFileError naming the line of the
    first damage (XML that stops or breaks, a bad date or value)."""
    problems = HistoryProblems(filename, FORMAT)
    parser = expat.ParserCreate()
    records = _Records(parser, problems, today or dt.date.max)
    parser.StartElementHandler = records.start
    parser.EntityDeclHandler = records.refuse_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        from diary_app.exporters.words import FileWords

        raise problems.fail(exc.lineno, "XML", FileWords.tr("the file breaks off or is damaged here: {0} (column {1})")
                            .format(expat.ErrorString(exc.code), exc.offset + 1)) from None
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
        from diary_app.exporters.words import FileWords

        raise problems.fail(parser.CurrentLineNumber, "zip",
                            FileWords.tr("the archive is damaged here ({0})").format(exc)) from None
    from diary_app.exporters.words import FileWords, counted

    if not records.health_data:
        raise problems.fail(1, "XML", FileWords.tr("has no HealthData element: is this an Apple Health export.xml?"))
    problems.raise_if_any()

    left_out = []
    if records.attacks:
        left_out.append(FileWords.tr("Apple Health does not say which headaches were migraines: all are imported "
                                     "as headaches"))
    if records.others:
        left_out.append(counted(FileWords.tr("Not used: {0} other Apple Health record(s) (steps, heart rate and "
                                             "the like)", "", records.others), records.others))
    return gather(FORMAT, records.attacks, records.free, (), left_out)


def _moment(text: str, field: str) -> tuple[dt.datetime, dt.datetime]:
    """ "2020-09-25 10:00:00 +0200" as the wall-clock time (naive) and as an instant (aware)."""
    match = _DATE.match(text)
    if match:
        year, month, day, hour, minute, second, sign, off_hours, off_minutes = match.groups()
        try:
            wall = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
            offset = dt.timedelta(hours=int(off_hours), minutes=int(off_minutes)) * (1 if sign == "+" else -1)
            return wall, wall.replace(tzinfo=dt.timezone(offset))
        except ValueError:
            pass
    from diary_app.exporters.words import FileWords

    raise ValidationError(field,
                          FileWords.tr("'{0}' is not a date and time like 2020-09-25 10:00:00 +0200").format(text))
