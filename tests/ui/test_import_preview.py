"""File > Import of other apps' exports: a preview of what the file holds before anything is
written, Import or Cancel, the offer to fill headache-free days, and importing twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diary_app.domain import catalogue
from diary_app.domain.models import Course
from tests.ui.conftest import stored

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
MIGRAINE_BUDDY = FIXTURES / "migraine_buddy.csv"


def preview_answer(seen: list, accept: bool, fill: bool = False):
    """Fills the preview as a person would and records what it showed."""
    def answer(dialog):
        seen.append({"title": dialog.windowTitle(), "lines": dialog.found_label.text(),
                     "fill_offered": not dialog.fill_box.isHidden(), "fill_text": dialog.fill_box.text(),
                     "fill_ticked": dialog.fill_box.isChecked(), "import_enabled": dialog.import_button.isEnabled()})
        dialog.fill_box.setChecked(fill)
        return accept
    return answer


def import_file(window, prompter, path: Path, answer) -> None:
    prompter.files.append(path)
    prompter.dialogs.append(answer)
    window.import_action.trigger()


def test_the_preview_lists_what_the_file_holds_and_cancel_writes_nothing(window, db_path, prompter):
    seen: list = []
    import_file(window, prompter, MIGRAINE_BUDDY, preview_answer(seen, accept=False))
    [shown] = seen
    assert shown["title"] == "Import from Migraine Buddy"
    for line in ("Format: Migraine Buddy", "7 attacks on 9 days", "Dates: 2020-09-25 to 2020-11-10",
                 "Medications not in the catalogue (kept as written, class other): Feverfew",
                 "Columns not used: Geohash"):
        assert line in shown["lines"]
    assert shown["fill_offered"] and not shown["fill_ticked"] and shown["import_enabled"]
    assert shown["fill_text"] == "Mark the days without an attack between 2020-09-25 and 2020-11-10 as headache-free"
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was written."
    assert prompter.messages() == []
    with stored(db_path) as diary:
        assert diary.attacks() == [] and diary.days() == []


def test_import_writes_the_history_and_a_second_import_adds_nothing(qtbot, window, db_path, prompter):
    import_file(window, prompter, MIGRAINE_BUDDY, preview_answer([], accept=True))
    kind, title, text, _ = prompter.messages()[-1]
    assert (kind, title) == ("info", "Import finished")
    assert text.startswith("Imported 7 attack(s) and 0 headache-free day(s) from migraine_buddy.csv (Migraine Buddy).")
    assert "Feverfew" in text
    with stored(db_path) as diary:
        first = diary.attacks()
        records = diary.day_records()
    assert len(first) == 7 and all(record.headache for record in records)
    assert window.session.undo_label() == ""  # an import is not undone step by step

    import_file(window, prompter, MIGRAINE_BUDDY, preview_answer([], accept=True))
    assert prompter.messages()[-1][2].startswith("Imported 0 attack(s) (7 already in the diary were skipped)")
    with stored(db_path) as diary:
        assert diary.attacks() == first and diary.day_records() == records


def test_ticking_the_box_marks_the_days_between_headache_free(window, db_path, prompter):
    import_file(window, prompter, MIGRAINE_BUDDY, preview_answer([], accept=True, fill=True))
    with stored(db_path) as diary:
        records = diary.day_records(dt.date(2020, 9, 25), dt.date(2020, 11, 10))
    assert len(records) == 47  # every day from the first to the last imported day
    assert sum(not r.headache for r in records) == 47 - 9


def test_an_export_that_states_headache_free_days_is_not_offered_the_fill(window, db_path, prompter):
    seen: list = []
    import_file(window, prompter, FIXTURES / "apple_health_export.xml", preview_answer(seen, accept=True))
    assert seen[0]["title"] == "Import from Apple Health" and not seen[0]["fill_offered"]
    assert "2 headache-free days stated in the file" in seen[0]["lines"]
    assert "2 headache-free day(s)" in prompter.messages()[-1][2]


def test_a_damaged_export_says_which_line_and_nothing_is_written(window, db_path, prompter):
    damaged = FIXTURES / "migraine_buddy_damaged.csv"
    prompter.files.append(damaged)
    window.import_action.trigger()  # no preview: the file is refused while it is read
    [(kind, title, text, _detail)] = prompter.messages()
    assert (kind, title) == ("error", "Nothing was imported")
    assert "looks like an export from Migraine Buddy" in text
    assert f"{damaged}:5: Started: '13/45/20 10:00' is not a real date and time" in text
    with stored(db_path) as diary:
        assert diary.attacks() == []


def test_a_file_of_no_known_format_is_refused_with_what_the_diary_reads(window, tmp_path, prompter):
    other = tmp_path / "notes.csv"
    other.write_text("when,how bad\nyesterday,very\n")
    prompter.files.append(other)
    window.import_action.trigger()
    [(kind, _title, text, _detail)] = prompter.messages()
    assert kind == "error" and f"{other}:1:" in text and "Migraine Buddy CSV export" in text


def test_a_backup_import_says_how_many_courses_it_brought(window, db_path, tmp_path, today, prompter):
    from diary_app.exporters.transfer import export_file
    from diary_app.store import Diary

    with Diary.open(tmp_path / "other.sqlite3") as other:
        other.save_course(Course(catalogue.resolve("topiramate"), dt.date(2026, 5, 1)))
        export_file(other, tmp_path / "backup.json", today=today)
    prompter.files.append(tmp_path / "backup.json")
    window.import_action.trigger()
    assert prompter.messages()[-1][2] == "Imported 0 day(s) and 0 infusion(s), 1 course(s) from backup.json."
    with stored(db_path) as diary:
        assert len(diary.courses()) == 1
