"""diary_app/ui/main_window.py"""

PHRASES = {
    "MainWindow": {
        "Today": ("Heute", "Hoy"),
        "Calendar": ("Kalender", "Calendario"),
        "Treatments": ("Behandlungen", "Tratamientos"),
        "Trends": ("Verlauf", "Evolución"),
        "Questionnaires": ("Fragebögen", "Cuestionarios"),
        "{0} — Migraine Diary": ("{0} — Migraine Diary", "{0} — Migraine Diary"),
        "Diary: {0}": ("Tagebuch: {0}", "Diario: {0}"),
        "Not saved": ("Nicht gespeichert", "No guardado"),
        "Saved {0}.": ("{0} gespeichert.", "{0} guardado."),
        "Not changed": ("Nicht geändert", "Sin cambios"),
        "{0} is unrecorded again.": ("{0} ist wieder nicht eingetragen.", "El {0} vuelve a estar sin registrar."),
        "Updated with changes saved by another program.": (
            "Mit Änderungen aktualisiert, die ein anderes Programm gespeichert hat.",
            "Actualizado con cambios guardados por otro programa."),
        "&Undo": ("&Rückgängig", "&Deshacer"),
        "Undo failed": ("Rückgängig machen fehlgeschlagen", "No se pudo deshacer"),
        "Done: {0}": ("Erledigt: {0}", "Hecho: {0}"),
        "Nothing to save.": ("Nichts zu speichern.", "Nada que guardar."),
        "(none yet)": ("(noch keine)", "(ninguno todavía)"),
        "Warning: {0}": ("Warnung: {0}", "Aviso: {0}"),
        "Reminder not saved": ("Erinnerung nicht gespeichert", "Recordatorio no guardado"),
        "Reminder: today is not recorded yet.": ("Erinnerung: Heute ist noch nicht eingetragen.",
                                                 "Recordatorio: hoy todavía no está registrado."),
        # counts: the sources should become self.tr("Marked %n ... day(s) headache-free.", "", count)
        "Marked %n unrecorded day(s) headache-free.": (
            ("%n nicht eingetragener Tag als kopfschmerzfrei eingetragen.",
             "%n nicht eingetragene Tage als kopfschmerzfrei eingetragen."),
            ("Se marcó %n día sin registrar como sin cefalea.",
             "Se marcaron %n días sin registrar como sin cefalea.")),
        "Marked %n day(s) headache-free.": (
            ("%n Tag als kopfschmerzfrei eingetragen.", "%n Tage als kopfschmerzfrei eingetragen."),
            ("Se marcó %n día como sin cefalea.", "Se marcaron %n días como sin cefalea.")),
    },
}
