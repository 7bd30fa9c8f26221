"""diary_app/ui/day_attacks.py: its module functions' texts should use the context "DayAttacks" (today its
own `def tr(text)` files them under no context, never found at run time)"""

PHRASES = {
    "DayAttacks": {
        " It covers {0} days; each loses it.": (" Sie reicht über {0} Tage; jeder verliert sie.",
                                                " Abarca {0} días; todos la pierden."),
        "Delete attack": ("Attacke löschen", "Eliminar crisis"),
        "Delete the {0} ({1})?{2} You can undo this with Ctrl+Z.": (
            "{0} ({1}) löschen?{2} Mit Strg+Z können Sie das rückgängig machen.",
            "¿Eliminar la {0} ({1})?{2} Puede deshacerlo con Ctrl+Z."),
        "Attack not deleted": ("Attacke nicht gelöscht", "Crisis no eliminada"),
        "Deleted the {0}. Ctrl+Z brings it back.": ("{0} gelöscht. Strg+Z holt sie zurück.",
                                                    "Se eliminó la {0}. Ctrl+Z la recupera."),
        "Attack not saved": ("Attacke nicht gespeichert", "Crisis no guardada"),
        "Saved the {0}. Ctrl+Z takes it back.": ("{0} gespeichert. Strg+Z macht es rückgängig.",
                                                 "Se guardó la {0}. Ctrl+Z lo deshace."),
    },
    "AttackList": {
        "Time": ("Zeit", "Hora"),
        "Type": ("Art", "Tipo"),
        "Severity": ("Schmerzstärke", "Intensidad"),
        "Medications": ("Medikamente", "Medicamentos"),
        "Attacks on this day": ("Attacken an diesem Tag", "Crisis de este día"),
        "&Edit attack…": ("Attacke &bearbeiten…", "&Editar crisis…"),
        "De&lete attack…": ("Attacke &löschen…", "E&liminar crisis…"),
    },
}
