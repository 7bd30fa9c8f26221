"""diary_app/ui/cycle_panel.py (its table and chart words: context CyclePanel, not "")"""

PHRASES = {
    "CyclePanel": {
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
        "&Add infusion…": ("Infusion &hinzufügen…", "&Añadir infusión…"),
        "&Edit…": ("&Bearbeiten…", "&Editar…"),
        "&Delete…": ("&Löschen…", "E&liminar…"),
    },
}
