"""diary_app/ui/headache_details.py (Alt letters: docs/translating.md; the Today form's are unique with
the menu bar's: German D B T A H, Spanish A E D V U)"""

PHRASES = {
    "AttacksBox": {
        "Attacks": ("Attacken", "Crisis"),
        "Add attac&k…": ("Attacke hinzu&fügen…", "A&ñadir crisis…"),
        "An attack with its start and end, type, severity and the doses taken for it; a day can hold several": (
            "Eine Attacke mit Beginn und Ende, Art, Schmerzstärke und den dagegen eingenommenen Dosen; ein Tag "
            "kann mehrere haben",
            "Una crisis con su inicio y fin, tipo, intensidad y las dosis tomadas para ella; un día puede tener "
            "varias"),
        "No attack recorded on this day.": ("An diesem Tag ist keine Attacke eingetragen.",
                                            "No hay ninguna crisis registrada este día."),
    },
    "ScoreSpin": {
        "not given": ("nicht angegeben", "no indicada"),
        "{0} is above 10: severity goes from 0 (none) to 10 (worst).": (
            "{0} liegt über 10: Die Schmerzstärke reicht von 0 (keine) bis 10 (stärkste).",
            "{0} es mayor que 10: la intensidad va de 0 (ninguna) a 10 (máxima)."),
    },
    "HeadacheDetails": {
        "Headache details": ("Angaben zum Kopfschmerz", "Detalles de la cefalea"),
        "not given": ("nicht angegeben", "no indicada"),
        "Peak severity, 0 to 10": ("Höchste Schmerzstärke, 0 bis 10", "Intensidad máxima, de 0 a 10"),
        "How bad the headache was at its worst: 0 none, 10 the worst imaginable": (
            "Wie stark der Kopfschmerz auf seinem Höhepunkt war: 0 keiner, 10 der schlimmste vorstellbare",
            "Qué intensidad tuvo la cefalea en su peor momento: 0 ninguna, 10 la peor imaginable"),
        " h": (" Std.", " h"),
        "Duration in hours": ("Dauer in Stunden", "Duración en horas"),
        "How many hours of the day the headache lasted": ("Wie viele Stunden des Tages der Kopfschmerz anhielt",
                                                          "Cuántas horas del día duró la cefalea"),
        "none": ("keine", "ninguna"),
        "mild": ("leicht", "leve"),
        "moderate": ("mäßig", "moderada"),
        "severe": ("schwer", "grave"),
        "Disability": ("Beeinträchtigung", "Discapacidad"),
        "How much the headache kept you from your day": ("Wie sehr der Kopfschmerz Sie im Alltag eingeschränkt hat",
                                                         "Cuánto le impidió la cefalea hacer su vida normal"),
        "&Aura": ("A&ura", "Au&ra"),
        "Nau&sea": ("Übe&lkeit", "&Náuseas"),
        "&Light sensitivity": ("&Photophobie", "&Fotofobia"),
        "S&ound sensitivity": ("Phonophob&ie", "Fonofo&bia"),
        "&Peak severity (0-10):": ("Höchste &Schmerzstärke (0–10):", "Intensidad má&xima (0-10):"),
        "D&uration:": ("Dau&er:", "Duración en &horas:"),
        "Disa&bility:": ("Beeinträchti&gung:", "Disca&pacidad:"),
        "Symptoms:": ("Begleitsymptome:", "Síntomas:"),
    },
    "StateBox": {
        "How was the day?": ("Wie war der Tag?", "¿Cómo fue el día?"),
        "&No headache": ("&Kein Kopfschmerz", "&Sin cefalea"),
        "Heada&che": ("Kopfs&chmerz", "Cefa&lea"),
        "&Migraine": ("&Migräne", "Mi&graña"),
        "How the day was; the arrow keys choose among the three": (
            "Wie der Tag war; die Pfeiltasten wählen unter den dreien",
            "Cómo fue el día; las flechas eligen entre los tres"),
        "(from the attacks below)": ("(aus den Attacken unten)", "(según las crisis de abajo)"),
        "An attack covers this day": ("Eine Attacke reicht in diesen Tag", "Una crisis abarca este día"),
    },
}
