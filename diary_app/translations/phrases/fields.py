"""diary_app/ui/dialogs/fields.py"""

PHRASES = {
    "Fields": {
        "A4 (210 × 297 mm)": ("A4 (210 × 297 mm)", "A4 (210 × 297 mm)"),
        "Letter (8.5 × 11 in)": ("US-Letter (8,5 × 11 Zoll)", "Carta (8,5 × 11 pulg.)"),
        "acute": ("Akutbehandlung", "sintomático"),
        "preventive": ("Prophylaxe", "preventivo"),
        "not in the catalogue: kept as typed": ("nicht im Katalog: wird wie eingegeben übernommen",
                                                "no está en el catálogo: se guarda tal como se escribió"),
    },
}
