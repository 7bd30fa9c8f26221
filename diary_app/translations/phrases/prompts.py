"""diary_app/ui/prompts.py"""

PHRASES = {
    "Prompts": {
        "Cancel": ("Abbrechen", "Cancelar"),
        "Unsaved changes": ("Nicht gespeicherte Änderungen", "Cambios sin guardar"),
        "The entry for {0} has changes that are not saved.": (
            "Der Eintrag für {0} hat Änderungen, die nicht gespeichert sind.",
            "El registro del {0} tiene cambios sin guardar."),
        "Save": ("Speichern", "Guardar"),
        "Discard": ("Verwerfen", "Descartar"),
    },
}
