"""diary_app/exporters/report/wording.py (the report's title, footer, class headers, dates and numbers)"""

PHRASES = {
    "ReportWording": {
        "Triptan": ("Triptan", "Triptán"),
        "Ergot": ("Ergotamin", "Ergótico"),
        "Gepant": ("Gepant", "Gepante"),
        "Ditan": ("Ditan", "Ditán"),
        "Simple analg. / NSAID": ("Einf. Analg. / NSAR", "Analg. simple / AINE"),
        "Comb. analg.": ("Komb. Analg.", "Analg. comb."),
        "Opioid": ("Opioid", "Opioide"),
        "Antiemetic": ("Antiemetikum", "Antiemético"),
        "CGRP mAb": ("CGRP-mAk", "AcM anti-CGRP"),
        "Other prev.": ("And. Proph.", "Otro prev."),
        "Other": ("Andere", "Otros"),
        "simple analg.: simple analgesics and NSAIDs": ("einf. Analg.: einfache Analgetika und NSAR",
                                                        "analg. simple: analgésicos simples y AINE"),
        "comb. analg.: combination analgesics": ("komb. Analg.: Kombinationsanalgetika",
                                                 "analg. comb.: analgésicos combinados"),
        "CGRP mAb: CGRP monoclonal antibodies": ("CGRP-mAk: monoklonale CGRP-Antikörper",
                                                 "AcM anti-CGRP: anticuerpos monoclonales anti-CGRP"),
        "other prev.: other preventives": ("and. Proph.: andere Prophylaktika", "otro prev.: otros preventivos"),
        "Migraine diary report": ("Bericht aus dem Migränetagebuch", "Informe del diario de migraña"),
        "No days recorded in this period.": ("In diesem Zeitraum sind keine Tage eingetragen.",
                                             "No hay días registrados en este periodo."),
        "not enough data": ("zu wenige Daten", "datos insuficientes"),
        "Definitions. Migraine day: a recorded day marked migraine, or a headache day treated with a triptan or an "
        "ergot. Days not recorded are unknown, never counted as headache-free. Month: chronic = {0}+ migraine days; "
        "episodic = at most {1} even if every unrecorded day were a migraine day; otherwise incomplete. Overuse: "
        "ICHD-3 8.2 day thresholds per month. Rates: migraine days × 28 / recorded days, over 28-day windows or "
        "ended months.": (
            "Definitionen. Migränetag: eingetragener Tag mit Migräne oder Kopfschmerztag mit Triptan oder "
            "Ergotamin. Nicht eingetragene Tage sind unbekannt, nie kopfschmerzfrei. Monat: chronisch = {0}+ "
            "Migränetage; episodisch = höchstens {1}, selbst wenn jeder fehlende Tag ein Migränetag wäre; sonst "
            "unvollständig. Übergebrauch: Tagesschwellen nach ICHD-3 8.2 pro Monat. Raten: Migränetage × 28 / "
            "eingetragene Tage, über 28-Tage-Fenster oder abgeschlossene Monate.",
            "Definiciones. Día de migraña: día registrado como migraña, o día de cefalea tratado con triptán o "
            "ergótico. Los días no registrados son desconocidos, nunca libres de cefalea. Mes: crónico = {0}+ "
            "días de migraña; episódico = como máximo {1} aunque todo día no registrado fuera de migraña; si no, "
            "incompleto. Uso excesivo: umbrales de la ICHD-3 8.2 por mes. Tasas: días de migraña × 28 / días "
            "registrados, en ventanas de 28 días o meses terminados."),
        "%n day(s)": (("%n Tag", "%n Tage"), ("%n día", "%n días")),
        "%n week(s)": (("%n Woche", "%n Wochen"), ("%n semana", "%n semanas")),
        "%n month(s)": (("%n Monat", "%n Monate"), ("%n mes", "%n meses")),
        "{0}%": ("{0} %", "{0} %"),
        "yes": ("ja", "sí"),
        "no": ("nein", "no"),
        "none: the diary begins after this period (first recorded day {0})": (
            "keine: das Tagebuch beginnt nach diesem Zeitraum (erster eingetragener Tag {0})",
            "ninguna: el diario empieza después de este periodo (primer día registrado {0})"),
        "none yet: the period has not begun": ("noch keine: der Zeitraum hat nicht begonnen",
                                               "aún ninguna: el periodo no ha empezado"),
        "{0} of %n day(s) recorded ({1}%)": (
            ("{0} von %n Tag eingetragen ({1} %)", "{0} von %n Tagen eingetragen ({1} %)"),
            ("{0} de %n día registrados ({1} %)", "{0} de %n días registrados ({1} %)")),
        "{0}, counted from the first recorded day, {1}": ("{0}, gezählt ab dem ersten eingetragenen Tag, {1}",
                                                          "{0}, contados desde el primer día registrado, {1}"),
        "Generated {0}": ("Erstellt am {0}", "Generado el {0}"),
    },
}
