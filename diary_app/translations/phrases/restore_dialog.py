"""diary_app/ui/dialogs/restore_dialog.py"""

PHRASES = {
    "RestoreDialog": {
        "Restore from backup": ("Aus Sicherung wiederherstellen", "Restaurar desde una copia de seguridad"),
        "Backups": ("Sicherungen", "Copias de seguridad"),
        "Restore": ("Wiederherstellen", "Restaurar"),
        "The diary as it is now is kept aside in the backups folder first.": (
            "Das Tagebuch im jetzigen Zustand wird vorher im Sicherungsordner aufbewahrt.",
            "Antes se guarda el diario tal como está ahora en la carpeta de copias de seguridad."),
    },
}
