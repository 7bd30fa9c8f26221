"""diary_app/ui/menus.py (context "Menus"): the Alt letters are unique within each menu and within the menu
bar in every language (tests/ui/test_menu_mnemonics.py)."""

PHRASES = {
    "Menus": {
        "&File": ("&Datei", "&Archivo"),
        "Open recen&t": ("&Zuletzt geöffnet", "Abrir &reciente"),
        "&Edit": ("&Bearbeiten", "&Editar"),
        "&Day": ("&Tag", "&Día"),
        "&View": ("&Ansicht", "&Ver"),
        "&Help": ("&Hilfe", "Ay&uda"),
        "&New diary…": ("&Neues Tagebuch…", "Diario &nuevo…"),
        "&Open diary…": ("Tagebuch ö&ffnen…", "&Abrir diario…"),
        "&Import…": ("&Importieren…", "&Importar…"),
        "&Export…": ("&Exportieren…", "&Exportar…"),
        "Export doctor &report…": ("A&rztbericht exportieren…", "Exportar el informe &médico…"),
        "&Print…": ("&Drucken…", "Im&primir…"),
        "&Back up now": ("Jetzt &sichern", "Hacer &copia de seguridad"),
        "Restore from bac&kup…": ("Aus Sicherung &wiederherstellen…", "Res&taurar copia de seguridad…"),
        "Pre&ferences…": ("Einstellun&gen…", "Pre&ferencias…"),
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
        "&Go to today": ("&Zu heute springen", "&Ir a hoy"),
        "&Previous day or month": ("V&orheriger Tag oder Monat", "Día o mes &anterior"),
        "&Next day or month": ("&Nächster Tag oder Monat", "Día o mes &siguiente"),
        "&Definitions": ("&Definitionen", "&Definiciones"),
        "&About Migraine Diary": ("&Über Migraine Diary", "&Acerca de Migraine Diary"),
        "Daily re&minder…": ("Tägliche &Erinnerung…", "&Recordatorio diario…"),
        "T&heme": ("&Design", "Te&ma"),
        "&System": ("&System", "&Sistema"),
        "&Light": ("&Hell", "&Claro"),
        "&Dark": ("&Dunkel", "&Oscuro"),
        "&Dim mode": ("&Gedämpfter Modus", "M&odo atenuado"),
        "Dark, low-contrast colours and a larger Today form, for the worst moments": (
            "Dunkle, kontrastarme Farben und ein größeres Formular Heute, für die schlimmsten Momente",
            "Colores oscuros y de bajo contraste y un formulario Hoy más grande, para los peores momentos"),
        "About Migraine Diary": ("Über Migraine Diary", "Acerca de Migraine Diary"),
        "Migraine Diary {0}\n\nA diary for migraine days, medications and IV infusions.\n\nThis diary's file:\n{1}": (
            "Migraine Diary {0}\n\nEin Tagebuch für Migränetage, Medikamente und Infusionen.\n\nDatei dieses "
            "Tagebuchs:\n{1}",
            "Migraine Diary {0}\n\nUn diario de días de migraña, medicación e infusiones intravenosas.\n\n"
            "Archivo de este diario:\n{1}"),
    },
}
