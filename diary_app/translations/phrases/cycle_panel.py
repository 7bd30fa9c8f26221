"""diary_app/ui/cycle_panel.py (its table and chart words: context CyclePanel, not "")"""

PHRASES = {
    "CyclePanel": {
        "preventive": ("prophylaktisch", "preventiva"),
        "acute": ("akut", "aguda"),
        "Cycle view: each infusion against the 28 days just before it, in weeks 1-4, 5-8 and 9-12 after its last "
        "day (migraine days per 28 days; a period needs 14 recorded days). For a second or later infusion those "
        "28 days are already on treatment: the course view compares the whole course with the days before it "
        "began. Responder: at least 30% / 50% / 75% fewer, judged once the 12 weeks are complete.": (
            "Zyklusansicht: jede Infusion gegenüber den 28 Tagen direkt davor, in den Wochen 1-4, 5-8 und 9-12 nach "
            "ihrem letzten Tag (Migränetage pro 28 Tage; ein Zeitraum braucht 14 eingetragene Tage). Bei einer "
            "zweiten oder späteren Infusion liegen diese 28 Tage bereits unter Behandlung: Die Ansicht der "
            "Prophylaxen vergleicht die ganze Prophylaxe mit den Tagen vor ihrem Beginn. Responder: mindestens "
            "30 % / 50 % / 75 % weniger, beurteilt, sobald die 12 Wochen abgeschlossen sind.",
            "Vista por ciclo: cada infusión frente a los 28 días justo antes de ella, en las semanas 1-4, 5-8 y 9-12 "
            "tras su último día (días de migraña por 28 días; un periodo necesita 14 días registrados). En una "
            "segunda infusión o posterior, esos 28 días ya están bajo tratamiento: la vista de tratamientos "
            "preventivos compara todo el tratamiento con los días antes de su inicio. Respondedor: al menos un "
            "30 % / 50 % / 75 % menos, valorado cuando se completan las 12 semanas."),
        "≥{0}%": ("≥{0} %", "≥{0} %"),
        "Dose": ("Dosis", "Dosis"),
        "Kind": ("Art", "Tipo"),
        "Reduction": ("Reduktion", "Reducción"),
        "Wk {0}": ("Wo. {0}", "Sem. {0}"),
        "Migraine days per 28 days after the infusion": ("Migränetage pro 28 Tage nach der Infusion",
                                                         "Días de migraña por 28 días tras la infusión"),
        "Start": ("Beginn", "Inicio"),
        "Drug": ("Wirkstoff", "Fármaco"),
        "Days": ("Tage", "Días"),
        "Setting": ("Ort", "Lugar"),
        "Baseline": ("Ausgangsphase", "Periodo basal"),
        "Migraine days per 28 days in the 28 days before": ("Migränetage pro 28 Tage in den 28 Tagen davor",
                                                            "Días de migraña por 28 días en los 28 días previos"),
        "Follow-up": ("Verlauf danach", "Seguimiento"),
        "Reactions": ("Reaktionen", "Reacciones"),
        "Infusions, each against the 28 days before it": ("Infusionen, jeweils gegenüber den 28 Tagen davor",
                                                          "Infusiones, cada una frente a los 28 días previos"),
        "&Add infusion…": ("Infusion hin&zufügen…", "Añadir &infusión…"),
        "Ed&it…": ("Bearbe&iten…", "Edi&tar…"),
        "De&lete…": ("&Löschen…", "E&liminar…"),
    },
}
