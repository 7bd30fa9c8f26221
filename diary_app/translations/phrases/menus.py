"""diary_app/ui/menus.py: its texts should use the context "Menus" (QCoreApplication.translate("Menus", ...)):
today `tr = window.tr` files them under the contexts "", "w" and "window", which are never looked up."""

PHRASES = {
    "Menus": {
        "&File": ("&Datei", "&Archivo"),
        "Open &recent": ("&Zuletzt geöffnet", "Abrir &reciente"),
        "&Edit": ("&Bearbeiten", "&Editar"),
        "&Day": ("&Tag", "&Día"),
        "&View": ("&Ansicht", "&Ver"),
        "&Help": ("&Hilfe", "Ay&uda"),
        "&New diary…": ("&Neues Tagebuch…", "Diario &nuevo…"),
        "&Open diary…": ("Tagebuch ö&ffnen…", "&Abrir diario…"),
        "&Import…": ("&Importieren…", "&Importar…"),
        "&Export…": ("&Exportieren…", "&Exportar…"),
        "Export doctor &report…": ("A&rztbericht exportieren…", "Exportar el &informe médico…"),
        "&Print…": ("&Drucken…", "Im&primir…"),
        "&Back up now": ("Jetzt &sichern", "Hacer &copia de seguridad"),
        "Restore from bac&kup…": ("Aus Sicherung &wiederherstellen…", "Res&taurar copia de seguridad…"),
        "Pre&ferences…": ("E&instellungen…", "Pre&ferencias…"),
        "&Quit": ("&Beenden", "&Salir"),
        "&Undo": ("&Rückgängig", "&Deshacer"),
        "&Save day": ("Tag &speichern", "&Guardar día"),
        "&No headache today": ("Heute &kein Kopfschmerz", "Hoy &sin cefalea"),
        "&Forget this day…": ("Diesen Tag &vergessen…", "&Olvidar este día…"),
        "&Today": ("&Heute", "&Hoy"),
        "&Calendar": ("&Kalender", "&Calendario"),
        "T&reatments": ("&Behandlungen", "&Tratamientos"),
        "Tr&ends": ("&Verlauf", "&Evolución"),
        "&Questionnaires": ("&Fragebögen", "C&uestionarios"),
        "Go to &today": ("Zu &heute springen", "Ir a &hoy"),
        "&Previous day or month": ("&Vorheriger Tag oder Monat", "Día o mes &anterior"),
        "N&ext day or month": ("&Nächster Tag oder Monat", "Día o mes &siguiente"),
        "&Definitions": ("&Definitionen", "&Definiciones"),
        "&About Migraine Diary": ("&Über Migraine Diary", "&Acerca de Migraine Diary"),
        "Daily &reminder…": ("Tägliche &Erinnerung…", "&Recordatorio diario…"),
        "About Migraine Diary": ("Über Migraine Diary", "Acerca de Migraine Diary"),
        "Migraine Diary {0}\n\nA diary for migraine days, medications and IV infusions.\n\nThis diary's file:\n{1}": (
            "Migraine Diary {0}\n\nEin Tagebuch für Migränetage, Medikamente und Infusionen.\n\nDatei dieses "
            "Tagebuchs:\n{1}",
            "Migraine Diary {0}\n\nUn diario de días de migraña, medicación e infusiones intravenosas.\n\n"
            "Archivo de este diario:\n{1}"),
    },
}
