"""diary_app/ui/catch_up.py"""

PHRASES = {
    "CatchUpBanner": {
        "Not recorded yet:": ("Noch nicht eingetragen:", "Aún sin registrar:"),
        "Open the entry form for {0}": ("Eintrag für {0} öffnen", "Abrir el registro del {0}"),
        "Fill in {0}": ("{0} eintragen", "Registrar el {0}"),
        "Mark them headache-free": ("Als kopfschmerzfrei eintragen", "Marcarlos sin dolor de cabeza"),
        "Close this reminder": ("Diesen Hinweis schließen", "Cerrar este aviso"),
        "Later: the days stay unrecorded": ("Später: Die Tage bleiben offen",
                                            "Más tarde: los días quedan sin registrar"),
    },
}
