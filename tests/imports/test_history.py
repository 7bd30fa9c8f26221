"""What every reader hands on: the preview lines, the first and last day, sources unique in a file."""

from __future__ import annotations

from diary_app.domain.models import Attack
from diary_app.exporters.imports import read_history
from diary_app.exporters.imports.history import gather
from tests.imports.samples import FIXTURES, D, T, dose


def test_the_preview_says_format_attacks_days_dates_unknown_medications_and_what_was_not_used():
    assert read_history(FIXTURES / "migraine_buddy.csv").describe() == [
        "Format: Migraine Buddy",
        "7 attacks on 9 days",
        "Dates: 2020-09-25 to 2020-11-10",
        "Medications not in the catalogue (kept as written, class other): Feverfew",
        "Columns not used: Geohash",
        "Not imported: 2 ongoing events from the block at the top of the file (the diary has no place for them)",
    ]


def test_an_empty_history_says_so_in_two_lines():
    assert gather("Headi", []).describe() == ["Format: Headi", "0 attacks on 0 days"]
    assert gather("Headi", []).first_day is None


def test_the_first_and_last_day_span_attacks_the_days_they_cover_and_headache_free_days():
    history = gather("Apple Health", [Attack(T(2021, 3, 2, 22, 0), T(2021, 3, 4, 1, 0), source="a:1")],
                     free_dates=[D(2021, 3, 1), D(2021, 3, 3)])
    assert (history.first_day, history.last_day) == (D(2021, 3, 1), D(2021, 3, 4))
    assert [d.date for d in history.days] == [D(2021, 3, 1)]  # the 3rd is inside the attack


def test_a_source_repeated_in_one_file_is_numbered_so_every_attack_is_kept_and_stays_unique():
    same = Attack(T(2021, 3, 2, 9, 0), source="apple-health:2021-03-02 09:00:00 +0100")
    history = gather("Apple Health", [same, same, same])
    assert [a.source for a in history.attacks] == [same.source, same.source + " (2)", same.source + " (3)"]


def test_unknown_medications_are_listed_once_in_alphabetical_order():
    attacks = [Attack(T(2021, 3, 2, 9, 0), doses=(dose("zz drops"), dose("Feverfew"), dose("sumatriptan")), source="x:1"),
               Attack(T(2021, 3, 3, 9, 0), doses=(dose("feverfew tea"), dose("Feverfew")), source="x:2")]
    assert gather("Headi", attacks).unknown_medications == ["Feverfew", "feverfew tea", "zz drops"]


def test_every_sample_read_twice_gives_the_same_attacks_with_sources_unique_in_the_file():
    for name in ("migraine_buddy.csv", "bearable.csv", "headi.csv", "apple_health_export.xml"):
        first, second = read_history(FIXTURES / name), read_history(FIXTURES / name)
        assert first.attacks == second.attacks
        sources = [a.source for a in first.attacks]
        assert len(set(sources)) == len(sources) and all(sources)
