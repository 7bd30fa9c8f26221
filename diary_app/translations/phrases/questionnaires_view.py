"""diary_app/ui/questionnaires_view.py"""

PHRASES = {
    "QuestionnairesView": {
        "grade {0}, {1}": ("Grad {0}, {1}", "grado {0}, {1}"),
        "Date": ("Datum", "Fecha"),
        "Questionnaire": ("Fragebogen", "Cuestionario"),
        "Score": ("Punktwert", "Puntuación"),
        "Grade or impact": ("Grad bzw. Beeinträchtigung", "Grado o impacto"),
        "Questionnaire history": ("Bisherige Fragebögen", "Historial de cuestionarios"),
        "No questionnaires yet. MIDAS looks back over 3 months, HIT-6 over 4 weeks: filling one in before each "
        "visit shows your doctor the trend.": (
            "Noch keine Fragebögen. MIDAS blickt auf 3 Monate zurück, HIT-6 auf 4 Wochen: Vor jedem Arzttermin "
            "ausgefüllt, zeigen sie Ihrer Ärztin oder Ihrem Arzt den Verlauf.",
            "Aún no hay cuestionarios. El MIDAS abarca los últimos 3 meses y el HIT-6 las últimas 4 semanas: "
            "rellenar uno antes de cada consulta muestra a su médico la evolución."),
        "Add &MIDAS…": ("&MIDAS hinzufügen…", "Añadir &MIDAS…"),
        "Migraine Disability Assessment: days lost in the last 3 months": (
            "Migraine Disability Assessment: in den letzten 3 Monaten beeinträchtigte Tage",
            "Migraine Disability Assessment: días perdidos en los últimos 3 meses"),
        "Add &HIT-6…": ("&HIT-6 hinzufügen…", "Añadir &HIT-6…"),
        "Headache Impact Test: 6 questions": ("Headache Impact Test: 6 Fragen", "Headache Impact Test: 6 preguntas"),
        "&Edit…": ("&Bearbeiten…", "&Editar…"),
        "&Delete": ("&Löschen", "E&liminar"),
        "Latest {0}: {1} ({2}) on {3}": ("Letzter {0}: {1} ({2}) am {3}", "Último {0}: {1} ({2}) el {3}"),
        "; before that {0} ({1}) on {2}": ("; davor {0} ({1}) am {2}", "; antes, {0} ({1}) el {2}"),
        "Delete the {0} of {1} (score {2})?": ("{0} vom {1} (Punktwert {2}) löschen?",
                                               "¿Eliminar el {0} del {1} (puntuación {2})?"),
        "Delete questionnaire": ("Fragebogen löschen", "Eliminar cuestionario"),
        "Delete": ("Löschen", "Eliminar"),
        "Could not delete": ("Löschen nicht möglich", "No se pudo eliminar"),
        "Could not save": ("Speichern nicht möglich", "No se pudo guardar"),
    },
}
