"""The sample exports in tests/fixtures/imports and short ways to write the values they hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from diary_app.domain import catalogue
from diary_app.domain.models import Dose

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
BERLIN = ZoneInfo("Europe/Berlin")  # the zone the Headi sample was written in
D = dt.date


def T(*parts: int) -> dt.datetime:
    return dt.datetime(*parts)


def dose(name: str, amount: float | None = None, unit: str = "", relief: int | None = None, note: str = "") -> Dose:
    return Dose(catalogue.resolve(name), amount=amount, unit=unit, relief=relief, note=note)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def outline(history) -> list[tuple]:
    """Each attack's start, end, type and severity: what a calendar would show of it."""
    return [(a.start, a.end, a.kind, a.severity) for a in history.attacks]
