"""diary_app/ui/dialogs/export_dialog.py"""

PHRASES = {
    "ExportDialog": {
        "Days (CSV, one row per day)": ("Tage (CSV, eine Zeile pro Tag)", "Días (CSV, una fila por día)"),
        "Monthly summary (CSV, one row per month)": ("Monatsübersicht (CSV, eine Zeile pro Monat)",
                                                     "Resumen mensual (CSV, una fila por mes)"),
        "Full backup (JSON: days, infusions, medications)": (
            "Vollständige Sicherung (JSON: Tage, Infusionen, Medikamente)",
            "Copia de seguridad completa (JSON: días, infusiones, medicamentos)"),
        "Export": ("Exportieren", "Exportar"),
        "All months": ("Alle Monate", "Todos los meses"),
        "First month": ("Erster Monat", "Primer mes"),
        "Last month": ("Letzter Monat", "Último mes"),
        "Choose file…": ("Datei wählen…", "Elegir archivo…"),
        "What to export:": ("Was exportiert wird:", "Qué exportar:"),
        "to": ("bis", "a"),
        "Months:": ("Monate:", "Meses:"),
        "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Archivos CSV (*.csv)"),
        "JSON files (*.json)": ("JSON-Dateien (*.json)", "Archivos JSON (*.json)"),
    },
}
