"""diary_app/ui/dialogs/report_dialog.py"""

PHRASES = {
    "ReportDialog": {
        "Doctor report": ("Arztbericht", "Informe médico"),
        "First month": ("Erster Monat", "Primer mes"),
        "Last month": ("Letzter Monat", "Último mes"),
        "&Default": ("&Standard", "&Predeterminado"),
        "This month and the 5 before it, reaching back to the 28-day baseline of the current preventive course, an "
        "acute infusion course just before it and the 3 months before the course (at most 12 months)": (
            "Dieser Monat und die 5 davor, zurück bis zur 28-tägigen Ausgangsphase der laufenden Prophylaxe, einer "
            "direkt vorangehenden Serie akuter Infusionen und den 3 Monaten vor der Prophylaxe (höchstens 12 Monate)",
            "Este mes y los 5 anteriores, hasta el periodo basal de 28 días del tratamiento preventivo actual, una "
            "tanda de infusiones agudas justo antes y los 3 meses previos al tratamiento (como máximo 12 meses)"),
        "Paper size": ("Papierformat", "Tamaño del papel"),
        "&Months:": ("&Monate:", "&Meses:"),
        "to": ("bis", "a"),
        "&Paper:": ("&Papier:", "P&apel:"),
        "The report shows the monthly numbers, the infusions and their outcomes, acute medication use and the "
        "notes of these months.": (
            "Der Bericht zeigt die Monatszahlen, die Infusionen und ihre Ergebnisse, die Einnahme von "
            "Akutmedikation und die Notizen dieser Monate.",
            "El informe muestra las cifras mensuales, las infusiones y sus resultados, el uso de medicación "
            "sintomática y las notas de estos meses."),
        "%n month(s)": (("%n Monat", "%n Monate"), ("%n mes", "%n meses")),
    },
}
