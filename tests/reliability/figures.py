"""Figures for docs/reliability.md: tests add what they tried to a file named by an env variable.

benchmarks/crash_kills.py sets MIGRAINE_DIARY_FIGURES, runs the reliability tests with the full
counts and adds the lines up; in an ordinary test run nothing is written.
"""

from __future__ import annotations

import json
import os

FIGURES_ENV = "MIGRAINE_DIARY_FIGURES"


def record(name: str, **counts: int) -> None:
    """Add one line of counts (kills, acked_saves, cases...) under `name`."""
    target = os.environ.get(FIGURES_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"name": name, **counts}) + "\n")
