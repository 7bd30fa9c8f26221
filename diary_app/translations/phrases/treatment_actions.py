"""diary_app/ui/treatment_actions.py"""

PHRASES = {
    "TreatmentSaves": {
        "Infusion not saved": ("Infusion nicht gespeichert", "Infusión no guardada"),
        "Infusion saved.": ("Infusion gespeichert.", "Infusión guardada."),
        "Infusion not deleted": ("Infusion nicht gelöscht", "Infusión no eliminada"),
        "Infusion deleted. Ctrl+Z brings it back.": ("Infusion gelöscht. Strg+Z holt sie zurück.",
                                                     "Infusión eliminada. Ctrl+Z la recupera."),
        "Medication not saved": ("Medikament nicht gespeichert", "Medicamento no guardado"),
        "Course not changed": ("Prophylaxe nicht geändert", "Tratamiento preventivo no modificado"),
        "{0} course changed.": ("Prophylaxe mit {0} geändert.", "Tratamiento preventivo con {0} modificado."),
        "Course not started": ("Prophylaxe nicht begonnen", "Tratamiento preventivo no iniciado"),
        "{0} course started on {1}.": ("Prophylaxe mit {0} am {1} begonnen.",
                                       "Tratamiento preventivo con {0} iniciado el {1}."),
        "Course not stopped": ("Prophylaxe nicht beendet", "Tratamiento preventivo no finalizado"),
        "{0} course stopped on {1}.": ("Prophylaxe mit {0} am {1} beendet.",
                                       "Tratamiento preventivo con {0} finalizado el {1}."),
        "Ctrl+Z takes it back.": ("Strg+Z macht es rückgängig.", "Ctrl+Z lo deshace."),
        "Injection not saved": ("Injektion nicht gespeichert", "Inyección no guardada"),
        "{0} injection of {1} saved.": ("Injektion von {0} am {1} gespeichert.", "Inyección de {0} del {1} guardada."),
        "Course not deleted": ("Prophylaxe nicht gelöscht", "Tratamiento preventivo no eliminado"),
        "{0} course deleted. Ctrl+Z brings it back.": ("Prophylaxe mit {0} gelöscht. Strg+Z holt sie zurück.",
                                                       "Tratamiento preventivo con {0} eliminado. Ctrl+Z lo recupera."),
        "Injection not deleted": ("Injektion nicht gelöscht", "Inyección no eliminada"),
        "{0} injection of {1} deleted. Ctrl+Z brings it back.": (
            "Injektion von {0} am {1} gelöscht. Strg+Z holt sie zurück.",
            "Inyección de {0} del {1} eliminada. Ctrl+Z la recupera."),
    },
}
