"""The committed translations cover every text the sources mark, and match them (issue 16).

Each failure lists what is missing: add the German and Spanish to the phrase book of that source
module (diary_app/translations/phrases/<module>.py), then run python -m diary_app.translations.update.
"""

from __future__ import annotations

from collections import Counter

import pytest

from diary_app.translations import update


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory):
    """The .ts and .qm files as the sources and phrase books make them now, and what they lack."""
    folder = tmp_path_factory.mktemp("translations")
    return folder, update.build(folder)


def test_every_marked_text_has_a_translation_in_german_and_spanish(fresh_build):
    _folder, missing = fresh_build
    per_context = Counter(f"{m.language} {m.context or '(no context: a tr() outside a class)'}" for m in missing)
    summary = "\n".join(f"  {count:4} {where}" for where, count in sorted(per_context.items()))
    assert not missing, f"{len(missing)} marked texts have no translation:\n{summary}\n" + "\n".join(
        str(m) for m in missing[:40])


def test_the_committed_translation_files_are_up_to_date(fresh_build):
    folder, _missing = fresh_build
    assert update.stale_files(folder) == [], "run: python -m diary_app.translations.update (and commit the result)"


def test_plural_texts_get_their_forms_and_a_wrong_count_of_forms_is_missing(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text('from PySide6.QtCore import QObject\n\n\nclass Sample(QObject):\n'
                      '    def text(self, n):\n'
                      '        return self.tr("%n day(s)", "", n), self.tr("Plain")\n', encoding="utf-8")
    ts = tmp_path / "sample_de.ts"
    update.subprocess.run([update.tool("pyside6-lupdate"), str(source), "-target-language", "de", "-silent",
                           "-ts", str(ts)], check=True)
    book = {("Sample", "%n day(s)"): (("%n Tag", "%n Tage"), ("%n día", "%n días")),
            ("Sample", "Plain"): ("Schlicht", "Sencillo")}
    assert update.fill(ts, "de", book) == []
    text = ts.read_text(encoding="utf-8")
    assert "<numerusform>%n Tage</numerusform>" in text and "<translation>Schlicht</translation>" in text
    assert 'type="unfinished"' not in text

    update.subprocess.run([update.tool("pyside6-lupdate"), str(source), "-target-language", "de", "-silent",
                           "-ts", str(ts)], check=True)
    wrong = {("Sample", "%n day(s)"): ("%n Tage", "%n días")}  # a single form where two are needed
    assert [(m.context, m.source) for m in update.fill(ts, "de", wrong)] == [
        ("Sample", "%n day(s)"), ("Sample", "Plain")]


def test_a_text_translated_differently_in_two_phrase_books_is_refused(monkeypatch):
    import types

    first = types.SimpleNamespace(PHRASES={"Ctx": {"Save": ("Speichern", "Guardar")}})
    second = types.SimpleNamespace(PHRASES={"Ctx": {"Save": ("Sichern", "Guardar")}})
    modules = {"first": first, "second": second}
    monkeypatch.setattr(update.pkgutil, "iter_modules", lambda _path: [types.SimpleNamespace(name=n) for n in modules])
    monkeypatch.setattr(update.importlib, "import_module", lambda name: modules[name.rsplit(".", 1)[1]])
    with pytest.raises(ValueError, match="translated differently"):
        update.phrase_book()
