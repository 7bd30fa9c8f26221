"""diary_app/ui/dialogs/report_dialog.py"""

PHRASES = {
    "ReportDialog": {
        "Doctor report": ("Arztbericht", "Informe médico"),
        "First month": ("Erster Monat", "Primer mes"),
        "Last month": ("Letzter Monat", "Último mes"),
        "&Default": ("&Standard", "&Predeterminado"),
        "This month and the 5 before it, reaching back to the 28-day baseline of any preventive infusion in "
        "them": (
            "Dieser Monat und die 5 davor, zurück bis zur 28-tägigen Ausgangsphase jeder prophylaktischen "
            "Infusion darin",
            "Este mes y los 5 anteriores, hasta el periodo basal de 28 días de cualquier infusión preventiva en "
            "ellos"),
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
        # a count: the source should become self.tr("%n month(s)", "", count) instead of "1 month" / "{0} months"
        "%n month(s)": (("%n Monat", "%n Monate"), ("%n mes", "%n meses")),
    },
}
