"""diary_app/ui/chart_table.py: the Trends view's tables of the charts' numbers"""

PHRASES = {
    "ChartTable": {
        "baseline (28 days before)": ("Ausgangsphase (28 Tage davor)", "periodo basal (28 días antes)"),
        "weeks 1-4": ("Wochen 1-4", "semanas 1-4"),
        "weeks 5-8": ("Wochen 5-8", "semanas 5-8"),
        "weeks 9-12": ("Wochen 9-12", "semanas 9-12"),
        "chronic": ("chronisch", "crónica"),
        "episodic": ("episodisch", "episódica"),
        "incomplete": ("unvollständig", "incompleta"),
        "Month": ("Monat", "Mes"),
        "Migraine days": ("Migränetage", "Días de migraña"),
        "Headache days": ("Kopfschmerztage", "Días de cefalea"),
        "Recorded days": ("Eingetragene Tage", "Días registrados"),
        "Class": ("Einstufung", "Clasificación"),
        "Period": ("Zeitraum", "Periodo"),
        "Migraine days per 28 days": ("Migränetage pro 28 Tage", "Días de migraña por 28 días"),
        "Copy": ("Kopieren", "Copiar"),
        "Copy the table": ("Tabelle kopieren", "Copiar la tabla"),
    },
}
