"""diary_app/ui/numbers.py"""

PHRASES = {
    "Numbers": {
        "{0}%": ("{0} %", "{0} %"),
        "yes": ("ja", "sí"),
        "no": ("nein", "no"),
    },
}
