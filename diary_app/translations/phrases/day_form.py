"""diary_app/ui/day_form.py"""

PHRASES = {
    "DayForm": {
        "Previous day": ("Vorheriger Tag", "Día anterior"),
        "Previous day (Alt+Left)": ("Vorheriger Tag (Alt+Links)", "Día anterior (Alt+Izquierda)"),
        "Show the day before (Alt+Left)": ("Den Tag davor zeigen (Alt+Links)", "Mostrar el día anterior (Alt+Izquierda)"),
        "The day shown; type a date or open the calendar with Alt+Down": (
            "Der angezeigte Tag; geben Sie ein Datum ein oder öffnen Sie den Kalender mit Alt+Unten",
            "El día mostrado; escriba una fecha o abra el calendario con Alt+Abajo"),
        "Show the day after (Alt+Right)": ("Den Tag danach zeigen (Alt+Rechts)", "Mostrar el día siguiente (Alt+Derecha)"),
        "Go to today (Ctrl+T)": ("Zu heute wechseln (Strg+T)", "Ir a hoy (Ctrl+T)"),
        "Anything else about the day, in your own words": ("Alles Weitere zum Tag, in Ihren eigenen Worten",
                                                           "Cualquier otra cosa sobre el día, con sus propias palabras"),
        "Date": ("Datum", "Fecha"),
        "Next day": ("Nächster Tag", "Día siguiente"),
        "Next day (Alt+Right)": ("Nächster Tag (Alt+Rechts)", "Día siguiente (Alt+Derecha)"),
        "Today": ("Heute", "Hoy"),
        "Record the day as headache-free and save (Ctrl+Shift+N)": (
            "Den Tag als kopfschmerzfrei eintragen und speichern (Strg+Umschalt+N)",
            "Registrar el día sin cefalea y guardar (Ctrl+Mayús+N)"),
        "Menst&ruation": ("Me&nstruation", "&Menstruación"),
        "Anything else worth remembering": ("Was sonst noch wichtig ist",
                                            "Cualquier otra cosa que valga la pena anotar"),
        "Notes": ("Notizen", "Notas"),
        "Forget this da&y…": ("Diesen Tag &vergessen…", "Olv&idar este día…"),
        "Save": ("Speichern", "Guardar"),
        "Save this day (Ctrl+S)": ("Diesen Tag speichern (Strg+S)", "Guardar este día (Ctrl+S)"),
        "Also": ("Außerdem", "Además"),
        "Tri&ggers": ("Auslöse&r", "Desen&cadenantes"),
        "Acute med&ications taken": ("Eingen&ommene Akutmedikation", "Medicación sintomática t&omada"),
        "No&tes": ("Noti&zen", "No&tas"),
        "choose No headache, Headache or Migraine": ("Wählen Sie Kein Kopfschmerz, Kopfschmerz oder Migräne",
                                                     "elija Sin cefalea, Cefalea o Migraña"),
        "No headache": ("Kein Kopfschmerz", "Sin cefalea"),
        "{0} is recorded with a headache. Record it as headache-free instead?": (
            "Für {0} ist ein Kopfschmerz eingetragen. Stattdessen als kopfschmerzfrei eintragen?",
            "El {0} está registrado con cefalea. ¿Registrarlo como día sin cefalea?"),
        "Record no headache": ("Kein Kopfschmerz eintragen", "Registrar sin cefalea"),
        " (besides the attacks)": (" (neben den Attacken)", " (además de las crisis)"),
        "Headache details": ("Angaben zum Kopfschmerz", "Detalles de la cefalea"),
        "No headache today": ("Heute kein Kopfschmerz", "Hoy sin cefalea"),
        "No headache on {0}": ("Kein Kopfschmerz am {0}", "Sin cefalea el {0}"),
        "Changed elsewhere while you were editing — Save (Ctrl+S) keeps your version": (
            "Während Ihrer Bearbeitung anderswo geändert – Speichern (Strg+S) behält Ihre Fassung",
            "Modificado en otro lugar mientras editaba: Guardar (Ctrl+S) conserva su versión"),
        "Unsaved changes — Save with Ctrl+S": ("Nicht gespeicherte Änderungen – Speichern mit Strg+S",
                                               "Cambios sin guardar: guarde con Ctrl+S"),
        "Recorded by its attacks": ("Durch seine Attacken eingetragen", "Registrado por sus crisis"),
        "Not recorded yet: unknown, not headache-free": ("Noch nicht eingetragen: unbekannt, nicht kopfschmerzfrei",
                                                         "Aún sin registrar: desconocido, no sin cefalea"),
        "Recorded": ("Eingetragen", "Registrado"),
        "Forget this day": ("Diesen Tag vergessen", "Olvidar este día"),
        "Forget everything recorded for {0}? The day becomes unrecorded (unknown) again{1}. You can undo this "
        "with Ctrl+Z.": (
            "Alles für {0} Eingetragene vergessen? Der Tag ist dann wieder nicht eingetragen (unbekannt){1}. Mit "
            "Strg+Z können Sie das rückgängig machen.",
            "¿Olvidar todo lo registrado el {0}? El día vuelve a quedar sin registrar (desconocido){1}. Puede "
            "deshacerlo con Ctrl+Z."),
        ", except for its attacks": (", außer seinen Attacken", ", salvo sus crisis"),
        "Forget day": ("Tag vergessen", "Olvidar día"),
        "{0} has %n attack(s), so it is a headache day. Delete them first (Delete attack…) to record the day as "
        "headache-free.": (
            ("Für {0} ist %n Attacke eingetragen, also ist es ein Kopfschmerztag. Löschen Sie sie zuerst "
             "(Attacke löschen…), um den Tag als kopfschmerzfrei einzutragen.",
             "Für {0} sind %n Attacken eingetragen, also ist es ein Kopfschmerztag. Löschen Sie sie zuerst "
             "(Attacke löschen…), um den Tag als kopfschmerzfrei einzutragen."),
            ("El {0} tiene %n crisis, así que es un día de cefalea. Elimínela primero (Eliminar crisis…) para "
             "registrar el día sin cefalea.",
             "El {0} tiene %n crisis, así que es un día de cefalea. Elimínelas primero (Eliminar crisis…) para "
             "registrar el día sin cefalea.")),
    },
}
