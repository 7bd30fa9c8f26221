"""diary_app/ui/treatments_view.py (its medication table's headers: context TreatmentsView, not "")"""

PHRASES = {
    "TreatmentsView": {
        "nerve block": ("Nervenblockade", "bloqueo nervioso"),
        "today": ("heute", "hoy"),
        "in %n day(s)": (("in %n Tag", "in %n Tagen"), ("en %n día", "en %n días")),
        "%n day(s) overdue": (("%n Tag überfällig", "%n Tage überfällig"), ("%n día de retraso", "%n días de retraso")),
        "Next {0} infusion due {1} ({2}); last one {3}.": (
            "Nächste Infusion mit {0} fällig am {1} ({2}); letzte am {3}.",
            "Próxima infusión de {0} prevista el {1} ({2}); la última, el {3}."),
        "Name": ("Name", "Nombre"),
        "Class": ("Klasse", "Clase"),
        "Role": ("Einsatz", "Uso"),
        "Route": ("Applikationsweg", "Vía"),
        "Source": ("Herkunft", "Origen"),
        "catalogue": ("Katalog", "catálogo"),
        "your own": ("eigener Eintrag", "propio"),
        "Your medications": ("Ihre Medikamente", "Sus medicamentos"),
        "Add &medication…": ("&Medikament hinzufügen…", "Añadir &medicamento…"),
        "Courses": ("Prophylaxen", "Tratamientos preventivos"),
        "Cycle view (each infusion)": ("Zyklusansicht (jede Infusion)", "Vista por ciclo (cada infusión)"),
        "Delete infusion": ("Infusion löschen", "Eliminar infusión"),
        "Delete the {0} infusion of {1}? You can undo this with Ctrl+Z.": (
            "Infusion {0} vom {1} löschen? Mit Strg+Z können Sie das rückgängig machen.",
            "¿Eliminar la infusión de {0} del {1}? Puede deshacerlo con Ctrl+Z."),
        "Delete": ("Löschen", "Eliminar"),
        "Stop course": ("Prophylaxe beenden", "Finalizar tratamiento preventivo"),
        "No preventive course is running.": ("Es läuft keine Prophylaxe.",
                                             "No hay ningún tratamiento preventivo en curso."),
        "Delete course": ("Prophylaxe löschen", "Eliminar tratamiento preventivo"),
        "This {0} course was started by its injections or infusions, not recorded on its own: delete them "
        "(under Administrations) to remove it.": (
            "Diese Prophylaxe mit {0} ergibt sich aus ihren Injektionen oder Infusionen und ist nicht eigens "
            "eingetragen: Löschen Sie diese (unter Gaben), um sie zu entfernen.",
            "Este tratamiento preventivo con {0} lo iniciaron sus inyecciones o infusiones, no se registró por "
            "separado: elimínelas (en Administraciones) para quitarlo."),
        "Delete the {0} course that started on {1}? Its injections and infusions stay. You can undo this with "
        "Ctrl+Z.": (
            "Die am {1} begonnene Prophylaxe mit {0} löschen? Ihre Injektionen und Infusionen bleiben. Mit "
            "Strg+Z können Sie das rückgängig machen.",
            "¿Eliminar el tratamiento preventivo con {0} iniciado el {1}? Sus inyecciones e infusiones se "
            "conservan. Puede deshacerlo con Ctrl+Z."),
        "Delete injection": ("Injektion löschen", "Eliminar inyección"),
        "Delete the {0} injection of {1}? You can undo this with Ctrl+Z.": (
            "Injektion {0} vom {1} löschen? Mit Strg+Z können Sie das rückgängig machen.",
            "¿Eliminar la inyección de {0} del {1}? Puede deshacerlo con Ctrl+Z."),
    },
}
