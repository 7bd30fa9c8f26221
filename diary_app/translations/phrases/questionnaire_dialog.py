"""diary_app/ui/dialogs/questionnaire_dialog.py: the MIDAS and HIT-6 items follow the wording of the
published German and Spanish versions of the questionnaires."""

PHRASES = {
    "QuestionnaireDialog": {
        "Answer about all the headaches you have had over the last 3 months. "
        "Write 0 if you did not do the activity in the last 3 months.": (
            "Beantworten Sie die Fragen für alle Kopfschmerzen, die Sie in den letzten 3 Monaten hatten. "
            "Tragen Sie 0 ein, wenn Sie der Tätigkeit in den letzten 3 Monaten nicht nachgegangen sind.",
            "Responda pensando en todos los dolores de cabeza que ha tenido en los últimos 3 meses. "
            "Escriba 0 si no realizó esa actividad en los últimos 3 meses."),
        "On how many days in the last 3 months did you miss work or school because of your headaches?": (
            "An wie vielen Tagen in den letzten 3 Monaten haben Sie wegen Ihrer Kopfschmerzen bei der Arbeit oder "
            "in der Schule gefehlt?",
            "¿Cuántos días en los últimos 3 meses faltó al trabajo o a clase a causa de sus dolores de cabeza?"),
        "How many days in the last 3 months was your productivity at work or school reduced by half or more because "
        "of your headaches? (Do not include days you counted in question 1 where you missed work or school.)": (
            "An wie vielen Tagen in den letzten 3 Monaten war Ihre Leistungsfähigkeit bei der Arbeit oder in der "
            "Schule wegen Ihrer Kopfschmerzen um die Hälfte oder mehr eingeschränkt? (Zählen Sie die Tage nicht "
            "mit, die Sie in Frage 1 als Fehltage angegeben haben.)",
            "¿Cuántos días en los últimos 3 meses se redujo a la mitad o más su rendimiento en el trabajo o en "
            "clase a causa de sus dolores de cabeza? (No incluya los días contados en la pregunta 1 en los que "
            "faltó al trabajo o a clase.)"),
        "On how many days in the last 3 months did you not do household work because of your headaches?": (
            "An wie vielen Tagen in den letzten 3 Monaten konnten Sie wegen Ihrer Kopfschmerzen keine Hausarbeit "
            "verrichten?",
            "¿Cuántos días en los últimos 3 meses no pudo hacer las tareas domésticas a causa de sus dolores de "
            "cabeza?"),
        "How many days in the last 3 months was your productivity in household work reduced by half or more "
        "because of your headaches? (Do not include days you counted in question 3 where you did not do household "
        "work.)": (
            "An wie vielen Tagen in den letzten 3 Monaten war Ihre Leistungsfähigkeit bei der Hausarbeit wegen "
            "Ihrer Kopfschmerzen um die Hälfte oder mehr eingeschränkt? (Zählen Sie die Tage nicht mit, die Sie in "
            "Frage 3 angegeben haben.)",
            "¿Cuántos días en los últimos 3 meses se redujo a la mitad o más su rendimiento en las tareas "
            "domésticas a causa de sus dolores de cabeza? (No incluya los días contados en la pregunta 3 en los "
            "que no hizo las tareas domésticas.)"),
        "On how many days in the last 3 months did you miss family, social or leisure activities because of your "
        "headaches?": (
            "An wie vielen Tagen in den letzten 3 Monaten haben Sie wegen Ihrer Kopfschmerzen Familien-, "
            "Freizeit- oder gesellschaftliche Aktivitäten versäumt?",
            "¿Cuántos días en los últimos 3 meses se perdió actividades familiares, sociales o de ocio a causa de "
            "sus dolores de cabeza?"),
        "On how many days in the last 3 months did you have a headache? "
        "(If a headache lasted more than 1 day, count each day.)": (
            "An wie vielen Tagen in den letzten 3 Monaten hatten Sie Kopfschmerzen? (Dauerte ein Kopfschmerz "
            "länger als 1 Tag, zählen Sie jeden Tag.)",
            "¿Cuántos días en los últimos 3 meses tuvo dolor de cabeza? (Si un dolor de cabeza duró más de "
            "1 día, cuente cada día.)"),
        "On a scale of 0 to 10, on average how painful were these headaches? "
        "(0 = no pain at all, 10 = pain as bad as it can be.)": (
            "Wie stark waren diese Kopfschmerzen im Durchschnitt auf einer Skala von 0 bis 10? (0 = überhaupt "
            "keine Schmerzen, 10 = stärkste vorstellbare Schmerzen.)",
            "En una escala de 0 a 10, ¿qué intensidad tuvieron de media estos dolores de cabeza? (0 = ningún "
            "dolor, 10 = el peor dolor imaginable.)"),
        "Answer each question about your headaches; questions 4 to 6 are about the past 4 weeks.": (
            "Beantworten Sie jede Frage zu Ihren Kopfschmerzen; die Fragen 4 bis 6 betreffen die letzten 4 Wochen.",
            "Responda cada pregunta sobre sus dolores de cabeza; las preguntas 4 a 6 se refieren a las últimas "
            "4 semanas."),
        "When you have headaches, how often is the pain severe?": (
            "Wenn Sie Kopfschmerzen haben, wie oft sind die Schmerzen stark?",
            "Cuando tiene dolor de cabeza, ¿con qué frecuencia el dolor es intenso?"),
        "How often do headaches limit your ability to do usual daily activities including household work, work, "
        "school, or social activities?": (
            "Wie oft schränken Kopfschmerzen Ihre Fähigkeit ein, übliche tägliche Aktivitäten auszuführen, "
            "z. B. Hausarbeit, Arbeit, Schule oder gesellschaftliche Aktivitäten?",
            "¿Con qué frecuencia el dolor de cabeza limita su capacidad para realizar sus actividades diarias "
            "habituales, como las tareas domésticas, el trabajo, los estudios o las actividades sociales?"),
        "When you have a headache, how often do you wish you could lie down?": (
            "Wenn Sie Kopfschmerzen haben, wie oft wünschen Sie sich, dass Sie sich hinlegen könnten?",
            "Cuando tiene dolor de cabeza, ¿con qué frecuencia desearía poder acostarse?"),
        "In the past 4 weeks, how often have you felt too tired to do work or daily activities because of your "
        "headaches?": (
            "Wie oft haben Sie sich in den letzten 4 Wochen wegen Ihrer Kopfschmerzen zu müde gefühlt, um zu "
            "arbeiten oder Ihren täglichen Aktivitäten nachzugehen?",
            "En las últimas 4 semanas, ¿con qué frecuencia se ha sentido demasiado cansado/a para trabajar o "
            "realizar sus actividades diarias a causa del dolor de cabeza?"),
        "In the past 4 weeks, how often have you felt fed up or irritated because of your headaches?": (
            "Wie oft haben Sie in den letzten 4 Wochen wegen Ihrer Kopfschmerzen die Nase voll gehabt oder sich "
            "gereizt gefühlt?",
            "En las últimas 4 semanas, ¿con qué frecuencia se ha sentido harto/a o irritado/a a causa del dolor "
            "de cabeza?"),
        "In the past 4 weeks, how often did headaches limit your ability to concentrate on work or daily "
        "activities?": (
            "Wie oft haben Kopfschmerzen in den letzten 4 Wochen Ihre Fähigkeit eingeschränkt, sich auf die Arbeit "
            "oder tägliche Aktivitäten zu konzentrieren?",
            "En las últimas 4 semanas, ¿con qué frecuencia el dolor de cabeza ha limitado su capacidad para "
            "concentrarse en el trabajo o en las actividades diarias?"),
        "Never": ("Nie", "Nunca"),
        "Rarely": ("Selten", "Pocas veces"),
        "Sometimes": ("Manchmal", "A veces"),
        "Very often": ("Sehr oft", "Muy a menudo"),
        "Always": ("Immer", "Siempre"),
        "Edit {0}": ("{0} bearbeiten", "Editar {0}"),
        "New {0}": ("Neuer {0}", "Nuevo {0}"),
        "MIDAS: Migraine Disability Assessment": ("MIDAS: Migraine Disability Assessment",
                                                  "MIDAS: Migraine Disability Assessment"),  # the instrument's name
        "HIT-6: Headache Impact Test": ("HIT-6: Headache Impact Test", "HIT-6: Headache Impact Test"),
        "Date answered": ("Ausgefüllt am", "Fecha de respuesta"),
        "&Date answered:": ("&Ausgefüllt am:", "&Fecha de respuesta:"),
        "Questions 1-5 (days)": ("Fragen 1–5 (Tage)", "Preguntas 1-5 (días)"),
        "Questions 1-6": ("Fragen 1–6", "Preguntas 1-6"),
        "Not part of the score": ("Nicht Teil des Punktwerts", "No cuentan en la puntuación"),
        "Optional": ("Optional", "Opcional"),
        "&Notes:": ("&Notizen:", "&Notas:"),
        "Question {0}": ("Frage {0}", "Pregunta {0}"),
        "not answered": ("nicht beantwortet", "sin responder"),
        "Choose…": ("Auswählen…", "Elegir…"),
        "please choose an answer": ("bitte eine Antwort wählen", "elija una respuesta"),
        "a {0} for {1} is already in the diary; edit that one instead": (
            "für den {1} ist schon ein {0} eingetragen; bearbeiten Sie diesen",
            "ya hay un {0} del {1} en el diario; edite ese"),
        "Score: answer all {0} questions (%n to go)": (
            ("Punktwert: Beantworten Sie alle {0} Fragen (noch %n)", "Punktwert: Beantworten Sie alle {0} Fragen "
             "(noch %n)"),
            ("Puntuación: responda las {0} preguntas (falta %n)", "Puntuación: responda las {0} preguntas "
             "(faltan %n)")),
        "MIDAS score: {0} (grade {1}, {2})": ("MIDAS-Punktwert: {0} (Grad {1}, {2})",
                                              "Puntuación MIDAS: {0} (grado {1}, {2})"),
        "HIT-6 score: {0} ({1})": ("HIT-6-Punktwert: {0} ({1})", "Puntuación HIT-6: {0} ({1})"),
    },
}
