"""`migraine-diary --lang {en,de,es}`: the window and the PDF report speak the chosen language, whatever
the system's and the preferences' (it sets $MIGRAINE_DIARY_LANG before anything is translated)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from diary_app import i18n
from diary_app.cli import main


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(("language", "generated", "words"), [
    ("de", "28. Nov. 2026", "Migränetag"), ("es", "28 nov 2026", "migraña"), ("en", "28 Nov 2026", "Migraine diary")])
def test_the_report_follows_lang(run, tmp_path, language, generated, words):
    assert run("log", "2026-11-20", "--migraine").returncode == 0
    out = tmp_path / f"report-{language}.pdf"
    result = run("--lang", language, "export", str(out), env={"MIGRAINE_DIARY_TODAY": "2026-11-28",
                                                                i18n.LANG_ENV: "es" if language != "es" else "de"})
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert generated in text and words in text  # the language's words and dates, over the environment's choice


def test_lang_sets_the_language_before_the_command_runs(monkeypatch, db_path):
    monkeypatch.setenv(i18n.LANG_ENV, "de")  # put back after the test
    assert main(["--db", str(db_path), "--lang", "es", "log", "2026-11-20", "--none"]) == 0
    assert os.environ[i18n.LANG_ENV] == "es" and i18n.chosen_language() == "es"


def test_an_untranslated_language_is_refused(run):
    result = run("--lang", "fr", "summary")
    assert result.returncode == 2 and "invalid choice: 'fr'" in result.stderr
