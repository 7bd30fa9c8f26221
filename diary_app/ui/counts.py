"""Counted texts in English as well: `SomeClass.tr("%n day(s)", "", n)` gives German and Spanish their
plural forms from the .qm, while English (no translator) keeps the source, "(s)" and all."""

from __future__ import annotations


def counted(text: str, count: int) -> str:
    """A translated "%n day(s)" text with the English source's "(s)" made the plural ending
    ("1 day", "3 days"); a translation has no "(s)" and comes back as it is."""
    return text.replace("(s)", "" if count == 1 else "s")
