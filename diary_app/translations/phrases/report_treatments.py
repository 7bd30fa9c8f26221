"""diary_app/exporters/report/treatments.py (the report's preventive courses, continuation check and
infusion cycles). Column headers break only between words ."""

PHRASES = {
    "ReportTreatments": {
        "An aid for the doctor's decision, not the decision ({0}).": (
            "Eine Hilfe für die ärztliche Entscheidung, nicht die Entscheidung selbst ({0}).",
            "Una ayuda para la decisión del médico, no la decisión ({0})."),
        "American Headache Society consensus 2018, updated 2021": (
            "Konsensus der American Headache Society 2018, aktualisiert 2021",
            "consenso de la American Headache Society de 2018, actualizado en 2021"),
        "weeks {0}–{1}": ("Wochen {0}–{1}", "semanas {0}–{1}"),
        "baseline": ("Baseline", "periodo basal"),
        "{0}%": ("{0} %", "{0} %"),
        "no change in migraine days per 28": ("keine Änderung der Migränetage pro 28 Tage",
                                              "sin cambios en los días de migraña por 28"),
        "{0}% fewer migraine days per 28": ("{0} % weniger Migränetage pro 28 Tage", "{0} % menos días de migraña por 28"),
        "{0}% more migraine days per 28": ("{0} % mehr Migränetage pro 28 Tage", "{0} % más días de migraña por 28"),
        "no change": ("keine Änderung", "sin cambios"),
        "{0}% fewer": ("{0} % weniger", "{0} % menos"),
        "{0}% more": ("{0} % mehr", "{0} % más"),
        "no comparison": ("kein Vergleich", "sin comparación"),
        "(no migraine day in the baseline)": ("(kein Migränetag in der Baseline)",
                                              "(ningún día de migraña en el periodo basal)"),
        "(baseline)": ("(Baseline)", "(periodo basal)"),
        "({0} in progress)": ("({0} laufen noch)", "({0} en curso)"),
        "stopped before a 12-week period began": ("beendet vor Beginn eines 12-Wochen-Abschnitts",
                                                  "finalizado antes de empezar un periodo de 12 semanas"),
        "running": ("läuft", "en curso"),
        "lapsed: no dose after {0}": ("ausgelaufen: keine Gabe nach dem {0}", "interrumpido: ninguna dosis después del {0}"),
        "not recorded": ("nicht eingetragen", "no registrado"),
        "ongoing": ("laufend", "en curso"),
        "{0} so far": ("bisher {0}", "{0} hasta ahora"),
        "%n administration(s)": (("%n Gabe", "%n Gaben"), ("%n administración", "%n administraciones")),
        "Preventive treatment history": ("Bisherige Prophylaxen", "Historial de tratamientos preventivos"),
        "No preventive treatment course in the diary.": ("Keine Prophylaxe im Tagebuch.",
                                                         "Ningún tratamiento preventivo en el diario."),
        "Medication": ("Medikament", "Medicamento"),
        "Preventive class": ("Substanzklasse", "Clase de preventivo"),
        "Dates": ("Zeitraum", "Fechas"),
        "Duration": ("Dauer", "Duración"),
        "Dose": ("Dosis", "Dosis"),
        "Stop reason": ("Grund für Absetzen", "Motivo de suspensión"),
        "Outcome against baseline": ("Ergebnis gegenüber Baseline", "Resultado frente al periodo basal"),
        "Preventive classes stopped as not effective or not tolerated: {0}": (
            "Wegen fehlender Wirksamkeit oder Unverträglichkeit abgesetzte Substanzklassen: {0}",
            "Clases de preventivos suspendidas por ineficacia o intolerancia: {0}"),
        "Every course in the diary, also those before this period. Outcome: migraine days per 28 days in the last "
        "complete 12-week period against the 28 days before the start. Not tolerated: stopped for side effects.": (
            "Jede Prophylaxe im Tagebuch, auch vor diesem Zeitraum. Ergebnis: Migränetage pro 28 Tage im letzten "
            "abgeschlossenen 12-Wochen-Abschnitt gegenüber den 28 Tagen vor Beginn. Unverträglich: wegen "
            "Nebenwirkungen abgesetzt.",
            "Todos los tratamientos del diario, también los anteriores a este periodo. Resultado: días de migraña "
            "por 28 días en el último periodo completo de 12 semanas frente a los 28 días previos al inicio. "
            "Intolerancia: suspendido por efectos adversos."),
        "{0} and {1} more": ("{0} und {1} weitere", "{0} y {1} más"),
        "given {0}": ("gegeben am {0}", "administrado el {0}"),
        "{0} to {1}": ("{0} bis {1}", "{0} a {1}"),
        "%n earlier period(s) ({0}) not shown here; the diary's window and summary --json list every period.": (
            ("%n früherer Abschnitt ({0}) hier nicht gezeigt; das Fenster des Tagebuchs und summary --json "
             "listen jeden Abschnitt.",
             "%n frühere Abschnitte ({0}) hier nicht gezeigt; das Fenster des Tagebuchs und summary --json "
             "listen jeden Abschnitt."),
            ("%n periodo anterior ({0}) no se muestra aquí; la ventana del diario y summary --json listan todos "
             "los periodos.",
             "%n periodos anteriores ({0}) no se muestran aquí; la ventana del diario y summary --json listan todos "
             "los periodos.")),
        "Period": ("Abschnitt", "Periodo"),
        "Days recorded": ("Tage erfasst", "Días registrados"),
        "Status": ("Status", "Estado"),
        "Days per 28 days": ("Tage pro 28 Tage", "Días por 28 días"),
        "Mean peak severity (0–10)": ("Mittlere max. Intensität (0–10)", "Intensidad máxima media (0–10)"),
        "Reduction": ("Reduktion", "Reducción"),
        "Responder": ("Responder", "Respondedor"),
        "Migraine": ("Migräne", "Migraña"),
        "Headache": ("Kopfschmerz", "Cefalea"),
        "Acute med.": ("Akutmed.", "Med. sint."),
        "Migraine-specific acute": ("Migräne-spezifisch akut", "Sintomática específica"),
        "The courses running in this period, each against the 28 days before its start. Periods of 12 weeks from "
        "the day after the first administration (the start for a daily treatment), the last one up to the stop date "
        "or today. Rates: days × 28 / recorded days, given when at least half of the days are recorded. "
        "Migraine-specific acute: triptan, ergot, gepant or ditan. Reduction: of migraine days (negative: more). "
        "Responder: a reduction of at least 30, 50 or 75%; 30% is the threshold guidelines use for chronic migraine, "
        "50% for episodic migraine. Responder flags are given only for complete periods.": (
            "Die Prophylaxen dieses Zeitraums, jeweils gegenüber den 28 Tagen vor Beginn. Abschnitte von 12 Wochen ab "
            "dem Tag nach der ersten Gabe (bei täglicher Einnahme ab Beginn), der letzte bis zum Absetzen oder bis "
            "heute. Raten: Tage × 28 / eingetragene Tage, angegeben, wenn mindestens die Hälfte der Tage eingetragen "
            "ist. Migränespezifisch akut: Triptan, Ergotamin, Gepant oder Ditan. Reduktion: der Migränetage "
            "(negativ: mehr). Responder: Reduktion um mindestens 30, 50 oder 75 %; 30 % ist die Schwelle der "
            "Leitlinien für chronische Migräne, 50 % für episodische Migräne. Responder-Angaben nur für "
            "abgeschlossene Abschnitte.",
            "Los tratamientos de este periodo, cada uno frente a los 28 días previos a su inicio. Periodos de 12 "
            "semanas desde el día siguiente a la primera administración (el inicio en un tratamiento diario), el "
            "último hasta la suspensión o hoy. Tasas: días × 28 / días registrados, si se registró al menos la mitad "
            "de los días. Sintomática específica: triptán, ergótico, gepante o ditán. Reducción: de los días de "
            "migraña (negativa: más). Respondedor: una reducción de al menos el 30, 50 o 75 %; el 30 % es el umbral "
            "de las guías para la migraña crónica, el 50 % para la migraña episódica. Solo se indica en periodos "
            "completos."),
        "Preventive courses against the pre-treatment baseline": (
            "Prophylaxen gegenüber der Ausgangsphase (Baseline) vor Behandlung",
            "Tratamientos preventivos frente al periodo basal previo"),
        "{0} on {1}": ("{0} am {1}", "{0} el {1}"),
        "down {0} points or more (baseline {1}–{2}), {3}% or more (over {2})": (
            "um {0} oder mehr Punkte gesunken (Baseline {1}–{2}), um {3} % oder mehr (über {2})",
            "descenso de {0} puntos o más (basal {1}–{2}), del {3} % o más (más de {2})"),
        "does not apply: baseline under {0}": ("entfällt: Baseline unter {0}", "no aplicable: basal inferior a {0}"),
        "down {0} points or more (baseline {1}–{2})": ("um {0} oder mehr Punkte gesunken (Baseline {1}–{2})",
                                                        "descenso de {0} puntos o más (basal {1}–{2})"),
        "down {0}% or more (baseline over {1})": ("um {0} % oder mehr gesunken (Baseline über {1})",
                                                  "descenso del {0} % o más (basal superior a {1})"),
        "does not apply": ("entfällt", "no aplicable"),
        "{0}-month trial": ("Erprobung über {0} Monate", "prueba de {0} meses"),
        "pending: the {0} ends on {1}": ("ausstehend: die {0} endet am {1}", "pendiente: la {0} termina el {1}"),
        "No check before an adequate trial has ended.": (
            "Keine Prüfung vor Ende einer ausreichenden Erprobung.",
            "No se evalúa antes de terminar una prueba adecuada."),
        "stopped on {0}, before an adequate {1} (it would have ended on {2})": (
            "am {0} beendet, vor Ende einer ausreichenden {1} (sie hätte am {2} geendet)",
            "suspendido el {0}, antes de una {1} adecuada (habría terminado el {2})"),
        "No check: the trial was not adequate.": ("Keine Prüfung: die Erprobung war nicht ausreichend.",
                                                  "Sin evaluación: la prueba no fue adecuada."),
        "review on {0} (the course's end)": ("Bewertung am {0} (Ende der Prophylaxe)",
                                             "revisión el {0} (fin del tratamiento)"),
        "review on {0} (today)": ("Bewertung am {0} (heute)", "revisión el {0} (hoy)"),
        "period used: {0}, {1}": ("verwendeter Abschnitt: {0}, {1}", "periodo usado: {0}, {1}"),
        "no complete 12-week period to use": ("kein abgeschlossener 12-Wochen-Abschnitt verfügbar",
                                              "ningún periodo completo de 12 semanas disponible"),
        "no rate": ("keine Rate", "sin tasa"),
        "down {0}% or more (baseline of {1} or more: chronic)": (
            "um {0} % oder mehr gesunken (Baseline {1} oder mehr: chronisch)",
            "descenso del {0} % o más (basal de {1} o más: crónica)"),
        "down {0}% or more": ("um {0} % oder mehr gesunken", "descenso del {0} % o más"),
        "none within {0} days before the start": ("keiner in den {0} Tagen vor Beginn",
                                                  "ninguno en los {0} días previos al inicio"),
        "none within {0} days of the review": ("keiner innerhalb von {0} Tagen um die Bewertung",
                                               "ninguno en los {0} días alrededor de la revisión"),
        "Headache days per 28 days": ("Kopfschmerztage pro 28 Tage", "Días de cefalea por 28 días"),
        "down {0} points or more": ("um {0} oder mehr Punkte gesunken", "descenso de {0} puntos o más"),
        "Any criterion met": ("Mindestens ein Kriterium erfüllt", "Algún criterio cumplido"),
        "Continuation check": ("Prüfung der Fortsetzung", "Evaluación de la continuación"),
        "The check is made after an adequate trial: 3 months for daily and monthly treatments, 6 months for "
        "quarterly ones (eptinezumab, onabotulinumtoxinA).": (
            "Die Prüfung erfolgt nach ausreichender Erprobung: 3 Monate bei täglicher und monatlicher Gabe, 6 Monate "
            "bei vierteljährlicher (Eptinezumab, OnabotulinumtoxinA).",
            "La evaluación se hace tras una prueba adecuada: 3 meses para tratamientos diarios y mensuales, 6 meses "
            "para los trimestrales (eptinezumab, onabotulinumtoxinA)."),
        "Criterion": ("Kriterium", "Criterio"),
        "Before treatment": ("Vor Behandlung", "Antes del tratamiento"),
        "At review": ("Bei Bewertung", "En la revisión"),
        "Needed": ("Erforderlich", "Necesario"),
        "Result": ("Ergebnis", "Resultado"),
        "Adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones (eptinezumab, "
        "onabotulinumtoxinA). Headache days: the last complete 12-week period at or before the review date against "
        "the 28 days before the start. MIDAS and HIT-6: the latest taken in the {0} days before the start, and the "
        "one nearest the review date within {1} days of it. Unknown: the numbers it needs are missing.": (
            "Ausreichende Erprobung: 3 Monate bei täglicher und monatlicher Gabe, 6 Monate bei vierteljährlicher "
            "(Eptinezumab, OnabotulinumtoxinA). Kopfschmerztage: der letzte abgeschlossene 12-Wochen-Abschnitt bis "
            "zum Bewertungsdatum gegenüber den 28 Tagen vor Beginn. MIDAS und HIT-6: der letzte in den {0} Tagen vor "
            "Beginn und der dem Bewertungsdatum nächste innerhalb von {1} Tagen. Unbekannt: die nötigen Zahlen fehlen.",
            "Prueba adecuada: 3 meses para tratamientos diarios y mensuales, 6 meses para los trimestrales "
            "(eptinezumab, onabotulinumtoxinA). Días de cefalea: el último periodo completo de 12 semanas hasta la "
            "fecha de revisión frente a los 28 días previos al inicio. MIDAS y HIT-6: el último en los {0} días "
            "previos al inicio y el más cercano a la revisión dentro de {1} días. Desconocido: faltan los datos "
            "necesarios."),
        "Infusion cycles: each infusion against the 28 days before it": (
            "Infusionszyklen: jede Infusion gegenüber den 28 Tagen davor",
            "Ciclos de infusión: cada infusión frente a los 28 días previos"),
        "No infusion started in this period.": ("In diesem Zeitraum keine Infusion begonnen.",
                                                "Ninguna infusión iniciada en este periodo."),
        "Baseline": ("Baseline", "Basal"),
        "Wk<br>1–4": ("Wo.<br>1–4", "Sem.<br>1–4"),
        "Wk<br>5–8": ("Wo.<br>5–8", "Sem.<br>5–8"),
        "Wk<br>9–12": ("Wo.<br>9–12", "Sem.<br>9–12"),
        "Mean": ("Mittel", "Media"),
        "Date": ("Datum", "Fecha"),
        "Drug": ("Medikament", "Fármaco"),
        "Migraine days per 28 days": ("Migränetage pro 28 Tage", "Días de migraña por 28 días"),
        "Reactions noted": ("Reaktionen", "Reacciones"),
        "A cycle view: for a second infusion the 28 days before it are already on treatment (the course table "
        "compares with the pre-treatment baseline). Weeks after its last day; reduction: (baseline − mean) / "
        "baseline; responder flags only for complete cycles. A dash: no rate, or not measured (acute treatment).": (
            "Zyklusansicht: Bei einer zweiten Infusion liegen die 28 Tage davor bereits unter Behandlung (die "
            "Prophylaxe-Tabelle vergleicht mit der Ausgangsphase vor Behandlung). Wochen nach dem letzten Tag; "
            "Reduktion: (Baseline − Mittel) / Baseline; Responder-Angaben nur für abgeschlossene Zyklen. Ein "
            "Strich: keine Rate oder nicht gemessen (Akutbehandlung).",
            "Vista por ciclo: en una segunda infusión los 28 días previos ya están bajo tratamiento (la tabla de "
            "tratamientos compara con el periodo basal previo). Semanas tras su último día; reducción: (basal − "
            "media) / basal; respondedor solo en ciclos completos. Un guion: sin tasa o no medido (tratamiento "
            "agudo)."),
        "acute": ("akut", "agudo"),
        "× %n day(s)": (("× %n Tag", "× %n Tage"), ("× %n día", "× %n días")),
        "{0} mg": ("{0} mg", "{0} mg"),
        "not measured": ("nicht gemessen", "no medido"),
        "pending": ("offen", "pendiente"),
        "none": ("keine", "ninguna"),
    },
}
