"""diary_app/ui/month_grid.py (its other texts are in calendar_view.py's book): an attack's kind in a day's tooltip"""

PHRASES = {
    "MonthGrid": {
        "migraine": ("Migräne", "migraña"),
        "headache": ("Kopfschmerz", "cefalea"),
    },
}
