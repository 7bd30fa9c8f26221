"""How the apps' shared values read: medication names carrying a dose, symptoms, attack types."""

from __future__ import annotations

import pytest

from diary_app.exporters.imports.values import dose, kind_of, split_list, symptom_flags


@pytest.mark.parametrize(("written", "amount_text", "name", "amount", "unit", "note"), [
    ("Sumatriptan (50mg)", "", "sumatriptan", 50, "mg", ""),
    ("Zomig (2.5 mg)", "", "zolmitriptan", 2.5, "mg", ""),
    ("Ibuprofen (2 tablets)", "", "ibuprofen", 2, "tablets", ""),
    ("Fremanezumab (mg)", "225", "fremanezumab", 225, "mg", ""),
    ("Sumatriptan (50mg)", "2", "sumatriptan", 100, "mg", "2 × 50 mg"),
    ("Sumatriptan (Imitrex)", "", "sumatriptan", None, "", "Imitrex"),
    ("Excedrin (250mg, 250mg, 65mg)", "", "acetaminophen/aspirin/caffeine", None, "", "250mg, 250mg, 65mg"),
    ("Magnesium glycinate", "400 mg", "Magnesium glycinate", 400, "mg", ""),
])
def test_a_dose_written_in_the_name_or_a_separate_cell_becomes_the_amount(written, amount_text, name, amount, unit, note):
    read = dose(written, amount_text=amount_text)
    assert (read.medication.name, read.amount, read.unit, read.note) == (name, amount, unit, note)


def test_lists_split_at_commas_outside_brackets_and_words_for_nothing_are_dropped():
    assert split_list("Sumatriptan (50mg), Excedrin (250mg, 65mg), None, Sumatriptan (50mg)") == [
        "Sumatriptan (50mg)", "Excedrin (250mg, 65mg)"]
    assert split_list("No medication") == []
    assert split_list("Red wine; cheese, ") == ["Red wine, cheese"]  # ";" separates the diary's own lists


def test_symptoms_set_flags_by_meaning_not_by_any_word_they_share():
    flags, rest = symptom_flags(["Sensitivity to light", "Noise sensitivity", "Vomiting", "Lightheadedness",
                                 "Migraine without aura", "Aura"])
    assert flags == {"nausea": True, "photophobia": True, "phonophobia": True, "aura": True}
    assert rest == ["Lightheadedness", "Migraine without aura"]
    assert symptom_flags(["Light-headed"])[0]["photophobia"] is False


@pytest.mark.parametrize(("types", "kind"), [
    ([], "migraine"), (["Migraine"], "migraine"), (["Tension-type headache"], "headache"),
    (["Cluster headache", "Sinus headache"], "headache"), (["Tension-type headache", "Migraine"], "migraine"),
    (["Unsure"], "migraine"),
])
def test_an_attack_is_a_migraine_unless_every_type_named_is_another_headache(types, kind):
    assert kind_of(types) == kind
