"""An import's problems in the window end in the chosen language, not with the error's English
"nothing was imported" / "... and N more problems" (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from diary_app import i18n
from diary_app.domain.errors import ImportFileError, Problem
from diary_app.ui.file_actions import import_problem_lines


@pytest.fixture
def speaking(qapp):
    yield lambda language: i18n.install_translations(qapp, language)
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def error(count: int) -> ImportFileError:
    return ImportFileError("days.csv", [Problem(n + 2, "date", "not a date") for n in range(count)])


@pytest.mark.parametrize(("language", "ending"), [("en", "… and 5 more problems"), ("de", "… und 5 weitere Fehler"),
                                                  ("es", "… y 5 problemas más")])
def test_the_count_of_problems_left_out_is_in_the_chosen_language(language, ending, speaking):
    speaking(language)
    lines = import_problem_lines(error(25))
    assert lines[0] == "days.csv:2: date: not a date" and len(lines) == ImportFileError.MAX_LISTED + 1
    assert lines[-1] == ending


def test_a_short_list_has_no_english_ending(speaking):
    speaking("de")
    assert import_problem_lines(error(1)) == ["days.csv:2: date: not a date"]
    assert import_problem_lines(error(21))[-1] == "… und 1 weiterer Fehler"
