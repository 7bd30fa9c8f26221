"""diary_app/ui/dialogs/course_dialogs.py"""

_FIELDS = {  # the form's words, the same in each of its dialogs
    "Drug": ("Wirkstoff", "Fármaco"),
    "First day": ("Erster Tag", "Primer día"),
    "Last day": ("Letzter Tag", "Último día"),
    "Dose": ("Dosis", "Dosis"),
    "Note": ("Notiz", "Nota"),
    "Reason": ("Grund", "Motivo"),
    "Date": ("Datum", "Fecha"),
    "D&rug:": ("&Wirkstoff:", "&Fármaco:"),
    "&First day:": ("&Erster Tag:", "&Primer día:"),
    "&Last day:": ("&Letzter Tag:", "Ú&ltimo día:"),
    "D&ose:": ("D&osis:", "D&osis:"),
    "&Note:": ("&Notiz:", "&Nota:"),
    "&Reason:": ("&Grund:", "&Motivo:"),
    "&Date:": ("&Datum:", "F&echa:"),
    "not given": ("nicht angegeben", "no indicada"),
    "Dose in mg": ("Dosis in mg", "Dosis en mg"),
}

PHRASES = {
    "StartCourseDialog": {
        **{k: _FIELDS[k] for k in ("Drug", "First day", "Dose", "Note", "D&rug:", "&First day:", "D&ose:", "&Note:")},
        "Start a preventive course": ("Prophylaxe beginnen", "Iniciar un tratamiento preventivo"),
        "e.g. topiramate, propranolol, Aimovig": ("z. B. Topiramat, Propranolol, Aimovig",
                                                  "p. ej., topiramato, propranolol, Aimovig"),
        "e.g. 50 mg twice a day": ("z. B. 50 mg zweimal täglich", "p. ej., 50 mg dos veces al día"),
    },
    "StopCourseDialog": {
        **{k: _FIELDS[k] for k in ("Last day", "Reason", "Note", "&Last day:", "&Reason:", "&Note:")},
        "{0}, since {1}": ("{0}, seit {1}", "{0}, desde el {1}"),
        "Stop a preventive course": ("Prophylaxe beenden", "Finalizar un tratamiento preventivo"),
        "Course": ("Prophylaxe", "Tratamiento"),
        "&Course:": ("&Prophylaxe:", "&Tratamiento:"),
        "e.g. tingling, word-finding problems": ("z. B. Kribbeln, Wortfindungsstörungen",
                                                 "p. ej., hormigueo, dificultad para encontrar palabras"),
    },
    "InjectionDialog": {
        **{k: _FIELDS[k] for k in ("Date", "Drug", "not given", "Dose in mg", "Note", "&Date:", "D&rug:", "D&ose:",
                                   "&Note:")},
        "Edit injection": ("Injektion bearbeiten", "Editar inyección"),
        "Add injection": ("Injektion hinzufügen", "Añadir inyección"),
        "e.g. erenumab, Ajovy, Botox": ("z. B. Erenumab, Ajovy, Botox", "p. ej., erenumab, Ajovy, Botox"),
        "Dose in {0}": ("Dosis in {0}", "Dosis en {0}"),
    },
    "EditCourseDialog": {
        **{k: _FIELDS[k] for k in ("Drug", "First day", "Dose", "Last day", "Reason", "Note", "D&rug:", "&First day:",
                                   "D&ose:", "&Reason:", "&Note:")},
        "Edit course": ("Prophylaxe bearbeiten", "Editar tratamiento preventivo"),
        "S&topped on": ("&Beendet am", "Finali&zado el"),
    },
}
