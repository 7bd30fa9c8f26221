"""diary_app/ui/headache_details.py"""

PHRASES = {
    "AttacksBox": {
        "Attacks": ("Attacken", "Crisis"),
        "Add a&ttack…": ("A&ttacke hinzufügen…", "Añadir cr&isis…"),
        "An attack with its start and end, type, severity and the doses taken for it; a day can hold several": (
            "Eine Attacke mit Beginn und Ende, Art, Schmerzstärke und den dagegen eingenommenen Dosen; ein Tag "
            "kann mehrere haben",
            "Una crisis con su inicio y fin, tipo, intensidad y las dosis tomadas para ella; un día puede tener "
            "varias"),
        "No attack recorded on this day.": ("An diesem Tag ist keine Attacke eingetragen.",
                                            "No hay ninguna crisis registrada este día."),
    },
    "HeadacheDetails": {
        "Headache details": ("Angaben zum Kopfschmerz", "Detalles de la cefalea"),
        "not given": ("nicht angegeben", "no indicada"),
        "Peak severity, 0 to 10": ("Höchste Schmerzstärke, 0 bis 10", "Intensidad máxima, de 0 a 10"),
        " h": (" Std.", " h"),
        "Duration in hours": ("Dauer in Stunden", "Duración en horas"),
        "none": ("keine", "ninguna"),
        "mild": ("leicht", "leve"),
        "moderate": ("mäßig", "moderada"),
        "severe": ("schwer", "grave"),
        "Disability": ("Beeinträchtigung", "Discapacidad"),
        "A&ura": ("A&ura", "A&ura"),
        "Nause&a": ("Übelkei&t", "&Náuseas"),
        "&Light sensitivity": ("&Lichtempfindlichkeit", "&Fotofobia"),
        "S&ound sensitivity": ("L&ärmempfindlichkeit", "Fonofo&bia"),
        "Peak &severity (0-10):": ("Höchste &Schmerzstärke (0–10):", "&Intensidad máxima (0-10):"),
        "&Duration:": ("&Dauer:", "&Duración:"),
        "D&isability:": ("&Beeinträchtigung:", "Disca&pacidad:"),
        "Symptoms:": ("Begleitsymptome:", "Síntomas:"),
    },
    "StateBox": {
        "How was the day?": ("Wie war der Tag?", "¿Cómo fue el día?"),
        "&No headache": ("&Kein Kopfschmerz", "&Sin cefalea"),
        "&Headache": ("Kopfsc&hmerz", "&Cefalea"),
        "&Migraine": ("&Migräne", "&Migraña"),
        "(from the attacks below)": ("(aus den Attacken unten)", "(según las crisis de abajo)"),
        "An attack covers this day": ("Eine Attacke reicht in diesen Tag", "Una crisis abarca este día"),
    },
}
