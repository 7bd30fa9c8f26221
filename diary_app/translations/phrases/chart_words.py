"""diary_app/exporters/chart_words.py (the charts' words, for the window and the report)"""

PHRASES = {
    "ChartWords": {
        "days per month": ("Tage pro Monat", "días por mes"),
        "headache days": ("Kopfschmerztage", "días de cefalea"),
        "migraine days (chronic)": ("Migränetage (chronisch)", "días de migraña (crónica)"),
        "migraine days (episodic)": ("Migränetage (episodisch)", "días de migraña (episódica)"),
        "migraine days (incomplete)": ("Migränetage (unvollständig)", "días de migraña (incompleto)"),
        "chronic threshold ({0} days)": ("Schwelle chronisch ({0} Tage)", "umbral de cronicidad ({0} días)"),
        "rolling 28-day rate": ("gleitende 28-Tage-Rate", "tasa móvil de 28 días"),
        "infusion": ("Infusion", "infusión"),
        "injection": ("Injektion", "inyección"),
        "preventive courses": ("Prophylaxen", "tratamientos preventivos"),
        "{0} course": ("Prophylaxe mit {0}", "tratamiento con {0}"),
        "questionnaire score": ("Fragebogen-Punktwert", "puntuación del cuestionario"),
        "no months recorded yet": ("noch keine Monate eingetragen", "aún no hay meses registrados"),
        "baseline\n(28 days before)": ("Baseline\n(28 Tage davor)", "periodo basal\n(28 días antes)"),
        "weeks 1-4": ("Wochen 1–4", "semanas 1-4"),
        "weeks 5-8": ("Wochen 5–8", "semanas 5-8"),
        "weeks 9-12": ("Wochen 9–12", "semanas 9-12"),
        "migraine days\nper 28 days": ("Migränetage\npro 28 Tage", "días de migraña\npor 28 días"),
        "no data": ("keine Daten", "sin datos"),
        "No preventive infusion recorded yet": ("Noch keine prophylaktische Infusion eingetragen",
                                                "Aún no se ha registrado ninguna infusión preventiva"),
        "{0}, {1}": ("{0}, {1}", "{0}, {1}"),
        "{0}: reduction not known yet (needs baseline and follow-up data)": (
            "{0}: Reduktion noch unbekannt (Daten der Ausgangsphase und der Nachbeobachtung nötig)",
            "{0}: reducción aún desconocida (faltan datos del periodo basal y del seguimiento)"),
        "{0}: {1}% fewer migraine days": ("{0}: {1} % weniger Migränetage", "{0}: {1} % menos días de migraña"),
        "{0}: {1}% more migraine days": ("{0}: {1} % mehr Migränetage", "{0}: {1} % más días de migraña"),
        "{0} (75% responder)": ("{0} (75-%-Responder)", "{0} (respondedor ≥75 %)"),
        "{0} (50% responder)": ("{0} (50-%-Responder)", "{0} (respondedor ≥50 %)"),
        "{0} so far (verdict pending)": ("{0} bisher (Bewertung ausstehend)", "{0} hasta ahora (valoración pendiente)"),
        "today": ("heute", "hoy"),
        "No preventive courses yet: start one, or add an injection or a preventive infusion.": (
            "Noch keine Prophylaxe: Beginnen Sie eine oder tragen Sie eine Injektion oder eine prophylaktische "
            "Infusion ein.",
            "Aún no hay tratamientos preventivos: inicie uno o añada una inyección o una infusión preventiva."),
        "stopped: {0}": ("beendet: {0}", "finalizado: {0}"),
        "course (stopped)": ("Prophylaxe (beendet)", "tratamiento (finalizado)"),
        "still running": ("läuft noch", "en curso"),
        "baseline (28 days before)": ("Baseline (28 Tage davor)", "periodo basal (28 días antes)"),
        "12-week periods": ("12-Wochen-Abschnitte", "periodos de 12 semanas"),
    },
    "ChartWordsInfusions": {  # infusions on several days in a row (a DHE course), not a preventive course
        "{0} course": ("{0}-Infusionsserie", "ciclo de {0}"),
    },
}
