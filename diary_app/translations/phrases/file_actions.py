"""diary_app/ui/file_actions.py (and the diary file filter of diary_app/ui/opening.py)"""

PHRASES = {
    "FileActions": {
        "… and %n more problem(s)": (("… und %n weiterer Fehler", "… und %n weitere Fehler"),
                                     ("… y %n problema más", "… y %n problemas más")),
        "Diary files and other apps' exports (*.csv *.json *.xml *.zip);;Days CSV (*.csv);;JSON backup (*.json);;"
        "Migraine Buddy, Bearable or Headi export (*.csv);;Apple Health export (*.xml *.zip);;All files (*)": (
            "Tagebuchdateien und Exporte anderer Apps (*.csv *.json *.xml *.zip);;Tage-CSV (*.csv);;"
            "JSON-Sicherung (*.json);;Export aus Migraine Buddy, Bearable oder Headi (*.csv);;"
            "Apple-Health-Export (*.xml *.zip);;Alle Dateien (*)",
            "Archivos del diario y exportaciones de otras aplicaciones (*.csv *.json *.xml *.zip);;"
            "CSV de días (*.csv);;Copia de seguridad JSON (*.json);;"
            "Exportación de Migraine Buddy, Bearable o Headi (*.csv);;"
            "Exportación de Apple Salud (*.xml *.zip);;Todos los archivos (*)"),
        "Nothing was imported": ("Nichts wurde importiert", "No se importó nada"),
        "{0} has problems; nothing was imported.": ("{0} enthält Fehler; nichts wurde importiert.",
                                                    "{0} tiene problemas; no se importó nada."),
        "Import": ("Importieren", "Importar"),
        "Importing {0}…": ("{0} wird importiert…", "Importando {0}…"),
        "Imported %n day(s) and {0} from {1}.": (
            ("%n Tag und {0} aus {1} importiert.", "%n Tage und {0} aus {1} importiert."),
            ("Se importaron %n día y {0} desde {1}.", "Se importaron %n días y {0} desde {1}.")),
        "%n of those days were recorded before; the file's version replaced them.": (
            ("%n dieser Tage war schon eingetragen; die Fassung aus der Datei hat ihn ersetzt.",
             "%n dieser Tage waren schon eingetragen; die Fassung aus der Datei hat sie ersetzt."),
            ("%n de esos días ya estaba registrado; la versión del archivo lo reemplazó.",
             "%n de esos días ya estaban registrados; la versión del archivo los reemplazó.")),
        "Reading {0}…": ("{0} wird gelesen…", "Leyendo {0}…"),
        "Import cancelled: nothing was written.": ("Import abgebrochen: nichts wurde geschrieben.",
                                                   "Importación cancelada: no se escribió nada."),
        "{0} from {1} ({2}).": ("{0} aus {1} ({2}).", "{0} desde {1} ({2})."),
        "Not in the medication catalogue (kept as typed): {0}": (
            "Nicht im Medikamentenkatalog (wie eingegeben übernommen): {0}",
            "No están en el catálogo de medicamentos (se guardan tal como se escribieron): {0}"),
        "Import finished": ("Import abgeschlossen", "Importación terminada"),
        "Export": ("Exportieren", "Exportar"),
        "Export failed": ("Export fehlgeschlagen", "Error al exportar"),
        "Exported to {0}": ("Exportiert nach {0}", "Exportado a {0}"),
        "Choose file…": ("Datei wählen…", "Elegir archivo…"),
        "Export doctor report": ("Arztbericht exportieren", "Exportar el informe para el médico"),
        "PDF files (*.pdf)": ("PDF-Dateien (*.pdf)", "Archivos PDF (*.pdf)"),
        "Report failed": ("Bericht fehlgeschlagen", "Error al crear el informe"),
        "Report written to {0}": ("Bericht gespeichert unter {0}", "Informe guardado en {0}"),
        "Print…": ("Drucken…", "Imprimir…"),
        "Printing failed": ("Drucken fehlgeschlagen", "Error al imprimir"),
        "Sent %n page(s) to the printer.": (
            ("%n Seite an den Drucker gesendet.", "%n Seiten an den Drucker gesendet."),
            ("Se envió %n página a la impresora.", "Se enviaron %n páginas a la impresora.")),
        "Backup failed": ("Sicherung fehlgeschlagen", "Error en la copia de seguridad"),
        "Backup written to {0}": ("Sicherung gespeichert unter {0}", "Copia de seguridad guardada en {0}"),
        "No backups": ("Keine Sicherungen", "Sin copias de seguridad"),
        "There is no backup of this diary yet.": ("Von diesem Tagebuch gibt es noch keine Sicherung.",
                                                  "Todavía no hay ninguna copia de seguridad de este diario."),
        "New diary": ("Neues Tagebuch", "Diario nuevo"),
        "{0} exists already; use Open diary… to open it.": (
            "{0} gibt es schon; öffnen Sie es mit „Tagebuch öffnen…“.",
            "{0} ya existe; ábralo con «Abrir diario…»."),
        "Open diary": ("Tagebuch öffnen", "Abrir diario"),
    },
    "Opening": {
        "Migraine Diary files (*.sqlite3 *.db);;All files (*)": (
            "Migraine-Diary-Dateien (*.sqlite3 *.db);;Alle Dateien (*)",
            "Archivos de Migraine Diary (*.sqlite3 *.db);;Todos los archivos (*)"),
    },
}
