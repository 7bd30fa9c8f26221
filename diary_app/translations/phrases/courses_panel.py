"""diary_app/ui/courses_panel.py (its table headers: context CoursesPanel, not "")"""

PHRASES = {
    "CoursesPanel": {
        "infusion": ("Infusion", "infusión"),
        " ({0} days)": (" ({0} Tage)", " ({0} días)"),
        "Date": ("Datum", "Fecha"),
        "Kind": ("Art", "Tipo"),
        "injection": ("Injektion", "inyección"),
        "Dose": ("Dosis", "Dosis"),
        "Note": ("Notiz", "Nota"),
        "&Start course…": ("Prophylaxe be&ginnen…", "&Iniciar tratamiento preventivo…"),
        "St&op course…": ("Prophylaxe be&enden…", "&Finalizar tratamiento preventivo…"),
        "Add in&jection…": ("&Injektion hinzufügen…", "Añadir in&yección…"),
        "Add infusio&n…": ("I&nfusion hinzufügen…", "Añadir infusió&n…"),
        "Ed&it course…": ("Prophylaxe bea&rbeiten…", "Editar t&ratamiento preventivo…"),
        "De&lete course…": ("Prophylaxe &löschen…", "E&liminar tratamiento preventivo…"),
        "Course shown below": ("Unten gezeigte Prophylaxe", "Tratamiento preventivo mostrado abajo"),
        "Course outcome against the baseline": ("Ergebnis der Prophylaxe gegenüber der Ausgangsphase",
                                                "Resultado del tratamiento preventivo frente al periodo basal"),
        "Continuation check": ("Prüfung der Fortsetzung", "Comprobación para continuar"),
        "&Course:": ("&Prophylaxe:", "&Tratamiento:"),
        "Outcome against the original baseline": ("Ergebnis gegenüber der ursprünglichen Ausgangsphase",
                                                  "Resultado frente al periodo basal original"),
        "now": ("jetzt", "ahora"),
        "Preventive courses timeline": ("Zeitleiste der Prophylaxen", "Cronología de los tratamientos preventivos"),
        "No preventive course yet. Start one with “Start course…”; an injection or a preventive infusion starts "
        "one too.": (
            "Noch keine Prophylaxe. Beginnen Sie eine mit „Prophylaxe beginnen…“; eine Injektion oder eine "
            "prophylaktische Infusion beginnt ebenfalls eine.",
            "Todavía no hay ningún tratamiento preventivo. Inicie uno con «Iniciar tratamiento preventivo…»; "
            "una inyección o una infusión preventiva también lo inicia."),
    },
    "AdministrationsBox": {
        "Administrations of the course": ("Gaben der Prophylaxe", "Administraciones del tratamiento"),
        "None yet: a tablet course has no administrations.": (
            "Noch keine: Eine Prophylaxe mit Tabletten hat keine einzelnen Gaben.",
            "Ninguna todavía: un tratamiento con comprimidos no tiene administraciones."),
        "Administrations": ("Gaben", "Administraciones"),
        "Edi&t infusion…": ("Infusi&on bearbeiten…", "Editar infu&sión…"),
        "&Remove infusion…": ("Infusion lö&schen…", "Eli&minar infusión…"),
        "Edi&t injection…": ("Injekti&on bearbeiten…", "Editar inye&cción…"),
        "&Remove injection…": ("Injektion lö&schen…", "Eli&minar inyección…"),
    },
}
