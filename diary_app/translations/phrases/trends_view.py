"""diary_app/ui/trends_view.py"""

PHRASES = {
    "TrendsView": {
        "First month": ("Erster Monat", "Primer mes"),
        "Last month": ("Letzter Monat", "Último mes"),
        "Last &12 months": ("Letzte &12 Monate", "Últimos &12 meses"),
        "&All": ("A&lle", "&Todo"),
        "Sho&w headache days": ("&Kopfschmerztage zeigen", "Mostrar días de &cefalea"),
        "Show rolling &28-day rate": ("Gleitende &28-Tage-Rate zeigen", "Mostrar la tasa móvil de &28 días"),
        "Migraine days in the 28 days up to each day, scaled by the days recorded; a gap where fewer than 14 "
        "were recorded": (
            "Migränetage in den 28 Tagen bis zu jedem Tag, hochgerechnet auf die eingetragenen Tage; eine Lücke, "
            "wo weniger als 14 eingetragen sind",
            "Días de migraña en los 28 días hasta cada día, ajustados a los días registrados; un hueco donde se "
            "registraron menos de 14"),
        "Show &MIDAS / HIT-6 scores": ("&MIDAS- / HIT-6-Punktwerte zeigen", "Mostrar puntuaciones &MIDAS / HIT-6"),
        "Questionnaire scores on a second axis, in the month they were answered": (
            "Fragebogen-Punktwerte auf einer zweiten Achse, im Monat des Ausfüllens",
            "Puntuaciones de los cuestionarios en un segundo eje, en el mes en que se respondieron"),
        "Point at a month to see its numbers.": ("Zeigen Sie auf einen Monat, um seine Zahlen zu sehen.",
                                                 "Señale un mes para ver sus cifras."),
        "Infusion for the before/after chart": ("Infusion für das Vorher-nachher-Diagramm",
                                                "Infusión para el gráfico antes/después"),
        "From": ("Von", "Desde"),
        "to": ("bis", "hasta"),
        "Before and after a preventive infusion (cycle view: the 28 days before it)": (
            "Vor und nach einer prophylaktischen Infusion (Zyklusansicht: die 28 Tage davor)",
            "Antes y después de una infusión preventiva (vista por ciclo: los 28 días previos)"),
        "&Infusion:": ("&Infusion:", "&Infusión:"),
        "Monthly migraine days chart": ("Diagramm der monatlichen Migränetage",
                                        "Gráfico de días de migraña al mes"),
        "Before and after chart": ("Vorher-nachher-Diagramm", "Gráfico antes/después"),
        "No MIDAS or HIT-6 in this diary yet.": ("In diesem Tagebuch gibt es noch keinen MIDAS oder HIT-6.",
                                                 "Todavía no hay ningún MIDAS ni HIT-6 en este diario."),
        "Add a preventive infusion on the Treatments page to see its effect here.": (
            "Fügen Sie auf der Seite Behandlungen eine prophylaktische Infusion hinzu, um hier ihre Wirkung zu "
            "sehen.",
            "Añada una infusión preventiva en la página Tratamientos para ver aquí su efecto."),
        "Baseline: 28 days before the infusion. Follow-up needs at least 14 recorded days in a 28-day period.": (
            "Ausgangsphase: 28 Tage vor der Infusion. Der Verlauf danach braucht mindestens 14 eingetragene Tage "
            "in einem 28-Tage-Zeitraum.",
            "Periodo basal: 28 días antes de la infusión. El seguimiento necesita al menos 14 días registrados en "
            "un periodo de 28 días."),
        "Baseline {0} → mean follow-up {1} migraine days per 28 days.": (
            "Ausgangsphase {0} → im Mittel danach {1} Migränetage pro 28 Tage.",
            "Periodo basal {0} → seguimiento medio {1} días de migraña por 28 días."),
        "Responder verdict pending: weeks 9-12 have not ended yet.": (
            "Responder-Urteil ausstehend: Die Wochen 9-12 sind noch nicht vorbei.",
            "Valoración de respondedor pendiente: las semanas 9-12 aún no han terminado."),
        "{0}: {1} migraine days, {2} headache days, {3} of {4} days recorded — {5}": (
            "{0}: Migränetage {1}, Kopfschmerztage {2}, eingetragen {3} von {4} Tagen — {5}",
            "{0}: días de migraña {1}, días de cefalea {2}, registrados {3} de {4} días — {5}"),
        "{0} score": ("{0}-Punktwert", "Puntuación {0}"),
        "Monthly migraine days, as a table": ("Migränetage pro Monat als Tabelle",
                                              "Días de migraña al mes, como tabla"),
        "Show as table": ("Als Tabelle zeigen", "Mostrar como tabla"),
        "Show the monthly chart as a table": ("Das Monatsdiagramm als Tabelle zeigen",
                                              "Mostrar el gráfico mensual como tabla"),
        "Before and after, as a table": ("Vorher und nachher als Tabelle", "Antes y después, como tabla"),
        "Show the before and after chart as a table": ("Das Vorher-nachher-Diagramm als Tabelle zeigen",
                                                       "Mostrar el gráfico antes/después como tabla"),
    },
}
