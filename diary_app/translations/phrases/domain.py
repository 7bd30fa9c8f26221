"""The domain's words (diary_app/domain, marked there with its own no-op QT_TRANSLATE_NOOP("Domain", ...)
and shown through diary_app.i18n.domain_text). Entries for texts not marked yet are simply unused."""

PHRASES = {
    "Domain": {
        # questionnaires.py: MIDAS grades and HIT-6 bands as the published versions name them
        "little or no disability": ("keine oder geringe Beeinträchtigung", "discapacidad mínima o nula"),
        "mild disability": ("leichte Beeinträchtigung", "discapacidad leve"),
        "moderate disability": ("mäßige Beeinträchtigung", "discapacidad moderada"),
        "severe disability": ("schwere Beeinträchtigung", "discapacidad grave"),
        "little or no impact": ("keine oder geringe Auswirkung", "impacto mínimo o nulo"),
        "some impact": ("gewisse Auswirkung", "cierto impacto"),
        "substantial impact": ("deutliche Auswirkung", "impacto importante"),
        "severe impact": ("schwere Auswirkung", "impacto grave"),
        # models.py: why a preventive stopped, where an infusion was given
        "not effective": ("nicht wirksam", "no eficaz"),
        "side effects": ("Nebenwirkungen", "efectos adversos"),
        "cost or access": ("Kosten oder Verfügbarkeit", "coste o acceso"),
        "other": ("anderer Grund", "otro motivo"),
        "infusion centre": ("Infusionszentrum", "hospital de día"),
        "emergency room": ("Notaufnahme", "urgencias"),
        "hospital": ("Krankenhaus (stationär)", "hospitalización"),
        "home": ("zu Hause", "domicilio"),
        # models.py: the medication classes (CLASS_LABELS)
        "Triptans": ("Triptane", "Triptanes"),
        "Ergots": ("Ergotamine", "Ergóticos"),
        "Gepants": ("Gepante", "Gepantes"),
        "Ditans": ("Ditane", "Ditanes"),
        "Simple analgesics / NSAIDs": ("Einfache Analgetika / NSAR", "Analgésicos simples / AINE"),
        "Combination analgesics": ("Kombinationsanalgetika", "Analgésicos combinados"),
        "Opioids": ("Opioide", "Opioides"),
        "Antiemetics": ("Antiemetika", "Antieméticos"),
        "CGRP antibodies": ("CGRP-Antikörper", "Anticuerpos anti-CGRP"),
        "Other preventives": ("Andere Prophylaktika", "Otros preventivos"),
        "Other": ("Andere", "Otros"),
        # catalogue.py: a preventive's class, as prior-authorisation forms name it; the unit of Botox doses
        "antiepileptic": ("Antiepileptikum", "antiepiléptico"),
        "beta blocker": ("Betablocker", "betabloqueante"),
        "tricyclic antidepressant": ("trizyklisches Antidepressivum", "antidepresivo tricíclico"),
        "SNRI antidepressant": ("SNRI-Antidepressivum", "antidepresivo IRSN"),
        "angiotensin receptor blocker": ("Angiotensin-Rezeptorblocker (Sartan)",
                                         "antagonista del receptor de angiotensina II"),
        "ACE inhibitor": ("ACE-Hemmer", "inhibidor de la ECA"),
        "calcium channel blocker": ("Calciumkanalblocker", "antagonista del calcio"),
        "CGRP monoclonal antibody": ("monoklonaler CGRP-Antikörper", "anticuerpo monoclonal anti-CGRP"),
        "gepant": ("Gepant", "gepante"),
        "botulinum toxin": ("Botulinumtoxin", "toxina botulínica"),
        "serotonin antagonist": ("Serotoninantagonist", "antagonista de la serotonina"),
        "NMDA antagonist": ("NMDA-Antagonist", "antagonista NMDA"),
        "units": ("Einheiten", "unidades"),
        # wording.py: the status of a follow-up window
        "in progress": ("läuft noch", "en curso"),
        "not enough data": ("zu wenige Daten", "datos insuficientes"),
        "complete": ("abgeschlossen", "completo"),
        "met": ("erfüllt", "cumplido"),
        "not met": ("nicht erfüllt", "no cumplido"),
        "unknown": ("unbekannt", "desconocido"),
    },
}
