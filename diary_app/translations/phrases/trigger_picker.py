"""diary_app/ui/trigger_picker.py"""

PHRASES = {
    "TriggerPicker": {
        "Triggers": ("Auslöser", "Desencadenantes"),
        "Tick what may have set off the headache (Space ticks)": (
            "Ankreuzen, was den Kopfschmerz ausgelöst haben könnte (Leertaste kreuzt an)",
            "Marque lo que pudo desencadenar la cefalea (la barra espaciadora marca)"),
        "New trigger, then Enter": ("Neuer Auslöser, dann Eingabetaste", "Nuevo desencadenante y luego Intro"),
        "New trigger": ("Neuer Auslöser", "Nuevo desencadenante"),
        "Type a trigger not in the list, then Enter to add and tick it": (
            "Einen Auslöser eingeben, der nicht in der Liste steht, dann mit der Eingabetaste hinzufügen und "
            "ankreuzen",
            "Escriba un desencadenante que no esté en la lista y pulse Intro para añadirlo y marcarlo"),
        "Add": ("Hinzufügen", "Añadir"),
        "Add trigger": ("Auslöser hinzufügen", "Añadir desencadenante"),
        "Add the typed trigger (Enter)": ("Den eingegebenen Auslöser hinzufügen (Eingabetaste)",
                                          "Añadir el desencadenante escrito (Intro)"),
    },
}
