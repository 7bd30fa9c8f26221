"""Migraine Buddy's CSV export, as the issue describes it, read into attacks."""

from __future__ import annotations

from diary_app.domain.attacks import covered_days
from diary_app.exporters.imports import read_history
from tests.imports.samples import FIXTURES, D, T, dose, outline, write

SAMPLE = FIXTURES / "migraine_buddy.csv"


def test_every_attack_is_read_with_its_local_times_type_and_pain_level(history):
    assert history.format == "Migraine Buddy"
    assert outline(history) == [
        (T(2020, 9, 25, 10, 0), T(2020, 9, 25, 11, 0), "migraine", 7),
        (T(2020, 9, 25, 18, 30), T(2020, 9, 25, 20, 45), "headache", 4),
        (T(2020, 9, 27, 22, 0), T(2020, 9, 28, 3, 30), "migraine", 8),
        (T(2020, 10, 2, 8, 15), T(2020, 10, 3, 10, 30), "migraine", None),
        (T(2020, 10, 24, 23, 0), T(2020, 10, 25, 2, 0), "migraine", 6),
        (T(2020, 11, 3, 10, 0), T(2020, 11, 3, 11, 0), "migraine", 5),
        (T(2020, 11, 10, 7, 5), None, "migraine", None),
    ]


def test_two_attacks_on_one_day_and_attacks_over_midnight_and_over_two_days_cover_their_days(history):
    days = [covered_days(a) for a in history.attacks]
    assert days[0] == days[1] == [D(2020, 9, 25)]
    assert days[2] == [D(2020, 9, 27), D(2020, 9, 28)]
    assert days[3] == [D(2020, 10, 2), D(2020, 10, 3)]
    assert (history.first_day, history.last_day) == (D(2020, 9, 25), D(2020, 11, 10))


def test_the_end_is_on_the_clock_of_the_end_when_the_utc_offset_changed(history):
    autumn_change, flight_west = history.attacks[4], history.attacks[5]
    assert autumn_change.end == T(2020, 10, 25, 2, 0)  # 23:00 +02:00 plus 4 hours is 02:00 +01:00
    assert flight_west.end == T(2020, 11, 3, 11, 0)  # the clock went back 6 hours: start plus the hour


def test_the_four_medication_columns_give_the_relief_and_a_dose_in_the_name_the_amount(history):
    assert history.attacks[0].doses == (dose("sumatriptan", 50, "mg", relief=2), dose("ibuprofen", 400, "mg", relief=1))
    assert history.attacks[1].doses == (dose("paracetamol", 500, "mg", relief=0),)
    assert history.attacks[2].doses == (dose("rizatriptan", 10, "mg", relief=2), dose("Feverfew", 100, "mg"))
    assert history.attacks[3].doses == ()  # "No medication"
    assert history.attacks[4].doses == (dose("acetaminophen/aspirin/caffeine", relief=1, note="250mg, 250mg, 65mg"),)
    assert history.unknown_medications == ["Feverfew"]


def test_symptoms_set_the_flags_and_potential_triggers_are_the_triggers(history):
    flags = [(a.aura, a.nausea, a.photophobia, a.phonophobia) for a in history.attacks]
    assert flags[0] == (False, True, True, False)
    assert flags[2] == (True, True, False, True)  # aura, vomiting, sound
    assert history.attacks[0].triggers == ("Stress", "Bright light")
    assert history.attacks[2].triggers == ("Red wine", "Lack of sleep")


def test_every_other_column_with_a_value_is_a_note_line_and_the_geohash_is_dropped(history):
    assert history.attacks[0].note == (
        "Attack Location: Home\nAffected Activities: Work, Housework\nSymptoms: Dizziness\n"
        "Most Bothersome Symptom: Nausea\nPain Positions: Left temple, Behind left eye\n"
        "Helpful Relief Methods: Rest\nNotes: Started in a meeting")
    assert history.attacks[1].note == "Attack Types: Tension-type headache\nAttack Location: Work\nPain Positions: Forehead"
    assert "Auras: Zigzag lines" in history.attacks[2].note
    assert history.attacks[6].note == ""
    assert not any(place in repr(history) for place in ("u33dc0v1", "u33db8x2", "dr5regw3"))
    assert history.unused_columns == ["Geohash"]


def test_the_block_of_ongoing_events_is_counted_in_the_preview_not_imported(history):
    assert "Not imported: 2 ongoing events from the block at the top of the file (the diary has no place for them)" \
        in history.describe()


def test_the_source_is_the_start_minute_so_a_renumbered_export_adds_nothing_new(history, tmp_path):
    assert [a.source for a in history.attacks][:2] == ["migraine-buddy:2020-09-25T10:00", "migraine-buddy:2020-09-25T18:30"]
    renumbered = SAMPLE.read_text(encoding="utf-8").replace('\n"1","9/25/20', '\n"41","9/25/20')
    again = read_history(write(tmp_path, "later-export.csv", renumbered))
    assert [a.source for a in again.attacks] == [a.source for a in history.attacks]


def test_a_windows_file_with_a_byte_order_mark_and_no_block_of_events_reads_the_same(history, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    attacks_only = text[text.index('"#"'):].replace("\n", "\r\n")
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbf" + attacks_only.encode())
    again = read_history(path)
    assert again.attacks == history.attacks
    assert again.left_out == []
