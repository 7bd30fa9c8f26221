"""Rebuild the translations: `python -m diary_app.translations.update [--check]`.

pyside6-lupdate collects every text the sources mark for translation into a fresh .ts per
language, the phrase books (phrases/*.py) fill in the translations, pyside6-lrelease compiles the
.qm the app loads. The .ts files are made from scratch each time, so they depend only on the
sources and the phrase books (no stale or "unfinished" entries survive). With --check nothing is
written: it lists the texts without a translation and says whether the committed files are stale.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from diary_app.translations import phrases

LANGUAGES = ("de", "es")  # the order of the translations in each phrase book entry
FOLDER = Path(__file__).parent
PACKAGE = FOLDER.parent
SKIPPED = {"translations", "__pycache__"}


@dataclass(frozen=True)
class Missing:
    language: str
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.language}: [{self.context}] {self.source!r}"


def tool(name: str) -> str:
    """A PySide6 tool, from the running Python's scripts folder first."""
    for folder in (Path(sys.executable).parent, None):
        found = shutil.which(name, path=str(folder) if folder else None)
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6 (its tools come with PySide6-Essentials)")


def source_files() -> list[Path]:
    """Every module of the package that may mark texts (the phrase books themselves excluded)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if not SKIPPED & set(p.relative_to(PACKAGE).parts))


def phrase_book() -> dict[tuple[str, str], tuple]:
    """(context, source) -> (german, spanish) from every module in phrases/; a text given twice
    with different translations is an error, so parallel work cannot silently disagree."""
    book: dict[tuple[str, str], tuple] = {}
    for info in pkgutil.iter_modules(phrases.__path__):
        module = importlib.import_module(f"{phrases.__name__}.{info.name}")
        for context, texts in module.PHRASES.items():
            for source, translations in texts.items():
                key = (context, source)
                if key in book and book[key] != translations:
                    raise ValueError(f"{info.name}: {key} is translated differently elsewhere")
                book[key] = translations
    return book


def collect(ts: Path, language: str) -> None:
    """A fresh .ts of every marked text, untranslated."""
    ts.unlink(missing_ok=True)
    files = [str(p) for p in source_files()]
    subprocess.run([tool("pyside6-lupdate"), *files, "-source-language", "en", "-target-language", language,
                    "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)], check=True)


def fill(ts: Path, language: str, book: dict) -> list[Missing]:
    """Write the phrase book's translations into `ts`; returns the texts it has none for."""
    column = LANGUAGES.index(language)
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            entry = book.get((name, source))
            text = None if entry is None else entry[column]
            forms = translation.findall("numerusform")
            if text is None or (forms and (isinstance(text, str) or len(text) != len(forms))) \
                    or (not forms and not isinstance(text, str)):
                missing.append(Missing(language, name, source))
                continue
            translation.attrib.pop("type", None)
            if forms:
                for form, value in zip(forms, text):
                    form.text = value
            else:
                translation.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build(folder: Path) -> list[Missing]:
    """Make migraine_diary_<language>.ts and .qm in `folder`; returns what has no translation."""
    book = phrase_book()
    missing = []
    for language in LANGUAGES:
        ts = folder / f"migraine_diary_{language}.ts"
        collect(ts, language)
        missing += fill(ts, language, book)
        compile_qm(ts, ts.with_suffix(".qm"))
    return missing


def stale_files(built: Path) -> list[str]:
    """The committed translation files that differ from a fresh build in `built`."""
    names = [f"migraine_diary_{lang}.{ext}" for lang in LANGUAGES for ext in ("ts", "qm")]
    return [name for name in names
            if not (FOLDER / name).is_file() or (FOLDER / name).read_bytes() != (built / name).read_bytes()]


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) if check else FOLDER
        missing = build(folder)
        stale = stale_files(folder) if check else []
    for item in missing:
        print("no translation:", item)
    for name in stale:
        print(f"out of date: {name} (run python -m diary_app.translations.update)")
    print(f"{len(missing)} text(s) without a translation")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    sys.exit(main())
