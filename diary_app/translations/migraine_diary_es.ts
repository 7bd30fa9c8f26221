<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AdministrationsBox</name>
        <message>
            <source>Administrations of the course</source>
            <translation>Administraciones del tratamiento</translation>
        </message>
        <message>
            <source>None yet: a tablet course has no administrations.</source>
            <translation>Ninguna todavía: un tratamiento con comprimidos no tiene administraciones.</translation>
        </message>
        <message>
            <source>Administrations</source>
            <translation>Administraciones</translation>
        </message>
        <message>
            <source>Edi&amp;t infusion…</source>
            <translation>Editar infu&amp;sión…</translation>
        </message>
        <message>
            <source>&amp;Remove infusion…</source>
            <translation>Eli&amp;minar infusión…</translation>
        </message>
        <message>
            <source>Edi&amp;t injection…</source>
            <translation>Editar inye&amp;cción…</translation>
        </message>
        <message>
            <source>&amp;Remove injection…</source>
            <translation>Eli&amp;minar inyección…</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong: {0}

What you saved before is safe. The details were written to the error output (stderr).</source>
            <translation>Algo salió mal: {0}

Lo que guardó antes está a salvo. Los detalles se escribieron en la salida de errores (stderr).</translation>
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
            <translation>&amp;Náuseas</translation>
        </message>
        <message>
            <source>&amp;Light sensitivity</source>
            <translation>&amp;Fotofobia</translation>
        </message>
        <message>
            <source>S&amp;ound sensitivity</source>
            <translation>Fonofo&amp;bia</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>Edit attack</source>
            <translation>Editar crisis</translation>
        </message>
        <message>
            <source>Add attack</source>
            <translation>Añadir crisis</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>When the attack started</source>
            <translation>Cuándo empezó la crisis</translation>
        </message>
        <message>
            <source>&amp;Ended at</source>
            <translation>&amp;Terminó el</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>When the attack ended; the length below follows it</source>
            <translation>Cuándo terminó la crisis; la duración de abajo se ajusta</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Lasted, hours</source>
            <translation>Duración, horas</translation>
        </message>
        <message>
            <source>How long the attack lasted: the hours; the end follows</source>
            <translation>Cuánto duró la crisis: las horas; el fin se ajusta</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lasted, minutes</source>
            <translation>Duración, minutos</translation>
        </message>
        <message>
            <source>How long the attack lasted: the minutes; the end follows</source>
            <translation>Cuánto duró la crisis: los minutos; el fin se ajusta</translation>
        </message>
        <message>
            <source>&amp;Migraine</source>
            <translation>&amp;Migraña</translation>
        </message>
        <message>
            <source>&amp;Headache</source>
            <translation>&amp;Cefalea</translation>
        </message>
        <message>
            <source>Peak severity, 0 to 10</source>
            <translation>Intensidad máxima, de 0 a 10</translation>
        </message>
        <message>
            <source>How bad the attack was at its worst: 0 none, 10 the worst imaginable</source>
            <translation>Qué intensidad tuvo la crisis en su peor momento: 0 ninguna, 10 la peor imaginable</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Anything else about the attack, in your own words</source>
            <translation>Cualquier otra cosa sobre la crisis, con sus propias palabras</translation>
        </message>
        <message>
            <source>Where it started, what helped</source>
            <translation>Dónde empezó, qué ayudó</translation>
        </message>
        <message>
            <source>&amp;Started:</source>
            <translation>&amp;Empezó:</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Fin:</translation>
        </message>
        <message>
            <source>L&amp;asted:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Peak se&amp;verity (0-10):</source>
            <translation>&amp;Intensidad máxima (0-10):</translation>
        </message>
        <message>
            <source>Symptoms:</source>
            <translation>Síntomas:</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>Me&amp;dications taken for it</source>
            <translation>Medicación tomada &amp;para la crisis</translation>
        </message>
        <message>
            <source>Tri&amp;ggers</source>
            <translation>De&amp;sencadenantes</translation>
        </message>
        <message>
            <source>End not known yet: the attack counts on the day it started.</source>
            <translation>Fin aún desconocido: la crisis cuenta el día en que empezó.</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>El fin es anterior al inicio.</translation>
        </message>
        <message>
            <source>, over {0} days</source>
            <translation>, a lo largo de {0} días</translation>
        </message>
    </context>
    <context>
        <name>AttackList</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Attacks on this day</source>
            <translation>Crisis de este día</translation>
        </message>
        <message>
            <source>One row per attack; Enter edits the selected one, Delete deletes it</source>
            <translation>Una fila por crisis; Intro edita la seleccionada, Supr la elimina</translation>
        </message>
        <message>
            <source>Edit attack…</source>
            <translation>Editar crisis…</translation>
        </message>
        <message>
            <source>Edit the selected attack (Enter in the list)</source>
            <translation>Editar la crisis seleccionada (Intro en la lista)</translation>
        </message>
        <message>
            <source>Delete attack…</source>
            <translation>Eliminar crisis…</translation>
        </message>
        <message>
            <source>Delete the selected attack (Delete in the list)</source>
            <translation>Eliminar la crisis seleccionada (Supr en la lista)</translation>
        </message>
        <message>
            <source>Migraine</source>
            <translation>Migraña</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Cefalea</translation>
        </message>
    </context>
    <context>
        <name>AttacksBox</name>
        <message>
            <source>Attacks</source>
            <translation>Crisis</translation>
        </message>
        <message>
            <source>Add attac&amp;k…</source>
            <translation>A&amp;ñadir crisis…</translation>
        </message>
        <message>
            <source>An attack with its start and end, type, severity and the doses taken for it; a day can hold several</source>
            <translation>Una crisis con su inicio y fin, tipo, intensidad y las dosis tomadas para ella; un día puede tener varias</translation>
        </message>
        <message>
            <source>No attack recorded on this day.</source>
            <translation>No hay ninguna crisis registrada este día.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Chronic</source>
            <translation>Crónica</translation>
        </message>
        <message>
            <source>Episodic</source>
            <translation>Episódica</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Incompleta</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>Show the month before (Alt+Left)</source>
            <translation>Mostrar el mes anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Previous month (Alt+Left)</source>
            <translation>Mes anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Show the month after (Alt+Right)</source>
            <translation>Mostrar el mes siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Next month (Alt+Right)</source>
            <translation>Mes siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>Arrow keys move the day (into the next or previous month), Enter opens it in the Today form</source>
            <translation>Las flechas cambian de día (también al mes siguiente o anterior); Intro lo abre en el formulario Hoy</translation>
        </message>
        <message>
            <source>Mark unrecorded days headache-free…</source>
            <translation>Marcar los días sin registrar como sin cefalea…</translation>
        </message>
        <message>
            <source>For people who only log attacks: every unrecorded day of this month up to today becomes a no-headache day. Recorded days are not changed.</source>
            <translation>Para quien solo registra crisis: cada día sin registrar de este mes hasta hoy pasa a ser un día sin cefalea. Los días registrados no cambian.</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Días de migraña</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Días de cefalea</translation>
        </message>
        <message>
            <source>No-headache days</source>
            <translation>Días sin cefalea</translation>
        </message>
        <message>
            <source>Unrecorded days</source>
            <translation>Días sin registrar</translation>
        </message>
        <message>
            <source>Days with acute medication</source>
            <translation>Días con medicación sintomática</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Chronic: 15 or more migraine days. Episodic: 14 or fewer even if every unrecorded day were a migraine day. Otherwise incomplete: record more days to tell.</source>
            <translation>Crónica: 15 o más días de migraña. Episódica: 14 o menos aunque todos los días sin registrar fueran de migraña. Si no, incompleta: registre más días para saberlo.</translation>
        </message>
        <message>
            <source>Headache days include the migraine days.</source>
            <translation>Los días de cefalea incluyen los días de migraña.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <source>Migraine day (or headache treated with a triptan/ergot)</source>
            <translation>Día de migraña (o cefalea tratada con un triptán/ergótico)</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Cefalea</translation>
        </message>
        <message>
            <source>No headache</source>
            <translation>Sin cefalea</translation>
        </message>
        <message>
            <source>Not recorded (unknown)</source>
            <translation>Sin registrar (desconocido)</translation>
        </message>
        <message>
            <source>Infusion day</source>
            <translation>Día de infusión</translation>
        </message>
        <message>
            <source>Two or more attacks (still one day)</source>
            <translation>Dos o más crisis (cuenta como un día)</translation>
        </message>
        <message>
            <source>{0} in numbers</source>
            <translation>{0} en cifras</translation>
        </message>
        <message>
            <source>{0} of {1} so far</source>
            <translation>{0} de {1} hasta hoy</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>Possible medication overuse this month: {0}.</source>
            <translation>Posible uso excesivo de medicación este mes: {0}.</translation>
        </message>
        <message>
            <source>Mark headache-free</source>
            <translation>Marcar sin cefalea</translation>
        </message>
        <message>
            <source>Record every unrecorded day from {0} to {1} as a day with no headache?

Days you already recorded are not changed. You can undo this with Ctrl+Z.</source>
            <translation>¿Registrar cada día sin registrar del {0} al {1} como día sin cefalea?

Los días ya registrados no cambian. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>CatchUpBanner</name>
        <message>
            <source>Not recorded yet:</source>
            <translation>Aún sin registrar:</translation>
        </message>
        <message>
            <source>Open the entry form for {0}</source>
            <translation>Abrir el registro del {0}</translation>
        </message>
        <message>
            <source>Fill in {0}</source>
            <translation>Registrar el {0}</translation>
        </message>
        <message>
            <source>Mark them headache-free</source>
            <translation>Marcarlos sin dolor de cabeza</translation>
        </message>
        <message>
            <source>Close this reminder</source>
            <translation>Cerrar este aviso</translation>
        </message>
        <message>
            <source>Later: the days stay unrecorded</source>
            <translation>Más tarde: los días quedan sin registrar</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>baseline (28 days before)</source>
            <translation>periodo basal (28 días antes)</translation>
        </message>
        <message>
            <source>weeks 1-4</source>
            <translation>semanas 1-4</translation>
        </message>
        <message>
            <source>weeks 5-8</source>
            <translation>semanas 5-8</translation>
        </message>
        <message>
            <source>weeks 9-12</source>
            <translation>semanas 9-12</translation>
        </message>
        <message>
            <source>chronic</source>
            <translation>crónica</translation>
        </message>
        <message>
            <source>episodic</source>
            <translation>episódica</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incompleta</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Días de migraña</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Días de cefalea</translation>
        </message>
        <message>
            <source>Recorded days</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Días de migraña por 28 días</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the table</source>
            <translation>Copiar la tabla</translation>
        </message>
    </context>
    <context>
        <name>ChartWords</name>
        <message>
            <source>days per month</source>
            <translation>días por mes</translation>
        </message>
        <message>
            <source>headache days</source>
            <translation>días de cefalea</translation>
        </message>
        <message>
            <source>migraine days (chronic)</source>
            <translation>días de migraña (crónica)</translation>
        </message>
        <message>
            <source>migraine days (episodic)</source>
            <translation>días de migraña (episódica)</translation>
        </message>
        <message>
            <source>migraine days (incomplete)</source>
            <translation>días de migraña (incompleto)</translation>
        </message>
        <message>
            <source>chronic threshold ({0} days)</source>
            <translation>umbral de cronicidad ({0} días)</translation>
        </message>
        <message>
            <source>rolling 28-day rate</source>
            <translation>tasa móvil de 28 días</translation>
        </message>
        <message>
            <source>infusion</source>
            <translation>infusión</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>inyección</translation>
        </message>
        <message>
            <source>preventive courses</source>
            <translation>tratamientos preventivos</translation>
        </message>
        <message>
            <source>{0} course</source>
            <translation>tratamiento con {0}</translation>
        </message>
        <message>
            <source>questionnaire score</source>
            <translation>puntuación del cuestionario</translation>
        </message>
        <message>
            <source>no months recorded yet</source>
            <translation>aún no hay meses registrados</translation>
        </message>
        <message>
            <source>baseline
(28 days before)</source>
            <translation>periodo basal
(28 días antes)</translation>
        </message>
        <message>
            <source>weeks 1-4</source>
            <translation>semanas 1-4</translation>
        </message>
        <message>
            <source>weeks 5-8</source>
            <translation>semanas 5-8</translation>
        </message>
        <message>
            <source>weeks 9-12</source>
            <translation>semanas 9-12</translation>
        </message>
        <message>
            <source>migraine days
per 28 days</source>
            <translation>días de migraña
por 28 días</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>No preventive infusion recorded yet</source>
            <translation>Aún no se ha registrado ninguna infusión preventiva</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}: reduction not known yet (needs baseline and follow-up data)</source>
            <translation>{0}: reducción aún desconocida (faltan datos del periodo basal y del seguimiento)</translation>
        </message>
        <message>
            <source>{0}: {1}% fewer migraine days</source>
            <translation>{0}: {1} % menos días de migraña</translation>
        </message>
        <message>
            <source>{0}: {1}% more migraine days</source>
            <translation>{0}: {1} % más días de migraña</translation>
        </message>
        <message>
            <source>{0} (75% responder)</source>
            <translation>{0} (respondedor ≥75 %)</translation>
        </message>
        <message>
            <source>{0} (50% responder)</source>
            <translation>{0} (respondedor ≥50 %)</translation>
        </message>
        <message>
            <source>{0} so far (verdict pending)</source>
            <translation>{0} hasta ahora (valoración pendiente)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>No preventive courses yet: start one, or add an injection or a preventive infusion.</source>
            <translation>Aún no hay tratamientos preventivos: inicie uno o añada una inyección o una infusión preventiva.</translation>
        </message>
        <message>
            <source>stopped: {0}</source>
            <translation>finalizado: {0}</translation>
        </message>
        <message>
            <source>course (stopped)</source>
            <translation>tratamiento (finalizado)</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>baseline (28 days before)</source>
            <translation>periodo basal (28 días antes)</translation>
        </message>
        <message>
            <source>12-week periods</source>
            <translation>periodos de 12 semanas</translation>
        </message>
    </context>
    <context>
        <name>ChartWordsInfusions</name>
        <message>
            <source>{0} course</source>
            <translation>ciclo de {0}</translation>
        </message>
    </context>
    <context>
        <name>CourseOutcomes</name>
        <message>
            <source>Migraine
days /28</source>
            <translation>Días de
migraña /28</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Días de migraña por 28 días</translation>
        </message>
        <message>
            <source>Headache
days /28</source>
            <translation>Días de
cefalea /28</translation>
        </message>
        <message>
            <source>Headache days per 28 days</source>
            <translation>Días de cefalea por 28 días</translation>
        </message>
        <message>
            <source>Acute med.
days /28</source>
            <translation>Días con med.
sintomática /28</translation>
        </message>
        <message>
            <source>Days with any acute medication, per 28 days</source>
            <translation>Días con cualquier medicación sintomática, por 28 días</translation>
        </message>
        <message>
            <source>Specific acute
days /28</source>
            <translation>Días con med.
específica /28</translation>
        </message>
        <message>
            <source>Days with a migraine-specific acute medication (triptan, ergot, gepant or ditan), per 28 days</source>
            <translation>Días con una medicación sintomática específica de la migraña (triptán, ergótico, gepante o ditán), por 28 días</translation>
        </message>
        <message>
            <source>Peak
severity</source>
            <translation>Intensidad
máxima</translation>
        </message>
        <message>
            <source>Mean peak severity (0-10) of the headache days that have one</source>
            <translation>Intensidad máxima media (0-10) de los días de cefalea que la tienen registrada</translation>
        </message>
        <message>
            <source>Each period against the original baseline: the 28 days before the course started. Periods of 12 weeks from the day after the first administration (the first day for tablets). Rates are per 28 days and need at least half of a period's days recorded. Responder: migraine days per 28 down by at least 30%, 50% or 75%, judged only on complete periods. 30% is the threshold guidelines use for chronic migraine.</source>
            <translation>Cada periodo frente al periodo basal original: los 28 días antes de iniciar el tratamiento preventivo. Periodos de 12 semanas desde el día siguiente a la primera administración (desde el primer día con comprimidos). Las tasas son por 28 días y requieren al menos la mitad de los días del periodo registrados. Respondedor: días de migraña por 28 días reducidos al menos un 30 %, 50 % o 75 %, valorado solo en periodos completos. El 30 % es el umbral que usan las guías en la migraña crónica.</translation>
        </message>
        <message>
            <source>An aid for the doctor's decision, not the decision: the American Headache Society consensus (2018, updated 2021) asks for one of these after an adequate trial.</source>
            <translation>Una ayuda para la decisión del médico, no la decisión: el consenso de la American Headache Society (2018, actualizado en 2021) pide uno de estos criterios tras un ensayo adecuado.</translation>
        </message>
        <message>
            <source>weeks {0}-{1}</source>
            <translation>semanas {0}-{1}</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>periodo basal</translation>
        </message>
        <message>
            <source>≥{0}%</source>
            <translation>≥{0} %</translation>
        </message>
        <message>
            <source>At least {0}% fewer migraine days per 28 than the baseline; pending until the period is complete</source>
            <translation>Al menos un {0} % menos de días de migraña por 28 días que en el periodo basal; pendiente hasta que el periodo esté completo</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Days
recorded</source>
            <translation>Días
registrados</translation>
        </message>
        <message>
            <source>Days recorded of the period's days</source>
            <translation>Días registrados de los días del periodo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reducción</translation>
        </message>
        <message>
            <source>Fewer migraine days per 28 than the baseline</source>
            <translation>Menos días de migraña por 28 días que en el periodo basal</translation>
        </message>
        <message>
            <source>today ({0}), still running</source>
            <translation>hoy ({0}), sigue en curso</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} hasta {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>stopped: {0}</source>
            <translation>finalizado: {0}</translation>
        </message>
        <message>
            <source>started by its first administration</source>
            <translation>iniciado con la primera administración</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) fewer</source>
            <translation>
                <numerusform>%n punto menos</numerusform>
                <numerusform>%n puntos menos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) more</source>
            <translation>
                <numerusform>%n punto más</numerusform>
                <numerusform>%n puntos más</numerusform>
            </translation>
        </message>
        <message>
            <source>5 points fewer (baseline 11-20) or 30% fewer (over 20)</source>
            <translation>5 puntos menos (basal 11-20) o un 30 % menos (más de 20)</translation>
        </message>
        <message>
            <source>30% fewer (baseline over 20)</source>
            <translation>un 30 % menos (basal más de 20)</translation>
        </message>
        <message>
            <source>5 points fewer (baseline 11-20)</source>
            <translation>5 puntos menos (basal 11-20)</translation>
        </message>
        <message>
            <source>not used below 11</source>
            <translation>no se usa por debajo de 11</translation>
        </message>
        <message>
            <source>no {0} within 90 days before the start</source>
            <translation>ningún {0} en los 90 días antes del inicio</translation>
        </message>
        <message>
            <source>no {0} near the review date</source>
            <translation>ningún {0} cerca de la fecha de revisión</translation>
        </message>
        <message>
            <source>does not apply below 11</source>
            <translation>no se aplica por debajo de 11</translation>
        </message>
        <message>
            <source>{0} fewer</source>
            <translation>{0} menos</translation>
        </message>
        <message>
            <source>{0} more</source>
            <translation>{0} más</translation>
        </message>
        <message>
            <source>at least {0}% fewer</source>
            <translation>al menos un {0} % menos</translation>
        </message>
        <message>
            <source>5 points fewer</source>
            <translation>5 puntos menos</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Before the course</source>
            <translation>Antes del tratamiento</translation>
        </message>
        <message>
            <source>At review</source>
            <translation>En la revisión</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Necesario</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No continuation check for this course.</source>
            <translation>No hay comprobación para continuar en este tratamiento.</translation>
        </message>
        <message>
            <source>a {0}-month trial</source>
            <translation>un ensayo de {0} meses</translation>
        </message>
        <message>
            <source>an adequate trial</source>
            <translation>un ensayo adecuado</translation>
        </message>
        <message>
            <source>Pending: the review is due on {0}, after {1}.</source>
            <translation>Pendiente: la revisión toca el {0}, tras {1}.</translation>
        </message>
        <message>
            <source>Stopped on {0}, before {1} was complete: no check.</source>
            <translation>Finalizado el {0}, antes de completar {1}: sin comprobación.</translation>
        </message>
        <message>
            <source>no complete 12-week period</source>
            <translation>ningún periodo completo de 12 semanas</translation>
        </message>
        <message>
            <source>not known: numbers are missing</source>
            <translation>desconocido: faltan datos</translation>
        </message>
        <message>
            <source>at least one criterion met</source>
            <translation>se cumple al menos un criterio</translation>
        </message>
        <message>
            <source>no criterion met</source>
            <translation>no se cumple ningún criterio</translation>
        </message>
        <message>
            <source>Review on {0}, after {1}, using {2}: {3}.</source>
            <translation>Revisión el {0}, tras {1}; periodo usado: {2}; {3}.</translation>
        </message>
    </context>
    <context>
        <name>CoursesPanel</name>
        <message>
            <source> ({0} days)</source>
            <translation> ({0} días)</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>inyección</translation>
        </message>
        <message>
            <source>infusion</source>
            <translation>infusión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Start course…</source>
            <translation>&amp;Iniciar tratamiento preventivo…</translation>
        </message>
        <message>
            <source>St&amp;op course…</source>
            <translation>&amp;Finalizar tratamiento preventivo…</translation>
        </message>
        <message>
            <source>Add in&amp;jection…</source>
            <translation>Añadir in&amp;yección…</translation>
        </message>
        <message>
            <source>Add infusio&amp;n…</source>
            <translation>Añadir infusió&amp;n…</translation>
        </message>
        <message>
            <source>Ed&amp;it course…</source>
            <translation>Editar t&amp;ratamiento preventivo…</translation>
        </message>
        <message>
            <source>De&amp;lete course…</source>
            <translation>E&amp;liminar tratamiento preventivo…</translation>
        </message>
        <message>
            <source>Course shown below</source>
            <translation>Tratamiento preventivo mostrado abajo</translation>
        </message>
        <message>
            <source>Course outcome against the baseline</source>
            <translation>Resultado del tratamiento preventivo frente al periodo basal</translation>
        </message>
        <message>
            <source>Continuation check</source>
            <translation>Comprobación para continuar</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Tratamiento:</translation>
        </message>
        <message>
            <source>Outcome against the original baseline</source>
            <translation>Resultado frente al periodo basal original</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>Preventive courses timeline</source>
            <translation>Cronología de los tratamientos preventivos</translation>
        </message>
        <message>
            <source>No preventive course yet. Start one with “Start course…”; an injection or a preventive infusion starts one too.</source>
            <translation>Todavía no hay ningún tratamiento preventivo. Inicie uno con «Iniciar tratamiento preventivo…»; una inyección o una infusión preventiva también lo inicia.</translation>
        </message>
    </context>
    <context>
        <name>CyclePanel</name>
        <message>
            <source>preventive</source>
            <translation>preventiva</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>aguda</translation>
        </message>
        <message>
            <source>Cycle view: each infusion against the 28 days just before it, in weeks 1-4, 5-8 and 9-12 after its last day (migraine days per 28 days; a period needs 14 recorded days). For a second or later infusion those 28 days are already on treatment: the course view compares the whole course with the days before it began. Responder: at least 30% / 50% / 75% fewer, judged once the 12 weeks are complete.</source>
            <translation>Vista por ciclo: cada infusión frente a los 28 días justo antes de ella, en las semanas 1-4, 5-8 y 9-12 tras su último día (días de migraña por 28 días; un periodo necesita 14 días registrados). En una segunda infusión o posterior, esos 28 días ya están bajo tratamiento: la vista de tratamientos preventivos compara todo el tratamiento con los días antes de su inicio. Respondedor: al menos un 30 % / 50 % / 75 % menos, valorado cuando se completan las 12 semanas.</translation>
        </message>
        <message>
            <source>≥{0}%</source>
            <translation>≥{0} %</translation>
        </message>
        <message>
            <source>Wk {0}</source>
            <translation>Sem. {0}</translation>
        </message>
        <message>
            <source>Migraine days per 28 days after the infusion</source>
            <translation>Días de migraña por 28 días tras la infusión</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Periodo basal</translation>
        </message>
        <message>
            <source>Migraine days per 28 days in the 28 days before</source>
            <translation>Días de migraña por 28 días en los 28 días previos</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reducción</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reacciones</translation>
        </message>
        <message>
            <source>Infusions, each against the 28 days before it</source>
            <translation>Infusiones, cada una frente a los 28 días previos</translation>
        </message>
        <message>
            <source>&amp;Add infusion…</source>
            <translation>Añadir &amp;infusión…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Edi&amp;tar…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>E&amp;liminar…</translation>
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
            <translation>Es hora de completar su diario de cefaleas</translation>
        </message>
    </context>
    <context>
        <name>DayAttacks</name>
        <message>
            <source>end not known</source>
            <translation>fin desconocido</translation>
        </message>
        <message>
            <source>{0} at {1}</source>
            <translation>{0} a las {1}</translation>
        </message>
        <message>
            <source>migraine of {0}</source>
            <translation>crisis de migraña del {0}</translation>
        </message>
        <message>
            <source>headache of {0}</source>
            <translation>crisis de cefalea del {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n attack(s)</source>
            <translation>
                <numerusform>%n crisis</numerusform>
                <numerusform>%n crisis</numerusform>
            </translation>
        </message>
        <message>
            <source>peak severity {0}</source>
            <translation>intensidad máxima {0}</translation>
        </message>
        <message>
            <source>aura</source>
            <translation>aura</translation>
        </message>
        <message>
            <source>nausea</source>
            <translation>náuseas</translation>
        </message>
        <message>
            <source>light and sound sensitivity</source>
            <translation>fotofobia y fonofobia</translation>
        </message>
        <message>
            <source>light sensitivity</source>
            <translation>fotofobia</translation>
        </message>
        <message>
            <source>sound sensitivity</source>
            <translation>fonofobia</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s) taken in attacks</source>
            <translation>
                <numerusform>%n dosis tomada en crisis</numerusform>
                <numerusform>%n dosis tomadas en crisis</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted as a migraine day ({0})</source>
            <translation>Cuenta como día de migraña ({0})</translation>
        </message>
        <message>
            <source>Counted as a headache day ({0})</source>
            <translation>Cuenta como día de cefalea ({0})</translation>
        </message>
        <message>
            <source> It covers {0} days; each loses it.</source>
            <translation> Abarca {0} días; todos la pierden.</translation>
        </message>
        <message>
            <source>Delete attack</source>
            <translation>Eliminar crisis</translation>
        </message>
        <message>
            <source>Delete the {0} ({1})?{2} You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la {0} ({1})?{2} Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attack not deleted</source>
            <translation>Crisis no eliminada</translation>
        </message>
        <message>
            <source>Deleted the {0}. Ctrl+Z brings it back.</source>
            <translation>Se eliminó la {0}. Ctrl+Z la recupera.</translation>
        </message>
        <message>
            <source>Attack not saved</source>
            <translation>Crisis no guardada</translation>
        </message>
        <message>
            <source>Saved the {0}. Ctrl+Z takes it back.</source>
            <translation>Se guardó la {0}. Ctrl+Z lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>DayForm</name>
        <message>
            <source>Previous day</source>
            <translation>Día anterior</translation>
        </message>
        <message>
            <source>Show the day before (Alt+Left)</source>
            <translation>Mostrar el día anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Previous day (Alt+Left)</source>
            <translation>Día anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>The day shown; type a date or open the calendar with Alt+Down</source>
            <translation>El día mostrado; escriba una fecha o abra el calendario con Alt+Abajo</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Día siguiente</translation>
        </message>
        <message>
            <source>Show the day after (Alt+Right)</source>
            <translation>Mostrar el día siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Next day (Alt+Right)</source>
            <translation>Día siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Ir a hoy (Ctrl+T)</translation>
        </message>
        <message>
            <source>Record the day as headache-free and save (Ctrl+Shift+N)</source>
            <translation>Registrar el día sin cefalea y guardar (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <source>Menst&amp;ruation</source>
            <translation>&amp;Menstruación</translation>
        </message>
        <message>
            <source>Anything else worth remembering</source>
            <translation>Cualquier otra cosa que valga la pena anotar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Anything else about the day, in your own words</source>
            <translation>Cualquier otra cosa sobre el día, con sus propias palabras</translation>
        </message>
        <message>
            <source>Forget this da&amp;y…</source>
            <translation>Olv&amp;idar este día…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this day (Ctrl+S)</source>
            <translation>Guardar este día (Ctrl+S)</translation>
        </message>
        <message>
            <source>Also</source>
            <translation>Además</translation>
        </message>
        <message>
            <source>Tri&amp;ggers</source>
            <translation>Desen&amp;cadenantes</translation>
        </message>
        <message>
            <source>Acute med&amp;ications taken</source>
            <translation>Medicación sintomática t&amp;omada</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tas</translation>
        </message>
        <message>
            <source>choose No headache, Headache or Migraine</source>
            <translation>elija Sin cefalea, Cefalea o Migraña</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n attack(s), so it is a headache day. Delete them first (Delete attack…) to record the day as headache-free.</source>
            <translation>
                <numerusform>El {0} tiene %n crisis, así que es un día de cefalea. Elimínela primero (Eliminar crisis…) para registrar el día sin cefalea.</numerusform>
                <numerusform>El {0} tiene %n crisis, así que es un día de cefalea. Elimínelas primero (Eliminar crisis…) para registrar el día sin cefalea.</numerusform>
            </translation>
        </message>
        <message>
            <source>No headache</source>
            <translation>Sin cefalea</translation>
        </message>
        <message>
            <source>{0} is recorded with a headache. Record it as headache-free instead?</source>
            <translation>El {0} está registrado con cefalea. ¿Registrarlo como día sin cefalea?</translation>
        </message>
        <message>
            <source>Record no headache</source>
            <translation>Registrar sin cefalea</translation>
        </message>
        <message>
            <source> (besides the attacks)</source>
            <translation> (además de las crisis)</translation>
        </message>
        <message>
            <source>Headache details</source>
            <translation>Detalles de la cefalea</translation>
        </message>
        <message>
            <source>No headache today</source>
            <translation>Hoy sin cefalea</translation>
        </message>
        <message>
            <source>No headache on {0}</source>
            <translation>Sin cefalea el {0}</translation>
        </message>
        <message>
            <source>Changed elsewhere while you were editing — Save (Ctrl+S) keeps your version</source>
            <translation>Modificado en otro lugar mientras editaba: Guardar (Ctrl+S) conserva su versión</translation>
        </message>
        <message>
            <source>Unsaved changes — Save with Ctrl+S</source>
            <translation>Cambios sin guardar: guarde con Ctrl+S</translation>
        </message>
        <message>
            <source>Recorded by its attacks</source>
            <translation>Registrado por sus crisis</translation>
        </message>
        <message>
            <source>Not recorded yet: unknown, not headache-free</source>
            <translation>Aún sin registrar: desconocido, no sin cefalea</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrado</translation>
        </message>
        <message>
            <source>Forget this day</source>
            <translation>Olvidar este día</translation>
        </message>
        <message>
            <source>Forget everything recorded for {0}? The day becomes unrecorded (unknown) again{1}. You can undo this with Ctrl+Z.</source>
            <translation>¿Olvidar todo lo registrado el {0}? El día vuelve a quedar sin registrar (desconocido){1}. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>, except for its attacks</source>
            <translation>, salvo sus crisis</translation>
        </message>
        <message>
            <source>Forget day</source>
            <translation>Olvidar día</translation>
        </message>
    </context>
    <context>
        <name>DefinitionsDialog</name>
        <message>
            <source>Definitions</source>
            <translation>Definiciones</translation>
        </message>
    </context>
    <context>
        <name>DiarySession</name>
        <message>
            <source>Undo save of {0}</source>
            <translation>Deshacer el guardado del {0}</translation>
        </message>
        <message>
            <source>Undo forgetting {0}</source>
            <translation>Deshacer el olvido del {0}</translation>
        </message>
        <message numerus="yes">
            <source>Undo marking %n day(s) headache-free</source>
            <translation>
                <numerusform>Deshacer %n día marcado sin cefalea</numerusform>
                <numerusform>Deshacer %n días marcados sin cefalea</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo adding the attack of {0}</source>
            <translation>Deshacer la crisis añadida el {0}</translation>
        </message>
        <message>
            <source>Undo change of the attack of {0}</source>
            <translation>Deshacer el cambio de la crisis del {0}</translation>
        </message>
        <message>
            <source>Undo deleting the attack of {0}</source>
            <translation>Deshacer la eliminación de la crisis del {0}</translation>
        </message>
        <message>
            <source>Undo save of the {0} infusion</source>
            <translation>Deshacer el guardado de la infusión del {0}</translation>
        </message>
        <message>
            <source>Undo deleting the {0} infusion</source>
            <translation>Deshacer la eliminación de la infusión del {0}</translation>
        </message>
        <message>
            <source>Undo starting the {0} course</source>
            <translation>Deshacer el inicio del tratamiento preventivo con {0}</translation>
        </message>
        <message>
            <source>Undo change of the {0} course</source>
            <translation>Deshacer el cambio del tratamiento preventivo con {0}</translation>
        </message>
        <message>
            <source>Undo save of the {0} injection</source>
            <translation>Deshacer el guardado de la inyección de {0}</translation>
        </message>
        <message>
            <source>Undo deleting the {0} course</source>
            <translation>Deshacer la eliminación del tratamiento preventivo con {0}</translation>
        </message>
        <message>
            <source>Undo deleting the {0} injection</source>
            <translation>Deshacer la eliminación de la inyección de {0}</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>{0} is before the start month {1}</source>
            <translation>{0} es anterior al mes inicial {1}</translation>
        </message>
        <message>
            <source>antiepileptic</source>
            <translation>antiepiléptico</translation>
        </message>
        <message>
            <source>beta blocker</source>
            <translation>betabloqueante</translation>
        </message>
        <message>
            <source>tricyclic antidepressant</source>
            <translation>antidepresivo tricíclico</translation>
        </message>
        <message>
            <source>SNRI antidepressant</source>
            <translation>antidepresivo IRSN</translation>
        </message>
        <message>
            <source>angiotensin receptor blocker</source>
            <translation>antagonista del receptor de angiotensina II</translation>
        </message>
        <message>
            <source>ACE inhibitor</source>
            <translation>inhibidor de la ECA</translation>
        </message>
        <message>
            <source>calcium channel blocker</source>
            <translation>antagonista del calcio</translation>
        </message>
        <message>
            <source>CGRP monoclonal antibody</source>
            <translation>anticuerpo monoclonal anti-CGRP</translation>
        </message>
        <message>
            <source>gepant</source>
            <translation>gepante</translation>
        </message>
        <message>
            <source>botulinum toxin</source>
            <translation>toxina botulínica</translation>
        </message>
        <message>
            <source>serotonin antagonist</source>
            <translation>antagonista de la serotonina</translation>
        </message>
        <message>
            <source>NMDA antagonist</source>
            <translation>antagonista NMDA</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>not effective</source>
            <translation>no eficaz</translation>
        </message>
        <message>
            <source>side effects</source>
            <translation>efectos adversos</translation>
        </message>
        <message>
            <source>cost or access</source>
            <translation>coste o acceso</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro motivo</translation>
        </message>
        <message>
            <source>infusion centre</source>
            <translation>hospital de día</translation>
        </message>
        <message>
            <source>emergency room</source>
            <translation>urgencias</translation>
        </message>
        <message>
            <source>hospital</source>
            <translation>hospitalización</translation>
        </message>
        <message>
            <source>home</source>
            <translation>domicilio</translation>
        </message>
        <message>
            <source>Triptans</source>
            <translation>Triptanes</translation>
        </message>
        <message>
            <source>Ergots</source>
            <translation>Ergóticos</translation>
        </message>
        <message>
            <source>Gepants</source>
            <translation>Gepantes</translation>
        </message>
        <message>
            <source>Ditans</source>
            <translation>Ditanes</translation>
        </message>
        <message>
            <source>Simple analgesics / NSAIDs</source>
            <translation>Analgésicos simples / AINE</translation>
        </message>
        <message>
            <source>Combination analgesics</source>
            <translation>Analgésicos combinados</translation>
        </message>
        <message>
            <source>Opioids</source>
            <translation>Opioides</translation>
        </message>
        <message>
            <source>Antiemetics</source>
            <translation>Antieméticos</translation>
        </message>
        <message>
            <source>CGRP antibodies</source>
            <translation>Anticuerpos anti-CGRP</translation>
        </message>
        <message>
            <source>Other preventives</source>
            <translation>Otros preventivos</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>little or no disability</source>
            <translation>discapacidad mínima o nula</translation>
        </message>
        <message>
            <source>mild disability</source>
            <translation>discapacidad leve</translation>
        </message>
        <message>
            <source>moderate disability</source>
            <translation>discapacidad moderada</translation>
        </message>
        <message>
            <source>severe disability</source>
            <translation>discapacidad grave</translation>
        </message>
        <message>
            <source>little or no impact</source>
            <translation>impacto mínimo o nulo</translation>
        </message>
        <message>
            <source>some impact</source>
            <translation>cierto impacto</translation>
        </message>
        <message>
            <source>substantial impact</source>
            <translation>impacto importante</translation>
        </message>
        <message>
            <source>severe impact</source>
            <translation>impacto grave</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <source>migraine</source>
            <translation>migraña</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>intensidad</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>discapacidad</translation>
        </message>
        <message>
            <source>medication</source>
            <translation>medicamento</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>relief</source>
            <translation>alivio</translation>
        </message>
        <message>
            <source>triggers</source>
            <translation>desencadenantes</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>dosis</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>lugar de administración</translation>
        </message>
        <message>
            <source>stop</source>
            <translation>suspensión</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>'{0}' is not a date in the form YYYY-MM-DD</source>
            <translation>«{0}» no es una fecha con el formato AAAA-MM-DD</translation>
        </message>
        <message>
            <source>'{0}' is not a real calendar date</source>
            <translation>«{0}» no es una fecha real del calendario</translation>
        </message>
        <message>
            <source>'{0}' is not a month in the form YYYY-MM</source>
            <translation>«{0}» no es un mes con el formato AAAA-MM</translation>
        </message>
        <message>
            <source>'{0}' is not yes/no (use yes, no, y, n, true, false, 1 or 0)</source>
            <translation>«{0}» no es sí/no (use yes, no, y, n, true, false, 1 o 0)</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number</source>
            <translation>«{0}» no es un número entero</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>«{0}» no es un número</translation>
        </message>
        <message>
            <source>{0} is outside {1}-{2}</source>
            <translation>{0} está fuera del intervalo {1}-{2}</translation>
        </message>
        <message>
            <source>'{0}' is not one of: {1}</source>
            <translation>«{0}» no es ninguno de estos valores: {1}</translation>
        </message>
        <message>
            <source>{0} is before {1}</source>
            <translation>{0} es anterior a {1}</translation>
        </message>
        <message>
            <source>{0} is in the future</source>
            <translation>{0} está en el futuro</translation>
        </message>
        <message>
            <source>a medication needs a name</source>
            <translation>un medicamento necesita un nombre</translation>
        </message>
        <message>
            <source>{0} holds a control character</source>
            <translation>{0} contiene un carácter de control</translation>
        </message>
        <message>
            <source>a migraine is a headache: migraine=yes needs headache=yes</source>
            <translation>una migraña es una cefalea: migraine=yes requiere headache=yes</translation>
        </message>
        <message>
            <source>a day with no headache has no severity above 0</source>
            <translation>un día sin cefalea no tiene una intensidad mayor que 0</translation>
        </message>
        <message>
            <source>'{0}' is not a valid name (it holds ';')</source>
            <translation>«{0}» no es un nombre válido (contiene «;»)</translation>
        </message>
        <message>
            <source>{0} is not a valid amount</source>
            <translation>{0} no es una cantidad válida</translation>
        </message>
        <message>
            <source>it cannot be negative</source>
            <translation>no puede ser negativa</translation>
        </message>
        <message>
            <source>more than {0} g at once is not likely; check the amount and unit</source>
            <translation>más de {0} g de una vez no es probable; revise la cantidad y la unidad</translation>
        </message>
        <message>
            <source>'{0}' is not a valid trigger name</source>
            <translation>«{0}» no es un nombre de desencadenante válido</translation>
        </message>
        <message>
            <source>{0} is before the start {1}</source>
            <translation>{0} es anterior al inicio {1}</translation>
        </message>
        <message>
            <source>an attack of more than {0} days is not likely; check the dates</source>
            <translation>una crisis de más de {0} días no es probable; revise las fechas</translation>
        </message>
        <message>
            <source>{0} at {1} is before the attack started</source>
            <translation>{0} el {1} es anterior al inicio de la crisis</translation>
        </message>
        <message>
            <source>{0} is not a valid dose</source>
            <translation>{0} no es una dosis válida</translation>
        </message>
        <message>
            <source>a stop reason goes with a stop date</source>
            <translation>un motivo de suspensión requiere una fecha de suspensión</translation>
        </message>
        <message>
            <source>the dose is a short line of text</source>
            <translation>la dosis es una línea de texto corta</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>datos insuficientes</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completo</translation>
        </message>
        <message>
            <source>triptans</source>
            <translation>triptanes</translation>
        </message>
        <message>
            <source>ergots</source>
            <translation>ergóticos</translation>
        </message>
        <message>
            <source>gepants</source>
            <translation>gepantes</translation>
        </message>
        <message>
            <source>ditans</source>
            <translation>ditanes</translation>
        </message>
        <message>
            <source>simple analgesics / NSAIDs</source>
            <translation>analgésicos simples / AINE</translation>
        </message>
        <message>
            <source>combination analgesics</source>
            <translation>analgésicos combinados</translation>
        </message>
        <message>
            <source>opioids</source>
            <translation>opioides</translation>
        </message>
        <message>
            <source>antiemetics</source>
            <translation>antieméticos</translation>
        </message>
        <message>
            <source>other preventives</source>
            <translation>otros preventivos</translation>
        </message>
        <message>
            <source>other medications</source>
            <translation>otros medicamentos</translation>
        </message>
        <message>
            <source>{0} on {1} or more days</source>
            <translation>{0} en {1} o más días</translation>
        </message>
        <message>
            <source>any of triptans, ergots, opioids, combination and simple analgesics on {0} or more days in total (two or more of these classes)</source>
            <translation>triptanes, ergóticos, opioides, analgésicos combinados y simples en conjunto en {0} o más días (dos o más de estas clases)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Periodo basal</translation>
        </message>
        <message>
            <source>Weeks {0}–{1}</source>
            <translation>Semanas {0}–{1}</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>no cumplido</translation>
        </message>
    </context>
    <context>
        <name>DoseEditor</name>
        <message>
            <source>tablet</source>
            <translation>comp.</translation>
        </message>
        <message>
            <source>spray</source>
            <translation>pulverización</translation>
        </message>
        <message>
            <source>suppository</source>
            <translation>supositorio</translation>
        </message>
        <message>
            <source>relief not rated</source>
            <translation>alivio sin valorar</translation>
        </message>
        <message>
            <source>0 – no relief</source>
            <translation>0 – ningún alivio</translation>
        </message>
        <message>
            <source>1 – a little</source>
            <translation>1 – algo</translation>
        </message>
        <message>
            <source>2 – good</source>
            <translation>2 – bueno</translation>
        </message>
        <message>
            <source>3 – complete</source>
            <translation>3 – completo</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Hora de la toma</translation>
        </message>
        <message>
            <source>When the next medication added was taken</source>
            <translation>Cuándo se tomó el siguiente medicamento que se añada</translation>
        </message>
        <message>
            <source>When it was taken: the day it counts on</source>
            <translation>Cuándo se tomó: el día en que cuenta</translation>
        </message>
        <message>
            <source>Medication taken, e.g. sumatriptan</source>
            <translation>Medicamento tomado, p. ej., sumatriptán</translation>
        </message>
        <message>
            <source>Medication name</source>
            <translation>Nombre del medicamento</translation>
        </message>
        <message>
            <source>Type a name, then Enter to add it with the amount and relief</source>
            <translation>Escriba un nombre y pulse Intro para añadirlo con la cantidad y el alivio</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>How much was taken, in the unit beside it</source>
            <translation>Cuánto se tomó, en la unidad de al lado</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>The unit of the amount</source>
            <translation>La unidad de la cantidad</translation>
        </message>
        <message>
            <source>The unit of the amount: choose or type one</source>
            <translation>La unidad de la cantidad: elija o escriba una</translation>
        </message>
        <message>
            <source>Relief</source>
            <translation>Alivio</translation>
        </message>
        <message>
            <source>How much the medication helped, 0 to 3</source>
            <translation>Cuánto ayudó el medicamento, de 0 a 3</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add medication</source>
            <translation>Añadir medicamento</translation>
        </message>
        <message>
            <source>Add the medication to the list (Enter)</source>
            <translation>Añadir el medicamento a la lista (Intro)</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Medications taken</source>
            <translation>Medicamentos tomados</translation>
        </message>
        <message>
            <source>One row per medication; Delete removes the selected row</source>
            <translation>Una fila por medicamento; Supr quita la fila seleccionada</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Quitar la selección</translation>
        </message>
        <message>
            <source>Remove the selected medication (Delete in the list)</source>
            <translation>Quitar el medicamento seleccionado (Supr en la lista)</translation>
        </message>
        <message>
            <source>Amount: {0}</source>
            <translation>Cantidad: {0}</translation>
        </message>
        <message>
            <source>{0} was already in the list: one row, {1} in all.</source>
            <translation>{0} ya estaba en la lista: una fila, {1} en total.</translation>
        </message>
        <message>
            <source>{0} was already in the list: one row.</source>
            <translation>{0} ya estaba en la lista: una fila.</translation>
        </message>
        <message>
            <source>{0} (not in catalogue)</source>
            <translation>{0} (no está en el catálogo)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
    </context>
    <context>
        <name>EditCourseDialog</name>
        <message>
            <source>Edit course</source>
            <translation>Editar tratamiento preventivo</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>S&amp;topped on</source>
            <translation>Finali&amp;zado el</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Fármaco:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Days (CSV, one row per day)</source>
            <translation>Días (CSV, una fila por día)</translation>
        </message>
        <message>
            <source>Monthly summary (CSV, one row per month)</source>
            <translation>Resumen mensual (CSV, una fila por mes)</translation>
        </message>
        <message>
            <source>Full backup (JSON: days, infusions, medications)</source>
            <translation>Copia de seguridad completa (JSON: días, infusiones, medicamentos)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>Todos los meses</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Primer mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>What to export:</source>
            <translation>Qué exportar:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Months:</source>
            <translation>Meses:</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
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
            <translation>Carta (8,5 × 11 pulg.)</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>sintomático</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>preventivo</translation>
        </message>
        <message>
            <source>not in the catalogue: kept as typed</source>
            <translation>no está en el catálogo: se guarda tal como se escribió</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Diary files and other apps' exports (*.csv *.json *.xml *.zip);;Days CSV (*.csv);;JSON backup (*.json);;Migraine Buddy, Bearable or Headi export (*.csv);;Apple Health export (*.xml *.zip);;All files (*)</source>
            <translation>Archivos del diario y exportaciones de otras aplicaciones (*.csv *.json *.xml *.zip);;CSV de días (*.csv);;Copia de seguridad JSON (*.json);;Exportación de Migraine Buddy, Bearable o Headi (*.csv);;Exportación de Apple Salud (*.xml *.zip);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more problem(s)</source>
            <translation>
                <numerusform>… y %n problema más</numerusform>
                <numerusform>… y %n problemas más</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>{0} has problems; nothing was imported.</source>
            <translation>{0} tiene problemas; no se importó nada.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Importando {0}…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s) and {0} from {1}.</source>
            <translation>
                <numerusform>Se importaron %n día y {0} desde {1}.</numerusform>
                <numerusform>Se importaron %n días y {0} desde {1}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of those days were recorded before; the file's version replaced them.</source>
            <translation>
                <numerusform>%n de esos días ya estaba registrado; la versión del archivo lo reemplazó.</numerusform>
                <numerusform>%n de esos días ya estaban registrados; la versión del archivo los reemplazó.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Leyendo {0}…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Importación cancelada: no se escribió nada.</translation>
        </message>
        <message>
            <source>{0} from {1} ({2}).</source>
            <translation>{0} desde {1} ({2}).</translation>
        </message>
        <message>
            <source>Not in the medication catalogue (kept as typed): {0}</source>
            <translation>No están en el catálogo de medicamentos (se guardan tal como se escribieron): {0}</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Exportado a {0}</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Export doctor report</source>
            <translation>Exportar el informe para el médico</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report failed</source>
            <translation>Error al crear el informe</translation>
        </message>
        <message>
            <source>Report written to {0}</source>
            <translation>Informe guardado en {0}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Error al imprimir</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Se envió %n página a la impresora.</numerusform>
                <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Error en la copia de seguridad</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>Copia de seguridad guardada en {0}</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Sin copias de seguridad</translation>
        </message>
        <message>
            <source>There is no backup of this diary yet.</source>
            <translation>Todavía no hay ninguna copia de seguridad de este diario.</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Diario nuevo</translation>
        </message>
        <message>
            <source>{0} exists already; use Open diary… to open it.</source>
            <translation>{0} ya existe; ábralo con «Abrir diario…».</translation>
        </message>
        <message>
            <source>Open diary</source>
            <translation>Abrir diario</translation>
        </message>
    </context>
    <context>
        <name>FileWords</name>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>is not a Migraine Diary backup (no "format": "{0}")</source>
            <translation>no es una copia de seguridad de Migraine Diary (falta "format": "{0}")</translation>
        </message>
        <message>
            <source>was written by a newer version of Migraine Diary</source>
            <translation>fue escrito por una versión más reciente de Migraine Diary</translation>
        </message>
        <message>
            <source>not valid CSV here ({0})</source>
            <translation>CSV no válido aquí ({0})</translation>
        </message>
        <message>
            <source>a line is longer than {0} million characters</source>
            <translation>una línea tiene más de {0} millones de caracteres</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save it as UTF-8 CSV</source>
            <translation>no es texto UTF-8; guárdelo como CSV UTF-8</translation>
        </message>
        <message>
            <source>{0} appears twice (first on line {1})</source>
            <translation>{0} aparece dos veces (la primera en la línea {1})</translation>
        </message>
        <message>
            <source>is empty: a header row with a 'date' column is needed</source>
            <translation>está vacío: se necesita una fila de encabezado con una columna «date»</translation>
        </message>
        <message>
            <source>is not a text file (it contains NUL bytes)</source>
            <translation>no es un archivo de texto (contiene bytes NUL)</translation>
        </message>
        <message>
            <source>the header row has no 'date' column; is this a days CSV?</source>
            <translation>la fila de encabezado no tiene columna «date»; ¿es un CSV de días?</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
        <message>
            <source>unknown column(s) {0}; known columns: {1}</source>
            <translation>columna(s) desconocida(s) {0}; columnas conocidas: {1}</translation>
        </message>
        <message>
            <source>column(s) {0} appear more than once</source>
            <translation>la(s) columna(s) {0} aparece(n) más de una vez</translation>
        </message>
        <message>
            <source>has {0} cells but the header has {1} columns</source>
            <translation>tiene {0} celdas, pero el encabezado tiene {1} columnas</translation>
        </message>
        <message numerus="yes">
            <source>%n attack(s)</source>
            <translation>
                <numerusform>%n crisis</numerusform>
                <numerusform>%n crisis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n already in the diary were skipped)</source>
            <translation>
                <numerusform>(%n ya estaba en el diario y se omitió)</numerusform>
                <numerusform>(%n ya estaban en el diario y se omitieron)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n preventive injection(s)</source>
            <translation>
                <numerusform>%n inyección preventiva</numerusform>
                <numerusform>%n inyecciones preventivas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n headache-free day(s)</source>
            <translation>
                <numerusform>%n día sin dolor de cabeza</numerusform>
                <numerusform>%n días sin dolor de cabeza</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {0} and {1}</source>
            <translation>Importado: {0} y {1}</translation>
        </message>
        <message>
            <source>'{0}' is not a headache severity (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified or NotPresent)</source>
            <translation>«{0}» no es una intensidad de cefalea (HKCategoryValueSeverityMild, Moderate, Severe, Unspecified o NotPresent)</translation>
        </message>
        <message>
            <source>declares the entity '{0}'; Apple Health exports declare none, so it is not read</source>
            <translation>declara la entidad «{0}»; las exportaciones de Apple Health no declaran ninguna, así que no se lee</translation>
        </message>
        <message>
            <source>the file breaks off or is damaged here: {0} (column {1})</source>
            <translation>el archivo se interrumpe o está dañado aquí: {0} (columna {1})</translation>
        </message>
        <message>
            <source>the archive is damaged here ({0})</source>
            <translation>el archivo ZIP está dañado aquí ({0})</translation>
        </message>
        <message>
            <source>has no HealthData element: is this an Apple Health export.xml?</source>
            <translation>no tiene elemento HealthData: ¿es un export.xml de Apple Health?</translation>
        </message>
        <message>
            <source>Apple Health does not say which headaches were migraines: all are imported as headaches</source>
            <translation>Apple Health no indica qué cefaleas fueron migrañas: todas se importan como cefalea</translation>
        </message>
        <message numerus="yes">
            <source>Not used: {0} other Apple Health record(s) (steps, heart rate and the like)</source>
            <translation>
                <numerusform>No utilizado: {0} otro registro de Apple Health (pasos, frecuencia cardiaca y similares)</numerusform>
                <numerusform>No utilizados: {0} otros registros de Apple Health (pasos, frecuencia cardiaca y similares)</numerusform>
            </translation>
        </message>
        <message>
            <source>'{0}' is not a date and time like 2020-09-25 10:00:00 +0200</source>
            <translation>«{0}» no es una fecha y hora como 2020-09-25 10:00:00 +0200</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(sin categoría)</translation>
        </message>
        <message>
            <source>symptom {0}</source>
            <translation>síntoma {0}</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} other reading(s): {1}</source>
            <translation>
                <numerusform>No importado: {0} otro registro: {1}</numerusform>
                <numerusform>No importados: {0} otros registros: {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} on {1}</source>
            <translation>{0} el {1}</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} medication reading(s) on days without a migraine or headache ({1}); the diary keeps doses with attacks, and preventive injections under Treatments</source>
            <translation>
                <numerusform>No importado: {0} registro de medicación en días sin migraña ni cefalea ({1}); el diario guarda las tomas con las crisis y las inyecciones preventivas en Tratamientos</numerusform>
                <numerusform>No importados: {0} registros de medicación en días sin migraña ni cefalea ({1}); el diario guarda las tomas con las crisis y las inyecciones preventivas en Tratamientos</numerusform>
            </translation>
        </message>
        <message>
            <source>'{0}' is not a date like 25th Sep 2020</source>
            <translation>«{0}» no es una fecha como 25th Sep 2020</translation>
        </message>
        <message>
            <source>'{0}' is not a real calendar date</source>
            <translation>«{0}» no es una fecha válida</translation>
        </message>
        <message>
            <source>'{0}' is not a time of day</source>
            <translation>«{0}» no es una hora del día</translation>
        </message>
        <message>
            <source>'{0}' is not a symptom severity from 0 to 4</source>
            <translation>«{0}» no es una intensidad de síntoma de 0 a 4</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>is none of the formats the diary can import</source>
            <translation>no tiene ninguno de los formatos que el diario puede importar</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1}); nothing was imported</source>
            <translation>{0}: no se puede leer ({1}); no se importó nada</translation>
        </message>
        <message>
            <source>is a zip file without {0} in it</source>
            <translation>es un archivo ZIP sin {0}</translation>
        </message>
        <message>
            <source>cannot be opened as a zip file ({0})</source>
            <translation>no se puede abrir como archivo ZIP ({0})</translation>
        </message>
        <message>
            <source>a Migraine Buddy CSV export, a Bearable CSV export, a Headi CSV export, an Apple Health export (export.xml or the export.zip it comes in), or this diary's own days CSV or JSON backup</source>
            <translation>una exportación CSV de Migraine Buddy, Bearable o Headi, una exportación de Apple Health (export.xml o el export.zip en que viene) o el CSV de días o la copia de seguridad JSON de este diario</translation>
        </message>
        <message>
            <source>{0}; the diary imports {1}</source>
            <translation>{0}; el diario importa {1}</translation>
        </message>
        <message>
            <source>has no {0} column</source>
            <translation>no tiene columna {0}</translation>
        </message>
        <message>
            <source>is the same as on line {0}</source>
            <translation>es el mismo que en la línea {0}</translation>
        </message>
        <message>
            <source>is empty: every Headi record has an id</source>
            <translation>está vacío: cada registro de Headi tiene un identificador</translation>
        </message>
        <message>
            <source>'{0}' is negative</source>
            <translation>«{0}» es negativo</translation>
        </message>
        <message>
            <source>{0} amount(s) for {1} medication(s)</source>
            <translation>{0} cantidad(es) para {1} medicamento(s)</translation>
        </message>
        <message>
            <source>'{0}' is not a number of milliseconds</source>
            <translation>«{0}» no es un número de milisegundos</translation>
        </message>
        <message>
            <source>'{0}' is not a time in milliseconds since 1970</source>
            <translation>«{0}» no es un tiempo en milisegundos desde 1970</translation>
        </message>
        <message>
            <source>Format: {0}</source>
            <translation>Formato: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} attack(s)</source>
            <translation>
                <numerusform>{0} crisis</numerusform>
                <numerusform>{0} crisis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on {0} day(s)</source>
            <translation>
                <numerusform>en {0} día</numerusform>
                <numerusform>en {0} días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} headache-free day(s) stated in the file</source>
            <translation>
                <numerusform>{0} día sin dolor de cabeza indicado en el archivo</numerusform>
                <numerusform>{0} días sin dolor de cabeza indicados en el archivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} preventive injection(s) ({1})</source>
            <translation>
                <numerusform>{0} inyección preventiva ({1})</numerusform>
                <numerusform>{0} inyecciones preventivas ({1})</numerusform>
            </translation>
        </message>
        <message>
            <source>Dates: {0} to {1}</source>
            <translation>Fechas: del {0} al {1}</translation>
        </message>
        <message>
            <source>Medications not in the catalogue (kept as written, class other): {0}</source>
            <translation>Medicamentos que no están en el catálogo (se guardan tal como están escritos, clase «Otros»): {0}</translation>
        </message>
        <message>
            <source>Columns not used: {0}</source>
            <translation>Columnas no utilizadas: {0}</translation>
        </message>
        <message>
            <source>{0}: looks like an export from {1}, but it has problems:</source>
            <translation>{0}: parece una exportación de {1}, pero tiene problemas:</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {0} ongoing event(s) from the block at the top of the file (the diary has no place for them)</source>
            <translation>
                <numerusform>No importado: {0} evento en curso del bloque al principio del archivo (el diario no tiene lugar para ellos)</numerusform>
                <numerusform>No importados: {0} eventos en curso del bloque al principio del archivo (el diario no tiene lugar para ellos)</numerusform>
            </translation>
        </message>
        <message>
            <source>has no table of attacks (a header row starting "#","Started","Lasted")</source>
            <translation>no tiene tabla de crisis (una fila de encabezado que empiece por "#","Started","Lasted")</translation>
        </message>
        <message>
            <source>'{0}' is not a real date and time (month/day/year hour:minute)</source>
            <translation>«{0}» no es una fecha y hora válida (mes/día/año hora:minuto)</translation>
        </message>
        <message>
            <source>'{0}' is not a date and time like 9/25/20 14:30</source>
            <translation>«{0}» no es una fecha y hora como 9/25/20 14:30</translation>
        </message>
        <message>
            <source>'{0}' is not a duration like 01h 00m or 1d 02h 15m</source>
            <translation>«{0}» no es una duración como 01h 00m o 1d 02h 15m</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number of minutes</source>
            <translation>«{0}» no es un número entero de minutos</translation>
        </message>
        <message>
            <source>{0} minutes is not a UTC offset</source>
            <translation>{0} minutos no es una diferencia horaria con UTC</translation>
        </message>
        <message>
            <source>is not a readable CSV row ({0})</source>
            <translation>no es una fila CSV legible ({0})</translation>
        </message>
        <message>
            <source>has a line longer than {0} MiB</source>
            <translation>tiene una línea de más de {0} MiB</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>«{0}» no es un número</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number from 0 to 10</source>
            <translation>«{0}» no es un número entero de 0 a 10</translation>
        </message>
        <message>
            <source>'{0}' names no medication</source>
            <translation>«{0}» no nombra ningún medicamento</translation>
        </message>
        <message>
            <source>'{0}' is not an amount such as 50 or 50 mg</source>
            <translation>«{0}» no es una cantidad como 50 o 50 mg</translation>
        </message>
        <message numerus="yes">
            <source>%n infusion(s)</source>
            <translation>
                <numerusform>%n infusión</numerusform>
                <numerusform>%n infusiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n course(s)</source>
            <translation>
                <numerusform>%n tratamiento preventivo</numerusform>
                <numerusform>%n tratamientos preventivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n injection(s)</source>
            <translation>
                <numerusform>%n inyección</numerusform>
                <numerusform>%n inyecciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}: cannot import '{1}' files; use .csv (days) or .json (backup)</source>
            <translation>{0}: no se pueden importar archivos «{1}»; use .csv (días) o .json (copia de seguridad)</translation>
        </message>
        <message>
            <source>no suffix</source>
            <translation>sin extensión</translation>
        </message>
        <message>
            <source>{0}: is an open diary, not a file to import; nothing was imported</source>
            <translation>{0}: es un diario abierto, no un archivo para importar; no se importó nada</translation>
        </message>
        <message>
            <source>{0}: cannot export '{1}' files; use .csv, .json, .pdf or .ics</source>
            <translation>{0}: no se pueden exportar archivos «{1}»; use .csv, .json, .pdf o .ics</translation>
        </message>
        <message>
            <source>{0}: cannot be written ({1}); nothing was exported</source>
            <translation>{0}: no se puede escribir ({1}); no se exportó nada</translation>
        </message>
    </context>
    <context>
        <name>HeadacheDetails</name>
        <message>
            <source>Headache details</source>
            <translation>Detalles de la cefalea</translation>
        </message>
        <message>
            <source>Peak severity, 0 to 10</source>
            <translation>Intensidad máxima, de 0 a 10</translation>
        </message>
        <message>
            <source>How bad the headache was at its worst: 0 none, 10 the worst imaginable</source>
            <translation>Qué intensidad tuvo la cefalea en su peor momento: 0 ninguna, 10 la peor imaginable</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>Duration in hours</source>
            <translation>Duración en horas</translation>
        </message>
        <message>
            <source>How many hours of the day the headache lasted</source>
            <translation>Cuántas horas del día duró la cefalea</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderada</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Discapacidad</translation>
        </message>
        <message>
            <source>How much the headache kept you from your day</source>
            <translation>Cuánto le impidió la cefalea hacer su vida normal</translation>
        </message>
        <message>
            <source>&amp;Aura</source>
            <translation>Au&amp;ra</translation>
        </message>
        <message>
            <source>Nau&amp;sea</source>
            <translation>&amp;Náuseas</translation>
        </message>
        <message>
            <source>&amp;Light sensitivity</source>
            <translation>&amp;Fotofobia</translation>
        </message>
        <message>
            <source>S&amp;ound sensitivity</source>
            <translation>Fonofo&amp;bia</translation>
        </message>
        <message>
            <source>&amp;Peak severity (0-10):</source>
            <translation>Intensidad má&amp;xima (0-10):</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>Duración en &amp;horas:</translation>
        </message>
        <message>
            <source>Disa&amp;bility:</source>
            <translation>Disca&amp;pacidad:</translation>
        </message>
        <message>
            <source>Symptoms:</source>
            <translation>Síntomas:</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>The app records attacks, not headache-free days, so a day it does not mention may have been headache-free or simply not logged: tick this only if you logged every attack in that time.</source>
            <translation>La aplicación registra crisis, no días sin dolor de cabeza: un día que no menciona puede haber sido sin dolor o simplemente no registrado. Marque esto solo si registró todas las crisis de ese periodo.</translation>
        </message>
        <message>
            <source>Import from {0}</source>
            <translation>Importar desde {0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; is an export from {1}. Nothing has been written yet.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; es una exportación de {1}. Todavía no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Mark the days without an attack between {0} and {1} as headache-free</source>
            <translation>Marcar los días sin crisis entre el {0} y el {1} como sin dolor de cabeza</translation>
        </message>
        <message>
            <source>Importing the same file again later adds nothing new. Days you already recorded are never made milder: flags are combined and the highest severity kept.</source>
            <translation>Importar el mismo archivo más tarde no añade nada nuevo. Los días ya registrados nunca se suavizan: los datos se combinan y se conserva la intensidad más alta.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
    </context>
    <context>
        <name>InfusionDialog</name>
        <message>
            <source>Edit infusion</source>
            <translation>Editar infusión</translation>
        </message>
        <message>
            <source>Add infusion</source>
            <translation>Añadir infusión</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>e.g. eptinezumab, Vyepti, DHE</source>
            <translation>p. ej., eptinezumab, Vyepti, DHE</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis en mg</translation>
        </message>
        <message>
            <source>Number of days</source>
            <translation>Número de días</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>preventiva</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>aguda</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reacciones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Fármaco:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>&amp;Dosis:</translation>
        </message>
        <message>
            <source>Number of &amp;days:</source>
            <translation>&amp;Número de días:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Setting:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Reactions:</source>
            <translation>&amp;Reacciones:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>N&amp;otas:</translation>
        </message>
    </context>
    <context>
        <name>InjectionDialog</name>
        <message>
            <source>Edit injection</source>
            <translation>Editar inyección</translation>
        </message>
        <message>
            <source>Add injection</source>
            <translation>Añadir inyección</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>e.g. erenumab, Ajovy, Botox</source>
            <translation>p. ej., erenumab, Ajovy, Botox</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis en mg</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>F&amp;echa:</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Fármaco:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Dose in {0}</source>
            <translation>Dosis en {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>{0} — Migraine Diary</source>
            <translation>{0} — Migraine Diary</translation>
        </message>
        <message>
            <source>Diary: {0}</source>
            <translation>Diario: {0}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} guardado.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>{0} is unrecorded again.</source>
            <translation>El {0} vuelve a estar sin registrar.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n unrecorded day(s) headache-free.</source>
            <translation>
                <numerusform>Se marcó %n día sin registrar como sin cefalea.</numerusform>
                <numerusform>Se marcaron %n días sin registrar como sin cefalea.</numerusform>
            </translation>
        </message>
        <message>
            <source>Updated with changes saved by another program.</source>
            <translation>Actualizado con cambios guardados por otro programa.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo failed</source>
            <translation>No se pudo deshacer</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Hecho: {0}</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>Nada que guardar.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n day(s) headache-free.</source>
            <translation>
                <numerusform>Se marcó %n día como sin cefalea.</numerusform>
                <numerusform>Se marcaron %n días como sin cefalea.</numerusform>
            </translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(ninguno todavía)</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Aviso: {0}</translation>
        </message>
        <message>
            <source>Reminder not saved</source>
            <translation>Recordatorio no guardado</translation>
        </message>
        <message>
            <source>Reminder: today is not recorded yet.</source>
            <translation>Recordatorio: hoy todavía no está registrado.</translation>
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
            <translation>intravenosa</translation>
        </message>
        <message>
            <source>subcutaneous</source>
            <translation>subcutánea</translation>
        </message>
        <message>
            <source>intramuscular</source>
            <translation>intramuscular</translation>
        </message>
        <message>
            <source>nasal</source>
            <translation>nasal</translation>
        </message>
        <message>
            <source>rectal</source>
            <translation>rectal</translation>
        </message>
        <message>
            <source>other route</source>
            <translation>otra vía</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>sintomático</translation>
        </message>
        <message>
            <source>preventive</source>
            <translation>preventivo</translation>
        </message>
        <message>
            <source>Add medication</source>
            <translation>Añadir medicamento</translation>
        </message>
        <message>
            <source>Medication name</source>
            <translation>Nombre del medicamento</translation>
        </message>
        <message>
            <source>A catalogue name fills in class, route and role</source>
            <translation>Un nombre del catálogo rellena la clase, la vía y el uso</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uso</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Clase:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Uso:</translation>
        </message>
        <message>
            <source>R&amp;oute:</source>
            <translation>&amp;Vía:</translation>
        </message>
        <message>
            <source>Not in the catalogue: choose its class and role.</source>
            <translation>No está en el catálogo: elija su clase y su uso.</translation>
        </message>
        <message>
            <source>From the catalogue: {0}</source>
            <translation>Del catálogo: {0}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>About Migraine Diary</source>
            <translation>Acerca de Migraine Diary</translation>
        </message>
        <message>
            <source>Migraine Diary {0}

A diary for migraine days, medications and IV infusions.

This diary's file:
{1}</source>
            <translation>Migraine Diary {0}

Un diario de días de migraña, medicación e infusiones intravenosas.

Archivo de este diario:
{1}</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>Diario &amp;nuevo…</translation>
        </message>
        <message>
            <source>&amp;Open diary…</source>
            <translation>&amp;Abrir diario…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export doctor &amp;report…</source>
            <translation>Exportar el informe &amp;médico…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer &amp;copia de seguridad</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation>Res&amp;taurar copia de seguridad…</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferencias…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Save day</source>
            <translation>&amp;Guardar día</translation>
        </message>
        <message>
            <source>&amp;No headache today</source>
            <translation>Hoy &amp;sin cefalea</translation>
        </message>
        <message>
            <source>&amp;Forget this day…</source>
            <translation>&amp;Olvidar este día…</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Calendario</translation>
        </message>
        <message>
            <source>T&amp;reatments</source>
            <translation>&amp;Tratamientos</translation>
        </message>
        <message>
            <source>Tr&amp;ends</source>
            <translation>&amp;Evolución</translation>
        </message>
        <message>
            <source>&amp;Questionnaires</source>
            <translation>C&amp;uestionarios</translation>
        </message>
        <message>
            <source>&amp;Go to today</source>
            <translation>&amp;Ir a hoy</translation>
        </message>
        <message>
            <source>&amp;Previous day or month</source>
            <translation>Día o mes &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Next day or month</source>
            <translation>Día o mes &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Definitions</source>
            <translation>&amp;Definiciones</translation>
        </message>
        <message>
            <source>&amp;About Migraine Diary</source>
            <translation>&amp;Acerca de Migraine Diary</translation>
        </message>
        <message>
            <source>Daily re&amp;minder…</source>
            <translation>&amp;Recordatorio diario…</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Dim mode</source>
            <translation>M&amp;odo atenuado</translation>
        </message>
        <message>
            <source>Dark, low-contrast colours and a larger Today form, for the worst moments</source>
            <translation>Colores oscuros y de bajo contraste y un formulario Hoy más grande, para los peores momentos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Open recen&amp;t</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>Te&amp;ma</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>Month calendar</source>
            <translation>Calendario mensual</translation>
        </message>
        <message>
            <source>{0}: in the future</source>
            <translation>{0}: en el futuro</translation>
        </message>
        <message>
            <source>migraine day</source>
            <translation>día de migraña</translation>
        </message>
        <message>
            <source>headache day</source>
            <translation>día de cefalea</translation>
        </message>
        <message>
            <source>no headache</source>
            <translation>sin cefalea</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>; infusion: {0}</source>
            <translation>; infusión: {0}</translation>
        </message>
        <message>
            <source>headache</source>
            <translation>cefalea</translation>
        </message>
        <message>
            <source>migraine</source>
            <translation>migraña</translation>
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
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Migraine Diary files (*.sqlite3 *.db);;All files (*)</source>
            <translation>Archivos de Migraine Diary (*.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{0} is already open in another Migraine Diary window. Switch to that window, or close it first. (The command line still works while the window is open.)</source>
            <translation>{0} ya está abierto en otra ventana de Migraine Diary. Cambie a esa ventana o ciérrela primero. (La línea de comandos sigue funcionando mientras la ventana está abierta.)</translation>
        </message>
        <message>
            <source>Diary already open</source>
            <translation>Diario ya abierto</translation>
        </message>
        <message>
            <source>Open diary</source>
            <translation>Abrir diario</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Diario nuevo</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Restaurar copia de seguridad…</translation>
        </message>
        <message>
            <source>Open another diary…</source>
            <translation>Abrir otro diario…</translation>
        </message>
        <message>
            <source>Create a new diary…</source>
            <translation>Crear un diario nuevo…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>The file was left exactly as it was.</source>
            <translation>El archivo se ha dejado exactamente como estaba.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this diary exist.</source>
            <translation>
                <numerusform>Hay %n copia de seguridad de este diario.</numerusform>
                <numerusform>Hay %n copias de seguridad de este diario.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open the diary</source>
            <translation>No se puede abrir el diario</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>No hay copias de seguridad</translation>
        </message>
        <message>
            <source>There is no backup of {0}.</source>
            <translation>No hay ninguna copia de seguridad de {0}.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <source>The diary was restored from {0}.
The previous file is kept at {1}.</source>
            <translation>El diario se restauró desde {0}.
El archivo anterior se conserva en {1}.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences not saved</source>
            <translation>Preferencias no guardadas</translation>
        </message>
        <message>
            <source>Preferences saved.</source>
            <translation>Preferencias guardadas.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Nombre del paciente</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Not &amp;given</source>
            <translation>&amp;No indicada</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Doctor report</source>
            <translation>Informe médico</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nom&amp;bre:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>&amp;Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Tamaño del papel:</translation>
        </message>
        <message>
            <source>Name and date of birth are never required: when given, they head the report so the doctor can file it.</source>
            <translation>El nombre y la fecha de nacimiento nunca son obligatorios: si se indican, encabezan el informe para que el médico pueda archivarlo.</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Recordatorio diario</translation>
        </message>
        <message>
            <source>Preventive infusions</source>
            <translation>Infusiones preventivas</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semanas</translation>
        </message>
        <message>
            <source>Weeks between {0} infusions</source>
            <translation>Semanas entre infusiones de {0}</translation>
        </message>
        <message>
            <source>{0} every</source>
            <translation>{0} cada</translation>
        </message>
        <message>
            <source>The Treatments page shows the next infusion due this long after the last one.</source>
            <translation>La página Tratamientos muestra la próxima infusión este tiempo después de la última.</translation>
        </message>
        <message>
            <source>No preventive infusions yet. Once one is added on the Treatments page, its interval can be set here (12 weeks unless changed).</source>
            <translation>Todavía no hay infusiones preventivas. Cuando se añada una en la página Tratamientos, su intervalo podrá ajustarse aquí (12 semanas si no se cambia).</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language applies the next time Migraine Diary starts.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie Migraine Diary.</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>The entry for {0} has changes that are not saved.</source>
            <translation>El registro del {0} tiene cambios sin guardar.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireDialog</name>
        <message>
            <source>Answer about all the headaches you have had over the last 3 months. Write 0 if you did not do the activity in the last 3 months.</source>
            <translation>Responda pensando en todos los dolores de cabeza que ha tenido en los últimos 3 meses. Escriba 0 si no realizó esa actividad en los últimos 3 meses.</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you miss work or school because of your headaches?</source>
            <translation>¿Cuántos días en los últimos 3 meses faltó al trabajo o a clase a causa de sus dolores de cabeza?</translation>
        </message>
        <message>
            <source>How many days in the last 3 months was your productivity at work or school reduced by half or more because of your headaches? (Do not include days you counted in question 1 where you missed work or school.)</source>
            <translation>¿Cuántos días en los últimos 3 meses se redujo a la mitad o más su rendimiento en el trabajo o en clase a causa de sus dolores de cabeza? (No incluya los días contados en la pregunta 1 en los que faltó al trabajo o a clase.)</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you not do household work because of your headaches?</source>
            <translation>¿Cuántos días en los últimos 3 meses no pudo hacer las tareas domésticas a causa de sus dolores de cabeza?</translation>
        </message>
        <message>
            <source>How many days in the last 3 months was your productivity in household work reduced by half or more because of your headaches? (Do not include days you counted in question 3 where you did not do household work.)</source>
            <translation>¿Cuántos días en los últimos 3 meses se redujo a la mitad o más su rendimiento en las tareas domésticas a causa de sus dolores de cabeza? (No incluya los días contados en la pregunta 3 en los que no hizo las tareas domésticas.)</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you miss family, social or leisure activities because of your headaches?</source>
            <translation>¿Cuántos días en los últimos 3 meses se perdió actividades familiares, sociales o de ocio a causa de sus dolores de cabeza?</translation>
        </message>
        <message>
            <source>On how many days in the last 3 months did you have a headache? (If a headache lasted more than 1 day, count each day.)</source>
            <translation>¿Cuántos días en los últimos 3 meses tuvo dolor de cabeza? (Si un dolor de cabeza duró más de 1 día, cuente cada día.)</translation>
        </message>
        <message>
            <source>On a scale of 0 to 10, on average how painful were these headaches? (0 = no pain at all, 10 = pain as bad as it can be.)</source>
            <translation>En una escala de 0 a 10, ¿qué intensidad tuvieron de media estos dolores de cabeza? (0 = ningún dolor, 10 = el peor dolor imaginable.)</translation>
        </message>
        <message>
            <source>Answer each question about your headaches; questions 4 to 6 are about the past 4 weeks.</source>
            <translation>Responda cada pregunta sobre sus dolores de cabeza; las preguntas 4 a 6 se refieren a las últimas 4 semanas.</translation>
        </message>
        <message>
            <source>When you have headaches, how often is the pain severe?</source>
            <translation>Cuando tiene dolor de cabeza, ¿con qué frecuencia el dolor es intenso?</translation>
        </message>
        <message>
            <source>How often do headaches limit your ability to do usual daily activities including household work, work, school, or social activities?</source>
            <translation>¿Con qué frecuencia el dolor de cabeza limita su capacidad para realizar sus actividades diarias habituales, como las tareas domésticas, el trabajo, los estudios o las actividades sociales?</translation>
        </message>
        <message>
            <source>When you have a headache, how often do you wish you could lie down?</source>
            <translation>Cuando tiene dolor de cabeza, ¿con qué frecuencia desearía poder acostarse?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often have you felt too tired to do work or daily activities because of your headaches?</source>
            <translation>En las últimas 4 semanas, ¿con qué frecuencia se ha sentido demasiado cansado/a para trabajar o realizar sus actividades diarias a causa del dolor de cabeza?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often have you felt fed up or irritated because of your headaches?</source>
            <translation>En las últimas 4 semanas, ¿con qué frecuencia se ha sentido harto/a o irritado/a a causa del dolor de cabeza?</translation>
        </message>
        <message>
            <source>In the past 4 weeks, how often did headaches limit your ability to concentrate on work or daily activities?</source>
            <translation>En las últimas 4 semanas, ¿con qué frecuencia el dolor de cabeza ha limitado su capacidad para concentrarse en el trabajo o en las actividades diarias?</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Rarely</source>
            <translation>Pocas veces</translation>
        </message>
        <message>
            <source>Sometimes</source>
            <translation>A veces</translation>
        </message>
        <message>
            <source>Very often</source>
            <translation>Muy a menudo</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Siempre</translation>
        </message>
        <message>
            <source>Edit {0}</source>
            <translation>Editar {0}</translation>
        </message>
        <message>
            <source>New {0}</source>
            <translation>Nuevo {0}</translation>
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
            <translation>Fecha de respuesta</translation>
        </message>
        <message>
            <source>&amp;Date answered:</source>
            <translation>&amp;Fecha de respuesta:</translation>
        </message>
        <message>
            <source>Questions 1-5 (days)</source>
            <translation>Preguntas 1-5 (días)</translation>
        </message>
        <message>
            <source>Questions 1-6</source>
            <translation>Preguntas 1-6</translation>
        </message>
        <message>
            <source>Not part of the score</source>
            <translation>No cuentan en la puntuación</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>Question {0}</source>
            <translation>Pregunta {0}</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>please choose an answer</source>
            <translation>elija una respuesta</translation>
        </message>
        <message>
            <source>a {0} for {1} is already in the diary; edit that one instead</source>
            <translation>ya hay un {0} del {1} en el diario; edite ese</translation>
        </message>
        <message numerus="yes">
            <source>Score: answer all {0} questions (%n to go)</source>
            <translation>
                <numerusform>Puntuación: responda las {0} preguntas (falta %n)</numerusform>
                <numerusform>Puntuación: responda las {0} preguntas (faltan %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>MIDAS score: {0} (grade {1}, {2})</source>
            <translation>Puntuación MIDAS: {0} (grado {1}, {2})</translation>
        </message>
        <message>
            <source>HIT-6 score: {0} ({1})</source>
            <translation>Puntuación HIT-6: {0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairesView</name>
        <message>
            <source>grade {0}, {1}</source>
            <translation>grado {0}, {1}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Grade or impact</source>
            <translation>Grado o impacto</translation>
        </message>
        <message>
            <source>Questionnaire history</source>
            <translation>Historial de cuestionarios</translation>
        </message>
        <message>
            <source>No questionnaires yet. MIDAS looks back over 3 months, HIT-6 over 4 weeks: filling one in before each visit shows your doctor the trend.</source>
            <translation>Aún no hay cuestionarios. El MIDAS abarca los últimos 3 meses y el HIT-6 las últimas 4 semanas: rellenar uno antes de cada consulta muestra a su médico la evolución.</translation>
        </message>
        <message>
            <source>Add &amp;MIDAS…</source>
            <translation>Añadir &amp;MIDAS…</translation>
        </message>
        <message>
            <source>Migraine Disability Assessment: days lost in the last 3 months</source>
            <translation>Migraine Disability Assessment: días perdidos en los últimos 3 meses</translation>
        </message>
        <message>
            <source>Add &amp;HIT-6…</source>
            <translation>Añadir &amp;HIT-6…</translation>
        </message>
        <message>
            <source>Headache Impact Test: 6 questions</source>
            <translation>Headache Impact Test: 6 preguntas</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Latest {0}: {1} ({2}) on {3}</source>
            <translation>Último {0}: {1} ({2}) el {3}</translation>
        </message>
        <message>
            <source>; before that {0} ({1}) on {2}</source>
            <translation>; antes, {0} ({1}) el {2}</translation>
        </message>
        <message>
            <source>Delete the {0} of {1} (score {2})?</source>
            <translation>¿Eliminar el {0} del {1} (puntuación {2})?</translation>
        </message>
        <message>
            <source>Delete questionnaire</source>
            <translation>Eliminar cuestionario</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Could not delete</source>
            <translation>No se pudo eliminar</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Daily reminder</source>
            <translation>Recordatorio diario</translation>
        </message>
    </context>
    <context>
        <name>ReminderFields</name>
        <message>
            <source>&amp;Remind me every day at</source>
            <translation>&amp;Recordármelo cada día a las</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>While Migraine Diary is running, a message in the system tray reminds you if the day is not recorded yet.</source>
            <translation>Mientras Migraine Diary esté abierto, un mensaje en la bandeja del sistema le avisa si el día aún no está registrado.</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so the reminder cannot be shown here.</source>
            <translation>Este escritorio no tiene bandeja del sistema, así que el recordatorio no puede mostrarse aquí.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Doctor report</source>
            <translation>Informe médico</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Primer mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>&amp;Default</source>
            <translation>&amp;Predeterminado</translation>
        </message>
        <message>
            <source>This month and the 5 before it, reaching back to the 28-day baseline of the current preventive course, an acute infusion course just before it and the 3 months before the course (at most 12 months)</source>
            <translation>Este mes y los 5 anteriores, hasta el periodo basal de 28 días del tratamiento preventivo actual, una tanda de infusiones agudas justo antes y los 3 meses previos al tratamiento (como máximo 12 meses)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>&amp;Months:</source>
            <translation>&amp;Meses:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>P&amp;apel:</translation>
        </message>
        <message>
            <source>The report shows the monthly numbers, the infusions and their outcomes, acute medication use and the notes of these months.</source>
            <translation>El informe muestra las cifras mensuales, las infusiones y sus resultados, el uso de medicación sintomática y las notas de estos meses.</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>{0} (age {1})</source>
            <translation>{0} ({1} años)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message numerus="yes">
            <source>%n calendar month(s)</source>
            <translation>
                <numerusform>%n mes natural</numerusform>
                <numerusform>%n meses naturales</numerusform>
            </translation>
        </message>
        <message>
            <source>Period covered</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Diary coverage</source>
            <translation>Cobertura del diario</translation>
        </message>
        <message>
            <source>Earlier history</source>
            <translation>Historia anterior</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generado</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Días de migraña por 28 días</translation>
        </message>
        <message>
            <source>ICHD-3 chronic migraine</source>
            <translation>Migraña crónica (ICHD-3)</translation>
        </message>
        <message>
            <source>Medication overuse</source>
            <translation>Uso excesivo de medicación</translation>
        </message>
        <message>
            <source>Next infusion due</source>
            <translation>Próxima infusión</translation>
        </message>
        <message>
            <source>Wearing-off check</source>
            <translation>Control de fin de dosis</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Latest ended month</source>
            <translation>Último mes terminado</translation>
        </message>
        <message>
            <source>none in this period yet</source>
            <translation>aún ninguno en este periodo</translation>
        </message>
        <message>
            <source>{0}: {1}, {2}, {3} of {4} days recorded</source>
            <translation>{0}: {1}, {2}, {3} de {4} días registrados</translation>
        </message>
        <message numerus="yes">
            <source>%n migraine day(s)</source>
            <translation>
                <numerusform>%n día de migraña</numerusform>
                <numerusform>%n días de migraña</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n headache day(s)</source>
            <translation>
                <numerusform>%n día de cefalea</numerusform>
                <numerusform>%n días de cefalea</numerusform>
            </translation>
        </message>
        <message>
            <source>chronic</source>
            <translation>crónica</translation>
        </message>
        <message>
            <source>episodic</source>
            <translation>episódica</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incompleto</translation>
        </message>
        <message>
            <source>no ended month in this period yet</source>
            <translation>aún ningún mes terminado en este periodo</translation>
        </message>
        <message>
            <source>over the ended month {0}</source>
            <translation>en el mes terminado {0}</translation>
        </message>
        <message>
            <source>over the ended months {0}</source>
            <translation>en los meses terminados {0}</translation>
        </message>
        <message>
            <source>over the last {0}, {1}</source>
            <translation>en los últimos {0}, {1}</translation>
        </message>
        <message>
            <source>rests on {0} of {1} days recorded</source>
            <translation>basada en {0} de {1} días registrados</translation>
        </message>
        <message>
            <source>{0} of {1} days</source>
            <translation>{0} de {1} días</translation>
        </message>
        <message>
            <source>only {0} of {1} days recorded, fewer than half</source>
            <translation>solo {0} de {1} días registrados, menos de la mitad</translation>
        </message>
        <message>
            <source>from {0} ({1}) &lt;b&gt;not shown&lt;/b&gt;; &lt;span class="muted"&gt;export with &lt;i&gt;--from {2}&lt;/i&gt;, or choose the first month in File &amp;gt; Export doctor report…, to include it&lt;/span&gt;</source>
            <translation>desde {0} ({1}) &lt;b&gt;no se muestra&lt;/b&gt;; &lt;span class="muted"&gt;para incluirlo, exporte con &lt;i&gt;--from {2}&lt;/i&gt; o elija el primer mes en Archivo &amp;gt; Exportar informe médico…&lt;/span&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>3 consecutive months each with {0}+ headache days, {1}+ of them migraine days</source>
            <translation>3 meses consecutivos, cada uno con {0}+ días de cefalea, {1}+ de ellos días de migraña</translation>
        </message>
        <message>
            <source>pattern met</source>
            <translation>patrón cumplido</translation>
        </message>
        <message>
            <source>{0} in the whole diary, not within the months shown {1}</source>
            <translation>{0} en todo el diario, no en los meses mostrados {1}</translation>
        </message>
        <message>
            <source>pattern not met</source>
            <translation>patrón no cumplido</translation>
        </message>
        <message>
            <source>{0} in the whole diary {1}</source>
            <translation>{0} en todo el diario {1}</translation>
        </message>
        <message>
            <source>{0} in this period {1}</source>
            <translation>{0} en este periodo {1}</translation>
        </message>
        <message>
            <source>no month flagged</source>
            <translation>ningún mes señalado</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
        <message>
            <source>{0} of {1}: {2}</source>
            <translation>{0} de {1}: {2}</translation>
        </message>
        <message>
            <source>no preventive infusion recorded</source>
            <translation>ninguna infusión preventiva registrada</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>con %n día de retraso</numerusform>
                <numerusform>con %n días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, due soon</source>
            <translation>{0}, próxima</translation>
        </message>
        <message>
            <source>{0} on {1} ({2})</source>
            <translation>{0} el {1} ({2})</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier comparison(s) in the period: {0} with possible wearing-off</source>
            <translation>
                <numerusform>%n comparación anterior en el periodo: {0} con posible fin de dosis</numerusform>
                <numerusform>%n comparaciones anteriores en el periodo: {0} con posible fin de dosis</numerusform>
            </translation>
        </message>
        <message>
            <source>possible wearing-off</source>
            <translation>posible fin de dosis</translation>
        </message>
        <message>
            <source>no wearing-off</source>
            <translation>sin fin de dosis</translation>
        </message>
        <message>
            <source>{0} before the {1} {2} infusion: {3} migraine days per 28 days in weeks 9–12 after the previous one (up to the day before it), {4} in weeks 1–8</source>
            <translation>{0} antes de la infusión de {2} del {1}: {3} días de migraña por 28 días en las semanas 9–12 tras la anterior (hasta el día previo), {4} en las semanas 1–8</translation>
        </message>
        <message>
            <source>Monthly migraine and headache days</source>
            <translation>Días de migraña y de cefalea por mes</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>Headache days</source>
            <translation>Días de cefalea</translation>
        </message>
        <message>
            <source>Migraine days</source>
            <translation>Días de migraña</translation>
        </message>
        <message>
            <source>Acute med. days</source>
            <translation>Días con med. sint.</translation>
        </message>
        <message>
            <source>Days per medication class</source>
            <translation>Días por clase de medicación</translation>
        </message>
        <message>
            <source>Class days</source>
            <translation>Días por clase</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Overuse</source>
            <translation>Uso excesivo</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>* In progress: {0} of its {1} days so far (up to {2}). </source>
            <translation>* En curso: {0} de sus {1} días hasta ahora (hasta el {2}). </translation>
        </message>
        <message>
            <source>Overuse: ICHD-3 8.2 (triptans, ergots, opioids or combination analgesics on 10 or more days; simple analgesics on 15 or more; two or more of these classes on 10 or more days in total).</source>
            <translation>Uso excesivo: ICHD-3 8.2 (triptanes, ergóticos, opioides o analgésicos combinados en 10 o más días; analgésicos simples en 15 o más; dos o más de estas clases en 10 o más días en total).</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>Mes a mes</translation>
        </message>
        <message>
            <source>Days per class count each day once per class.</source>
            <translation>Los días por clase cuentan cada día una vez por clase.</translation>
        </message>
        <message>
            <source>Each day counts once per class.</source>
            <translation>Cada día cuenta una vez por clase.</translation>
        </message>
        <message>
            <source>Acute medications in the period</source>
            <translation>Medicación sintomática en el periodo</translation>
        </message>
        <message>
            <source>No acute medication recorded in this period.</source>
            <translation>No se registró medicación sintomática en este periodo.</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Days used</source>
            <translation>Días de uso</translation>
        </message>
        <message>
            <source>Doses</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Mean relief (0–3)</source>
            <translation>Alivio medio (0–3)</translation>
        </message>
        <message>
            <source>Doses rated</source>
            <translation>Dosis valoradas</translation>
        </message>
        <message>
            <source>Relief as rated for each dose: 0 none, 1 a little, 2 good, 3 complete.</source>
            <translation>Alivio según la valoración de cada dosis: 0 ninguno, 1 poco, 2 bueno, 3 completo.</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>grade {0}</source>
            <translation>grado {0}</translation>
        </message>
        <message>
            <source>… and {0} from earlier in the period (the {1} are listed).</source>
            <translation>… y {0} de antes en el periodo (se listan {1}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more note(s)</source>
            <translation>
                <numerusform>%n nota más</numerusform>
                <numerusform>%n notas más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n most recent note(s)</source>
            <translation>
                <numerusform>la %n nota más reciente</numerusform>
                <numerusform>las %n notas más recientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Record days in the diary, or choose another period, to see monthly migraine days here.</source>
            <translation>Registre días en el diario o elija otro periodo para ver aquí los días de migraña por mes.</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>Patient-recorded diary · Migraine Diary {0}</source>
            <translation>Diario registrado por el paciente · Migraine Diary {0}</translation>
        </message>
    </context>
    <context>
        <name>ReportTreatments</name>
        <message>
            <source>An aid for the doctor's decision, not the decision ({0}).</source>
            <translation>Una ayuda para la decisión del médico, no la decisión ({0}).</translation>
        </message>
        <message>
            <source>American Headache Society consensus 2018, updated 2021</source>
            <translation>consenso de la American Headache Society de 2018, actualizado en 2021</translation>
        </message>
        <message>
            <source>weeks {0}–{1}</source>
            <translation>semanas {0}–{1}</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>periodo basal</translation>
        </message>
        <message>
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <source>no change in migraine days per 28</source>
            <translation>sin cambios en los días de migraña por 28</translation>
        </message>
        <message>
            <source>{0}% fewer migraine days per 28</source>
            <translation>{0} % menos días de migraña por 28</translation>
        </message>
        <message>
            <source>{0}% more migraine days per 28</source>
            <translation>{0} % más días de migraña por 28</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>{0}% fewer</source>
            <translation>{0} % menos</translation>
        </message>
        <message>
            <source>{0}% more</source>
            <translation>{0} % más</translation>
        </message>
        <message>
            <source>no comparison</source>
            <translation>sin comparación</translation>
        </message>
        <message>
            <source>(no migraine day in the baseline)</source>
            <translation>(ningún día de migraña en el periodo basal)</translation>
        </message>
        <message>
            <source>(baseline)</source>
            <translation>(periodo basal)</translation>
        </message>
        <message>
            <source>({0} in progress)</source>
            <translation>({0} en curso)</translation>
        </message>
        <message>
            <source>stopped before a 12-week period began</source>
            <translation>finalizado antes de empezar un periodo de 12 semanas</translation>
        </message>
        <message numerus="yes">
            <source>%n administration(s)</source>
            <translation>
                <numerusform>%n administración</numerusform>
                <numerusform>%n administraciones</numerusform>
            </translation>
        </message>
        <message>
            <source>running</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>lapsed: no dose after {0}</source>
            <translation>interrumpido: ninguna dosis después del {0}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>{0} so far</source>
            <translation>{0} hasta ahora</translation>
        </message>
        <message>
            <source>Preventive treatment history</source>
            <translation>Historial de tratamientos preventivos</translation>
        </message>
        <message>
            <source>No preventive treatment course in the diary.</source>
            <translation>Ningún tratamiento preventivo en el diario.</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Preventive class</source>
            <translation>Clase de preventivo</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Stop reason</source>
            <translation>Motivo de suspensión</translation>
        </message>
        <message>
            <source>Outcome against baseline</source>
            <translation>Resultado frente al periodo basal</translation>
        </message>
        <message>
            <source>Preventive classes stopped as not effective or not tolerated: {0}</source>
            <translation>Clases de preventivos suspendidas por ineficacia o intolerancia: {0}</translation>
        </message>
        <message>
            <source>Every course in the diary, also those before this period. Outcome: migraine days per 28 days in the last complete 12-week period against the 28 days before the start. Not tolerated: stopped for side effects.</source>
            <translation>Todos los tratamientos del diario, también los anteriores a este periodo. Resultado: días de migraña por 28 días en el último periodo completo de 12 semanas frente a los 28 días previos al inicio. Intolerancia: suspendido por efectos adversos.</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
        <message>
            <source>given {0}</source>
            <translation>administrado el {0}</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} a {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier period(s) ({0}) not shown here; the diary's window and summary --json list every period.</source>
            <translation>
                <numerusform>%n periodo anterior ({0}) no se muestra aquí; la ventana del diario y summary --json listan todos los periodos.</numerusform>
                <numerusform>%n periodos anteriores ({0}) no se muestran aquí; la ventana del diario y summary --json listan todos los periodos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Days per 28 days</source>
            <translation>Días por 28 días</translation>
        </message>
        <message>
            <source>Mean peak severity (0–10)</source>
            <translation>Intensidad máxima media (0–10)</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reducción</translation>
        </message>
        <message>
            <source>Responder</source>
            <translation>Respondedor</translation>
        </message>
        <message>
            <source>Migraine</source>
            <translation>Migraña</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Cefalea</translation>
        </message>
        <message>
            <source>Acute med.</source>
            <translation>Med. sint.</translation>
        </message>
        <message>
            <source>Migraine-specific acute</source>
            <translation>Sintomática específica</translation>
        </message>
        <message>
            <source>The courses running in this period, each against the 28 days before its start. Periods of 12 weeks from the day after the first administration (the start for a daily treatment), the last one up to the stop date or today. Rates: days × 28 / recorded days, given when at least half of the days are recorded. Migraine-specific acute: triptan, ergot, gepant or ditan. Reduction: of migraine days (negative: more). Responder: a reduction of at least 30, 50 or 75%; 30% is the threshold guidelines use for chronic migraine, 50% for episodic migraine. Responder flags are given only for complete periods.</source>
            <translation>Los tratamientos de este periodo, cada uno frente a los 28 días previos a su inicio. Periodos de 12 semanas desde el día siguiente a la primera administración (el inicio en un tratamiento diario), el último hasta la suspensión o hoy. Tasas: días × 28 / días registrados, si se registró al menos la mitad de los días. Sintomática específica: triptán, ergótico, gepante o ditán. Reducción: de los días de migraña (negativa: más). Respondedor: una reducción de al menos el 30, 50 o 75 %; el 30 % es el umbral de las guías para la migraña crónica, el 50 % para la migraña episódica. Solo se indica en periodos completos.</translation>
        </message>
        <message>
            <source>Preventive courses against the pre-treatment baseline</source>
            <translation>Tratamientos preventivos frente al periodo basal previo</translation>
        </message>
        <message>
            <source>{0} on {1}</source>
            <translation>{0} el {1}</translation>
        </message>
        <message>
            <source>down {0} points or more (baseline {1}–{2}), {3}% or more (over {2})</source>
            <translation>descenso de {0} puntos o más (basal {1}–{2}), del {3} % o más (más de {2})</translation>
        </message>
        <message>
            <source>does not apply: baseline under {0}</source>
            <translation>no aplicable: basal inferior a {0}</translation>
        </message>
        <message>
            <source>down {0} points or more (baseline {1}–{2})</source>
            <translation>descenso de {0} puntos o más (basal {1}–{2})</translation>
        </message>
        <message>
            <source>down {0}% or more (baseline over {1})</source>
            <translation>descenso del {0} % o más (basal superior a {1})</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>does not apply</source>
            <translation>no aplicable</translation>
        </message>
        <message>
            <source>{0}-month trial</source>
            <translation>prueba de {0} meses</translation>
        </message>
        <message>
            <source>pending: the {0} ends on {1}</source>
            <translation>pendiente: la {0} termina el {1}</translation>
        </message>
        <message>
            <source>No check before an adequate trial has ended.</source>
            <translation>No se evalúa antes de terminar una prueba adecuada.</translation>
        </message>
        <message>
            <source>stopped on {0}, before an adequate {1} (it would have ended on {2})</source>
            <translation>suspendido el {0}, antes de una {1} adecuada (habría terminado el {2})</translation>
        </message>
        <message>
            <source>No check: the trial was not adequate.</source>
            <translation>Sin evaluación: la prueba no fue adecuada.</translation>
        </message>
        <message>
            <source>review on {0} (the course's end)</source>
            <translation>revisión el {0} (fin del tratamiento)</translation>
        </message>
        <message>
            <source>review on {0} (today)</source>
            <translation>revisión el {0} (hoy)</translation>
        </message>
        <message>
            <source>period used: {0}, {1}</source>
            <translation>periodo usado: {0}, {1}</translation>
        </message>
        <message>
            <source>no complete 12-week period to use</source>
            <translation>ningún periodo completo de 12 semanas disponible</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sin tasa</translation>
        </message>
        <message>
            <source>down {0}% or more (baseline of {1} or more: chronic)</source>
            <translation>descenso del {0} % o más (basal de {1} o más: crónica)</translation>
        </message>
        <message>
            <source>down {0}% or more</source>
            <translation>descenso del {0} % o más</translation>
        </message>
        <message>
            <source>none within {0} days before the start</source>
            <translation>ninguno en los {0} días previos al inicio</translation>
        </message>
        <message>
            <source>none within {0} days of the review</source>
            <translation>ninguno en los {0} días alrededor de la revisión</translation>
        </message>
        <message>
            <source>Headache days per 28 days</source>
            <translation>Días de cefalea por 28 días</translation>
        </message>
        <message>
            <source>down {0} points or more</source>
            <translation>descenso de {0} puntos o más</translation>
        </message>
        <message>
            <source>Any criterion met</source>
            <translation>Algún criterio cumplido</translation>
        </message>
        <message>
            <source>Continuation check</source>
            <translation>Evaluación de la continuación</translation>
        </message>
        <message>
            <source>The check is made after an adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones (eptinezumab, onabotulinumtoxinA).</source>
            <translation>La evaluación se hace tras una prueba adecuada: 3 meses para tratamientos diarios y mensuales, 6 meses para los trimestrales (eptinezumab, onabotulinumtoxinA).</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Before treatment</source>
            <translation>Antes del tratamiento</translation>
        </message>
        <message>
            <source>At review</source>
            <translation>En la revisión</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Necesario</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Adequate trial: 3 months for daily and monthly treatments, 6 months for quarterly ones (eptinezumab, onabotulinumtoxinA). Headache days: the last complete 12-week period at or before the review date against the 28 days before the start. MIDAS and HIT-6: the latest taken in the {0} days before the start, and the one nearest the review date within {1} days of it. Unknown: the numbers it needs are missing.</source>
            <translation>Prueba adecuada: 3 meses para tratamientos diarios y mensuales, 6 meses para los trimestrales (eptinezumab, onabotulinumtoxinA). Días de cefalea: el último periodo completo de 12 semanas hasta la fecha de revisión frente a los 28 días previos al inicio. MIDAS y HIT-6: el último en los {0} días previos al inicio y el más cercano a la revisión dentro de {1} días. Desconocido: faltan los datos necesarios.</translation>
        </message>
        <message>
            <source>Infusion cycles: each infusion against the 28 days before it</source>
            <translation>Ciclos de infusión: cada infusión frente a los 28 días previos</translation>
        </message>
        <message>
            <source>No infusion started in this period.</source>
            <translation>Ninguna infusión iniciada en este periodo.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Basal</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;1–4</source>
            <translation>Sem.&lt;br&gt;1–4</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;5–8</source>
            <translation>Sem.&lt;br&gt;5–8</translation>
        </message>
        <message>
            <source>Wk&lt;br&gt;9–12</source>
            <translation>Sem.&lt;br&gt;9–12</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>Migraine days per 28 days</source>
            <translation>Días de migraña por 28 días</translation>
        </message>
        <message>
            <source>Reactions noted</source>
            <translation>Reacciones</translation>
        </message>
        <message>
            <source>A cycle view: for a second infusion the 28 days before it are already on treatment (the course table compares with the pre-treatment baseline). Weeks after its last day; reduction: (baseline − mean) / baseline; responder flags only for complete cycles. A dash: no rate, or not measured (acute treatment).</source>
            <translation>Vista por ciclo: en una segunda infusión los 28 días previos ya están bajo tratamiento (la tabla de tratamientos compara con el periodo basal previo). Semanas tras su último día; reducción: (basal − media) / basal; respondedor solo en ciclos completos. Un guion: sin tasa o no medido (tratamiento agudo).</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>agudo</translation>
        </message>
        <message>
            <source>{0} mg</source>
            <translation>{0} mg</translation>
        </message>
        <message numerus="yes">
            <source>× %n day(s)</source>
            <translation>
                <numerusform>× %n día</numerusform>
                <numerusform>× %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>no medido</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>Triptan</source>
            <translation>Triptán</translation>
        </message>
        <message>
            <source>Ergot</source>
            <translation>Ergótico</translation>
        </message>
        <message>
            <source>Gepant</source>
            <translation>Gepante</translation>
        </message>
        <message>
            <source>Ditan</source>
            <translation>Ditán</translation>
        </message>
        <message>
            <source>Simple analg. / NSAID</source>
            <translation>Analg. simple / AINE</translation>
        </message>
        <message>
            <source>Comb. analg.</source>
            <translation>Analg. comb.</translation>
        </message>
        <message>
            <source>Opioid</source>
            <translation>Opioide</translation>
        </message>
        <message>
            <source>Antiemetic</source>
            <translation>Antiemético</translation>
        </message>
        <message>
            <source>CGRP mAb</source>
            <translation>AcM anti-CGRP</translation>
        </message>
        <message>
            <source>Other prev.</source>
            <translation>Otro prev.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>simple analg.: simple analgesics and NSAIDs</source>
            <translation>analg. simple: analgésicos simples y AINE</translation>
        </message>
        <message>
            <source>comb. analg.: combination analgesics</source>
            <translation>analg. comb.: analgésicos combinados</translation>
        </message>
        <message>
            <source>CGRP mAb: CGRP monoclonal antibodies</source>
            <translation>AcM anti-CGRP: anticuerpos monoclonales anti-CGRP</translation>
        </message>
        <message>
            <source>other prev.: other preventives</source>
            <translation>otro prev.: otros preventivos</translation>
        </message>
        <message>
            <source>Migraine diary report</source>
            <translation>Informe del diario de migraña</translation>
        </message>
        <message>
            <source>No days recorded in this period.</source>
            <translation>No hay días registrados en este periodo.</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>datos insuficientes</translation>
        </message>
        <message>
            <source>Definitions. Migraine day: a recorded day marked migraine, or a headache day treated with a triptan or an ergot. Days not recorded are unknown, never counted as headache-free. Month: chronic = {0}+ migraine days; episodic = at most {1} even if every unrecorded day were a migraine day; otherwise incomplete. Overuse: ICHD-3 8.2 day thresholds per month. Rates: migraine days × 28 / recorded days, over 28-day windows or ended months.</source>
            <translation>Definiciones. Día de migraña: día registrado como migraña, o día de cefalea tratado con triptán o ergótico. Los días no registrados son desconocidos, nunca libres de cefalea. Mes: crónico = {0}+ días de migraña; episódico = como máximo {1} aunque todo día no registrado fuera de migraña; si no, incompleto. Uso excesivo: umbrales de la ICHD-3 8.2 por mes. Tasas: días de migraña × 28 / días registrados, en ventanas de 28 días o meses terminados.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>none: the diary begins after this period (first recorded day {0})</source>
            <translation>ninguna: el diario empieza después de este periodo (primer día registrado {0})</translation>
        </message>
        <message>
            <source>none yet: the period has not begun</source>
            <translation>aún ninguna: el periodo no ha empezado</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n day(s) recorded ({1}%)</source>
            <translation>
                <numerusform>{0} de %n día registrados ({1} %)</numerusform>
                <numerusform>{0} de %n días registrados ({1} %)</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, counted from the first recorded day, {1}</source>
            <translation>{0}, contados desde el primer día registrado, {1}</translation>
        </message>
        <message>
            <source>Generated {0}</source>
            <translation>Generado el {0}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>The diary as it is now is kept aside in the backups folder first.</source>
            <translation>Antes se guarda el diario tal como está ahora en la carpeta de copias de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>ScoreSpin</name>
        <message>
            <source>not given</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>{0} is above 10: severity goes from 0 (none) to 10 (worst).</source>
            <translation>{0} es mayor que 10: la intensidad va de 0 (ninguna) a 10 (máxima).</translation>
        </message>
    </context>
    <context>
        <name>StartCourseDialog</name>
        <message>
            <source>Start a preventive course</source>
            <translation>Iniciar un tratamiento preventivo</translation>
        </message>
        <message>
            <source>e.g. topiramate, propranolol, Aimovig</source>
            <translation>p. ej., topiramato, propranolol, Aimovig</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>e.g. 50 mg twice a day</source>
            <translation>p. ej., 50 mg dos veces al día</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>D&amp;rug:</source>
            <translation>&amp;Fármaco:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <source>D&amp;ose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>StateBox</name>
        <message>
            <source>How was the day?</source>
            <translation>¿Cómo fue el día?</translation>
        </message>
        <message>
            <source>&amp;No headache</source>
            <translation>&amp;Sin cefalea</translation>
        </message>
        <message>
            <source>Heada&amp;che</source>
            <translation>Cefa&amp;lea</translation>
        </message>
        <message>
            <source>&amp;Migraine</source>
            <translation>Mi&amp;graña</translation>
        </message>
        <message>
            <source>How the day was; the arrow keys choose among the three</source>
            <translation>Cómo fue el día; las flechas eligen entre los tres</translation>
        </message>
        <message>
            <source>(from the attacks below)</source>
            <translation>(según las crisis de abajo)</translation>
        </message>
        <message>
            <source>An attack covers this day</source>
            <translation>Una crisis abarca este día</translation>
        </message>
    </context>
    <context>
        <name>StopCourseDialog</name>
        <message>
            <source>{0}, since {1}</source>
            <translation>{0}, desde el {1}</translation>
        </message>
        <message>
            <source>Stop a preventive course</source>
            <translation>Finalizar un tratamiento preventivo</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>e.g. tingling, word-finding problems</source>
            <translation>p. ej., hormigueo, dificultad para encontrar palabras</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Course:</source>
            <translation>&amp;Tratamiento:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>Ú&amp;ltimo día:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>TreatmentSaves</name>
        <message>
            <source>Infusion not saved</source>
            <translation>Infusión no guardada</translation>
        </message>
        <message>
            <source>Infusion saved.</source>
            <translation>Infusión guardada.</translation>
        </message>
        <message>
            <source>Infusion not deleted</source>
            <translation>Infusión no eliminada</translation>
        </message>
        <message>
            <source>Infusion deleted. Ctrl+Z brings it back.</source>
            <translation>Infusión eliminada. Ctrl+Z la recupera.</translation>
        </message>
        <message>
            <source>Medication not saved</source>
            <translation>Medicamento no guardado</translation>
        </message>
        <message>
            <source>Course not changed</source>
            <translation>Tratamiento preventivo no modificado</translation>
        </message>
        <message>
            <source>{0} course changed.</source>
            <translation>Tratamiento preventivo con {0} modificado.</translation>
        </message>
        <message>
            <source>Course not started</source>
            <translation>Tratamiento preventivo no iniciado</translation>
        </message>
        <message>
            <source>{0} course started on {1}.</source>
            <translation>Tratamiento preventivo con {0} iniciado el {1}.</translation>
        </message>
        <message>
            <source>Course not stopped</source>
            <translation>Tratamiento preventivo no finalizado</translation>
        </message>
        <message>
            <source>{0} course stopped on {1}.</source>
            <translation>Tratamiento preventivo con {0} finalizado el {1}.</translation>
        </message>
        <message>
            <source>Ctrl+Z takes it back.</source>
            <translation>Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Injection not saved</source>
            <translation>Inyección no guardada</translation>
        </message>
        <message>
            <source>{0} injection of {1} saved.</source>
            <translation>Inyección de {0} del {1} guardada.</translation>
        </message>
        <message>
            <source>Course not deleted</source>
            <translation>Tratamiento preventivo no eliminado</translation>
        </message>
        <message>
            <source>{0} course deleted. Ctrl+Z brings it back.</source>
            <translation>Tratamiento preventivo con {0} eliminado. Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Injection not deleted</source>
            <translation>Inyección no eliminada</translation>
        </message>
        <message>
            <source>{0} injection of {1} deleted. Ctrl+Z brings it back.</source>
            <translation>Inyección de {0} del {1} eliminada. Ctrl+Z la recupera.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsView</name>
        <message>
            <source>nerve block</source>
            <translation>bloqueo nervioso</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>Next {0} infusion due {1} ({2}); last one {3}.</source>
            <translation>Próxima infusión de {0} prevista el {1} ({2}); la última, el {3}.</translation>
        </message>
        <message>
            <source>Your medications</source>
            <translation>Sus medicamentos</translation>
        </message>
        <message>
            <source>Add &amp;medication…</source>
            <translation>Añadir &amp;medicamento…</translation>
        </message>
        <message>
            <source>catalogue</source>
            <translation>catálogo</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>propio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uso</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Tratamientos preventivos</translation>
        </message>
        <message>
            <source>Cycle view (each infusion)</source>
            <translation>Vista por ciclo (cada infusión)</translation>
        </message>
        <message>
            <source>Delete infusion</source>
            <translation>Eliminar infusión</translation>
        </message>
        <message>
            <source>Delete the {0} infusion of {1}? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la infusión de {0} del {1}? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Stop course</source>
            <translation>Finalizar tratamiento preventivo</translation>
        </message>
        <message>
            <source>No preventive course is running.</source>
            <translation>No hay ningún tratamiento preventivo en curso.</translation>
        </message>
        <message>
            <source>Delete course</source>
            <translation>Eliminar tratamiento preventivo</translation>
        </message>
        <message>
            <source>This {0} course was started by its injections or infusions, not recorded on its own: delete them (under Administrations) to remove it.</source>
            <translation>Este tratamiento preventivo con {0} lo iniciaron sus inyecciones o infusiones, no se registró por separado: elimínelas (en Administraciones) para quitarlo.</translation>
        </message>
        <message>
            <source>Delete the {0} course that started on {1}? Its injections and infusions stay. You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar el tratamiento preventivo con {0} iniciado el {1}? Sus inyecciones e infusiones se conservan. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete injection</source>
            <translation>Eliminar inyección</translation>
        </message>
        <message>
            <source>Delete the {0} injection of {1}? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la inyección de {0} del {1}? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>{0}: {1} migraine days, {2} headache days, {3} of {4} days recorded — {5}</source>
            <translation>{0}: días de migraña {1}, días de cefalea {2}, registrados {3} de {4} días — {5}</translation>
        </message>
        <message>
            <source>{0} score</source>
            <translation>Puntuación {0}</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Primer mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>Last &amp;12 months</source>
            <translation>Últimos &amp;12 meses</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Todo</translation>
        </message>
        <message>
            <source>Sho&amp;w headache days</source>
            <translation>Mostrar días de &amp;cefalea</translation>
        </message>
        <message>
            <source>Show rolling &amp;28-day rate</source>
            <translation>Mostrar la tasa móvil de &amp;28 días</translation>
        </message>
        <message>
            <source>Migraine days in the 28 days up to each day, scaled by the days recorded; a gap where fewer than 14 were recorded</source>
            <translation>Días de migraña en los 28 días hasta cada día, ajustados a los días registrados; un hueco donde se registraron menos de 14</translation>
        </message>
        <message>
            <source>Show &amp;MIDAS / HIT-6 scores</source>
            <translation>Mostrar puntuaciones &amp;MIDAS / HIT-6</translation>
        </message>
        <message>
            <source>Questionnaire scores on a second axis, in the month they were answered</source>
            <translation>Puntuaciones de los cuestionarios en un segundo eje, en el mes en que se respondieron</translation>
        </message>
        <message>
            <source>Point at a month to see its numbers.</source>
            <translation>Señale un mes para ver sus cifras.</translation>
        </message>
        <message>
            <source>Infusion for the before/after chart</source>
            <translation>Infusión para el gráfico antes/después</translation>
        </message>
        <message>
            <source>Monthly migraine days, as a table</source>
            <translation>Días de migraña al mes, como tabla</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Mostrar como tabla</translation>
        </message>
        <message>
            <source>Show the monthly chart as a table</source>
            <translation>Mostrar el gráfico mensual como tabla</translation>
        </message>
        <message>
            <source>Before and after, as a table</source>
            <translation>Antes y después, como tabla</translation>
        </message>
        <message>
            <source>Show the before and after chart as a table</source>
            <translation>Mostrar el gráfico antes/después como tabla</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Before and after a preventive infusion (cycle view: the 28 days before it)</source>
            <translation>Antes y después de una infusión preventiva (vista por ciclo: los 28 días previos)</translation>
        </message>
        <message>
            <source>&amp;Infusion:</source>
            <translation>&amp;Infusión:</translation>
        </message>
        <message>
            <source>Monthly migraine days chart</source>
            <translation>Gráfico de días de migraña al mes</translation>
        </message>
        <message>
            <source>Before and after chart</source>
            <translation>Gráfico antes/después</translation>
        </message>
        <message>
            <source>No MIDAS or HIT-6 in this diary yet.</source>
            <translation>Todavía no hay ningún MIDAS ni HIT-6 en este diario.</translation>
        </message>
        <message>
            <source>Add a preventive infusion on the Treatments page to see its effect here.</source>
            <translation>Añada una infusión preventiva en la página Tratamientos para ver aquí su efecto.</translation>
        </message>
        <message>
            <source>Baseline: 28 days before the infusion. Follow-up needs at least 14 recorded days in a 28-day period.</source>
            <translation>Periodo basal: 28 días antes de la infusión. El seguimiento necesita al menos 14 días registrados en un periodo de 28 días.</translation>
        </message>
        <message>
            <source>Baseline {0} → mean follow-up {1} migraine days per 28 days.</source>
            <translation>Periodo basal {0} → seguimiento medio {1} días de migraña por 28 días.</translation>
        </message>
        <message>
            <source>Responder verdict pending: weeks 9-12 have not ended yet.</source>
            <translation>Valoración de respondedor pendiente: las semanas 9-12 aún no han terminado.</translation>
        </message>
    </context>
    <context>
        <name>TriggerPicker</name>
        <message>
            <source>Triggers</source>
            <translation>Desencadenantes</translation>
        </message>
        <message>
            <source>Tick what may have set off the headache (Space ticks)</source>
            <translation>Marque lo que pudo desencadenar la cefalea (la barra espaciadora marca)</translation>
        </message>
        <message>
            <source>New trigger, then Enter</source>
            <translation>Nuevo desencadenante y luego Intro</translation>
        </message>
        <message>
            <source>New trigger</source>
            <translation>Nuevo desencadenante</translation>
        </message>
        <message>
            <source>Type a trigger not in the list, then Enter to add and tick it</source>
            <translation>Escriba un desencadenante que no esté en la lista y pulse Intro para añadirlo y marcarlo</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add trigger</source>
            <translation>Añadir desencadenante</translation>
        </message>
        <message>
            <source>Add the typed trigger (Enter)</source>
            <translation>Añadir el desencadenante escrito (Intro)</translation>
        </message>
    </context>
</TS>
