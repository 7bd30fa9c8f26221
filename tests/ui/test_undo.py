"""Undo keeps working through a chain of infusion edits and deletes, and stops at an import."""

from __future__ import annotations

import datetime as dt

from diary_app.domain import catalogue
from diary_app.domain.models import Infusion
from diary_app.domain.record import replace
from tests.ui.conftest import migraine, stored


def infusions_in(db_path) -> list[tuple]:
    with stored(db_path) as diary:
        return [(i.id, i.start, i.dose_mg) for i in diary.infusions()]


def test_undo_walks_back_through_saves_edits_and_a_delete(window, db_path):
    session = window.session
    first = session.save_infusion(Infusion(dt.date(2026, 6, 1), catalogue.resolve("Vyepti"), dose_mg=100))
    second = session.save_infusion(Infusion(dt.date(2026, 9, 1), catalogue.resolve("Vyepti"), dose_mg=100))
    session.save_infusion(replace(first, dose_mg=300))
    session.delete_infusion(replace(first, dose_mg=300))
    assert infusions_in(db_path) == [(second.id, dt.date(2026, 9, 1), 100)]

    window.undo_action.trigger()  # the delete: back under its own id
    assert infusions_in(db_path) == [(first.id, dt.date(2026, 6, 1), 300), (second.id, dt.date(2026, 9, 1), 100)]
    window.undo_action.trigger()  # the edit
    assert infusions_in(db_path)[0] == (first.id, dt.date(2026, 6, 1), 100)
    window.undo_action.trigger()  # the second save
    window.undo_action.trigger()  # the first save
    assert infusions_in(db_path) == []
    assert not window.undo_action.isEnabled()


def test_an_import_clears_the_undo_steps(window, today):
    window.session.save_day(migraine(today - dt.timedelta(days=1)))
    assert window.undo_action.isEnabled()
    window.after_bulk_change()
    assert not window.undo_action.isEnabled()
