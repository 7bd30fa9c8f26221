from diary_app.domain import catalogue


def test_brand_and_generic_names_find_the_same_drug_whatever_the_case():
    assert catalogue.lookup("Imitrex") == catalogue.lookup("SUMATRIPTAN")
    assert catalogue.lookup("maxalt").name == "rizatriptan"
    assert catalogue.lookup("Tylenol").name == "paracetamol"
    assert catalogue.lookup("acetaminophen").name == "paracetamol"


def test_dhe_spellings_resolve_to_dihydroergotamine_an_acute_ergot():
    for name in ("DHE", "d.h.e. 45", "D.H.E. 45", "dihydroergotamine"):
        med = catalogue.lookup(name)
        assert (med.name, med.drug_class, med.role) == ("dihydroergotamine", "ergot", "acute")


def test_eptinezumab_is_an_intravenous_preventive_cgrp_antibody():
    med = catalogue.lookup("Vyepti")
    assert (med.name, med.drug_class, med.route, med.role) == ("eptinezumab", "cgrp_antibody", "intravenous", "preventive")


def test_subcutaneous_cgrp_antibodies_and_atogepant_are_preventive():
    for name in ("erenumab", "fremanezumab", "galcanezumab"):
        assert catalogue.lookup(name).route == "subcutaneous"
        assert catalogue.lookup(name).role == "preventive"
    atogepant = catalogue.lookup("atogepant")
    assert (atogepant.drug_class, atogepant.role) == ("gepant", "preventive")


def test_required_classes_are_present():
    expected = {
        "triptan": ["sumatriptan", "rizatriptan", "zolmitriptan", "eletriptan", "naratriptan", "almotriptan", "frovatriptan"],
        "ergot": ["dihydroergotamine", "ergotamine"],
        "gepant": ["Ubrelvy", "Nurtec", "Zavzpret"],
        "ditan": ["lasmiditan"],
        "simple_analgesic": ["Advil", "Aleve", "aspirin", "paracetamol", "diclofenac"],
        "combination_analgesic": ["Excedrin", "Fioricet"],
        "opioid": ["codeine", "tramadol", "oxycodone", "hydrocodone"],
        "antiemetic": ["metoclopramide", "prochlorperazine", "ondansetron"],
        "preventive": ["topiramate", "propranolol", "amitriptyline", "onabotulinumtoxinA"],
    }
    for drug_class, names in expected.items():
        for name in names:
            assert catalogue.lookup(name) is not None, name
            assert catalogue.lookup(name).drug_class == drug_class, name


def test_unknown_name_is_kept_as_entered_with_class_other():
    med = catalogue.resolve("  Feverfew ")
    assert (med.name, med.drug_class, med.known) == ("Feverfew", "other", False)


def test_completion_names_offer_brands_and_generics():
    names = catalogue.completion_names()
    assert "sumatriptan" in names and "Imitrex" in names and "Vyepti" in names
