"""diary_app/ui/course_outcomes.py (context CourseOutcomes: the class of that name gives it)"""

PHRASES = {
    "CourseOutcomes": {
        "≥{0}%": ("≥{0} %", "≥{0} %"),
        "At least {0}% fewer migraine days per 28 than the baseline; pending until the period is complete": (
            "Mindestens {0} % weniger Migränetage pro 28 Tage als in der Ausgangsphase; ausstehend, bis der "
            "Zeitraum abgeschlossen ist",
            "Al menos un {0} % menos de días de migraña por 28 días que en el periodo basal; pendiente hasta que "
            "el periodo esté completo"),
        "Migraine\ndays /28": ("Migräne-\ntage /28", "Días de\nmigraña /28"),
        "Migraine days per 28 days": ("Migränetage pro 28 Tage", "Días de migraña por 28 días"),
        "Headache\ndays /28": ("Kopfschmerz-\ntage /28", "Días de\ncefalea /28"),
        "Headache days per 28 days": ("Kopfschmerztage pro 28 Tage", "Días de cefalea por 28 días"),
        "Acute med.\ndays /28": ("Tage mit Akut-\nmedikation /28", "Días con med.\nsintomática /28"),
        "Days with any acute medication, per 28 days": ("Tage mit irgendeiner Akutmedikation, pro 28 Tage",
                                                        "Días con cualquier medicación sintomática, por 28 días"),
        "Specific acute\ndays /28": ("Tage mit spezif.\nAkutmed. /28", "Días con med.\nespecífica /28"),
        "Days with a migraine-specific acute medication (triptan, ergot, gepant or ditan), per 28 days": (
            "Tage mit einer migränespezifischen Akutmedikation (Triptan, Ergotamin, Gepant oder Ditan), pro 28 Tage",
            "Días con una medicación sintomática específica de la migraña (triptán, ergótico, gepante o ditán), "
            "por 28 días"),
        "Peak\nseverity": ("Maximale\nStärke", "Intensidad\nmáxima"),
        "Mean peak severity (0-10) of the headache days that have one": (
            "Mittlere maximale Schmerzstärke (0-10) der Kopfschmerztage, für die sie eingetragen ist",
            "Intensidad máxima media (0-10) de los días de cefalea que la tienen registrada"),
        "Each period against the original baseline: the 28 days before the course started. Periods of 12 weeks "
        "from the day after the first administration (the first day for tablets). Rates are per 28 days and need "
        "at least half of a period's days recorded. Responder: migraine days per 28 down by at least 30%, 50% or "
        "75%, judged only on complete periods. 30% is the threshold guidelines use for chronic migraine.": (
            "Jeder Zeitraum gegenüber der ursprünglichen Ausgangsphase: den 28 Tagen vor Beginn der Prophylaxe. "
            "Zeiträume von 12 Wochen ab dem Tag nach der ersten Gabe (bei Tabletten ab dem ersten Tag). Die Raten "
            "gelten pro 28 Tage und setzen voraus, dass mindestens die Hälfte der Tage eines Zeitraums eingetragen "
            "ist. Responder: Migränetage pro 28 Tage um mindestens 30 %, 50 % oder 75 % gesenkt, beurteilt nur an "
            "abgeschlossenen Zeiträumen. 30 % ist die Schwelle, die Leitlinien bei chronischer Migräne verwenden.",
            "Cada periodo frente al periodo basal original: los 28 días antes de iniciar el tratamiento preventivo. "
            "Periodos de 12 semanas desde el día siguiente a la primera administración (desde el primer día con "
            "comprimidos). Las tasas son por 28 días y requieren al menos la mitad de los días del periodo "
            "registrados. Respondedor: días de migraña por 28 días reducidos al menos un 30 %, 50 % o 75 %, "
            "valorado solo en periodos completos. El 30 % es el umbral que usan las guías en la migraña crónica."),
        "An aid for the doctor's decision, not the decision: the American Headache Society consensus "
        "(2018, updated 2021) asks for one of these after an adequate trial.": (
            "Eine Hilfe für die ärztliche Entscheidung, nicht die Entscheidung selbst: Der Konsens der American "
            "Headache Society (2018, aktualisiert 2021) verlangt nach ausreichend langer Behandlung eines dieser "
            "Kriterien.",
            "Una ayuda para la decisión del médico, no la decisión: el consenso de la American Headache Society "
            "(2018, actualizado en 2021) pide uno de estos criterios tras un ensayo adecuado."),
        "weeks {0}-{1}": ("Wochen {0}-{1}", "semanas {0}-{1}"),
        "baseline": ("Ausgangsphase", "periodo basal"),
        "Period": ("Zeitraum", "Periodo"),
        "Dates": ("Von – bis", "Fechas"),
        "Days\nrecorded": ("Tage\neingetragen", "Días\nregistrados"),
        "Days recorded of the period's days": ("Eingetragene Tage von den Tagen des Zeitraums",
                                               "Días registrados de los días del periodo"),
        "Status": ("Status", "Estado"),
        "Reduction": ("Reduktion", "Reducción"),
        "Fewer migraine days per 28 than the baseline": (
            "Weniger Migränetage pro 28 Tage als in der Ausgangsphase",
            "Menos días de migraña por 28 días que en el periodo basal"),
        "today ({0}), still running": ("heute ({0}), läuft noch", "hoy ({0}), sigue en curso"),
        "{0} to {1}": ("{0} bis {1}", "{0} hasta {1}"),
        "%n day(s)": (("%n Tag", "%n Tage"), ("%n día", "%n días")),
        "stopped: {0}": ("beendet: {0}", "finalizado: {0}"),
        "started by its first administration": ("mit der ersten Gabe begonnen",
                                                "iniciado con la primera administración"),
        "%n point(s) fewer": (("%n Punkt weniger", "%n Punkte weniger"), ("%n punto menos", "%n puntos menos")),
        "%n point(s) more": (("%n Punkt mehr", "%n Punkte mehr"), ("%n punto más", "%n puntos más")),
        "5 points fewer (baseline 11-20) or 30% fewer (over 20)": (
            "5 Punkte weniger (Ausgangswert 11-20) oder 30 % weniger (über 20)",
            "5 puntos menos (basal 11-20) o un 30 % menos (más de 20)"),
        "30% fewer (baseline over 20)": ("30 % weniger (Ausgangswert über 20)", "un 30 % menos (basal más de 20)"),
        "5 points fewer (baseline 11-20)": ("5 Punkte weniger (Ausgangswert 11-20)", "5 puntos menos (basal 11-20)"),
        "not used below 11": ("unter 11 nicht verwendet", "no se usa por debajo de 11"),
        "no {0} within 90 days before the start": ("kein {0} in den 90 Tagen vor Beginn",
                                                   "ningún {0} en los 90 días antes del inicio"),
        "no {0} near the review date": ("kein {0} um den Termin der Überprüfung",
                                        "ningún {0} cerca de la fecha de revisión"),
        "does not apply below 11": ("gilt nicht unter 11", "no se aplica por debajo de 11"),
        "{0} fewer": ("{0} weniger", "{0} menos"),
        "{0} more": ("{0} mehr", "{0} más"),
        "at least {0}% fewer": ("mindestens {0} % weniger", "al menos un {0} % menos"),
        "5 points fewer": ("5 Punkte weniger", "5 puntos menos"),
        "Headache days per 28 days": ("Kopfschmerztage pro 28 Tage", "Días de cefalea por 28 días"),
        "Criterion": ("Kriterium", "Criterio"),
        "Before the course": ("Vor der Prophylaxe", "Antes del tratamiento"),
        "At review": ("Bei der Überprüfung", "En la revisión"),
        "Change": ("Veränderung", "Cambio"),
        "Needed": ("Erforderlich", "Necesario"),
        "Result": ("Ergebnis", "Resultado"),
        "No continuation check for this course.": ("Für diese Prophylaxe gibt es keine Prüfung der Fortsetzung.",
                                                   "No hay comprobación para continuar en este tratamiento."),
        "a {0}-month trial": ("einer {0}-monatigen Behandlung", "un ensayo de {0} meses"),
        "an adequate trial": ("einer ausreichend langen Behandlung", "un ensayo adecuado"),
        "Pending: the review is due on {0}, after {1}.": ("Ausstehend: Die Überprüfung ist am {0} fällig, nach {1}.",
                                                          "Pendiente: la revisión toca el {0}, tras {1}."),
        "Stopped on {0}, before {1} was complete: no check.": (
            "Am {0} beendet, vor dem Ende {1}: keine Prüfung.",
            "Finalizado el {0}, antes de completar {1}: sin comprobación."),
        "no complete 12-week period": ("kein abgeschlossener 12-Wochen-Zeitraum",
                                       "ningún periodo completo de 12 semanas"),
        "not known: numbers are missing": ("unbekannt: Zahlen fehlen", "desconocido: faltan datos"),
        "at least one criterion met": ("mindestens ein Kriterium erfüllt", "se cumple al menos un criterio"),
        "no criterion met": ("kein Kriterium erfüllt", "no se cumple ningún criterio"),
        "Review on {0}, after {1}, using {2}: {3}.": (
            "Überprüfung am {0}, nach {1}; verwendeter Zeitraum: {2}; {3}.",
            "Revisión el {0}, tras {1}; periodo usado: {2}; {3}."),
    },
}
