"""diary_app/ui/dialogs/medication_dialog.py, diary_app/ui/dialogs/definitions_dialog.py,
diary_app/ui/trigger_picker.py"""

PHRASES = {
    "MedicationDialog": {
        "Add medication": ("Medikament hinzufügen", "Añadir medicamento"),
        "Medication name": ("Name des Medikaments", "Nombre del medicamento"),
        "Class": ("Klasse", "Clase"),
        "Role": ("Einsatz", "Uso"),
        "Route": ("Applikationsweg", "Vía"),
        "&Name:": ("&Name:", "&Nombre:"),
        "&Class:": ("&Klasse:", "&Clase:"),
        "&Role:": ("&Einsatz:", "&Uso:"),
        "R&oute:": ("&Applikationsweg:", "&Vía:"),
        "Not in the catalogue: choose its class and role.": (
            "Nicht im Katalog: Wählen Sie Klasse und Einsatz.",
            "No está en el catálogo: elija su clase y su uso."),
        "From the catalogue: {0}": ("Aus dem Katalog: {0}", "Del catálogo: {0}"),
    },
    "DefinitionsDialog": {
        "Definitions": ("Definitionen", "Definiciones"),
    },
    "TriggerPicker": {
        "Triggers": ("Auslöser", "Desencadenantes"),
        "New trigger, then Enter": ("Neuer Auslöser, dann Eingabetaste", "Nuevo desencadenante y luego Intro"),
        "New trigger": ("Neuer Auslöser", "Nuevo desencadenante"),
        "Add": ("Hinzufügen", "Añadir"),
        "Add trigger": ("Auslöser hinzufügen", "Añadir desencadenante"),
    },
}
