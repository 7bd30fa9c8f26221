"""diary_app/ui/reminders.py and diary_app/ui/dialogs/reminder_dialog.py"""

PHRASES = {
    "DailyReminder": {
        "Migraine Diary": ("Migraine Diary", "Migraine Diary"),  # the product's name
        "Time to fill in your migraine diary": ("Zeit für den Eintrag in Ihr Kopfschmerztagebuch",
                                                "Es hora de completar su diario de cefaleas"),
    },
    "ReminderDialog": {
        "Daily reminder": ("Tägliche Erinnerung", "Recordatorio diario"),
    },
    "ReminderFields": {
        "&Remind me every day at": ("Jeden Tag &erinnern um", "&Recordármelo cada día a las"),
        "Reminder time": ("Uhrzeit der Erinnerung", "Hora del recordatorio"),
        "While Migraine Diary is running, a message in the system tray reminds you if the day is not recorded yet.": (
            "Solange Migraine Diary läuft, erinnert Sie eine Meldung im Infobereich, wenn der Tag noch nicht "
            "eingetragen ist.",
            "Mientras Migraine Diary esté abierto, un mensaje en la bandeja del sistema le avisa si el día aún "
            "no está registrado."),
        "This desktop has no system tray, so the reminder cannot be shown here.": (
            "Diese Arbeitsumgebung hat keinen Infobereich; die Erinnerung kann hier nicht angezeigt werden.",
            "Este escritorio no tiene bandeja del sistema, así que el recordatorio no puede mostrarse aquí."),
    },
}
