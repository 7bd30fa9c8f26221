"""diary_app/ui/calendar_view.py and diary_app/ui/month_grid.py"""

PHRASES = {
    "CalendarView": {
        "Previous month": ("Vorheriger Monat", "Mes anterior"),
        "Previous month (Alt+Left)": ("Vorheriger Monat (Alt+Links)", "Mes anterior (Alt+Izquierda)"),
        "Show the month before (Alt+Left)": ("Den Monat davor zeigen (Alt+Links)",
                                             "Mostrar el mes anterior (Alt+Izquierda)"),
        "Show the month after (Alt+Right)": ("Den Monat danach zeigen (Alt+Rechts)",
                                             "Mostrar el mes siguiente (Alt+Derecha)"),
        "Arrow keys move the day (into the next or previous month), Enter opens it in the Today form": (
            "Die Pfeiltasten wechseln den Tag (auch in den nächsten oder vorherigen Monat), die Eingabetaste "
            "öffnet ihn im Formular Heute",
            "Las flechas cambian de día (también al mes siguiente o anterior); Intro lo abre en el formulario Hoy"),
        "Chronic": ("Chronisch", "Crónica"),
        "Episodic": ("Episodisch", "Episódica"),
        "Incomplete": ("Unvollständig", "Incompleta"),
        "Next month": ("Nächster Monat", "Mes siguiente"),
        "Next month (Alt+Right)": ("Nächster Monat (Alt+Rechts)", "Mes siguiente (Alt+Derecha)"),
        "This month": ("Dieser Monat", "Este mes"),
        "Mark unrecorded days headache-free…": ("Fehlende Tage als kopfschmerzfrei…",
                                                "Marcar los días sin registrar como sin cefalea…"),
        "For people who only log attacks: every unrecorded day of this month up to today becomes a no-headache "
        "day. Recorded days are not changed.": (
            "Für alle, die nur Attacken eintragen: Jeder nicht eingetragene Tag dieses Monats bis heute wird ein "
            "kopfschmerzfreier Tag. Eingetragene Tage bleiben unverändert.",
            "Para quien solo registra crisis: cada día sin registrar de este mes hasta hoy pasa a ser un día sin "
            "cefalea. Los días registrados no cambian."),
        "Migraine days": ("Migränetage", "Días de migraña"),
        "Headache days": ("Kopfschmerztage", "Días de cefalea"),
        "No-headache days": ("Kopfschmerzfreie Tage", "Días sin cefalea"),
        "Unrecorded days": ("Nicht eingetragene Tage", "Días sin registrar"),
        "Days with acute medication": ("Tage mit Akutmedikation", "Días con medicación sintomática"),
        "Classification": ("Einordnung", "Clasificación"),
        "Chronic: 15 or more migraine days. Episodic: 14 or fewer even if every unrecorded day were a migraine "
        "day. Otherwise incomplete: record more days to tell.": (
            "Chronisch: 15 oder mehr Migränetage. Episodisch: 14 oder weniger, selbst wenn jeder nicht "
            "eingetragene Tag ein Migränetag wäre. Sonst unvollständig: Tragen Sie mehr Tage ein.",
            "Crónica: 15 o más días de migraña. Episódica: 14 o menos aunque todos los días sin registrar fueran "
            "de migraña. Si no, incompleta: registre más días para saberlo."),
        "Headache days include the migraine days.": ("Kopfschmerztage schließen die Migränetage ein.",
                                                     "Los días de cefalea incluyen los días de migraña."),
        "Legend": ("Legende", "Leyenda"),
        "Migraine day (or headache treated with a triptan/ergot)": (
            "Migränetag (oder mit Triptan/Ergotamin behandelter Kopfschmerz)",
            "Día de migraña (o cefalea tratada con un triptán/ergótico)"),
        "Headache": ("Kopfschmerz", "Cefalea"),
        "No headache": ("Kein Kopfschmerz", "Sin cefalea"),
        "Not recorded (unknown)": ("Nicht eingetragen (unbekannt)", "Sin registrar (desconocido)"),
        "Infusion day": ("Infusionstag", "Día de infusión"),
        "Two or more attacks (still one day)": ("Zwei oder mehr Attacken (trotzdem ein Tag)",
                                                "Dos o más crisis (cuenta como un día)"),
        "{0} in numbers": ("{0} in Zahlen", "{0} en cifras"),
        "{0} of {1} so far": ("{0} von bisher {1}", "{0} de {1} hasta hoy"),
        "{0} of {1}": ("{0} von {1}", "{0} de {1}"),
        "Possible medication overuse this month: {0}.": (
            "Möglicher Medikamentenübergebrauch in diesem Monat: {0}.",
            "Posible uso excesivo de medicación este mes: {0}."),
        "Mark headache-free": ("Als kopfschmerzfrei eintragen", "Marcar sin cefalea"),
        "Record every unrecorded day from {0} to {1} as a day with no headache?\n\nDays you already recorded "
        "are not changed. You can undo this with Ctrl+Z.": (
            "Jeden nicht eingetragenen Tag vom {0} bis {1} als Tag ohne Kopfschmerz eintragen?\n\nBereits "
            "eingetragene Tage bleiben unverändert. Mit Strg+Z können Sie das rückgängig machen.",
            "¿Registrar cada día sin registrar del {0} al {1} como día sin cefalea?\n\nLos días ya registrados "
            "no cambian. Puede deshacerlo con Ctrl+Z."),
    },
    "MonthGrid": {
        "Month calendar": ("Monatskalender", "Calendario mensual"),
        "{0}: in the future": ("{0}: in der Zukunft", "{0}: en el futuro"),
        "migraine day": ("Migränetag", "día de migraña"),
        "headache day": ("Kopfschmerztag", "día de cefalea"),
        "no headache": ("kein Kopfschmerz", "sin cefalea"),
        "not recorded": ("nicht eingetragen", "sin registrar"),
        "; infusion: {0}": ("; Infusion: {0}", "; infusión: {0}"),
        "{0}: {1}": ("{0}: {1}", "{0}: {1}"),
    },
}
