"""diary_app/ui/app.py: the message for an unexpected error"""

PHRASES = {
    "App": {
        "Something went wrong: {0}\n\nWhat you saved before is safe. The details were written to the error output "
        "(stderr).": (
            "Etwas ist schiefgegangen: {0}\n\nWas Sie vorher gespeichert haben, ist sicher. Die Einzelheiten wurden "
            "in die Fehlerausgabe (stderr) geschrieben.",
            "Algo salió mal: {0}\n\nLo que guardó antes está a salvo. Los detalles se escribieron en la salida de "
            "errores (stderr)."),
    },
}
