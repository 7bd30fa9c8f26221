"""diary_app/ui/dialogs/import_preview.py"""

PHRASES = {
    "ImportPreviewDialog": {
        "The app records attacks, not headache-free days, so a day it does not mention may have been "
        "headache-free or simply not logged: tick this only if you logged every attack in that time.": (
            "Die App erfasst Attacken, keine kopfschmerzfreien Tage: Ein Tag, den sie nicht erwähnt, kann "
            "kopfschmerzfrei oder einfach nicht eingetragen gewesen sein. Kreuzen Sie dies nur an, wenn Sie in "
            "dieser Zeit jede Attacke eingetragen haben.",
            "La aplicación registra crisis, no días sin dolor de cabeza: un día que no menciona puede haber sido "
            "sin dolor o simplemente no registrado. Marque esto solo si registró todas las crisis de ese periodo."),
        "Import from {0}": ("Import aus {0}", "Importar desde {0}"),
        "<b>{0}</b> is an export from {1}. Nothing has been written yet.": (
            "<b>{0}</b> ist ein Export aus {1}. Noch wurde nichts geschrieben.",
            "<b>{0}</b> es una exportación de {1}. Todavía no se ha escrito nada."),
        "Mark the days without an attack between {0} and {1} as headache-free": (
            "Tage ohne Attacke zwischen {0} und {1} als kopfschmerzfrei eintragen",
            "Marcar los días sin crisis entre el {0} y el {1} como sin dolor de cabeza"),
        "Importing the same file again later adds nothing new. Days you already recorded are never made milder: "
        "flags are combined and the highest severity kept.": (
            "Wird dieselbe Datei später erneut importiert, kommt nichts hinzu. Bereits eingetragene Tage werden nie "
            "milder: Angaben werden zusammengeführt, die höchste Schmerzstärke bleibt.",
            "Importar el mismo archivo más tarde no añade nada nuevo. Los días ya registrados nunca se suavizan: "
            "los datos se combinan y se conserva la intensidad más alta."),
        "&Import": ("&Importieren", "&Importar"),
    },
}
