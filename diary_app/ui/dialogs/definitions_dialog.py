"""Help > Definitions: the counting rules in plain words, in the interface's language.

The full page is docs/definitions.md (definitions.de.md, definitions.es.md) when shipped beside
the package or inside it; without it a short built-in summary in the same language is shown.
"""

from __future__ import annotations

from pathlib import Path

import diary_app
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

BUILT_IN = """# How the diary counts

- **Recorded day**: a day you saved. A day you did not record is *unknown*; it is never
  counted as headache-free.
- **Headache day**: a recorded day with a headache (every migraine day is one).
- **Migraine day**: a day you marked as migraine, or a headache day on which you took a
  triptan or an ergot (such as DHE).
- **Chronic month**: 15 or more migraine days. **Episodic month**: 14 or fewer migraine days
  even if every unrecorded day had been a migraine day. Otherwise the month is **incomplete**.
- **Medication overuse** (ICHD-3 8.2): triptans, ergots, opioids or combination analgesics on
  10 or more days of a month, simple analgesics on 15 or more, or 10 or more days of two or
  more of these classes together.
- **Infusion outcome**: migraine days per 28 days in the 28 days before a preventive infusion
  (baseline) and in weeks 1-4, 5-8 and 9-12 after its last day. A period needs at least 14
  recorded days. The reduction compares the mean follow-up rate with the baseline; a 50% (75%)
  responder has at least 50% (75%) fewer migraine days.
- **Next infusion due**: the last preventive infusion plus its interval (12 weeks for
  eptinezumab); "due soon" within 14 days.
"""

BUILT_IN_DE = """# Wie das Tagebuch zählt

- **Erfasster Tag**: ein Tag, den Sie gespeichert haben. Ein nicht erfasster Tag ist *unbekannt*;
  er zählt nie als kopfschmerzfrei.
- **Kopfschmerztag**: ein erfasster Tag mit Kopfschmerz (jeder Migränetag ist einer).
- **Migränetag**: ein als Migräne markierter Tag oder ein Kopfschmerztag, an dem Sie ein
  Triptan oder ein Ergotalkaloid (z. B. Dihydroergotamin) eingenommen haben.
- **Chronischer Monat**: 15 oder mehr Migränetage. **Episodischer Monat**: 14 oder weniger
  Migränetage, selbst wenn jeder nicht erfasste Tag ein Migränetag gewesen wäre. Sonst ist der
  Monat **unvollständig**.
- **Medikamentenübergebrauch** (ICHD-3 8.2): Triptane, Ergotalkaloide, Opioide oder
  Kombinationsanalgetika an 10 oder mehr Tagen eines Monats, einfache Analgetika an 15 oder mehr,
  oder 10 oder mehr Tage mit zwei oder mehr dieser Klassen zusammen.
- **Ergebnis einer Infusion**: Migränetage pro 28 Tage in den 28 Tagen vor einer prophylaktischen
  Infusion (Ausgangsphase) und in den Wochen 1-4, 5-8 und 9-12 nach ihrem letzten Tag. Ein Zeitraum
  braucht mindestens 14 erfasste Tage. Die Reduktion vergleicht die mittlere Rate der
  Nachbeobachtung mit der Ausgangsphase; ein 50-%-(75-%-)Responder hat mindestens 50 % (75 %) weniger
  Migränetage.
- **Nächste Infusion fällig**: die letzte prophylaktische Infusion plus ihr Intervall (12 Wochen
  bei Eptinezumab); „bald fällig“ innerhalb von 14 Tagen.
"""

BUILT_IN_ES = """# Cómo cuenta el diario

- **Día registrado**: un día que ha guardado. Un día no registrado es *desconocido*; nunca
  cuenta como día sin cefalea.
- **Día de cefalea**: un día registrado con cefalea (todo día de migraña lo es).
- **Día de migraña**: un día marcado como migraña, o un día de cefalea en el que tomó un
  triptán o un ergótico (como la dihidroergotamina).
- **Mes crónico**: 15 o más días de migraña. **Mes episódico**: 14 o menos días de migraña
  aunque cada día no registrado hubiera sido de migraña. Si no, el mes queda **incompleto**.
- **Uso excesivo de medicación** (ICHD-3 8.2): triptanes, ergóticos, opioides o analgésicos
  combinados 10 o más días de un mes, analgésicos simples 15 o más, o 10 o más días de dos o
  más de estas clases juntas.
- **Resultado de una infusión**: días de migraña por 28 días en los 28 días previos a una
  infusión preventiva (periodo basal) y en las semanas 1-4, 5-8 y 9-12 tras su último día. Un
  periodo necesita al menos 14 días registrados. La reducción compara la tasa media del
  seguimiento con el periodo basal; un respondedor al 50 % (75 %) tiene al menos un 50 % (75 %)
  menos días de migraña.
- **Próxima infusión**: la última infusión preventiva más su intervalo (12 semanas para
  eptinezumab); «pronto» dentro de 14 días.
"""

BUILT_IN_BY_LANGUAGE = {"de": BUILT_IN_DE, "es": BUILT_IN_ES}


def interface_language() -> str:
    """'de' or 'es' when the application's locale (set by the translations) is one of them, else 'en'."""
    language = QLocale().language()
    if language == QLocale.Language.C:
        language = QLocale.system().language()
    return {QLocale.Language.German: "de", QLocale.Language.Spanish: "es"}.get(language, "en")


def definitions_page(language: str = "en") -> Path | None:
    """The definitions page in that language, inside the package (wheel, bundle) or in docs/."""
    root = Path(diary_app.__file__).parent
    name = "definitions.md" if language == "en" else f"definitions.{language}.md"
    for candidate in (root / "resources" / name, root.parent / "docs" / name):
        if candidate.is_file():
            return candidate
    return None


def definitions_text(language: str = "en") -> str:
    """The full definitions page in that language, else the built-in summary in it."""
    page = definitions_page(language)
    return page.read_text(encoding="utf-8") if page else BUILT_IN_BY_LANGUAGE.get(language, BUILT_IN)


class DefinitionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Definitions"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        language = interface_language()
        page = definitions_page(language)
        if page:  # as a source, so the links to the other languages' pages open in place
            self.browser.setSource(QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource)
        else:
            self.browser.setMarkdown(definitions_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # Qt translates its text
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
