"""The built-in medication catalogue: generic and brand names, class, usual route and role.

Look-ups are case-insensitive and ignore dots and extra spaces ("D.H.E. 45" finds DHE).
A name the catalogue does not know is kept as entered, with class "other".
`preventive_class` names a preventive's class in plain English, as prior-authorisation forms ask.
"""

from __future__ import annotations

from diary_app.domain.models import CLASS_LABELS, QT_TRANSLATE_NOOP, Medication

# generic name, class, usual route, role, other names (brands, abbreviations)
_ENTRIES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    # Triptans
    ("sumatriptan", "triptan", "oral", "acute", ("imitrex", "imigran", "zembrace", "onzetra", "tosymra")),
    ("rizatriptan", "triptan", "oral", "acute", ("maxalt", "maxalt-mlt")),
    ("zolmitriptan", "triptan", "oral", "acute", ("zomig", "zomig-zmt")),
    ("eletriptan", "triptan", "oral", "acute", ("relpax",)),
    ("naratriptan", "triptan", "oral", "acute", ("amerge", "naramig")),
    ("almotriptan", "triptan", "oral", "acute", ("axert", "almogran")),
    ("frovatriptan", "triptan", "oral", "acute", ("frova", "migard")),
    # Ergots
    ("dihydroergotamine", "ergot", "intravenous", "acute", ("dhe", "dhe 45", "d.h.e. 45", "migranal", "trudhesa")),
    ("ergotamine", "ergot", "oral", "acute", ("cafergot", "ergomar")),
    # Gepants and the ditan
    ("ubrogepant", "gepant", "oral", "acute", ("ubrelvy",)),
    ("rimegepant", "gepant", "oral", "acute", ("nurtec", "nurtec odt", "vydura")),
    ("zavegepant", "gepant", "nasal", "acute", ("zavzpret",)),
    ("atogepant", "gepant", "oral", "preventive", ("qulipta", "aquipta")),
    ("lasmiditan", "ditan", "oral", "acute", ("reyvow",)),
    # Simple analgesics and NSAIDs
    ("ibuprofen", "simple_analgesic", "oral", "acute", ("advil", "motrin", "nurofen")),
    ("naproxen", "simple_analgesic", "oral", "acute", ("aleve", "naprosyn", "anaprox")),
    ("aspirin", "simple_analgesic", "oral", "acute", ("acetylsalicylic acid", "asa")),
    ("paracetamol", "simple_analgesic", "oral", "acute", ("acetaminophen", "tylenol", "panadol", "apap")),
    ("diclofenac", "simple_analgesic", "oral", "acute", ("cambia", "voltaren", "cataflam")),
    ("ketorolac", "simple_analgesic", "intravenous", "acute", ("toradol",)),
    # Combination analgesics
    ("acetaminophen/aspirin/caffeine", "combination_analgesic", "oral", "acute",
     ("excedrin", "excedrin migraine", "aspirin/paracetamol/caffeine")),
    ("butalbital/acetaminophen/caffeine", "combination_analgesic", "oral", "acute", ("fioricet", "esgic")),
    ("butalbital/aspirin/caffeine", "combination_analgesic", "oral", "acute", ("fiorinal",)),
    ("paracetamol/caffeine", "combination_analgesic", "oral", "acute", ("panadol extra", "acetaminophen/caffeine")),
    ("sumatriptan/naproxen", "triptan", "oral", "acute", ("treximet",)),
    # Opioids
    ("codeine", "opioid", "oral", "acute", ()),
    ("tramadol", "opioid", "oral", "acute", ("ultram",)),
    ("oxycodone", "opioid", "oral", "acute", ("oxycontin", "roxicodone", "percocet")),
    ("hydrocodone", "opioid", "oral", "acute", ("vicodin", "norco")),
    ("butorphanol", "opioid", "nasal", "acute", ("stadol", "Stadol NS")),
    ("hydromorphone", "opioid", "oral", "acute", ("dilaudid",)),
    ("morphine", "opioid", "oral", "acute", ("MS Contin",)),
    ("meperidine", "opioid", "intramuscular", "acute", ("pethidine", "demerol")),
    ("tapentadol", "opioid", "oral", "acute", ("nucynta",)),
    # Antiemetics
    ("metoclopramide", "antiemetic", "oral", "acute", ("reglan", "maxolon")),
    ("prochlorperazine", "antiemetic", "oral", "acute", ("compazine", "stemetil")),
    ("ondansetron", "antiemetic", "oral", "acute", ("zofran",)),
    ("chlorpromazine", "antiemetic", "intravenous", "acute", ("thorazine", "largactil")),
    ("promethazine", "antiemetic", "oral", "acute", ("phenergan",)),
    ("droperidol", "antiemetic", "intravenous", "acute", ("inapsine",)),
    # Given for an attack in hospital or the emergency room (an infusion of them is acute by default)
    ("valproate", "other", "intravenous", "acute", ("valproate sodium", "IV valproate", "depacon")),
    ("magnesium", "other", "intravenous", "acute", ("magnesium sulfate", "magnesium sulphate", "MgSO4", "IV magnesium")),
    ("dexamethasone", "other", "intravenous", "acute", ("decadron",)),
    ("diphenhydramine", "other", "oral", "acute", ("benadryl",)),
    # Nerve blocks: a procedure, recorded under the local anaesthetic injected
    ("lidocaine", "other", "nerve block", "acute",
     ("lignocaine", "xylocaine", "nerve block", "occipital nerve block", "greater occipital nerve block",
      "GON block", "GONB")),
    ("bupivacaine", "other", "nerve block", "acute", ("marcaine", "sensorcaine")),
    # CGRP monoclonal antibodies
    ("eptinezumab", "cgrp_antibody", "intravenous", "preventive", ("vyepti",)),
    ("erenumab", "cgrp_antibody", "subcutaneous", "preventive", ("aimovig",)),
    ("fremanezumab", "cgrp_antibody", "subcutaneous", "preventive", ("ajovy",)),
    ("galcanezumab", "cgrp_antibody", "subcutaneous", "preventive", ("emgality",)),
    # Other preventives
    ("topiramate", "preventive", "oral", "preventive", ("topamax", "trokendi", "qudexy")),
    ("propranolol", "preventive", "oral", "preventive", ("inderal",)),
    ("amitriptyline", "preventive", "oral", "preventive", ("elavil",)),
    ("onabotulinumtoxinA", "preventive", "intramuscular", "preventive", ("botox", "botulinum toxin")),
    ("divalproex", "preventive", "oral", "preventive",
     ("divalproex sodium", "depakote", "Depakote ER", "valproic acid", "depakene", "epilim")),
    ("zonisamide", "preventive", "oral", "preventive", ("zonegran",)),
    ("metoprolol", "preventive", "oral", "preventive", ("lopressor", "toprol", "Toprol XL", "betaloc")),
    ("timolol", "preventive", "oral", "preventive", ("blocadren",)),
    ("atenolol", "preventive", "oral", "preventive", ("tenormin",)),
    ("nadolol", "preventive", "oral", "preventive", ("corgard",)),
    ("nortriptyline", "preventive", "oral", "preventive", ("pamelor", "aventyl", "allegron")),
    ("venlafaxine", "preventive", "oral", "preventive", ("effexor", "Effexor XR")),
    ("duloxetine", "preventive", "oral", "preventive", ("cymbalta",)),
    ("candesartan", "preventive", "oral", "preventive", ("atacand", "amias")),
    ("lisinopril", "preventive", "oral", "preventive", ("zestril", "prinivil")),
    ("flunarizine", "preventive", "oral", "preventive", ("sibelium",)),
    ("verapamil", "preventive", "oral", "preventive", ("calan", "isoptin", "verelan")),
    ("pizotifen", "preventive", "oral", "preventive", ("pizotyline", "sanomigran")),
    ("memantine", "preventive", "oral", "preventive", ("namenda", "ebixa")),
)

# The plain-English class of a preventive, as prior-authorisation forms ask for it ("tried two
# classes"), by generic name. Valproate and rimegepant are here for courses of them. Shown through
# diary_app.i18n.domain_text.
PREVENTIVE_CLASSES: dict[str, str] = {
    **dict.fromkeys(("topiramate", "divalproex", "valproate", "zonisamide"),
                    QT_TRANSLATE_NOOP("Domain", "antiepileptic")),
    **dict.fromkeys(("propranolol", "metoprolol", "timolol", "atenolol", "nadolol"),
                    QT_TRANSLATE_NOOP("Domain", "beta blocker")),
    **dict.fromkeys(("amitriptyline", "nortriptyline"), QT_TRANSLATE_NOOP("Domain", "tricyclic antidepressant")),
    **dict.fromkeys(("venlafaxine", "duloxetine"), QT_TRANSLATE_NOOP("Domain", "SNRI antidepressant")),
    "candesartan": QT_TRANSLATE_NOOP("Domain", "angiotensin receptor blocker"),
    "lisinopril": QT_TRANSLATE_NOOP("Domain", "ACE inhibitor"),
    **dict.fromkeys(("flunarizine", "verapamil"), QT_TRANSLATE_NOOP("Domain", "calcium channel blocker")),
    **dict.fromkeys(("eptinezumab", "erenumab", "fremanezumab", "galcanezumab"),
                    QT_TRANSLATE_NOOP("Domain", "CGRP monoclonal antibody")),
    **dict.fromkeys(("atogepant", "rimegepant"), QT_TRANSLATE_NOOP("Domain", "gepant")),
    "onabotulinumtoxinA": QT_TRANSLATE_NOOP("Domain", "botulinum toxin"),
    "pizotifen": QT_TRANSLATE_NOOP("Domain", "serotonin antagonist"),
    "memantine": QT_TRANSLATE_NOOP("Domain", "NMDA antagonist"),
}
# Drugs the table does not name but whose drug class is itself a preventive class (a new antibody)
_PREVENTIVE_CLASS_BY_DRUG_CLASS = {"cgrp_antibody": PREVENTIVE_CLASSES["erenumab"],
                                   "gepant": PREVENTIVE_CLASSES["atogepant"]}


def _key(name: str) -> str:
    """Normalise a typed name: case, dots and runs of spaces do not matter."""
    return " ".join(name.replace(".", " ").split()).casefold()


_BY_KEY: dict[str, Medication] = {}
for _generic, _class, _route, _role, _aliases in _ENTRIES:
    _med = Medication(_generic, _class, _route, _role, known=True)
    for _name in (_generic, *_aliases):
        _BY_KEY[_key(_name)] = _med


def lookup(name: str) -> Medication | None:
    """The catalogue entry for a generic or brand name, or None when it is not known."""
    return _BY_KEY.get(_key(name))


def resolve(name: str, role: str = "acute") -> Medication:
    """A Medication for any typed name: the catalogue entry, or the name as entered with class "other"."""
    found = lookup(name)
    if found is not None:
        return found
    return Medication(name.strip(), "other", "oral", role, known=False)


def preventive_class(medication: Medication) -> str:
    """A preventive's plain-English class ("beta blocker"), for treatment histories; for any other
    drug its class label in lower case ("triptans", "simple analgesics / NSAIDs"), or "other"."""
    found = lookup(medication.name)
    name = found.name if found is not None else medication.name
    if name in PREVENTIVE_CLASSES:
        return PREVENTIVE_CLASSES[name]
    if medication.drug_class in _PREVENTIVE_CLASS_BY_DRUG_CLASS:
        return _PREVENTIVE_CLASS_BY_DRUG_CLASS[medication.drug_class]
    if medication.drug_class == "other" or medication.drug_class not in CLASS_LABELS:
        return "other"
    label = CLASS_LABELS[medication.drug_class]
    return " ".join(word if sum(c.isupper() for c in word) > 1 else word.lower() for word in label.split())


def all_medications() -> list[Medication]:
    """Every catalogue drug once, by generic name."""
    return sorted({m.name: m for m in _BY_KEY.values()}.values(), key=lambda m: m.name.casefold())


def completion_names() -> list[str]:
    """Every generic and brand name, for autocompletion: lower-case brands capitalised (short ones
    in capitals, "DHE"), mixed-case names ("GON block") as the catalogue spells them."""
    names = []
    for generic, _c, _r, _role, aliases in _ENTRIES:
        names.append(generic)
        names.extend(a if not a.islower() else a.title() if len(a) > 3 else a.upper() for a in aliases)
    return sorted(set(names), key=str.casefold)


# botulinum toxin is dosed in units (155 units), not mg; shown through diary_app.i18n.domain_text
UNIT_DOSED = {"onabotulinumtoxina": QT_TRANSLATE_NOOP("Domain", "units")}


def dose_unit(medication: Medication) -> str:
    """The unit an injection or infusion dose of this drug is given in: "mg", or "units" for Botox.
    (The diary keeps the number in its dose_mg field either way.)"""
    return UNIT_DOSED.get(medication.name.casefold(), "mg")
