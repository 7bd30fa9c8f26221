"""diary_app/ui/session.py: the Undo menu entry names what it undoes"""

PHRASES = {
    "DiarySession": {
        "Undo save of {0}": ("Speichern des Eintrags vom {0} rückgängig machen", "Deshacer el guardado del {0}"),
        "Undo forgetting {0}": ("Vergessen des Eintrags vom {0} rückgängig machen", "Deshacer el olvido del {0}"),
        "Undo adding the attack of {0}": ("Hinzufügen der Attacke vom {0} rückgängig machen",
                                          "Deshacer la crisis añadida el {0}"),
        "Undo change of the attack of {0}": ("Änderung der Attacke vom {0} rückgängig machen",
                                             "Deshacer el cambio de la crisis del {0}"),
        "Undo deleting the attack of {0}": ("Löschen der Attacke vom {0} rückgängig machen",
                                            "Deshacer la eliminación de la crisis del {0}"),
        "Undo save of the {0} infusion": ("Speichern der Infusion vom {0} rückgängig machen",
                                          "Deshacer el guardado de la infusión del {0}"),
        "Undo deleting the {0} infusion": ("Löschen der Infusion vom {0} rückgängig machen",
                                           "Deshacer la eliminación de la infusión del {0}"),
        "Undo starting the {0} course": ("Beginn der Prophylaxe mit {0} rückgängig machen",
                                         "Deshacer el inicio del tratamiento preventivo con {0}"),
        "Undo change of the {0} course": ("Änderung der Prophylaxe mit {0} rückgängig machen",
                                          "Deshacer el cambio del tratamiento preventivo con {0}"),
        "Undo save of the {0} injection": ("Speichern der Injektion {0} rückgängig machen",
                                           "Deshacer el guardado de la inyección de {0}"),
        "Undo deleting the {0} course": ("Löschen der Prophylaxe mit {0} rückgängig machen",
                                         "Deshacer la eliminación del tratamiento preventivo con {0}"),
        "Undo deleting the {0} injection": ("Löschen der Injektion {0} rückgängig machen",
                                            "Deshacer la eliminación de la inyección de {0}"),
        # a count: the source should become self.tr("Undo marking %n day(s) headache-free", "", count)
        "Undo marking %n day(s) headache-free": (
            ("Eintrag von %n kopfschmerzfreien Tag rückgängig machen",
             "Eintrag von %n kopfschmerzfreien Tagen rückgängig machen"),
            ("Deshacer %n día marcado sin cefalea", "Deshacer %n días marcados sin cefalea")),
    },
}
