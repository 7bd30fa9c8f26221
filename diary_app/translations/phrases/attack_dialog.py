"""diary_app/ui/dialogs/attack_dialog.py"""

PHRASES = {
    "AttackDialog": {
        "Edit attack": ("Attacke bearbeiten", "Editar crisis"),
        "Add attack": ("Attacke hinzufügen", "Añadir crisis"),
        "A&ura": ("A&ura", "A&ura"),
        "&Nausea": ("Übelke&it", "&Náuseas"),
        "&Light sensitivity": ("&Photophobie", "&Fotofobia"),
        "S&ound sensitivity": ("P&honophobie", "Fonofo&bia"),
        "%n day(s)": (("%n Tag", "%n Tage"), ("%n día", "%n días")),
        "{0} h": ("{0} Std.", "{0} h"),
        "{0} min": ("{0} Min.", "{0} min"),
        "Start": ("Beginn", "Inicio"),
        "When the attack started": ("Wann die Attacke begann", "Cuándo empezó la crisis"),
        "&Ended at": ("&Endete am", "&Terminó el"),
        "End": ("Ende", "Fin"),
        "When the attack ended; the length below follows it": (
            "Wann die Attacke endete; die Dauer darunter passt sich an",
            "Cuándo terminó la crisis; la duración de abajo se ajusta"),
        " h": (" Std.", " h"),
        "Lasted, hours": ("Dauer, Stunden", "Duración, horas"),
        "How long the attack lasted: the hours; the end follows": (
            "Wie lange die Attacke dauerte: die Stunden; das Ende passt sich an",
            "Cuánto duró la crisis: las horas; el fin se ajusta"),
        " min": (" Min.", " min"),
        "Lasted, minutes": ("Dauer, Minuten", "Duración, minutos"),
        "How long the attack lasted: the minutes; the end follows": (
            "Wie lange die Attacke dauerte: die Minuten; das Ende passt sich an",
            "Cuánto duró la crisis: los minutos; el fin se ajusta"),
        "&Migraine": ("&Migräne", "&Migraña"),
        "&Headache": ("&Kopfschmerz", "&Cefalea"),
        "Peak severity, 0 to 10": ("Höchste Schmerzstärke, 0 bis 10", "Intensidad máxima, de 0 a 10"),
        "How bad the attack was at its worst: 0 none, 10 the worst imaginable": (
            "Wie stark die Attacke auf ihrem Höhepunkt war: 0 keine, 10 die schlimmste vorstellbare",
            "Qué intensidad tuvo la crisis en su peor momento: 0 ninguna, 10 la peor imaginable"),
        "Note": ("Notiz", "Nota"),
        "Anything else about the attack, in your own words": ("Alles Weitere zur Attacke, in Ihren eigenen Worten",
                                                              "Cualquier otra cosa sobre la crisis, con sus propias "
                                                              "palabras"),
        "Where it started, what helped": ("Wo sie begann, was geholfen hat", "Dónde empezó, qué ayudó"),
        "&Started:": ("&Begann:", "&Empezó:"),
        "End:": ("Ende:", "Fin:"),
        "L&asted:": ("&Dauer:", "&Duración:"),
        "Type:": ("Art:", "Tipo:"),
        "Peak se&verity (0-10):": ("Höchste &Schmerzstärke (0–10):", "&Intensidad máxima (0-10):"),
        "Symptoms:": ("Begleitsymptome:", "Síntomas:"),
        "No&te:": ("N&otiz:", "N&ota:"),
        "Me&dications taken for it": ("Dagegen ei&ngenommene Medikamente", "Medicación tomada &para la crisis"),
        "Tri&ggers": ("Auslöse&r", "De&sencadenantes"),
        "End not known yet: the attack counts on the day it started.": (
            "Ende noch unbekannt: Die Attacke zählt an dem Tag, an dem sie begann.",
            "Fin aún desconocido: la crisis cuenta el día en que empezó."),
        "The end is before the start.": ("Das Ende liegt vor dem Beginn.", "El fin es anterior al inicio."),
        ", over {0} days": (", über {0} Tage", ", a lo largo de {0} días"),
    },
}
