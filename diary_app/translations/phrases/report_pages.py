"""diary_app/exporters/report/pages.py (the report's footer)"""

PHRASES = {
    "ReportPages": {
        "Page {0} of {1}": ("Seite {0} von {1}", "Página {0} de {1}"),
        "Patient-recorded diary · Migraine Diary {0}": ("Vom Patienten geführtes Tagebuch · Migraine Diary {0}",
                                                         "Diario registrado por el paciente · Migraine Diary {0}"),
    },
}
