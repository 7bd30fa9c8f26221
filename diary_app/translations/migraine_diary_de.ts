<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AdministrationsBox</name>
        <message>
            <source>Administrations of the course</source>
            <translation>Gaben der Prophylaxe</translation>
        </message>
        <message>
            <source>None yet: a tablet course has no administrations.</source>
            <translation>Noch keine: Eine Prophylaxe mit Tabletten hat keine einzelnen Gaben.</translation>
        </message>
        <message>
            <source>Administrations</source>
            <translation>Gaben</translation>
        </message>
        <message>
            <source>Edi&amp;t infusion…</source>
            <translation>Infusi&amp;on bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Remove infusion…</source>
            <translation>Infusion lö&amp;schen…</translation>
        </message>
        <message>
            <source>Edi&amp;t injection…</source>
            <translation>Injekti&amp;on bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Remove injection…</source>
            <translation>Injektion lö&amp;schen…</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong: {0}

What you saved before is safe. The details were written to the error output (stderr).</source>
            <translation>Etwas ist schiefgegangen: {0}

Was Sie vorher gespeichert haben, ist sicher. Die Einzelheiten wurden in die Fehlerausgabe (stderr) geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>AttackDialog</name>
        <message>
            <source>A&amp;ura</source>
            <translation>A&amp;ura</translation>
        </message>
        <message>
            <source>&amp;Nausea</source>
            <translation>Übelke&amp;it</translation>
        </message>
        <message>
            <source>&amp;Light sensitivity</source>
            <translation>&amp;Photophobie</translation>
        </message>
        <message>
            <source>S&amp;ound sensitivity</source>
            <translation>P&amp;honophobie</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} Std.</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} Min.</translation>
        </message>
        <message>
            <source>Edit attack</source>
            <translation>Attacke bearbeiten</translation>
        </message>
        <message>
            <source>Add attack</source>
            <translation>Attacke hinzufügen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>When the attack started</source>
            <translation>Wann die Attacke begann</translation>
        </message>
        <message>
            <source>&amp;Ended at</source>
            <translation>&amp;Endete am</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>When the attack ended; the length below follows it</source>
            <translation>Wann die Attacke endete; die Dauer darunter passt sich an</translation>
        </message>
        <message>
            <source> h</source>
            <translation> Std.</translation>
        </message>
        <message>
            <source>Lasted, hours</source>
            <translation>Dauer, Stunden</translation>
        </message>
        <message>
            <source>How long the attack lasted: the hours; the end follows</source>
            <translation>Wie lange die Attacke dauerte: die Stunden; das Ende passt sich an</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Lasted, minutes</source>
            <translation>Dauer, Minuten</translation>
        </message>
        <message>
            <source>How long the attack lasted: the minutes; the end follows</source>
            <translation>Wie lange die Attacke dauerte: die Minuten; das Ende passt sich an</translation>
        </message>
        <message>
            <source>&amp;Migraine</source>
            <translation>&amp;Migräne</translation>
        </message>
        <message>
            <source>&amp;Headache</source>
            <translation>&amp;Kopfschmerz</translation>
        </message>
        <message>
            <source>Peak severity, 0 to 10</source>
            <translation>Höchste Schmerzstärke, 0 bis 10</translation>
        </message>
        <message>
            <source>How bad the attack was at its worst: 0 none, 10 the worst imaginable</source>
            <translation>Wie stark die Attacke auf ihrem Höhepunkt war: 0 keine, 10 die schlimmste vorstellbare</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Anything else about the attack, in your own words</source>
            <translation>Alles Weitere zur Attacke, in Ihren eigenen Worten</translation>
        </message>
        <message>
            <source>Where it started, what helped</source>
            <translation>Wo sie begann, was geholfen hat</translation>
        </message>
        <message>
            <source>&amp;Started:</source>
            <translation>&amp;Begann:</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Ende:</translation>
        </message>
        <message>
            <source>L&amp;asted:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Peak se&amp;verity (0-10):</source>
            <translation>Höchste &amp;Schmerzstärke (0–10):</translation>
        </message>
        <message>
            <source>Symptoms:</source>
            <translation>Begleitsymptome:</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <source>Me&amp;dications taken for it</source>
            <translation>Dagegen ei&amp;ngenommene Medikamente</translation>
        </message>
        <message>
            <source>Tri&amp;ggers</source>
            <translation>Auslöse&amp;r</translation>
        </message>
        <message>
            <source>End not known yet: the attack counts on the day it started.</source>
            <translation>Ende noch unbekannt: Die Attacke zählt an dem Tag, an dem sie begann.</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>Das Ende liegt vor dem Beginn.</translation>
        </message>
        <message>
            <source>, over {0} days</source>
            <translation>, über {0} Tage</translation>
        </message>
    </context>
    <context>
        <name>AttackList</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schmerzstärke</translation>
        </message>
        <message>
            <source>Medications</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>Attacks on this day</source>
            <translation>Attacken an diesem Tag</translation>
        </message>
        <message>
            <source>One row per attack; Enter edits the selected one, Delete deletes it</source>
            <translation>Eine Zeile je Attacke; die Eingabetaste bearbeitet die ausgewählte, Entf löscht sie</translation>
        </message>
        <message>
            <source>Edit attack…</source>
            <translation>Attacke bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected attack (Enter in the list)</source>
            <translation>Die ausgewählte Attacke bearbeiten (Eingabetaste in der Liste)</translation>
        </message>
        <message>
            <source>Delete attack…</source>
            <translation>Attacke löschen…</translation>
        </message>
        <message>
            <source>Delete the selected attack (Delete in the list)</source>
            <translation>Die ausgewählte Attacke löschen (Entf in der Liste)</translation>
        </message>
        <message>
            <source>Migraine</source>
            <translation>Migräne</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Kopfschmerz</translation>
        </message>
    </context>
    <context>
        <name>AttacksBox</name>
        <message>
            <source>Attacks</source>
            <translation>Attacken</translation>
        </message>
        <message>
            <source>Add attac&amp;k…</source>
            <translation>Attacke hinzu&amp;fügen…</translation>
        </message>
        <message>
            <source>An attack with its start and end, type, severity and the doses taken for it; a day can hold several</source>
            <translation>Eine Attacke mit Beginn und Ende, Art, Schmerzstärke und den dagegen eingenommenen Dosen; ein Tag kann mehrere haben</translation>
        </message>
        <message>
            <source>No attack recorded on this day.</source>
            <translation>An diesem Tag ist keine Attacke eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Chronic</source>
            <translation>Chronisch</translation>
        </message>
        <message>
            <source>Episodic</source>
            <translation>Episodisch</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Unvollständig</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Vorheriger Monat</translation>
        </message>
        <message>
            <source>Show the month before (Alt+Left)</source>
            <translation>Den Monat davor zeigen (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous month (Alt+Left)</source>
            <translation>Vorheriger Monat (Alt+Links)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>Show the month after (Alt+Right)</source>
            <translation>Den Monat danach zeigen (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Next month (Alt+Right)</source>
            <translation>Nächster Monat (Alt+Rechts)</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Arrow keys move the day (into the next or previous month), Enter opens it in the Today form</source>
            <translation>Die Pfeiltasten wechseln den Tag (auch in den nächsten oder vorherigen Monat), die Eingabetaste öffnet ihn im Formular Heute</translation>
        </message>
        <message>
            <source>Mark unrecorded days headache-free…</source>
            <translation>Fehlende Tage als kopfschmerzfrei…</translation>
        </message>
        <message>
            <source>For people who only log attacks: every unrecorded day of this month up to today becomes a no-headache day. Recorded days are not changed.</source>
            <translation>Für alle, die nur Attacken eintragen: Jeder nicht eingetragene Tag dieses Monats bis heute wird ein kopfschmerzfreier Tag. Eingetragene Tage bleiben unverändert.</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Migränetage</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Kopfschmerztage</translation>
        </message>
        <message>
            <source>No-headache days</source>
            <translation>Kopfschmerzfreie Tage</translation>
        </message>
        <message>
            <source>Unrecorded days</source>
            <translation>Nicht eingetragene Tage</translation>
        </message>
        <message>
            <source>Days with acute medication</source>
            <translation>Tage mit Akutmedikation</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Einordnung</translation>
        </message>
        <message>
            <source>Chronic: 15 or more migraine days. Episodic: 14 or fewer even if every unrecorded day were a migraine day. Otherwise incomplete: record more days to tell.</source>
            <translation>Chronisch: 15 oder mehr Migränetage. Episodisch: 14 oder weniger, selbst wenn jeder nicht eingetragene Tag ein Migränetag wäre. Sonst unvollständig: Tragen Sie mehr Tage ein.</translation>
        </message>
        <message>
            <source>Headache days include the migraine days.</source>
            <translation>Kopfschmerztage schließen die Migränetage ein.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Migraine day (or headache treated with a triptan/ergot)</source>
            <translation>Migränetag (oder mit Triptan/Ergotamin behandelter Kopfschmerz)</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Kopfschmerz</translation>
        </message>
        <message>
            <source>No headache</source>
            <translation>Kein Kopfschmerz</translation>
        </message>
        <message>
            <source>Not recorded (unknown)</source>
            <translation>Nicht eingetragen (unbekannt)</translation>
        </message>
        <message>
            <source>Infusion day</source>
            <translation>Infusionstag</translation>
        </message>
        <message>
            <source>Two or more attacks (still one day)</source>
            <translation>Zwei oder mehr Attacken (trotzdem ein Tag)</translation>
        </message>
        <message>
            <source>{0} in numbers</source>
            <translation>{0} in Zahlen</translation>
        </message>
        <message>
            <source>{0} of {1} so far</source>
            <translation>{0} von bisher {1}</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} von {1}</translation>
        </message>
        <message>
            <source>Possible medication overuse this month: {0}.</source>
            <translation>Möglicher Medikamentenübergebrauch in diesem Monat: {0}.</translation>
        </message>
        <message>
            <source>Mark headache-free</source>
            <translation>Als kopfschmerzfrei eintragen</translation>
        </message>
        <message>
            <source>Record every unrecorded day from {0} to {1} as a day with no headache?

Days you already recorded are not changed. You can undo this with Ctrl+Z.</source>
            <translation>Jeden nicht eingetragenen Tag vom {0} bis {1} als Tag ohne Kopfschmerz eintragen?

Bereits eingetragene Tage bleiben unverändert. Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>CatchUpBanner</name>
        <message>
            <source>Not recorded yet:</source>
            <translation>Noch nicht eingetragen:</translation>
        </message>
        <message>
            <source>Open the entry form for {0}</source>
            <translation>Eintrag für {0} öffnen</translation>
        </message>
        <message>
            <source>Fill in {0}</source>
            <translation>{0} eintragen</translation>
        </message>
        <message>
            <source>Mark them headache-free</source>
            <translation>Als kopfschmerzfrei eintragen</translation>
        </message>
        <message>
            <source>Close this reminder</source>
            <translation>Diesen Hinweis schließen</translation>
        </message>
        <message>
            <source>Later: the days stay unrecorded</source>
            <translation>Später: Die Tage bleiben offen</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>baseline (28 days before)</source>
            <translation>Ausgangsphase (28 Tage davor)</translation>
        </message>
        <message>
            <source>weeks 1-4</source>
            <translation>Wochen 1-4</translation>
        </message>
        <message>
            <source>weeks 5-8</source>
            <translation>Wochen 5-8</translation>
        </message>
        <message>
            <source>weeks 9-12</source>
            <translation>Wochen 9-12</translation>
        </message>
        <message>
            <source>chronic</source>
            <translation>chronisch</translation>
        </message>
        <message>
            <source>episodic</source>
            <translation>episodisch</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>unvollständig</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Migränetage</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Kopfschmerztage</translation>
        </message>
        <message>
            <source>Recorded days</source>
            <translation>Eingetragene Tage</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the table</source>
            <translation>Tabelle kopieren</translation>
        </message>
    </context>
    <context>
        <name>ChartWords</name>
        <message>
            <source>days per month</source>
            <translation>Tage pro Monat</translation>
        </message>
        <message>
            <source>headache days</source>
            <translation>Kopfschmerztage</translation>
        </message>
        <message>
            <source>migraine days (chronic)</source>
            <translation>Migränetage (chronisch)</translation>
        </message>
        <message>
            <source>migraine days (episodic)</source>
            <translation>Migränetage (episodisch)</translation>
        </message>
        <message>
            <source>migraine days (incomplete)</source>
            <translation>Migränetage (unvollständig)</translation>
        </message>
        <message>
            <source>chronic threshold ({0} days)</source>
            <translation>Schwelle chronisch ({0} Tage)</translation>
        </message>
        <message>
            <source>rolling 28-day rate</source>
            <translation>gleitende 28-Tage-Rate</translation>
        </message>
        <message>
            <source>infusion</source>
            <translation>Infusion</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>Injektion</translation>
        </message>
        <message>
            <source>preventive courses</source>
            <translation>Prophylaxen</translation>
        </message>
        <message>
            <source>{0} course</source>
            <translation>Prophylaxe mit {0}</translation>
        </message>
        <message>
            <source>questionnaire score</source>
            <translation>Fragebogen-Punktwert</translation>
        </message>
        <message>
            <source>no months recorded yet</source>
            <translation>noch keine Monate eingetragen</translation>
        </message>
        <message>
            <source>baseline
(28 days before)</source>
            <translation>Ausgangsphase
(28 Tage davor)</translation>
        </message>
        <message>
            <source>weeks 1-4</source>
            <translation>Wochen 1–4</translation>
        </message>
        <message>
            <source>weeks 5-8</source>
            <translation>Wochen 5–8</translation>
        </message>
        <message>
            <source>weeks 9-12</source>
            <translation>Wochen 9–12</translation>
        </message>
        <message>
            <source>migraine days
per 28 days</source>
            <translation>Migränetage
pro 28 Tage</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>No preventive infusion recorded yet</source>
            <translation>Noch keine prophylaktische Infusion eingetragen</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}: reduction not known yet (needs baseline and follow-up data)</source>
            <translation>{0}: Reduktion noch unbekannt (Daten der Ausgangsphase und der Nachbeobachtung nötig)</translation>
        </message>
        <message>
            <source>{0}: {1}% fewer migraine days</source>
            <translation>{0}: {1} % weniger Migränetage</translation>
        </message>
        <message>
            <source>{0}: {1}% more migraine days</source>
            <translation>{0}: {1} % mehr Migränetage</translation>
        </message>
        <message>
            <source>{0} (75% responder)</source>
            <translation>{0} (75-%-Responder)</translation>
        </message>
        <message>
            <source>{0} (50% responder)</source>
            <translation>{0} (50-%-Responder)</translation>
        </message>
        <message>
            <source>{0} so far (verdict pending)</source>
            <translation>{0} bisher (Bewertung ausstehend)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>No preventive courses yet: start one, or add an injection or a preventive infusion.</source>
            <translation>Noch keine Prophylaxe: Beginnen Sie eine oder tragen Sie eine Injektion oder eine prophylaktische Infusion ein.</translation>
        </message>
        <message>
            <source>stopped: {0}</source>
            <translation>beendet: {0}</translation>
        </message>
        <message>
            <source>course (stopped)</source>
            <translation>Prophylaxe (beendet)</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>läuft noch</translation>
        </message>
        <message>
            <source>baseline (28 days before)</source>
            <translation>Ausgangsphase (28 Tage davor)</translation>
        </message>
        <message>
            <source>12-week periods</source>
            <translation>12-Wochen-Abschnitte</translation>
        </message>
    </context>
    <context>
        <name>ChartWordsInfusions</name>
        <message>
            <source>{0} course</source>
            <translation>{0}-Infusionsserie</translation>
        </message>
    </context>
    <context>
        <name>CourseOutcomes</name>
        <message>
            <source>Migraine
days /28</source>
            <translation>Migräne-
tage /28</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>Headache
days /28</source>
            <translation>Kopfschmerz-
tage /28</translation>
        </message>
        <message>
            <source>Headache days per 28 days</source>
            <translation>Kopfschmerztage pro 28 Tage</translation>
        </message>
        <message>
            <source>Acute med.
days /28</source>
            <translation>Tage mit Akut-
medikation /28</translation>
        </message>
        <message>
            <source>Days with any acute medication, per 28 days</source>
            <translation>Tage mit irgendeiner Akutmedikation, pro 28 Tage</translation>
        </message>
        <message>
            <source>Specific acute
days /28</source>
            <translation>Tage mit spezif.
Akutmed. /28</translation>
        </message>
        <message>
            <source>Days with a migraine-specific acute medication (triptan, ergot, gepant or ditan), per 28 days</source>
            <translation>Tage mit einer migränespezifischen Akutmedikation (Triptan, Ergotamin, Gepant oder Ditan), pro 28 Tage</translation>
        </message>
        <message>
            <source>Peak
severity</source>
            <translation>Maximale
Stärke</translation>
        </message>
        <message>
            <source>Mean peak severity (0-10) of the headache days that have one</source>
            <translation>Mittlere maximale Schmerzstärke (0-10) der Kopfschmerztage, für die sie eingetragen ist</translation>
        </message>
        <message>
            <source>Each period against the original baseline: the 28 days before the course started. Periods of 12 weeks from the day after the first administration (the first day for tablets). Rates are per 28 days and need at least half of a period's days recorded. Responder: migraine days per 28 down by at least 30%, 50% or 75%, judged only on complete periods. 30% is the threshold guidelines use for chronic migraine.</source>
            <translation>Jeder Zeitraum gegenüber der ursprünglichen Ausgangsphase: den 28 Tagen vor Beginn der Prophylaxe. Zeiträume von 12 Wochen ab dem Tag nach der ersten Gabe (bei Tabletten ab dem ersten Tag). Die Raten gelten pro 28 Tage und setzen voraus, dass mindestens die Hälfte der Tage eines Zeitraums eingetragen ist. Responder: Migränetage pro 28 Tage um mindestens 30 %, 50 % oder 75 % gesenkt, beurteilt nur an abgeschlossenen Zeiträumen. 30 % ist die Schwelle, die Leitlinien bei chronischer Migräne verwenden.</translation>
        </message>
        <message>
            <source>An aid for the doctor's decision, not the decision: the American Headache Society consensus (2018, updated 2021) asks for one of these after an adequate trial.</source>
            <translation>Eine Hilfe für die ärztliche Entscheidung, nicht die Entscheidung selbst: Der Konsens der American Headache Society (2018, aktualisiert 2021) verlangt nach ausreichend langer Behandlung eines dieser Kriterien.</translation>
        </message>
        <message>
            <source>weeks {0}-{1}</source>
            <translation>Wochen {0}-{1}</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Ausgangsphase</translation>
        </message>
        <message>
            <source>≥{0}%</source>
            <translation>≥{0} %</translation>
        </message>
        <message>
            <source>At least {0}% fewer migraine days per 28 than the baseline; pending until the period is complete</source>
            <translation>Mindestens {0} % weniger Migränetage pro 28 Tage als in der Ausgangsphase; ausstehend, bis der Zeitraum abgeschlossen ist</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Von – bis</translation>
        </message>
        <message>
            <source>Days
recorded</source>
            <translation>Tage
eingetragen</translation>
        </message>
        <message>
            <source>Days recorded of the period's days</source>
            <translation>Eingetragene Tage von den Tagen des Zeitraums</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reduktion</translation>
        </message>
        <message>
            <source>Fewer migraine days per 28 than the baseline</source>
            <translation>Weniger Migränetage pro 28 Tage als in der Ausgangsphase</translation>
        </message>
        <message>
            <source>today ({0}), still running</source>
            <translation>heute ({0}), läuft noch</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>stopped: {0}</source>
            <translation>beendet: {0}</translation>
        </message>
        <message>
            <source>started by its first administration</source>
            <translation>mit der ersten Gabe begonnen</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) fewer</source>
            <translation>
                <numerusform>%n Punkt weniger</numerusform>
                <numerusform>%n Punkte weniger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) more</source>
            <translation>
                <numerusform>%n Punkt mehr</numerusform>
                <numerusform>%n Punkte mehr</numerusform>
            </translation>
        </message>
        <message>
            <source>5 points fewer (baseline 11-20) or 30% fewer (over 20)</source>
            <translation>5 Punkte weniger (Ausgangswert 11-20) oder 30 % weniger (über 20)</translation>
        </message>
        <message>
            <source>30% fewer (baseline over 20)</source>
            <translation>30 % weniger (Ausgangswert über 20)</translation>
        </message>
        <message>
            <source>5 points fewer (baseline 11-20)</source>
            <translation>5 Punkte weniger (Ausgangswert 11-20)</translation>
        </message>
        <message>
            <source>not used below 11</source>
            <translation>unter 11 nicht verwendet</translation>
        </message>
        <message>
            <source>no {0} within 90 days before the start</source>
            <translation>kein {0} in den 90 Tagen vor Beginn</translation>
        </message>
        <message>
            <source>no {0} near the review date</source>
            <translation>kein {0} um den Termin der Überprüfung</translation>
        </message>
        <message>
            <source>does not apply below 11</source>
            <translation>gilt nicht unter 11</translation>
        </message>
        <message>
            <source>{0} fewer</source>
            <translation>{0} weniger</translation>
        </message>
        <message>
            <source>{0} more</source>
            <translation>{0} mehr</translation>
        </message>
        <message>
            <source>at least {0}% fewer</source>
            <translation>mindestens {0} % weniger</translation>
        </message>
        <message>
            <source>5 points fewer</source>
            <translation>5 Punkte weniger</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Before the course</source>
            <translation>Vor der Prophylaxe</translation>
        </message>
        <message>
            <source>At review</source>
            <translation>Bei der Überprüfung</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Erforderlich</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>No continuation check for this course.</source>
            <translation>Für diese Prophylaxe gibt es keine Prüfung der Fortsetzung.</translation>
        </message>
        <message>
            <source>a {0}-month trial</source>
            <translation>einer {0}-monatigen Behandlung</translation>
        </message>
        <message>
            <source>an adequate trial</source>
            <translation>einer ausreichend langen Behandlung</translation>
        </message>
        <message>
            <source>Pending: the review is due on {0}, after {1}.</source>
            <translation>Ausstehend: Die Überprüfung ist am {0} fällig, nach {1}.</translation>
        </message>
        <message>
            <source>Stopped on {0}, before {1} was complete: no check.</source>
            <translation>Am {0} beendet, vor dem Ende {1}: keine Prüfung.</translation>
        </message>
        <message>
            <source>no complete 12-week period</source>
            <translation>kein abgeschlossener 12-Wochen-Zeitraum</translation>
        </message>
        <message>
            <source>not known: numbers are missing</source>
            <translation>unbekannt: Zahlen fehlen</translation>
        </message>
        <message>
            <source>at least one criterion met</source>
            <translation>mindestens ein Kriterium erfüllt</translation>
        </message>
        <message>
            <source>no criterion met</source>
            <translation>kein Kriterium erfüllt</translation>
        </message>
        <message>
            <source>Review on {0}, after {1}, using {2}: {3}.</source>
            <translation>Überprüfung am {0}, nach {1}; verwendeter Zeitraum: {2}; {3}.</translation>
        </message>
    </context>
    <context>
        <name>CoursesPanel</name>
        <message>
            <source> ({0} days)</source>
            <translation> ({0} Tage)</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>Injektion</translation>
        </message>
        <message>
            <source>infusion</source>
            <translation>Infusion</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Start course…</source>
            <translation>Prophylaxe be&amp;ginnen…</translation>
        </message>
        <message>
            <source>St&amp;op course…</source>
            <translation>Prophylaxe be&amp;enden…</translation>
        </message>
        <message>
            <source>Add in&amp;jection…</source>
            <translation>&amp;Injektion hinzufügen…</translation>
        </message>
        <message>
            <source>Add infusio&amp;n…</source>
            <translation>I&amp;nfusion hinzufügen…</translation>
        </message>
        <message>
            <source>Ed&amp;it course…</source>
            <translation>Prophylaxe bea&amp;rbeiten…</translation>
        </message>
        <message>
            <source>De&amp;lete course…</source>
            <translation>Prophylaxe &amp;löschen…</translation>
        </message>
        <message>
            <source>Course shown below</source>
            <translation>Unten gezeigte Prophylaxe</translation>
        </message>
        <message>
            <source>Course outcome against the baseline</source>
            <translation>Ergebnis der Prophylaxe gegenüber der Ausgangsphase</translation>
        </message>
        <message>
            <source>Continuation check</source>
            <translation>Prüfung der Fortsetzung</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Prophylaxe:</translation>
        </message>
        <message>
            <source>Outcome against the original baseline</source>
            <translation>Ergebnis gegenüber der ursprünglichen Ausgangsphase</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>Preventive courses timeline</source>
            <translation>Zeitleiste der Prophylaxen</translation>
        </message>
        <message>
            <source>No preventive course yet. Start one with “Start course…”; an injection or a preventive infusion starts one too.</source>
            <translation>Noch keine Prophylaxe. Beginnen Sie eine mit „Prophylaxe beginnen…“; eine Injektion oder eine prophylaktische Infusion beginnt ebenfalls eine.</translation>
        </message>
    </context>
    <context>
        <name>CyclePanel</name>
        <message>
            <source>preventive</source>
            <translation>prophylaktisch</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>akut</translation>
        </message>
        <message>
            <source>Cycle view: each infusion against the 28 days just before it, in weeks 1-4, 5-8 and 9-12 after its last day (migraine days per 28 days; a period needs 14 recorded days). For a second or later infusion those 28 days are already on treatment: the course view compares the whole course with the days before it began. Responder: at least 30% / 50% / 75% fewer, judged once the 12 weeks are complete.</source>
            <translation>Zyklusansicht: jede Infusion gegenüber den 28 Tagen direkt davor, in den Wochen 1-4, 5-8 und 9-12 nach ihrem letzten Tag (Migränetage pro 28 Tage; ein Zeitraum braucht 14 eingetragene Tage). Bei einer zweiten oder späteren Infusion liegen diese 28 Tage bereits unter Behandlung: Die Ansicht der Prophylaxen vergleicht die ganze Prophylaxe mit den Tagen vor ihrem Beginn. Responder: mindestens 30 % / 50 % / 75 % weniger, beurteilt, sobald die 12 Wochen abgeschlossen sind.</translation>
        </message>
        <message>
            <source>≥{0}%</source>
            <translation>≥{0} %</translation>
        </message>
        <message>
            <source>Wk {0}</source>
            <translation>Wo. {0}</translation>
        </message>
        <message>
            <source>Migraine days per 28 days after the infusion</source>
            <translation>Migränetage pro 28 Tage nach der Infusion</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangsphase</translation>
        </message>
        <message>
            <source>Migraine days per 28 days in the 28 days before</source>
            <translation>Migränetage pro 28 Tage in den 28 Tagen davor</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Verlauf danach</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reduktion</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reaktionen</translation>
        </message>
        <message>
            <source>Infusions, each against the 28 days before it</source>
            <translation>Infusionen, jeweils gegenüber den 28 Tagen davor</translation>
        </message>
        <message>
            <source>&amp;Add infusion…</source>
            <translation>Infusion hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Bearbe&amp;iten…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
    </context>
    <context>
        <name>DailyReminder</name>
        <message>
            <source>Migraine Diary</source>
            <translation>Migraine Diary</translation>
        </message>
        <message>
            <source>Time to fill in your migraine diary</source>
            <translation>Zeit für den Eintrag in Ihr Kopfschmerztagebuch</translation>
        </message>
    </context>
    <context>
        <name>DayAttacks</name>
        <message>
            <source>end not known</source>
            <translation>Ende unbekannt</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} um {1}</translation>
        </message>
        <message>
            <source>migraine of {0}</source>
            <translation>Migräneattacke vom {0}</translation>
        </message>
        <message>
            <source>headache of {0}</source>
            <translation>Kopfschmerzattacke vom {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n attack(s)</source>
            <translation>
                <numerusform>%n Attacke</numerusform>
                <numerusform>%n Attacken</numerusform>
            </translation>
        </message>
        <message>
            <source>peak severity {0}</source>
            <translation>höchste Schmerzstärke {0}</translation>
        </message>
        <message>
            <source>aura</source>
            <translation>Aura</translation>
        </message>
        <message>
            <source>nausea</source>
            <translation>Übelkeit</translation>
        </message>
        <message>
            <source>light and sound sensitivity</source>
            <translation>Photo- und Phonophobie</translation>
        </message>
        <message>
            <source>light sensitivity</source>
            <translation>Photophobie</translation>
        </message>
        <message>
            <source>sound sensitivity</source>
            <translation>Phonophobie</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s) taken in attacks</source>
            <translation>
                <numerusform>%n Dosis in Attacken eingenommen</numerusform>
                <numerusform>%n Dosen in Attacken eingenommen</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted as a migraine day ({0})</source>
            <translation>Zählt als Migränetag ({0})</translation>
        </message>
        <message>
            <source>Counted as a headache day ({0})</source>
            <translation>Zählt als Kopfschmerztag ({0})</translation>
        </message>
        <message>
            <source> It covers {0} days; each loses it.</source>
            <translation> Sie reicht über {0} Tage; jeder verliert sie.</translation>
        </message>
        <message>
            <source>Delete attack</source>
            <translation>Attacke löschen</translation>
        </message>
        <message>
            <source>Delete the {0} ({1})?{2} You can undo this with Ctrl+Z.</source>
            <translation>{0} ({1}) löschen?{2} Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
        <message>
            <source>Attack not deleted</source>
            <translation>Attacke nicht gelöscht</translation>
        </message>
        <message>
            <source>Deleted the {0}. Ctrl+Z brings it back.</source>
            <translation>{0} gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Attack not saved</source>
            <translation>Attacke nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved the {0}. Ctrl+Z takes it back.</source>
            <translation>{0} gespeichert. Strg+Z macht es rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>DayForm</name>
        <message>
            <source>Previous day</source>
            <translation>Vorheriger Tag</translation>
        </message>
        <message>
            <source>Show the day before (Alt+Left)</source>
            <translation>Den Tag davor zeigen (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous day (Alt+Left)</source>
            <translation>Vorheriger Tag (Alt+Links)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>The day shown; type a date or open the calendar with Alt+Down</source>
            <translation>Der angezeigte Tag; geben Sie ein Datum ein oder öffnen Sie den Kalender mit Alt+Unten</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Nächster Tag</translation>
        </message>
        <message>
            <source>Show the day after (Alt+Right)</source>
            <translation>Den Tag danach zeigen (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Next day (Alt+Right)</source>
            <translation>Nächster Tag (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Zu heute wechseln (Strg+T)</translation>
        </message>
        <message>
            <source>Record the day as headache-free and save (Ctrl+Shift+N)</source>
            <translation>Den Tag als kopfschmerzfrei eintragen und speichern (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>Menst&amp;ruation</source>
            <translation>Me&amp;nstruation</translation>
        </message>
        <message>
            <source>Anything else worth remembering</source>
            <translation>Was sonst noch wichtig ist</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Anything else about the day, in your own words</source>
            <translation>Alles Weitere zum Tag, in Ihren eigenen Worten</translation>
        </message>
        <message>
            <source>Forget this da&amp;y…</source>
            <translation>Diesen Tag &amp;vergessen…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save this day (Ctrl+S)</source>
            <translation>Diesen Tag speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Also</source>
            <translation>Außerdem</translation>
        </message>
        <message>
            <source>Tri&amp;ggers</source>
            <translation>Auslöse&amp;r</translation>
        </message>
        <message>
            <source>Acute med&amp;ications taken</source>
            <translation>Eingen&amp;ommene Akutmedikation</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Noti&amp;zen</translation>
        </message>
        <message>
            <source>choose No headache, Headache or Migraine</source>
            <translation>Wählen Sie Kein Kopfschmerz, Kopfschmerz oder Migräne</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n attack(s), so it is a headache day. Delete them first (Delete attack…) to record the day as headache-free.</source>
            <translation>
                <numerusform>Für {0} ist %n Attacke eingetragen, also ist es ein Kopfschmerztag. Löschen Sie sie zuerst (Attacke löschen…), um den Tag als kopfschmerzfrei einzutragen.</numerusform>
                <numerusform>Für {0} sind %n Attacken eingetragen, also ist es ein Kopfschmerztag. Löschen Sie sie zuerst (Attacke löschen…), um den Tag als kopfschmerzfrei einzutragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No headache</source>
            <translation>Kein Kopfschmerz</translation>
        </message>
        <message>
            <source>{0} is recorded with a headache. Record it as headache-free instead?</source>
            <translation>Für {0} ist ein Kopfschmerz eingetragen. Stattdessen als kopfschmerzfrei eintragen?</translation>
        </message>
        <message>
            <source>Record no headache</source>
            <translation>Kein Kopfschmerz eintragen</translation>
        </message>
        <message>
            <source> (besides the attacks)</source>
            <translation> (neben den Attacken)</translation>
        </message>
        <message>
            <source>Headache details</source>
            <translation>Angaben zum Kopfschmerz</translation>
        </message>
        <message>
            <source>No headache today</source>
            <translation>Heute kein Kopfschmerz</translation>
        </message>
        <message>
            <source>No headache on {0}</source>
            <translation>Kein Kopfschmerz am {0}</translation>
        </message>
        <message>
            <source>Changed elsewhere while you were editing — Save (Ctrl+S) keeps your version</source>
            <translation>Während Ihrer Bearbeitung anderswo geändert – Speichern (Strg+S) behält Ihre Fassung</translation>
        </message>
        <message>
            <source>Unsaved changes — Save with Ctrl+S</source>
            <translation>Nicht gespeicherte Änderungen – Speichern mit Strg+S</translation>
        </message>
        <message>
            <source>Recorded by its attacks</source>
            <translation>Durch seine Attacken eingetragen</translation>
        </message>
        <message>
            <source>Not recorded yet: unknown, not headache-free</source>
            <translation>Noch nicht eingetragen: unbekannt, nicht kopfschmerzfrei</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Eingetragen</translation>
        </message>
        <message>
            <source>Forget this day</source>
            <translation>Diesen Tag vergessen</translation>
        </message>
        <message>
            <source>Forget everything recorded for {0}? The day becomes unrecorded (unknown) again{1}. You can undo this with Ctrl+Z.</source>
            <translation>Alles für {0} Eingetragene vergessen? Der Tag ist dann wieder nicht eingetragen (unbekannt){1}. Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
        <message>
            <source>, except for its attacks</source>
            <translation>, außer seinen Attacken</translation>
        </message>
        <message>
            <source>Forget day</source>
            <translation>Tag vergessen</translation>
        </message>
    </context>
    <context>
        <name>DefinitionsDialog</name>
        <message>
            <source>Definitions</source>
            <translation>Definitionen</translation>
        </message>
    </context>
    <context>
        <name>DiarySession</name>
        <message>
            <source>Undo save of {0}</source>
            <translation>Speichern des Eintrags vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo forgetting {0}</source>
            <translation>Vergessen des Eintrags vom {0} rückgängig machen</translation>
        </message>
        <message numerus="yes">
            <source>Undo marking %n day(s) headache-free</source>
            <translation>
                <numerusform>Eintrag von %n kopfschmerzfreien Tag rückgängig machen</numerusform>
                <numerusform>Eintrag von %n kopfschmerzfreien Tagen rückgängig machen</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo adding the attack of {0}</source>
            <translation>Hinzufügen der Attacke vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo change of the attack of {0}</source>
            <translation>Änderung der Attacke vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo deleting the attack of {0}</source>
            <translation>Löschen der Attacke vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo save of the {0} infusion</source>
            <translation>Speichern der Infusion vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo deleting the {0} infusion</source>
            <translation>Löschen der Infusion vom {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo starting the {0} course</source>
            <translation>Beginn der Prophylaxe mit {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo change of the {0} course</source>
            <translation>Änderung der Prophylaxe mit {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo save of the {0} injection</source>
            <translation>Speichern der Injektion {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo deleting the {0} course</source>
            <translation>Löschen der Prophylaxe mit {0} rückgängig machen</translation>
        </message>
        <message>
            <source>Undo deleting the {0} injection</source>
            <translation>Löschen der Injektion {0} rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>{0} is before the start month {1}</source>
            <translation>{0} liegt vor dem ersten Monat {1}</translation>
        </message>
        <message>
            <source>antiepileptic</source>
            <translation>Antiepileptikum</translation>
        </message>
        <message>
            <source>beta blocker</source>
            <translation>Betablocker</translation>
        </message>
        <message>
            <source>tricyclic antidepressant</source>
            <translation>trizyklisches Antidepressivum</translation>
        </message>
        <message>
            <source>SNRI antidepressant</source>
            <translation>SNRI-Antidepressivum</translation>
        </message>
        <message>
            <source>angiotensin receptor blocker</source>
            <translation>Angiotensin-Rezeptorblocker (Sartan)</translation>
        </message>
        <message>
            <source>ACE inhibitor</source>
            <translation>ACE-Hemmer</translation>
        </message>
        <message>
            <source>calcium channel blocker</source>
            <translation>Calciumkanalblocker</translation>
        </message>
        <message>
            <source>CGRP monoclonal antibody</source>
            <translation>monoklonaler CGRP-Antikörper</translation>
        </message>
        <message>
            <source>gepant</source>
            <translation>Gepant</translation>
        </message>
        <message>
            <source>botulinum toxin</source>
            <translation>Botulinumtoxin</translation>
        </message>
        <message>
            <source>serotonin antagonist</source>
            <translation>Serotoninantagonist</translation>
        </message>
        <message>
            <source>NMDA antagonist</source>
            <translation>NMDA-Antagonist</translation>
        </message>
        <message>
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>not effective</source>
            <translation>nicht wirksam</translation>
        </message>
        <message>
            <source>side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>cost or access</source>
            <translation>Kosten oder Verfügbarkeit</translation>
        </message>
        <message>
            <source>other</source>
            <translation>anderer Grund</translation>
        </message>
        <message>
            <source>infusion centre</source>
            <translation>Infusionszentrum</translation>
        </message>
        <message>
            <source>emergency room</source>
            <translation>Notaufnahme</translation>
        </message>
        <message>
            <source>hospital</source>
            <translation>Krankenhaus (stationär)</translation>
        </message>
        <message>
            <source>home</source>
            <translation>zu Hause</translation>
        </message>
        <message>
            <source>Triptans</source>
            <translation>Triptane</translation>
        </message>
        <message>
            <source>Ergots</source>
            <translation>Ergotamine</translation>
        </message>
        <message>
            <source>Gepants</source>
            <translation>Gepante</translation>
        </message>
        <message>
            <source>Ditans</source>
            <translation>Ditane</translation>
        </message>
        <message>
            <source>Simple analgesics / NSAIDs</source>
            <translation>Einfache Analgetika / NSAR</translation>
        </message>
        <message>
            <source>Combination analgesics</source>
            <translation>Kombinationsanalgetika</translation>
        </message>
        <message>
            <source>Opioids</source>
            <translation>Opioide</translation>
        </message>
        <message>
            <source>Antiemetics</source>
            <translation>Antiemetika</translation>
        </message>
        <message>
            <source>CGRP antibodies</source>
            <translation>CGRP-Antikörper</translation>
        </message>
        <message>
            <source>Other preventives</source>
            <translation>Andere Prophylaktika</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>little or no disability</source>
            <translation>keine oder geringe Beeinträchtigung</translation>
        </message>
        <message>
            <source>mild disability</source>
            <translation>leichte Beeinträchtigung</translation>
        </message>
        <message>
            <source>moderate disability</source>
            <translation>mäßige Beeinträchtigung</translation>
        </message>
        <message>
            <source>severe disability</source>
            <translation>schwere Beeinträchtigung</translation>
        </message>
        <message>
            <source>little or no impact</source>
            <translation>keine oder geringe Auswirkung</translation>
        </message>
        <message>
            <source>some impact</source>
            <translation>gewisse Auswirkung</translation>
        </message>
        <message>
            <source>substantial impact</source>
            <translation>deutliche Auswirkung</translation>
        </message>
        <message>
            <source>severe impact</source>
            <translation>schwere Auswirkung</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>migraine</source>
            <translation>Migräne</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>Schmerzstärke</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>Beeinträchtigung</translation>
        </message>
        <message>
            <source>medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>relief</source>
            <translation>Linderung</translation>
        </message>
        <message>
            <source>triggers</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>Ort der Gabe</translation>
        </message>
        <message>
            <source>stop</source>
            <translation>Absetzen</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>'{0}' is not a date in the form YYYY-MM-DD</source>
            <translation>„{0}“ ist kein Datum der Form JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>'{0}' is not a real calendar date</source>
            <translation>„{0}“ ist kein gültiges Kalenderdatum</translation>
        </message>
        <message>
            <source>'{0}' is not a month in the form YYYY-MM</source>
            <translation>„{0}“ ist kein Monat der Form JJJJ-MM</translation>
        </message>
        <message>
            <source>'{0}' is not yes/no (use yes, no, y, n, true, false, 1 or 0)</source>
            <translation>„{0}“ ist nicht ja/nein (verwenden Sie yes, no, y, n, true, false, 1 oder 0)</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number</source>
            <translation>„{0}“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>„{0}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>{0} is outside {1}-{2}</source>
            <translation>{0} liegt außerhalb von {1}–{2}</translation>
        </message>
        <message>
            <source>'{0}' is not one of: {1}</source>
            <translation>„{0}“ ist keiner der Werte: {1}</translation>
        </message>
        <message>
            <source>{0} is before {1}</source>
            <translation>{0} liegt vor {1}</translation>
        </message>
        <message>
            <source>{0} is in the future</source>
            <translation>{0} liegt in der Zukunft</translation>
        </message>
        <message>
            <source>a medication needs a name</source>
            <translation>Ein Medikament braucht einen Namen</translation>
        </message>
        <message>
            <source>{0} holds a control character</source>
            <translation>{0} enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>a migraine is a headache: migraine=yes needs headache=yes</source>
            <translation>Eine Migräne ist ein Kopfschmerz: migraine=yes verlangt headache=yes</translation>
        </message>
        <message>
            <source>a day with no headache has no severity above 0</source>
            <translation>Ein Tag ohne Kopfschmerz hat keine Schmerzstärke über 0</translation>
        </message>
        <message>
            <source>'{0}' is not a valid name (it holds ';')</source>
            <translation>„{0}“ ist kein gültiger Name (er enthält „;“)</translation>
        </message>
        <message>
            <source>{0} is not a valid amount</source>
            <translation>{0} ist keine gültige Menge</translation>
        </message>
        <message>
            <source>it cannot be negative</source>
            <translation>Darf nicht negativ sein</translation>
        </message>
        <message>
            <source>more than {0} g at once is not likely; check the amount and unit</source>
            <translation>Mehr als {0} g auf einmal ist unwahrscheinlich; prüfen Sie Menge und Einheit</translation>
        </message>
        <message>
            <source>'{0}' is not a valid trigger name</source>
            <translation>„{0}“ ist kein gültiger Auslöser</translation>
        </message>
        <message>
            <source>{0} is before the start {1}</source>
            <translation>{0} liegt vor dem Beginn {1}</translation>
        </message>
        <message>
            <source>an attack of more than {0} days is not likely; check the dates</source>
            <translation>Eine Attacke von mehr als {0} Tagen ist unwahrscheinlich; prüfen Sie die Daten</translation>
        </message>
        <message>
            <source>{0} at {1} is before the attack started</source>
            <translation>{0} am {1} liegt vor dem Beginn der Attacke</translation>
        </message>
        <message>
            <source>{0} is not a valid dose</source>
            <translation>{0} ist keine gültige Dosis</translation>
        </message>
        <message>
            <source>a stop reason goes with a stop date</source>
            <translation>Ein Grund für das Absetzen gehört zu einem Absetzdatum</translation>
        </message>
        <message>
            <source>the dose is a short line of text</source>
            <translation>Die Dosis ist eine kurze Textzeile</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>läuft noch</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>zu wenige Daten</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>triptans</source>
            <translation>Triptane</translation>
        </message>
        <message>
            <source>ergots</source>
            <translation>Ergotamine</translation>
        </message>
        <message>
            <source>gepants</source>
            <translation>Gepante</translation>
        </message>
        <message>
            <source>ditans</source>
            <translation>Ditane</translation>
        </message>
        <message>
            <source>simple analgesics / NSAIDs</source>
            <translation>einfache Analgetika / NSAR</translation>
        </message>
        <message>
            <source>combination analgesics</source>
            <translation>Kombinationsanalgetika</translation>
        </message>
        <message>
            <source>opioids</source>
            <translation>Opioide</translation>
        </message>
        <message>
            <source>antiemetics</source>
            <translation>Antiemetika</translation>
        </message>
        <message>
            <source>other preventives</source>
            <translation>andere Prophylaktika</translation>
        </message>
        <message>
            <source>other medications</source>
            <translation>andere Medikamente</translation>
        </message>
        <message>
            <source>{0} on {1} or more days</source>
            <translation>{0} an {1} oder mehr Tagen</translation>
        </message>
        <message>
            <source>any of triptans, ergots, opioids, combination and simple analgesics on {0} or more days in total (two or more of these classes)</source>
            <translation>Triptane, Ergotamine, Opioide, Kombinations- und einfache Analgetika zusammen an {0} oder mehr Tagen (zwei oder mehr dieser Klassen)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Weeks {0}–{1}</source>
            <translation>Wochen {0}–{1}</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>nicht erfüllt</translation>
        </message>
    </context>
    <context>
        <name>DoseEditor</name>
        <message>
            <source>tablet</source>
            <translation>Tabl.</translation>
        </message>
        <message>
            <source>spray</source>
            <translation>Sprühstoß</translation>
        </message>
        <message>
            <source>suppository</source>
            <translation>Zäpfchen</translation>
        </message>
        <message>
            <source>relief not rated</source>
            <translation>Linderung nicht bewertet</translation>
        </message>
        <message>
            <source>0 – no relief</source>
            <translation>0 – keine Linderung</translation>
        </message>
        <message>
            <source>1 – a little</source>
            <translation>1 – etwas</translation>
        </message>
        <message>
            <source>2 – good</source>
            <translation>2 – gut</translation>
        </message>
        <message>
            <source>3 – complete</source>
            <translation>3 – vollständig</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Einnahmezeit</translation>
        </message>
        <message>
            <source>When the next medication added was taken</source>
            <translation>Wann das nächste hinzugefügte Medikament eingenommen wurde</translation>
        </message>
        <message>
            <source>When it was taken: the day it counts on</source>
            <translation>Wann es eingenommen wurde: der Tag, an dem es zählt</translation>
        </message>
        <message>
            <source>Medication taken, e.g. sumatriptan</source>
            <translation>Eingenommenes Medikament, z. B. Sumatriptan</translation>
        </message>
        <message>
            <source>Medication name</source>
            <translation>Name des Medikaments</translation>
        </message>
        <message>
            <source>Type a name, then Enter to add it with the amount and relief</source>
            <translation>Namen eingeben, dann mit der Eingabetaste samt Menge und Linderung hinzufügen</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>How much was taken, in the unit beside it</source>
            <translation>Wie viel eingenommen wurde, in der Einheit daneben</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>The unit of the amount</source>
            <translation>Die Einheit der Menge</translation>
        </message>
        <message>
            <source>The unit of the amount: choose or type one</source>
            <translation>Die Einheit der Menge: auswählen oder eingeben</translation>
        </message>
        <message>
            <source>Relief</source>
            <translation>Linderung</translation>
        </message>
        <message>
            <source>How much the medication helped, 0 to 3</source>
            <translation>Wie sehr das Medikament geholfen hat, 0 bis 3</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add medication</source>
            <translation>Medikament hinzufügen</translation>
        </message>
        <message>
            <source>Add the medication to the list (Enter)</source>
            <translation>Das Medikament zur Liste hinzufügen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Medications taken</source>
            <translation>Eingenommene Medikamente</translation>
        </message>
        <message>
            <source>One row per medication; Delete removes the selected row</source>
            <translation>Eine Zeile je Medikament; Entf entfernt die ausgewählte Zeile</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Auswahl entfernen</translation>
        </message>
        <message>
            <source>Remove the selected medication (Delete in the list)</source>
            <translation>Das ausgewählte Medikament entfernen (Entf in der Liste)</translation>
        </message>
        <message>
            <source>Amount: {0}</source>
            <translation>Menge: {0}</translation>
        </message>
        <message>
            <source>{0} was already in the list: one row, {1} in all.</source>
            <translation>{0} stand schon in der Liste: eine Zeile, insgesamt {1}.</translation>
        </message>
        <message>
            <source>{0} was already in the list: one row.</source>
            <translation>{0} stand schon in der Liste: eine Zeile.</translation>
        </message>
        <message>
            <source>{0} (not in catalogue)</source>
            <translation>{0} (nicht im Katalog)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
    </context>
    <context>
        <name>EditCourseDialog</name>
        <message>
            <source>Edit course</source>
            <translation>Prophylaxe bearbeiten</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>S&amp;topped on</source>
            <translation>&amp;Beendet am</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Wirkstoff:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Erster Tag:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Days (CSV, one row per day)</source>
            <translation>Tage (CSV, eine Zeile pro Tag)</translation>
        </message>
        <message>
            <source>Monthly summary (CSV, one row per month)</source>
            <translation>Monatsübersicht (CSV, eine Zeile pro Monat)</translation>
        </message>
        <message>
            <source>Full backup (JSON: days, infusions, medications)</source>
            <translation>Vollständige Sicherung (JSON: Tage, Infusionen, Medikamente)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>Alle Monate</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Erster Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>What to export:</source>
            <translation>Was exportiert wird:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Months:</source>
            <translation>Monate:</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>US-Letter (8,5 × 11 Zoll)</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>Akutbehandlung</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>Prophylaxe</translation>
        </message>
        <message>
            <source>not in the catalogue: kept as typed</source>
            <translation>nicht im Katalog: wird wie eingegeben übernommen</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Diary files and other apps' exports (*.csv *.json *.xml *.zip);;Days CSV (*.csv);;JSON backup (*.json);;Migraine Buddy, Bearable or Headi export (*.csv);;Apple Health export (*.xml *.zip);;All files (*)</source>
            <translation>Tagebuchdateien und Exporte anderer Apps (*.csv *.json *.xml *.zip);;Tage-CSV (*.csv);;JSON-Sicherung (*.json);;Export aus Migraine Buddy, Bearable oder Headi (*.csv);;Apple-Health-Export (*.xml *.zip);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… und %n weiterer Fehler</numerusform>
                <numerusform>… und %n weitere Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nichts wurde importiert</translation>
        </message>
        <message>
            <source>{0} has problems; nothing was imported.</source>
            <translation>{0} enthält Fehler; nichts wurde importiert.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>{0} wird importiert…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s) and {0} from {1}.</source>
            <translation>
                <numerusform>%n Tag und {0} aus {1} importiert.</numerusform>
                <numerusform>%n Tage und {0} aus {1} importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of those days were recorded before; the file's version replaced them.</source>
            <translation>
                <numerusform>%n dieser Tage war schon eingetragen; die Fassung aus der Datei hat ihn ersetzt.</numerusform>
                <numerusform>%n dieser Tage waren schon eingetragen; die Fassung aus der Datei hat sie ersetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>{0} wird gelesen…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Import abgebrochen: nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>{0} from {1} ({2}).</source>
            <translation>{0} aus {1} ({2}).</translation>
        </message>
        <message>
            <source>Not in the medication catalogue (kept as typed): {0}</source>
            <translation>Nicht im Medikamentenkatalog (wie eingegeben übernommen): {0}</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exportiert nach {0}</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Export doctor report</source>
            <translation>Arztbericht exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Report failed</source>
            <translation>Bericht fehlgeschlagen</translation>
        </message>
        <message>
            <source>Report written to {0}</source>
            <translation>Bericht gespeichert unter {0}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Drucken fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n Seite an den Drucker gesendet.</numerusform>
                <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>Sicherung gespeichert unter {0}</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Keine Sicherungen</translation>
        </message>
        <message>
            <source>There is no backup of this diary yet.</source>
            <translation>Von diesem Tagebuch gibt es noch keine Sicherung.</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Neues Tagebuch</translation>
        </message>
        <message>
            <source>{0} exists already; use Open diary… to open it.</source>
            <translation>{0} gibt es schon; öffnen Sie es mit „Tagebuch öffnen…“.</translation>
        </message>
        <message>
            <source>Open diary</source>
            <translation>Tagebuch öffnen</translation>
        </message>
    </context>
    <context>
        <name>FileWords</name>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>is not a Migraine Diary backup (no "format": "{0}")</source>
            <translation>ist keine Sicherung von Migraine Diary (kein "format": "{0}")</translation>
        </message>
        <message>
            <source>was written by a newer version of Migraine Diary</source>
            <translation>wurde von einer neueren Version von Migraine Diary geschrieben</translation>
        </message>
        <message>
            <source>not valid CSV here ({0})</source>
            <translation>hier kein gültiges CSV ({0})</translation>
        </message>
        <message>
            <source>a line is longer than {0} million characters</source>
            <translation>eine Zeile ist länger als {0} Millionen Zeichen</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save it as UTF-8 CSV</source>
            <translation>ist kein UTF-8-Text; speichern Sie die Datei als UTF-8-CSV</translation>
        </message>
        <message>
            <source>{0} appears twice (first on line {1})</source>
            <translation>{0} kommt zweimal vor (zuerst in Zeile {1})</translation>
        </message>
        <message>
            <source>is empty: a header row with a 'date' column is needed</source>
            <translation>ist leer: Nötig ist eine Kopfzeile mit einer Spalte „date“</translation>
        </message>
        <message>
            <source>is not a text file (it contains NUL bytes)</source>
            <translation>ist keine Textdatei (sie enthält NUL-Bytes)</translation>
        </message>
        <message>
            <source>the header row has no 'date' column; is this a days CSV?</source>
            <translation>die Kopfzeile hat keine Spalte „date“; ist das eine Tage-CSV?</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} und {1} weitere</translation>
        </message>
        <message>
            <source>unknown column(s) {0}; known columns: {1}</source>
            <translation>unbekannte Spalte(n) {0}; bekannte Spalten: {1}</translation>
        </message>
        <message>
            <source>column(s) {0} appear more than once</source>
            <translation>Spalte(n) {0} kommen mehrfach vor</translation>
        </message>
        <message>
            <source>has {0} cells but the header has {1} columns</source>
            <translation>hat {0} Zellen, die Kopfzeile aber {1} Spalten</translation>
        </message>
        <message numerus="yes">
            <source>%n attack(s)</source>
            <translation>
                <numerusform>%n Attacke</numerusform>
                <numerusform>%n Attacken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n already in the diary were skipped)</source>
            <translation>
                <numerusform>(%n war schon im Tagebuch und wurde übersprungen)</numerusform>
                <numerusform>(%n waren schon im Tagebuch und wurden übersprungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n preventive injection(s)</source>
            <translation>
                <numerusform>%n prophylaktische Injektion</numerusform>
                <numerusform>%n prophylaktische Injektionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n headache-free day(s)</source>
            <translation>
                <numerusform>%n kopfschmerzfreier Tag</numerusform>
                <numerusform>%n kopfschmerzfreie Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {0} and {1}</source>
            <translation>Importiert: {0} und {1}</translation>
        </message>
        <message>
            <source>'{0}' is not a headache severity (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified or NotPresent)</source>
            <translation>„{0}“ ist keine Kopfschmerzstärke (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified oder NotPresent)</translation>
        </message>
        <message>
            <source>declares the entity '{0}'; Apple Health exports declare none, so it is not read</source>
            <translation>deklariert die Entität „{0}“; Apple-Health-Exporte deklarieren keine, daher wird sie nicht gelesen</translation>
        </message>
        <message>
            <source>the file breaks off or is damaged here: {0} (column {1})</source>
            <translation>die Datei bricht hier ab oder ist beschädigt: {0} (Spalte {1})</translation>
        </message>
        <message>
            <source>the archive is damaged here ({0})</source>
            <translation>das Archiv ist hier beschädigt ({0})</translation>
        </message>
        <message>
            <source>has no HealthData element: is this an Apple Health export.xml?</source>
            <translation>hat kein HealthData-Element: Ist das eine export.xml aus Apple Health?</translation>
        </message>
        <message>
            <source>Apple Health does not say which headaches were migraines: all are imported as headaches</source>
            <translation>Apple Health gibt nicht an, welche Kopfschmerzen Migräne waren: Alle werden als Kopfschmerz importiert</translation>
        </message>
        <message numerus="yes">
            <source>Not used: {0} other Apple Health record(s) (steps, heart rate and the like)</source>
            <translation>
                <numerusform>Nicht verwendet: {0} anderer Apple-Health-Eintrag (Schritte, Herzfrequenz und Ähnliches)</numerusform>
                <numerusform>Nicht verwendet: {0} andere Apple-Health-Einträge (Schritte, Herzfrequenz und Ähnliches)</numerusform>
            </translation>
        </message>
        <message>
            <source>'{0}' is not a date and time like 2020-09-25 10:00:00 +0200</source>
            <translation>„{0}“ ist kein Datum mit Uhrzeit wie 2020-09-25 10:00:00 +0200</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(keine Kategorie)</translation>
        </message>
        <message>
            <source>symptom {0}</source>
            <translation>Symptom {0}</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} other reading(s): {1}</source>
            <translation>
                <numerusform>Nicht importiert: {0} anderer Eintrag: {1}</numerusform>
                <numerusform>Nicht importiert: {0} andere Einträge: {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} on {1}</source>
            <translation>{0} am {1}</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} medication reading(s) on days without a migraine or headache ({1}); the diary keeps doses with attacks, and preventive injections under Treatments</source>
            <translation>
                <numerusform>Nicht importiert: {0} Medikamenteneintrag an Tagen ohne Migräne oder Kopfschmerz ({1}); das Tagebuch führt Einnahmen bei den Attacken und prophylaktische Injektionen unter Behandlungen</numerusform>
                <numerusform>Nicht importiert: {0} Medikamenteneinträge an Tagen ohne Migräne oder Kopfschmerz ({1}); das Tagebuch führt Einnahmen bei den Attacken und prophylaktische Injektionen unter Behandlungen</numerusform>
            </translation>
        </message>
        <message>
            <source>'{0}' is not a date like 25th Sep 2020</source>
            <translation>„{0}“ ist kein Datum wie 25th Sep 2020</translation>
        </message>
        <message>
            <source>'{0}' is not a real calendar date</source>
            <translation>„{0}“ ist kein gültiges Kalenderdatum</translation>
        </message>
        <message>
            <source>'{0}' is not a time of day</source>
            <translation>„{0}“ ist keine Uhrzeit</translation>
        </message>
        <message>
            <source>'{0}' is not a symptom severity from 0 to 4</source>
            <translation>„{0}“ ist keine Symptomstärke von 0 bis 4</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>is none of the formats the diary can import</source>
            <translation>hat keines der Formate, die das Tagebuch importieren kann</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1}); nothing was imported</source>
            <translation>{0}: lässt sich nicht lesen ({1}); es wurde nichts importiert</translation>
        </message>
        <message>
            <source>is a zip file without {0} in it</source>
            <translation>ist eine ZIP-Datei ohne {0}</translation>
        </message>
        <message>
            <source>cannot be opened as a zip file ({0})</source>
            <translation>lässt sich nicht als ZIP-Datei öffnen ({0})</translation>
        </message>
        <message>
            <source>a Migraine Buddy CSV export, a Bearable CSV export, a Headi CSV export, an Apple Health export (export.xml or the export.zip it comes in), or this diary's own days CSV or JSON backup</source>
            <translation>einen CSV-Export aus Migraine Buddy, Bearable oder Headi, einen Apple-Health-Export (export.xml oder die export.zip, in der sie kommt) oder die eigene Tage-CSV oder JSON-Sicherung dieses Tagebuchs</translation>
        </message>
        <message>
            <source>{0}; the diary imports {1}</source>
            <translation>{0}; das Tagebuch importiert {1}</translation>
        </message>
        <message>
            <source>has no {0} column</source>
            <translation>hat keine Spalte {0}</translation>
        </message>
        <message>
            <source>is the same as on line {0}</source>
            <translation>ist dieselbe wie in Zeile {0}</translation>
        </message>
        <message>
            <source>is empty: every Headi record has an id</source>
            <translation>ist leer: Jeder Headi-Eintrag hat eine ID</translation>
        </message>
        <message>
            <source>'{0}' is negative</source>
            <translation>„{0}“ ist negativ</translation>
        </message>
        <message>
            <source>{0} amount(s) for {1} medication(s)</source>
            <translation>{0} Mengenangabe(n) für {1} Medikament(e)</translation>
        </message>
        <message>
            <source>'{0}' is not a number of milliseconds</source>
            <translation>„{0}“ ist keine Zahl von Millisekunden</translation>
        </message>
        <message>
            <source>'{0}' is not a time in milliseconds since 1970</source>
            <translation>„{0}“ ist keine Zeit in Millisekunden seit 1970</translation>
        </message>
        <message>
            <source>Format: {0}</source>
            <translation>Format: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} attack(s)</source>
            <translation>
                <numerusform>{0} Attacke</numerusform>
                <numerusform>{0} Attacken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on {0} day(s)</source>
            <translation>
                <numerusform>an {0} Tag</numerusform>
                <numerusform>an {0} Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} headache-free day(s) stated in the file</source>
            <translation>
                <numerusform>{0} kopfschmerzfreier Tag laut Datei</numerusform>
                <numerusform>{0} kopfschmerzfreie Tage laut Datei</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} preventive injection(s) ({1})</source>
            <translation>
                <numerusform>{0} prophylaktische Injektion ({1})</numerusform>
                <numerusform>{0} prophylaktische Injektionen ({1})</numerusform>
            </translation>
        </message>
        <message>
            <source>Dates: {0} to {1}</source>
            <translation>Zeitraum: {0} bis {1}</translation>
        </message>
        <message>
            <source>Medications not in the catalogue (kept as written, class other): {0}</source>
            <translation>Medikamente, die nicht im Katalog stehen (wie geschrieben übernommen, Klasse „Andere“): {0}</translation>
        </message>
        <message>
            <source>Columns not used: {0}</source>
            <translation>Nicht verwendete Spalten: {0}</translation>
        </message>
        <message>
            <source>{0}: looks like an export from {1}, but it has problems:</source>
            <translation>{0}: sieht aus wie ein Export aus {1}, hat aber Fehler:</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} ongoing event(s) from the block at the top of the file (the diary has no place for them)</source>
            <translation>
                <numerusform>Nicht importiert: {0} laufendes Ereignis aus dem Block am Anfang der Datei (das Tagebuch hat keinen Platz dafür)</numerusform>
                <numerusform>Nicht importiert: {0} laufende Ereignisse aus dem Block am Anfang der Datei (das Tagebuch hat keinen Platz dafür)</numerusform>
            </translation>
        </message>
        <message>
            <source>has no table of attacks (a header row starting "#","Started","Lasted")</source>
            <translation>hat keine Tabelle der Attacken (eine Kopfzeile, die mit "#","Started","Lasted" beginnt)</translation>
        </message>
        <message>
            <source>'{0}' is not a real date and time (month/day/year hour:minute)</source>
            <translation>„{0}“ ist kein gültiges Datum mit Uhrzeit (Monat/Tag/Jahr Stunde:Minute)</translation>
        </message>
        <message>
            <source>'{0}' is not a date and time like 9/25/20 14:30</source>
            <translation>„{0}“ ist kein Datum mit Uhrzeit wie 9/25/20 14:30</translation>
        </message>
        <message>
            <source>'{0}' is not a duration like 01h 00m or 1d 02h 15m</source>
            <translation>„{0}“ ist keine Dauer wie 01h 00m oder 1d 02h 15m</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number of minutes</source>
            <translation>„{0}“ ist keine ganze Zahl von Minuten</translation>
        </message>
        <message>
            <source>{0} minutes is not a UTC offset</source>
            <translation>{0} Minuten sind keine UTC-Abweichung</translation>
        </message>
        <message>
            <source>is not a readable CSV row ({0})</source>
            <translation>ist keine lesbare CSV-Zeile ({0})</translation>
        </message>
        <message>
            <source>has a line longer than {0} MiB</source>
            <translation>hat eine Zeile länger als {0} MiB</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>„{0}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number from 0 to 10</source>
            <translation>„{0}“ ist keine ganze Zahl von 0 bis 10</translation>
        </message>
        <message>
            <source>'{0}' names no medication</source>
            <translation>„{0}“ nennt kein Medikament</translation>
        </message>
        <message>
            <source>'{0}' is not an amount such as 50 or 50 mg</source>
            <translation>„{0}“ ist keine Menge wie 50 oder 50 mg</translation>
        </message>
        <message numerus="yes">
            <source>%n infusion(s)</source>
            <translation>
                <numerusform>%n Infusion</numerusform>
                <numerusform>%n Infusionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n course(s)</source>
            <translation>
                <numerusform>%n Prophylaxe</numerusform>
                <numerusform>%n Prophylaxen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n injection(s)</source>
            <translation>
                <numerusform>%n Injektion</numerusform>
                <numerusform>%n Injektionen</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}: cannot import '{1}' files; use .csv (days) or .json (backup)</source>
            <translation>{0}: Dateien vom Typ „{1}“ lassen sich nicht importieren; verwenden Sie .csv (Tage) oder .json (Sicherung)</translation>
        </message>
        <message>
            <source>no suffix</source>
            <translation>ohne Endung</translation>
        </message>
        <message>
            <source>{0}: is an open diary, not a file to import; nothing was imported</source>
            <translation>{0}: ist ein geöffnetes Tagebuch, keine Datei zum Importieren; es wurde nichts importiert</translation>
        </message>
        <message>
            <source>{0}: cannot export '{1}' files; use .csv, .json, .pdf or .ics</source>
            <translation>{0}: Dateien vom Typ „{1}“ lassen sich nicht exportieren; verwenden Sie .csv, .json, .pdf oder .ics</translation>
        </message>
        <message>
            <source>{0}: cannot be written ({1}); nothing was exported</source>
            <translation>{0}: lässt sich nicht schreiben ({1}); es wurde nichts exportiert</translation>
        </message>
    </context>
    <context>
        <name>HeadacheDetails</name>
        <message>
            <source>Headache details</source>
            <translation>Angaben zum Kopfschmerz</translation>
        </message>
        <message>
            <source>Peak severity, 0 to 10</source>
            <translation>Höchste Schmerzstärke, 0 bis 10</translation>
        </message>
        <message>
            <source>How bad the headache was at its worst: 0 none, 10 the worst imaginable</source>
            <translation>Wie stark der Kopfschmerz auf seinem Höhepunkt war: 0 keiner, 10 der schlimmste vorstellbare</translation>
        </message>
        <message>
            <source> h</source>
            <translation> Std.</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Duration in hours</source>
            <translation>Dauer in Stunden</translation>
        </message>
        <message>
            <source>How many hours of the day the headache lasted</source>
            <translation>Wie viele Stunden des Tages der Kopfschmerz anhielt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>schwer</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Beeinträchtigung</translation>
        </message>
        <message>
            <source>How much the headache kept you from your day</source>
            <translation>Wie sehr der Kopfschmerz Sie im Alltag eingeschränkt hat</translation>
        </message>
        <message>
            <source>&amp;Aura</source>
            <translation>A&amp;ura</translation>
        </message>
        <message>
            <source>Nau&amp;sea</source>
            <translation>Übe&amp;lkeit</translation>
        </message>
        <message>
            <source>&amp;Light sensitivity</source>
            <translation>&amp;Photophobie</translation>
        </message>
        <message>
            <source>S&amp;ound sensitivity</source>
            <translation>Phonophob&amp;ie</translation>
        </message>
        <message>
            <source>&amp;Peak severity (0-10):</source>
            <translation>Höchste &amp;Schmerzstärke (0–10):</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>Dau&amp;er:</translation>
        </message>
        <message>
            <source>Disa&amp;bility:</source>
            <translation>Beeinträchti&amp;gung:</translation>
        </message>
        <message>
            <source>Symptoms:</source>
            <translation>Begleitsymptome:</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>The app records attacks, not headache-free days, so a day it does not mention may have been headache-free or simply not logged: tick this only if you logged every attack in that time.</source>
            <translation>Die App erfasst Attacken, keine kopfschmerzfreien Tage: Ein Tag, den sie nicht erwähnt, kann kopfschmerzfrei oder einfach nicht eingetragen gewesen sein. Kreuzen Sie dies nur an, wenn Sie in dieser Zeit jede Attacke eingetragen haben.</translation>
        </message>
        <message>
            <source>Import from {0}</source>
            <translation>Import aus {0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; is an export from {1}. Nothing has been written yet.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; ist ein Export aus {1}. Noch wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Mark the days without an attack between {0} and {1} as headache-free</source>
            <translation>Tage ohne Attacke zwischen {0} und {1} als kopfschmerzfrei eintragen</translation>
        </message>
        <message>
            <source>Importing the same file again later adds nothing new. Days you already recorded are never made milder: flags are combined and the highest severity kept.</source>
            <translation>Wird dieselbe Datei später erneut importiert, kommt nichts hinzu. Bereits eingetragene Tage werden nie milder: Angaben werden zusammengeführt, die höchste Schmerzstärke bleibt.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
    </context>
    <context>
        <name>InfusionDialog</name>
        <message>
            <source>Edit infusion</source>
            <translation>Infusion bearbeiten</translation>
        </message>
        <message>
            <source>Add infusion</source>
            <translation>Infusion hinzufügen</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>e.g. eptinezumab, Vyepti, DHE</source>
            <translation>z. B. Eptinezumab, Vyepti, DHE</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis in mg</translation>
        </message>
        <message>
            <source>Number of days</source>
            <translation>Anzahl der Tage</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>prophylaktisch</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>akut</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reaktionen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Erster Tag:</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Wirkstoff:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>&amp;Dosis:</translation>
        </message>
        <message>
            <source>Number of &amp;days:</source>
            <translation>Anzahl der &amp;Tage:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Setting:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>&amp;Reactions:</source>
            <translation>&amp;Reaktionen:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
    </context>
    <context>
        <name>InjectionDialog</name>
        <message>
            <source>Edit injection</source>
            <translation>Injektion bearbeiten</translation>
        </message>
        <message>
            <source>Add injection</source>
            <translation>Injektion hinzufügen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>e.g. erenumab, Ajovy, Botox</source>
            <translation>z. B. Erenumab, Ajovy, Botox</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis in mg</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Wirkstoff:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Dose in {0}</source>
            <translation>Dosis in {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Fragebögen</translation>
        </message>
        <message>
            <source>{0} — Migraine Diary</source>
            <translation>{0} — Migraine Diary</translation>
        </message>
        <message>
            <source>Diary: {0}</source>
            <translation>Tagebuch: {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} gespeichert.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Nicht geändert</translation>
        </message>
        <message>
            <source>{0} is unrecorded again.</source>
            <translation>{0} ist wieder nicht eingetragen.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n unrecorded day(s) headache-free.</source>
            <translation>
                <numerusform>%n nicht eingetragener Tag als kopfschmerzfrei eingetragen.</numerusform>
                <numerusform>%n nicht eingetragene Tage als kopfschmerzfrei eingetragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Updated with changes saved by another program.</source>
            <translation>Mit Änderungen aktualisiert, die ein anderes Programm gespeichert hat.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo failed</source>
            <translation>Rückgängig machen fehlgeschlagen</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Erledigt: {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Nichts zu speichern.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n day(s) headache-free.</source>
            <translation>
                <numerusform>%n Tag als kopfschmerzfrei eingetragen.</numerusform>
                <numerusform>%n Tage als kopfschmerzfrei eingetragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Warnung: {0}</translation>
        </message>
        <message>
            <source>Reminder not saved</source>
            <translation>Erinnerung nicht gespeichert</translation>
        </message>
        <message>
            <source>Reminder: today is not recorded yet.</source>
            <translation>Erinnerung: Heute ist noch nicht eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialog</name>
        <message>
            <source>oral</source>
            <translation>oral</translation>
        </message>
        <message>
            <source>intravenous</source>
            <translation>intravenös</translation>
        </message>
        <message>
            <source>subcutaneous</source>
            <translation>subkutan</translation>
        </message>
        <message>
            <source>intramuscular</source>
            <translation>intramuskulär</translation>
        </message>
        <message>
            <source>nasal</source>
            <translation>nasal</translation>
        </message>
        <message>
            <source>rectal</source>
            <translation>rektal</translation>
        </message>
        <message>
            <source>other route</source>
            <translation>anderer Weg</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>Akutbehandlung</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>Prophylaxe</translation>
        </message>
        <message>
            <source>Add medication</source>
            <translation>Medikament hinzufügen</translation>
        </message>
        <message>
            <source>Medication name</source>
            <translation>Name des Medikaments</translation>
        </message>
        <message>
            <source>A catalogue name fills in class, route and role</source>
            <translation>Ein Name aus dem Katalog füllt Klasse, Applikationsweg und Einsatz aus</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Einsatz</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Applikationsweg</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Klasse:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Einsatz:</translation>
        </message>
        <message>
            <source>R&amp;oute:</source>
            <translation>&amp;Applikationsweg:</translation>
        </message>
        <message>
            <source>Not in the catalogue: choose its class and role.</source>
            <translation>Nicht im Katalog: Klasse und Einsatz wählen.</translation>
        </message>
        <message>
            <source>From the catalogue: {0}</source>
            <translation>Aus dem Katalog: {0}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>About Migraine Diary</source>
            <translation>Über Migraine Diary</translation>
        </message>
        <message>
            <source>Migraine Diary {0}

A diary for migraine days, medications and IV infusions.

This diary's file:
{1}</source>
            <translation>Migraine Diary {0}

Ein Tagebuch für Migränetage, Medikamente und Infusionen.

Datei dieses Tagebuchs:
{1}</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>&amp;Neues Tagebuch…</translation>
        </message>
        <message>
            <source>&amp;Open diary…</source>
            <translation>Tagebuch ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Export doctor &amp;report…</source>
            <translation>A&amp;rztbericht exportieren…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Einstellun&amp;gen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Save day</source>
            <translation>Tag &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;No headache today</source>
            <translation>Heute &amp;kein Kopfschmerz</translation>
        </message>
        <message>
            <source>&amp;Forget this day…</source>
            <translation>Diesen Tag &amp;vergessen…</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Kalender</translation>
        </message>
        <message>
            <source>T&amp;reatments</source>
            <translation>&amp;Behandlungen</translation>
        </message>
        <message>
            <source>Tr&amp;ends</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Questionnaires</source>
            <translation>&amp;Fragebögen</translation>
        </message>
        <message>
            <source>&amp;Go to today</source>
            <translation>&amp;Zu heute springen</translation>
        </message>
        <message>
            <source>&amp;Previous day or month</source>
            <translation>V&amp;orheriger Tag oder Monat</translation>
        </message>
        <message>
            <source>&amp;Next day or month</source>
            <translation>&amp;Nächster Tag oder Monat</translation>
        </message>
        <message>
            <source>&amp;Definitions</source>
            <translation>&amp;Definitionen</translation>
        </message>
        <message>
            <source>&amp;About Migraine Diary</source>
            <translation>&amp;Über Migraine Diary</translation>
        </message>
        <message>
            <source>Daily re&amp;minder…</source>
            <translation>Tägliche &amp;Erinnerung…</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Dim mode</source>
            <translation>&amp;Gedämpfter Modus</translation>
        </message>
        <message>
            <source>Dark, low-contrast colours and a larger Today form, for the worst moments</source>
            <translation>Dunkle, kontrastarme Farben und ein größeres Formular Heute, für die schlimmsten Momente</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Open recen&amp;t</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>&amp;Design</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Month calendar</source>
            <translation>Monatskalender</translation>
        </message>
        <message>
            <source>{0}: in the future</source>
            <translation>{0}: in der Zukunft</translation>
        </message>
        <message>
            <source>migraine day</source>
            <translation>Migränetag</translation>
        </message>
        <message>
            <source>headache day</source>
            <translation>Kopfschmerztag</translation>
        </message>
        <message>
            <source>no headache</source>
            <translation>kein Kopfschmerz</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht eingetragen</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>; infusion: {0}</source>
            <translation>; Infusion: {0}</translation>
        </message>
        <message>
            <source>headache</source>
            <translation>Kopfschmerz</translation>
        </message>
        <message>
            <source>migraine</source>
            <translation>Migräne</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Migraine Diary files (*.sqlite3 *.db);;All files (*)</source>
            <translation>Migraine-Diary-Dateien (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>{0} is already open in another Migraine Diary window. Switch to that window, or close it first. (The command line still works while the window is open.)</source>
            <translation>{0} ist bereits in einem anderen Fenster von Migraine Diary geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst. (Die Kommandozeile funktioniert weiter, solange das Fenster offen ist.)</translation>
        </message>
        <message>
            <source>Diary already open</source>
            <translation>Tagebuch bereits geöffnet</translation>
        </message>
        <message>
            <source>Open diary</source>
            <translation>Tagebuch öffnen</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Neues Tagebuch</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Aus Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Open another diary…</source>
            <translation>Anderes Tagebuch öffnen…</translation>
        </message>
        <message>
            <source>Create a new diary…</source>
            <translation>Neues Tagebuch anlegen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>The file was left exactly as it was.</source>
            <translation>Die Datei wurde unverändert gelassen.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this diary exist.</source>
            <translation>
                <numerusform>Es gibt %n Sicherung dieses Tagebuchs.</numerusform>
                <numerusform>Es gibt %n Sicherungen dieses Tagebuchs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open the diary</source>
            <translation>Das Tagebuch lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Keine Sicherungen</translation>
        </message>
        <message>
            <source>There is no backup of {0}.</source>
            <translation>Es gibt keine Sicherung von {0}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Wiederherstellung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <source>The diary was restored from {0}.
The previous file is kept at {1}.</source>
            <translation>Das Tagebuch wurde aus {0} wiederhergestellt.
Die bisherige Datei liegt unter {1}.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences not saved</source>
            <translation>Einstellungen nicht gespeichert</translation>
        </message>
        <message>
            <source>Preferences saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Name der Patientin / des Patienten</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Not &amp;given</source>
            <translation>&amp;Nicht angegeben</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Doctor report</source>
            <translation>Arztbericht</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>&amp;Geburtsdatum:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Papierformat:</translation>
        </message>
        <message>
            <source>Name and date of birth are never required: when given, they head the report so the doctor can file it.</source>
            <translation>Name und Geburtsdatum sind nie erforderlich: Wenn angegeben, stehen sie oben im Bericht, damit die Praxis ihn zuordnen kann.</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Tägliche Erinnerung</translation>
        </message>
        <message>
            <source>Preventive infusions</source>
            <translation>Prophylaktische Infusionen</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <source>Weeks between {0} infusions</source>
            <translation>Wochen zwischen den Infusionen mit {0}</translation>
        </message>
        <message>
            <source>{0} every</source>
            <translation>{0} alle</translation>
        </message>
        <message>
            <source>The Treatments page shows the next infusion due this long after the last one.</source>
            <translation>Die Seite Behandlungen zeigt die nächste Infusion so lange nach der letzten als fällig an.</translation>
        </message>
        <message>
            <source>No preventive infusions yet. Once one is added on the Treatments page, its interval can be set here (12 weeks unless changed).</source>
            <translation>Noch keine prophylaktischen Infusionen. Sobald eine auf der Seite Behandlungen hinzugefügt ist, lässt sich ihr Abstand hier einstellen (12 Wochen, wenn nicht geändert).</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language applies the next time Migraine Diary starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Migraine Diary.</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The entry for {0} has changes that are not saved.</source>
            <translation>Der Eintrag für {0} hat Änderungen, die nicht gespeichert sind.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireDialog</name>
        <message>
            <source>Answer about all the headaches you have had over the last 3 months. Write 0 if you did not do the activity in the last 3 months.</source>
            <translation>Beantworten Sie die Fragen für alle Kopfschmerzen, die Sie in den letzten 3 Monaten hatten. Tragen Sie 0 ein, wenn Sie der Tätigkeit in den letzten 3 Monaten nicht nachgegangen sind.</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you miss work or school because of your headaches?</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten haben Sie wegen Ihrer Kopfschmerzen bei der Arbeit oder in der Schule gefehlt?</translation>
        </message>
        <message>
            <source>How many days in the last 3 months was your productivity at work or school reduced by half or more because of your headaches? (Do not include days you counted in question 1 where you missed work or school.)</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten war Ihre Leistungsfähigkeit bei der Arbeit oder in der Schule wegen Ihrer Kopfschmerzen um die Hälfte oder mehr eingeschränkt? (Zählen Sie die Tage nicht mit, die Sie in Frage 1 als Fehltage angegeben haben.)</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you not do household work because of your headaches?</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten konnten Sie wegen Ihrer Kopfschmerzen keine Hausarbeit verrichten?</translation>
        </message>
        <message>
            <source>How many days in the last 3 months was your productivity in household work reduced by half or more because of your headaches? (Do not include days you counted in question 3 where you did not do household work.)</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten war Ihre Leistungsfähigkeit bei der Hausarbeit wegen Ihrer Kopfschmerzen um die Hälfte oder mehr eingeschränkt? (Zählen Sie die Tage nicht mit, die Sie in Frage 3 angegeben haben.)</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you miss family, social or leisure activities because of your headaches?</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten haben Sie wegen Ihrer Kopfschmerzen Familien-, Freizeit- oder gesellschaftliche Aktivitäten versäumt?</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you have a headache? (If a headache lasted more than 1 day, count each day.)</source>
            <translation>An wie vielen Tagen in den letzten 3 Monaten hatten Sie Kopfschmerzen? (Dauerte ein Kopfschmerz länger als 1 Tag, zählen Sie jeden Tag.)</translation>
        </message>
        <message>
            <source>On a scale of 0 to 10, on average how painful were these headaches? (0 = no pain at all, 10 = pain as bad as it can be.)</source>
            <translation>Wie stark waren diese Kopfschmerzen im Durchschnitt auf einer Skala von 0 bis 10? (0 = überhaupt keine Schmerzen, 10 = stärkste vorstellbare Schmerzen.)</translation>
        </message>
        <message>
            <source>Answer each question about your headaches; questions 4 to 6 are about the past 4 weeks.</source>
            <translation>Beantworten Sie jede Frage zu Ihren Kopfschmerzen; die Fragen 4 bis 6 betreffen die letzten 4 Wochen.</translation>
        </message>
        <message>
            <source>When you have headaches, how often is the pain severe?</source>
            <translation>Wenn Sie Kopfschmerzen haben, wie oft sind die Schmerzen stark?</translation>
        </message>
        <message>
            <source>How often do headaches limit your ability to do usual daily activities including household work, work, school, or social activities?</source>
            <translation>Wie oft schränken Kopfschmerzen Ihre Fähigkeit ein, übliche tägliche Aktivitäten auszuführen, z. B. Hausarbeit, Arbeit, Schule oder gesellschaftliche Aktivitäten?</translation>
        </message>
        <message>
            <source>When you have a headache, how often do you wish you could lie down?</source>
            <translation>Wenn Sie Kopfschmerzen haben, wie oft wünschen Sie sich, dass Sie sich hinlegen könnten?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often have you felt too tired to do work or daily activities because of your headaches?</source>
            <translation>Wie oft haben Sie sich in den letzten 4 Wochen wegen Ihrer Kopfschmerzen zu müde gefühlt, um zu arbeiten oder Ihren täglichen Aktivitäten nachzugehen?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often have you felt fed up or irritated because of your headaches?</source>
            <translation>Wie oft haben Sie in den letzten 4 Wochen wegen Ihrer Kopfschmerzen die Nase voll gehabt oder sich gereizt gefühlt?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often did headaches limit your ability to concentrate on work or daily activities?</source>
            <translation>Wie oft haben Kopfschmerzen in den letzten 4 Wochen Ihre Fähigkeit eingeschränkt, sich auf die Arbeit oder tägliche Aktivitäten zu konzentrieren?</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Rarely</source>
            <translation>Selten</translation>
        </message>
        <message>
            <source>Sometimes</source>
            <translation>Manchmal</translation>
        </message>
        <message>
            <source>Very often</source>
            <translation>Sehr oft</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Immer</translation>
        </message>
        <message>
            <source>Edit {0}</source>
            <translation>{0} bearbeiten</translation>
        </message>
        <message>
            <source>New {0}</source>
            <translation>Neuer {0}</translation>
        </message>
        <message>
            <source>MIDAS: Migraine Disability Assessment</source>
            <translation>MIDAS: Migraine Disability Assessment</translation>
        </message>
        <message>
            <source>HIT-6: Headache Impact Test</source>
            <translation>HIT-6: Headache Impact Test</translation>
        </message>
        <message>
            <source>Date answered</source>
            <translation>Ausgefüllt am</translation>
        </message>
        <message>
            <source>&amp;Date answered:</source>
            <translation>&amp;Ausgefüllt am:</translation>
        </message>
        <message>
            <source>Questions 1-5 (days)</source>
            <translation>Fragen 1–5 (Tage)</translation>
        </message>
        <message>
            <source>Questions 1-6</source>
            <translation>Fragen 1–6</translation>
        </message>
        <message>
            <source>Not part of the score</source>
            <translation>Nicht Teil des Punktwerts</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>Question {0}</source>
            <translation>Frage {0}</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>please choose an answer</source>
            <translation>bitte eine Antwort wählen</translation>
        </message>
        <message>
            <source>a {0} for {1} is already in the diary; edit that one instead</source>
            <translation>für den {1} ist schon ein {0} eingetragen; bearbeiten Sie diesen</translation>
        </message>
        <message numerus="yes">
            <source>Score: answer all {0} questions (%n to go)</source>
            <translation>
                <numerusform>Punktwert: Beantworten Sie alle {0} Fragen (noch %n)</numerusform>
                <numerusform>Punktwert: Beantworten Sie alle {0} Fragen (noch %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>MIDAS score: {0} (grade {1}, {2})</source>
            <translation>MIDAS-Punktwert: {0} (Grad {1}, {2})</translation>
        </message>
        <message>
            <source>HIT-6 score: {0} ({1})</source>
            <translation>HIT-6-Punktwert: {0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairesView</name>
        <message>
            <source>grade {0}, {1}</source>
            <translation>Grad {0}, {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Fragebogen</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktwert</translation>
        </message>
        <message>
            <source>Grade or impact</source>
            <translation>Grad bzw. Beeinträchtigung</translation>
        </message>
        <message>
            <source>Questionnaire history</source>
            <translation>Bisherige Fragebögen</translation>
        </message>
        <message>
            <source>No questionnaires yet. MIDAS looks back over 3 months, HIT-6 over 4 weeks: filling one in before each visit shows your doctor the trend.</source>
            <translation>Noch keine Fragebögen. MIDAS blickt auf 3 Monate zurück, HIT-6 auf 4 Wochen: Vor jedem Arzttermin ausgefüllt, zeigen sie Ihrer Ärztin oder Ihrem Arzt den Verlauf.</translation>
        </message>
        <message>
            <source>Add &amp;MIDAS…</source>
            <translation>&amp;MIDAS hinzufügen…</translation>
        </message>
        <message>
            <source>Migraine Disability Assessment: days lost in the last 3 months</source>
            <translation>Migraine Disability Assessment: in den letzten 3 Monaten beeinträchtigte Tage</translation>
        </message>
        <message>
            <source>Add &amp;HIT-6…</source>
            <translation>&amp;HIT-6 hinzufügen…</translation>
        </message>
        <message>
            <source>Headache Impact Test: 6 questions</source>
            <translation>Headache Impact Test: 6 Fragen</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Latest {0}: {1} ({2}) on {3}</source>
            <translation>Letzter {0}: {1} ({2}) am {3}</translation>
        </message>
        <message>
            <source>; before that {0} ({1}) on {2}</source>
            <translation>; davor {0} ({1}) am {2}</translation>
        </message>
        <message>
            <source>Delete the {0} of {1} (score {2})?</source>
            <translation>{0} vom {1} (Punktwert {2}) löschen?</translation>
        </message>
        <message>
            <source>Delete questionnaire</source>
            <translation>Fragebogen löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Could not delete</source>
            <translation>Löschen nicht möglich</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Daily reminder</source>
            <translation>Tägliche Erinnerung</translation>
        </message>
    </context>
    <context>
        <name>ReminderFields</name>
        <message>
            <source>&amp;Remind me every day at</source>
            <translation>Jeden Tag &amp;erinnern um</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>While Migraine Diary is running, a message in the system tray reminds you if the day is not recorded yet.</source>
            <translation>Solange Migraine Diary läuft, erinnert Sie eine Meldung im Infobereich, wenn der Tag noch nicht eingetragen ist.</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so the reminder cannot be shown here.</source>
            <translation>Diese Arbeitsumgebung hat keinen Infobereich; die Erinnerung kann hier nicht angezeigt werden.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Doctor report</source>
            <translation>Arztbericht</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Erster Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>&amp;Default</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <source>This month and the 5 before it, reaching back to the 28-day baseline of the current preventive course, an acute infusion course just before it and the 3 months before the course (at most 12 months)</source>
            <translation>Dieser Monat und die 5 davor, zurück bis zur 28-tägigen Ausgangsphase der laufenden Prophylaxe, einer direkt vorangehenden Serie akuter Infusionen und den 3 Monaten vor der Prophylaxe (höchstens 12 Monate)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>&amp;Months:</source>
            <translation>&amp;Monate:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>The report shows the monthly numbers, the infusions and their outcomes, acute medication use and the notes of these months.</source>
            <translation>Der Bericht zeigt die Monatszahlen, die Infusionen und ihre Ergebnisse, die Einnahme von Akutmedikation und die Notizen dieser Monate.</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Patient</source>
            <translation>Patient/in</translation>
        </message>
        <message>
            <source>{0} (age {1})</source>
            <translation>{0} ({1} Jahre)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message numerus="yes">
            <source>%n calendar month(s)</source>
            <translation>
                <numerusform>%n Kalendermonat</numerusform>
                <numerusform>%n Kalendermonate</numerusform>
            </translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Diary coverage</source>
            <translation>Vollständigkeit des Tagebuchs</translation>
        </message>
        <message>
            <source>Earlier history</source>
            <translation>Frühere Daten</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>ICHD-3 chronic migraine</source>
            <translation>Chronische Migräne (ICHD-3)</translation>
        </message>
        <message>
            <source>Medication overuse</source>
            <translation>Medikamentenübergebrauch</translation>
        </message>
        <message>
            <source>Next infusion due</source>
            <translation>Nächste Infusion fällig</translation>
        </message>
        <message>
            <source>Wearing-off check</source>
            <translation>Wearing-off-Prüfung</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Auf einen Blick</translation>
        </message>
        <message>
            <source>Latest ended month</source>
            <translation>Letzter abgeschlossener Monat</translation>
        </message>
        <message>
            <source>none in this period yet</source>
            <translation>in diesem Zeitraum noch keiner</translation>
        </message>
        <message>
            <source>{0}: {1}, {2}, {3} of {4} days recorded</source>
            <translation>{0}: {1}, {2}, {3} von {4} Tagen eingetragen</translation>
        </message>
        <message numerus="yes">
            <source>%n migraine day(s)</source>
            <translation>
                <numerusform>%n Migränetag</numerusform>
                <numerusform>%n Migränetage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n headache day(s)</source>
            <translation>
                <numerusform>%n Kopfschmerztag</numerusform>
                <numerusform>%n Kopfschmerztage</numerusform>
            </translation>
        </message>
        <message>
            <source>chronic</source>
            <translation>chronisch</translation>
        </message>
        <message>
            <source>episodic</source>
            <translation>episodisch</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>unvollständig</translation>
        </message>
        <message>
            <source>no ended month in this period yet</source>
            <translation>in diesem Zeitraum noch kein abgeschlossener Monat</translation>
        </message>
        <message>
            <source>over the ended month {0}</source>
            <translation>im abgeschlossenen Monat {0}</translation>
        </message>
        <message>
            <source>over the ended months {0}</source>
            <translation>in den abgeschlossenen Monaten {0}</translation>
        </message>
        <message>
            <source>over the last {0}, {1}</source>
            <translation>in den letzten {0}, {1}</translation>
        </message>
        <message>
            <source>rests on {0} of {1} days recorded</source>
            <translation>beruht auf {0} von {1} eingetragenen Tagen</translation>
        </message>
        <message>
            <source>{0} of {1} days</source>
            <translation>{0} von {1} Tagen</translation>
        </message>
        <message>
            <source>only {0} of {1} days recorded, fewer than half</source>
            <translation>nur {0} von {1} Tagen eingetragen, weniger als die Hälfte</translation>
        </message>
        <message>
            <source>from {0} ({1}) &lt;b&gt;not shown&lt;/b&gt;; &lt;span class="muted"&gt;export with &lt;i&gt;--from {2}&lt;/i&gt;, or choose the first month in File &amp;gt; Export doctor report…, to include it&lt;/span&gt;</source>
            <translation>ab {0} ({1}) &lt;b&gt;nicht gezeigt&lt;/b&gt;; &lt;span class="muted"&gt;zum Einbeziehen mit &lt;i&gt;--from {2}&lt;/i&gt; exportieren oder den ersten Monat unter Datei &amp;gt; Arztbericht exportieren… wählen&lt;/span&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>3 consecutive months each with {0}+ headache days, {1}+ of them migraine days</source>
            <translation>3 aufeinanderfolgende Monate mit je {0}+ Kopfschmerztagen, davon {1}+ Migränetage</translation>
        </message>
        <message>
            <source>pattern met</source>
            <translation>Muster erfüllt</translation>
        </message>
        <message>
            <source>{0} in the whole diary, not within the months shown {1}</source>
            <translation>{0} im gesamten Tagebuch, nicht in den gezeigten Monaten {1}</translation>
        </message>
        <message>
            <source>pattern not met</source>
            <translation>Muster nicht erfüllt</translation>
        </message>
        <message>
            <source>{0} in the whole diary {1}</source>
            <translation>{0} im gesamten Tagebuch {1}</translation>
        </message>
        <message>
            <source>{0} in this period {1}</source>
            <translation>{0} in diesem Zeitraum {1}</translation>
        </message>
        <message>
            <source>no month flagged</source>
            <translation>kein Monat auffällig</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} und {1} weitere</translation>
        </message>
        <message>
            <source>{0} of {1}: {2}</source>
            <translation>{0} von {1}: {2}</translation>
        </message>
        <message>
            <source>no preventive infusion recorded</source>
            <translation>keine prophylaktische Infusion eingetragen</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>seit %n Tag überfällig</numerusform>
                <numerusform>seit %n Tagen überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, due soon</source>
            <translation>{0}, bald fällig</translation>
        </message>
        <message>
            <source>{0} on {1} ({2})</source>
            <translation>{0} am {1} ({2})</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier comparison(s) in the period: {0} with possible wearing-off</source>
            <translation>
                <numerusform>%n früherer Vergleich im Zeitraum: {0} mit möglichem Wearing-off</numerusform>
                <numerusform>%n frühere Vergleiche im Zeitraum: {0} mit möglichem Wearing-off</numerusform>
            </translation>
        </message>
        <message>
            <source>possible wearing-off</source>
            <translation>mögliches Wearing-off</translation>
        </message>
        <message>
            <source>no wearing-off</source>
            <translation>kein Wearing-off</translation>
        </message>
        <message>
            <source>{0} before the {1} {2} infusion: {3} migraine days per 28 days in weeks 9–12 after the previous one (up to the day before it), {4} in weeks 1–8</source>
            <translation>{0} vor der Infusion mit {2} am {1}: {3} Migränetage pro 28 Tage in den Wochen 9–12 nach der vorigen (bis zum Vortag), {4} in den Wochen 1–8</translation>
        </message>
        <message>
            <source>Monthly migraine and headache days</source>
            <translation>Migräne- und Kopfschmerztage pro Monat</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Tage erfasst</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Kopfschmerz-Tage</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Migräne-Tage</translation>
        </message>
        <message>
            <source>Acute med. days</source>
            <translation>Tage mit Akutmed.</translation>
        </message>
        <message>
            <source>Days per medication class</source>
            <translation>Tage pro Medikamentenklasse</translation>
        </message>
        <message>
            <source>Class days</source>
            <translation>Tage pro Klasse</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Overuse</source>
            <translation>Übergebrauch</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>* In progress: {0} of its {1} days so far (up to {2}). </source>
            <translation>* Läuft noch: bisher {0} von {1} Tagen (bis {2}). </translation>
        </message>
        <message>
            <source>Overuse: ICHD-3 8.2 (triptans, ergots, opioids or combination analgesics on 10 or more days; simple analgesics on 15 or more; two or more of these classes on 10 or more days in total).</source>
            <translation>Übergebrauch: ICHD-3 8.2 (Triptane, Ergotamine, Opioide oder Kombinationsanalgetika an 10 oder mehr Tagen; einfache Analgetika an 15 oder mehr; zwei oder mehr dieser Klassen zusammen an 10 oder mehr Tagen).</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>Monat für Monat</translation>
        </message>
        <message>
            <source>Days per class count each day once per class.</source>
            <translation>Tage pro Klasse zählen jeden Tag einmal je Klasse.</translation>
        </message>
        <message>
            <source>Each day counts once per class.</source>
            <translation>Jeder Tag zählt einmal je Klasse.</translation>
        </message>
        <message>
            <source>Acute medications in the period</source>
            <translation>Akutmedikation im Zeitraum</translation>
        </message>
        <message>
            <source>No acute medication recorded in this period.</source>
            <translation>In diesem Zeitraum keine Akutmedikation eingetragen.</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Days used</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Doses</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Mean relief (0–3)</source>
            <translation>Mittlere Linderung (0–3)</translation>
        </message>
        <message>
            <source>Doses rated</source>
            <translation>Dosen bewertet</translation>
        </message>
        <message>
            <source>Relief as rated for each dose: 0 none, 1 a little, 2 good, 3 complete.</source>
            <translation>Linderung wie für jede Dosis bewertet: 0 keine, 1 etwas, 2 gut, 3 vollständig.</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Fragebogen</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Letzter</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grad</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Fragebögen</translation>
        </message>
        <message>
            <source>grade {0}</source>
            <translation>Grad {0}</translation>
        </message>
        <message>
            <source>… and {0} from earlier in the period (the {1} are listed).</source>
            <translation>… und {0} von früher im Zeitraum (aufgeführt: {1}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more note(s)</source>
            <translation>
                <numerusform>%n weitere Notiz</numerusform>
                <numerusform>%n weitere Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n most recent note(s)</source>
            <translation>
                <numerusform>die %n neueste Notiz</numerusform>
                <numerusform>die %n neuesten Notizen</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Record days in the diary, or choose another period, to see monthly migraine days here.</source>
            <translation>Tragen Sie Tage ins Tagebuch ein oder wählen Sie einen anderen Zeitraum, um hier die Migränetage pro Monat zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Seite {0} von {1}</translation>
        </message>
        <message>
            <source>Patient-recorded diary · Migraine Diary {0}</source>
            <translation>Vom Patienten geführtes Tagebuch · Migraine Diary {0}</translation>
        </message>
    </context>
    <context>
        <name>ReportTreatments</name>
        <message>
            <source>An aid for the doctor's decision, not the decision ({0}).</source>
            <translation>Eine Hilfe für die ärztliche Entscheidung, nicht die Entscheidung selbst ({0}).</translation>
        </message>
        <message>
            <source>American Headache Society consensus 2018, updated 2021</source>
            <translation>Konsensus der American Headache Society 2018, aktualisiert 2021</translation>
        </message>
        <message>
            <source>weeks {0}–{1}</source>
            <translation>Wochen {0}–{1}</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <source>no change in migraine days per 28</source>
            <translation>keine Änderung der Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>{0}% fewer migraine days per 28</source>
            <translation>{0} % weniger Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>{0}% more migraine days per 28</source>
            <translation>{0} % mehr Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>keine Änderung</translation>
        </message>
        <message>
            <source>{0}% fewer</source>
            <translation>{0} % weniger</translation>
        </message>
        <message>
            <source>{0}% more</source>
            <translation>{0} % mehr</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>kein Vergleich</translation>
        </message>
        <message>
            <source>(no migraine day in the baseline)</source>
            <translation>(kein Migränetag in der Baseline)</translation>
        </message>
        <message>
            <source>(baseline)</source>
            <translation>(Baseline)</translation>
        </message>
        <message>
            <source>({0} in progress)</source>
            <translation>({0} laufen noch)</translation>
        </message>
        <message>
            <source>stopped before a 12-week period began</source>
            <translation>beendet vor Beginn eines 12-Wochen-Abschnitts</translation>
        </message>
        <message numerus="yes">
            <source>%n administration(s)</source>
            <translation>
                <numerusform>%n Gabe</numerusform>
                <numerusform>%n Gaben</numerusform>
            </translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>lapsed: no dose after {0}</source>
            <translation>ausgelaufen: keine Gabe nach dem {0}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht eingetragen</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>laufend</translation>
        </message>
        <message>
            <source>{0} so far</source>
            <translation>bisher {0}</translation>
        </message>
        <message>
            <source>Preventive treatment history</source>
            <translation>Bisherige Prophylaxen</translation>
        </message>
        <message>
            <source>No preventive treatment course in the diary.</source>
            <translation>Keine Prophylaxe im Tagebuch.</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Preventive class</source>
            <translation>Substanzklasse</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Stop reason</source>
            <translation>Grund für Absetzen</translation>
        </message>
        <message>
            <source>Outcome against baseline</source>
            <translation>Ergebnis gegenüber Baseline</translation>
        </message>
        <message>
            <source>Preventive classes stopped as not effective or not tolerated: {0}</source>
            <translation>Wegen fehlender Wirksamkeit oder Unverträglichkeit abgesetzte Substanzklassen: {0}</translation>
        </message>
        <message>
            <source>Every course in the diary, also those before this period. Outcome: migraine days per 28 days in the last complete 12-week period against the 28 days before the start. Not tolerated: stopped for side effects.</source>
            <translation>Jede Prophylaxe im Tagebuch, auch vor diesem Zeitraum. Ergebnis: Migränetage pro 28 Tage im letzten abgeschlossenen 12-Wochen-Abschnitt gegenüber den 28 Tagen vor Beginn. Unverträglich: wegen Nebenwirkungen abgesetzt.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} und {1} weitere</translation>
        </message>
        <message>
            <source>given {0}</source>
            <translation>gegeben am {0}</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier period(s) ({0}) not shown here; the diary's window and summary --json list every period.</source>
            <translation>
                <numerusform>%n früherer Abschnitt ({0}) hier nicht gezeigt; das Fenster des Tagebuchs und summary --json listen jeden Abschnitt.</numerusform>
                <numerusform>%n frühere Abschnitte ({0}) hier nicht gezeigt; das Fenster des Tagebuchs und summary --json listen jeden Abschnitt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Tage erfasst</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days per 28 days</source>
            <translation>Tage pro 28 Tage</translation>
        </message>
        <message>
            <source>Mean peak severity (0–10)</source>
            <translation>Mittlere max. Intensität (0–10)</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reduktion</translation>
        </message>
        <message>
            <source>Responder</source>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Migraine</source>
            <translation>Migräne</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Kopfschmerz</translation>
        </message>
        <message>
            <source>Acute med.</source>
            <translation>Akutmed.</translation>
        </message>
        <message>
            <source>Migraine-specific acute</source>
            <translation>Migräne-spezifisch akut</translation>
        </message>
        <message>
            <source>The courses running in this period, each against the 28 days before its start. Periods of 12 weeks from the day after the first administration (the start for a daily treatment), the last one up to the stop date or today. Rates: days × 28 / recorded days, given when at least half of the days are recorded. Migraine-specific acute: triptan, ergot, gepant or ditan. Reduction: of migraine days (negative: more). Responder: a reduction of at least 30, 50 or 75%; 30% is the threshold guidelines use for chronic migraine, 50% for episodic migraine. Responder flags are given only for complete periods.</source>
            <translation>Die Prophylaxen dieses Zeitraums, jeweils gegenüber den 28 Tagen vor Beginn. Abschnitte von 12 Wochen ab dem Tag nach der ersten Gabe (bei täglicher Einnahme ab Beginn), der letzte bis zum Absetzen oder bis heute. Raten: Tage × 28 / eingetragene Tage, angegeben, wenn mindestens die Hälfte der Tage eingetragen ist. Migränespezifisch akut: Triptan, Ergotamin, Gepant oder Ditan. Reduktion: der Migränetage (negativ: mehr). Responder: Reduktion um mindestens 30, 50 oder 75 %; 30 % ist die Schwelle der Leitlinien für chronische Migräne, 50 % für episodische Migräne. Responder-Angaben nur für abgeschlossene Abschnitte.</translation>
        </message>
        <message>
            <source>Preventive courses against the pre-treatment baseline</source>
            <translation>Prophylaxen gegenüber der Ausgangsphase (Baseline) vor Behandlung</translation>
        </message>
        <message>
            <source>{0} on {1}</source>
            <translation>{0} am {1}</translation>
        </message>
        <message>
            <source>down {0} points or more (baseline {1}–{2}), {3}% or more (over {2})</source>
            <translation>um {0} oder mehr Punkte gesunken (Baseline {1}–{2}), um {3} % oder mehr (über {2})</translation>
        </message>
        <message>
            <source>does not apply: baseline under {0}</source>
            <translation>entfällt: Baseline unter {0}</translation>
        </message>
        <message>
            <source>down {0} points or more (baseline {1}–{2})</source>
            <translation>um {0} oder mehr Punkte gesunken (Baseline {1}–{2})</translation>
        </message>
        <message>
            <source>down {0}% or more (baseline over {1})</source>
            <translation>um {0} % oder mehr gesunken (Baseline über {1})</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>does not apply</source>
            <translation>entfällt</translation>
        </message>
        <message>
            <source>{0}-month trial</source>
            <translation>Erprobung über {0} Monate</translation>
        </message>
        <message>
            <source>pending: the {0} ends on {1}</source>
            <translation>ausstehend: die {0} endet am {1}</translation>
        </message>
        <message>
            <source>No check before an adequate trial has ended.</source>
            <translation>Keine Prüfung vor Ende einer ausreichenden Erprobung.</translation>
        </message>
        <message>
            <source>stopped on {0}, before an adequate {1} (it would have ended on {2})</source>
            <translation>am {0} beendet, vor Ende einer ausreichenden {1} (sie hätte am {2} geendet)</translation>
        </message>
        <message>
            <source>No check: the trial was not adequate.</source>
            <translation>Keine Prüfung: die Erprobung war nicht ausreichend.</translation>
        </message>
        <message>
            <source>review on {0} (the course's end)</source>
            <translation>Bewertung am {0} (Ende der Prophylaxe)</translation>
        </message>
        <message>
            <source>review on {0} (today)</source>
            <translation>Bewertung am {0} (heute)</translation>
        </message>
        <message>
            <source>period used: {0}, {1}</source>
            <translation>verwendeter Abschnitt: {0}, {1}</translation>
        </message>
        <message>
            <source>no complete 12-week period to use</source>
            <translation>kein abgeschlossener 12-Wochen-Abschnitt verfügbar</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>keine Rate</translation>
        </message>
        <message>
            <source>down {0}% or more (baseline of {1} or more: chronic)</source>
            <translation>um {0} % oder mehr gesunken (Baseline {1} oder mehr: chronisch)</translation>
        </message>
        <message>
            <source>down {0}% or more</source>
            <translation>um {0} % oder mehr gesunken</translation>
        </message>
        <message>
            <source>none within {0} days before the start</source>
            <translation>keiner in den {0} Tagen vor Beginn</translation>
        </message>
        <message>
            <source>none within {0} days of the review</source>
            <translation>keiner innerhalb von {0} Tagen um die Bewertung</translation>
        </message>
        <message>
            <source>Headache days per 28 days</source>
            <translation>Kopfschmerztage pro 28 Tage</translation>
        </message>
        <message>
            <source>down {0} points or more</source>
            <translation>um {0} oder mehr Punkte gesunken</translation>
        </message>
        <message>
            <source>Any criterion met</source>
            <translation>Mindestens ein Kriterium erfüllt</translation>
        </message>
        <message>
            <source>Continuation check</source>
            <translation>Prüfung der Fortsetzung</translation>
        </message>
        <message>
            <source>The check is made after an adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones (eptinezumab, onabotulinumtoxinA).</source>
            <translation>Die Prüfung erfolgt nach ausreichender Erprobung: 3 Monate bei täglicher und monatlicher Gabe, 6 Monate bei vierteljährlicher (Eptinezumab, OnabotulinumtoxinA).</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Before treatment</source>
            <translation>Vor Behandlung</translation>
        </message>
        <message>
            <source>At review</source>
            <translation>Bei Bewertung</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Erforderlich</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones (eptinezumab, onabotulinumtoxinA). Headache days: the last complete 12-week period at or before the review date against the 28 days before the start. MIDAS and HIT-6: the latest taken in the {0} days before the start, and the one nearest the review date within {1} days of it. Unknown: the numbers it needs are missing.</source>
            <translation>Ausreichende Erprobung: 3 Monate bei täglicher und monatlicher Gabe, 6 Monate bei vierteljährlicher (Eptinezumab, OnabotulinumtoxinA). Kopfschmerztage: der letzte abgeschlossene 12-Wochen-Abschnitt bis zum Bewertungsdatum gegenüber den 28 Tagen vor Beginn. MIDAS und HIT-6: der letzte in den {0} Tagen vor Beginn und der dem Bewertungsdatum nächste innerhalb von {1} Tagen. Unbekannt: die nötigen Zahlen fehlen.</translation>
        </message>
        <message>
            <source>Infusion cycles: each infusion against the 28 days before it</source>
            <translation>Infusionszyklen: jede Infusion gegenüber den 28 Tagen davor</translation>
        </message>
        <message>
            <source>No infusion started in this period.</source>
            <translation>In diesem Zeitraum keine Infusion begonnen.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;1–4</source>
            <translation>Wo.&lt;br&gt;1–4</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;5–8</source>
            <translation>Wo.&lt;br&gt;5–8</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;9–12</source>
            <translation>Wo.&lt;br&gt;9–12</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Migränetage pro 28 Tage</translation>
        </message>
        <message>
            <source>Reactions noted</source>
            <translation>Reaktionen</translation>
        </message>
        <message>
            <source>A cycle view: for a second infusion the 28 days before it are already on treatment (the course table compares with the pre-treatment baseline). Weeks after its last day; reduction: (baseline − mean) / baseline; responder flags only for complete cycles. A dash: no rate, or not measured (acute treatment).</source>
            <translation>Zyklusansicht: Bei einer zweiten Infusion liegen die 28 Tage davor bereits unter Behandlung (die Prophylaxe-Tabelle vergleicht mit der Ausgangsphase vor Behandlung). Wochen nach dem letzten Tag; Reduktion: (Baseline − Mittel) / Baseline; Responder-Angaben nur für abgeschlossene Zyklen. Ein Strich: keine Rate oder nicht gemessen (Akutbehandlung).</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>akut</translation>
        </message>
        <message>
            <source>{0} mg</source>
            <translation>{0} mg</translation>
        </message>
        <message numerus="yes">
            <source>× %n day(s)</source>
            <translation>
                <numerusform>× %n Tag</numerusform>
                <numerusform>× %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>Triptan</source>
            <translation>Triptan</translation>
        </message>
        <message>
            <source>Ergot</source>
            <translation>Ergotamin</translation>
        </message>
        <message>
            <source>Gepant</source>
            <translation>Gepant</translation>
        </message>
        <message>
            <source>Ditan</source>
            <translation>Ditan</translation>
        </message>
        <message>
            <source>Simple analg. / NSAID</source>
            <translation>Einf. Analg. / NSAR</translation>
        </message>
        <message>
            <source>Comb. analg.</source>
            <translation>Komb. Analg.</translation>
        </message>
        <message>
            <source>Opioid</source>
            <translation>Opioid</translation>
        </message>
        <message>
            <source>Antiemetic</source>
            <translation>Antiemetikum</translation>
        </message>
        <message>
            <source>CGRP mAb</source>
            <translation>CGRP-mAk</translation>
        </message>
        <message>
            <source>Other prev.</source>
            <translation>And. Proph.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>simple analg.: simple analgesics and NSAIDs</source>
            <translation>einf. Analg.: einfache Analgetika und NSAR</translation>
        </message>
        <message>
            <source>comb. analg.: combination analgesics</source>
            <translation>komb. Analg.: Kombinationsanalgetika</translation>
        </message>
        <message>
            <source>CGRP mAb: CGRP monoclonal antibodies</source>
            <translation>CGRP-mAk: monoklonale CGRP-Antikörper</translation>
        </message>
        <message>
            <source>other prev.: other preventives</source>
            <translation>and. Proph.: andere Prophylaktika</translation>
        </message>
        <message>
            <source>Migraine diary report</source>
            <translation>Bericht aus dem Migränetagebuch</translation>
        </message>
        <message>
            <source>No days recorded in this period.</source>
            <translation>In diesem Zeitraum sind keine Tage eingetragen.</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>zu wenige Daten</translation>
        </message>
        <message>
            <source>Definitions. Migraine day: a recorded day marked migraine, or a headache day treated with a triptan or an ergot. Days not recorded are unknown, never counted as headache-free. Month: chronic = {0}+ migraine days; episodic = at most {1} even if every unrecorded day were a migraine day; otherwise incomplete. Overuse: ICHD-3 8.2 day thresholds per month. Rates: migraine days × 28 / recorded days, over 28-day windows or ended months.</source>
            <translation>Definitionen. Migränetag: eingetragener Tag mit Migräne oder Kopfschmerztag mit Triptan oder Ergotamin. Nicht eingetragene Tage sind unbekannt, nie kopfschmerzfrei. Monat: chronisch = {0}+ Migränetage; episodisch = höchstens {1}, selbst wenn jeder fehlende Tag ein Migränetag wäre; sonst unvollständig. Übergebrauch: Tagesschwellen nach ICHD-3 8.2 pro Monat. Raten: Migränetage × 28 / eingetragene Tage, über 28-Tage-Fenster oder abgeschlossene Monate.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n Monat</numerusform>
                <numerusform>%n Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>none: the diary begins after this period (first recorded day {0})</source>
            <translation>keine: das Tagebuch beginnt nach diesem Zeitraum (erster eingetragener Tag {0})</translation>
        </message>
        <message>
            <source>none yet: the period has not begun</source>
            <translation>noch keine: der Zeitraum hat nicht begonnen</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n day(s) recorded ({1}%)</source>
            <translation>
                <numerusform>{0} von %n Tag eingetragen ({1} %)</numerusform>
                <numerusform>{0} von %n Tagen eingetragen ({1} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, counted from the first recorded day, {1}</source>
            <translation>{0}, gezählt ab dem ersten eingetragenen Tag, {1}</translation>
        </message>
        <message>
            <source>Generated {0}</source>
            <translation>Erstellt am {0}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>The diary as it is now is kept aside in the backups folder first.</source>
            <translation>Das Tagebuch im jetzigen Zustand wird vorher im Sicherungsordner aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>ScoreSpin</name>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>{0} is above 10: severity goes from 0 (none) to 10 (worst).</source>
            <translation>{0} liegt über 10: Die Schmerzstärke reicht von 0 (keine) bis 10 (stärkste).</translation>
        </message>
    </context>
    <context>
        <name>StartCourseDialog</name>
        <message>
            <source>Start a preventive course</source>
            <translation>Prophylaxe beginnen</translation>
        </message>
        <message>
            <source>e.g. topiramate, propranolol, Aimovig</source>
            <translation>z. B. Topiramat, Propranolol, Aimovig</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>e.g. 50 mg twice a day</source>
            <translation>z. B. 50 mg zweimal täglich</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Wirkstoff:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Erster Tag:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>StateBox</name>
        <message>
            <source>How was the day?</source>
            <translation>Wie war der Tag?</translation>
        </message>
        <message>
            <source>&amp;No headache</source>
            <translation>&amp;Kein Kopfschmerz</translation>
        </message>
        <message>
            <source>Heada&amp;che</source>
            <translation>Kopfs&amp;chmerz</translation>
        </message>
        <message>
            <source>&amp;Migraine</source>
            <translation>&amp;Migräne</translation>
        </message>
        <message>
            <source>How the day was; the arrow keys choose among the three</source>
            <translation>Wie der Tag war; die Pfeiltasten wählen unter den dreien</translation>
        </message>
        <message>
            <source>(from the attacks below)</source>
            <translation>(aus den Attacken unten)</translation>
        </message>
        <message>
            <source>An attack covers this day</source>
            <translation>Eine Attacke reicht in diesen Tag</translation>
        </message>
    </context>
    <context>
        <name>StopCourseDialog</name>
        <message>
            <source>{0}, since {1}</source>
            <translation>{0}, seit {1}</translation>
        </message>
        <message>
            <source>Stop a preventive course</source>
            <translation>Prophylaxe beenden</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Prophylaxe</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>e.g. tingling, word-finding problems</source>
            <translation>z. B. Kribbeln, Wortfindungsstörungen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Prophylaxe:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Letzter Tag:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>TreatmentSaves</name>
        <message>
            <source>Infusion not saved</source>
            <translation>Infusion nicht gespeichert</translation>
        </message>
        <message>
            <source>Infusion saved.</source>
            <translation>Infusion gespeichert.</translation>
        </message>
        <message>
            <source>Infusion not deleted</source>
            <translation>Infusion nicht gelöscht</translation>
        </message>
        <message>
            <source>Infusion deleted. Ctrl+Z brings it back.</source>
            <translation>Infusion gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Medication not saved</source>
            <translation>Medikament nicht gespeichert</translation>
        </message>
        <message>
            <source>Course not changed</source>
            <translation>Prophylaxe nicht geändert</translation>
        </message>
        <message>
            <source>{0} course changed.</source>
            <translation>Prophylaxe mit {0} geändert.</translation>
        </message>
        <message>
            <source>Course not started</source>
            <translation>Prophylaxe nicht begonnen</translation>
        </message>
        <message>
            <source>{0} course started on {1}.</source>
            <translation>Prophylaxe mit {0} am {1} begonnen.</translation>
        </message>
        <message>
            <source>Course not stopped</source>
            <translation>Prophylaxe nicht beendet</translation>
        </message>
        <message>
            <source>{0} course stopped on {1}.</source>
            <translation>Prophylaxe mit {0} am {1} beendet.</translation>
        </message>
        <message>
            <source>Ctrl+Z takes it back.</source>
            <translation>Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <source>Injection not saved</source>
            <translation>Injektion nicht gespeichert</translation>
        </message>
        <message>
            <source>{0} injection of {1} saved.</source>
            <translation>Injektion von {0} am {1} gespeichert.</translation>
        </message>
        <message>
            <source>Course not deleted</source>
            <translation>Prophylaxe nicht gelöscht</translation>
        </message>
        <message>
            <source>{0} course deleted. Ctrl+Z brings it back.</source>
            <translation>Prophylaxe mit {0} gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Injection not deleted</source>
            <translation>Injektion nicht gelöscht</translation>
        </message>
        <message>
            <source>{0} injection of {1} deleted. Ctrl+Z brings it back.</source>
            <translation>Injektion von {0} am {1} gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsView</name>
        <message>
            <source>nerve block</source>
            <translation>Nervenblockade</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n Tag überfällig</numerusform>
                <numerusform>%n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Next {0} infusion due {1} ({2}); last one {3}.</source>
            <translation>Nächste Infusion mit {0} fällig am {1} ({2}); letzte am {3}.</translation>
        </message>
        <message>
            <source>Your medications</source>
            <translation>Ihre Medikamente</translation>
        </message>
        <message>
            <source>Add &amp;medication…</source>
            <translation>&amp;Medikament hinzufügen…</translation>
        </message>
        <message>
            <source>catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>eigener Eintrag</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Einsatz</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Applikationsweg</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Prophylaxen</translation>
        </message>
        <message>
            <source>Cycle view (each infusion)</source>
            <translation>Zyklusansicht (jede Infusion)</translation>
        </message>
        <message>
            <source>Delete infusion</source>
            <translation>Infusion löschen</translation>
        </message>
        <message>
            <source>Delete the {0} infusion of {1}? You can undo this with Ctrl+Z.</source>
            <translation>Infusion {0} vom {1} löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Stop course</source>
            <translation>Prophylaxe beenden</translation>
        </message>
        <message>
            <source>No preventive course is running.</source>
            <translation>Es läuft keine Prophylaxe.</translation>
        </message>
        <message>
            <source>Delete course</source>
            <translation>Prophylaxe löschen</translation>
        </message>
        <message>
            <source>This {0} course was started by its injections or infusions, not recorded on its own: delete them (under Administrations) to remove it.</source>
            <translation>Diese Prophylaxe mit {0} ergibt sich aus ihren Injektionen oder Infusionen und ist nicht eigens eingetragen: Löschen Sie diese (unter Gaben), um sie zu entfernen.</translation>
        </message>
        <message>
            <source>Delete the {0} course that started on {1}? Its injections and infusions stay. You can undo this with Ctrl+Z.</source>
            <translation>Die am {1} begonnene Prophylaxe mit {0} löschen? Ihre Injektionen und Infusionen bleiben. Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete injection</source>
            <translation>Injektion löschen</translation>
        </message>
        <message>
            <source>Delete the {0} injection of {1}? You can undo this with Ctrl+Z.</source>
            <translation>Injektion {0} vom {1} löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>{0}: {1} migraine days, {2} headache days, {3} of {4} days recorded — {5}</source>
            <translation>{0}: Migränetage {1}, Kopfschmerztage {2}, eingetragen {3} von {4} Tagen — {5}</translation>
        </message>
        <message>
            <source>{0} score</source>
            <translation>{0}-Punktwert</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Erster Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>Last &amp;12 months</source>
            <translation>Letzte &amp;12 Monate</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>A&amp;lle</translation>
        </message>
        <message>
            <source>Sho&amp;w headache days</source>
            <translation>&amp;Kopfschmerztage zeigen</translation>
        </message>
        <message>
            <source>Show rolling &amp;28-day rate</source>
            <translation>Gleitende &amp;28-Tage-Rate zeigen</translation>
        </message>
        <message>
            <source>Migraine days in the 28 days up to each day, scaled by the days recorded; a gap where fewer than 14 were recorded</source>
            <translation>Migränetage in den 28 Tagen bis zu jedem Tag, hochgerechnet auf die eingetragenen Tage; eine Lücke, wo weniger als 14 eingetragen sind</translation>
        </message>
        <message>
            <source>Show &amp;MIDAS / HIT-6 scores</source>
            <translation>&amp;MIDAS- / HIT-6-Punktwerte zeigen</translation>
        </message>
        <message>
            <source>Questionnaire scores on a second axis, in the month they were answered</source>
            <translation>Fragebogen-Punktwerte auf einer zweiten Achse, im Monat des Ausfüllens</translation>
        </message>
        <message>
            <source>Point at a month to see its numbers.</source>
            <translation>Zeigen Sie auf einen Monat, um seine Zahlen zu sehen.</translation>
        </message>
        <message>
            <source>Infusion for the before/after chart</source>
            <translation>Infusion für das Vorher-nachher-Diagramm</translation>
        </message>
        <message>
            <source>Monthly migraine days, as a table</source>
            <translation>Migränetage pro Monat als Tabelle</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Als Tabelle zeigen</translation>
        </message>
        <message>
            <source>Show the monthly chart as a table</source>
            <translation>Das Monatsdiagramm als Tabelle zeigen</translation>
        </message>
        <message>
            <source>Before and after, as a table</source>
            <translation>Vorher und nachher als Tabelle</translation>
        </message>
        <message>
            <source>Show the before and after chart as a table</source>
            <translation>Das Vorher-nachher-Diagramm als Tabelle zeigen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Before and after a preventive infusion (cycle view: the 28 days before it)</source>
            <translation>Vor und nach einer prophylaktischen Infusion (Zyklusansicht: die 28 Tage davor)</translation>
        </message>
        <message>
            <source>&amp;Infusion:</source>
            <translation>&amp;Infusion:</translation>
        </message>
        <message>
            <source>Monthly migraine days chart</source>
            <translation>Diagramm der monatlichen Migränetage</translation>
        </message>
        <message>
            <source>Before and after chart</source>
            <translation>Vorher-nachher-Diagramm</translation>
        </message>
        <message>
            <source>No MIDAS or HIT-6 in this diary yet.</source>
            <translation>In diesem Tagebuch gibt es noch keinen MIDAS oder HIT-6.</translation>
        </message>
        <message>
            <source>Add a preventive infusion on the Treatments page to see its effect here.</source>
            <translation>Fügen Sie auf der Seite Behandlungen eine prophylaktische Infusion hinzu, um hier ihre Wirkung zu sehen.</translation>
        </message>
        <message>
            <source>Baseline: 28 days before the infusion. Follow-up needs at least 14 recorded days in a 28-day period.</source>
            <translation>Ausgangsphase: 28 Tage vor der Infusion. Der Verlauf danach braucht mindestens 14 eingetragene Tage in einem 28-Tage-Zeitraum.</translation>
        </message>
        <message>
            <source>Baseline {0} → mean follow-up {1} migraine days per 28 days.</source>
            <translation>Ausgangsphase {0} → im Mittel danach {1} Migränetage pro 28 Tage.</translation>
        </message>
        <message>
            <source>Responder verdict pending: weeks 9-12 have not ended yet.</source>
            <translation>Responder-Urteil ausstehend: Die Wochen 9-12 sind noch nicht vorbei.</translation>
        </message>
    </context>
    <context>
        <name>TriggerPicker</name>
        <message>
            <source>Triggers</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <source>Tick what may have set off the headache (Space ticks)</source>
            <translation>Ankreuzen, was den Kopfschmerz ausgelöst haben könnte (Leertaste kreuzt an)</translation>
        </message>
        <message>
            <source>New trigger, then Enter</source>
            <translation>Neuer Auslöser, dann Eingabetaste</translation>
        </message>
        <message>
            <source>New trigger</source>
            <translation>Neuer Auslöser</translation>
        </message>
        <message>
            <source>Type a trigger not in the list, then Enter to add and tick it</source>
            <translation>Einen Auslöser eingeben, der nicht in der Liste steht, dann mit der Eingabetaste hinzufügen und ankreuzen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add trigger</source>
            <translation>Auslöser hinzufügen</translation>
        </message>
        <message>
            <source>Add the typed trigger (Enter)</source>
            <translation>Den eingegebenen Auslöser hinzufügen (Eingabetaste)</translation>
        </message>
    </context>
</TS>
