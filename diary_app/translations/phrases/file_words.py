"""diary_app/exporters/words.py's context FileWords: the import preview's lines (exporters/imports),
what an import wrote (history_import.py, transfer.py) and the messages about files read and written."""

PHRASES = {
    "FileWords": {
        # imports/history.py: the lines of the import preview and of `import --dry-run`
        "Format: {0}": ("Format: {0}", "Formato: {0}"),
        "{0} attack(s)": (("{0} Attacke", "{0} Attacken"), ("{0} crisis", "{0} crisis")),
        "on {0} day(s)": (("an {0} Tag", "an {0} Tagen"), ("en {0} día", "en {0} días")),
        "{0} headache-free day(s) stated in the file": (
            ("{0} kopfschmerzfreier Tag laut Datei", "{0} kopfschmerzfreie Tage laut Datei"),
            ("{0} día sin dolor de cabeza indicado en el archivo",
             "{0} días sin dolor de cabeza indicados en el archivo")),
        "{0} preventive injection(s) ({1})": (
            ("{0} prophylaktische Injektion ({1})", "{0} prophylaktische Injektionen ({1})"),
            ("{0} inyección preventiva ({1})", "{0} inyecciones preventivas ({1})")),
        "Dates: {0} to {1}": ("Zeitraum: {0} bis {1}", "Fechas: del {0} al {1}"),
        "Medications not in the catalogue (kept as written, class other): {0}": (
            "Medikamente, die nicht im Katalog stehen (wie geschrieben übernommen, Klasse „Andere“): {0}",
            "Medicamentos que no están en el catálogo (se guardan tal como están escritos, clase «Otros»): {0}"),
        "Columns not used: {0}": ("Nicht verwendete Spalten: {0}", "Columnas no utilizadas: {0}"),
        "{0}: looks like an export from {1}, but it has problems:": (
            "{0}: sieht aus wie ein Export aus {1}, hat aber Fehler:",
            "{0}: parece una exportación de {1}, pero tiene problemas:"),
        # imports/migraine_buddy.py, bearable.py, apple_health.py: what the file held and was not taken
        "Not imported: {0} ongoing event(s) from the block at the top of the file (the diary has no place for them)": (
            ("Nicht importiert: {0} laufendes Ereignis aus dem Block am Anfang der Datei (das Tagebuch hat keinen "
             "Platz dafür)",
             "Nicht importiert: {0} laufende Ereignisse aus dem Block am Anfang der Datei (das Tagebuch hat keinen "
             "Platz dafür)"),
            ("No importado: {0} evento en curso del bloque al principio del archivo (el diario no tiene lugar "
             "para ellos)",
             "No importados: {0} eventos en curso del bloque al principio del archivo (el diario no tiene lugar "
             "para ellos)")),
        "Not imported: {0} other reading(s): {1}": (
            ("Nicht importiert: {0} anderer Eintrag: {1}", "Nicht importiert: {0} andere Einträge: {1}"),
            ("No importado: {0} otro registro: {1}", "No importados: {0} otros registros: {1}")),
        "(no category)": ("(keine Kategorie)", "(sin categoría)"),
        "symptom {0}": ("Symptom {0}", "síntoma {0}"),
        "{0} on {1}": ("{0} am {1}", "{0} el {1}"),
        "Not imported: {0} medication reading(s) on days without a migraine or headache ({1}); the diary keeps "
        "doses with attacks, and preventive injections under Treatments": (
            ("Nicht importiert: {0} Medikamenteneintrag an Tagen ohne Migräne oder Kopfschmerz ({1}); das Tagebuch "
             "führt Einnahmen bei den Attacken und prophylaktische Injektionen unter Behandlungen",
             "Nicht importiert: {0} Medikamenteneinträge an Tagen ohne Migräne oder Kopfschmerz ({1}); das Tagebuch "
             "führt Einnahmen bei den Attacken und prophylaktische Injektionen unter Behandlungen"),
            ("No importado: {0} registro de medicación en días sin migraña ni cefalea ({1}); el diario guarda las "
             "tomas con las crisis y las inyecciones preventivas en Tratamientos",
             "No importados: {0} registros de medicación en días sin migraña ni cefalea ({1}); el diario guarda las "
             "tomas con las crisis y las inyecciones preventivas en Tratamientos")),
        "Apple Health does not say which headaches were migraines: all are imported as headaches": (
            "Apple Health gibt nicht an, welche Kopfschmerzen Migräne waren: Alle werden als Kopfschmerz importiert",
            "Apple Health no indica qué cefaleas fueron migrañas: todas se importan como cefalea"),
        "Not used: {0} other Apple Health record(s) (steps, heart rate and the like)": (
            ("Nicht verwendet: {0} anderer Apple-Health-Eintrag (Schritte, Herzfrequenz und Ähnliches)",
             "Nicht verwendet: {0} andere Apple-Health-Einträge (Schritte, Herzfrequenz und Ähnliches)"),
            ("No utilizado: {0} otro registro de Apple Health (pasos, frecuencia cardiaca y similares)",
             "No utilizados: {0} otros registros de Apple Health (pasos, frecuencia cardiaca y similares)")),
        # imports/detect.py: a file that cannot be read or is none of the known formats
        "is empty": ("ist leer", "está vacío"),
        "is none of the formats the diary can import": (
            "hat keines der Formate, die das Tagebuch importieren kann",
            "no tiene ninguno de los formatos que el diario puede importar"),
        "is a zip file without {0} in it": ("ist eine ZIP-Datei ohne {0}", "es un archivo ZIP sin {0}"),
        "cannot be opened as a zip file ({0})": (
            "lässt sich nicht als ZIP-Datei öffnen ({0})", "no se puede abrir como archivo ZIP ({0})"),
        "a Migraine Buddy CSV export, a Bearable CSV export, a Headi CSV export, an Apple Health export "
        "(export.xml or the export.zip it comes in), or this diary's own days CSV or JSON backup": (
            "einen CSV-Export aus Migraine Buddy, Bearable oder Headi, einen Apple-Health-Export (export.xml oder "
            "die export.zip, in der sie kommt) oder die eigene Tage-CSV oder JSON-Sicherung dieses Tagebuchs",
            "una exportación CSV de Migraine Buddy, Bearable o Headi, una exportación de Apple Health (export.xml "
            "o el export.zip en que viene) o el CSV de días o la copia de seguridad JSON de este diario"),
        "{0}; the diary imports {1}": ("{0}; das Tagebuch importiert {1}", "{0}; el diario importa {1}"),
        "{0}: cannot be read ({1}); nothing was imported": (
            "{0}: lässt sich nicht lesen ({1}); es wurde nichts importiert",
            "{0}: no se puede leer ({1}); no se importó nada"),
        # history_import.py and transfer.py: what an import wrote
        "%n attack(s)": (("%n Attacke", "%n Attacken"), ("%n crisis", "%n crisis")),
        "(%n already in the diary were skipped)": (
            ("(%n war schon im Tagebuch und wurde übersprungen)",
             "(%n waren schon im Tagebuch und wurden übersprungen)"),
            ("(%n ya estaba en el diario y se omitió)", "(%n ya estaban en el diario y se omitieron)")),
        "%n preventive injection(s)": (
            ("%n prophylaktische Injektion", "%n prophylaktische Injektionen"),
            ("%n inyección preventiva", "%n inyecciones preventivas")),
        "%n headache-free day(s)": (
            ("%n kopfschmerzfreier Tag", "%n kopfschmerzfreie Tage"),
            ("%n día sin dolor de cabeza", "%n días sin dolor de cabeza")),
        "Imported {0} and {1}": ("Importiert: {0} und {1}", "Importado: {0} y {1}"),
        "%n infusion(s)": (("%n Infusion", "%n Infusionen"), ("%n infusión", "%n infusiones")),
        "%n course(s)": (("%n Prophylaxe", "%n Prophylaxen"),
                         ("%n tratamiento preventivo", "%n tratamientos preventivos")),
        "%n injection(s)": (("%n Injektion", "%n Injektionen"), ("%n inyección", "%n inyecciones")),
        # transfer.py: files that cannot be imported, read or written
        "{0}: cannot import '{1}' files; use .csv (days) or .json (backup)": (
            "{0}: Dateien vom Typ „{1}“ lassen sich nicht importieren; verwenden Sie .csv (Tage) oder .json "
            "(Sicherung)",
            "{0}: no se pueden importar archivos «{1}»; use .csv (días) o .json (copia de seguridad)"),
        "no suffix": ("ohne Endung", "sin extensión"),
        "{0}: is an open diary, not a file to import; nothing was imported": (
            "{0}: ist ein geöffnetes Tagebuch, keine Datei zum Importieren; es wurde nichts importiert",
            "{0}: es un diario abierto, no un archivo para importar; no se importó nada"),
        "{0}: cannot export '{1}' files; use .csv, .json, .pdf or .ics": (
            "{0}: Dateien vom Typ „{1}“ lassen sich nicht exportieren; verwenden Sie .csv, .json, .pdf oder .ics",
            "{0}: no se pueden exportar archivos «{1}»; use .csv, .json, .pdf o .ics"),
        "{0}: cannot be written ({1}); nothing was exported": (
            "{0}: lässt sich nicht schreiben ({1}); es wurde nichts exportiert",
            "{0}: no se puede escribir ({1}); no se exportó nada"),
        # the problems of a file's rows (after "file:line: column: "), imports/rows.py, values.py and each reader
        "is not a readable CSV row ({0})": ("ist keine lesbare CSV-Zeile ({0})", "no es una fila CSV legible ({0})"),
        "has a line longer than {0} MiB": ("hat eine Zeile länger als {0} MiB", "tiene una línea de más de {0} MiB"),
        "is not UTF-8 text": ("ist kein UTF-8-Text", "no es texto UTF-8"),
        "has {0} cells but the header has {1} columns": (
            "hat {0} Zellen, die Kopfzeile aber {1} Spalten",
            "tiene {0} celdas, pero el encabezado tiene {1} columnas"),
        "'{0}' is not a number": ("„{0}“ ist keine Zahl", "«{0}» no es un número"),
        "'{0}' is not a whole number from 0 to 10": (
            "„{0}“ ist keine ganze Zahl von 0 bis 10", "«{0}» no es un número entero de 0 a 10"),
        "'{0}' names no medication": ("„{0}“ nennt kein Medikament", "«{0}» no nombra ningún medicamento"),
        "'{0}' is not an amount such as 50 or 50 mg": (
            "„{0}“ ist keine Menge wie 50 oder 50 mg", "«{0}» no es una cantidad como 50 o 50 mg"),
        'has no table of attacks (a header row starting "#","Started","Lasted")': (
            'hat keine Tabelle der Attacken (eine Kopfzeile, die mit "#","Started","Lasted" beginnt)',
            'no tiene tabla de crisis (una fila de encabezado que empiece por "#","Started","Lasted")'),
        "'{0}' is not a date and time like 9/25/20 14:30": (
            "„{0}“ ist kein Datum mit Uhrzeit wie 9/25/20 14:30", "«{0}» no es una fecha y hora como 9/25/20 14:30"),
        "'{0}' is not a real date and time (month/day/year hour:minute)": (
            "„{0}“ ist kein gültiges Datum mit Uhrzeit (Monat/Tag/Jahr Stunde:Minute)",
            "«{0}» no es una fecha y hora válida (mes/día/año hora:minuto)"),
        "'{0}' is not a duration like 01h 00m or 1d 02h 15m": (
            "„{0}“ ist keine Dauer wie 01h 00m oder 1d 02h 15m", "«{0}» no es una duración como 01h 00m o 1d 02h 15m"),
        "'{0}' is not a whole number of minutes": (
            "„{0}“ ist keine ganze Zahl von Minuten", "«{0}» no es un número entero de minutos"),
        "{0} minutes is not a UTC offset": (
            "{0} Minuten sind keine UTC-Abweichung", "{0} minutos no es una diferencia horaria con UTC"),
        "'{0}' is not a date like 25th Sep 2020": (
            "„{0}“ ist kein Datum wie 25th Sep 2020", "«{0}» no es una fecha como 25th Sep 2020"),
        "'{0}' is not a real calendar date": ("„{0}“ ist kein gültiges Kalenderdatum", "«{0}» no es una fecha válida"),
        "'{0}' is not a time of day": ("„{0}“ ist keine Uhrzeit", "«{0}» no es una hora del día"),
        "'{0}' is not a symptom severity from 0 to 4": (
            "„{0}“ ist keine Symptomstärke von 0 bis 4", "«{0}» no es una intensidad de síntoma de 0 a 4"),
        "has no {0} column": ("hat keine Spalte {0}", "no tiene columna {0}"),
        "is the same as on line {0}": ("ist dieselbe wie in Zeile {0}", "es el mismo que en la línea {0}"),
        "is empty: every Headi record has an id": (
            "ist leer: Jeder Headi-Eintrag hat eine ID", "está vacío: cada registro de Headi tiene un identificador"),
        "'{0}' is negative": ("„{0}“ ist negativ", "«{0}» es negativo"),
        "{0} amount(s) for {1} medication(s)": (
            "{0} Mengenangabe(n) für {1} Medikament(e)", "{0} cantidad(es) para {1} medicamento(s)"),
        "'{0}' is not a number of milliseconds": (
            "„{0}“ ist keine Zahl von Millisekunden", "«{0}» no es un número de milisegundos"),
        "'{0}' is not a time in milliseconds since 1970": (
            "„{0}“ ist keine Zeit in Millisekunden seit 1970", "«{0}» no es un tiempo en milisegundos desde 1970"),
        "'{0}' is not a headache severity (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified or "
        "NotPresent)": (
            "„{0}“ ist keine Kopfschmerzstärke (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified oder "
            "NotPresent)",
            "«{0}» no es una intensidad de cefalea (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified o "
            "NotPresent)"),
        "declares the entity '{0}'; Apple Health exports declare none, so it is not read": (
            "deklariert die Entität „{0}“; Apple-Health-Exporte deklarieren keine, daher wird sie nicht gelesen",
            "declara la entidad «{0}»; las exportaciones de Apple Health no declaran ninguna, así que no se lee"),
        "the file breaks off or is damaged here: {0} (column {1})": (
            "die Datei bricht hier ab oder ist beschädigt: {0} (Spalte {1})",
            "el archivo se interrumpe o está dañado aquí: {0} (columna {1})"),
        "the archive is damaged here ({0})": (
            "das Archiv ist hier beschädigt ({0})", "el archivo ZIP está dañado aquí ({0})"),
        "has no HealthData element: is this an Apple Health export.xml?": (
            "hat kein HealthData-Element: Ist das eine export.xml aus Apple Health?",
            "no tiene elemento HealthData: ¿es un export.xml de Apple Health?"),
        "'{0}' is not a date and time like 2020-09-25 10:00:00 +0200": (
            "„{0}“ ist kein Datum mit Uhrzeit wie 2020-09-25 10:00:00 +0200",
            "«{0}» no es una fecha y hora como 2020-09-25 10:00:00 +0200"),
        # backup_json.py and days_csv.py: the diary's own backup and days CSV
        'is not a Migraine Diary backup (no "format": "{0}")': (
            'ist keine Sicherung von Migraine Diary (kein "format": "{0}")',
            'no es una copia de seguridad de Migraine Diary (falta "format": "{0}")'),
        "was written by a newer version of Migraine Diary": (
            "wurde von einer neueren Version von Migraine Diary geschrieben",
            "fue escrito por una versión más reciente de Migraine Diary"),
        "not valid CSV here ({0})": ("hier kein gültiges CSV ({0})", "CSV no válido aquí ({0})"),
        "a line is longer than {0} million characters": (
            "eine Zeile ist länger als {0} Millionen Zeichen", "una línea tiene más de {0} millones de caracteres"),
        "is not UTF-8 text; save it as UTF-8 CSV": (
            "ist kein UTF-8-Text; speichern Sie die Datei als UTF-8-CSV",
            "no es texto UTF-8; guárdelo como CSV UTF-8"),
        "{0} appears twice (first on line {1})": (
            "{0} kommt zweimal vor (zuerst in Zeile {1})", "{0} aparece dos veces (la primera en la línea {1})"),
        "is empty: a header row with a 'date' column is needed": (
            "ist leer: Nötig ist eine Kopfzeile mit einer Spalte „date“",
            "está vacío: se necesita una fila de encabezado con una columna «date»"),
        "is not a text file (it contains NUL bytes)": (
            "ist keine Textdatei (sie enthält NUL-Bytes)", "no es un archivo de texto (contiene bytes NUL)"),
        "the header row has no 'date' column; is this a days CSV?": (
            "die Kopfzeile hat keine Spalte „date“; ist das eine Tage-CSV?",
            "la fila de encabezado no tiene columna «date»; ¿es un CSV de días?"),
        "{0} and {1} more": ("{0} und {1} weitere", "{0} y {1} más"),
        "unknown column(s) {0}; known columns: {1}": (
            "unbekannte Spalte(n) {0}; bekannte Spalten: {1}",
            "columna(s) desconocida(s) {0}; columnas conocidas: {1}"),
        "column(s) {0} appear more than once": (
            "Spalte(n) {0} kommen mehrfach vor", "la(s) columna(s) {0} aparece(n) más de una vez"),
    },
}
