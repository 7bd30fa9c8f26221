"""diary_app/ui/dialogs/medication_dialog.py, diary_app/ui/dialogs/definitions_dialog.py"""

PHRASES = {
    "MedicationDialog": {
        "Add medication": ("Medikament hinzufügen", "Añadir medicamento"),
        "Medication name": ("Name des Medikaments", "Nombre del medicamento"),
        "A catalogue name fills in class, route and role": (
            "Ein Name aus dem Katalog füllt Klasse, Applikationsweg und Einsatz aus",
            "Un nombre del catálogo rellena la clase, la vía y el uso"),
        "Class": ("Klasse", "Clase"),
        "Role": ("Einsatz", "Uso"),
        "Route": ("Applikationsweg", "Vía"),
        "oral": ("oral", "oral"),
        "intravenous": ("intravenös", "intravenosa"),
        "subcutaneous": ("subkutan", "subcutánea"),
        "intramuscular": ("intramuskulär", "intramuscular"),
        "nasal": ("nasal", "nasal"),
        "rectal": ("rektal", "rectal"),
        "other route": ("anderer Weg", "otra vía"),
        "acute": ("Akutbehandlung", "sintomático"),
        "preventive": ("Prophylaxe", "preventivo"),
        "&Name:": ("&Name:", "&Nombre:"),
        "&Class:": ("&Klasse:", "&Clase:"),
        "&Role:": ("&Einsatz:", "&Uso:"),
        "R&oute:": ("&Applikationsweg:", "&Vía:"),
        "Not in the catalogue: choose its class and role.": (
            "Nicht im Katalog: Klasse und Einsatz wählen.",
            "No está en el catálogo: elija su clase y su uso."),
        "From the catalogue: {0}": ("Aus dem Katalog: {0}", "Del catálogo: {0}"),
    },
    "DefinitionsDialog": {
        "Definitions": ("Definitionen", "Definiciones"),
    },
}
