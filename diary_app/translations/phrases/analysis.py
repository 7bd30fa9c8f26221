"""diary_app/domain/analysis (context Domain: the window shows them through diary_app.i18n.domain_text)"""

PHRASES = {
    "Domain": {
        "{0} is before the start month {1}": ("{0} liegt vor dem ersten Monat {1}", "{0} es anterior al mes inicial {1}"),
    },
}
