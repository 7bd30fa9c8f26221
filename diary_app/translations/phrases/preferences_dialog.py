"""diary_app/ui/dialogs/preferences_dialog.py and diary_app/ui/preferences.py"""

PHRASES = {
    "PreferencesDialog": {
        "Preferences": ("Einstellungen", "Preferencias"),
        "optional": ("optional", "opcional"),
        "Patient name": ("Name der Patientin / des Patienten", "Nombre del paciente"),
        "not given": ("nicht angegeben", "no indicada"),
        "Date of birth": ("Geburtsdatum", "Fecha de nacimiento"),
        "Not &given": ("&Nicht angegeben", "&No indicada"),
        "System language": ("Systemsprache", "Idioma del sistema"),
        "Language": ("Sprache", "Idioma"),
        "&Language:": ("&Sprache:", "&Idioma:"),
        "A new language applies the next time Migraine Diary starts.": (
            "Eine neue Sprache gilt ab dem nächsten Start von Migraine Diary.",
            "Un idioma nuevo se aplica la próxima vez que se inicie Migraine Diary."),
        "Paper size": ("Papierformat", "Tamaño del papel"),
        "Doctor report": ("Arztbericht", "Informe médico"),
        "&Name:": ("Na&me:", "Nom&bre:"),
        "Date of &birth:": ("&Geburtsdatum:", "&Fecha de nacimiento:"),
        "&Paper size:": ("&Papierformat:", "&Tamaño del papel:"),
        "Name and date of birth are never required: when given, they head the report so the doctor can file it.": (
            "Name und Geburtsdatum sind nie erforderlich: Wenn angegeben, stehen sie oben im Bericht, damit die "
            "Praxis ihn zuordnen kann.",
            "El nombre y la fecha de nacimiento nunca son obligatorios: si se indican, encabezan el informe para "
            "que el médico pueda archivarlo."),
        "Daily reminder": ("Tägliche Erinnerung", "Recordatorio diario"),
        "Preventive infusions": ("Prophylaktische Infusionen", "Infusiones preventivas"),
        " weeks": (" Wochen", " semanas"),
        "Weeks between {0} infusions": ("Wochen zwischen den Infusionen mit {0}", "Semanas entre infusiones de {0}"),
        "{0} every": ("{0} alle", "{0} cada"),
        "The Treatments page shows the next infusion due this long after the last one.": (
            "Die Seite Behandlungen zeigt die nächste Infusion so lange nach der letzten als fällig an.",
            "La página Tratamientos muestra la próxima infusión este tiempo después de la última."),
        "No preventive infusions yet. Once one is added on the Treatments page, its interval can be set here "
        "(12 weeks unless changed).": (
            "Noch keine prophylaktischen Infusionen. Sobald eine auf der Seite Behandlungen hinzugefügt ist, lässt "
            "sich ihr Abstand hier einstellen (12 Wochen, wenn nicht geändert).",
            "Todavía no hay infusiones preventivas. Cuando se añada una en la página Tratamientos, su intervalo "
            "podrá ajustarse aquí (12 semanas si no se cambia)."),
    },
    "Preferences": {
        "Preferences not saved": ("Einstellungen nicht gespeichert", "Preferencias no guardadas"),
        "Preferences saved.": ("Einstellungen gespeichert.", "Preferencias guardadas."),
    },
}
