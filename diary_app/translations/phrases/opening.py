"""diary_app/ui/opening.py (its diary file filter is in file_actions.py's book)"""

PHRASES = {
    "Opening": {
        "{0} is already open in another Migraine Diary window. Switch to that window, or close it first. "
        "(The command line still works while the window is open.)": (
            "{0} ist bereits in einem anderen Fenster von Migraine Diary geöffnet. Wechseln Sie zu diesem Fenster "
            "oder schließen Sie es zuerst. (Die Kommandozeile funktioniert weiter, solange das Fenster offen ist.)",
            "{0} ya está abierto en otra ventana de Migraine Diary. Cambie a esa ventana o ciérrela primero. "
            "(La línea de comandos sigue funcionando mientras la ventana está abierta.)"),
        "Diary already open": ("Tagebuch bereits geöffnet", "Diario ya abierto"),
        "Open diary": ("Tagebuch öffnen", "Abrir diario"),
        "New diary": ("Neues Tagebuch", "Diario nuevo"),
        "Restore from backup…": ("Aus Sicherung wiederherstellen…", "Restaurar copia de seguridad…"),
        "Open another diary…": ("Anderes Tagebuch öffnen…", "Abrir otro diario…"),
        "Create a new diary…": ("Neues Tagebuch anlegen…", "Crear un diario nuevo…"),
        "Quit": ("Beenden", "Salir"),
        "The file was left exactly as it was.": ("Die Datei wurde unverändert gelassen.",
                                                 "El archivo se ha dejado exactamente como estaba."),
        "%n backup(s) of this diary exist.": (
            ("Es gibt %n Sicherung dieses Tagebuchs.", "Es gibt %n Sicherungen dieses Tagebuchs."),
            ("Hay %n copia de seguridad de este diario.", "Hay %n copias de seguridad de este diario.")),
        "Cannot open the diary": ("Das Tagebuch lässt sich nicht öffnen", "No se puede abrir el diario"),
        "No backups": ("Keine Sicherungen", "No hay copias de seguridad"),
        "There is no backup of {0}.": ("Es gibt keine Sicherung von {0}.", "No hay ninguna copia de seguridad de {0}."),
        "Restore failed": ("Wiederherstellung fehlgeschlagen", "No se pudo restaurar"),
        "Restored": ("Wiederhergestellt", "Restaurado"),
        "The diary was restored from {0}.\nThe previous file is kept at {1}.": (
            "Das Tagebuch wurde aus {0} wiederhergestellt.\nDie bisherige Datei liegt unter {1}.",
            "El diario se restauró desde {0}.\nEl archivo anterior se conserva en {1}."),
    },
}
