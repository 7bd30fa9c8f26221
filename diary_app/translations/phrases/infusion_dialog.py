"""diary_app/ui/dialogs/infusion_dialog.py"""

PHRASES = {
    "InfusionDialog": {
        "Edit infusion": ("Infusion bearbeiten", "Editar infusión"),
        "Add infusion": ("Infusion hinzufügen", "Añadir infusión"),
        "First day": ("Erster Tag", "Primer día"),
        "e.g. eptinezumab, Vyepti, DHE": ("z. B. Eptinezumab, Vyepti, DHE", "p. ej., eptinezumab, Vyepti, DHE"),
        "Drug": ("Wirkstoff", "Fármaco"),
        "not given": ("nicht angegeben", "no indicada"),
        "Dose in mg": ("Dosis in mg", "Dosis en mg"),
        "Number of days": ("Anzahl der Tage", "Número de días"),
        "preventive": ("prophylaktisch", "preventiva"),
        "acute": ("akut", "aguda"),
        "Kind": ("Art", "Tipo"),
        "Setting": ("Ort", "Lugar"),
        "Reactions": ("Reaktionen", "Reacciones"),
        "Notes": ("Notizen", "Notas"),
        "&First day:": ("&Erster Tag:", "&Primer día:"),
        "D&rug:": ("&Wirkstoff:", "&Fármaco:"),
        "D&ose:": ("&Dosis:", "&Dosis:"),
        "Number of &days:": ("Anzahl der &Tage:", "&Número de días:"),
        "&Kind:": ("&Art:", "&Tipo:"),
        "&Setting:": ("&Ort:", "&Lugar:"),
        "&Reactions:": ("&Reaktionen:", "&Reacciones:"),
        "&Notes:": ("&Notizen:", "N&otas:"),
    },
}
