"""diary_app/ui/course_outcomes.py: its texts should use the context "CourseOutcomes" (today they are filed
under no context, so never found at run time)"""

PHRASES = {
    "CourseOutcomes": {
        "≥{0}%": ("≥{0} %", "≥{0} %"),
        "At least {0}% fewer migraine days per 28 than the baseline; — until the period is complete": (
            "Mindestens {0} % weniger Migränetage pro 28 Tage als in der Ausgangsphase; — bis der Zeitraum "
            "abgeschlossen ist",
            "Al menos un {0} % menos de días de migraña por 28 días que en el periodo basal; — hasta que el "
            "periodo esté completo"),
        "Period": ("Zeitraum", "Periodo"),
        "Dates": ("Daten", "Fechas"),
        "Days\nrecorded": ("Tage\neingetragen", "Días\nregistrados"),
        "Days recorded of the period's days": ("Eingetragene Tage von den Tagen des Zeitraums",
                                               "Días registrados de los días del periodo"),
        "Status": ("Status", "Estado"),
        "Reduction": ("Reduktion", "Reducción"),
        "Fewer migraine days per 28 than the baseline": (
            "Weniger Migränetage pro 28 Tage als in der Ausgangsphase",
            "Menos días de migraña por 28 días que en el periodo basal"),
        "Criterion": ("Kriterium", "Criterio"),
        "criterion": ("Kriterium", "criterio"),
        "Before the course": ("Vor der Prophylaxe", "Antes del tratamiento"),
        "At review": ("Bei der Überprüfung", "En la revisión"),
        "Change": ("Veränderung", "Cambio"),
        "Needed": ("Erforderlich", "Necesario"),
        "needed": ("erforderlich", "necesario"),
        "Result": ("Ergebnis", "Resultado"),
    },
}
