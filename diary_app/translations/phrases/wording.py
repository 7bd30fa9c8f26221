"""diary_app/domain/wording.py (context Domain: shown through diary_app.i18n.domain_text); its statuses, "met",
"not met", "unknown" and "CGRP antibodies" are translated in phrases/domain.py"""

PHRASES = {
    "Domain": {
        "triptans": ("Triptane", "triptanes"),
        "ergots": ("Ergotamine", "ergóticos"),
        "gepants": ("Gepante", "gepantes"),
        "ditans": ("Ditane", "ditanes"),
        "simple analgesics / NSAIDs": ("einfache Analgetika / NSAR", "analgésicos simples / AINE"),
        "combination analgesics": ("Kombinationsanalgetika", "analgésicos combinados"),
        "opioids": ("Opioide", "opioides"),
        "antiemetics": ("Antiemetika", "antieméticos"),
        "other preventives": ("andere Prophylaktika", "otros preventivos"),
        "other medications": ("andere Medikamente", "otros medicamentos"),
        "{0} on {1} or more days": ("{0} an {1} oder mehr Tagen", "{0} en {1} o más días"),
        "any of triptans, ergots, opioids, combination and simple analgesics on {0} or more days in total "
        "(two or more of these classes)": (
            "Triptane, Ergotamine, Opioide, Kombinations- und einfache Analgetika zusammen an {0} oder mehr Tagen "
            "(zwei oder mehr dieser Klassen)",
            "triptanes, ergóticos, opioides, analgésicos combinados y simples en conjunto en {0} o más días "
            "(dos o más de estas clases)"),
        "Baseline": ("Baseline", "Periodo basal"),
        "Weeks {0}–{1}": ("Wochen {0}–{1}", "Semanas {0}–{1}"),
        "pending": ("ausstehend", "pendiente"),
        "yes": ("ja", "sí"),
        "no": ("nein", "no"),
    },
}
