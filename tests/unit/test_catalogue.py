import pytest

from diary_app.domain import catalogue
from diary_app.domain.models import DRUG_CLASSES, ROLES, Medication


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


def test_every_name_finds_exactly_one_drug():
    # the look-up table is built name by name: a name given to two drugs would silently find the later one
    owners: dict[str, set[str]] = {}
    for generic, _class, _route, _role, aliases in catalogue._ENTRIES:
        for name in (generic, *aliases):
            owners.setdefault(catalogue._key(name), set()).add(generic)
    shared = {key: generics for key, generics in owners.items() if len(generics) > 1}
    assert shared == {}
    generics = [entry[0] for entry in catalogue._ENTRIES]
    assert len(generics) == len(set(generics))


def test_every_catalogue_drug_has_a_class_the_diary_accepts_and_is_saved_as_is(diary):
    for medication in catalogue.all_medications():
        assert medication.drug_class in DRUG_CLASSES and medication.role in ROLES, medication
        diary.save_medication(medication)
    assert diary.medications() == catalogue.all_medications()


def test_opioids_a_headache_clinic_meets_are_acute_opioids_under_their_brand_names():
    expected = {"Stadol": ("butorphanol", "nasal"), "Dilaudid": ("hydromorphone", "oral"), "morphine": ("morphine", "oral"),
                "pethidine": ("meperidine", "intramuscular"), "Demerol": ("meperidine", "intramuscular"),
                "Nucynta": ("tapentadol", "oral")}
    for name, (generic, route) in expected.items():
        med = catalogue.lookup(name)
        assert (med.name, med.drug_class, med.route, med.role) == (generic, "opioid", route, "acute"), name


def test_oral_preventives_a_headache_clinic_meets_are_preventive():
    expected = {"Atacand": "candesartan", "Sibelium": "flunarizine", "Effexor": "venlafaxine", "Lopressor": "metoprolol",
                "Toprol XL": "metoprolol", "timolol": "timolol", "Pamelor": "nortriptyline", "Depakote": "divalproex",
                "valproic acid": "divalproex", "verapamil": "verapamil", "pizotifen": "pizotifen",
                "lisinopril": "lisinopril", "memantine": "memantine", "Zonegran": "zonisamide"}
    for name, generic in expected.items():
        med = catalogue.lookup(name)
        assert (med.name, med.drug_class, med.route, med.role) == (generic, "preventive", "oral", "preventive"), name


def test_drugs_given_for_an_attack_in_hospital_are_acute_so_an_infusion_of_them_is_acute_by_default():
    expected = {"valproate": "other", "Depacon": "other", "magnesium sulfate": "other", "MgSO4": "other",
                "Decadron": "other", "ketorolac": "simple_analgesic", "metoclopramide": "antiemetic", "DHE": "ergot",
                "chlorpromazine": "antiemetic", "promethazine": "antiemetic", "droperidol": "antiemetic",
                "Benadryl": "other"}
    for name, drug_class in expected.items():
        med = catalogue.resolve(name, role="preventive")  # the infusion command's default for unknown drugs
        assert (med.drug_class, med.role, med.known) == (drug_class, "acute", True), name
    assert catalogue.lookup("magnesium").name == "magnesium"
    assert catalogue.lookup("IV valproate").name == "valproate"
    assert catalogue.lookup("Depakote").name == "divalproex"  # the oral preventive is its own drug


def test_nerve_blocks_are_recorded_under_the_local_anaesthetic_as_an_acute_procedure():
    for name in ("nerve block", "Occipital nerve block", "GON block", "greater occipital nerve block", "Xylocaine"):
        med = catalogue.lookup(name)
        assert (med.name, med.drug_class, med.route, med.role) == ("lidocaine", "other", "nerve block", "acute"), name
    assert catalogue.lookup("Marcaine").name == "bupivacaine"
    assert catalogue.lookup("bupivacaine").route == "nerve block"


def test_completion_names_keep_mixed_case_names_as_spelled():
    names = catalogue.completion_names()
    assert {"GON block", "MgSO4", "MS Contin", "Stadol", "DHE"} <= set(names)


@pytest.mark.parametrize("name, expected", [
    ("Topamax", "antiepileptic"), ("Depakote", "antiepileptic"), ("zonisamide", "antiepileptic"),
    ("propranolol", "beta blocker"), ("metoprolol", "beta blocker"), ("timolol", "beta blocker"),
    ("amitriptyline", "tricyclic antidepressant"), ("nortriptyline", "tricyclic antidepressant"),
    ("venlafaxine", "SNRI antidepressant"), ("candesartan", "angiotensin receptor blocker"),
    ("lisinopril", "ACE inhibitor"), ("flunarizine", "calcium channel blocker"), ("verapamil", "calcium channel blocker"),
    ("Vyepti", "CGRP monoclonal antibody"), ("Aimovig", "CGRP monoclonal antibody"),
    ("fremanezumab", "CGRP monoclonal antibody"), ("Emgality", "CGRP monoclonal antibody"),
    ("atogepant", "gepant"), ("Nurtec", "gepant"), ("Botox", "botulinum toxin"),
    ("pizotifen", "serotonin antagonist"), ("memantine", "NMDA antagonist"),
])
def test_preventives_have_the_plain_english_class_prior_authorisation_forms_ask_for(name, expected):
    assert catalogue.preventive_class(catalogue.lookup(name)) == expected


def test_every_catalogue_preventive_has_a_plain_english_class_and_the_table_names_only_catalogue_drugs():
    preventives = {m.name for m in catalogue.all_medications() if m.role == "preventive"}
    assert preventives <= set(catalogue.PREVENTIVE_CLASSES)
    assert set(catalogue.PREVENTIVE_CLASSES) <= {m.name for m in catalogue.all_medications()}


def test_other_drugs_are_named_by_their_class_label_and_unknown_ones_other():
    assert catalogue.preventive_class(catalogue.lookup("sumatriptan")) == "triptans"
    assert catalogue.preventive_class(catalogue.lookup("Advil")) == "simple analgesics / NSAIDs"
    assert catalogue.preventive_class(catalogue.lookup("magnesium")) == "other"
    assert catalogue.preventive_class(catalogue.resolve("feverfew", role="preventive")) == "other"
    # a drug the catalogue does not know yet, given its class by the person, counts in that class
    new_antibody = Medication("newmab", "cgrp_antibody", "subcutaneous", "preventive", known=False)
    assert catalogue.preventive_class(new_antibody) == "CGRP monoclonal antibody"
    riboflavin = Medication("riboflavin", "preventive", role="preventive", known=False)
    assert catalogue.preventive_class(riboflavin) == "other preventives"
