"""The built-in medication catalogue: generic and brand names, class, usual route and role.

Look-ups are case-insensitive and ignore dots and extra spaces ("D.H.E. 45" finds DHE).
A name the catalogue does not know is kept as entered, with class "other".
"""

from __future__ import annotations

import re

from diary_app.domain.models import Medication

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
    # Antiemetics
    ("metoclopramide", "antiemetic", "oral", "acute", ("reglan", "maxolon")),
    ("prochlorperazine", "antiemetic", "oral", "acute", ("compazine", "stemetil")),
    ("ondansetron", "antiemetic", "oral", "acute", ("zofran",)),
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
)


def _key(name: str) -> str:
    """Normalise a typed name: case, dots and runs of spaces do not matter."""
    return re.sub(r"\s+", " ", name.replace(".", " ")).strip().casefold()


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


def all_medications() -> list[Medication]:
    """Every catalogue drug once, by generic name."""
    return sorted({m.name: m for m in _BY_KEY.values()}.values(), key=lambda m: m.name.casefold())


def completion_names() -> list[str]:
    """Every generic and brand name, for autocompletion, as typed in the catalogue."""
    names = []
    for generic, _c, _r, _role, aliases in _ENTRIES:
        names.append(generic)
        names.extend(a.title() if a.islower() and len(a) > 3 else a.upper() for a in aliases)
    return sorted(set(names), key=str.casefold)
