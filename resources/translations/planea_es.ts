<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO">
    <context>
        <name>AccumulationRules</name>
        <message>
            <source>the annual targets add up to %1 but the four-year target is %2 (type «%3»: the four-year target is their sum)</source>
            <translation>las metas anuales suman %1 pero la meta del cuatrienio es %2 (tipo «%3»: la meta del cuatrienio es su suma)</translation>
        </message>
        <message>
            <source>the target of the last programmed year (%1: %2) differs from the four-year target %3 (type «%4»: the four-year target is the last year's)</source>
            <translation>la meta del último año programado (%1: %2) es diferente de la meta del cuatrienio %3 (tipo «%4»: la meta del cuatrienio es la del último año)</translation>
        </message>
        <message>
            <source>a reduction goal needs a four-year target (%1) below the baseline (%2)</source>
            <translation>una meta de reducción necesita una meta del cuatrienio (%1) menor que la línea base (%2)</translation>
        </message>
        <message>
            <source>every annual target must equal the four-year target %1 (type «%2»); these differ: %3</source>
            <translation>cada meta anual debe ser igual a la meta del cuatrienio %1 (tipo «%2»); estas son diferentes: %3</translation>
        </message>
        <message>
            <source>every annual target must be below the baseline %1 (type «%2»); these are not: %3</source>
            <translation>cada meta anual debe ser menor que la línea base %1 (tipo «%2»); estas no lo son: %3</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <source>The act that adopts the plan is empty: write its number and kind, e.g. «Acuerdo 012 de 2028».</source>
            <translation>El acto que adopta el plan está vacío: escriba su tipo y número, p. ej. «Acuerdo 012 de 2028».</translation>
        </message>
        <message>
            <source>The date of the act is not a valid date; write it as YYYY-MM-DD.</source>
            <translation>La fecha del acto no es una fecha válida; escríbala como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The plan is open read-only; it cannot be approved.</source>
            <translation>El plan está abierto solo para lectura; no se puede aprobar.</translation>
        </message>
        <message>
            <source>The plan has not been approved yet: edit it directly; amendments are for approved plans.</source>
            <translation>El plan aún no ha sido aprobado: edítelo directamente; las modificaciones son para planes aprobados.</translation>
        </message>
        <message>
            <source>The plan was approved by «%1» (version %2): this part of it cannot be edited in place. Record the change as an amendment with its act and date.</source>
            <translation>El plan fue aprobado mediante «%1» (versión %2): esta parte no se puede editar directamente. Registre el cambio como una modificación, con su acto y su fecha.</translation>
        </message>
        <message>
            <source>The plan was already approved (version %1, act «%2»). Changes to an approved plan are amendments: Plan › Modify the plan (amendment).</source>
            <translation>El plan ya fue aprobado (versión %1, acto «%2»). Los cambios a un plan aprobado se registran como enmiendas: Plan › Modificar el plan (enmienda).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>The plan was already adopted by «%1» (%2). Approving it with another act would record a second adoption: to freeze it as adopted, approve it with that same act; a later change is an amendment (Plan › Modify the plan (amendment)).</source>
            <translation>El plan ya fue adoptado mediante «%1» (%2). Aprobarlo con otro acto registraría una segunda adopción: para congelarlo como adoptado, apruébelo con ese mismo acto; un cambio posterior es una enmienda (Plan › Modificar el plan (enmienda)).</translation>
        </message>
    </context>
    <context>
        <name>ApprovalReceipt</name>
        <message>
            <source>Type the fingerprint printed on the approved document: the 64 hexadecimal digits of its last page, or the 12 of the short one at the foot of each page.</source>
            <translation>Escriba la huella impresa en el documento aprobado: los 64 dígitos hexadecimales de su última página, o los 12 de la huella corta al pie de cada página.</translation>
        </message>
        <message>
            <source>«%1» is not a plan fingerprint: it must have the 64 hexadecimal digits (0–9, a–f) of the full fingerprint or the 12 of the short one (e.g. 3fa-9c1-0b2-77d); it has %2 digits.</source>
            <translation>«%1» no es una huella de plan: debe tener los 64 dígitos hexadecimales (0–9, a–f) de la huella completa o los 12 de la corta (p. ej. 3fa-9c1-0b2-77d); tiene %2 dígitos.</translation>
        </message>
        <message>
            <source>the typed fingerprint</source>
            <translation>la huella escrita</translation>
        </message>
        <message>
            <source>PLANEA — RECEIPT OF THE APPROVED DEVELOPMENT PLAN</source>
            <translation>PLANEA — RECIBO DEL PLAN DE DESARROLLO APROBADO</translation>
        </message>
        <message>
            <source>Entity: %1</source>
            <translation>Entidad: %1</translation>
        </message>
        <message>
            <source>Plan: %1</source>
            <translation>Plan: %1</translation>
        </message>
        <message>
            <source>Period: %1–%2</source>
            <translation>Periodo: %1–%2</translation>
        </message>
        <message>
            <source>Act: %1 of %2</source>
            <translation>Acto: %1 del %2</translation>
        </message>
        <message>
            <source>Last amendment: %1 of %2 (version %3)</source>
            <translation>Última modificación: %1 del %2 (versión %3)</translation>
        </message>
        <message>
            <source>Version: %1</source>
            <translation>Versión: %1</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): %1</source>
            <translation>Huella (SHA-256): %1</translation>
        </message>
        <message>
            <source>Short fingerprint (foot of each page): %1</source>
            <translation>Huella corta (al pie de cada página): %1</translation>
        </message>
        <message>
            <source>Issued: %1 UTC</source>
            <translation>Emitido: %1 UTC</translation>
        </message>
        <message>
            <source>Keep this receipt apart from the plan file (printed, in the council's archive). Whoever can edit the file can also change the fingerprint stored inside it, but not this receipt. To check that a plan file is the approved one:</source>
            <translation>Guarde este recibo aparte del archivo del plan (impreso, en el archivo del Concejo). Quien pueda editar el archivo puede cambiar también la huella guardada en él, pero no este recibo. Para comprobar que un archivo de plan es el aprobado:</translation>
        </message>
        <message>
            <source>THIS_RECEIPT.txt</source>
            <translation>ESTE_RECIBO.txt</translation>
        </message>
        <message>
            <source>or in Planea: Plan › Verify the fingerprint › Compare with the receipt.</source>
            <translation>o en Planea: Plan › Verificar la huella › Comparar con un recibo.</translation>
        </message>
        <message>
            <source>«%1» is not a Planea approval receipt: its block «%2» … «%3» is missing or incomplete. Use the receipt given when the plan was approved (planea-cli receipt writes one).</source>
            <translation>«%1» no es un recibo de aprobación de Planea: le falta su bloque «%2» … «%3» o está incompleto. Use el recibo entregado cuando se aprobó el plan (planea-cli receipt escribe uno).</translation>
        </message>
        <message>
            <source>The receipt «%1» is damaged: its fingerprint «%2» does not have 64 hexadecimal digits.</source>
            <translation>El recibo «%1» está dañado: su huella «%2» no tiene 64 dígitos hexadecimales.</translation>
        </message>
        <message>
            <source>The receipt «%1» is damaged: its version «%2» is not a number from 1 on.</source>
            <translation>El recibo «%1» está dañado: su versión «%2» no es un número de 1 en adelante.</translation>
        </message>
        <message>
            <source>the receipt «%1»</source>
            <translation>el recibo «%1»</translation>
        </message>
        <message>
            <source>The receipt «%1» does not exist.</source>
            <translation>El recibo «%1» no existe.</translation>
        </message>
        <message>
            <source>The receipt «%1» could not be read: %2.</source>
            <translation>No se pudo leer el recibo «%1»: %2.</translation>
        </message>
        <message>
            <source>The plan has not been approved: there is no approved content to compare with %1. Its content fingerprint now is %2.</source>
            <translation>El plan no ha sido aprobado: no hay contenido aprobado que comparar con %1. La huella de su contenido ahora es %2.</translation>
        </message>
        <message>
            <source>%1 is of another entity's plan (DANE %2); this plan is of %3.</source>
            <translation>%1 es del plan de otra entidad (DANE %2); este plan es de %3.</translation>
        </message>
        <message>
            <source>The content matches %1: it is the plan the council approved (version %2, act «%3»). The comparison used the content's own fingerprint, not the one stored in the file.</source>
            <translation>El contenido coincide con %1: es el plan que aprobó el Concejo (versión %2, acto «%3»). La comparación usó la huella del contenido mismo, no la guardada en el archivo.</translation>
        </message>
        <message>
            <source>Only the 12 digits of the short fingerprint were compared: they catch any accidental or casual change, but the full fingerprint of the document's last page is the stronger proof.</source>
            <translation>Solo se compararon los 12 dígitos de la huella corta: detectan cualquier cambio accidental o casual, pero la huella completa de la última página del documento es la prueba más fuerte.</translation>
        </message>
        <message>
            <source> Since then it was amended by «%1» of %2.</source>
            <translation> Desde entonces fue modificado por «%1» del %2.</translation>
        </message>
        <message>
            <source>%1 is of version %2, and the plan is now at version %3.%4 Compare it with the receipt of the last amendment. This receipt proves nothing about the content now.</source>
            <translation>%1 es de la versión %2, y el plan va ahora en la versión %3.%4 Compárelo con el recibo de la última modificación. Este recibo no prueba nada sobre el contenido de ahora.</translation>
        </message>
        <message>
            <source>The content does NOT match %1: it is not the plan the council approved. It changed after its approval, even if the fingerprint stored in the file says otherwise.
Approved: %2
Now: %3</source>
            <translation>El contenido NO coincide con %1: no es el plan que aprobó el Concejo. Cambió después de su aprobación, aunque la huella guardada en el archivo diga otra cosa.
Aprobada: %2
Ahora: %3</translation>
        </message>
    </context>
    <context>
        <name>BackupManager</name>
        <message>
            <source>Could not move «%1» to «%2»: %3</source>
            <translation>No se pudo mover «%1» a «%2»: %3</translation>
        </message>
        <message>
            <source>when the plan was opened</source>
            <translation>al abrir el plan</translation>
        </message>
        <message>
            <source>hourly, while editing</source>
            <translation>cada hora, durante la edición</translation>
        </message>
        <message>
            <source>before updating the file format</source>
            <translation>antes de actualizar el formato del archivo</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>before the approval</source>
            <translation>antes de la aprobación</translation>
        </message>
        <message>
            <source>before restoring another copy</source>
            <translation>antes de restaurar otra copia</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>hecha a mano</translation>
        </message>
        <message>
            <source>Could not create the backup folder «%1».</source>
            <translation>No se pudo crear la carpeta de copias de seguridad «%1».</translation>
        </message>
        <message>
            <source>The backup of «%1» could not be made: %2</source>
            <translation>No se pudo hacer la copia de seguridad de «%1»: %2</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>«%1» is the plan itself: choose another name for the copy.</source>
            <translation>«%1» es el plan mismo: elija otro nombre para la copia.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>The copy «%1» could not be written: %2</source>
            <translation>No se pudo escribir la copia «%1»: %2</translation>
        </message>
        <message>
            <source>The backup «%1» cannot be used: %2</source>
            <translation>La copia «%1» no se puede usar: %2</translation>
        </message>
        <message>
            <source>Could not keep a copy of the damaged plan «%1» in «%2»; nothing was restored.</source>
            <translation>No se pudo guardar una copia del plan dañado «%1» en «%2»; no se restauró nada.</translation>
        </message>
        <message>
            <source>Cannot read the backup «%1»: %2</source>
            <translation>No se puede leer la copia «%1»: %2</translation>
        </message>
        <message>
            <source>before moving to another catalog version</source>
            <translation>antes de pasar a otra versión del catálogo</translation>
        </message>
        <message>
            <source>The backup «%1» is damaged: its content no longer matches the SHA-256 recorded when it was made. It was not restored and the plan «%2» was not changed; choose another copy.</source>
            <translation>La copia de seguridad «%1» está dañada: su contenido ya no coincide con el SHA-256 registrado cuando se hizo. No se restauró y el plan «%2» no se modificó; elija otra copia.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Usage: planea-cli [--data-dir FOLDER] COMMAND [OPTIONS]
Planea without a window: plans, catalogs and documents.

Commands:
</source>
            <translation>Uso: planea-cli [--data-dir CARPETA] COMANDO [OPCIONES]
Planea sin ventana: planes, catálogos y documentos.

Comandos:
</translation>
        </message>
        <message>
            <source>
Global options:
  --data-dir FOLDER   where imported catalogs and user data live
  --help              shows this help
  --version           shows the version

Exit codes: 0 success; 1 the plan has errors or a check failed; 2 bad input (unreadable or damaged file, wrong arguments); 3 internal error.
</source>
            <translation>
Opciones generales:
  --data-dir CARPETA  dónde están los catálogos importados y los datos del usuario
  --help              muestra esta ayuda
  --version           muestra la versión

Códigos de salida: 0 éxito; 1 el plan tiene errores o una verificación falló; 2 entrada inválida (archivo ilegible o dañado, argumentos incorrectos); 3 error interno.
</translation>
        </message>
        <message>
            <source>Run «planea-cli --help» to see the commands and options.</source>
            <translation>Ejecute «planea-cli --help» para ver los comandos y las opciones.</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN</source>
            <translation>PLAN DE DEMOSTRACIÓN</translation>
        </message>
        <message>
            <source>The option --data-dir needs a folder.</source>
            <translation>La opción --data-dir necesita una carpeta.</translation>
        </message>
        <message>
            <source>Unknown option «%1».</source>
            <translation>Opción desconocida: «%1».</translation>
        </message>
        <message>
            <source>Unknown command «%1».</source>
            <translation>Comando desconocido: «%1».</translation>
        </message>
        <message>
            <source>Usage: planea-cli %1</source>
            <translation>Uso: planea-cli %1</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>La opción %1 necesita un valor.</translation>
        </message>
        <message>
            <source>Unknown option «%1» for «%2».</source>
            <translation>Opción desconocida «%1» para «%2».</translation>
        </message>
        <message>
            <source>Wrong arguments. Usage: planea-cli %1</source>
            <translation>Argumentos incorrectos. Uso: planea-cli %1</translation>
        </message>
        <message>
            <source>Internal error: %1</source>
            <translation>Error interno: %1</translation>
        </message>
        <message>
            <source>Internal error.</source>
            <translation>Error interno.</translation>
        </message>
        <message>
            <source>Demonstration plan written: %1</source>
            <translation>Plan de demostración escrito: %1</translation>
        </message>
        <message>
            <source>--products needs a whole number between 1 and 200000 (got «%1»).</source>
            <translation>--products necesita un número entero entre 1 y 200000 (se recibió «%1»).</translation>
        </message>
        <message>
            <source>--seed needs a whole number (got «%1»).</source>
            <translation>--seed necesita un número entero (se recibió «%1»).</translation>
        </message>
        <message>
            <source>Synthetic plan with %1 product indicators written: %2</source>
            <translation>Plan sintético con %1 indicadores de producto escrito: %2</translation>
        </message>
        <message>
            <source>Time: %1 ms</source>
            <translation>Tiempo: %1 ms</translation>
        </message>
        <message>
            <source>Unknown kind «%1». Kinds: departamento, municipio, sector, programa, producto, indicador_producto, indicador_bienestar, ods, pnd, fuente.</source>
            <translation>Tipo desconocido: «%1». Tipos: departamento, municipio, sector, programa, producto, indicador_producto, indicador_bienestar, ods, pnd, fuente.</translation>
        </message>
        <message>
            <source>--limit needs a positive whole number (got «%1»).</source>
            <translation>--limit necesita un número entero positivo (se recibió «%1»).</translation>
        </message>
        <message>
            <source>Catalog version: %1</source>
            <translation>Versión del catálogo: %1</translation>
        </message>
        <message>
            <source>Departments: %1</source>
            <translation>Departamentos: %1</translation>
        </message>
        <message>
            <source>Municipalities: %1</source>
            <translation>Municipios: %1</translation>
        </message>
        <message>
            <source>Non-municipalised areas: %1</source>
            <translation>Áreas no municipalizadas: %1</translation>
        </message>
        <message>
            <source>Sectors: %1</source>
            <translation>Sectores: %1</translation>
        </message>
        <message>
            <source>Programs: %1</source>
            <translation>Programas: %1</translation>
        </message>
        <message>
            <source>Products: %1</source>
            <translation>Productos: %1</translation>
        </message>
        <message>
            <source>Product indicators: %1</source>
            <translation>Indicadores de producto: %1</translation>
        </message>
        <message>
            <source>Wellbeing indicators: %1</source>
            <translation>Indicadores de bienestar: %1</translation>
        </message>
        <message>
            <source>SDGs: %1</source>
            <translation>ODS: %1</translation>
        </message>
        <message>
            <source>Funding sources: %1</source>
            <translation>Fuentes de financiación: %1</translation>
        </message>
        <message>
            <source>demo OUT.planea [--force]</source>
            <translation>demo SALIDA.planea [--force]</translation>
        </message>
        <message>
            <source>Writes the demonstration plan (Buenavista, Quindío, 2028–2031).</source>
            <translation>Escribe el plan de demostración (Buenavista, Quindío, 2028–2031).</translation>
        </message>
        <message>
            <source>generate OUT.planea --products N [--seed S] [--force]</source>
            <translation>generate SALIDA.planea --products N [--seed S] [--force]</translation>
        </message>
        <message>
            <source>Writes a synthetic plan with N product indicators, for benchmarks.</source>
            <translation>Escribe un plan sintético con N indicadores de producto, para pruebas de rendimiento.</translation>
        </message>
        <message>
            <source>catalog search TEXT [--kind K] [--limit N] [--json]</source>
            <translation>catalog search TEXTO [--kind TIPO] [--limit N] [--json]</translation>
        </message>
        <message>
            <source>Accent- and case-insensitive search over every catalog.</source>
            <translation>Busca en todos los catálogos sin distinguir tildes ni mayúsculas.</translation>
        </message>
        <message>
            <source>catalog stats [--json]</source>
            <translation>catalog stats [--json]</translation>
        </message>
        <message>
            <source>How many entries each catalog has.</source>
            <translation>Cuántas entradas tiene cada catálogo.</translation>
        </message>
        <message>
            <source>no information</source>
            <translation>sin información</translation>
        </message>
        <message>
            <source>Plan: %1</source>
            <translation>Plan: %1</translation>
        </message>
        <message>
            <source>Entity: %1 (%2), DANE code %3, category %4</source>
            <translation>Entidad: %1 (%2), código DANE %3, categoría %4</translation>
        </message>
        <message>
            <source>Period: %1–%2</source>
            <translation>Periodo: %1–%2</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <source>Strategic lines: %1</source>
            <translation>Líneas estratégicas: %1</translation>
        </message>
        <message>
            <source>Prioritised wellbeing indicators: %1</source>
            <translation>Indicadores de bienestar priorizados: %1</translation>
        </message>
        <message>
            <source>Total cost: $ %1</source>
            <translation>Costo total: $ %1</translation>
        </message>
        <message>
            <source>File format version: %1</source>
            <translation>Versión del formato de archivo: %1</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrada</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Huella: %1</translation>
        </message>
        <message>
            <source>none (not approved)</source>
            <translation>ninguna (plan no aprobado)</translation>
        </message>
        <message>
            <source>Indicator %1 has an annual target for %2, outside the period %3–%4.</source>
            <translation>El indicador %1 tiene meta anual para %2, fuera del periodo %3–%4.</translation>
        </message>
        <message>
            <source>Indicator %1 has a value for %2 and is also marked NP.</source>
            <translation>El indicador %1 tiene un valor para %2 y a la vez está marcado NP.</translation>
        </message>
        <message>
            <source>Indicator %1 has progress reported for %2, outside the period %3–%4.</source>
            <translation>El indicador %1 tiene avance reportado para %2, fuera del periodo %3–%4.</translation>
        </message>
        <message>
            <source>Product %1 has a negative cost.</source>
            <translation>El producto %1 tiene un costo negativo.</translation>
        </message>
        <message>
            <source>The investment of a product in %1 (%2) is negative.</source>
            <translation>La inversión de un producto en %1 (%2) es negativa.</translation>
        </message>
        <message>
            <source>The investment plan has money for %1, outside the period.</source>
            <translation>El plan plurianual tiene recursos para %1, fuera del periodo.</translation>
        </message>
        <message>
            <source>The budget execution of %1 (%2) has a negative amount.</source>
            <translation>La ejecución presupuestal de %1 (%2) tiene un valor negativo.</translation>
        </message>
        <message>
            <source>The revenue of %1 in %2 is negative.</source>
            <translation>El ingreso de %1 en %2 es negativo.</translation>
        </message>
        <message>
            <source>Storage and domain checks passed: no problems found.</source>
            <translation>Verificación del archivo y de las reglas del plan: no se encontraron problemas.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Escrito: %1</translation>
        </message>
        <message>
            <source>efficacy needs --year with a year, e.g. --year 2029.</source>
            <translation>efficacy necesita --year con un año, por ejemplo --year 2029.</translation>
        </message>
        <message>
            <source>The year %1 is outside the plan's period %2–%3.</source>
            <translation>El año %1 está fuera del periodo del plan, %2–%3.</translation>
        </message>
        <message>
            <source>Eficacia %1: %2 (%3); four-year progress: %4</source>
            <translation>Eficacia %1: %2 (%3); avance del cuatrienio: %4</translation>
        </message>
        <message>
            <source>info PLAN [--json]</source>
            <translation>info PLAN [--json]</translation>
        </message>
        <message>
            <source>Entity, period, state, counts, total cost, versions.</source>
            <translation>Entidad, periodo, estado, conteos, costo total y versiones.</translation>
        </message>
        <message>
            <source>validate PLAN [--json]</source>
            <translation>validate PLAN [--json]</translation>
        </message>
        <message>
            <source>Every finding (ERROR / AVISO) with module, location and message; exit 1 if there is an ERROR.</source>
            <translation>Todos los hallazgos (ERROR / AVISO) con módulo, ubicación y mensaje; sale con 1 si hay algún ERROR.</translation>
        </message>
        <message>
            <source>check PLAN</source>
            <translation>check PLAN</translation>
        </message>
        <message>
            <source>Storage integrity and domain invariants; exit 1 if a problem is found.</source>
            <translation>Integridad del archivo y reglas del plan; sale con 1 si encuentra algún problema.</translation>
        </message>
        <message>
            <source>Eficacia and four-year progress with the EDI category.</source>
            <translation>Eficacia y avance del cuatrienio con la categoría EDI.</translation>
        </message>
        <message>
            <source>Wrong arguments. Usage: %1</source>
            <translation>Argumentos incorrectos. Uso: %1</translation>
        </message>
        <message>
            <source>approve needs --act with the act that adopts the plan, e.g. --act "Acuerdo 012 de 2028".</source>
            <translation>approve necesita --act con el acto que adopta el plan, p. ej. --act "Acuerdo 012 de 2028".</translation>
        </message>
        <message>
            <source>--date needs the date of the act as YYYY-MM-DD (got «%1»).</source>
            <translation>--date necesita la fecha del acto como AAAA-MM-DD (se recibió «%1»).</translation>
        </message>
        <message>
            <source>Plan approved by «%1» on %2 (version 1).</source>
            <translation>Plan aprobado mediante «%1» el %2 (versión 1).</translation>
        </message>
        <message>
            <source>The plan has not been approved: it has no fingerprint to verify. Its content fingerprint now is %1.</source>
            <translation>El plan no ha sido aprobado: no tiene huella que verificar. La huella de su contenido actual es %1.</translation>
        </message>
        <message>
            <source>Recorded fingerprint: %1</source>
            <translation>Huella registrada: %1</translation>
        </message>
        <message>
            <source>Fingerprint of the content now: %1</source>
            <translation>Huella del contenido actual: %1</translation>
        </message>
        <message>
            <source>The fingerprint does NOT match: the plan's content changed after its approval (version %1). It is not the plan the council approved.</source>
            <translation>La huella NO coincide: el contenido del plan cambió después de su aprobación (versión %1). No es el plan que aprobó el concejo.</translation>
        </message>
        <message>
            <source>The fingerprint matches: the content is the approved plan (version %1, act «%2»).</source>
            <translation>La huella coincide: el contenido es el del plan aprobado (versión %1, acto «%2»).</translation>
        </message>
        <message>
            <source>This catalog is already the newest version (%1): nothing changed.</source>
            <translation>Este catálogo ya es la versión más reciente (%1): no cambió nada.</translation>
        </message>
        <message>
            <source>Catalog version imported: %1 (from %2)</source>
            <translation>Versión del catálogo importada: %1 (desde %2)</translation>
        </message>
        <message>
            <source>Previous version: %1</source>
            <translation>Versión anterior: %1</translation>
        </message>
        <message>
            <source>Rows: %1; products: %2; product indicators: %3</source>
            <translation>Filas: %1; productos: %2; indicadores de producto: %3</translation>
        </message>
        <message>
            <source>Added: %1; renamed: %2; deactivated: %3</source>
            <translation>Agregados: %1; renombrados: %2; desactivados: %3</translation>
        </message>
        <message>
            <source>Plans keep the catalog version they were built with until you move them to this one.</source>
            <translation>Los planes conservan la versión del catálogo con la que se hicieron hasta que usted los pase a esta.</translation>
        </message>
        <message>
            <source>import-catalog FILE [--sheet NAME] [--json]</source>
            <translation>import-catalog ARCHIVO [--sheet HOJA] [--json]</translation>
        </message>
        <message>
            <source>Imports DNP's MGA catalog (.xlsx workbook or CSV) as a new catalog version and reports what was added, renamed or deactivated.</source>
            <translation>Importa el catálogo MGA del DNP (libro .xlsx o CSV) como una nueva versión del catálogo e informa qué se agregó, renombró o desactivó.</translation>
        </message>
        <message>
            <source>council-package needs -o OUT.planea: the file to write the package to.</source>
            <translation>council-package necesita -o SALIDA.planea: el archivo donde escribir el paquete.</translation>
        </message>
        <message>
            <source>Council package written to «%1» (read-only).</source>
            <translation>Paquete para el consejo escrito en «%1» (solo lectura).</translation>
        </message>
        <message>
            <source>council-package PLAN -o OUT.planea [--force]</source>
            <translation>council-package PLAN -o SALIDA.planea [--force]</translation>
        </message>
        <message>
            <source>Writes a read-only copy of the approved plan with its progress for the planning council.</source>
            <translation>Escribe una copia de solo lectura del plan aprobado, con su seguimiento, para el consejo de planeación.</translation>
        </message>
        <message>
            <source>import-kpt needs -o NEW.planea.</source>
            <translation>import-kpt necesita -o NUEVO.planea.</translation>
        </message>
        <message>
            <source>--inicio must be a year, e.g. 2028.</source>
            <translation>--inicio debe ser un año, p. ej. 2028.</translation>
        </message>
        <message>
            <source>New plan written: %1</source>
            <translation>Plan nuevo escrito: %1</translation>
        </message>
        <message>
            <source>%1 (%2), %3-%4</source>
            <translation>%1 (%2), %3-%4</translation>
        </message>
        <message>
            <source>Lines: %1; programs: %2; products: %3; product indicators: %4; SGR initiatives: %5</source>
            <translation>Líneas: %1; programas: %2; productos: %3; indicadores de producto: %4; iniciativas SGR: %5</translation>
        </message>
        <message>
            <source>import-kpt BOOK.xlsx -o NEW.planea [--dane CODE] [--entidad NAME] [--inicio YEAR] [--json]</source>
            <translation>import-kpt LIBRO.xlsx -o NUEVO.planea [--dane CÓDIGO] [--entidad NOMBRE] [--inicio AÑO] [--json]</translation>
        </message>
        <message>
            <source>Makes a new plan from a KPT 2024-2027 workbook (the file is written complete or not at all).</source>
            <translation>Crea un plan nuevo a partir de un libro KPT 2024-2027 (el archivo se escribe completo o no se escribe).</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) written to «%1».</source>
            <translation>
                <numerusform>%n cambio escrito en «%1».</numerusform>
                <numerusform>%n cambios escritos en «%1».</numerusform>
            </translation>
        </message>
        <message>
            <source>This plan was saved by an older Planea and has no change history yet; it starts when the plan is opened for editing.</source>
            <translation>Este plan fue guardado con una versión anterior de Planea y todavía no tiene historial de cambios; empieza cuando el plan se abre para editarlo.</translation>
        </message>
        <message>
            <source>No changes recorded.</source>
            <translation>No hay cambios registrados.</translation>
        </message>
        <message>
            <source>%1: «%2» → «%3»</source>
            <translation>%1: «%2» → «%3»</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s).</source>
            <translation>
                <numerusform>%n cambio.</numerusform>
                <numerusform>%n cambios.</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan's change log: who changed what and when, with the old and new values. Edits made with planea-cli are recorded under --as NAME (a global option) or the system user name.</source>
            <translation>El registro de cambios del plan: quién cambió qué y cuándo, con los valores anterior y nuevo. Los cambios hechos con planea-cli quedan a nombre de --as NOMBRE (opción general) o del usuario del sistema.</translation>
        </message>
        <message>
            <source>The option --as needs a person's name.</source>
            <translation>La opción --as necesita el nombre de una persona.</translation>
        </message>
        <message>
            <source>export --all writes every document: leave out --doc and --format.</source>
            <translation>export --all escribe todos los documentos: no use --doc ni --format.</translation>
        </message>
        <message>
            <source>export needs --doc, --format and -o, or --all and -o FOLDER.</source>
            <translation>export necesita --doc, --format y -o, o bien --all y -o CARPETA.</translation>
        </message>
        <message>
            <source>--year needs a year, e.g. --year 2029.</source>
            <translation>--year necesita un año, p. ej. --year 2029.</translation>
        </message>
        <message>
            <source>--by must be linea, programa, producto, sector or dependencia.</source>
            <translation>--by debe ser linea, programa, producto, sector o dependencia.</translation>
        </message>
        <message>
            <source>Writes a document (pdf, xlsx, csv; the pdt as odt or pdf), or with --all every document in every format into a folder. See docs/CLI.md.</source>
            <translation>Escribe un documento (pdf, xlsx, csv; el pdt como odt o pdf), o con --all todos los documentos en todos los formatos en una carpeta. Vea docs/CLI.md.</translation>
        </message>
        <message>
            <source>import-matrix needs either -o NEW.planea (a new plan) or --into PLAN.planea (progress into an existing plan).</source>
            <translation>import-matrix necesita -o NUEVO.planea (un plan nuevo) o --into PLAN.planea (avance en un plan existente), no ambos.</translation>
        </message>
        <message>
            <source>import-matrix needs --mapping MAP.json (see docs/IMPORT_MAPPING.md).</source>
            <translation>import-matrix necesita --mapping MAPEO.json (vea docs/IMPORT_MAPPING.md).</translation>
        </message>
        <message>
            <source>Sheet «%1», row %2: %3</source>
            <translation>Hoja «%1», fila %2: %3</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se escribió nada.</translation>
        </message>
        <message>
            <source>Progress imported into %1 (a backup was made first).</source>
            <translation>Avance importado en %1 (antes se hizo una copia de respaldo).</translation>
        </message>
        <message>
            <source>import-matrix FILE --mapping MAP.json (-o NEW.planea | --into PLAN.planea) [--dry-run] [--skip-bad-rows] [--dane CODE] [--entidad NAME] [--inicio YEAR] [--json]</source>
            <translation>import-matrix ARCHIVO --mapping MAPEO.json (-o NUEVO.planea | --into PLAN.planea) [--dry-run] [--skip-bad-rows] [--dane CÓDIGO] [--entidad NOMBRE] [--inicio AÑO] [--json]</translation>
        </message>
        <message>
            <source>Imports any plan or follow-up spreadsheet (.xlsx or CSV) with a column mapping (docs/IMPORT_MAPPING.md): a new plan, or progress into an existing plan. All or nothing: if a row cannot be read nothing is written, unless --skip-bad-rows. --dry-run lists the rows it cannot read and what would be imported.</source>
            <translation>Importa cualquier matriz de plan o de seguimiento (.xlsx o CSV) con un mapeo de columnas (docs/IMPORT_MAPPING.md): un plan nuevo, o el avance en un plan existente. Todo o nada: si una fila no se puede leer no se escribe nada, salvo con --skip-bad-rows. --dry-run lista las filas que no se pueden leer y lo que se importaría.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be read: nothing was imported. Correct them in the spreadsheet, or use --skip-bad-rows to import the other rows.</source>
            <translation>
                <numerusform>%n fila no se puede leer: no se importó nada. Corríjala en la hoja de cálculo, o use --skip-bad-rows para importar las demás filas.</numerusform>
                <numerusform>%n filas no se pueden leer: no se importó nada. Corríjalas en la hoja de cálculo, o use --skip-bad-rows para importar las demás filas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan already uses catalog version %1: nothing to move.</source>
            <translation>El plan ya usa la versión %1 del catálogo: no hay nada que pasar.</translation>
        </message>
        <message>
            <source>Catalog version: %1 → %2</source>
            <translation>Versión del catálogo: %1 → %2</translation>
        </message>
        <message>
            <source>Plan items renamed: %1; deactivated: %2</source>
            <translation>Elementos del plan renombrados: %1; desactivados: %2</translation>
        </message>
        <message>
            <source>(inactive in the new version; the plan keeps it)</source>
            <translation>(inactivo en la versión nueva; el plan lo conserva)</translation>
        </message>
        <message>
            <source>Dry run: the plan was not changed.</source>
            <translation>Simulación: el plan no se cambió.</translation>
        </message>
        <message>
            <source>The plan now uses catalog version %1 (a backup of the plan as it was was made first).</source>
            <translation>El plan usa ahora la versión %1 del catálogo (antes se hizo una copia de seguridad del plan como estaba).</translation>
        </message>
        <message>
            <source>catalog move PLAN [--version V] [--dry-run] [--json]</source>
            <translation>catalog move PLAN [--version V] [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>Moves the plan to the newest MGA catalog version (or V): shows the plan items renamed or deactivated, takes the new names and records the version. A backup of the plan is made first.</source>
            <translation>Pasa el plan a la versión más nueva del catálogo MGA (o a V): muestra los elementos del plan renombrados o desactivados, toma los nombres nuevos y registra la versión. Antes hace una copia de seguridad del plan.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a plan.</source>
            <translation>«%1» es una carpeta, no un plan.</translation>
        </message>
        <message>
            <source>%1. %2  %3 (%4): %5 lines, %6 goals, %7 bytes%8</source>
            <translation>%1. %2  %3 (%4): %5 líneas, %6 metas, %7 bytes%8</translation>
        </message>
        <message>
            <source>  — DAMAGED, cannot be restored</source>
            <translation>  — DAÑADA, no se puede restaurar</translation>
        </message>
        <message>
            <source>«%1» has no backups in «%2».</source>
            <translation>«%1» no tiene copias de seguridad en «%2».</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) no longer match the SHA-256 recorded when they were made.</source>
            <translation>
                <numerusform>%n copia ya no coincide con el SHA-256 registrado cuando se hizo.</numerusform>
                <numerusform>%n copias ya no coinciden con el SHA-256 registrado cuando se hicieron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>«%1» is not one of the %n backup(s) of «%2». Run «planea-cli backup list %3» to see them.</source>
            <translation>
                <numerusform>«%1» no es la copia de seguridad de «%2» (tiene %n). Ejecute «planea-cli backup list %3» para verla.</numerusform>
                <numerusform>«%1» no es ninguna de las %n copias de seguridad de «%2». Ejecute «planea-cli backup list %3» para verlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored «%1» into «%2».</source>
            <translation>Se restauró «%1» en «%2».</translation>
        </message>
        <message>
            <source>The previous state was kept in «%1».</source>
            <translation>El estado anterior quedó guardado en «%1».</translation>
        </message>
        <message>
            <source>backup list PLAN [--json]</source>
            <translation>backup list PLAN [--json]</translation>
        </message>
        <message>
            <source>The plan's automatic backups, newest first, each checked against its SHA-256.</source>
            <translation>Las copias de seguridad automáticas del plan, de la más reciente a la más antigua, cada una comprobada con su SHA-256.</translation>
        </message>
        <message>
            <source>backup restore PLAN BACKUP</source>
            <translation>backup restore PLAN COPIA</translation>
        </message>
        <message>
            <source>Restores a backup (its number in «backup list», its file name or path) over the plan, keeping the current state first.</source>
            <translation>Restaura una copia de seguridad (su número en «backup list», su nombre de archivo o su ruta) sobre el plan, guardando antes el estado actual.</translation>
        </message>
        <message>
            <source>… and %1 more (--json lists them all).</source>
            <translation>… y %1 más (--json los lista todos).</translation>
        </message>
        <message>
            <source>Row %1 of table %2 («%3»): the field %4 holds «%5», which is not one of its codes (%6); it is read as «%7».</source>
            <translation>Fila %1 de la tabla %2 («%3»): el campo %4 tiene «%5», que no es uno de sus códigos (%6); se lee como «%7».</translation>
        </message>
        <message>
            <source>Unknown eficacia method «%1»; --method must be one of: %2.</source>
            <translation>Método de eficacia desconocido «%1»; --method debe ser uno de: %2.</translation>
        </message>
        <message>
            <source>Method: %1 (%2)</source>
            <translation>Método: %1 (%2)</translation>
        </message>
        <message>
            <source>efficacy PLAN --year YEAR [--by linea|programa|producto|sector|dependencia] [--method ponderado|promedio|cuatrienio-tope] [--json]</source>
            <translation>efficacy PLAN --year AÑO [--by linea|programa|producto|sector|dependencia] [--method ponderado|promedio|cuatrienio-tope] [--json]</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>no disponible</translation>
        </message>
        <message>
            <source>new needs --municipio DANE and --inicio YEAR, e.g. planea-cli new plan.planea --municipio 63111 --inicio 2028.</source>
            <translation>new necesita --municipio DANE y --inicio AÑO, por ejemplo planea-cli new plan.planea --municipio 63111 --inicio 2028.</translation>
        </message>
        <message>
            <source>Plan written: %1</source>
            <translation>Plan creado: %1</translation>
        </message>
        <message>
            <source>%1 (%2), DANE %3, period %4–%5</source>
            <translation>%1 (%2), DANE %3, periodo %4–%5</translation>
        </message>
        <message>
            <source>Diagnosis pre-filled with %1 official indicators (%2 yearly values), each with its source and year: planea-cli diagnostico %3</source>
            <translation>Diagnóstico pre-llenado con %1 indicadores oficiales (%2 valores por año), cada uno con su fuente y su año: planea-cli diagnostico %3</translation>
        </message>
        <message>
            <source>The official figures shipped with Planea have no data for this municipality: the diagnosis is empty.</source>
            <translation>Las cifras oficiales que trae Planea no tienen datos de este municipio: el diagnóstico queda vacío.</translation>
        </message>
        <message>
            <source>Diagnosis of %1 (%2), DANE %3</source>
            <translation>Diagnóstico de %1 (%2), DANE %3</translation>
        </message>
        <message>
            <source>Indicator	Year	Municipality	Department	Nation	Gap dept.	Gap nation	Trend	Unit	Source</source>
            <translation>Indicador	Año	Municipio	Departamento	Nación	Brecha dpto.	Brecha nación	Tendencia	Unidad	Fuente</translation>
        </message>
        <message>
            <source>%1 indicators. «not available»: the source has no figure, or the department's and nation's cannot be computed with a clear method (docs/CALCULATIONS.md).</source>
            <translation>%1 indicadores. «no disponible»: la fuente no trae la cifra, o la del departamento y la de la nación no se pueden calcular con un método claro (docs/CALCULATIONS.md).</translation>
        </message>
        <message>
            <source>new PLAN --municipio DANE --inicio YEAR [--json]</source>
            <translation>new PLAN --municipio DANE --inicio AÑO [--json]</translation>
        </message>
        <message>
            <source>Writes a new plan for a municipality and a four-year period, its diagnosis pre-filled with the official figures.</source>
            <translation>Crea un plan nuevo para un municipio y un cuatrienio, con el diagnóstico pre-llenado con las cifras oficiales.</translation>
        </message>
        <message>
            <source>diagnostico PLAN [--json]</source>
            <translation>diagnostico PLAN [--json]</translation>
        </message>
        <message>
            <source>The diagnosis table: each indicator beside its department and the nation, gap, trend, source and year.</source>
            <translation>La tabla del diagnóstico: cada indicador junto al de su departamento y al de la nación, brecha, tendencia, fuente y año.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s).</source>
            <translation>
                <numerusform>%n resultado.</numerusform>
                <numerusform>%n resultados.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>Se encontró %n problema.</numerusform>
                <numerusform>Se encontraron %n problemas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) already exist and were not replaced: %1. Use --force to replace them.</source>
            <translation>
                <numerusform>El archivo ya existe y no se reemplazó: %1. Use --force para reemplazarlo.</numerusform>
                <numerusform>%n archivos ya existen y no se reemplazaron: %1. Use --force para reemplazarlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>export PLAN --doc DOC --format FORMAT -o OUT [--office OFFICE] [--year YEAR] [--force] | --all -o FOLDER [--force]</source>
            <translation>export PLAN --doc DOCUMENTO --format FORMATO -o SALIDA [--office DEPENDENCIA] [--year AÑO] [--force] | --all -o CARPETA [--force]</translation>
        </message>
        <message>
            <source>The option --year needs a year, e.g. 2029.</source>
            <translation>La opción --year necesita un año, p. ej. 2029.</translation>
        </message>
        <message>
            <source>The option --quarter must be 1, 2, 3 or 4 (it was «%1»).</source>
            <translation>La opción --quarter debe ser 1, 2, 3 o 4 (se indicó «%1»).</translation>
        </message>
        <message>
            <source>Say in which folder to write the forms with -o FOLDER.</source>
            <translation>Indique en qué carpeta escribir los formatos con -o CARPETA.</translation>
        </message>
        <message>
            <source>%1: %2 goal(s) → %3</source>
            <translation>%1: %2 meta(s) → %3</translation>
        </message>
        <message>
            <source>Goals without a responsible office (in no form): %1</source>
            <translation>Metas sin dependencia responsable (en ningún formato): %1</translation>
        </message>
        <message>
            <source>%1: %2 value(s) accepted, %3 row(s) rejected (%4).</source>
            <translation>%1: %2 valor(es) aceptado(s), %3 fila(s) rechazada(s) (%4).</translation>
        </message>
        <message>
            <source>«%1», row %2: %3</source>
            <translation>«%1», fila %2: %3</translation>
        </message>
        <message>
            <source>%1 value(s) written into %2 (a backup was made first).</source>
            <translation>%1 valor(es) escrito(s) en %2 (antes se hizo una copia de seguridad).</translation>
        </message>
        <message>
            <source>No value was written.</source>
            <translation>No se escribió ningún valor.</translation>
        </message>
        <message>
            <source>No form could be taken: nothing was written.</source>
            <translation>No se pudo tomar ningún formato: no se escribió nada.</translation>
        </message>
        <message>
            <source>followup collect PLAN FORM.xlsx… [--dry-run] [--json]</source>
            <translation>followup collect PLAN FORMATO.xlsx… [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>Reads filled follow-up forms, checks each against the plan, shows a summary per office and the rejected rows, and writes the accepted values as one step (a backup of the plan is made first). Exit 1 when something was rejected, 2 when nothing could be taken.</source>
            <translation>Lee los formatos de seguimiento diligenciados, compara cada uno con el plan, muestra un resumen por dependencia y las filas rechazadas, y escribe los valores aceptados en un solo paso (antes hace una copia de seguridad del plan). Termina con código 1 si algo se rechazó y 2 si no se pudo tomar nada.</translation>
        </message>
        <message>
            <source>generate-portfolio needs --departamento with the department's two-digit DANE code, e.g. --departamento 05.</source>
            <translation>generate-portfolio necesita --departamento con el código DANE de dos dígitos del departamento, por ejemplo --departamento 05.</translation>
        </message>
        <message>
            <source>There is no department with DANE code «%1» in DIVIPOLA.</source>
            <translation>No hay ningún departamento con el código DANE «%1» en la DIVIPOLA.</translation>
        </message>
        <message>
            <source>%1 has %2 municipalities: --municipios needs a whole number between 1 and %2 (got «%3»).</source>
            <translation>%1 tiene %2 municipios: --municipios necesita un número entero entre 1 y %2 (se recibió «%3»).</translation>
        </message>
        <message>
            <source>%1 synthetic plans of %2 written in «%3».</source>
            <translation>%1 planes sintéticos de %2 escritos en «%3».</translation>
        </message>
        <message>
            <source>Portfolio of plans, follow-up %1: %2 (%3)</source>
            <translation>Cartera de planes, seguimiento %1: %2 (%3)</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>DANE</source>
            <translation>DANE</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Ley 617</source>
            <translation>Ley 617</translation>
        </message>
        <message>
            <source>Eficacia</source>
            <translation>Eficacia</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Four-year</source>
            <translation>Cuatrienio</translation>
        </message>
        <message>
            <source>Integrity</source>
            <translation>Integridad</translation>
        </message>
        <message>
            <source>Department eficacia (plain average of %1 municipalities): %2 · %3</source>
            <translation>Eficacia del departamento (promedio simple de %1 municipios): %2 · %3</translation>
        </message>
        <message>
            <source>Four-year progress (plain average): %1</source>
            <translation>Avance del cuatrienio (promedio simple): %1</translation>
        </message>
        <message>
            <source>Information integrity: %1 (%2 of %3 goals programmed reported)</source>
            <translation>Integridad de la información: %1 (%2 de %3 metas programadas con reporte)</translation>
        </message>
        <message>
            <source>Money of the year: %1 planned, %2 committed, %3 in obligations</source>
            <translation>Recursos del año: %1 programados, %2 comprometidos, %3 en obligaciones</translation>
        </message>
        <message>
            <source>Files not read (%1):</source>
            <translation>Archivos no leídos (%1):</translation>
        </message>
        <message>
            <source>portfolio needs --year with a year, e.g. --year 2029.</source>
            <translation>portfolio necesita --year con un año, por ejemplo --year 2029.</translation>
        </message>
        <message>
            <source>--hilos needs a whole number between 1 and 64 (got «%1»).</source>
            <translation>--hilos necesita un número entero entre 1 y 64 (se recibió «%1»).</translation>
        </message>
        <message>
            <source>The report is written as .csv, .xlsx or .pdf; «%1» ends in «.%2».</source>
            <translation>El informe se escribe en .csv, .xlsx o .pdf; «%1» termina en «.%2».</translation>
        </message>
        <message>
            <source>The file «%1» does not exist.</source>
            <translation>El archivo «%1» no existe.</translation>
        </message>
        <message>
            <source>The folder «%1» holds no files.</source>
            <translation>La carpeta «%1» no tiene archivos.</translation>
        </message>
        <message>
            <source>Department of %1</source>
            <translation>Departamento de %1</translation>
        </message>
        <message>
            <source>%1 files read in %2 ms.</source>
            <translation>%1 archivos leídos en %2 ms.</translation>
        </message>
        <message>
            <source>generate-portfolio DIR --departamento DD --municipios N [--seed S]</source>
            <translation>generate-portfolio CARPETA --departamento DD --municipios N [--seed S]</translation>
        </message>
        <message>
            <source>Writes N synthetic plans of the department's real municipalities, with progress, for tests.</source>
            <translation>Escribe N planes sintéticos de municipios reales del departamento, con avance, para pruebas.</translation>
        </message>
        <message>
            <source>portfolio DIR|PLAN... --year YEAR [--departamento DD] [--json] [-o REPORT.csv|.xlsx|.pdf]</source>
            <translation>portfolio CARPETA|PLAN... --year AÑO [--departamento DD] [--json] [-o INFORME.csv|.xlsx|.pdf]</translation>
        </message>
        <message>
            <source>Reads a department's plans read-only and consolidates the year: ranking by eficacia, the department by sector, and the files not read with the reason.</source>
            <translation>Lee los planes de un departamento sin modificarlos y consolida el año: escalafón por eficacia, el departamento por sector y los archivos no leídos con su motivo.</translation>
        </message>
        <message>
            <source>audit PLAN [--csv OUT [--force]] [--json]</source>
            <translation>audit PLAN [--csv SALIDA [--force]] [--json]</translation>
        </message>
        <message>
            <source>Approval receipt written to «%1». Hand it to the council: verify --receipt compares a plan file with it.</source>
            <translation>Recibo de aprobación escrito en «%1». Entréguelo al Concejo: verify --receipt compara con él un archivo de plan.</translation>
        </message>
        <message>
            <source>Give --receipt or --fingerprint, not both.</source>
            <translation>Dé --receipt o --fingerprint, no ambos.</translation>
        </message>
        <message>
            <source>This compares with the fingerprint stored in the file, which whoever can edit the file can change too. Against what the council holds: verify --receipt RECEIPT or --fingerprint FINGERPRINT (docs/APPROVAL.md).</source>
            <translation>Esto compara con la huella guardada en el archivo, que también puede cambiar quien pueda editar el archivo. Frente a lo que tiene el Concejo: verify --receipt RECIBO o --fingerprint HUELLA (docs/APPROVAL.md).</translation>
        </message>
        <message>
            <source>receipt needs -o with the file to write, e.g. -o recibo.txt.</source>
            <translation>receipt necesita -o con el archivo que se escribirá, p. ej. -o recibo.txt.</translation>
        </message>
        <message>
            <source>The plan has not been approved: there is nothing to give a receipt for. Record the approval first (approve).</source>
            <translation>El plan no ha sido aprobado: no hay de qué dar recibo. Registre primero la aprobación (approve).</translation>
        </message>
        <message>
            <source>No receipt was written: the plan's content no longer matches the fingerprint recorded at its approval (version %1), so it is not the approved plan. Restore a backup of the approved plan.</source>
            <translation>No se escribió ningún recibo: el contenido del plan ya no coincide con la huella registrada en su aprobación (versión %1), así que no es el plan aprobado. Restaure una copia de seguridad del plan aprobado.</translation>
        </message>
        <message>
            <source>approve PLAN --act TEXT --date YYYY-MM-DD [--receipt FILE [--force]]</source>
            <translation>approve PLAN --act TEXTO --date AAAA-MM-DD [--receipt ARCHIVO [--force]]</translation>
        </message>
        <message>
            <source>Freezes the plan as approved by the council, prints its fingerprint and writes the approval receipt.</source>
            <translation>Congela el plan como lo aprobó el Concejo, muestra su huella y escribe el recibo de aprobación.</translation>
        </message>
        <message>
            <source>verify PLAN [--receipt RECEIPT | --fingerprint FINGERPRINT]</source>
            <translation>verify PLAN [--receipt RECIBO | --fingerprint HUELLA]</translation>
        </message>
        <message>
            <source>Recomputes the approved plan's fingerprint and compares it with the recorded one, a receipt or the fingerprint of the adopted document.</source>
            <translation>Recalcula la huella del plan aprobado y la compara con la registrada, con un recibo o con la huella del documento adoptado.</translation>
        </message>
        <message>
            <source>receipt PLAN -o FILE [--force]</source>
            <translation>receipt PLAN -o ARCHIVO [--force]</translation>
        </message>
        <message>
            <source>Writes the approval receipt of an approved plan, for the council.</source>
            <translation>Escribe el recibo de aprobación de un plan aprobado, para el Concejo.</translation>
        </message>
        <message numerus="yes">
            <source>Executed resources written into %n budget execution row(s).</source>
            <translation>
                <numerusform>Recursos ejecutados escritos en %n fila de la ejecución presupuestal.</numerusform>
                <numerusform>Recursos ejecutados escritos en %n filas de la ejecución presupuestal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say where the copy goes with -o COPY.</source>
            <translation>Indique dónde va la copia con -o COPIA.</translation>
        </message>
        <message>
            <source>Working copy written to %1.</source>
            <translation>Copia para trabajar aparte escrita en %1.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>--take is mine, theirs or ask.</source>
            <translation>--take es mine (la mía), theirs (la de la copia) o ask (preguntar).</translation>
        </message>
        <message>
            <source>%1: %2 change(s) of the copy, %3 conflict(s).</source>
            <translation>%1: %2 cambio(s) de la copia, %3 conflicto(s).</translation>
        </message>
        <message>
            <source>  ! %1 %2 %3: base %4, mine %5, copy %6 (%7)</source>
            <translation>  ! %1 %2 %3: base %4, mía %5, copia %6 (%7)</translation>
        </message>
        <message>
            <source>The changes were written into %1 (a backup was made first).</source>
            <translation>Los cambios se escribieron en %1 (antes se hizo una copia de seguridad).</translation>
        </message>
        <message>
            <source>Nothing was written: settle the conflicts with --take mine or --take theirs.</source>
            <translation>No se escribió nada: resuelva los conflictos con --take mine o --take theirs.</translation>
        </message>
        <message>
            <source>copy PLAN -o COPY</source>
            <translation>copy PLAN -o COPIA</translation>
        </message>
        <message>
            <source>Writes a copy of the plan to work apart on: it keeps the plan as it was when the copy was made, so its changes can be merged back.</source>
            <translation>Escribe una copia del plan para trabajar aparte: guarda el plan tal como estaba al hacer la copia, para poder traer luego sus cambios.</translation>
        </message>
        <message>
            <source>merge PLAN COPY… [--dry-run] [--json] [--take mine|theirs|ask]</source>
            <translation>merge PLAN COPIA… [--dry-run] [--json] [--take mine|theirs|ask]</translation>
        </message>
        <message>
            <source>Brings back what each copy changed since it was made: what does not collide is written (a backup first), conflicts are listed. Exit 1 while conflicts stand; --take mine or --take theirs settles them.</source>
            <translation>Trae lo que cada copia cambió desde que se hizo: lo que no choca se escribe (antes una copia de seguridad) y los conflictos se listan. Sale con 1 mientras queden conflictos; --take mine o --take theirs los resuelve.</translation>
        </message>
        <message>
            <source>The option --group needs the name of the form, e.g. --group "Gobierno y Hacienda".</source>
            <translation>La opción --group necesita el nombre del formato, p. ej. --group "Gobierno y Hacienda".</translation>
        </message>
        <message>
            <source>The plan has no office «%1». Offices with goals: %2.</source>
            <translation>El plan no tiene la dependencia «%1». Dependencias con metas: %2.</translation>
        </message>
        <message>
            <source>  offices in this form: %1</source>
            <translation>  dependencias de este formato: %1</translation>
        </message>
        <message>
            <source>followup forms PLAN --year YEAR [--quarter Q] [--offices "A;B"] [--group NAME] -o FOLDER [--json]</source>
            <translation>followup forms PLAN --year AÑO [--quarter T] [--offices "A;B"] [--group NOMBRE] -o CARPETA [--json]</translation>
        </message>
        <message>
            <source>Writes one follow-up form (.xlsx) per responsible office with only its goals for the year or quarter: planned values locked, the cells to fill unlocked and validated, and a hidden signature of the plan. --offices limits the forms to those offices (names or ids, separated by «;»); --group NAME makes one form, named so, for all of them together.</source>
            <translation>Escribe un formato de seguimiento (.xlsx) por dependencia responsable con solo sus metas para el año o el trimestre: los valores programados bloqueados, las celdas por diligenciar desbloqueadas y validadas, y una firma oculta del plan. --offices limita los formatos a esas dependencias (nombres o ids, separados por «;»); --group NOMBRE hace un solo formato, con ese nombre, para todas ellas juntas.</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>The territorial entity (DANE code and name) is missing.</source>
            <translation>Falta la entidad territorial (código DANE y nombre).</translation>
        </message>
        <message>
            <source>The government term is missing.</source>
            <translation>Falta el periodo de gobierno.</translation>
        </message>
        <message>
            <source>The name of the mayor or governor is missing.</source>
            <translation>Falta el nombre del alcalde o gobernador.</translation>
        </message>
        <message>
            <source>The territorial team has no members.</source>
            <translation>El equipo territorial no tiene integrantes.</translation>
        </message>
        <message>
            <source>The territorial team has no leader.</source>
            <translation>El equipo territorial no tiene líder.</translation>
        </message>
        <message>
            <source>The readiness checklist is empty.</source>
            <translation>La lista de chequeo del alistamiento está vacía.</translation>
        </message>
        <message>
            <source>Readiness checklist: %1 of %2 items pending.</source>
            <translation>Lista de chequeo del alistamiento: %1 de %2 puntos pendientes.</translation>
        </message>
        <message>
            <source>There are no strategic lines.</source>
            <translation>No hay líneas estratégicas.</translation>
        </message>
        <message>
            <source>%1: the description is missing.</source>
            <translation>%1: falta la descripción.</translation>
        </message>
        <message>
            <source>%1: no associated sectors.</source>
            <translation>%1: no tiene sectores asociados.</translation>
        </message>
        <message>
            <source>No wellbeing indicator has diagnosis values.</source>
            <translation>Ningún indicador de bienestar tiene valores de diagnóstico.</translation>
        </message>
        <message>
            <source>%1: no problem analysis.</source>
            <translation>%1: no tiene análisis de problemas.</translation>
        </message>
        <message>
            <source>The revenue history is missing.</source>
            <translation>Falta el histórico de ingresos.</translation>
        </message>
        <message>
            <source>The four-year financial projection is missing.</source>
            <translation>Falta la proyección financiera del cuatrienio.</translation>
        </message>
        <message>
            <source>There are no programs.</source>
            <translation>No hay programas.</translation>
        </message>
        <message>
            <source>%1: no prioritised wellbeing indicator.</source>
            <translation>%1: no tiene indicadores de bienestar priorizados.</translation>
        </message>
        <message>
            <source>%1: no programs.</source>
            <translation>%1: no tiene programas.</translation>
        </message>
        <message>
            <source>%1: baseline, baseline year or target missing.</source>
            <translation>%1: falta la línea base, su año o la meta.</translation>
        </message>
        <message>
            <source>%1: no products.</source>
            <translation>%1: no tiene productos.</translation>
        </message>
        <message>
            <source>%1: no product indicator.</source>
            <translation>%1: no tiene indicador de producto.</translation>
        </message>
        <message>
            <source>%1: no cost.</source>
            <translation>%1: no tiene costo.</translation>
        </message>
        <message>
            <source>%1: no baseline.</source>
            <translation>%1: no tiene línea base.</translation>
        </message>
        <message>
            <source>There are no products to put in the investment plan.</source>
            <translation>No hay productos para incluir en el plan de inversiones.</translation>
        </message>
        <message>
            <source>%1: no amounts in the investment plan.</source>
            <translation>%1: no tiene valores en el plan de inversiones.</translation>
        </message>
        <message>
            <source>%1: the investment plan does not add up to the cost.</source>
            <translation>%1: el plan de inversiones no suma el costo del producto.</translation>
        </message>
        <message>
            <source>There is no financial projection to check the plan against.</source>
            <translation>No hay proyección financiera con la cual verificar el plan.</translation>
        </message>
        <message>
            <source>Some source and year exceed the financial projection.</source>
            <translation>Alguna fuente en algún año supera la proyección financiera.</translation>
        </message>
        <message>
            <source>There are no product indicators to programme.</source>
            <translation>No hay indicadores de producto para programar.</translation>
        </message>
        <message>
            <source>%1: no annual targets.</source>
            <translation>%1: no tiene metas anuales.</translation>
        </message>
        <message>
            <source>%1: the annual targets do not match the four-year target.</source>
            <translation>%1: las metas anuales no concuerdan con la meta del cuatrienio.</translation>
        </message>
        <message>
            <source>%1: no responsible office.</source>
            <translation>%1: no tiene dependencia responsable.</translation>
        </message>
        <message>
            <source>Validation errors to fix: %1.</source>
            <translation>Errores de validación por corregir: %1.</translation>
        </message>
        <message>
            <source>The draft has not been filed with the Planning Council.</source>
            <translation>El anteproyecto no se ha radicado ante el Consejo Territorial de Planeación.</translation>
        </message>
        <message>
            <source>The adoption act (acuerdo, ordenanza or decree) is missing.</source>
            <translation>Falta el acto de adopción (acuerdo, ordenanza o decreto).</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Alistamiento</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Strategic plan</source>
            <translation>Plan estratégico</translation>
        </message>
        <message>
            <source>Multi-year investment plan</source>
            <translation>Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>Indicative plan and follow-up</source>
            <translation>Plan indicativo y seguimiento</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
    </context>
    <context>
        <name>CouncilPackage</name>
        <message>
            <source>Say where to write the council package (a .planea file).</source>
            <translation>Indique dónde escribir el paquete para el consejo (un archivo .planea).</translation>
        </message>
        <message>
            <source>The council package cannot replace the plan it is made from («%1»). Choose another file.</source>
            <translation>El paquete para el consejo no puede reemplazar el plan del que se hace («%1»). Elija otro archivo.</translation>
        </message>
        <message>
            <source>«%1» is already a council package. Write the package from the plan itself.</source>
            <translation>«%1» ya es un paquete para el consejo. Escriba el paquete desde el plan mismo.</translation>
        </message>
        <message>
            <source>The plan has not been approved yet: the council package is made from the plan the council or assembly adopted. Record its approval (act and date) first.</source>
            <translation>El plan aún no ha sido aprobado: el paquete para el consejo se hace con el plan que adoptó el concejo o la asamblea. Registre primero su aprobación (acto y fecha).</translation>
        </message>
        <message>
            <source>The plan's content no longer matches the fingerprint recorded at its approval (version %1): it is not the approved plan, so no council package was written.</source>
            <translation>El contenido del plan ya no coincide con la huella registrada en su aprobación (versión %1): no es el plan aprobado, así que no se escribió el paquete para el consejo.</translation>
        </message>
        <message>
            <source>The file «%1» already exists; nothing was written.</source>
            <translation>El archivo «%1» ya existe; no se escribió nada.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>Could not write «%1»: %2</source>
            <translation>No se pudo escribir «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>Could not write the CSV file: %1</source>
            <translation>No se pudo escribir el archivo CSV: %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>The year %1 is not in the plan's term (%2–%3).</source>
            <translation>El año %1 no está en el periodo del plan (%2–%3).</translation>
        </message>
        <message>
            <source>The plan has no office «%1». Offices: %2.</source>
            <translation>El plan no tiene la dependencia «%1». Dependencias: %2.</translation>
        </message>
        <message>
            <source>Territorial Development Plan</source>
            <translation>Plan de Desarrollo Territorial</translation>
        </message>
        <message>
            <source>Unknown document «%1». Documents: %2.</source>
            <translation>Documento desconocido: «%1». Documentos: %2.</translation>
        </message>
        <message>
            <source>Unknown format «%1». Formats: %2.</source>
            <translation>Formato desconocido: «%1». Formatos: %2.</translation>
        </message>
        <message>
            <source>The document «%1» is not available yet in this version of Planea. Available documents: %2.</source>
            <translation>El documento «%1» todavía no está disponible en esta versión de Planea. Documentos disponibles: %2.</translation>
        </message>
        <message>
            <source>The document «%1» cannot be written as %2. Its formats: %3.</source>
            <translation>El documento «%1» no se puede escribir como %2. Sus formatos: %3.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a file.</source>
            <translation>«%1» es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>No writer for the format «%1».</source>
            <translation>No hay cómo escribir el formato «%1».</translation>
        </message>
    </context>
    <context>
        <name>DocumentHeader</name>
        <message>
            <source>Draft (not approved)</source>
            <translation>Borrador (sin aprobar)</translation>
        </message>
        <message>
            <source>Version %1 · Fingerprint %2</source>
            <translation>Versión %1 · Huella %2</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Fecha: %1</translation>
        </message>
        <message>
            <source>Head of planning</source>
            <translation>Secretario(a) de Planeación</translation>
        </message>
        <message>
            <source>Governor (woman)</source>
            <translation>Gobernadora</translation>
        </message>
        <message>
            <source>Governor (man)</source>
            <translation>Gobernador</translation>
        </message>
        <message>
            <source>Governor of the department</source>
            <translation>Gobernador(a)</translation>
        </message>
        <message>
            <source>District mayor (woman)</source>
            <translation>Alcaldesa distrital</translation>
        </message>
        <message>
            <source>District mayor (man)</source>
            <translation>Alcalde distrital</translation>
        </message>
        <message>
            <source>District mayor</source>
            <translation>Alcalde(sa) distrital</translation>
        </message>
        <message>
            <source>Municipal mayor (woman)</source>
            <translation>Alcaldesa municipal</translation>
        </message>
        <message>
            <source>Municipal mayor (man)</source>
            <translation>Alcalde municipal</translation>
        </message>
        <message>
            <source>Municipal mayor</source>
            <translation>Alcalde(sa) municipal</translation>
        </message>
        <message>
            <source>Adopted by %1 · no fingerprint</source>
            <translation>Adoptado por %1 · sin huella</translation>
        </message>
        <message>
            <source>(date not recorded)</source>
            <translation>(fecha sin registrar)</translation>
        </message>
        <message>
            <source>The plan was adopted by %1 on %2. Its approved version has not been recorded with its fingerprint, so this document carries none.</source>
            <translation>El plan fue adoptado por %1 el %2. Su versión aprobada no se ha registrado con su huella, por eso este documento no la lleva.</translation>
        </message>
    </context>
    <context>
        <name>Efficacy</name>
        <message>
            <source>No responsible office</source>
            <translation>Sin responsable</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Sin reporte</translation>
        </message>
        <message>
            <source>Money spent, no progress</source>
            <translation>Recursos ejecutados sin avance</translation>
        </message>
        <message>
            <source>Progress, no money committed</source>
            <translation>Avance sin recursos comprometidos</translation>
        </message>
        <message>
            <source>simple mean of the goals' capped compliance</source>
            <translation>promedio simple del cumplimiento de las metas (con tope de 100 %)</translation>
        </message>
        <message>
            <source>four-year progress capped at 100 % per goal</source>
            <translation>avance del cuatrienio con tope de 100 % por meta</translation>
        </message>
        <message>
            <source>weighted by the ponderaciones</source>
            <translation>ponderado por las ponderaciones</translation>
        </message>
    </context>
    <context>
        <name>EfficacyScale</name>
        <message>
            <source>%1 (from %2 % to less than %3 %)</source>
            <translation>%1 (de %2 % a menos de %3 %)</translation>
        </message>
        <message>
            <source>%1 (%2 % or more)</source>
            <translation>%1 (%2 % o más)</translation>
        </message>
        <message>
            <source>%1 (less than %2 %)</source>
            <translation>%1 (menos de %2 %)</translation>
        </message>
        <message>
            <source>%1 (no goal could be evaluated)</source>
            <translation>%1 (ninguna meta se pudo evaluar)</translation>
        </message>
        <message>
            <source>The eficacia scale file is empty.</source>
            <translation>El archivo de la escala de eficacia está vacío.</translation>
        </message>
        <message>
            <source>The eficacia scale file lacks one of the columns categoria, desde_incluido, hasta_excluido, color_sugerido.</source>
            <translation>Al archivo de la escala de eficacia le falta alguna de las columnas categoria, desde_incluido, hasta_excluido, color_sugerido.</translation>
        </message>
        <message>
            <source>The eficacia scale file has an invalid band on line %1: «%2».</source>
            <translation>El archivo de la escala de eficacia tiene un rango no válido en la línea %1: «%2».</translation>
        </message>
    </context>
    <context>
        <name>Enums</name>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <source>Cumulative (sum)</source>
            <translation>Acumulado (suma)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidad</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Mantenimiento</translation>
        </message>
        <message>
            <source>Reduction</source>
            <translation>Reducción</translation>
        </message>
        <message>
            <source>Annual reduction</source>
            <translation>Reducción anual</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>Incremento</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Disminución</translation>
        </message>
        <message>
            <source>Maintain</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Consolidated by the Government Council</source>
            <translation>Consolidado por el Consejo de Gobierno</translation>
        </message>
        <message>
            <source>Filed with the Territorial Planning Council</source>
            <translation>Radicado ante el Consejo Territorial de Planeación</translation>
        </message>
        <message>
            <source>Planning Council opinion received</source>
            <translation>Concepto del CTP recibido</translation>
        </message>
        <message>
            <source>Adjusted</source>
            <translation>Ajustado</translation>
        </message>
        <message>
            <source>Filed with the Council</source>
            <translation>Radicado ante el Concejo o la Asamblea</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Adopted by decree</source>
            <translation>Adoptado por decreto</translation>
        </message>
        <message>
            <source>Indicative Plan approved</source>
            <translation>Plan Indicativo aprobado</translation>
        </message>
        <message>
            <source>In execution</source>
            <translation>En ejecución</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Population groups</source>
            <translation>Grupos poblacionales</translation>
        </message>
        <message>
            <source>Transition report</source>
            <translation>Informe de empalme</translation>
        </message>
        <message>
            <source>Land-use planning instruments</source>
            <translation>Instrumentos de ordenamiento territorial</translation>
        </message>
        <message>
            <source>Special classifications (PDET, ZOMAC…)</source>
            <translation>Clasificaciones especiales (PDET, ZOMAC…)</translation>
        </message>
        <message>
            <source>Competencies by sector</source>
            <translation>Competencias por sector</translation>
        </message>
        <message>
            <source>Financial resources</source>
            <translation>Recursos financieros</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>FileLocation</name>
        <message>
            <source>This plan is in a network folder (%1). A cut in the connection while a change is saved can damage it, and another computer may not see that it is open. Work on a copy on this computer and copy it back when you finish.</source>
            <translation>Este plan está en una carpeta de red (%1). Un corte de la conexión mientras se guarda un cambio puede dañarlo, y otro computador puede no darse cuenta de que está abierto. Trabaje sobre una copia en este computador y cópiela de vuelta al terminar.</translation>
        </message>
        <message>
            <source>This plan is in a folder synchronised by %1. The sync may upload the file in the middle of a change or bring back an older version over it. Work on a copy outside that folder, or close Planea before the sync runs.</source>
            <translation>Este plan está en una carpeta sincronizada por %1. La sincronización puede subir el archivo en medio de un cambio o traer una versión anterior encima de él. Trabaje sobre una copia fuera de esa carpeta, o cierre Planea antes de que se sincronice.</translation>
        </message>
        <message>
            <source>Network folder (%1): work on a local copy</source>
            <translation>Carpeta de red (%1): trabaje sobre una copia local</translation>
        </message>
        <message>
            <source>Folder synchronised by %1: work on a local copy</source>
            <translation>Carpeta sincronizada por %1: trabaje sobre una copia local</translation>
        </message>
    </context>
    <context>
        <name>InvestmentPlanReport</name>
        <message>
            <source>Plan Plurianual de Inversiones</source>
            <translation>Plan Plurianual de Inversiones</translation>
        </message>
        <message>
            <source>%1 (%2), %3–%4</source>
            <translation>%1 (%2), %3–%4</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Program code</source>
            <translation>Código del programa</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Código del producto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message>
            <source>Plan total</source>
            <translation>Total del plan</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Strategic line: %1</source>
            <translation>Línea estratégica: %1</translation>
        </message>
        <message>
            <source>Program %1 %2</source>
            <translation>Programa %1 %2</translation>
        </message>
        <message>
            <source>PAE: school meals</source>
            <translation>PAE: alimentación escolar</translation>
        </message>
        <message>
            <source>APSB: drinking water and basic sanitation</source>
            <translation>APSB: agua potable y saneamiento básico</translation>
        </message>
        <message>
            <source>Cofin.: co-financing transfers</source>
            <translation>Cofin.: transferencias de cofinanciación</translation>
        </message>
        <message>
            <source>Depto.: department</source>
            <translation>Depto.: departamento</translation>
        </message>
    </context>
    <context>
        <name>KptWorkbook</name>
        <message>
            <source>The plan has no government term: the KPT workbook needs it.</source>
            <translation>El plan no tiene periodo de gobierno: el libro KPT lo necesita.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>Sheet «%1», row %2: %3</source>
            <translation>Hoja «%1», fila %2: %3</translation>
        </message>
        <message>
            <source>this is not Planea's sheet (mark missing).</source>
            <translation>esta no es la hoja de Planea (falta su marca).</translation>
        </message>
        <message>
            <source>made by a newer version of Planea (format %1).</source>
            <translation>hecha por una versión más reciente de Planea (formato %1).</translation>
        </message>
        <message>
            <source>unknown record «%1».</source>
            <translation>registro desconocido «%1».</translation>
        </message>
        <message>
            <source>«%1» is not a KPT workbook: it has no sheet «%2». Its sheets are: %3.</source>
            <translation>«%1» no es un libro KPT: no tiene la hoja «%2». Sus hojas son: %3.</translation>
        </message>
        <message>
            <source>Sheet «%1»: the columns are not those of the KPT 2024-2027 layout (row 2 should name %2 columns: «Código DANE», …, «Código producto», …, «Meta cuatrienio», …, «Tipo de acumulación», …, «BPIN»).</source>
            <translation>Hoja «%1»: las columnas no son las del formato KPT 2024-2027 (la fila 2 debe nombrar %2 columnas: «Código DANE», …, «Código producto», …, «Meta cuatrienio», …, «Tipo de acumulación», …, «BPIN»).</translation>
        </message>
        <message>
            <source>Sheet «%1»: the term's first year cannot be read from the column «Programación …»; give it with --inicio.</source>
            <translation>Hoja «%1»: no se puede leer el primer año del periodo en la columna «Programación …»; indíquelo con --inicio.</translation>
        </message>
        <message>
            <source>Sheet «%1»: no DANE code in column A; give it with --dane.</source>
            <translation>Hoja «%1»: no hay código DANE en la columna A; indíquelo con --dane.</translation>
        </message>
        <message>
            <source>Development plan %1 %2-%3</source>
            <translation>Plan de desarrollo %1 %2-%3</translation>
        </message>
        <message>
            <source>The workbook has no sheet «%1»: the lines are taken from the products sheet, without descriptions.</source>
            <translation>El libro no tiene la hoja «%1»: las líneas se toman de la hoja de productos, sin descripción.</translation>
        </message>
        <message>
            <source>the baseline is not a number.</source>
            <translation>la línea base no es un número.</translation>
        </message>
        <message>
            <source>the four-year target is not a number.</source>
            <translation>la meta del cuatrienio no es un número.</translation>
        </message>
        <message>
            <source>Sheet «%1», row %2: no product or indicator (a totals row?); skipped.</source>
            <translation>Hoja «%1», fila %2: sin producto ni indicador (¿una fila de totales?); se omite.</translation>
        </message>
        <message>
            <source>the indicator has no product (column K).</source>
            <translation>el indicador no tiene producto (columna K).</translation>
        </message>
        <message>
            <source>the program code (column I) is empty.</source>
            <translation>el código del programa (columna I) está vacío.</translation>
        </message>
        <message>
            <source>the strategic line (column F) is empty.</source>
            <translation>la línea estratégica (columna F) está vacía.</translation>
        </message>
        <message>
            <source>column %1 («%2») is not an amount.</source>
            <translation>la columna %1 («%2») no es un valor en pesos.</translation>
        </message>
        <message>
            <source>column %1 («%2»): the amount %3 is out of range.</source>
            <translation>columna %1 («%2»): el valor %3 está fuera de rango.</translation>
        </message>
        <message>
            <source>Sheet «%1», row %2: the total of %3 (%4) is not the sum of its sources (%5); the sources are kept.</source>
            <translation>Hoja «%1», fila %2: el total de %3 (%4) no es la suma de sus fuentes (%5); se conservan las fuentes.</translation>
        </message>
        <message>
            <source>the four-year target (column Q) is not a number: «%1».</source>
            <translation>la meta del cuatrienio (columna Q) no es un número: «%1».</translation>
        </message>
        <message>
            <source>«Principal» (column R) must be Sí or No, not «%1».</source>
            <translation>«Principal» (columna R) debe ser Sí o No, no «%1».</translation>
        </message>
        <message>
            <source>the ODS code (column S) must be 1 to 17.</source>
            <translation>el código ODS (columna S) debe ser de 1 a 17.</translation>
        </message>
        <message>
            <source>unknown accumulation type «%1» (column U); expected Acumulado, Capacidad, Flujo, Stock, Mantenimiento, Reducción or Reducción anual.</source>
            <translation>tipo de acumulación desconocido «%1» (columna U); se espera Acumulado, Capacidad, Flujo, Stock, Mantenimiento, Reducción o Reducción anual.</translation>
        </message>
        <message>
            <source>the target for %1 (column %2) is not a number or NP: «%3».</source>
            <translation>la meta de %1 (columna %2) no es un número ni NP: «%3».</translation>
        </message>
        <message>
            <source>Sheet «%1» has no product rows.</source>
            <translation>La hoja «%1» no tiene filas de productos.</translation>
        </message>
        <message>
            <source>«Recursos SGR indicativos» (column F) is not an amount.</source>
            <translation>«Recursos SGR indicativos» (columna F) no es un valor en pesos.</translation>
        </message>
        <message>
            <source>The workbook does not come from Planea: baselines, trends, weights, responsible offices and program objectives are not in the KPT layout; complete them in Planea.</source>
            <translation>El libro no viene de Planea: líneas base, tendencias, ponderaciones, dependencias responsables y objetivos de programa no están en el formato KPT; complételos en Planea.</translation>
        </message>
        <message>
            <source>Sheet «%1»: the program «%2» has no strategic line.</source>
            <translation>Hoja «%1»: el programa «%2» no tiene línea estratégica.</translation>
        </message>
    </context>
    <context>
        <name>LegalCalendar</name>
        <message>
            <source>The deadline falls on a Saturday.</source>
            <translation>La fecha límite cae en sábado.</translation>
        </message>
        <message>
            <source>The deadline falls on a Sunday.</source>
            <translation>La fecha límite cae en domingo.</translation>
        </message>
        <message>
            <source>Draft presented to the Government Council for consolidation</source>
            <translation>Presentación del anteproyecto al Consejo de Gobierno para su consolidación</translation>
        </message>
        <message>
            <source>Before filing the draft with the Planning Council.</source>
            <translation>Antes de radicar el anteproyecto ante el Consejo Territorial de Planeación.</translation>
        </message>
        <message>
            <source>Draft filed with the Territorial Planning Council (CTP)</source>
            <translation>Radicación del anteproyecto ante el Consejo Territorial de Planeación (CTP)</translation>
        </message>
        <message>
            <source>Within two months of taking office; a copy goes to the council for information.</source>
            <translation>Dentro de los dos meses siguientes a la posesión; se envía copia a la corporación para su información.</translation>
        </message>
        <message>
            <source>Copy sent to the Regional Autonomous Corporation (CAR)</source>
            <translation>Envío de copia a la Corporación Autónoma Regional (CAR)</translation>
        </message>
        <message>
            <source>At the same time as the filing with the Planning Council.</source>
            <translation>Al mismo tiempo que la radicación ante el Consejo Territorial de Planeación.</translation>
        </message>
        <message>
            <source>Opinion of the Territorial Planning Council</source>
            <translation>Concepto del Consejo Territorial de Planeación</translation>
        </message>
        <message>
            <source>One month after the filing; if the council does not give its opinion in time, the requirement is deemed fulfilled.</source>
            <translation>Un mes después de la radicación; si el consejo no emite concepto a tiempo, se entiende surtido el requisito.</translation>
        </message>
        <message>
            <source>Bill (proyecto de ordenanza) filed with the Departmental Assembly</source>
            <translation>Radicación del proyecto de ordenanza ante la Asamblea Departamental</translation>
        </message>
        <message>
            <source>Bill (proyecto de acuerdo) filed with the Municipal Council</source>
            <translation>Radicación del proyecto de acuerdo ante el Concejo Municipal</translation>
        </message>
        <message>
            <source>Within the first four months of the term.</source>
            <translation>Dentro de los primeros cuatro meses del periodo de gobierno.</translation>
        </message>
        <message>
            <source>Decision of the Departmental Assembly on the plan</source>
            <translation>Decisión de la Asamblea Departamental sobre el plan</translation>
        </message>
        <message>
            <source>Decision of the Municipal Council on the plan</source>
            <translation>Decisión del Concejo Municipal sobre el plan</translation>
        </message>
        <message>
            <source>One month after the filing; otherwise the governor may adopt the plan by decree.</source>
            <translation>Un mes después de la radicación; si no decide, el gobernador puede adoptar el plan por decreto.</translation>
        </message>
        <message>
            <source>One month after the filing; otherwise the mayor may adopt the plan by decree.</source>
            <translation>Un mes después de la radicación; si no decide, el alcalde puede adoptar el plan por decreto.</translation>
        </message>
        <message>
            <source>Indicative Plan approved by the Government Council</source>
            <translation>Aprobación del Plan Indicativo por el Consejo de Gobierno</translation>
        </message>
        <message>
            <source>No fixed legal date; usually right after the plan is adopted.</source>
            <translation>Sin fecha legal fija; por lo general, justo después de adoptar el plan.</translation>
        </message>
        <message>
            <source>Action plan %1 published</source>
            <translation>Publicación del Plan de Acción %1</translation>
        </message>
        <message>
            <source>In the first year the action plan follows the adoption of the development plan.</source>
            <translation>En el primer año, el plan de acción se formula después de adoptar el plan de desarrollo.</translation>
        </message>
        <message>
            <source>By 31 January of each year.</source>
            <translation>A más tardar el 31 de enero de cada año.</translation>
        </message>
        <message>
            <source>Annual execution report %1 to the Departmental Assembly</source>
            <translation>Informe anual de ejecución %1 a la Asamblea Departamental</translation>
        </message>
        <message>
            <source>Annual execution report %1 to the Municipal Council</source>
            <translation>Informe anual de ejecución %1 al Concejo Municipal</translation>
        </message>
        <message>
            <source>Yearly; the law sets no fixed date.</source>
            <translation>Anual; la ley no fija una fecha.</translation>
        </message>
    </context>
    <context>
        <name>PdfExporter</name>
        <message>
            <source>DEMONSTRATION PLAN: invented data, not an official document.</source>
            <translation>PLAN DE DEMOSTRACIÓN: datos inventados, no es un documento oficial.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN</source>
            <translation>PLAN DE DEMOSTRACIÓN</translation>
        </message>
        <message>
            <source>PDF documents can only be written from Planea or planea-cli (the fonts are not loaded).</source>
            <translation>Los documentos PDF solo se pueden escribir desde Planea o planea-cli (las fuentes no están cargadas).</translation>
        </message>
        <message>
            <source>Could not start the PDF document.</source>
            <translation>No se pudo iniciar el documento PDF.</translation>
        </message>
        <message>
            <source>Could not add a page to the PDF.</source>
            <translation>No se pudo agregar una página al PDF.</translation>
        </message>
        <message>
            <source>Plan approved by %1 on %2. SHA-256 fingerprint of the approved content (version %3):</source>
            <translation>Plan aprobado mediante %1 del %2. Huella SHA-256 del contenido aprobado (versión %3):</translation>
        </message>
        <message>
            <source>Draft: the plan has not been approved, so this document carries no fingerprint yet.</source>
            <translation>Borrador: el plan no ha sido aprobado, por eso este documento aún no lleva huella.</translation>
        </message>
        <message>
            <source>Could not finish the PDF document.</source>
            <translation>No se pudo terminar el documento PDF.</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>La exportación fue cancelada.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Amounts in millions of pesos, rounded to one decimal; “–”: nothing. The CSV and XLSX files carry the exact pesos.</source>
            <translation>Cifras en millones de pesos, redondeadas a un decimal; «–»: sin recursos. Los archivos CSV y XLSX llevan los pesos exactos.</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continuación)</translation>
        </message>
        <message>
            <source>No records for this report.</source>
            <translation>No hay registros para este informe.</translation>
        </message>
    </context>
    <context>
        <name>PdtDocument</name>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Territorial Development Plan</source>
            <translation>Plan de Desarrollo Territorial</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN: invented data, not an official document.</source>
            <translation>PLAN DE DEMOSTRACIÓN: datos inventados, no es un documento oficial.</translation>
        </message>
        <message>
            <source>1. Presentation</source>
            <translation>1. Presentación</translation>
        </message>
        <message>
            <source>The plan is organised in %1 strategic lines, %2 budget programs and %3 products with %4 product goals, with an investment of %5 over the four years.</source>
            <translation>El plan se organiza en %1 líneas estratégicas, %2 programas presupuestales y %3 productos con %4 metas de producto, con una inversión de %5 en el cuatrienio.</translation>
        </message>
        <message>
            <source>Government program</source>
            <translation>Programa de gobierno</translation>
        </message>
        <message>
            <source>2. Diagnosis</source>
            <translation>2. Diagnóstico</translation>
        </message>
        <message>
            <source>2.1 Characterisation of the territory</source>
            <translation>2.1 Caracterización del territorio</translation>
        </message>
        <message>
            <source>2.2 Wellbeing indicators</source>
            <translation>2.2 Indicadores de bienestar</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Último valor</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>2.3 Problems identified</source>
            <translation>2.3 Problemáticas identificadas</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>Causes: %1</source>
            <translation>Causas: %1</translation>
        </message>
        <message>
            <source>Effects: %1</source>
            <translation>Efectos: %1</translation>
        </message>
        <message>
            <source>Affected population: %1</source>
            <translation>Población afectada: %1</translation>
        </message>
        <message>
            <source>3. Strategic part</source>
            <translation>3. Parte estratégica</translation>
        </message>
        <message>
            <source>Line %1. %2</source>
            <translation>Línea %1. %2</translation>
        </message>
        <message>
            <source>Weight in the plan: %1.</source>
            <translation>Peso en el plan: %1.</translation>
        </message>
        <message>
            <source>Sectors: %1.</source>
            <translation>Sectores: %1.</translation>
        </message>
        <message>
            <source>Wellbeing indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>4. Multi-year investment plan</source>
            <translation>4. Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>Investment by strategic line and year</source>
            <translation>Inversión por línea estratégica y año</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Investment by funding source and year</source>
            <translation>Inversión por fuente de financiación y año</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <source>5. Indicative plan (summary)</source>
            <translation>5. Plan indicativo (resumen)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Dependencia responsable</translation>
        </message>
        <message>
            <source>The line has no product goals yet.</source>
            <translation>La línea aún no tiene metas de producto.</translation>
        </message>
        <message>
            <source>6. Approval</source>
            <translation>6. Aprobación</translation>
        </message>
        <message>
            <source>Plan approved by %1 on %2 (version %3). SHA-256 fingerprint of the approved content:</source>
            <translation>Plan aprobado mediante %1 el %2 (versión %3). Huella SHA-256 del contenido aprobado:</translation>
        </message>
        <message>
            <source>Could not write the OpenDocument file.</source>
            <translation>No se pudo escribir el archivo OpenDocument.</translation>
        </message>
        <message>
            <source>Amounts in millions of pesos, rounded to one decimal; “–”: no resources.</source>
            <translation>Cifras en millones de pesos, redondeadas a un decimal; «–»: sin recursos.</translation>
        </message>
        <message>
            <source>development plan %1</source>
            <translation>plan de desarrollo %1</translation>
        </message>
        <message>
            <source>This document sets out the %1 of %2 for the %3–%4 government term, prepared following the route of the Territorial Planning Kit (KPT) of the National Planning Department. It gathers the diagnosis, the strategic part and the multi-year investment plan, and summarises the indicative plan with which its goals will be followed up.</source>
            <translation>Este documento presenta el %1 de %2 para el periodo de gobierno %3–%4, formulado siguiendo la ruta del Kit de Planeación Territorial (KPT) del Departamento Nacional de Planeación. Reúne el diagnóstico, la parte estratégica y el plan plurianual de inversiones, y resume el plan indicativo con el que se hará seguimiento a sus metas.</translation>
        </message>
        <message>
            <source>Latest value measured before %1, the first year of the term.</source>
            <translation>Último valor medido antes de %1, primer año del periodo de gobierno.</translation>
        </message>
        <message>
            <source>Product goals of the term by strategic line and program, with their four-year target, the office responsible and the investment of the product over the term, in millions of pesos. The annual targets are in the Plan Indicativo document.</source>
            <translation>Metas de producto del cuatrienio por línea estratégica y programa, con su meta del cuatrienio, la dependencia responsable y la inversión del producto en el cuatrienio, en millones de pesos. Las metas anuales están en el documento Plan Indicativo.</translation>
        </message>
        <message>
            <source>Investment (millions)</source>
            <translation>Inversión (millones)</translation>
        </message>
        <message>
            <source>Program %1 %2</source>
            <translation>Programa %1 %2</translation>
        </message>
        <message>
            <source>the Departmental Assembly</source>
            <translation>la Asamblea Departamental</translation>
        </message>
        <message>
            <source>the District Council</source>
            <translation>el Concejo Distrital</translation>
        </message>
        <message>
            <source>the Municipal Council</source>
            <translation>el Concejo Municipal</translation>
        </message>
        <message>
            <source>This plan has not yet been approved by %1. Once it is adopted, this section will state the act of adoption, its date and the SHA-256 fingerprint of the approved content.</source>
            <translation>Este plan aún no ha sido aprobado por %1. Una vez adoptado, esta sección señalará el acto de adopción, su fecha y la huella SHA-256 del contenido aprobado.</translation>
        </message>
        <message>
            <source>No diagnosis information has been recorded yet.</source>
            <translation>Aún no se ha registrado información del diagnóstico.</translation>
        </message>
        <message>
            <source>The baseline of «%1» is %2; the diagnosis shows %3 (%4), the latest value measured before %5. The four-year target is measured from the baseline.</source>
            <translation>La línea base de «%1» es %2; el diagnóstico muestra %3 (%4), el último valor medido antes de %5. La meta del cuatrienio se mide desde la línea base.</translation>
        </message>
    </context>
    <context>
        <name>PlanGenerator</name>
        <message>
            <source>A plan needs at least one product indicator.</source>
            <translation>Un plan necesita al menos un indicador de producto.</translation>
        </message>
    </context>
    <context>
        <name>PlanIndicativoReport</name>
        <message>
            <source>Plan Indicativo</source>
            <translation>Plan Indicativo</translation>
        </message>
        <message>
            <source>%1 (%2), %3–%4</source>
            <translation>%1 (%2), %3–%4</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Sector code</source>
            <translation>Código del sector</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Program code</source>
            <translation>Código del programa</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Código del producto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Indicator code</source>
            <translation>Código del indicador</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad de medida</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source>Accumulation type</source>
            <translation>Tipo de acumulación</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Weight (%)</source>
            <translation>Ponderación (%)</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Product cost</source>
            <translation>Costo del producto</translation>
        </message>
        <message>
            <source>Resources %1</source>
            <translation>Recursos %1</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Strategic line: %1</source>
            <translation>Línea estratégica: %1</translation>
        </message>
        <message>
            <source>Sector %1 %2 · Program %3 %4</source>
            <translation>Sector %1 %2 · Programa %3 %4</translation>
        </message>
        <message>
            <source>Accumulation</source>
            <translation>Acumulación</translation>
        </message>
        <message>
            <source>NP: goal not programmed for that year.</source>
            <translation>NP: meta no programada en ese año.</translation>
        </message>
        <message>
            <source>Goal code</source>
            <translation>Código de la meta</translation>
        </message>
    </context>
    <context>
        <name>PlanLocation</name>
        <message>
            <source>(no code)</source>
            <translation>(sin código)</translation>
        </message>
        <message>
            <source>Line %1 «%2»</source>
            <translation>Línea %1 «%2»</translation>
        </message>
        <message>
            <source>No line</source>
            <translation>Sin línea</translation>
        </message>
        <message>
            <source>No program</source>
            <translation>Sin programa</translation>
        </message>
        <message>
            <source>Program %1</source>
            <translation>Programa %1</translation>
        </message>
        <message>
            <source>No product</source>
            <translation>Sin producto</translation>
        </message>
        <message>
            <source>Product %1</source>
            <translation>Producto %1</translation>
        </message>
        <message>
            <source>No indicator</source>
            <translation>Sin indicador</translation>
        </message>
        <message>
            <source>Indicator %1</source>
            <translation>Indicador %1</translation>
        </message>
        <message>
            <source>Wellbeing indicator «%1»</source>
            <translation>Indicador de bienestar «%1»</translation>
        </message>
    </context>
    <context>
        <name>PlanMerge</name>
        <message>
            <source>(unknown)</source>
            <translation>(desconocido)</translation>
        </message>
        <message>
            <source>The copy %1 could not be read back.</source>
            <translation>No se pudo volver a leer la copia %1.</translation>
        </message>
        <message>
            <source>The copy %1 cannot be read: %2</source>
            <translation>No se puede leer la copia %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a working copy made with «Save a copy to work apart» (it has no base).</source>
            <translation>%1 no es una copia hecha con «Guardar una copia para trabajar aparte» (no trae su base).</translation>
        </message>
        <message>
            <source>%1 is a copy of another plan: it cannot be merged into this one.</source>
            <translation>%1 es una copia de otro plan: no se puede traer a este.</translation>
        </message>
        <message>
            <source>The base kept in the copy %1 is damaged.</source>
            <translation>La base guardada en la copia %1 está dañada.</translation>
        </message>
        <message>
            <source>The base of the copy could not be written to a temporary file.</source>
            <translation>No se pudo escribir la base de la copia en un archivo temporal.</translation>
        </message>
        <message>
            <source>The base kept in the copy %1 is damaged: %2</source>
            <translation>La base guardada en la copia %1 está dañada: %2</translation>
        </message>
        <message>
            <source>The copy changes the approved part of the plan (%1): %2</source>
            <translation>La copia cambia la parte aprobada del plan (%1): %2</translation>
        </message>
        <message>
            <source>The plan is open read-only: the copy was not merged.</source>
            <translation>El plan está abierto solo para lectura: la copia no se trajo.</translation>
        </message>
        <message>
            <source>No temporary folder for the merge.</source>
            <translation>No hay una carpeta temporal para traer la copia.</translation>
        </message>
        <message>
            <source>%1 (copy of %2)</source>
            <translation>%1 (copia de %2)</translation>
        </message>
        <message>
            <source>Bring back the changes of a copy</source>
            <translation>Traer los cambios de una copia</translation>
        </message>
        <message>
            <source>The choice %1 is not one of the conflicts of this copy: nothing was merged. Look at the conflicts again.</source>
            <translation>La elección %1 no es uno de los conflictos de esta copia: no se trajo nada. Revise de nuevo los conflictos.</translation>
        </message>
        <message>
            <source>The conflict %1 was settled both ways: nothing was merged.</source>
            <translation>El conflicto %1 se resolvió de las dos maneras: no se trajo nada.</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>it is not a .planea plan: KPT workbooks and follow-up matrices are not read in the portfolio yet (import it first with «planea-cli import-kpt» or «import-matrix»)</source>
            <translation>no es un plan .planea: la cartera aún no lee libros del KPT ni matrices de seguimiento (impórtelo antes con «planea-cli import-kpt» o «import-matrix»)</translation>
        </message>
        <message>
            <source>it is not a .planea plan file</source>
            <translation>no es un plan .planea</translation>
        </message>
        <message>
            <source>it cannot be read: %1</source>
            <translation>no se puede leer: %1</translation>
        </message>
        <message>
            <source>it is the plan of %1 (%2), not of a municipality</source>
            <translation>es el plan de %1 (%2), no de un municipio</translation>
        </message>
        <message>
            <source>its government period is %1–%2, which does not include %3</source>
            <translation>es de otro periodo de gobierno: %1–%2, que no incluye %3</translation>
        </message>
        <message>
            <source>it has no goal programmed for %1</source>
            <translation>no tiene metas programadas para %1</translation>
        </message>
        <message>
            <source>it has no progress reported for %1 (%2 goals programmed)</source>
            <translation>no tiene avance reportado para %1 (%2 metas programadas)</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>«%1» is not a folder.</source>
            <translation>«%1» no es una carpeta.</translation>
        </message>
        <message>
            <source>it belongs to another department (%1, %2)</source>
            <translation>es de otro departamento (%1, %2)</translation>
        </message>
        <message>
            <source>another plan of %1 (%2) was already read: «%3»</source>
            <translation>ya se leyó otro plan de %1 (%2): «%3»</translation>
        </message>
        <message>
            <source>The folder «%1» cannot be created.</source>
            <translation>No se puede crear la carpeta «%1».</translation>
        </message>
        <message>
            <source>The file «%1» already exists: nothing was written (a plan is never replaced).</source>
            <translation>El archivo «%1» ya existe: no se escribió nada (nunca se reemplaza un plan).</translation>
        </message>
    </context>
    <context>
        <name>PortfolioReport</name>
        <message>
            <source>Portfolio of plans: follow-up %1</source>
            <translation>Cartera de planes: seguimiento %1</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Escalafón</translation>
        </message>
        <message>
            <source>%1 (%2): %3 municipalities read, %4 files left out</source>
            <translation>%1 (%2): %3 municipios leídos, %4 archivos no leídos</translation>
        </message>
        <message>
            <source>no information</source>
            <translation>sin información</translation>
        </message>
        <message>
            <source>Department eficacia (plain average of the municipalities): %1 · %2</source>
            <translation>Eficacia del departamento (promedio simple de los municipios): %1 · %2</translation>
        </message>
        <message>
            <source>Four-year progress (plain average): %1</source>
            <translation>Avance del cuatrienio (promedio simple): %1</translation>
        </message>
        <message>
            <source>Information integrity: %1 (%2 of %3 goals programmed reported)</source>
            <translation>Integridad de la información: %1 (%2 de %3 metas programadas con reporte)</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>DANE code</source>
            <translation>Código DANE</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Ley 617 category</source>
            <translation>Categoría Ley 617</translation>
        </message>
        <message>
            <source>Eficacia (%)</source>
            <translation>Eficacia (%)</translation>
        </message>
        <message>
            <source>EDI category</source>
            <translation>Categoría EDI</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Four-year progress (%)</source>
            <translation>Avance del cuatrienio (%)</translation>
        </message>
        <message>
            <source>Goals programmed</source>
            <translation>Metas programadas</translation>
        </message>
        <message>
            <source>Goals reported</source>
            <translation>Metas reportadas</translation>
        </message>
        <message>
            <source>Information integrity (%)</source>
            <translation>Integridad de la información (%)</translation>
        </message>
        <message>
            <source>Planned investment (PPI)</source>
            <translation>Inversión programada (PPI)</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Obligaciones</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Cat. 617</source>
            <translation>Cat. 617</translation>
        </message>
        <message>
            <source>Cuatrienio (%)</source>
            <translation>Cuatrienio (%)</translation>
        </message>
        <message>
            <source>Prog.</source>
            <translation>Prog.</translation>
        </message>
        <message>
            <source>Rep.</source>
            <translation>Rep.</translation>
        </message>
        <message>
            <source>Integr. (%)</source>
            <translation>Integr. (%)</translation>
        </message>
        <message>
            <source>Department: %1</source>
            <translation>Departamento: %1</translation>
        </message>
        <message>
            <source>The department by sector</source>
            <translation>El departamento por sector</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Eficacia: plain average over the municipalities with an evaluable goal in the sector.</source>
            <translation>Eficacia: promedio simple de los municipios con alguna meta evaluable en el sector.</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Municipios</translation>
        </message>
        <message>
            <source>The department by ODS</source>
            <translation>El departamento por ODS</translation>
        </message>
        <message>
            <source>ODS</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Each municipality's eficacia by ODS is the plain average of its goals serving it; the department's, the plain average over the municipalities.</source>
            <translation>La eficacia de cada municipio por ODS es el promedio simple de sus metas que le apuntan; la del departamento, el promedio simple de los municipios.</translation>
        </message>
        <message>
            <source>No goal of these plans names the ODS it serves.</source>
            <translation>Ninguna meta de estos planes indica el ODS al que apunta.</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>Archivos no leídos</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>No leídos</translation>
        </message>
        <message>
            <source>Every file of the folder was read.</source>
            <translation>Se leyeron todos los archivos de la carpeta.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>RouteReports</name>
        <message>
            <source>%1 (%2), %3–%4</source>
            <translation>%1 (%2), %3–%4</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Lista de alistamiento</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1 of %2 items done</source>
            <translation>%1 de %2 ítems cumplidos</translation>
        </message>
        <message>
            <source>Territorial team</source>
            <translation>Equipo territorial</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Líder</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Weight (%)</source>
            <translation>Ponderación (%)</translation>
        </message>
        <message>
            <source>Programs</source>
            <translation>Programas</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Product goals</source>
            <translation>Metas de producto</translation>
        </message>
        <message>
            <source>Investment of the term</source>
            <translation>Inversión del cuatrienio</translation>
        </message>
        <message>
            <source>Diagnosis: wellbeing indicators</source>
            <translation>Diagnóstico: indicadores de bienestar</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Wellbeing indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Prioritised</source>
            <translation>Priorizado</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Strategic part</source>
            <translation>Parte estratégica</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Unit or objective</source>
            <translation>Unidad u objetivo</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source> (baseline %1)</source>
            <translation> (línea base %1)</translation>
        </message>
        <message>
            <source>Budget program</source>
            <translation>Programa presupuestal</translation>
        </message>
        <message>
            <source>Action plan %1</source>
            <translation>Plan de acción %1</translation>
        </message>
        <message>
            <source>all offices</source>
            <translation>Todas las dependencias</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Dependencia responsable</translation>
        </message>
        <message>
            <source>Program code</source>
            <translation>Código del programa</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Código del producto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Indicator code</source>
            <translation>Código del indicador</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Resources %1</source>
            <translation>Recursos %1</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>(no responsible office)</source>
            <translation>(sin dependencia responsable)</translation>
        </message>
        <message>
            <source>Status of our plan</source>
            <translation>Estado de nuestro plan</translation>
        </message>
        <message>
            <source>Part of the plan</source>
            <translation>Parte del plan</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Avance (%)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What is pending</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <source>Module %1. %2</source>
            <translation>Módulo %1. %2</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Completo</translation>
        </message>
        <message>
            <source>%1 of %2 criteria met</source>
            <translation>%1 de %2 criterios cumplidos</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Product %1 has no indicator.</source>
            <translation>El producto %1 no tiene indicador.</translation>
        </message>
        <message>
            <source>Goal %1 lacks annual targets, a responsible office or money.</source>
            <translation>A la meta %1 le faltan metas anuales, dependencia responsable o recursos.</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Línea %1</translation>
        </message>
        <message>
            <source>The line has no product goals yet.</source>
            <translation>La línea aún no tiene metas de producto.</translation>
        </message>
        <message>
            <source>%1 of %2 goals fully programmed</source>
            <translation>%1 de %2 metas programadas por completo</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Todo el plan</translation>
        </message>
        <message>
            <source>Responsible office: %1</source>
            <translation>Dependencia responsable: %1</translation>
        </message>
        <message>
            <source>Strategic line: %1</source>
            <translation>Línea estratégica: %1</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>No errors or warnings</source>
            <translation>Sin errores ni avisos</translation>
        </message>
        <message>
            <source>1 error</source>
            <translation>1 error</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 errores</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 aviso</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 avisos</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>Values up to %1, the year before the term; the values of the term's years are in the follow-up report.</source>
            <translation>Valores hasta %1, el año anterior al cuatrienio; los valores de los años del cuatrienio están en el informe de seguimiento.</translation>
        </message>
        <message>
            <source>Strategic line %1</source>
            <translation>Línea estratégica %1</translation>
        </message>
        <message>
            <source>NP: goal not programmed for the year.</source>
            <translation>NP: meta no programada en el año.</translation>
        </message>
    </context>
    <context>
        <name>SafeWrite</name>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the file is larger than the system allows here</source>
            <translation>el archivo supera el tamaño que el sistema permite aquí</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>se agotó la cuota de disco</translation>
        </message>
        <message>
            <source>the disk reported a read/write error</source>
            <translation>el disco informó un error de lectura o escritura</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>there is no permission to write there</source>
            <translation>no hay permiso para escribir allí</translation>
        </message>
        <message>
            <source>the system did not say why</source>
            <translation>el sistema no dio la causa</translation>
        </message>
        <message>
            <source>system error %1 (%2)</source>
            <translation>error del sistema %1 (%2)</translation>
        </message>
        <message>
            <source>The previous file was not changed.</source>
            <translation>El archivo anterior no se modificó.</translation>
        </message>
        <message>
            <source>No file was created.</source>
            <translation>No se creó ningún archivo.</translation>
        </message>
        <message>
            <source> Needed: %1; free: %2; missing: %3.</source>
            <translation> Se necesitaban %1; había libres %2; faltaron %3.</translation>
        </message>
        <message>
            <source> Needed: %1; free: %2.</source>
            <translation> Se necesitaban %1; había libres %2.</translation>
        </message>
        <message>
            <source>«%1» could not be written: %2; %3 of %4 reached the disk.%5 %6</source>
            <translation>No se pudo escribir «%1»: %2; llegaron al disco %3 de %4.%5 %6</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a file.</source>
            <translation>«%1» es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>«%1» could not be created: %2. %3</source>
            <translation>No se pudo crear «%1»: %2. %3</translation>
        </message>
        <message>
            <source>«%1» could not be written: %2. %3</source>
            <translation>No se pudo escribir «%1»: %2. %3</translation>
        </message>
        <message>
            <source>«%1» was written but holds %2 instead of %3: another program may have changed it.</source>
            <translation>«%1» se escribió pero tiene %2 en lugar de %3: quizá otro programa lo cambió.</translation>
        </message>
        <message>
            <source> Free: %1.</source>
            <translation> Libre: %1.</translation>
        </message>
        <message>
            <source>«%1» could not be written: %2; %3 had reached the disk when it stopped.%4 %5</source>
            <translation>«%1» no se pudo escribir: %2; habían llegado al disco %3 cuando se detuvo.%4 %5</translation>
        </message>
        <message>
            <source>the folder is not on a disk that can hold files (a system folder)</source>
            <translation>la carpeta no está en un disco que pueda guardar archivos (es una carpeta del sistema)</translation>
        </message>
    </context>
    <context>
        <name>SeguimientoReport</name>
        <message>
            <source>no information</source>
            <translation>sin información</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Eficacia scale (EDI): %1.</source>
            <translation>Escala de eficacia (EDI): %1.</translation>
        </message>
        <message>
            <source>Follow-up report of the development plan</source>
            <translation>Informe de seguimiento del Plan de Desarrollo</translation>
        </message>
        <message>
            <source>Year %1 · %2 (%3), %4–%5</source>
            <translation>Vigencia %1 · %2 (%3), %4–%5</translation>
        </message>
        <message>
            <source>Four-year progress at 31 December %1: %2 (expected if progress were proportional to time: %3).</source>
            <translation>Avance del cuatrienio a 31 de diciembre de %1: %2 (esperado si el avance fuera proporcional al tiempo: %3).</translation>
        </message>
        <message>
            <source>Goals programmed in %1: %2; with a report: %3; without a report: %4 (information integrity: %5).</source>
            <translation>Metas programadas en %1: %2; con reporte: %3; sin reporte: %4 (integridad de la información: %5).</translation>
        </message>
        <message>
            <source>Flags: %1 with money spent and no progress; %2 with progress and no money committed; %3 without a report.</source>
            <translation>Alertas: %1 con recursos ejecutados sin avance; %2 con avance sin recursos comprometidos; %3 sin reporte.</translation>
        </message>
        <message>
            <source>Four-year progress at the end of %1 by strategic line</source>
            <translation>Avance del cuatrienio al cierre de %1 por línea estratégica</translation>
        </message>
        <message>
            <source>Expected: %1</source>
            <translation>Esperado: %1</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Achieved %1</source>
            <translation>Logro %1</translation>
        </message>
        <message>
            <source>Eficacia %1 (%)</source>
            <translation>Eficacia %1 (%)</translation>
        </message>
        <message>
            <source>Over-achievement (%)</source>
            <translation>Sobrecumplimiento (%)</translation>
        </message>
        <message>
            <source>Four-year progress (%)</source>
            <translation>Avance cuatrienio (%)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Commitments %1</source>
            <translation>Compromisos %1</translation>
        </message>
        <message>
            <source>Commitments / appropriation (%)</source>
            <translation>Compromisos / apropiación (%)</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Sin reporte</translation>
        </message>
        <message>
            <source>Not programmed</source>
            <translation>No programada</translation>
        </message>
        <message>
            <source>Result (wellbeing) indicators</source>
            <translation>Indicadores de bienestar</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Result indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Desired direction</source>
            <translation>Sentido esperado</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Año línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source>Value %1</source>
            <translation>Valor %1</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Avance (%)</translation>
        </message>
        <message>
            <source>Product goals</source>
            <translation>Metas de producto</translation>
        </message>
        <message>
            <source>Eficacia of the goals %1 (%)</source>
            <translation>Eficacia de las metas %1 (%)</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Sin dato</translation>
        </message>
        <message>
            <source> (moving the wrong way)</source>
            <translation> (va en sentido contrario)</translation>
        </message>
        <message>
            <source>Every goal of the line (%1)</source>
            <translation>Todas las metas de la línea (%1)</translation>
        </message>
        <message>
            <source>Goals weighted by their share of the plan (the weights of line, program and goal multiplied).</source>
            <translation>Metas ponderadas por su participación en el plan (producto de las ponderaciones de línea, programa y meta).</translation>
        </message>
        <message>
            <source>Goals programmed %1</source>
            <translation>Metas programadas %1</translation>
        </message>
        <message>
            <source>Without a report</source>
            <translation>Sin reporte</translation>
        </message>
        <message>
            <source>Eficacia by responsible office</source>
            <translation>Eficacia por dependencia</translation>
        </message>
        <message>
            <source>Eficacia by sector</source>
            <translation>Eficacia por sector</translation>
        </message>
        <message>
            <source>Flags of %1</source>
            <translation>Alertas de %1</translation>
        </message>
        <message>
            <source>Money spent, no progress: commitments or obligations of the product in the year and nothing achieved. Progress, no money: something achieved and no commitments. No report: a goal programmed for the year with no value reported.</source>
            <translation>Recursos ejecutados sin avance: el producto tiene compromisos u obligaciones en el año y no se logró nada. Avance sin recursos: hubo logro y no hay compromisos. Sin reporte: una meta programada para el año sin valor reportado.</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Obligations %1</source>
            <translation>Obligaciones %1</translation>
        </message>
        <message>
            <source>No flags this year.</source>
            <translation>Sin alertas en el año.</translation>
        </message>
        <message>
            <source>Follow-up %1</source>
            <translation>Seguimiento %1</translation>
        </message>
        <message>
            <source>Values of the term against the baseline and the four-year target; progress = (value − baseline) / (target − baseline), in the desired direction, with the latest value reported up to the year of the report. The product goals are those linked to the indicator in the strategic plan, or every goal of its line when none is.</source>
            <translation>Valores del cuatrienio frente a la línea base y la meta del cuatrienio; avance = (valor − línea base) / (meta − línea base), en el sentido esperado, con el último valor reportado hasta el año del informe. Las metas de producto son las asociadas al indicador en la parte estratégica o, si no hay ninguna, todas las metas de su línea.</translation>
        </message>
        <message>
            <source>The plan has no prioritised wellbeing indicators.</source>
            <translation>El plan no tiene indicadores de bienestar priorizados.</translation>
        </message>
        <message>
            <source>Strategic line: %1</source>
            <translation>Línea estratégica: %1</translation>
        </message>
        <message>
            <source>Eficacia of the plan in %1: %2 — %3. Method: %4: each goal's four-year progress up to %1, at most 100 %, averaged over the goals; a goal with nothing reported yet counts 0 %.</source>
            <translation>Eficacia del plan en %1: %2 — %3. Método: %4: el avance del cuatrienio de cada meta hasta %1, como máximo 100 %, promediado entre las metas; una meta sin nada reportado aún cuenta 0 %.</translation>
        </message>
        <message>
            <source>Eficacia of the plan in %1: %2 — %3. Method: %4; goals without a target in %1 (NP) are left out, not counted as zero.</source>
            <translation>Eficacia del plan en %1: %2 — %3. Método: %4; las metas sin meta programada en %1 (NP) se excluyen, no cuentan como cero.</translation>
        </message>
        <message>
            <source>Eficacia %1 by strategic line (%2)</source>
            <translation>Eficacia %1 por línea estratégica (%2)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The settings file «%1» is damaged (%2): the defaults are used and it is replaced on the next change.</source>
            <translation>El archivo de configuración «%1» está dañado (%2): se usan los valores predeterminados y se reemplaza con el próximo cambio.</translation>
        </message>
        <message>
            <source>it is not an object</source>
            <translation>no es un objeto</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The weights of %1 add up to %2 % and must add up to 100 %.</source>
            <translation>Las ponderaciones de %1 suman %2 % y deben sumar 100 %.</translation>
        </message>
        <message>
            <source>The funding source «%1» is not in the list of funding sources.</source>
            <translation>La fuente de financiación «%1» no está en la lista de fuentes de financiación.</translation>
        </message>
        <message>
            <source>The line has no associated sectors.</source>
            <translation>La línea no tiene sectores asociados.</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>the strategic lines in the plan</source>
            <translation>las líneas estratégicas del plan</translation>
        </message>
        <message>
            <source>Financial diagnosis › Source %1 › %2</source>
            <translation>Diagnóstico financiero › Fuente %1 › %2</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>línea base</translation>
        </message>
        <message>
            <source>baseline year</source>
            <translation>año de la línea base</translation>
        </message>
        <message>
            <source>The prioritised wellbeing target lacks: %1.</source>
            <translation>A la meta de bienestar priorizada le falta: %1.</translation>
        </message>
        <message>
            <source>the programs in this line</source>
            <translation>los programas de esta línea</translation>
        </message>
        <message>
            <source>The program code «%1» must have 4 digits: the 2 of its sector and 2 more.</source>
            <translation>El código de programa «%1» debe tener 4 dígitos: los 2 de su sector y 2 más.</translation>
        </message>
        <message>
            <source>The program belongs to sector %1, which is not among the sectors of its line (%2).</source>
            <translation>El programa pertenece al sector %1, que no está entre los sectores de su línea (%2).</translation>
        </message>
        <message>
            <source>The product code «%1» must have 7 digits: the 4 of its program (%2) and 3 more.</source>
            <translation>El código de producto «%1» debe tener 7 dígitos: los 4 de su programa (%2) y 3 más.</translation>
        </message>
        <message>
            <source>The product has no product indicator.</source>
            <translation>El producto no tiene indicador de producto.</translation>
        </message>
        <message>
            <source>The indicator code «%1» must have 9 digits: the 7 of its product (%2) and 2 more.</source>
            <translation>El código de indicador «%1» debe tener 9 dígitos: los 7 de su producto (%2) y 2 más.</translation>
        </message>
        <message>
            <source>The indicator %1 is not in the loaded MGA catalog; correct the code or mark it as the entity's own.</source>
            <translation>El indicador %1 no está en el catálogo MGA cargado; corrija el código o márquelo como propio de la entidad.</translation>
        </message>
        <message>
            <source>The product cost (%1) differs from its investment plan total (%2) by %3.</source>
            <translation>El costo del producto (%1) es diferente del total de su plan de inversiones (%2) por %3.</translation>
        </message>
        <message>
            <source>Investment %1, source %2</source>
            <translation>Inversión %1, fuente %2</translation>
        </message>
        <message>
            <source>The year %1 is outside the government term %2–%3.</source>
            <translation>El año %1 está fuera del periodo de gobierno %2–%3.</translation>
        </message>
        <message>
            <source>Multi-year investment plan</source>
            <translation>Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>There is no financial projection, so the investment plan cannot be checked against the expected revenue.</source>
            <translation>No hay proyección financiera, así que el plan de inversiones no se puede verificar contra los ingresos esperados.</translation>
        </message>
        <message>
            <source>Multi-year investment plan › Source %1 › %2</source>
            <translation>Plan plurianual de inversiones › Fuente %1 › %2</translation>
        </message>
        <message>
            <source>The investment plan assigns %1 from this source in %2, above its financial projection (%3) by %4.</source>
            <translation>El plan de inversiones asigna %1 de esta fuente en %2, por encima de su proyección financiera (%3) en %4.</translation>
        </message>
        <message>
            <source>the indicators in this program</source>
            <translation>los indicadores de este programa</translation>
        </message>
        <message>
            <source>Execution %1, source %2</source>
            <translation>Ejecución %1, fuente %2</translation>
        </message>
        <message>
            <source>Annual targets for years outside the government term %1–%2: %3.</source>
            <translation>Metas anuales para años fuera del periodo de gobierno %1–%2: %3.</translation>
        </message>
        <message>
            <source>The indicator has no responsible office.</source>
            <translation>El indicador no tiene dependencia responsable.</translation>
        </message>
        <message>
            <source>%1: negative value (%2); amounts of money cannot be negative.</source>
            <translation>%1: valor negativo (%2); los valores en dinero no pueden ser negativos.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Product cost</source>
            <translation>Costo del producto</translation>
        </message>
        <message>
            <source>Final appropriation</source>
            <translation>Apropiación definitiva</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Obligaciones</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <source>The field «%1» holds «%2», which is not one of its codes (%3); it is read as «%4» until it is corrected. The file may be damaged: check it against a backup copy.</source>
            <translation>El campo «%1» tiene «%2», que no es uno de sus códigos (%3); se lee como «%4» hasta que se corrija. El archivo puede estar dañado: compárelo con una copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>XlsxExporter</name>
        <message>
            <source>DEMONSTRATION PLAN: invented data, not an official document.</source>
            <translation>PLAN DE DEMOSTRACIÓN: datos inventados, no es un documento oficial.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN</source>
            <translation>PLAN DE DEMOSTRACIÓN</translation>
        </message>
    </context>
    <context>
        <name>XlsxWriter</name>
        <message>
            <source>Could not build the workbook (zip error %1).</source>
            <translation>No se pudo armar el libro (error zip %1).</translation>
        </message>
        <message>
            <source>Could not write the workbook: %1</source>
            <translation>No se pudo escribir el libro: %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Planea: territorial development plans.</source>
            <translation>Planea: planes de desarrollo territorial.</translation>
        </message>
        <message>
            <source>Create the demonstration plan and open it.</source>
            <translation>Crea el plan de demostración y lo abre.</translation>
        </message>
        <message>
            <source>User data folder (demo plan, catalogs).</source>
            <translation>Carpeta de datos del usuario (plan de demostración, catálogos).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>CARPETA</translation>
        </message>
        <message>
            <source>Save a PNG of every module page into DIR (of PLAN, or the demo) and exit.</source>
            <translation>Guarda una imagen PNG de cada página de módulo en CARPETA (del PLAN, o del plan de demostración) y termina.</translation>
        </message>
        <message>
            <source>Plan file to open.</source>
            <translation>Archivo del plan que se abrirá.</translation>
        </message>
        <message>
            <source>Open PLAN, print start-up time, memory and page timings as JSON, and exit.</source>
            <translation>Abre PLAN, imprime en JSON el tiempo de inicio, la memoria y el tiempo de cada página, y sale.</translation>
        </message>
    </context>
    <context>
        <name>planea::CatalogKind</name>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Budget program</source>
            <translation>Programa presupuestal</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Wellbeing indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>National Development Plan</source>
            <translation>Plan Nacional de Desarrollo</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
    </context>
    <context>
        <name>planea::CatalogLoader</name>
        <message>
            <source>Unknown DIVIPOLA entity type «%1» for %2.</source>
            <translation>Tipo de entidad DIVIPOLA desconocido «%1» para %2.</translation>
        </message>
        <message>
            <source>Unknown desired direction «%1» for «%2».</source>
            <translation>Sentido deseado desconocido «%1» para «%2».</translation>
        </message>
    </context>
    <context>
        <name>planea::CatalogMover</name>
        <message>
            <source>There is no catalog version «%1». The versions available are: %2.</source>
            <translation>No hay una versión del catálogo «%1». Las versiones disponibles son: %2.</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>renombrado</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>desactivado</translation>
        </message>
    </context>
    <context>
        <name>planea::CatalogSearchIndex</name>
        <message>
            <source>Could not build the catalog search index (%1): %2</source>
            <translation>No se pudo construir el índice de búsqueda del catálogo (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>planea::ChangeValueCommand</name>
        <message>
            <source>Edit value</source>
            <translation>Editar valor</translation>
        </message>
    </context>
    <context>
        <name>planea::CsvReader</name>
        <message>
            <source>«%1» is not a text (CSV) file: it contains binary data (line %2).</source>
            <translation>«%1» no es un archivo de texto (CSV): contiene datos binarios (línea %2).</translation>
        </message>
        <message>
            <source>«%1», line %2: the text is not valid UTF-8. Save the file as "CSV UTF-8" and import it again.</source>
            <translation>«%1», línea %2: el texto no está en UTF-8. Guarde el archivo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>«%1», line %2: unexpected text after a closing quote. A quote inside a quoted field must be doubled ("").</source>
            <translation>«%1», línea %2: hay texto inesperado después de una comilla de cierre. Una comilla dentro de un campo entre comillas debe ir doble ("").</translation>
        </message>
        <message>
            <source>«%1», line %2: a quoted field is never closed (missing closing quote).</source>
            <translation>«%1», línea %2: un campo entre comillas nunca se cierra (falta la comilla de cierre).</translation>
        </message>
        <message>
            <source>«%1» is empty: it has no header row.</source>
            <translation>«%1» está vacío: no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>Could not read «%1»: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
        <message>
            <source>«%1», line %2: %3 fields expected (as in the header), %4 found.</source>
            <translation>«%1», línea %2: se esperaban %3 campos (como en el encabezado) y hay %4.</translation>
        </message>
    </context>
    <context>
        <name>planea::DiagnosisComparisons</name>
        <message>
            <source>single value</source>
            <translation>un solo dato</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <source>stable</source>
            <translation>estable</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>sube</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>baja</translation>
        </message>
        <message>
            <source>(improving)</source>
            <translation>(mejora)</translation>
        </message>
        <message>
            <source>(worsening)</source>
            <translation>(empeora)</translation>
        </message>
    </context>
    <context>
        <name>planea::GovernmentProgram</name>
        <message>
            <source>«%1» is protected with a password or is an old Word document (.doc): open it in Word and save it as .docx without a password, or paste its text.</source>
            <translation>«%1» está protegido con contraseña o es un documento de Word antiguo (.doc): ábralo en Word y guárdelo como .docx sin contraseña, o pegue su texto.</translation>
        </message>
        <message>
            <source>«%1» is not a Word document (.docx): it is not a zip file or it is damaged.</source>
            <translation>«%1» no es un documento de Word (.docx): no es un archivo zip o está dañado.</translation>
        </message>
        <message>
            <source>«%1» is not a Word document (.docx): it has no word/document.xml part.</source>
            <translation>«%1» no es un documento de Word (.docx): no tiene la parte word/document.xml.</translation>
        </message>
        <message>
            <source>«%1»: the document's text inflates to more than %2 MB; it is refused.</source>
            <translation>«%1»: el texto del documento ocupa más de %2 MB al descomprimirlo; se rechaza.</translation>
        </message>
        <message>
            <source>«%1» cannot be opened (the file is damaged or protected with a password).</source>
            <translation>«%1» no se puede abrir (el archivo está dañado o protegido con contraseña).</translation>
        </message>
        <message>
            <source>«%1» is damaged: its text cannot be read.</source>
            <translation>«%1» está dañado: no se puede leer su texto.</translation>
        </message>
        <message>
            <source>«%1», line %2 of word/document.xml: the XML is malformed (%3).</source>
            <translation>«%1», línea %2 de word/document.xml: el XML está mal formado (%3).</translation>
        </message>
        <message>
            <source>«%1» cannot be read: choose a plain text (.txt) or Word (.docx) file, or paste the text.</source>
            <translation>«%1» no se puede leer: elija un archivo de texto plano (.txt) o de Word (.docx), o pegue el texto.</translation>
        </message>
        <message>
            <source>«%1» cannot be opened: %2</source>
            <translation>«%1» no se puede abrir: %2</translation>
        </message>
        <message>
            <source>«%1» is larger than %2 MB; a government program is much smaller. Check the file.</source>
            <translation>«%1» pesa más de %2 MB; un programa de gobierno es mucho más pequeño. Revise el archivo.</translation>
        </message>
        <message>
            <source>«%1» is not a plain text file.</source>
            <translation>«%1» no es un archivo de texto plano.</translation>
        </message>
    </context>
    <context>
        <name>planea::MgaCatalogImport</name>
        <message>
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <source>program</source>
            <translation>programa</translation>
        </message>
        <message>
            <source>product</source>
            <translation>producto</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicador</translation>
        </message>
        <message>
            <source>«%1», row %2, column «%3»: %4</source>
            <translation>«%1», fila %2, columna «%3»: %4</translation>
        </message>
        <message>
            <source>the value is missing.</source>
            <translation>falta el valor.</translation>
        </message>
        <message>
            <source>«%1» is not a code: it must have digits only.</source>
            <translation>«%1» no es un código: debe tener solo dígitos.</translation>
        </message>
        <message>
            <source>«%1» is not a %2-digit %3 code.</source>
            <translation>«%1» no es un código de %3 de %2 dígitos.</translation>
        </message>
        <message>
            <source>«%1» does not belong to %2 %3: its first %4 digits must be %3.</source>
            <translation>«%1» no pertenece al %2 %3: sus primeros %4 dígitos deben ser %3.</translation>
        </message>
        <message>
            <source>the value is missing: write «Sí» or «No».</source>
            <translation>falta el valor: escriba «Sí» o «No».</translation>
        </message>
        <message>
            <source>«%1» is not a valid answer: write «Sí» or «No».</source>
            <translation>«%1» no es un valor válido: escriba «Sí» o «No».</translation>
        </message>
        <message>
            <source>«%1» is empty: it has no header row.</source>
            <translation>«%1» está vacío: no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>«%1» is not an MGA catalog: the header (line %2) lacks the column(s) %3.</source>
            <translation>«%1» no es un catálogo MGA: al encabezado (línea %2) le falta(n) la(s) columna(s) %3.</translation>
        </message>
        <message>
            <source>«%1» has a header but no catalog rows.</source>
            <translation>«%1» tiene encabezado pero ninguna fila del catálogo.</translation>
        </message>
        <message>
            <source>«%1», row %2: %3 fields expected (as in the header), %4 found.</source>
            <translation>«%1», fila %2: se esperaban %3 campos (como en el encabezado) y hay %4.</translation>
        </message>
        <message>
            <source>indicator «%1» is repeated (it is already on row %2).</source>
            <translation>el indicador «%1» está repetido (ya aparece en la fila %2).</translation>
        </message>
    </context>
    <context>
        <name>planea::MgaCatalogXlsx</name>
        <message>
            <source>«%1» has no sheet «%2». Its sheets: %3.</source>
            <translation>«%1» no tiene la hoja «%2». Sus hojas son: %3.</translation>
        </message>
        <message>
            <source>%1, sheet %2</source>
            <translation>%1, hoja %2</translation>
        </message>
        <message>
            <source>«%1» is not an MGA catalog: no sheet has the catalog's columns (sector, programa, producto, producto activo, código del indicador, indicador de producto, unidad de medida del indicador, indicador principal, indicador activo) in its first %2 rows.</source>
            <translation>«%1» no es un catálogo MGA: ninguna hoja tiene las columnas del catálogo (sector, programa, producto, producto activo, código del indicador, indicador de producto, unidad de medida del indicador, indicador principal, indicador activo) en sus primeras %2 filas.</translation>
        </message>
        <message>
            <source>«%1» cannot be opened: %2</source>
            <translation>«%1» no se puede abrir: %2</translation>
        </message>
        <message>
            <source>--sheet only applies to .xlsx workbooks.</source>
            <translation>--sheet solo se usa con libros .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>planea::MgaVersionStore</name>
        <message>
            <source>Could not read «%1»: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
        <message>
            <source>The list of imported catalogs «%1» is damaged (%2). Import the catalog again.</source>
            <translation>La lista de catálogos importados «%1» está dañada (%2). Importe de nuevo el catálogo.</translation>
        </message>
        <message>
            <source>The list of imported catalogs «%1» is damaged. Import the catalog again.</source>
            <translation>La lista de catálogos importados «%1» está dañada. Importe de nuevo el catálogo.</translation>
        </message>
        <message>
            <source>The imported catalog «%1» is damaged. Import the catalog again.</source>
            <translation>El catálogo importado «%1» está dañado. Impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Could not create the folder «%1».</source>
            <translation>No se pudo crear la carpeta «%1».</translation>
        </message>
    </context>
    <context>
        <name>planea::NewMunicipalPlans</name>
        <message>
            <source>The DANE code «%1» is not a municipality of DIVIPOLA (5 digits, e.g. 63111 for Buenavista, Quindío).</source>
            <translation>El código DANE «%1» no es un municipio de la DIVIPOLA (5 dígitos, por ejemplo 63111 para Buenavista, Quindío).</translation>
        </message>
        <message>
            <source>%1 is not the first year of a government period: periods start in 2024, 2028, 2032… (every four years since 2004).</source>
            <translation>%1 no es el primer año de un periodo de gobierno: los periodos empiezan en 2024, 2028, 2032… (cada cuatro años desde 2004).</translation>
        </message>
        <message>
            <source>«%1» already exists: Planea does not replace a plan. Choose another name.</source>
            <translation>«%1» ya existe: Planea no reemplaza un plan. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Development plan of %1 %2–%3</source>
            <translation>Plan de desarrollo de %1 %2–%3</translation>
        </message>
    </context>
    <context>
        <name>planea::OfficialDiagnosis</name>
        <message>
            <source>The file «%1» cannot be decompressed.</source>
            <translation>El archivo «%1» no se puede descomprimir.</translation>
        </message>
        <message>
            <source>The file «%1» is damaged (decompression failed).</source>
            <translation>El archivo «%1» está dañado (falló la descompresión).</translation>
        </message>
        <message>
            <source>%1: the indicator list has no column «%2».</source>
            <translation>%1: la lista de indicadores no tiene la columna «%2».</translation>
        </message>
        <message>
            <source>The official diagnosis figures shipped with Planea are missing.</source>
            <translation>Faltan las cifras oficiales del diagnóstico que trae Planea.</translation>
        </message>
        <message>
            <source>%1: the first line must be «codigo_dane,codigo_indicador,anio,valor».</source>
            <translation>%1: la primera línea debe ser «codigo_dane,codigo_indicador,anio,valor».</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, línea %2: %3</translation>
        </message>
        <message>
            <source>4 fields expected, %1 found.</source>
            <translation>se esperaban 4 campos y hay %1.</translation>
        </message>
        <message>
            <source>«%1» is not a 5-digit DANE code.</source>
            <translation>«%1» no es un código DANE de 5 dígitos.</translation>
        </message>
        <message>
            <source>unknown indicator «%1».</source>
            <translation>indicador desconocido «%1».</translation>
        </message>
        <message>
            <source>«%1» is not a year.</source>
            <translation>«%1» no es un año.</translation>
        </message>
        <message>
            <source>«%1» is not a number.</source>
            <translation>«%1» no es un número.</translation>
        </message>
        <message>
            <source>a second value for %1, %2, %3.</source>
            <translation>un segundo valor para %1, %2, %3.</translation>
        </message>
        <message>
            <source>«%1» is not a municipality's DANE code: it has 5 digits, e.g. 63111.</source>
            <translation>«%1» no es el código DANE de un municipio: tiene 5 dígitos, por ejemplo 63111.</translation>
        </message>
        <message>
            <source>There are no official figures for the DANE code %1.</source>
            <translation>No hay cifras oficiales para el código DANE %1.</translation>
        </message>
    </context>
    <context>
        <name>planea::PlanDocument</name>
        <message>
            <source>%1 Use “Plan › Modify the plan (amendment)…” to record it.</source>
            <translation>%1 Use «Plan › Modificar el plan (enmienda)…» para registrarlo.</translation>
        </message>
        <message>
            <source>Only a program, a product or a goal can be removed here.</source>
            <translation>Aquí solo se puede quitar un programa, un producto o una meta.</translation>
        </message>
        <message>
            <source>The plan is open read-only; nothing can be removed.</source>
            <translation>El plan está abierto solo para lectura; no se puede quitar nada.</translation>
        </message>
        <message>
            <source>The item to remove is no longer in the plan.</source>
            <translation>El elemento que quiere quitar ya no está en el plan.</translation>
        </message>
        <message>
            <source>The goal “%1” already has progress reported in the follow-up; it cannot be removed. Set its remaining targets to “not programmed” instead.</source>
            <translation>La meta «%1» ya tiene avances reportados en el seguimiento; no se puede quitar. Marque sus metas restantes como «no programado».</translation>
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation>Quitar «%1»</translation>
        </message>
        <message>
            <source>The plan is open read-only: it cannot change its catalog version.</source>
            <translation>El plan está abierto solo para lectura: no puede cambiar su versión del catálogo.</translation>
        </message>
        <message>
            <source>Move to catalog version %1</source>
            <translation>Pasar a la versión %1 del catálogo</translation>
        </message>
        <message>
            <source>The plan is open read-only: no progress was imported.</source>
            <translation>El plan está abierto solo para lectura: no se importó ningún avance.</translation>
        </message>
    </context>
    <context>
        <name>planea::PlanStore</name>
        <message>
            <source>read the plan</source>
            <translation>leer el plan</translation>
        </message>
        <message>
            <source>The plan file has no plan record.</source>
            <translation>El archivo no contiene el registro del plan.</translation>
        </message>
        <message>
            <source>The plan «%1» is open in another Planea window or another program. Close it there first, or open a copy of the file.</source>
            <translation>El plan «%1» está abierto en otra ventana de Planea o en otro programa. Ciérrelo allí primero, o abra una copia del archivo.</translation>
        </message>
        <message>
            <source>The plan «%1» is damaged and cannot be read (%2). Restore a backup copy.</source>
            <translation>El plan «%1» está dañado y no se puede leer (%2). Restaure una copia de respaldo.</translation>
        </message>
        <message>
            <source>The disk is full: the change to «%1» was not saved. Free some space and try again.</source>
            <translation>El disco está lleno: el cambio en «%1» no se guardó. Libere espacio e intente de nuevo.</translation>
        </message>
        <message>
            <source>run a storage operation</source>
            <translation>realizar una operación de almacenamiento</translation>
        </message>
        <message>
            <source>save the change</source>
            <translation>guardar el cambio</translation>
        </message>
        <message>
            <source>SQLite refused to enforce foreign keys.</source>
            <translation>SQLite no aceptó activar las llaves foráneas.</translation>
        </message>
        <message>
            <source>SQLite refused the rollback journal mode.</source>
            <translation>SQLite no aceptó el modo de diario de reversión.</translation>
        </message>
        <message>
            <source>«%1» is an empty database: it holds no plan.</source>
            <translation>«%1» es una base de datos vacía: no contiene ningún plan.</translation>
        </message>
        <message>
            <source>«%1» is a SQLite database, but not a Planea plan.</source>
            <translation>«%1» es una base de datos SQLite, pero no un plan de Planea.</translation>
        </message>
        <message>
            <source>The plan «%1» was saved by a newer version of Planea (file format %2; this version reads up to %3). Update Planea to open it; the file was not changed.</source>
            <translation>El plan «%1» fue guardado por una versión más reciente de Planea (formato de archivo %2; esta versión lee hasta el %3). Actualice Planea para abrirlo; el archivo no se modificó.</translation>
        </message>
        <message>
            <source>The plan «%1» has no valid format version; it may be damaged.</source>
            <translation>El plan «%1» no tiene una versión de formato válida; puede estar dañado.</translation>
        </message>
        <message>
            <source>The file «%1» does not exist.</source>
            <translation>El archivo «%1» no existe.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a plan file.</source>
            <translation>«%1» es una carpeta, no un archivo de plan.</translation>
        </message>
        <message>
            <source>The file «%1» is empty (0 bytes): it holds no plan.</source>
            <translation>El archivo «%1» está vacío (0 bytes): no contiene ningún plan.</translation>
        </message>
        <message>
            <source>Cannot read «%1»: %2</source>
            <translation>No se puede leer «%1»: %2</translation>
        </message>
        <message>
            <source>«%1» is not a Planea plan (it is not a SQLite database).</source>
            <translation>«%1» no es un plan de Planea (no es una base de datos SQLite).</translation>
        </message>
        <message>
            <source>The plan «%1» is truncated (only %2 bytes).</source>
            <translation>El plan «%1» está incompleto (cortado): solo tiene %2 bytes. Probablemente está dañado; restaure una copia de respaldo.</translation>
        </message>
        <message>
            <source>«%1» or its folder cannot be written to: the plan is open read-only. Save a copy elsewhere to edit it.</source>
            <translation>No se puede escribir en «%1» o en su carpeta: el plan se abrió en modo de solo lectura. Guarde una copia en otro lugar para editarlo.</translation>
        </message>
        <message>
            <source>The plan «%1» is damaged: %2. Restore a backup copy.</source>
            <translation>El plan «%1» está dañado: %2. Restaure una copia de respaldo.</translation>
        </message>
        <message>
            <source>The plan «%1» was made by an older Planea; it is shown without its change history and will be updated when it is opened with permission to write.</source>
            <translation>El plan «%1» fue hecho con una versión anterior de Planea; se muestra sin su historial de cambios y se actualizará cuando se abra con permiso de escritura.</translation>
        </message>
        <message>
            <source>The file «%1» already exists.</source>
            <translation>El archivo «%1» ya existe.</translation>
        </message>
        <message>
            <source>The schema of version %1 is missing from this build.</source>
            <translation>Falta el esquema de la versión %1 en esta compilación de Planea.</translation>
        </message>
        <message>
            <source>No migration from file format %1.</source>
            <translation>No hay migración desde el formato de archivo %1.</translation>
        </message>
        <message>
            <source>The plan «%1» is open read-only; nothing was changed.</source>
            <translation>El plan «%1» está abierto en modo de solo lectura; no se cambió nada.</translation>
        </message>
        <message>
            <source>Unknown column %1 in table %2.</source>
            <translation>Columna desconocida %1 en la tabla %2.</translation>
        </message>
        <message>
            <source>The item no longer exists (%1 %2).</source>
            <translation>El elemento ya no existe (%1 %2).</translation>
        </message>
        <message>
            <source>storage: %1</source>
            <translation>almacenamiento: %1</translation>
        </message>
        <message>
            <source>row %1 of table %2 refers to a missing row of table %3</source>
            <translation>la fila %1 de la tabla %2 hace referencia a una fila inexistente de la tabla %3</translation>
        </message>
        <message>
            <source>copy the plan</source>
            <translation>copiar el plan</translation>
        </message>
        <message>
            <source>The file «%1» already exists; nothing was written.</source>
            <translation>El archivo «%1» ya existe; no se escribió nada.</translation>
        </message>
        <message>
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>Could not write «%1»: %2</source>
            <translation>No fue posible escribir «%1»: %2</translation>
        </message>
        <message>
            <source>The plan «%1» holds a save that was cut off, and no private copy could be made to undo it (is the disk full?); the file was not changed.</source>
            <translation>El plan «%1» tiene un guardado que quedó a medias y no se pudo hacer una copia privada para deshacerlo (¿está lleno el disco?); el archivo no se modificó.</translation>
        </message>
        <message>
            <source>The plan «%1» holds a save that was cut off and SQLite could not undo it; the file was not changed. Restore a backup copy.</source>
            <translation>El plan «%1» tiene un guardado que quedó a medias y SQLite no pudo deshacerlo; el archivo no se modificó. Restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>A save that was cut off in «%1» (Planea or the computer stopped during a change) was undone: the plan is as it was after its last saved change.</source>
            <translation>Se deshizo un guardado que quedó a medias en «%1» (Planea o el equipo se detuvo durante un cambio): el plan quedó como estaba tras su último cambio guardado.</translation>
        </message>
        <message>
            <source>«%1» holds a save that was cut off (Planea or the computer stopped during a change) and cannot be written here: Planea undid it on a private copy and shows the plan as it was after its last saved change; the file itself was not changed.</source>
            <translation>«%1» tiene un guardado que quedó a medias (Planea o el equipo se detuvo durante un cambio) y aquí no se puede escribir: Planea lo deshizo en una copia privada y muestra el plan como estaba tras su último cambio guardado; el archivo mismo no se modificó.</translation>
        </message>
        <message>
            <source>Beside «%1» there was a file «%2» that Planea does not use (Planea does not work in WAL mode); it was moved aside as «%3» without applying it.</source>
            <translation>Junto a «%1» había un archivo «%2» que Planea no usa (Planea no trabaja en modo WAL); se apartó como «%3» sin aplicarlo.</translation>
        </message>
        <message>
            <source>Beside «%1» there is a file «%2» that Planea does not use (Planea does not work in WAL mode) and that cannot be moved aside here: the plan is read without it, from a private copy; nothing was changed.</source>
            <translation>Junto a «%1» hay un archivo «%2» que Planea no usa (Planea no trabaja en modo WAL) y que aquí no se puede apartar: el plan se lee sin él, desde una copia privada; no se cambió nada.</translation>
        </message>
        <message>
            <source>No private copy of the plan «%1» could be made (is the disk full?); the file was not changed.</source>
            <translation>No se pudo hacer una copia privada del plan «%1» (¿está lleno el disco?); el archivo no se modificó.</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: the file does not have the structure Planea expects; it is damaged or was changed by another program. Restore a backup copy. (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: el archivo no tiene la estructura que Planea espera; está dañado o lo cambió otro programa. Restaure una copia de seguridad. (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: the file or its folder cannot be written to. (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: no se puede escribir en el archivo o en su carpeta. (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: the disk reported a read or write error (it may be full, removed or failing). (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: el disco informó un error de lectura o escritura (puede estar lleno, desconectado o fallando). (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: the file cannot be opened (a missing folder, no permission or too many open files). (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: el archivo no se puede abrir (una carpeta que no existe, falta de permiso o demasiados archivos abiertos). (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: the change breaks a rule of the plan's file; nothing was saved. Please report it. (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: el cambio rompe una regla del archivo del plan; no se guardó nada. Por favor repórtelo. (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not %1 in «%2»: an unexpected storage error; nothing was saved. Please report it. (SQLite: %3)</source>
            <translation>No fue posible %1 en «%2»: un error inesperado de almacenamiento; no se guardó nada. Por favor repórtelo. (SQLite: %3)</translation>
        </message>
        <message>
            <source>Could not open «%1»: the file cannot be opened (a missing folder, no permission or too many open files). (SQLite: %2)</source>
            <translation>No fue posible abrir «%1»: el archivo no se puede abrir (una carpeta que no existe, falta de permiso o demasiados archivos abiertos). (SQLite: %2)</translation>
        </message>
        <message>
            <source>The plan «%1» is damaged: the start of the file no longer says that its pages carry checksums, so their content cannot be trusted. Nothing was changed in the file. Restore a backup copy.</source>
            <translation>El plan «%1» está dañado: el comienzo del archivo ya no indica que sus páginas llevan suma de verificación, así que no se puede confiar en su contenido. No se modificó nada en el archivo. Restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>SQLite did not reserve room for the page checksums of «%1».</source>
            <translation>SQLite no reservó espacio para la suma de verificación de las páginas de «%1».</translation>
        </message>
        <message>
            <source>page %1 of the file (table «%2»)</source>
            <translation>la página %1 del archivo (tabla «%2»)</translation>
        </message>
        <message>
            <source>page %1 of the file</source>
            <translation>la página %1 del archivo</translation>
        </message>
        <message>
            <source>a page of the file</source>
            <translation>una página del archivo</translation>
        </message>
        <message>
            <source>The plan «%1» is damaged: %2 no longer holds what Planea wrote there (its checksum does not match), so the plan cannot be trusted. The disk, a USB stick or a copy changed it, or another program edited the file. Nothing was changed in the file. Restore a backup copy.</source>
            <translation>El plan «%1» está dañado: %2 ya no contiene lo que Planea escribió allí (su suma de verificación no coincide), así que no se puede confiar en el plan. Lo alteró el disco, una memoria USB o una copia, o lo editó otro programa. No se modificó nada en el archivo. Restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>This installation of Planea reads plans through a SQLite library other than its own (its Qt SQL driver brings one), so it cannot keep the page checksums of «%1»: changing the plan would make it look damaged. Nothing was changed. Open the plan read-only, or install Planea from its official package.</source>
            <translation>Esta instalación de Planea lee los planes con una biblioteca SQLite que no es la suya (la trae su controlador SQL de Qt), así que no puede mantener las sumas de verificación de las páginas de «%1»: cambiar el plan lo haría parecer dañado. No se cambió nada. Abra el plan en modo de solo lectura o instale Planea desde su paquete oficial.</translation>
        </message>
    </context>
    <context>
        <name>planea::SetCellCommand</name>
        <message>
            <source>Edit cell</source>
            <translation>Editar celda</translation>
        </message>
    </context>
    <context>
        <name>planea::ShippedCsv</name>
        <message>
            <source>The catalog «%1» shipped with Planea cannot be read: %2</source>
            <translation>No se puede leer el catálogo «%1» incluido en Planea: %2</translation>
        </message>
        <message>
            <source>column «%1» is missing</source>
            <translation>falta la columna «%1»</translation>
        </message>
    </context>
    <context>
        <name>planea::XlsxReader</name>
        <message>
            <source>«%1», sheet «%2»: %3</source>
            <translation>«%1», hoja «%2»: %3</translation>
        </message>
        <message>
            <source>«%1», sheet «%2», cell %3: %4</source>
            <translation>«%1», hoja «%2», celda %3: %4</translation>
        </message>
        <message>
            <source>«%1»: the part %2 is too large (%3 MB uncompressed; the limit is %4 MB).</source>
            <translation>«%1»: la parte %2 es demasiado grande (%3 MB sin comprimir; el límite es %4 MB).</translation>
        </message>
        <message>
            <source>«%1» is too large: its parts add up to more than %2 MB uncompressed.</source>
            <translation>«%1» es demasiado grande: sus partes suman más de %2 MB sin comprimir.</translation>
        </message>
        <message>
            <source>«%1» is not a valid Excel workbook: the part %2 is missing.</source>
            <translation>«%1» no es un libro de Excel válido: falta la parte %2.</translation>
        </message>
        <message>
            <source>«%1»: the part %2 cannot be opened (the file is damaged or protected with a password).</source>
            <translation>«%1»: no se puede abrir la parte %2 (el archivo está dañado o protegido con contraseña).</translation>
        </message>
        <message>
            <source>«%1»: the part %2 inflates to more than %3 MB; it is refused.</source>
            <translation>«%1»: la parte %2 ocupa más de %3 MB al descomprimirla; se rechaza.</translation>
        </message>
        <message>
            <source>«%1»: the part %2 is damaged and cannot be read.</source>
            <translation>«%1»: la parte %2 está dañada y no se puede leer.</translation>
        </message>
        <message>
            <source>«%1», part %2, line %3: the XML is malformed (%4).</source>
            <translation>«%1», parte %2, línea %3: el XML está mal formado (%4).</translation>
        </message>
        <message>
            <source>«%1», part xl/workbook.xml, line %2: a sheet lacks its name or its relationship.</source>
            <translation>«%1», parte xl/workbook.xml, línea %2: a una hoja le falta el nombre o la relación.</translation>
        </message>
        <message>
            <source>the row number «%1» (line %2 of %3) is not valid.</source>
            <translation>el número de fila «%1» (línea %2 de %3) no es válido.</translation>
        </message>
        <message>
            <source>row %1 has more than 16,384 cells.</source>
            <translation>la fila %1 tiene más de 16.384 celdas.</translation>
        </message>
        <message>
            <source>the cell reference «%1» (line %2 of %3) is not valid.</source>
            <translation>la referencia de celda «%1» (línea %2 de %3) no es válida.</translation>
        </message>
        <message>
            <source>the shared string «%1» does not exist (the workbook has %2).</source>
            <translation>el texto compartido «%1» no existe (el libro tiene %2).</translation>
        </message>
        <message>
            <source>«%1» is not a date.</source>
            <translation>«%1» no es una fecha.</translation>
        </message>
        <message>
            <source>«%1» is not a number.</source>
            <translation>«%1» no es un número.</translation>
        </message>
        <message>
            <source>the cell type «%1» is unknown.</source>
            <translation>el tipo de celda «%1» es desconocido.</translation>
        </message>
        <message>
            <source>the merged area «%1» is not valid.</source>
            <translation>el rango combinado «%1» no es válido.</translation>
        </message>
        <message>
            <source>«%1» is a zip file but not an Excel workbook (.xlsx): it has no part xl/workbook.xml.</source>
            <translation>«%1» es un archivo zip pero no un libro de Excel (.xlsx): no tiene la parte xl/workbook.xml.</translation>
        </message>
        <message>
            <source>«%1» has no sheets.</source>
            <translation>«%1» no tiene hojas.</translation>
        </message>
        <message>
            <source>«%1»: the sheet «%2» is listed but its part %3 is missing.</source>
            <translation>«%1»: la hoja «%2» figura en el libro pero falta su parte %3.</translation>
        </message>
        <message>
            <source>«%1» cannot be opened: %2</source>
            <translation>«%1» no se puede abrir: %2</translation>
        </message>
        <message>
            <source>«%1» is protected with a password or is an old Excel workbook (.xls): open it in Excel and save it as .xlsx without a password.</source>
            <translation>«%1» está protegido con contraseña o es un libro de Excel antiguo (.xls): ábralo en Excel y guárdelo como .xlsx sin contraseña.</translation>
        </message>
        <message>
            <source>«%1» is not an Excel workbook (.xlsx): it is not a zip file or it is damaged.</source>
            <translation>«%1» no es un libro de Excel (.xlsx): no es un archivo zip o está dañado.</translation>
        </message>
        <message>
            <source>the workbook is too large: it has more than %L1 cells.</source>
            <translation>el libro es demasiado grande: tiene más de %L1 celdas.</translation>
        </message>
    </context>
    <context>
        <name>planea::audit</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Integrante del equipo</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Ítem de la lista de chequeo</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Sector of a line</source>
            <translation>Sector de una línea</translation>
        </message>
        <message>
            <source>Wellbeing indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>Dato del indicador</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Characterization</source>
            <translation>Caracterización</translation>
        </message>
        <message>
            <source>Financial record</source>
            <translation>Dato financiero</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Inversión</translation>
        </message>
        <message>
            <source>Royalties initiative</source>
            <translation>Iniciativa de regalías</translation>
        </message>
        <message>
            <source>Royalties programming</source>
            <translation>Programación de regalías</translation>
        </message>
        <message>
            <source>Annual target</source>
            <translation>Meta anual</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Budget execution</source>
            <translation>Ejecución presupuestal</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Modificación</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>order</source>
            <translation>orden</translation>
        </message>
        <message>
            <source>position</source>
            <translation>cargo</translation>
        </message>
        <message>
            <source>office</source>
            <translation>dependencia</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>leader</source>
            <translation>líder</translation>
        </message>
        <message>
            <source>done</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidencia</translation>
        </message>
        <message>
            <source>evidence link</source>
            <translation>enlace a la evidencia</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unidad de medida</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>sector</translation>
        </message>
        <message>
            <source>source</source>
            <translation>fuente</translation>
        </message>
        <message>
            <source>funding source</source>
            <translation>fuente de financiación</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>línea base</translation>
        </message>
        <message>
            <source>baseline year</source>
            <translation>año de la línea base</translation>
        </message>
        <message>
            <source>target</source>
            <translation>meta</translation>
        </message>
        <message>
            <source>four-year target</source>
            <translation>meta del cuatrienio</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>not programmed</source>
            <translation>no programado</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>costo</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>period</source>
            <translation>periodo</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>problema</translation>
        </message>
        <message>
            <source>causes</source>
            <translation>causas</translation>
        </message>
        <message>
            <source>effects</source>
            <translation>efectos</translation>
        </message>
        <message>
            <source>content</source>
            <translation>contenido</translation>
        </message>
        <message>
            <source>accumulation</source>
            <translation>tipo de acumulación</translation>
        </message>
        <message>
            <source>appropriation</source>
            <translation>apropiación</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>compromisos</translation>
        </message>
        <message>
            <source>obligations</source>
            <translation>obligaciones</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>pagos</translation>
        </message>
        <message>
            <source>plan name</source>
            <translation>nombre del plan</translation>
        </message>
        <message>
            <source>mayor or governor</source>
            <translation>alcalde o gobernador</translation>
        </message>
        <message>
            <source>state</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>adoption act</source>
            <translation>acto de adopción</translation>
        </message>
        <message>
            <source>adoption date</source>
            <translation>fecha de adopción</translation>
        </message>
        <message>
            <source>fingerprint</source>
            <translation>huella</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versión</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Alistamiento</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Strategic plan</source>
            <translation>Plan estratégico</translation>
        </message>
        <message>
            <source>Multi-year investment plan</source>
            <translation>Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>Indicative plan and follow-up</source>
            <translation>Plan indicativo y seguimiento</translation>
        </message>
        <message>
            <source>Documents and status</source>
            <translation>Documentos y estado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creó</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminó</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambió</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
    </context>
    <context>
        <name>planea::followup::FollowUpForms</name>
        <message>
            <source>Follow-up form: instructions</source>
            <translation>Formato de seguimiento: instrucciones</translation>
        </message>
        <message>
            <source>Plan: %1 (%2), version %3.</source>
            <translation>Plan: %1 (%2), versión %3.</translation>
        </message>
        <message>
            <source>Office: %1. Period: %2.</source>
            <translation>Dependencia: %1. Periodo: %2.</translation>
        </message>
        <message>
            <source>1. Fill in only the yellow cells of the sheet «%1»; the other cells are protected.</source>
            <translation>1. Llene solo las celdas amarillas de la hoja «%1»; las demás celdas están protegidas.</translation>
        </message>
        <message>
            <source>2. Achieved: the value reached in the period, in the goal's unit, a number of zero or more. Write «NP» only where the planned value is «NP» (goal not programmed for the year).</source>
            <translation>2. Logro: el valor alcanzado en el periodo, en la unidad de la meta, un número mayor o igual a cero. Escriba «NP» solo donde la meta programada dice «NP» (meta no programada para el año).</translation>
        </message>
        <message>
            <source>3. Executed resources: the money committed for the goal in the period, in pesos, without decimals.</source>
            <translation>3. Recursos ejecutados: el dinero comprometido para la meta en el periodo, en pesos, sin decimales.</translation>
        </message>
        <message>
            <source>4. Evidence: the document, record or link that supports the value; comment: difficulties or remarks.</source>
            <translation>4. Evidencia: el documento, acta o enlace que soporta el valor; comentario: dificultades u observaciones.</translation>
        </message>
        <message>
            <source>5. Leave empty what you do not report. Do not add, remove or reorder rows, and do not rename the sheets: the planning office checks each row against the plan.</source>
            <translation>5. Deje vacío lo que no reporta. No agregue, quite ni reordene filas, y no cambie el nombre de las hojas: la Secretaría de Planeación compara cada fila con el plan.</translation>
        </message>
        <message>
            <source>6. Save the file as .xlsx (Excel or LibreOffice) and send it back to the planning office.</source>
            <translation>6. Guarde el archivo como .xlsx (Excel o LibreOffice) y devuélvalo a la Secretaría de Planeación.</translation>
        </message>
        <message>
            <source>Follow-up of the development plan — %1 — %2</source>
            <translation>Seguimiento del plan de desarrollo — %1 — %2</translation>
        </message>
        <message>
            <source>Planea ID</source>
            <translation>ID Planea</translation>
        </message>
        <message>
            <source>Goal code</source>
            <translation>Código de la meta</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Achieved %1</source>
            <translation>Logro %1</translation>
        </message>
        <message>
            <source>Executed resources ($)</source>
            <translation>Recursos ejecutados ($)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Value not accepted</source>
            <translation>Valor no aceptado</translation>
        </message>
        <message>
            <source>Write a number of zero or more, or NP (goal not programmed).</source>
            <translation>Escriba un número mayor o igual a cero, o NP (meta no programada).</translation>
        </message>
        <message>
            <source>Write a number of zero or more.</source>
            <translation>Escriba un número mayor o igual a cero.</translation>
        </message>
        <message>
            <source>Write the pesos as a whole number of zero or more.</source>
            <translation>Escriba los pesos como un número entero mayor o igual a cero.</translation>
        </message>
        <message>
            <source>Follow-up form %1 — %2</source>
            <translation>Formato de seguimiento %1 — %2</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>The year %1 is outside the plan's term (%2–%3).</source>
            <translation>El año %1 está fuera del periodo del plan (%2–%3).</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4 (it was %1).</source>
            <translation>El trimestre debe ser 1, 2, 3 o 4 (se indicó %1).</translation>
        </message>
        <message>
            <source>No goal of the plan has a responsible office: assign them in the Plan Indicativo (module 6) before preparing the forms.</source>
            <translation>Ninguna meta del plan tiene dependencia responsable: asígnelas en el Plan Indicativo (módulo 6) antes de preparar los formatos.</translation>
        </message>
        <message>
            <source>Could not create the folder «%1».</source>
            <translation>No se pudo crear la carpeta «%1».</translation>
        </message>
        <message>
            <source>Offices: %1 (form «%2»). Period: %3.</source>
            <translation>Dependencias: %1 (formato «%2»). Periodo: %3.</translation>
        </message>
        <message>
            <source>The office %1 is not in the plan.</source>
            <translation>La dependencia %1 no está en el plan.</translation>
        </message>
        <message>
            <source>The office «%1» has no goals assigned, so there is no form to prepare for it.</source>
            <translation>La dependencia «%1» no tiene metas asignadas, así que no hay formato que preparar para ella.</translation>
        </message>
    </context>
    <context>
        <name>planea::followup::FormCollector</name>
        <message>
            <source>«%1» is not a Planea follow-up form (it has no signature of the plan it was made from).</source>
            <translation>«%1» no es un formato de seguimiento de Planea (no tiene la firma del plan con que se preparó).</translation>
        </message>
        <message>
            <source>The form was made for another plan (%1), not for this one: nothing of it was read.</source>
            <translation>El formato se preparó para otro plan (%1), no para este: no se leyó nada de él.</translation>
        </message>
        <message>
            <source>The form was made from version %1 of the plan, newer than this file (version %2): open the newest copy of the plan.</source>
            <translation>El formato se preparó con la versión %1 del plan, más nueva que este archivo (versión %2): abra la copia más reciente del plan.</translation>
        </message>
        <message>
            <source>The form's year %1 is outside the plan's term.</source>
            <translation>El año %1 del formato está fuera del periodo del plan.</translation>
        </message>
        <message>
            <source>«%1» was made from version %2 of the plan; the plan is now at version %3: each row was checked against the current version.</source>
            <translation>«%1» se preparó con la versión %2 del plan; el plan va en la versión %3: cada fila se comparó con la versión actual.</translation>
        </message>
        <message>
            <source>«%1»: the plan changed after the form was prepared; each row was checked against the plan as it is now.</source>
            <translation>«%1»: el plan cambió después de preparar el formato; cada fila se comparó con el plan como está ahora.</translation>
        </message>
        <message>
            <source>The sheet «%1» does not have the form's columns any more (columns were added or removed): prepare the form again.</source>
            <translation>La hoja «%1» ya no tiene las columnas del formato (se agregaron o quitaron columnas): prepare el formato de nuevo.</translation>
        </message>
        <message>
            <source>This row was not in the form as it was sent (Planea ID «%1»): it was not read.</source>
            <translation>Esta fila no estaba en el formato que se envió (ID Planea «%1»): no se leyó.</translation>
        </message>
        <message>
            <source>The goal %1 appears twice in the form.</source>
            <translation>La meta %1 aparece dos veces en el formato.</translation>
        </message>
        <message>
            <source>The goal «%1» is no longer in the plan.</source>
            <translation>La meta «%1» ya no está en el plan.</translation>
        </message>
        <message>
            <source>The goal «%1» moved to another office (%2) after the form was prepared: that office reports it.</source>
            <translation>La meta «%1» pasó a otra dependencia (%2) después de preparar el formato: esa dependencia la reporta.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>«NP» is only accepted for a goal not programmed for the year; «%1» is programmed: write the value achieved in %2.</source>
            <translation>«NP» solo se acepta en una meta no programada para el año; «%1» está programada: escriba el logro de %2.</translation>
        </message>
        <message>
            <source>The value achieved in %1 «%2» is not a number.</source>
            <translation>El logro de %1 «%2» no es un número.</translation>
        </message>
        <message>
            <source>The value achieved in %1 (%2) is negative: it must be zero or more.</source>
            <translation>El logro de %1 (%2) es negativo: debe ser mayor o igual a cero.</translation>
        </message>
        <message>
            <source>The value achieved in %1 (%2) is out of range: the goal is measured in percent (0 to 100).</source>
            <translation>El logro de %1 (%2) está fuera de rango: la meta se mide en porcentaje (0 a 100).</translation>
        </message>
        <message>
            <source>The executed resources «%1» are not a whole number of pesos of zero or more.</source>
            <translation>Los recursos ejecutados «%1» no son un número entero de pesos mayor o igual a cero.</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Comentario: %1</translation>
        </message>
        <message>
            <source>«%1» (row %2)</source>
            <translation>«%1» (fila %2)</translation>
        </message>
        <message>
            <source>The goal «%1» for %2 is also answered in %3: neither value was taken; keep it in one form only.</source>
            <translation>La meta «%1» de %2 también viene en %3: no se tomó ninguno de los dos valores; déjela en un solo formato.</translation>
        </message>
        <message>
            <source>form of %1</source>
            <translation>formato de %1</translation>
        </message>
        <message>
            <source>%1 (form of %2)</source>
            <translation>%1 (formato de %2)</translation>
        </message>
        <message>
            <source>Receive follow-up forms</source>
            <translation>Recibir formatos de seguimiento</translation>
        </message>
        <message>
            <source>The executed resources cannot be recorded: the product %1 has no investment programmed for %2 and so no funding source.</source>
            <translation>Los recursos ejecutados no se pueden registrar: el producto %1 no tiene inversión programada para %2 y por eso no tiene fuente de financiación.</translation>
        </message>
        <message>
            <source>The executed resources of the goal «%1» for %2 are reported by more than one form: no amount was taken; keep them in one form only.</source>
            <translation>Los recursos ejecutados de la meta «%1» para %2 vienen en más de un formato: no se tomó ningún valor; déjelos en un solo formato.</translation>
        </message>
        <message>
            <source>The executed resources reported for the product %1 in %2 add up to $%3, more than its appropriation of $%4: no amount was taken.</source>
            <translation>Los recursos ejecutados reportados para el producto %1 en %2 suman $%3, más que su apropiación de $%4: no se tomó ningún valor.</translation>
        </message>
        <message>
            <source>The executed resources of the product %1 in %2 ($%3) were split among its sources in proportion to the programmed investment: %4. Correct them in the indicative plan, tab «Resources executed», if the split was different.</source>
            <translation>Los recursos ejecutados del producto %1 en %2 ($%3) se repartieron entre sus fuentes en proporción a la inversión programada: %4. Corríjalos en el plan indicativo, pestaña «Recursos ejecutados», si el reparto fue otro.</translation>
        </message>
        <message>
            <source>The goal «%1» moved to an office outside the form's group (%2) after the form was prepared: that office reports it.</source>
            <translation>La meta «%1» pasó a una dependencia fuera del grupo del formato (%2) después de preparado el formato: esa dependencia la reporta.</translation>
        </message>
    </context>
    <context>
        <name>planea::followup::FormSignature</name>
        <message>
            <source>«%1»: the form's signature sheet is damaged or was changed by hand; prepare the form again from the plan.</source>
            <translation>«%1»: la hoja de firma del formato está dañada o fue cambiada a mano; prepare el formato de nuevo desde el plan.</translation>
        </message>
        <message>
            <source>«%1» is not a Planea follow-up form (it has no signature of the plan it was made from).</source>
            <translation>«%1» no es un formato de seguimiento de Planea (no tiene la firma del plan con que se preparó).</translation>
        </message>
    </context>
    <context>
        <name>planea::matrix::MatrixImport</name>
        <message>
            <source>The mapping needs key "%1": %2</source>
            <translation>Al mapeo le falta la clave "%1": %2</translation>
        </message>
        <message>
            <source>rows are identified by the indicator code</source>
            <translation>las filas se identifican por el código del indicador</translation>
        </message>
        <message>
            <source>a new plan needs the strategic line of each row</source>
            <translation>un plan nuevo necesita la línea estratégica de cada fila</translation>
        </message>
        <message>
            <source>a new plan needs the entity's DANE code (or --dane in the CLI)</source>
            <translation>un plan nuevo necesita el código DANE de la entidad (o --dane en la línea de comandos)</translation>
        </message>
        <message>
            <source>Importing progress needs the open plan.</source>
            <translation>Para importar avance se necesita el plan abierto.</translation>
        </message>
        <message>
            <source>importing progress needs annual (avance_anual) or quarterly (avance_trimestral) progress columns</source>
            <translation>para importar avance se necesitan columnas de avance anual (avance_anual) o trimestral (avance_trimestral)</translation>
        </message>
        <message>
            <source>The mapping needs key "plan.inicio": the first year of the term (or --inicio in the CLI).</source>
            <translation>Al mapeo le falta la clave "plan.inicio": el primer año del cuatrienio (o --inicio en la línea de comandos).</translation>
        </message>
        <message>
            <source>The term starts in %1 (the first year in the mapping).</source>
            <translation>El cuatrienio empieza en %1 (el primer año del mapeo).</translation>
        </message>
        <message>
            <source>Key "%1": %2 is outside the plan's term %3-%4.</source>
            <translation>Clave "%1": %2 está fuera del cuatrienio %3-%4 del plan.</translation>
        </message>
        <message>
            <source>A CSV file has one sheet: key "hojas" is ignored.</source>
            <translation>Un archivo CSV tiene una sola hoja: se ignora la clave "hojas".</translation>
        </message>
        <message>
            <source>%1: there is no sheet «%2» (key "hojas"). Sheets: %3.</source>
            <translation>%1: no hay una hoja «%2» (clave "hojas"). Hojas: %3.</translation>
        </message>
        <message>
            <source>«%1» (key "%2")</source>
            <translation>«%1» (clave "%2")</translation>
        </message>
        <message>
            <source>Sheet «%1» skipped: its header (row %2) has none of the mapping's columns.</source>
            <translation>Se omitió la hoja «%1»: su encabezado (fila %2) no tiene ninguna columna del mapeo.</translation>
        </message>
        <message>
            <source>%1, sheet «%2»: the header (row %3) has no column %4.</source>
            <translation>%1, hoja «%2»: el encabezado (fila %3) no tiene la columna %4.</translation>
        </message>
        <message>
            <source>%1: no sheet has the mapping's columns in row %2 (key "fila_encabezado").</source>
            <translation>%1: ninguna hoja tiene las columnas del mapeo en la fila %2 (clave "fila_encabezado").</translation>
        </message>
        <message>
            <source>no %1 in column %2</source>
            <translation>falta el %1 en la columna %2</translation>
        </message>
        <message>
            <source>the code «%1» in column %2 has characters a code cannot have</source>
            <translation>el código «%1» de la columna %2 tiene caracteres que un código no puede tener</translation>
        </message>
        <message>
            <source>«%1» in column %2 is not a number</source>
            <translation>«%1» en la columna %2 no es un número</translation>
        </message>
        <message>
            <source>no product code (map "codigo_producto" or use 9-digit indicator codes)</source>
            <translation>falta el código del producto (mapee "codigo_producto" o use códigos de indicador de 9 dígitos)</translation>
        </message>
        <message>
            <source>no program code (map "codigo_programa" or use 7-digit product codes)</source>
            <translation>falta el código del programa (mapee "codigo_programa" o use códigos de producto de 7 dígitos)</translation>
        </message>
        <message>
            <source>no strategic line</source>
            <translation>falta la línea estratégica</translation>
        </message>
        <message>
            <source>the indicator %1 does not belong to the product %2</source>
            <translation>el indicador %1 no pertenece al producto %2</translation>
        </message>
        <message>
            <source>the product %1 does not belong to the program %2</source>
            <translation>el producto %1 no pertenece al programa %2</translation>
        </message>
        <message>
            <source>the four-year target cannot be «NP»</source>
            <translation>la meta del cuatrienio no puede ser «NP»</translation>
        </message>
        <message>
            <source>the weight %1 is not between 0 and 100 %</source>
            <translation>el peso %1 no está entre 0 y 100 %</translation>
        </message>
        <message>
            <source>the amount %1 (%2 %3) is not a valid amount of pesos</source>
            <translation>el valor %1 (%2 %3) no es una cantidad válida de pesos</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Línea %1</translation>
        </message>
        <message>
            <source>sheet «%1», row %2</source>
            <translation>hoja «%1», fila %2</translation>
        </message>
        <message>
            <source>the indicator %1 is not in the plan</source>
            <translation>el indicador %1 no está en el plan</translation>
        </message>
        <message>
            <source>the product %1 is not in the plan</source>
            <translation>el producto %1 no está en el plan</translation>
        </message>
        <message>
            <source>the product %1 has %2 indicators: map the indicator code ("codigo_indicador") to tell them apart</source>
            <translation>el producto %1 tiene %2 indicadores: mapee el código del indicador ("codigo_indicador") para distinguirlos</translation>
        </message>
        <message>
            <source>the progress of %1 for %2 was already read (%3)</source>
            <translation>el avance de %1 para %2 ya se leyó (%3)</translation>
        </message>
        <message>
            <source>Quarterly progress is kept by quarter (periods 1 to 4).</source>
            <translation>El avance trimestral se guarda por trimestre (periodos 1 a 4).</translation>
        </message>
        <message>
            <source>Quarterly progress becomes one value per year: quarters are summed, or the last quarter is taken, according to each indicator's accumulation type.</source>
            <translation>El avance trimestral se vuelve un valor por año: los trimestres se suman, o se toma el último trimestre, según el tipo de acumulación de cada indicador.</translation>
        </message>
        <message>
            <source>Resource columns are only read when making a new plan; they were ignored.</source>
            <translation>Las columnas de recursos solo se leen al crear un plan nuevo; se ignoraron.</translation>
        </message>
        <message>
            <source>Development plan %1 %2-%3</source>
            <translation>Plan de desarrollo %1 %2-%3</translation>
        </message>
        <message numerus="yes">
            <source>%n four-year target(s) were empty and were computed from the annual targets.</source>
            <translation>
                <numerusform>%n meta del cuatrienio estaba vacía y se calculó con las metas anuales.</numerusform>
                <numerusform>%n metas del cuatrienio estaban vacías y se calcularon con las metas anuales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be read: nothing was imported. Correct them in the spreadsheet, or accept skipping them.</source>
            <translation>
                <numerusform>%n fila no se puede leer: no se importó nada. Corríjala en la hoja de cálculo, o acepte omitirla.</numerusform>
                <numerusform>%n filas no se pueden leer: no se importó nada. Corríjalas en la hoja de cálculo, o acepte omitirlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sheets read: %1; rows read: %2; rows that cannot be read: %3.</source>
            <translation>Hojas leídas: %1; filas leídas: %2; filas que no se pueden leer: %3.</translation>
        </message>
        <message>
            <source>Skipped: %1 totals row(s), %2 repeated header row(s), %3 heading row(s), %4 empty row(s).</source>
            <translation>Omitidas: %1 filas de totales, %2 encabezados repetidos, %3 filas de título, %4 filas vacías.</translation>
        </message>
        <message>
            <source>New plan: %1 line(s), %2 program(s), %3 product(s), %4 product indicator(s).</source>
            <translation>Plan nuevo: %1 líneas, %2 programas, %3 productos, %4 indicadores de producto.</translation>
        </message>
        <message>
            <source>Annual targets: %1; resource cells: %2; progress values: %3.</source>
            <translation>Metas anuales: %1; celdas de recursos: %2; valores de avance: %3.</translation>
        </message>
        <message>
            <source>Progress values: %1 new, %2 changed, %3 unchanged, for %4 indicator(s).</source>
            <translation>Valores de avance: %1 nuevos, %2 cambiados, %3 sin cambio, de %4 indicadores.</translation>
        </message>
        <message>
            <source>This result is not a new plan.</source>
            <translation>Este resultado no es un plan nuevo.</translation>
        </message>
        <message>
            <source>No row of the spreadsheet has a product indicator: no plan was made.</source>
            <translation>Ninguna fila de la hoja de cálculo tiene un indicador de producto: no se creó el plan.</translation>
        </message>
        <message>
            <source>This result is not a progress import.</source>
            <translation>Este resultado no es una importación de avance.</translation>
        </message>
        <message>
            <source>The plan %1 is open read-only: no progress was imported.</source>
            <translation>El plan %1 está abierto solo para lectura: no se importó el avance.</translation>
        </message>
        <message>
            <source>No backup of the plan could be made, so nothing was imported: %1</source>
            <translation>No se pudo hacer la copia de respaldo del plan, así que no se importó nada: %1</translation>
        </message>
        <message>
            <source>Key "recursos[%1].fuente": «%2» is not a funding source code. Codes: %3.</source>
            <translation>Clave "recursos[%1].fuente": «%2» no es un código de fuente de financiación. Códigos: %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n percentage value(s) are above 1.5 although the mapping says percentages are written from 0 to 1: check "opciones.porcentajes".</source>
            <translation>
                <numerusform>%n valor en porcentaje es mayor que 1,5 aunque el mapeo dice que los porcentajes se escriben de 0 a 1: revise "opciones.porcentajes".</numerusform>
                <numerusform>%n valores en porcentaje son mayores que 1,5 aunque el mapeo dice que los porcentajes se escriben de 0 a 1: revise "opciones.porcentajes".</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s) use an MGA indicator that another goal of the plan also uses: each row is kept as its own goal.</source>
            <translation>
                <numerusform>%n meta usa un indicador MGA que otra meta del plan también usa: cada fila se conserva como su propia meta.</numerusform>
                <numerusform>%n metas usan un indicador MGA que otra meta del plan también usa: cada fila se conserva como su propia meta.</numerusform>
            </translation>
        </message>
        <message>
            <source>no goal of the plan with indicator %1 has the goal code %2</source>
            <translation>ninguna meta del plan con el indicador %1 tiene el código de meta %2</translation>
        </message>
        <message>
            <source>the goal code %1 is used by %2 goals of the plan with indicator %3: this row does not say which one it reports</source>
            <translation>el código de meta %1 lo usan %2 metas del plan con el indicador %3: esta fila no dice de cuál de ellas es el avance</translation>
        </message>
        <message>
            <source>the indicator %1 is used by %2 goals of the plan: this row does not say which one it reports (map the goal code, "codigo_meta", to tell them apart)</source>
            <translation>el indicador %1 lo usan %2 metas del plan: esta fila no dice de cuál de ellas es el avance (asocie la columna del código de la meta, "codigo_meta", para distinguirlas)</translation>
        </message>
        <message>
            <source>«%1» in column %2 is not an accumulation type (Acumulado, Capacidad, Flujo, Stock, Mantenimiento, Reducción, Reducción anual, or A, C, F, S, M, R, RA, I); another word can be added under "sinonimos.tipo_acumulacion" in the mapping</source>
            <translation>«%1» en la columna %2 no es un tipo de acumulación (Acumulado, Capacidad, Flujo, Stock, Mantenimiento, Reducción, Reducción anual, o A, C, F, S, M, R, RA, I); otra palabra se puede agregar en "sinonimos.tipo_acumulacion" del mapeo</translation>
        </message>
        <message>
            <source>«%1» in column %2 is not a trend (Aumentar/Incremento, Mantener, Disminuir/Reducción, or I, M, D, R); another word can be added under "sinonimos.tendencia" in the mapping</source>
            <translation>«%1» en la columna %2 no es una tendencia (Aumentar/Incremento, Mantener, Disminuir/Reducción, o I, M, D, R); otra palabra se puede agregar en "sinonimos.tendencia" del mapeo</translation>
        </message>
        <message>
            <source>Sheet «%1»: %2 columns are titled «%3»; key "%4" takes the first (%5). «%3@2» names the second.</source>
            <translation>Hoja «%1»: %2 columnas se titulan «%3»; la clave "%4" toma la primera (%5). «%3@2» nombra la segunda.</translation>
        </message>
        <message>
            <source>%1, sheet «%2»: row %3 has no title to be the strategic line (key "opciones.fila_titulo_linea").</source>
            <translation>%1, hoja «%2»: la fila %3 no tiene un título que sirva de línea estratégica (clave "opciones.fila_titulo_linea").</translation>
        </message>
    </context>
    <context>
        <name>planea::matrix::MatrixMapping</name>
        <message>
            <source>Line code</source>
            <translation>Código de la línea</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Program code</source>
            <translation>Código del programa</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Código del producto</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Product indicator code</source>
            <translation>Código del indicador de producto</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Unit of measure</source>
            <translation>Unidad de medida</translation>
        </message>
        <message>
            <source>Accumulation type</source>
            <translation>Tipo de acumulación</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta del cuatrienio</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Dependencia responsable</translation>
        </message>
        <message>
            <source>Line weight</source>
            <translation>Peso de la línea</translation>
        </message>
        <message>
            <source>Program weight</source>
            <translation>Peso del programa</translation>
        </message>
        <message>
            <source>Indicator weight</source>
            <translation>Peso del indicador</translation>
        </message>
        <message>
            <source>Progress evidence</source>
            <translation>Evidencia del avance</translation>
        </message>
        <message>
            <source>%1: key "%2": %3</source>
            <translation>%1: clave "%2": %3</translation>
        </message>
        <message>
            <source>unknown key (see docs/IMPORT_MAPPING.md)</source>
            <translation>clave desconocida (vea docs/IMPORT_MAPPING.md)</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser un texto</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>"%1" is not a year (e.g. "2024")</source>
            <translation>"%1" no es un año (p. ej. "2024")</translation>
        </message>
        <message>
            <source>must be a column title or "#" and a column letter, e.g. "#F"</source>
            <translation>debe ser el título de una columna o "#" y la letra de la columna, p. ej. "#F"</translation>
        </message>
        <message>
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 no es un JSON válido (línea %2: %3).</translation>
        </message>
        <message>
            <source>%1: a mapping is a JSON object ({ … }).</source>
            <translation>%1: un mapeo es un objeto JSON ({ … }).</translation>
        </message>
        <message>
            <source>must be "%1"</source>
            <translation>debe ser "%1"</translation>
        </message>
        <message>
            <source>version %1 was written by a newer Planea (this one reads version %2)</source>
            <translation>la versión %1 la escribió un Planea más reciente (este lee la versión %2)</translation>
        </message>
        <message>
            <source>must be a sheet name</source>
            <translation>debe ser el nombre de una hoja</translation>
        </message>
        <message>
            <source>must be a list of sheet names, or "*" for every sheet</source>
            <translation>debe ser una lista de nombres de hojas, o "*" para todas las hojas</translation>
        </message>
        <message>
            <source>must be one character: ";", "," or "tab"</source>
            <translation>debe ser un carácter: ";", "," o "tab"</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>debe ser un objeto</translation>
        </message>
        <message>
            <source>must be "0-100" or "0-1"</source>
            <translation>debe ser "0-100" o "0-1"</translation>
        </message>
        <message>
            <source>must be "auto", "coma" or "punto"</source>
            <translation>debe ser "auto", "coma" o "punto"</translation>
        </message>
        <message>
            <source>must be "auto", "conservar" or "anual"</source>
            <translation>debe ser "auto", "conservar" o "anual"</translation>
        </message>
        <message>
            <source>must be "pesos", "miles", "millones" or a number</source>
            <translation>debe ser "pesos", "miles", "millones" o un número</translation>
        </message>
        <message>
            <source>must be an object: field → column</source>
            <translation>debe ser un objeto: campo → columna</translation>
        </message>
        <message>
            <source>is not a Planea field (see docs/IMPORT_MAPPING.md)</source>
            <translation>no es un campo de Planea (vea docs/IMPORT_MAPPING.md)</translation>
        </message>
        <message>
            <source>must be an object: year → column</source>
            <translation>debe ser un objeto: año → columna</translation>
        </message>
        <message>
            <source>must be an object: year → [T1, T2, T3, T4]</source>
            <translation>debe ser un objeto: año → [T1, T2, T3, T4]</translation>
        </message>
        <message>
            <source>must be a list of four columns (T1, T2, T3, T4); use "" for a missing quarter</source>
            <translation>debe ser una lista de cuatro columnas (T1, T2, T3, T4); use "" para un trimestre que falta</translation>
        </message>
        <message>
            <source>must be a list of { "anio", "fuente", "columna" }</source>
            <translation>debe ser una lista de { "anio", "fuente", "columna" }</translation>
        </message>
        <message>
            <source>must be an object { "anio", "fuente", "columna" }</source>
            <translation>debe ser un objeto { "anio", "fuente", "columna" }</translation>
        </message>
        <message>
            <source>must be a year, e.g. 2024</source>
            <translation>debe ser un año, p. ej. 2024</translation>
        </message>
        <message>
            <source>must be a funding source code, e.g. "SGP_LD"</source>
            <translation>debe ser el código de una fuente de financiación, p. ej. "SGP_LD"</translation>
        </message>
        <message>
            <source>key "%1": %2</source>
            <translation>clave "%1": %2</translation>
        </message>
        <message>
            <source>must be a row number from 1 (the first row of the sheet)</source>
            <translation>debe ser un número de fila desde 1 (la primera fila de la hoja)</translation>
        </message>
        <message>
            <source>must be between 1 and 10</source>
            <translation>debe estar entre 1 y 10</translation>
        </message>
        <message>
            <source>must be a positive number</source>
            <translation>debe ser un número positivo</translation>
        </message>
        <message>
            <source>"%1" is not a column letter (e.g. "#F", "#AB")</source>
            <translation>"%1" no es una letra de columna (p. ej. "#F", "#AB")</translation>
        </message>
        <message>
            <source>the year appears twice</source>
            <translation>el año aparece dos veces</translation>
        </message>
        <message>
            <source>names no column</source>
            <translation>no nombra ninguna columna</translation>
        </message>
        <message>
            <source>the year also has an annual progress column (avance_anual); choose one</source>
            <translation>el año también tiene una columna de avance anual (avance_anual); elija una</translation>
        </message>
        <message>
            <source>the mapping names no column</source>
            <translation>el mapeo no nombra ninguna columna</translation>
        </message>
        <message>
            <source>Cannot read the mapping %1: %2</source>
            <translation>No se puede leer el mapeo %1: %2</translation>
        </message>
        <message>
            <source>%1 is too large to be a mapping (more than 4 MB).</source>
            <translation>%1 es demasiado grande para ser un mapeo (más de 4 MB).</translation>
        </message>
        <message>
            <source>Goal code</source>
            <translation>Código de la meta</translation>
        </message>
        <message>
            <source>must be an object: { "tipo_acumulacion": { … }, "tendencia": { … } }</source>
            <translation>debe ser un objeto: { "tipo_acumulacion": { … }, "tendencia": { … } }</translation>
        </message>
        <message>
            <source>must be an object: the word as written → what it means</source>
            <translation>debe ser un objeto: la palabra como se escribe → lo que significa</translation>
        </message>
        <message>
            <source>the word cannot be empty</source>
            <translation>la palabra no puede estar vacía</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>debe ser uno de %1</translation>
        </message>
        <message>
            <source>must be a row above the header (fila_encabezado %1), counted from 1</source>
            <translation>debe ser una fila encima del encabezado (fila_encabezado %1), contando desde 1</translation>
        </message>
    </context>
    <context>
        <name>planea::matrix::MatrixSource</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is an encrypted workbook or an old Excel 97-2003 (.xls) file: remove the password or save it as .xlsx in Excel or LibreOffice, then import it again.</source>
            <translation>%1 es un libro cifrado o un archivo antiguo de Excel 97-2003 (.xls): quite la contraseña o guárdelo como .xlsx en Excel o LibreOffice, y vuelva a importarlo.</translation>
        </message>
        <message>
            <source>%1 is too large for a CSV import (more than 512 MB).</source>
            <translation>%1 es demasiado grande para importarlo como CSV (más de 512 MB).</translation>
        </message>
    </context>
    <context>
        <name>planea::merge</name>
        <message>
            <source>The plan</source>
            <translation>El plan</translation>
        </message>
        <message>
            <source>Goal (id %1)</source>
            <translation>Meta (id %1)</translation>
        </message>
        <message>
            <source>Goal %1 “%2”</source>
            <translation>Meta %1 “%2”</translation>
        </message>
        <message>
            <source>Product (id %1)</source>
            <translation>Producto (id %1)</translation>
        </message>
        <message>
            <source>Product %1 “%2”</source>
            <translation>Producto %1 “%2”</translation>
        </message>
        <message>
            <source>Product “%1”</source>
            <translation>Producto “%1”</translation>
        </message>
        <message>
            <source>Program (id %1)</source>
            <translation>Programa (id %1)</translation>
        </message>
        <message>
            <source>Program %1 “%2”</source>
            <translation>Programa %1 “%2”</translation>
        </message>
        <message>
            <source>Program “%1”</source>
            <translation>Programa “%1”</translation>
        </message>
        <message>
            <source>Strategic line (id %1)</source>
            <translation>Línea estratégica (id %1)</translation>
        </message>
        <message>
            <source>Strategic line “%1”</source>
            <translation>Línea estratégica “%1”</translation>
        </message>
        <message>
            <source>Wellbeing indicator (id %1)</source>
            <translation>Indicador de bienestar (id %1)</translation>
        </message>
        <message>
            <source>Wellbeing indicator “%1”</source>
            <translation>Indicador de bienestar “%1”</translation>
        </message>
        <message>
            <source>Royalties initiative (id %1)</source>
            <translation>Iniciativa de regalías (id %1)</translation>
        </message>
        <message>
            <source>Royalties initiative %1 “%2”</source>
            <translation>Iniciativa de regalías %1 “%2”</translation>
        </message>
        <message>
            <source>Royalties initiative “%1”</source>
            <translation>Iniciativa de regalías “%1”</translation>
        </message>
        <message>
            <source>Funding source %1</source>
            <translation>Fuente de financiación %1</translation>
        </message>
        <message>
            <source>not programmed in %1</source>
            <translation>no programada en %1</translation>
        </message>
        <message>
            <source>annual goal %1</source>
            <translation>meta anual %1</translation>
        </message>
        <message>
            <source>programmed value %1</source>
            <translation>valor programado %1</translation>
        </message>
        <message>
            <source>%1, quarter %2</source>
            <translation>%1, trimestre %2</translation>
        </message>
        <message>
            <source>evidence of the progress %1</source>
            <translation>evidencia del avance %1</translation>
        </message>
        <message>
            <source>evidence link of the progress %1</source>
            <translation>enlace de la evidencia del avance %1</translation>
        </message>
        <message>
            <source>progress %1</source>
            <translation>avance %1</translation>
        </message>
        <message>
            <source>investment %1, source %2</source>
            <translation>inversión %1, fuente %2</translation>
        </message>
        <message>
            <source>budget execution %1, source %2</source>
            <translation>ejecución presupuestal %1, fuente %2</translation>
        </message>
        <message>
            <source>%1 %2, source %3</source>
            <translation>%1 %2, fuente %3</translation>
        </message>
        <message>
            <source>source of the value %1</source>
            <translation>fuente del valor %1</translation>
        </message>
        <message>
            <source>value %1</source>
            <translation>valor %1</translation>
        </message>
        <message>
            <source>sector %1</source>
            <translation>sector %1</translation>
        </message>
        <message>
            <source>royalties programmed from %1</source>
            <translation>regalías programadas desde %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>historical amount</source>
            <translation>monto histórico</translation>
        </message>
        <message>
            <source>projected amount</source>
            <translation>monto proyectado</translation>
        </message>
        <message>
            <source>four-year goal</source>
            <translation>meta del cuatrienio</translation>
        </message>
        <message>
            <source>own label</source>
            <translation>nombre propio</translation>
        </message>
        <message>
            <source>responsible office</source>
            <translation>dependencia responsable</translation>
        </message>
        <message>
            <source>wellbeing indicator</source>
            <translation>indicador de bienestar</translation>
        </message>
        <message>
            <source>strategic line</source>
            <translation>línea estratégica</translation>
        </message>
        <message>
            <source>program</source>
            <translation>programa</translation>
        </message>
        <message>
            <source>product</source>
            <translation>producto</translation>
        </message>
        <message>
            <source>own item</source>
            <translation>elemento propio</translation>
        </message>
        <message>
            <source>main goal</source>
            <translation>meta principal</translation>
        </message>
        <message>
            <source>trend</source>
            <translation>tendencia</translation>
        </message>
        <message>
            <source>BPIN</source>
            <translation>BPIN</translation>
        </message>
        <message>
            <source>goal code</source>
            <translation>código de la meta</translation>
        </message>
        <message>
            <source>population focus</source>
            <translation>enfoque poblacional</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
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
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Deleted against a change</source>
            <translation>Eliminado contra un cambio</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambio</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::AboutDialog</name>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>Windows, printing and access to the plan file</source>
            <translation>Ventanas, impresión y acceso al archivo del plan</translation>
        </message>
        <message>
            <source>LGPL-3.0</source>
            <translation>LGPL-3.0</translation>
        </message>
        <message>
            <source>Charts of the diagnosis and of the follow-up</source>
            <translation>Gráficos del diagnóstico y del seguimiento</translation>
        </message>
        <message>
            <source>GPL-3.0</source>
            <translation>GPL-3.0</translation>
        </message>
        <message>
            <source>Plan file format (through Qt's SQLite driver)</source>
            <translation>Formato del archivo del plan (a través del controlador SQLite de Qt)</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>Dominio público</translation>
        </message>
        <message>
            <source>Writing Excel (.xlsx) workbooks</source>
            <translation>Escritura de libros de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>LGPL-2.1 with static linking exception</source>
            <translation>LGPL-2.1 con excepción de enlace estático</translation>
        </message>
        <message>
            <source>Reading Excel (.xlsx) workbooks</source>
            <translation>Lectura de libros de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>zlib licence</source>
            <translation>Licencia zlib</translation>
        </message>
        <message>
            <source>Automated tests only; not part of the program</source>
            <translation>Solo pruebas automáticas; no hace parte del programa</translation>
        </message>
        <message>
            <source>BSD-3-Clause</source>
            <translation>BSD-3-Clause</translation>
        </message>
        <message>
            <source>Performance measurements only; not part of the program</source>
            <translation>Solo mediciones de rendimiento; no hace parte del programa</translation>
        </message>
        <message>
            <source>Apache-2.0</source>
            <translation>Apache-2.0</translation>
        </message>
        <message>
            <source>About Planea</source>
            <translation>Acerca de Planea</translation>
        </message>
        <message>
            <source>Planea</source>
            <translation>Planea</translation>
        </message>
        <message>
            <source>Built with Qt %1; running on Qt %2.</source>
            <translation>Compilado con Qt %1; en ejecución con Qt %2.</translation>
        </message>
        <message>
            <source>Territorial development plans for Colombian municipalities, offline, following the route of the DNP's Kit de Planeación Territorial.</source>
            <translation>Planes de desarrollo territorial para municipios colombianos, sin conexión, siguiendo la ruta del Kit de Planeación Territorial del DNP.</translation>
        </message>
        <message>
            <source>Planea is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY. The full text is in the LICENSE file installed with the program.</source>
            <translation>Planea es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA. El texto completo está en el archivo LICENSE que se instala con el programa.</translation>
        </message>
        <message>
            <source>Planea is built with these components:</source>
            <translation>Planea está hecho con estos componentes:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Uso</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ActorDialog</name>
        <message>
            <source>Another person…</source>
            <translation>Otra persona…</translation>
        </message>
        <message>
            <source>Who is working on this plan?</source>
            <translation>¿Quién trabaja en este plan?</translation>
        </message>
        <message>
            <source>Every change is recorded with the name of the person who makes it, so the team can see who changed what and when.</source>
            <translation>Cada cambio queda registrado con el nombre de quien lo hace, para que el equipo sepa quién cambió qué y cuándo.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Name of the other person</source>
            <translation>Nombre de la otra persona</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::AmendmentDialog</name>
        <message>
            <source>Record the amendment</source>
            <translation>Registrar la enmienda</translation>
        </message>
        <message>
            <source>The changes you made are recorded as an amendment of the approved plan, with the act that adopted them. The plan gets a new version and a new fingerprint.</source>
            <translation>Los cambios que hizo quedan registrados como una enmienda del plan aprobado, con el acto que los adoptó. El plan recibe una nueva versión y una nueva huella.</translation>
        </message>
        <message>
            <source>e.g. Acuerdo 015 de 2029</source>
            <translation>p. ej. Acuerdo 015 de 2029</translation>
        </message>
        <message>
            <source>What changed and why</source>
            <translation>Qué cambió y por qué</translation>
        </message>
        <message>
            <source>&amp;Act:</source>
            <translation>&amp;Acto:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Modify the plan (amendment)</source>
            <translation>Modificar el plan (enmienda)</translation>
        </message>
        <message>
            <source>Open a plan you can edit first.</source>
            <translation>Abra primero un plan que pueda editar.</translation>
        </message>
        <message>
            <source>The plan has not been approved yet: edit it directly; amendments are for approved plans.</source>
            <translation>El plan aún no ha sido aprobado: edítelo directamente; las enmiendas son para planes aprobados.</translation>
        </message>
        <message>
            <source>Start an amendment of the approved plan? The approved lines, programs, goals and investment become editable. When you are done, choose this action again to record the amendment with its act and date.</source>
            <translation>¿Iniciar una enmienda del plan aprobado? Las líneas, programas, metas e inversión aprobados se vuelven editables. Cuando termine, elija de nuevo esta acción para registrar la enmienda con su acto y su fecha.</translation>
        </message>
        <message>
            <source>Amendment recorded (act «%1»). New fingerprint: %2</source>
            <translation>Enmienda registrada (acto «%1»). Nueva huella: %2</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::AnnualTargetsModel</name>
        <message>
            <source>Target of the year. Write NP when the goal is not programmed that year (it is not the same as 0).</source>
            <translation>Meta del año. Escriba NP cuando la meta no esté programada ese año (no es lo mismo que 0).</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Accumulation</source>
            <translation>Acumulación</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Ponderación %</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Dependencia responsable</translation>
        </message>
        <message>
            <source>Four-year goal</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source>Change accumulation type</source>
            <translation>Cambiar tipo de acumulación</translation>
        </message>
        <message>
            <source>Target %1: not programmed</source>
            <translation>Meta %1: no programada</translation>
        </message>
        <message>
            <source>“%1” is not a target. Write a number like 12,5, or NP if the goal is not programmed that year.</source>
            <translation>«%1» no es una meta. Escriba un número como 12,5, o NP si la meta no está programada ese año.</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like 12,5.</source>
            <translation>«%1» no es un número. Escríbalo así: 12,5.</translation>
        </message>
        <message>
            <source>The weight is a percentage between 0 and 100.</source>
            <translation>La ponderación es un porcentaje entre 0 y 100.</translation>
        </message>
        <message>
            <source>Change weight</source>
            <translation>Cambiar ponderación</translation>
        </message>
        <message>
            <source>Change four-year goal</source>
            <translation>Cambiar meta cuatrienio</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ApprovalDialog</name>
        <message>
            <source>Record the approval of the plan</source>
            <translation>Registrar la aprobación del plan</translation>
        </message>
        <message>
            <source>Record the act with which the council adopted the plan. Planea then freezes the approved content (lines, programs, goals, annual targets and investment), computes its fingerprint and prints it on every page of every document. Later changes to that content are amendments, each with its own act.</source>
            <translation>Registre el acto con el que el Concejo o la Asamblea adoptó el plan. Planea congela entonces el contenido aprobado (líneas, programas, metas, metas anuales e inversión), calcula su huella y la imprime en cada página de cada documento. Los cambios posteriores a ese contenido son modificaciones, cada una con su propio acto.</translation>
        </message>
        <message>
            <source>e.g. Acuerdo 005 de 2028</source>
            <translation>p. ej. Acuerdo 005 de 2028</translation>
        </message>
        <message>
            <source>&amp;Act:</source>
            <translation>&amp;Acto:</translation>
        </message>
        <message>
            <source>&amp;Date of the act:</source>
            <translation>&amp;Fecha del acto:</translation>
        </message>
        <message>
            <source>Approve and freeze</source>
            <translation>Aprobar y congelar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Write the act that adopted the plan, e.g. «Acuerdo 005 de 2028».</source>
            <translation>Escriba el acto que adoptó el plan, p. ej. «Acuerdo 005 de 2028».</translation>
        </message>
        <message>
            <source>The date of the act, %1, is later than today. Is it right?</source>
            <translation>La fecha del acto, %1, es posterior a hoy. ¿Es correcta?</translation>
        </message>
        <message>
            <source>Open a plan you can edit first.</source>
            <translation>Primero abra un plan que se pueda editar.</translation>
        </message>
        <message>
            <source>The plan is already approved (version %1, %2). Changes to it are amendments: Plan › Modify the plan (amendment).</source>
            <translation>El plan ya está aprobado (versión %1, %2). Los cambios son modificaciones: Plan › Modificar el plan (enmienda).</translation>
        </message>
        <message>
            <source>Verify the fingerprint</source>
            <translation>Verificar la huella</translation>
        </message>
        <message>
            <source>Open a plan first.</source>
            <translation>Primero abra un plan.</translation>
        </message>
        <message>
            <source>The plan has not been approved: it has no fingerprint to compare. Record the approval with Plan › Record the approval.</source>
            <translation>El plan no ha sido aprobado: no tiene huella con qué comparar. Registre la aprobación en Plan › Registrar la aprobación.</translation>
        </message>
        <message>
            <source>The plan was already adopted by this act: approving it freezes it under the same act. A later change is an amendment (Plan › Modify the plan (amendment)).</source>
            <translation>El plan ya fue adoptado mediante este acto: al aprobarlo se congela con ese mismo acto. Un cambio posterior es una enmienda (Plan › Modificar el plan (enmienda)).</translation>
        </message>
        <message>
            <source>Plan approved by «%1» (version 1). SHA-256 fingerprint of the approved content:
%2

Save the approval receipt and hand it to the council: it proves later that a plan file is the approved one, even against someone who edits the file.</source>
            <translation>Plan aprobado mediante «%1» (versión 1). Huella SHA-256 del contenido aprobado:
%2

Guarde el recibo de aprobación y entréguelo al Concejo: prueba después que un archivo de plan es el aprobado, incluso frente a quien edite el archivo.</translation>
        </message>
        <message>
            <source>Save the &amp;receipt…</source>
            <translation>Guardar el &amp;recibo…</translation>
        </message>
        <message>
            <source>Save the approval receipt as</source>
            <translation>Guardar el recibo de aprobación como</translation>
        </message>
        <message>
            <source>%1-receipt-v%2.txt</source>
            <translation>%1-recibo-v%2.txt</translation>
        </message>
        <message>
            <source>Approval receipts (*.txt)</source>
            <translation>Recibos de aprobación (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::AuditLogModel</name>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::BackupsDialog</name>
        <message>
            <source>&amp;Restore this copy</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <source>Backup copies of «%1»</source>
            <translation>Copias de seguridad de «%1»</translation>
        </message>
        <message>
            <source>There are no backup copies of this plan yet. Planea makes one when a plan is opened, every hour of editing, and before an approval, an import or a format update.</source>
            <translation>Aún no hay copias de seguridad de este plan. Planea hace una al abrir un plan, cada hora de edición y antes de una aprobación, una importación o una actualización de formato.</translation>
        </message>
        <message>
            <source>Planea makes a copy when the plan is opened, every hour of editing, and before an approval, an import or a format update. Restoring replaces the plan with the chosen copy; the plan as it is now is kept as one more copy first, so nothing is lost.</source>
            <translation>Planea hace una copia al abrir el plan, cada hora de edición y antes de una aprobación, una importación o una actualización de formato. Restaurar reemplaza el plan por la copia elegida; antes, el plan tal como está ahora se guarda como una copia más, así que nada se pierde.</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>This copy is damaged: its bytes no longer match the fingerprint (SHA-256) recorded when it was made, so it cannot be restored. Choose another copy.</source>
            <translation>Esta copia está dañada: sus bytes ya no coinciden con la huella (SHA-256) registrada cuando se hizo, así que no se puede restaurar. Elija otra copia.</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Íntegra</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Dañada</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::CatalogSearchDialog</name>
        <message>
            <source>Choose from the catalog: %1</source>
            <translation>Elegir del catálogo: %1</translation>
        </message>
        <message>
            <source>Type words of the name or the first digits of the code. Use ↓ to move through the results and Enter to choose.</source>
            <translation>Escriba palabras del nombre o los primeros dígitos del código. Use ↓ para recorrer los resultados y Enter para elegir.</translation>
        </message>
        <message>
            <source>Search, e.g. “vías rurales” or 2402</source>
            <translation>Buscar, p. ej. «vías rurales» o 2402</translation>
        </message>
        <message>
            <source>Only items under code %1</source>
            <translation>Solo los elementos bajo el código %1</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Elegir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>(no published name)</source>
            <translation>(sin nombre publicado)</translation>
        </message>
        <message>
            <source>The catalogs could not be loaded: add your own item instead.</source>
            <translation>No se pudieron cargar los catálogos: agregue un elemento propio.</translation>
        </message>
        <message>
            <source>Type to search the catalog.</source>
            <translation>Escriba para buscar en el catálogo.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <source>The MGA catalog cannot be used: %1 Add your own item instead, or import the catalog again (Catalog › Import).</source>
            <translation>El catálogo MGA no se puede usar: %1 Agregue un elemento propio o vuelva a importar el catálogo (Catálogo › Importar).</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ChangeLogDialog</name>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Change log — %1</source>
            <translation>Registro de cambios — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>Todos los módulos</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) shown.</source>
            <translation>
                <numerusform>%n cambio mostrado.</numerusform>
                <numerusform>%n cambios mostrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>This plan has no change history yet: it starts when the plan is opened with permission to write.</source>
            <translation>Este plan todavía no tiene historial de cambios: empieza cuando el plan se abre con permiso de escritura.</translation>
        </message>
        <message>
            <source>-change-log</source>
            <translation>-registro-de-cambios</translation>
        </message>
        <message>
            <source>Export the change log</source>
            <translation>Exportar el registro de cambios</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV para Excel (*.csv)</translation>
        </message>
        <message>
            <source>The change log was not exported</source>
            <translation>El registro de cambios no se exportó</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::CharacterizationModel</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>What the team knows</source>
            <translation>Lo que sabe el equipo</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ChartWidget</name>
        <message>
            <source>Millions of pesos</source>
            <translation>Millones de pesos</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ChecklistModel</name>
        <message>
            <source>Done</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Evidence (document, act, link)</source>
            <translation>Evidencia (documento, acta, enlace)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ColumnChoice</name>
        <message>
            <source>(do not import)</source>
            <translation>(no importar)</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Progress %1</source>
            <translation>Avance %1</translation>
        </message>
        <message>
            <source>Progress %1 Q%2</source>
            <translation>Avance %1 T%2</translation>
        </message>
        <message>
            <source>Resources %1 – %2</source>
            <translation>Recursos %1 – %2</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::DashboardModel</name>
        <message>
            <source>Whole plan</source>
            <translation>Todo el plan</translation>
        </message>
        <message>
            <source>Not programmed in %1</source>
            <translation>No programada en %1</translation>
        </message>
        <message>
            <source>Target %1: %2 · achieved: %3</source>
            <translation>Meta %1: %2 · logrado: %3</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>sin reporte</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Plan, line, program, goal</source>
            <translation>Plan, línea, programa, meta</translation>
        </message>
        <message>
            <source>Eficacia</source>
            <translation>Eficacia</translation>
        </message>
        <message>
            <source>Traffic light</source>
            <translation>Semáforo</translation>
        </message>
        <message>
            <source>Four-year progress</source>
            <translation>Avance cuatrienio</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Reportadas</translation>
        </message>
        <message>
            <source>Without report</source>
            <translation>Sin reporte</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::DashboardWidget</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <source>Office:</source>
            <translation>Dependencia:</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Gráfica:</translation>
        </message>
        <message>
            <source>Eficacia by line</source>
            <translation>Eficacia por línea</translation>
        </message>
        <message>
            <source>Eficacia by sector</source>
            <translation>Eficacia por sector</translation>
        </message>
        <message>
            <source>Eficacia by office</source>
            <translation>Eficacia por dependencia</translation>
        </message>
        <message>
            <source>Eficacia by year</source>
            <translation>Eficacia por año</translation>
        </message>
        <message>
            <source>History of the selected item</source>
            <translation>Historia del elemento elegido</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Logrado</translation>
        </message>
        <message>
            <source>Eficacia</source>
            <translation>Eficacia</translation>
        </message>
        <message>
            <source>Traffic light</source>
            <translation>Semáforo</translation>
        </message>
        <message>
            <source>Four-year progress</source>
            <translation>Avance cuatrienio</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>History by year</source>
            <translation>Historia por año</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>Todas las dependencias</translation>
        </message>
        <message>
            <source>Without responsible office</source>
            <translation>Sin dependencia responsable</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Sin información</translation>
        </message>
        <message>
            <source>Eficacia %1: &lt;b&gt;%2&lt;/b&gt; · four-year progress: &lt;b&gt;%3&lt;/b&gt; · goals reported: %4 of %5</source>
            <translation>Eficacia %1: &lt;b&gt;%2&lt;/b&gt; · avance del cuatrienio: &lt;b&gt;%3&lt;/b&gt; · metas reportadas: %4 de %5</translation>
        </message>
        <message>
            <source> (information integrity %1)</source>
            <translation> (integridad de la información %1)</translation>
        </message>
        <message>
            <source> — only the goals of “%1”</source>
            <translation> — solo las metas de «%1»</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>sin reporte</translation>
        </message>
        <message>
            <source>Eficacia %1 (%)</source>
            <translation>Eficacia %1 (%)</translation>
        </message>
        <message>
            <source>Four-year progress (%)</source>
            <translation>Avance del cuatrienio (%)</translation>
        </message>
        <message>
            <source>No goal is programmed in %1 for this selection.</source>
            <translation>Ninguna meta está programada en %1 para esta selección.</translation>
        </message>
        <message>
            <source>Eficacia and four-year progress by strategic line, %1</source>
            <translation>Eficacia y avance del cuatrienio por línea estratégica, %1</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Eficacia and four-year progress by sector, %1</source>
            <translation>Eficacia y avance del cuatrienio por sector, %1</translation>
        </message>
        <message>
            <source>Eficacia and four-year progress by office, %1</source>
            <translation>Eficacia y avance del cuatrienio por dependencia, %1</translation>
        </message>
        <message>
            <source>Without office</source>
            <translation>Sin dependencia</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Todo el plan</translation>
        </message>
        <message>
            <source>Eficacia of the year (%)</source>
            <translation>Eficacia del año (%)</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Sin reporte</translation>
        </message>
        <message>
            <source>Money spent, no progress</source>
            <translation>Recursos ejecutados sin avance</translation>
        </message>
        <message>
            <source>Progress, no money committed</source>
            <translation>Avance sin recursos comprometidos</translation>
        </message>
        <message>
            <source>Warnings (%1)</source>
            <translation>Alertas (%1)</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Método:</translation>
        </message>
        <message>
            <source>Weighted (ponderaciones)</source>
            <translation>Ponderado (ponderaciones)</translation>
        </message>
        <message>
            <source>Simple mean of the goals</source>
            <translation>Promedio simple de las metas</translation>
        </message>
        <message>
            <source>Four-year progress, capped per goal</source>
            <translation>Avance del cuatrienio con tope por meta</translation>
        </message>
        <message>
            <source>%1 (only for this session: the plan is read-only)</source>
            <translation>%1 (solo para esta sesión: el plan es de solo lectura)</translation>
        </message>
        <message>
            <source> · method: %1</source>
            <translation> · método: %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Eficacia by year — %1</source>
            <translation>Eficacia por año — %1</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::DiagnosisPage</name>
        <message>
            <source>Welfare indicators</source>
            <translation>Indicadores de bienestar</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Financial diagnosis</source>
            <translation>Diagnóstico financiero</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>%1 (projected)</source>
            <translation>%1 (proyectado)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Revenue by year (history and projection)</source>
            <translation>Ingresos por año (histórico y proyección)</translation>
        </message>
        <message>
            <source>The diagnosis tells where the municipality stands today. Welfare indicators (for example the youth unemployment rate) show the trend by year; the characterisation records what the team knows about the population, the transition report, land-use instruments, special classifications, competencies and resources; problems record causes and effects; the financial diagnosis shows what the municipality has received and what it expects to receive in the four years: that projection is the ceiling of the investment plan.</source>
            <translation>El diagnóstico dice cómo está hoy el municipio. Los indicadores de bienestar (por ejemplo, la tasa de desempleo juvenil) muestran la tendencia año a año; la caracterización registra lo que el equipo sabe de la población, el informe de empalme, los instrumentos de ordenamiento, las clasificaciones especiales, las competencias y los recursos; los problemas registran causas y efectos; el diagnóstico financiero muestra lo que el municipio ha recibido y lo que espera recibir en los cuatro años: esa proyección es el techo del plan de inversiones.</translation>
        </message>
        <message>
            <source>Characterisation</source>
            <translation>Caracterización</translation>
        </message>
        <message>
            <source>&amp;Line:</source>
            <translation>&amp;Línea:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <source>S&amp;DG:</source>
            <translation>O&amp;DS:</translation>
        </message>
        <message>
            <source>&amp;PND:</source>
            <translation>&amp;PND:</translation>
        </message>
        <message>
            <source>Add from the catalog…</source>
            <translation>Agregar del catálogo…</translation>
        </message>
        <message>
            <source>Search the list of welfare indicators by words.</source>
            <translation>Busque en la lista de indicadores de bienestar por palabras.</translation>
        </message>
        <message>
            <source>Add own indicator…</source>
            <translation>Agregar indicador propio…</translation>
        </message>
        <message>
            <source>Remove indicator</source>
            <translation>Quitar indicador</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source of the figure</source>
            <translation>Fuente del dato</translation>
        </message>
        <message>
            <source>Type the value of each year; an empty cell means no figure for that year.</source>
            <translation>Escriba el valor de cada año; una celda vacía significa que no hay dato para ese año.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like 12,5.</source>
            <translation>«%1» no es un número. Escríbalo como 12,5.</translation>
        </message>
        <message>
            <source>Edit %1 value of “%2”</source>
            <translation>Editar el valor %1 de «%2»</translation>
        </message>
        <message>
            <source>Select a welfare indicator to see its values by year</source>
            <translation>Seleccione un indicador de bienestar para ver sus valores por año</translation>
        </message>
        <message>
            <source>No values yet: type them in the table on the left</source>
            <translation>Aún no hay valores: escríbalos en la tabla de la izquierda</translation>
        </message>
        <message>
            <source>Add welfare indicator</source>
            <translation>Agregar indicador de bienestar</translation>
        </message>
        <message>
            <source>Own welfare indicator</source>
            <translation>Indicador de bienestar propio</translation>
        </message>
        <message>
            <source>Name of the indicator (e.g. “Tasa de deserción escolar rural”):</source>
            <translation>Nombre del indicador (p. ej. «Tasa de deserción escolar rural»):</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>El nombre no puede quedar vacío.</translation>
        </message>
        <message>
            <source>Add own welfare indicator</source>
            <translation>Agregar indicador de bienestar propio</translation>
        </message>
        <message>
            <source>The product goal “%1” contributes to this indicator. Unlink it in the strategic plan first.</source>
            <translation>La meta de producto «%1» aporta a este indicador. Desvincúlela primero en el plan estratégico.</translation>
        </message>
        <message>
            <source>Remove welfare indicator “%1”</source>
            <translation>Quitar el indicador de bienestar «%1»</translation>
        </message>
        <message>
            <source>Groups of the population: children, youth, women, victims, ethnic groups, people with disabilities, rural population…</source>
            <translation>Grupos de población: niñez, juventud, mujeres, víctimas, grupos étnicos, personas con discapacidad, población rural…</translation>
        </message>
        <message>
            <source>What the outgoing administration handed over: ongoing projects, debts, pending lawsuits, the state of the archives.</source>
            <translation>Lo que entregó la administración saliente: proyectos en curso, deudas, procesos judiciales pendientes, estado de los archivos.</translation>
        </message>
        <message>
            <source>POT, PBOT or EOT and their status; other land-use instruments.</source>
            <translation>POT, PBOT o EOT y su estado; otros instrumentos de ordenamiento territorial.</translation>
        </message>
        <message>
            <source>Whether the municipality is PDET, ZOMAC, a border municipality…</source>
            <translation>Si el municipio es PDET, ZOMAC, de frontera…</translation>
        </message>
        <message>
            <source>What the municipality is responsible for in each sector (Ley 715 de 2001).</source>
            <translation>De qué responde el municipio en cada sector (Ley 715 de 2001).</translation>
        </message>
        <message>
            <source>Own revenue, transfers (SGP), royalties, credit and other resources.</source>
            <translation>Recursos propios, transferencias (SGP), regalías, crédito y otros recursos.</translation>
        </message>
        <message>
            <source>Record here what the team knows for the selected view: one note per topic, with a short title and its text. Double-click a cell to edit it.</source>
            <translation>Registre aquí lo que el equipo sabe sobre la vista seleccionada: una nota por tema, con un título corto y su texto. Haga doble clic en una celda para editarla.</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Agregar nota</translation>
        </message>
        <message>
            <source>Remove note</source>
            <translation>Quitar nota</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>Add characterisation note</source>
            <translation>Agregar nota de caracterización</translation>
        </message>
        <message>
            <source>Remove characterisation note</source>
            <translation>Quitar nota de caracterización</translation>
        </message>
        <message>
            <source>For each problem: what happens, why (causes), what it leads to (effects), who suffers it and where. The causes point to the programs; the effects, to the welfare indicators.</source>
            <translation>Para cada problema: qué pasa, por qué (causas), a qué lleva (efectos), a quién afecta y dónde. Las causas orientan los programas; los efectos, los indicadores de bienestar.</translation>
        </message>
        <message>
            <source>Add problem</source>
            <translation>Agregar problema</translation>
        </message>
        <message>
            <source>Remove problem</source>
            <translation>Quitar problema</translation>
        </message>
        <message>
            <source>New problem</source>
            <translation>Nuevo problema</translation>
        </message>
        <message>
            <source>Amounts in pesos by funding source and year. The years before the term are history (what was received); the four years of the term are the projection, the ceiling of the investment plan. Type an amount in a cell; delete it to leave it empty.</source>
            <translation>Montos en pesos por fuente de financiación y año. Los años anteriores al período son histórico (lo recibido); los cuatro años del período son la proyección, el techo del plan de inversiones. Escriba un monto en una celda; bórrelo para dejarla vacía.</translation>
        </message>
        <message>
            <source>Add a source:</source>
            <translation>Agregar una fuente:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>No financial history or projection yet: add a source below the table</source>
            <translation>Aún no hay histórico ni proyección financiera: agregue una fuente debajo de la tabla</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Proyección</translation>
        </message>
        <message>
            <source>“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.</source>
            <translation>«%1» no es un monto en pesos. Escríbalo como 150.000.000, sin decimales.</translation>
        </message>
        <message>
            <source>Edit %1 projection</source>
            <translation>Editar la proyección %1</translation>
        </message>
        <message>
            <source>Edit %1 history</source>
            <translation>Editar el histórico %1</translation>
        </message>
        <message>
            <source>An indicator the entity measures itself, outside the catalog; it is marked «own».</source>
            <translation>Un indicador que la entidad mide por su cuenta, fuera del catálogo; queda marcado «propio».</translation>
        </message>
        <message>
            <source>Removes the selected indicator and its values by year (Ctrl+Z undoes it).</source>
            <translation>Quita el indicador seleccionado y sus valores por año (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <source>Records what the team knows on this subject, with its source.</source>
            <translation>Registra lo que el equipo sabe sobre este tema, con su fuente.</translation>
        </message>
        <message>
            <source>Removes the selected note (Ctrl+Z undoes it).</source>
            <translation>Quita la nota seleccionada (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <source>A problem of the territory, with its causes, effects and affected population.</source>
            <translation>Un problema del territorio, con sus causas, efectos y población afectada.</translation>
        </message>
        <message>
            <source>Removes the selected problem (Ctrl+Z undoes it).</source>
            <translation>Quita el problema seleccionado (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <source>Adds a row for the chosen funding source to the history and projection.</source>
            <translation>Agrega una fila para la fuente elegida en el histórico y la proyección.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::DocumentsPage</name>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
        <message>
            <source>Status of the plan</source>
            <translation>Estado de nuestro plan</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <source>The plan is %1 % complete.</source>
            <translation>El plan está completo en un %1 %.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Nothing: complete.</source>
            <translation>Nada: está completo.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
        <message>
            <source>%1 error(s) and %2 warning(s).</source>
            <translation>%1 error(es) y %2 aviso(s).</translation>
        </message>
        <message>
            <source>Here you see how far the plan has come: each module's progress and what it still lacks, and the checks Planea runs on the whole plan. Errors must be fixed before the plan goes to the planning council; warnings deserve a look. Double-click a finding to go to the item. In «Documents» you export, preview and print what the council and the planning council read.</source>
            <translation>Aquí ve cuánto ha avanzado el plan: el avance de cada módulo y lo que aún le falta, y las revisiones que Planea hace sobre todo el plan. Los errores deben corregirse antes de radicar el plan ante el Consejo Territorial de Planeación; los avisos merecen una revisión. Haga doble clic en un hallazgo para ir al elemento. En «Documentos» exporta, previsualiza e imprime lo que leen el concejo y el consejo de planeación.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>Qué contiene</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Excel (XLSX)…</source>
            <translation>Excel (XLSX)…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <source>Writer (ODT)…</source>
            <translation>Writer (ODT)…</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Export everything…</source>
            <translation>Exportar todo…</translation>
        </message>
        <message>
            <source>Every document in every format, into a folder.</source>
            <translation>Todos los documentos en todos los formatos, en una carpeta.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Lista de alistamiento</translation>
        </message>
        <message>
            <source>Territorial team</source>
            <translation>Equipo territorial</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Strategic part</source>
            <translation>Parte estratégica</translation>
        </message>
        <message>
            <source>Plan Plurianual de Inversiones</source>
            <translation>Plan Plurianual de Inversiones</translation>
        </message>
        <message>
            <source>Plan Indicativo</source>
            <translation>Plan Indicativo</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Status of our plan</source>
            <translation>Estado de nuestro plan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Full plan document (PDT)</source>
            <translation>Documento completo del plan (PDT)</translation>
        </message>
        <message>
            <source>The readiness checklist with the evidence of each item.</source>
            <translation>La lista de alistamiento con la evidencia de cada ítem.</translation>
        </message>
        <message>
            <source>Who formulates the plan: position, office, role and contact.</source>
            <translation>Quiénes formulan el plan: cargo, dependencia, rol y contacto.</translation>
        </message>
        <message>
            <source>Each strategic line with its weight, sectors, programs, goals and investment.</source>
            <translation>Cada línea estratégica con su peso, sectores, programas, metas e inversión.</translation>
        </message>
        <message>
            <source>The wellbeing indicators with their values by year.</source>
            <translation>Los indicadores de bienestar con sus valores por año.</translation>
        </message>
        <message>
            <source>Per line, its prioritised wellbeing indicators and its budget programs.</source>
            <translation>Por línea, sus indicadores de bienestar priorizados y sus programas presupuestales.</translation>
        </message>
        <message>
            <source>Money per product, year and funding source, with totals.</source>
            <translation>Recursos por producto, año y fuente de financiación, con totales.</translation>
        </message>
        <message>
            <source>Every product goal with its annual targets, office and resources.</source>
            <translation>Cada meta de producto con sus metas anuales, dependencia y recursos.</translation>
        </message>
        <message>
            <source>The goals of one year for one office (or all), with their resources.</source>
            <translation>Las metas de un año para una dependencia (o todas), con sus recursos.</translation>
        </message>
        <message>
            <source>How complete each module and line is, and everything that is pending.</source>
            <translation>Qué tan completo está cada módulo y cada línea, y todo lo que falta.</translation>
        </message>
        <message>
            <source>Progress and eficacia by line, program and product for a year.</source>
            <translation>Avance y eficacia por línea, programa y producto para un año.</translation>
        </message>
        <message>
            <source>Diagnosis, strategic part, investment plan and indicative plan summary, to keep editing in Word or LibreOffice (ODT) or to print (PDF).</source>
            <translation>Diagnóstico, parte estratégica, plan de inversiones y resumen del plan indicativo, para seguir editándolo en Word o LibreOffice (ODT) o para imprimir (PDF).</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Escrito: %1</translation>
        </message>
        <message>
            <source>Folder for every document</source>
            <translation>Carpeta para todos los documentos</translation>
        </message>
        <message>
            <source>Writing every document into %1…</source>
            <translation>Escribiendo todos los documentos en %1…</translation>
        </message>
        <message>
            <source>Every document was written into %1.</source>
            <translation>Todos los documentos quedaron escritos en %1.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exportando</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Vista previa de impresión: %1</translation>
        </message>
        <message>
            <source>Print: %1</source>
            <translation>Imprimir: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>KPT 2024-2027 workbook</source>
            <translation>Libro del KPT 2024-2027</translation>
        </message>
        <message>
            <source>The plan in the layout of DNP's Kit de Planeación Territorial workbook (lines, result indicators, SGR initiatives, Plan Indicativo with its 86 columns); Planea imports it back.</source>
            <translation>El plan con la estructura del libro del Kit de Planeación Territorial del DNP (líneas, indicadores de resultado, iniciativas SGR, Plan Indicativo con sus 86 columnas); Planea lo vuelve a importar.</translation>
        </message>
        <message>
            <source>The selected document as a letter-size PDF to print or send to the council.</source>
            <translation>El documento seleccionado como PDF tamaño carta, para imprimir o enviar al concejo.</translation>
        </message>
        <message>
            <source>The selected document as an Excel workbook with typed numbers.</source>
            <translation>El documento seleccionado como libro de Excel, con los números como números.</translation>
        </message>
        <message>
            <source>The selected document as a CSV file that Excel opens in Spanish.</source>
            <translation>El documento seleccionado como archivo CSV que Excel abre en español.</translation>
        </message>
        <message>
            <source>The selected document as a text document to keep editing in Word or LibreOffice.</source>
            <translation>El documento seleccionado como documento de texto para seguir editándolo en Word o LibreOffice.</translation>
        </message>
        <message>
            <source>Shows the pages exactly as they will be printed.</source>
            <translation>Muestra las páginas tal como se imprimirán.</translation>
        </message>
        <message>
            <source>Prints the selected document (Ctrl+P).</source>
            <translation>Imprime el documento seleccionado (Ctrl+P).</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ExchangeActions</name>
        <message>
            <source>(kept as it is)</source>
            <translation>(se conserva como está)</translation>
        </message>
        <message>
            <source>Import a KPT workbook</source>
            <translation>Importar libro del KPT</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save the new plan as</source>
            <translation>Guardar el plan nuevo como</translation>
        </message>
        <message>
            <source>Planea plans (*.planea)</source>
            <translation>Planes de Planea (*.planea)</translation>
        </message>
        <message>
            <source>Import DNP's MGA catalog</source>
            <translation>Importar el catálogo MGA del DNP</translation>
        </message>
        <message>
            <source>MGA catalog (*.xlsx *.csv);;All files (*)</source>
            <translation>Catálogo MGA (*.xlsx *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Importación cancelada: no se cambió nada.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>The workbook was not imported</source>
            <translation>El libro no se importó</translation>
        </message>
        <message>
            <source>Plan %1 %2-%3.planea</source>
            <translation>Plan %1 %2-%3.planea</translation>
        </message>
        <message>
            <source>There is already a file named “%1”. Choose another name: Planea never replaces an existing plan with a new one.</source>
            <translation>Ya existe un archivo llamado «%1». Elija otro nombre: Planea nunca reemplaza un plan existente por uno nuevo.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>New plan: %1
%2 (%3), %4–%5.
Lines: %6; programs: %7; products: %8; product indicators: %9; SGR initiatives: %10.</source>
            <translation>Plan nuevo: %1
%2 (%3), %4–%5.
Líneas: %6; programas: %7; productos: %8; indicadores de producto: %9; iniciativas SGR: %10.</translation>
        </message>
        <message>
            <source>KPT workbook imported</source>
            <translation>Libro del KPT importado</translation>
        </message>
        <message>
            <source>What Planea assumed or left out</source>
            <translation>Lo que Planea supuso o dejó por fuera</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Nothing: every row of the workbook was read as it is.</source>
            <translation>Nada: cada fila del libro se leyó tal como está.</translation>
        </message>
        <message>
            <source>KPT import report.csv</source>
            <translation>Informe de importación KPT.csv</translation>
        </message>
        <message>
            <source>The spreadsheet was not imported</source>
            <translation>La hoja de cálculo no se importó</translation>
        </message>
        <message>
            <source>The plan is no longer open.</source>
            <translation>El plan ya no está abierto.</translation>
        </message>
        <message>
            <source>Progress imported</source>
            <translation>Avance importado</translation>
        </message>
        <message>
            <source>The progress of «%1» is in the plan. A backup of the plan as it was was made first (Archivo › Copias de seguridad).</source>
            <translation>El avance de «%1» quedó en el plan. Antes se hizo una copia de seguridad del plan como estaba (Archivo › Copias de seguridad).</translation>
        </message>
        <message>
            <source>Left out: sheet «%1», row %2: %3</source>
            <translation>Omitida: hoja «%1», fila %2: %3</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Import assistant</source>
            <translation>Asistente de importación</translation>
        </message>
        <message>
            <source>Plan imported</source>
            <translation>Plan importado</translation>
        </message>
        <message>
            <source>New plan: %1</source>
            <translation>Plan nuevo: %1</translation>
        </message>
        <message>
            <source>The catalog was not imported</source>
            <translation>El catálogo no se importó</translation>
        </message>
        <message>
            <source>This catalog is already the newest version (%1): nothing changed.</source>
            <translation>Este catálogo ya es la versión más nueva (%1): no cambió nada.</translation>
        </message>
        <message>
            <source>Catalog version imported: %1 (from %2). Previous version: %3.
Rows: %4; products: %5; product indicators: %6.
Added: %7; renamed: %8; deactivated: %9.</source>
            <translation>Versión del catálogo importada: %1 (desde %2). Versión anterior: %3.
Filas: %4; productos: %5; indicadores de producto: %6.
Agregados: %7; renombrados: %8; desactivados: %9.</translation>
        </message>
        <message>
            <source>The open plan keeps catalog version %1 until you move it to the new one.</source>
            <translation>El plan abierto conserva la versión %1 del catálogo hasta que usted lo pase a la nueva.</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(no registrada)</translation>
        </message>
        <message>
            <source>New plans use this version; existing plans keep theirs until you move them.</source>
            <translation>Los planes nuevos usan esta versión; los existentes conservan la suya hasta que usted los pase.</translation>
        </message>
        <message>
            <source>MGA catalog imported</source>
            <translation>Catálogo MGA importado</translation>
        </message>
        <message>
            <source>added</source>
            <translation>agregado</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>renombrado</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactivo)</translation>
        </message>
        <message>
            <source>Changes in the catalog</source>
            <translation>Cambios en el catálogo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>No changes against the previous version.</source>
            <translation>Sin cambios frente a la versión anterior.</translation>
        </message>
        <message>
            <source>Items of the open plan it touches</source>
            <translation>Elementos del plan abierto que afecta</translation>
        </message>
        <message>
            <source>In the plan</source>
            <translation>En el plan</translation>
        </message>
        <message>
            <source>In the new version</source>
            <translation>En la versión nueva</translation>
        </message>
        <message>
            <source>None of the open plan's items changed in this version.</source>
            <translation>Ningún elemento del plan abierto cambió en esta versión.</translation>
        </message>
        <message>
            <source>Move the plan to the new version…</source>
            <translation>Pasar el plan a la versión nueva…</translation>
        </message>
        <message>
            <source>MGA catalog report %1.csv</source>
            <translation>Informe del catálogo MGA %1.csv</translation>
        </message>
        <message>
            <source>The plan was not moved</source>
            <translation>El plan no se pasó a la versión nueva</translation>
        </message>
        <message>
            <source>The plan is open read-only: it cannot change its catalog version.</source>
            <translation>El plan está abierto solo para lectura: no puede cambiar su versión del catálogo.</translation>
        </message>
        <message>
            <source>Catalog version</source>
            <translation>Versión del catálogo</translation>
        </message>
        <message>
            <source>The plan already uses catalog version %1, the newest: nothing to move.</source>
            <translation>El plan ya usa la versión %1 del catálogo, la más nueva: no hay nada que pasar.</translation>
        </message>
        <message>
            <source>The plan uses catalog version %1. Moving it to %2:
· %3 item(s) take the catalog's new name;
· %4 item(s) are inactive in the new version: the plan keeps them, and validation points them out.
The move is one step: Edit › Undo takes it back.</source>
            <translation>El plan usa la versión %1 del catálogo. Al pasarlo a %2:
· %3 elemento(s) toman el nombre nuevo del catálogo;
· %4 elemento(s) están inactivos en la versión nueva: el plan los conserva y la validación los señala.
El paso es uno solo: Edición › Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>Move the plan to the new catalog version</source>
            <translation>Pasar el plan a la versión nueva del catálogo</translation>
        </message>
        <message>
            <source>Items of the plan that change</source>
            <translation>Elementos del plan que cambian</translation>
        </message>
        <message>
            <source>No item of the plan changes: only the version is recorded.</source>
            <translation>Ningún elemento del plan cambia: solo se registra la versión.</translation>
        </message>
        <message>
            <source>Move the plan</source>
            <translation>Pasar el plan</translation>
        </message>
        <message>
            <source>The plan now uses catalog version %1.</source>
            <translation>El plan usa ahora la versión %1 del catálogo.</translation>
        </message>
        <message>
            <source>Import progress from «%1»</source>
            <translation>Importar avances de «%1»</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ExecutionModel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Appropriation $</source>
            <translation>Apropiación $</translation>
        </message>
        <message>
            <source>Commitments $</source>
            <translation>Compromisos $</translation>
        </message>
        <message>
            <source>Obligations $</source>
            <translation>Obligaciones $</translation>
        </message>
        <message>
            <source>Payments $</source>
            <translation>Pagos $</translation>
        </message>
        <message>
            <source>“%1” is not an amount in pesos. Write it like 1.500.000, without decimals.</source>
            <translation>«%1» no es un valor en pesos. Escríbalo como 1.500.000, sin decimales.</translation>
        </message>
        <message>
            <source>Budget execution of %1 in %2</source>
            <translation>Ejecución presupuestal de %1 en %2</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ExportDialog</name>
        <message>
            <source>Export document</source>
            <translation>Exportar documento</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>Todas las dependencias</translation>
        </message>
        <message>
            <source>Office:</source>
            <translation>Dependencia:</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <source>CSV options</source>
            <translation>Opciones de CSV</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Punto y coma ( ; )</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Coma ( , )</translation>
        </message>
        <message>
            <source>Comma (12,5)</source>
            <translation>Coma (12,5)</translation>
        </message>
        <message>
            <source>Point (12.5)</source>
            <translation>Punto (12.5)</translation>
        </message>
        <message>
            <source>Separator:</source>
            <translation>Separador:</translation>
        </message>
        <message>
            <source>Decimal mark:</source>
            <translation>Separador decimal:</translation>
        </message>
        <message>
            <source>Excel with Colombian regional settings opens files with semicolons and decimal commas directly.</source>
            <translation>Excel con la configuración regional de Colombia abre directamente los archivos con punto y coma y coma decimal.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Archivos %1 (*.%2)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::FindingsModel</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severidad</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>What to fix</source>
            <translation>Qué corregir</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ImportAssistant</name>
        <message>
            <source>Import assistant</source>
            <translation>Asistente de importación</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The spreadsheet</source>
            <translation>La hoja de cálculo</translation>
        </message>
        <message>
            <source>A workbook (.xlsx) or a CSV file with your plan or its follow-up, one row per indicator.</source>
            <translation>Un libro (.xlsx) o un archivo CSV con su plan o su seguimiento, una fila por indicador.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Spreadsheet to import</source>
            <translation>Hoja de cálculo para importar</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>It is a plan: make a new plan from it</source>
            <translation>Es un plan: crear un plan nuevo con ella</translation>
        </message>
        <message>
            <source>It is a follow-up: add its progress to the open plan</source>
            <translation>Es un seguimiento: agregar su avance al plan abierto</translation>
        </message>
        <message>
            <source>Open the plan first.</source>
            <translation>Abra primero el plan.</translation>
        </message>
        <message>
            <source>e.g. 63111</source>
            <translation>p. ej. 63111</translation>
        </message>
        <message>
            <source>e.g. Buenavista</source>
            <translation>p. ej. Buenavista</translation>
        </message>
        <message>
            <source>First year of the term:</source>
            <translation>Primer año del periodo:</translation>
        </message>
        <message>
            <source>DANE code of the entity:</source>
            <translation>Código DANE de la entidad:</translation>
        </message>
        <message>
            <source>Entity name:</source>
            <translation>Nombre de la entidad:</translation>
        </message>
        <message>
            <source>Load a saved mapping…</source>
            <translation>Cargar un mapeo guardado…</translation>
        </message>
        <message>
            <source>The columns chosen last time for a file like this one (JSON).</source>
            <translation>Las columnas elegidas la vez pasada para un archivo como este (JSON).</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>Cargar un mapeo</translation>
        </message>
        <message>
            <source>Planea mappings (*.json)</source>
            <translation>Mapeos de Planea (*.json)</translation>
        </message>
        <message>
            <source>The mapping was not loaded</source>
            <translation>El mapeo no se cargó</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Sheets and header rows</source>
            <translation>Hojas y filas de títulos</translation>
        </message>
        <message>
            <source>Tick the sheets to read (one per secretaría is fine) and say in which row the column titles are; titles on two rows are joined.</source>
            <translation>Marque las hojas que se leen (una por secretaría sirve) y diga en qué fila están los títulos de las columnas; los títulos en dos filas se unen.</translation>
        </message>
        <message>
            <source>Titles in row:</source>
            <translation>Títulos en la fila:</translation>
        </message>
        <message>
            <source>Rows of titles:</source>
            <translation>Filas de títulos:</translation>
        </message>
        <message>
            <source>Sheets:</source>
            <translation>Hojas:</translation>
        </message>
        <message>
            <source>The first rows of the sheet (titles highlighted):</source>
            <translation>Las primeras filas de la hoja (títulos resaltados):</translation>
        </message>
        <message>
            <source>What each column is</source>
            <translation>Qué es cada columna</translation>
        </message>
        <message>
            <source>Planea guessed from the titles; correct what is wrong. Columns left as «(no importar)» are ignored.</source>
            <translation>Planea adivinó por los títulos; corrija lo que esté mal. Las columnas en «(no importar)» se ignoran.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primer valor</translation>
        </message>
        <message>
            <source>Planea field</source>
            <translation>Campo de Planea</translation>
        </message>
        <message>
            <source>0 to 100 (45 is 45 %)</source>
            <translation>de 0 a 100 (45 es 45 %)</translation>
        </message>
        <message>
            <source>0 to 1 (0,45 is 45 %)</source>
            <translation>de 0 a 1 (0,45 es 45 %)</translation>
        </message>
        <message>
            <source>pesos</source>
            <translation>pesos</translation>
        </message>
        <message>
            <source>thousands of pesos</source>
            <translation>miles de pesos</translation>
        </message>
        <message>
            <source>millions of pesos</source>
            <translation>millones de pesos</translation>
        </message>
        <message>
            <source>Save this mapping…</source>
            <translation>Guardar este mapeo…</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Guardar el mapeo</translation>
        </message>
        <message>
            <source>mapping.json</source>
            <translation>mapeo.json</translation>
        </message>
        <message>
            <source>The mapping was not saved</source>
            <translation>El mapeo no se guardó</translation>
        </message>
        <message>
            <source>Percentages written as:</source>
            <translation>Porcentajes escritos de:</translation>
        </message>
        <message>
            <source>Money in:</source>
            <translation>Dinero en:</translation>
        </message>
        <message>
            <source>Preview and dry run</source>
            <translation>Vista previa y simulación</translation>
        </message>
        <message>
            <source>The first rows as Planea reads them, and every row it cannot read. Nothing is written until you press «Importar».</source>
            <translation>Las primeras filas como Planea las lee, y cada fila que no puede leer. No se escribe nada hasta que pulse «Importar».</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Why it cannot be read</source>
            <translation>Por qué no se puede leer</translation>
        </message>
        <message>
            <source>Import the rows that can be read and leave out the others</source>
            <translation>Importar las filas que se pueden leer y omitir las demás</translation>
        </message>
        <message>
            <source>First rows as read:</source>
            <translation>Primeras filas como se leen:</translation>
        </message>
        <message>
            <source>Rows that cannot be read:</source>
            <translation>Filas que no se pueden leer:</translation>
        </message>
        <message>
            <source>Choose the spreadsheet to import.</source>
            <translation>Elija la hoja de cálculo que va a importar.</translation>
        </message>
        <message>
            <source>Open the plan the progress belongs to first.</source>
            <translation>Abra primero el plan al que pertenece el avance.</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>Hojas</translation>
        </message>
        <message>
            <source>Tick at least one sheet.</source>
            <translation>Marque al menos una hoja.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Choose the Planea field of at least one column.</source>
            <translation>Elija el campo de Planea de al menos una columna.</translation>
        </message>
        <message>
            <source>%1 row(s) cannot be read: correct the spreadsheet, or tick «leave out the others» to import the rest.</source>
            <translation>%1 fila(s) no se pueden leer: corrija la hoja de cálculo, o marque «omitir las demás» para importar el resto.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::IndicativePlanPage</name>
        <message>
            <source>Cumulative: what is delivered each year adds up. The four-year goal is the sum of the annual targets (e.g. 10 + 15 + 15 + 10 = 50 houses improved).</source>
            <translation>Acumulado: lo que se entrega cada año se suma. La meta cuatrienio es la suma de las metas anuales (por ejemplo, 10 + 15 + 15 + 10 = 50 viviendas mejoradas).</translation>
        </message>
        <message>
            <source>Capacity: each year adds installed capacity over the baseline. The four-year goal is the sum of the annual increments.</source>
            <translation>Capacidad: cada año agrega capacidad instalada sobre la línea base. La meta cuatrienio es la suma de los incrementos anuales.</translation>
        </message>
        <message>
            <source>Flow: the quantity restarts every year (e.g. people attended in the year). The four-year goal is the value of the last programmed year.</source>
            <translation>Flujo: la cantidad vuelve a empezar cada año (por ejemplo, personas atendidas en el año). La meta cuatrienio es el valor del último año programado.</translation>
        </message>
        <message>
            <source>Stock: a level at a point in time that includes the baseline (e.g. % coverage). The targets are increasing levels and the four-year goal is the last one.</source>
            <translation>Stock: un nivel en un momento dado que incluye la línea base (por ejemplo, % de cobertura). Las metas son niveles crecientes y la meta cuatrienio es la última.</translation>
        </message>
        <message>
            <source>Maintenance: keep a level. Every programmed year has the same target as the four-year goal.</source>
            <translation>Mantenimiento: sostener un nivel. Cada año programado tiene la misma meta que la meta cuatrienio.</translation>
        </message>
        <message>
            <source>Reduction: lower the level against the baseline (e.g. a mortality rate). Targets decrease and the four-year goal is the last one, below the baseline.</source>
            <translation>Reducción: bajar el nivel frente a la línea base (por ejemplo, una tasa de mortalidad). Las metas bajan y la meta cuatrienio es la última, por debajo de la línea base.</translation>
        </message>
        <message>
            <source>Annual reduction: each year has its own reduction target, independent of the others.</source>
            <translation>Reducción anual: cada año tiene su propia meta de reducción, independiente de las demás.</translation>
        </message>
        <message>
            <source>Annual programming</source>
            <translation>Programación anual</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <source>Select a goal to see what its accumulation type means for the annual targets.</source>
            <translation>Seleccione una meta para ver qué implica su tipo de acumulación en las metas anuales.</translation>
        </message>
        <message>
            <source>The annual targets agree with the four-year goal (%1).</source>
            <translation>Las metas anuales concuerdan con la meta cuatrienio (%1).</translation>
        </message>
        <message>
            <source>No year is programmed yet.</source>
            <translation>Aún no hay ningún año programado.</translation>
        </message>
        <message>
            <source>The Plan Indicativo spreads each four-year goal over the years of the term, says which office is responsible and how much each goal weighs. Write the target of each year, or NP when a goal is not programmed that year. Later, in Progress, each office records what it achieved and spent, with its evidence; the Dashboard shows the eficacia of each line with traffic lights.</source>
            <translation>El Plan Indicativo reparte cada meta del cuatrienio en los años del periodo, dice qué dependencia es responsable y cuánto pesa cada meta. Escriba la meta de cada año, o NP cuando una meta no esté programada ese año. Después, en Seguimiento, cada dependencia registra lo que logró y lo que ejecutó, con su evidencia; el Tablero de control muestra la eficacia de cada línea con su semáforo.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Todo el año</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Trimestre %1</translation>
        </message>
        <message>
            <source>Responsible office:</source>
            <translation>Dependencia responsable:</translation>
        </message>
        <message>
            <source>Choose evidence file…</source>
            <translation>Elegir archivo de evidencia…</translation>
        </message>
        <message>
            <source>Stores the path of a file (a report, an act, photos) as the evidence of the selected goal. The file itself is not copied into the plan.</source>
            <translation>Guarda la ruta de un archivo (un informe, un acta, fotos) como evidencia de la meta seleccionada. El archivo no se copia dentro del plan.</translation>
        </message>
        <message>
            <source>Open evidence</source>
            <translation>Abrir evidencia</translation>
        </message>
        <message>
            <source>Product goals</source>
            <translation>Metas de producto</translation>
        </message>
        <message>
            <source>Resources executed</source>
            <translation>Recursos ejecutados</translation>
        </message>
        <message>
            <source>Result indicators</source>
            <translation>Indicadores de resultado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tablero de control</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>Todas las dependencias</translation>
        </message>
        <message>
            <source>Without responsible office</source>
            <translation>Sin dependencia responsable</translation>
        </message>
        <message>
            <source>Select the goal in the table first, then choose its evidence file.</source>
            <translation>Seleccione primero la meta en la tabla y luego elija su archivo de evidencia.</translation>
        </message>
        <message>
            <source>Evidence of the goal</source>
            <translation>Evidencia de la meta</translation>
        </message>
        <message>
            <source>Opens the evidence file or link of the selected goal with the program the computer uses for it.</source>
            <translation>Abre el archivo o enlace de evidencia de la meta seleccionada con el programa que el computador usa para él.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::InvestmentGridModel</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Investment of %1 in %2</source>
            <translation>Inversión de %1 en %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.</source>
            <translation>«%1» no es un valor en pesos. Escríbalo así: 150.000.000, sin decimales.</translation>
        </message>
        <message>
            <source>Nothing was pasted: “%1” (row %2, column %3 of the copied block) is not an amount in pesos.</source>
            <translation>No se pegó nada: «%1» (fila %2, columna %3 del bloque copiado) no es un valor en pesos.</translation>
        </message>
        <message>
            <source>Paste a block into the investment plan</source>
            <translation>Pegar un bloque en el plan de inversiones</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::InvestmentPage</name>
        <message>
            <source>The multi-year investment plan spreads the cost of each product over the four years and over the sources that will pay for it (own resources, SGP, credit, co-financing…). Type the amounts or paste a block copied from Excel. Each product's plan must add up to its cost, and each source must stay within the financial projection.</source>
            <translation>El Plan Plurianual de Inversiones reparte el costo de cada producto entre los cuatro años y entre las fuentes que lo financian (recursos propios, SGP, crédito, cofinanciación…). Escriba los valores o pegue un bloque copiado de Excel. Lo programado para cada producto debe sumar su costo, y cada fuente debe quedar dentro de la proyección financiera.</translation>
        </message>
        <message>
            <source>Product:</source>
            <translation>Producto:</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>Por producto</translation>
        </message>
        <message>
            <source>Totals by source and year</source>
            <translation>Totales por fuente y año</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>The plan has no products yet. Add them in the strategic plan (module 4).</source>
            <translation>El plan aún no tiene productos. Agréguelos en el plan estratégico (módulo 4).</translation>
        </message>
        <message>
            <source>Planned %1, equal to the product's cost.</source>
            <translation>Programado: %1, igual al costo del producto.</translation>
        </message>
        <message>
            <source>Planned %1 of a cost of %2: %3 still to program.</source>
            <translation>Programado: %1 de un costo de %2; faltan %3 por programar.</translation>
        </message>
        <message>
            <source>Planned %1, which is %3 more than the cost of %2.</source>
            <translation>Programado: %1, es decir, %3 más que el costo de %2.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Exceeds the projection of %1</source>
            <translation>Supera la proyección de %1</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Investment plan</source>
            <translation>Plan de inversiones</translation>
        </message>
        <message>
            <source>Financial projection</source>
            <translation>Proyección financiera</translation>
        </message>
        <message>
            <source>Investment by year</source>
            <translation>Inversión por año</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ItemHistoryDialog</name>
        <message>
            <source>History: %1</source>
            <translation>Historial: %1</translation>
        </message>
        <message>
            <source>This plan has no change history yet: it starts when the plan is opened with permission to write.</source>
            <translation>Este plan todavía no tiene historial de cambios: empieza cuando el plan se abre con permiso de escritura.</translation>
        </message>
        <message>
            <source>No changes recorded for this item.</source>
            <translation>No hay cambios registrados para este elemento.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s), newest first.</source>
            <translation>
                <numerusform>%n cambio, el más reciente primero.</numerusform>
                <numerusform>%n cambios, los más recientes primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change history…</source>
            <translation>Historial de cambios…</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::KptEntityDialog</name>
        <message>
            <source>Data the workbook does not give</source>
            <translation>Datos que el libro no trae</translation>
        </message>
        <message>
            <source>The workbook does not say which entity or which term it is for. Give them and the import goes on; the rest comes from the workbook.</source>
            <translation>El libro no dice de qué entidad ni de qué periodo de gobierno es. Escríbalos y la importación sigue; lo demás sale del libro.</translation>
        </message>
        <message>
            <source>5 digits, e.g. 63111; 2 for a department</source>
            <translation>5 dígitos, p. ej. 63111; 2 para un departamento</translation>
        </message>
        <message>
            <source>e.g. Buenavista</source>
            <translation>p. ej. Buenavista</translation>
        </message>
        <message>
            <source>DANE code of the entity:</source>
            <translation>Código DANE de la entidad:</translation>
        </message>
        <message>
            <source>Entity name:</source>
            <translation>Nombre de la entidad:</translation>
        </message>
        <message>
            <source>First year of the term:</source>
            <translation>Primer año del periodo:</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The DANE code has 5 digits for a municipality (e.g. 63111) or 2 for a department.</source>
            <translation>El código DANE tiene 5 dígitos para un municipio (p. ej. 63111) o 2 para un departamento.</translation>
        </message>
        <message>
            <source>Write the entity's name.</source>
            <translation>Escriba el nombre de la entidad.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::LineModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Move line up</source>
            <translation>Subir línea</translation>
        </message>
        <message>
            <source>Move line down</source>
            <translation>Bajar línea</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::LinesPage</name>
        <message>
            <source>The strategic lines are the big themes of the plan, taken from the mayor's government program (for example “Social fabric” or “Rural economy”). Order them by priority: the first line is the most important. Each line groups sectors, and later its programs and products.</source>
            <translation>Las líneas estratégicas son los grandes temas del plan, tomados del programa de gobierno del mandatario (por ejemplo, «Tejido social» o «Economía rural»). Ordénelas por prioridad: la primera línea es la más importante. Cada línea agrupa sectores y, más adelante, sus programas y productos.</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Agregar línea</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Quitar línea</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Lines in priority order</source>
            <translation>Líneas en orden de prioridad</translation>
        </message>
        <message>
            <source>New line</source>
            <translation>Nueva línea</translation>
        </message>
        <message>
            <source>Add strategic line</source>
            <translation>Agregar línea estratégica</translation>
        </message>
        <message>
            <source>This line has programs. Move or remove its programs in the strategic plan first, so that no goal is lost by mistake.</source>
            <translation>Esta línea tiene programas. Primero mueva o quite sus programas en el plan estratégico, para que ninguna meta se pierda por error.</translation>
        </message>
        <message>
            <source>Remove line “%1”</source>
            <translation>Quitar la línea «%1»</translation>
        </message>
        <message>
            <source>Drag a line to change its priority; double-click a name or description to edit it.</source>
            <translation>Arrastre una línea para cambiar su prioridad; haga doble clic en un nombre o descripción para editarlo.</translation>
        </message>
        <message>
            <source>Sectors of the selected line:</source>
            <translation>Sectores de la línea seleccionada:</translation>
        </message>
        <message>
            <source>Tick the MGA sectors whose programs this line will hold.</source>
            <translation>Marque los sectores MGA cuyos programas tendrá esta línea.</translation>
        </message>
        <message>
            <source>Government program</source>
            <translation>Programa de Gobierno</translation>
        </message>
        <message>
            <source>Add sector %1 to the line</source>
            <translation>Agregar el sector %1 a la línea</translation>
        </message>
        <message>
            <source>Remove sector %1 from the line</source>
            <translation>Quitar el sector %1 de la línea</translation>
        </message>
        <message>
            <source>Paste here the text of the government program the mayor registered, or import it from a .txt or .docx file. The chart shows its most frequent meaningful words: the themes that repeat are good candidates for strategic lines.</source>
            <translation>Pegue aquí el texto del programa de gobierno que inscribió el mandatario, o impórtelo de un archivo .txt o .docx. El gráfico muestra sus palabras con sentido más frecuentes: los temas que se repiten son buenos candidatos a líneas estratégicas.</translation>
        </message>
        <message>
            <source>Paste the government program here…</source>
            <translation>Pegue aquí el programa de gobierno…</translation>
        </message>
        <message>
            <source>Import file (.txt, .docx)…</source>
            <translation>Importar archivo (.txt, .docx)…</translation>
        </message>
        <message>
            <source>Save text</source>
            <translation>Guardar texto</translation>
        </message>
        <message>
            <source>The text is also saved when you leave the box.</source>
            <translation>El texto también se guarda al salir del cuadro.</translation>
        </message>
        <message>
            <source>Import the government program</source>
            <translation>Importar el programa de gobierno</translation>
        </message>
        <message>
            <source>Text or Word documents (*.txt *.docx)</source>
            <translation>Documentos de texto o de Word (*.txt *.docx)</translation>
        </message>
        <message>
            <source>Edit government program</source>
            <translation>Editar el programa de gobierno</translation>
        </message>
        <message>
            <source>Paste or import the government program to see its most frequent words.</source>
            <translation>Pegue o importe el programa de gobierno para ver sus palabras más frecuentes.</translation>
        </message>
        <message>
            <source>Times mentioned</source>
            <translation>Veces mencionada</translation>
        </message>
        <message>
            <source>Most frequent words in the government program</source>
            <translation>Palabras más frecuentes del programa de gobierno</translation>
        </message>
        <message>
            <source>A new strategic line at the end of the list (Ctrl+Z undoes it).</source>
            <translation>Una nueva línea estratégica al final de la lista (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <source>Removes the selected line; a line that already has programs cannot be removed.</source>
            <translation>Quita la línea seleccionada; una línea que ya tiene programas no se puede quitar.</translation>
        </message>
        <message>
            <source>Moves the selected line up; the order is the order of the plan document. You can also drag it.</source>
            <translation>Sube la línea seleccionada; este es el orden del documento del plan. También puede arrastrarla.</translation>
        </message>
        <message>
            <source>Moves the selected line down; you can also drag it.</source>
            <translation>Baja la línea seleccionada; también puede arrastrarla.</translation>
        </message>
        <message>
            <source>Reads the Programa de Gobierno from a plain text or Word (.docx) file.</source>
            <translation>Lee el Programa de Gobierno de un archivo de texto plano o de Word (.docx).</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::MainWindow</name>
        <message>
            <source>Change history</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New plan…</source>
            <translation>&amp;Nuevo plan…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open the &amp;demonstration plan</source>
            <translation>Abrir el plan de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Close plan</source>
            <translation>&amp;Cerrar plan</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Change &amp;history</source>
            <translation>&amp;Historial de cambios</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Planea</source>
            <translation>&amp;Acerca de Planea</translation>
        </message>
        <message>
            <source>The plan could not be opened</source>
            <translation>No se pudo abrir el plan</translation>
        </message>
        <message>
            <source>&lt;plan opened&gt;</source>
            <translation>&lt;plan abierto&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Deshacer: %1</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Rehacer: %1</translation>
        </message>
        <message>
            <source>The change was not made</source>
            <translation>No se hizo el cambio</translation>
        </message>
        <message>
            <source>Plan opened</source>
            <translation>Plan abierto</translation>
        </message>
        <message>
            <source>The demonstration plan could not be created</source>
            <translation>No se pudo crear el plan de demostración</translation>
        </message>
        <message>
            <source>Plan %1 %2-%3.planea</source>
            <translation>Plan %1 %2-%3.planea</translation>
        </message>
        <message>
            <source>Save the new plan as</source>
            <translation>Guardar el nuevo plan como</translation>
        </message>
        <message>
            <source>Planea plans (*.planea)</source>
            <translation>Planes de Planea (*.planea)</translation>
        </message>
        <message>
            <source>The plan was not created</source>
            <translation>No se creó el plan</translation>
        </message>
        <message>
            <source>There is already a file named “%1”. Choose another name: Planea never replaces an existing plan with a new one.</source>
            <translation>Ya existe un archivo llamado «%1». Elija otro nombre: Planea nunca reemplaza un plan existente por uno nuevo.</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Abrir plan</translation>
        </message>
        <message>
            <source>Planea plans (*.planea);;All files (*)</source>
            <translation>Planes de Planea (*.planea);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Planea</source>
            <translation>Planea</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source> (demonstration)</source>
            <translation> (demostración)</translation>
        </message>
        <message>
            <source>%1 — %2 — Planea</source>
            <translation>%1 — %2 — Planea</translation>
        </message>
        <message>
            <source>read only</source>
            <translation>solo lectura</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>guardado</translation>
        </message>
        <message>
            <source>Read only: changes are not possible</source>
            <translation>Solo lectura: no se pueden hacer cambios</translation>
        </message>
        <message>
            <source>Saved automatically — %1</source>
            <translation>Guardado automáticamente — %1</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Guardar una co&amp;pia…</translation>
        </message>
        <message>
            <source>&amp;Backup copies…</source>
            <translation>Copias de se&amp;guridad…</translation>
        </message>
        <message>
            <source>Package for the &amp;council…</source>
            <translation>&amp;Paquete para el consejo…</translation>
        </message>
        <message>
            <source>%1 - council package.planea</source>
            <translation>%1 - paquete para el consejo.planea</translation>
        </message>
        <message>
            <source>Save the council package as</source>
            <translation>Guardar el paquete para el consejo como</translation>
        </message>
        <message>
            <source>A read-only copy of the approved plan with its progress, for the Consejo Territorial de Planeación to open in Planea.</source>
            <translation>Una copia de solo lectura del plan aprobado con su seguimiento, para que el Consejo Territorial de Planeación la abra en Planea.</translation>
        </message>
        <message>
            <source>The council package was not written</source>
            <translation>No se escribió el paquete para el consejo</translation>
        </message>
        <message>
            <source>Council package written</source>
            <translation>Paquete para el consejo escrito</translation>
        </message>
        <message>
            <source>The council package is in «%1». It opens read-only in Planea, on the dashboard.

Fingerprint: %2</source>
            <translation>El paquete para el consejo está en «%1». Se abre en Planea en solo lectura, en el tablero de control.

Huella: %2</translation>
        </message>
        <message>
            <source>&amp;Support contents</source>
            <translation>&amp;Contenidos de apoyo</translation>
        </message>
        <message>
            <source>Change &amp;log…</source>
            <translation>&amp;Registro de cambios…</translation>
        </message>
        <message>
            <source>&amp;Who is working…</source>
            <translation>¿&amp;Quién trabaja en el plan?…</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Modify the plan (amendment)…</source>
            <translation>&amp;Modificar el plan (enmienda)…</translation>
        </message>
        <message>
            <source>Writes a complete copy of the plan to another file or a USB stick (Ctrl+Shift+S).</source>
            <translation>Escribe una copia completa del plan en otro archivo o en una memoria USB (Ctrl+Mayús+S).</translation>
        </message>
        <message>
            <source>The copies Planea made of this plan, to restore one.</source>
            <translation>Las copias que Planea hizo de este plan, para restaurar una.</translation>
        </message>
        <message>
            <source>&amp;Import a KPT workbook…</source>
            <translation>&amp;Importar libro del KPT…</translation>
        </message>
        <message>
            <source>A new plan from a KPT 2024-2027 workbook (DNP's Kit de Planeación Territorial).</source>
            <translation>Un plan nuevo desde un libro del KPT 2024-2027 (Kit de Planeación Territorial del DNP).</translation>
        </message>
        <message>
            <source>&amp;Export the KPT workbook…</source>
            <translation>&amp;Exportar libro del KPT…</translation>
        </message>
        <message>
            <source>Import &amp;assistant…</source>
            <translation>&amp;Asistente de importación…</translation>
        </message>
        <message>
            <source>Any plan or follow-up spreadsheet: choose its sheets and say what each column is.</source>
            <translation>Cualquier hoja de cálculo de plan o de seguimiento: elija sus hojas y diga qué es cada columna.</translation>
        </message>
        <message>
            <source>C&amp;atalog</source>
            <translation>Ca&amp;tálogo</translation>
        </message>
        <message>
            <source>&amp;Import DNP's MGA catalog…</source>
            <translation>&amp;Importar catálogo MGA…</translation>
        </message>
        <message>
            <source>Reads DNP's catalog workbook or CSV as a new catalog version and reports what changed.</source>
            <translation>Lee el libro o el CSV del catálogo del DNP como una versión nueva del catálogo e informa qué cambió.</translation>
        </message>
        <message>
            <source>&amp;Move the plan to the new catalog version…</source>
            <translation>&amp;Pasar el plan a la versión nueva del catálogo…</translation>
        </message>
        <message>
            <source>&amp;Record the approval…</source>
            <translation>&amp;Registrar la aprobación…</translation>
        </message>
        <message>
            <source>Freezes the plan as the council approved it and prints its fingerprint on the documents.</source>
            <translation>Congela el plan tal como lo aprobó el Concejo e imprime su huella en los documentos.</translation>
        </message>
        <message>
            <source>&amp;Verify the fingerprint…</source>
            <translation>&amp;Verificar la huella…</translation>
        </message>
        <message>
            <source>&amp;Prepare follow-up forms…</source>
            <translation>&amp;Preparar formatos de seguimiento…</translation>
        </message>
        <message>
            <source>One spreadsheet per office with its goals, to fill in without Planea.</source>
            <translation>Una hoja de cálculo por dependencia con sus metas, para diligenciar sin Planea.</translation>
        </message>
        <message>
            <source>R&amp;eceive follow-up forms…</source>
            <translation>R&amp;ecibir formatos de seguimiento…</translation>
        </message>
        <message>
            <source>Reads the filled forms, shows what they bring and writes it as one step.</source>
            <translation>Lee los formatos diligenciados, muestra lo que traen y lo escribe en un solo paso.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ModulePage</name>
        <message>
            <source>Readiness</source>
            <translation>Alistamiento</translation>
        </message>
        <message>
            <source>Strategic lines</source>
            <translation>Líneas estratégicas</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Strategic plan</source>
            <translation>Plan estratégico</translation>
        </message>
        <message>
            <source>Multi-year investment plan</source>
            <translation>Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>Indicative plan and follow-up</source>
            <translation>Plan indicativo y seguimiento</translation>
        </message>
        <message>
            <source>Documents and status</source>
            <translation>Documentos y estado</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>Más…</translation>
        </message>
        <message>
            <source>Support contents: the help of every step, the legal references and the entity's documents (F1)</source>
            <translation>Contenidos de apoyo: la ayuda de cada paso, las normas y los documentos de la entidad (F1)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::NewPlanWizard</name>
        <message>
            <source>New plan</source>
            <translation>Nuevo plan</translation>
        </message>
        <message>
            <source>Which entity is the plan for?</source>
            <translation>¿Para qué entidad es el plan?</translation>
        </message>
        <message>
            <source>Type the name of the municipality, or choose the department and then the municipality.</source>
            <translation>Escriba el nombre del municipio, o elija el departamento y luego el municipio.</translation>
        </message>
        <message>
            <source>e.g. buenavista, filandia, 63111</source>
            <translation>p. ej. buenavista, filandia, 63111</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Departamento:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Municipio:</translation>
        </message>
        <message>
            <source>DANE code:</source>
            <translation>Código DANE:</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>Especial</translation>
        </message>
        <message>
            <source>Category (Ley 617):</source>
            <translation>Categoría (Ley 617):</translation>
        </message>
        <message>
            <source>Most small municipalities are category 6. The mayor sets it each year by decree.</source>
            <translation>La mayoría de los municipios pequeños son de categoría 6. El alcalde la fija cada año por decreto.</translation>
        </message>
        <message>
            <source>Term and people</source>
            <translation>Periodo y personas</translation>
        </message>
        <message>
            <source>The term starts on 1 January after the election and lasts four years.</source>
            <translation>El periodo empieza el 1 de enero siguiente a la elección y dura cuatro años.</translation>
        </message>
        <message>
            <source>First year of the term:</source>
            <translation>Primer año del periodo:</translation>
        </message>
        <message>
            <source>e.g. “Buenavista, tierra de oportunidades”</source>
            <translation>p. ej. «Buenavista, tierra de oportunidades»</translation>
        </message>
        <message>
            <source>Name of the plan:</source>
            <translation>Nombre del plan:</translation>
        </message>
        <message>
            <source>Mayor or governor:</source>
            <translation>Alcalde o gobernador:</translation>
        </message>
        <message>
            <source>Leader of the planning team:</source>
            <translation>Líder del equipo formulador:</translation>
        </message>
        <message>
            <source>%1 (%2) — %3</source>
            <translation>%1 (%2) — %3</translation>
        </message>
        <message>
            <source>Development plan of %1 %2–%3</source>
            <translation>Plan de desarrollo de %1 %2–%3</translation>
        </message>
        <message>
            <source>Leader of the planning team</source>
            <translation>Líder del equipo formulador</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::PlanSafety</name>
        <message>
            <source>The backup copy could not be made: %1</source>
            <translation>No se pudo hacer la copia de seguridad: %1</translation>
        </message>
        <message>
            <source>The plan could not be opened</source>
            <translation>No se pudo abrir el plan</translation>
        </message>
        <message>
            <source>There is a backup copy of this plan made on %1 (%2; %3 lines, %4 goals). Restore it? The current file is kept in the backup folder.</source>
            <translation>Hay una copia de seguridad de este plan hecha el %1 (%2; %3 líneas, %4 metas). ¿Restaurarla? El archivo actual se guarda en la carpeta de copias.</translation>
        </message>
        <message>
            <source>Restore the most recent copy</source>
            <translation>Restaurar la copia más reciente</translation>
        </message>
        <message>
            <source>The copy was not restored</source>
            <translation>La copia no se restauró</translation>
        </message>
        <message>
            <source>%1 (copy).planea</source>
            <translation>%1 (copia).planea</translation>
        </message>
        <message>
            <source>Save a copy of the plan</source>
            <translation>Guardar una copia del plan</translation>
        </message>
        <message>
            <source>Planea plans (*.planea)</source>
            <translation>Planes de Planea (*.planea)</translation>
        </message>
        <message>
            <source>The copy was not saved</source>
            <translation>La copia no se guardó</translation>
        </message>
        <message>
            <source>Copy saved in %1. You keep working on the original.</source>
            <translation>Copia guardada en %1. Usted sigue trabajando en el original.</translation>
        </message>
        <message>
            <source>The copy made on %1 was restored. The previous state was kept as a backup copy.</source>
            <translation>Se restauró la copia del %1. El estado anterior quedó guardado como copia de seguridad.</translation>
        </message>
        <message numerus="yes">
            <source>%n newer copy(ies) were damaged and passed over.</source>
            <translation>
                <numerusform>%n copia más reciente estaba dañada y se pasó por alto.</numerusform>
                <numerusform>%n copias más recientes estaban dañadas y se pasaron por alto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>planea::ui::PlanView</name>
        <message>
            <source>← Previous</source>
            <translation>← Anterior</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Siguiente →</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN — imaginary figures to learn how Planea works; do not use them as data</source>
            <translation>PLAN DE DEMOSTRACIÓN — cifras imaginarias para aprender a usar Planea; no las use como datos</translation>
        </message>
        <message>
            <source>%1. %2
%3 % complete</source>
            <translation>%1. %2
%3 % completo</translation>
        </message>
        <message>
            <source>← %1</source>
            <translation>← %1</translation>
        </message>
        <message>
            <source>%1 →</source>
            <translation>%1 →</translation>
        </message>
        <message>
            <source>the content matches the approved plan (version %1, %2)</source>
            <translation>el contenido coincide con el plan aprobado (versión %1, %2)</translation>
        </message>
        <message>
            <source>WARNING: the content does NOT match the fingerprint: it is not the approved plan</source>
            <translation>ATENCIÓN: el contenido NO coincide con la huella: no es el plan aprobado</translation>
        </message>
        <message>
            <source>Package for the Consejo Territorial de Planeación — read only. Fingerprint: %1… — %2</source>
            <translation>Paquete para el Consejo Territorial de Planeación — solo lectura. Huella: %1… — %2</translation>
        </message>
        <message>
            <source>Full fingerprint: %1</source>
            <translation>Huella completa: %1</translation>
        </message>
        <message>
            <source>The previous module of the route (Ctrl+PgUp)</source>
            <translation>El módulo anterior de la ruta (Ctrl+RePág)</translation>
        </message>
        <message>
            <source>The next module of the route (Ctrl+PgDown)</source>
            <translation>El módulo siguiente de la ruta (Ctrl+AvPág)</translation>
        </message>
        <message>
            <source>%1. %2 (Ctrl+%1)</source>
            <translation>%1. %2 (Ctrl+%1)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::PrepareFormsDialog</name>
        <message>
            <source>Prepare follow-up forms</source>
            <translation>Preparar formatos de seguimiento</translation>
        </message>
        <message>
            <source>The whole year</source>
            <translation>Todo el año</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Trimestre %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n goal(s))</source>
            <translation>
                <numerusform>%1 (%n meta)</numerusform>
                <numerusform>%1 (%n metas)</numerusform>
            </translation>
        </message>
        <message>
            <source>One form for the checked offices</source>
            <translation>Un solo formato para las dependencias marcadas</translation>
        </message>
        <message>
            <source>Name of the form, e.g. Gobierno y Hacienda</source>
            <translation>Nombre del formato, p. ej. Gobierno y Hacienda</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Folder for the forms</source>
            <translation>Carpeta para los formatos</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>Offices:</source>
            <translation>Dependencias:</translation>
        </message>
        <message>
            <source>Form name:</source>
            <translation>Nombre del formato:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Prepare forms</source>
            <translation>Preparar formatos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>One spreadsheet per office with only its goals: each office fills in what it achieved and sends the file back, by USB stick or e-mail.</source>
            <translation>Una hoja de cálculo por dependencia con solo sus metas: cada dependencia diligencia lo que logró y devuelve el archivo, en memoria USB o por correo.</translation>
        </message>
        <message>
            <source>Check at least one office.</source>
            <translation>Marque al menos una dependencia.</translation>
        </message>
        <message>
            <source>Write the name of the form for the checked offices.</source>
            <translation>Escriba el nombre del formato para las dependencias marcadas.</translation>
        </message>
        <message>
            <source>Choose the folder for the forms.</source>
            <translation>Elija la carpeta para los formatos.</translation>
        </message>
        <message>
            <source>These forms already exist in the folder and will be replaced:</source>
            <translation>Estos formatos ya existen en la carpeta y serán reemplazados:</translation>
        </message>
        <message>
            <source>Replace them?</source>
            <translation>¿Reemplazarlos?</translation>
        </message>
        <message>
            <source>Preparing the forms…</source>
            <translation>Preparando los formatos…</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n goal(s) → %2</source>
            <translation>
                <numerusform>%1: %n meta → %2</numerusform>
                <numerusform>%1: %n metas → %2</numerusform>
            </translation>
        </message>
        <message>
            <source>   offices in this form: %1</source>
            <translation>   dependencias de este formato: %1</translation>
        </message>
        <message>
            <source>Goals without a responsible office (in no form): %1</source>
            <translation>Metas sin dependencia responsable (en ningún formato): %1</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) prepared in %1.</source>
            <translation>
                <numerusform>%n formato preparado en %1.</numerusform>
                <numerusform>%n formatos preparados en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ProblemModel</name>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>Causas</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Efectos</translation>
        </message>
        <message>
            <source>Affected population</source>
            <translation>Población afectada</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ProgressModel</name>
        <message>
            <source>A web address or a file with the evidence. Press F2 to type it, or use “Choose file…”.</source>
            <translation>Una dirección web o un archivo con la evidencia. Pulse F2 para escribirla, o use «Elegir archivo de evidencia…».</translation>
        </message>
        <message>
            <source>Not evaluated: the goal has no target this year or no report.</source>
            <translation>No evaluada: la meta no tiene meta este año o no tiene reporte.</translation>
        </message>
        <message>
            <source>NP</source>
            <translation>NP</translation>
        </message>
        <message>
            <source>No report</source>
            <translation>Sin reporte</translation>
        </message>
        <message>
            <source>What was achieved in the period, in the goal's unit. Leave it empty when there is no report.</source>
            <translation>Lo logrado en el periodo, en la unidad de la meta. Déjelo vacío si no hay reporte.</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Product indicator</source>
            <translation>Indicador de producto</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Dependencia responsable</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Meta %1</translation>
        </message>
        <message>
            <source>Achieved %1</source>
            <translation>Logrado %1</translation>
        </message>
        <message>
            <source>Compliance %1</source>
            <translation>Cumplimiento %1</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Enlace o archivo</translation>
        </message>
        <message>
            <source>“%1” is not a value achieved. Write a number like 12,5, or leave it empty if there is no report.</source>
            <translation>«%1» no es un valor logrado. Escriba un número como 12,5, o déjelo vacío si no hay reporte.</translation>
        </message>
        <message>
            <source>The value achieved cannot be negative (%1).</source>
            <translation>El valor logrado no puede ser negativo (%1).</translation>
        </message>
        <message>
            <source>Progress of %1 in %2</source>
            <translation>Avance de %1 en %2</translation>
        </message>
        <message>
            <source>Evidence of %1 in %2</source>
            <translation>Evidencia de %1 en %2</translation>
        </message>
        <message>
            <source>Evidence link of %1 in %2</source>
            <translation>Enlace de evidencia de %1 en %2</translation>
        </message>
        <message>
            <source>Over-achieved by %1 percentage points (compliance counts up to 100 %).</source>
            <translation>Sobrecumplida en %1 puntos porcentuales (el cumplimiento cuenta hasta 100 %).</translation>
        </message>
        <message>
            <source>%1 (+%2)</source>
            <translation>%1 (+%2)</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ReadinessPage</name>
        <message>
            <source>Before writing the plan, get ready: confirm the entity and the government term, form the team that will formulate the plan and check that you have what you need (government program, transition report, fiscal framework…). The legal route shows the deadlines of Ley 152 de 1994, counted from the start of the term.</source>
            <translation>Antes de escribir el plan, alístese: confirme la entidad y el periodo de gobierno, conforme el equipo que formulará el plan y verifique que tiene lo necesario (programa de gobierno, informe de empalme, marco fiscal…). La ruta legal muestra los plazos de la Ley 152 de 1994, contados desde el inicio del periodo.</translation>
        </message>
        <message>
            <source>Entity and term</source>
            <translation>Entidad y periodo</translation>
        </message>
        <message>
            <source>Planning team</source>
            <translation>Equipo territorial</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de chequeo</translation>
        </message>
        <message>
            <source>Legal route</source>
            <translation>Ruta legal</translation>
        </message>
        <message>
            <source>Entity:</source>
            <translation>Entidad:</translation>
        </message>
        <message>
            <source>Name of the plan:</source>
            <translation>Nombre del plan:</translation>
        </message>
        <message>
            <source>Edit plan name</source>
            <translation>Editar nombre del plan</translation>
        </message>
        <message>
            <source>Mayor or governor:</source>
            <translation>Alcalde o gobernador:</translation>
        </message>
        <message>
            <source>Edit head of government</source>
            <translation>Editar mandatario</translation>
        </message>
        <message>
            <source>Term starts in:</source>
            <translation>El periodo empieza en:</translation>
        </message>
        <message>
            <source>Change term</source>
            <translation>Cambiar periodo</translation>
        </message>
        <message>
            <source>State of the plan:</source>
            <translation>Estado del plan:</translation>
        </message>
        <message>
            <source>Change plan state</source>
            <translation>Cambiar estado del plan</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Agregar integrante</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Quitar integrante</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nuevo integrante</translation>
        </message>
        <message>
            <source>Add team member</source>
            <translation>Agregar integrante del equipo</translation>
        </message>
        <message>
            <source>Remove team member “%1”</source>
            <translation>Quitar a «%1» del equipo</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Realizado el</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fundamento legal</translation>
        </message>
        <message>
            <source>Dates marked “to be confirmed” come from practice, not from a fixed legal term: check them with your legal office.</source>
            <translation>Las fechas marcadas «por confirmar» vienen de la práctica, no de un plazo legal fijo: verifíquelas con su oficina jurídica.</translation>
        </message>
        <message>
            <source>%1 (%2) — DANE code %3 — category %4</source>
            <translation>%1 (%2) — código DANE %3 — categoría %4</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>Term %1–%2, from %3</source>
            <translation>Periodo %1–%2, desde el %3</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Cumplido tarde</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>No fixed date</source>
            <translation>Sin fecha fija</translation>
        </message>
        <message>
            <source> (to be confirmed)</source>
            <translation> (por confirmar)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> (weekend)</source>
            <translation> (fin de semana)</translation>
        </message>
        <message>
            <source>A person of the team that formulates the plan; the change log names who changed what.</source>
            <translation>Una persona del equipo que formula el plan; el registro de cambios dice quién cambió qué.</translation>
        </message>
        <message>
            <source>Removes the selected member (Ctrl+Z undoes it).</source>
            <translation>Quita al integrante seleccionado (Ctrl+Z lo deshace).</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ReceivedFormsDialog</name>
        <message>
            <source>Receive follow-up forms</source>
            <translation>Recibir formatos de seguimiento</translation>
        </message>
        <message>
            <source>This is what the forms bring. Nothing has been written yet.</source>
            <translation>Esto es lo que traen los formatos. Todavía no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formatos</translation>
        </message>
        <message>
            <source>Values accepted</source>
            <translation>Valores aceptados</translation>
        </message>
        <message>
            <source>Rows rejected</source>
            <translation>Filas rechazadas</translation>
        </message>
        <message>
            <source>Executed resources</source>
            <translation>Recursos ejecutados</translation>
        </message>
        <message>
            <source>Rejected rows (they are not written):</source>
            <translation>Filas rechazadas (no se escriben):</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>whole form</source>
            <translation>todo el formato</translation>
        </message>
        <message numerus="yes">
            <source>Write %n value(s)</source>
            <translation>
                <numerusform>Escribir %n valor</numerusform>
                <numerusform>Escribir %n valores</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Filled follow-up forms</source>
            <translation>Formatos de seguimiento diligenciados</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>This plan is open read-only: the forms cannot be written into it.</source>
            <translation>Este plan está abierto solo para lectura: los formatos no se pueden escribir en él.</translation>
        </message>
        <message>
            <source>No value could be taken from the forms: nothing was written.</source>
            <translation>No se pudo tomar ningún valor de los formatos: no se escribió nada.</translation>
        </message>
        <message>
            <source>«%1», row %2: %3</source>
            <translation>«%1», fila %2: %3</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::RecordTableModel</name>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar «%1»</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like 12,5.</source>
            <translation>«%1» no es un número. Escríbalo así: 12,5.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.</source>
            <translation>«%1» no es un valor en pesos. Escríbalo así: 150.000.000, sin decimales.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ReportDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>Guardar informe…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv);;PDF (*.pdf)</source>
            <translation>CSV para Excel (*.csv);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report was not saved</source>
            <translation>El informe no se guardó</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::ResultValuesModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
        <message>
            <source>Value of the result indicator measured that year.</source>
            <translation>Valor del indicador de resultado medido ese año.</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Result indicator</source>
            <translation>Indicador de resultado</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta del cuatrienio</translation>
        </message>
        <message>
            <source>“%1” is not a value. Write a number like 12,5.</source>
            <translation>«%1» no es un valor. Escriba un número como 12,5.</translation>
        </message>
        <message>
            <source>Value %1 of %2</source>
            <translation>Valor %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::StrategicPlanPage</name>
        <message>
            <source>For each line, choose the budget programs and the products (goods and services) the administration will deliver, each measured by a product indicator with its baseline, its four-year goal and its cost. Use the catalog of the MGA whenever possible; items you add yourself are marked “own — pending validation”.</source>
            <translation>Para cada línea, elija los programas presupuestales y los productos (bienes y servicios) que entregará la administración, cada uno medido por un indicador de producto con su línea base, su meta cuatrienio y su costo. Use el catálogo de la MGA siempre que pueda; lo que usted agregue queda marcado «propio — pendiente de validación».</translation>
        </message>
        <message>
            <source>Value chain</source>
            <translation>Cadena de valor</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Elemento seleccionado</translation>
        </message>
        <message>
            <source>Origin:</source>
            <translation>Origen:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Código:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Your wording; the catalog code stays</source>
            <translation>Su redacción; el código del catálogo se conserva</translation>
        </message>
        <message>
            <source>Custom label:</source>
            <translation>Personalización:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unidad:</translation>
        </message>
        <message>
            <source>Baseline:</source>
            <translation>Línea base:</translation>
        </message>
        <message>
            <source>Four-year goal:</source>
            <translation>Meta cuatrienio:</translation>
        </message>
        <message>
            <source>Pesos, e.g. 150.000.000</source>
            <translation>Pesos, p. ej. 150.000.000</translation>
        </message>
        <message>
            <source>Cost:</source>
            <translation>Costo:</translation>
        </message>
        <message>
            <source>Accumulation type:</source>
            <translation>Tipo de acumulación:</translation>
        </message>
        <message>
            <source>Trend:</source>
            <translation>Tendencia:</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>Edit custom label</source>
            <translation>Editar personalización del indicador</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Editar unidad</translation>
        </message>
        <message>
            <source>Edit baseline</source>
            <translation>Editar línea base</translation>
        </message>
        <message>
            <source>Edit four-year goal</source>
            <translation>Editar meta cuatrienio</translation>
        </message>
        <message>
            <source>“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.</source>
            <translation>«%1» no es un valor en pesos. Escríbalo así: 150.000.000, sin decimales.</translation>
        </message>
        <message>
            <source>Edit product cost</source>
            <translation>Editar costo del producto</translation>
        </message>
        <message>
            <source>Change accumulation type</source>
            <translation>Cambiar tipo de acumulación</translation>
        </message>
        <message>
            <source>Change trend</source>
            <translation>Cambiar tendencia</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>El nombre no puede quedar vacío.</translation>
        </message>
        <message>
            <source>“%1” is not a number. Write it like 12,5.</source>
            <translation>«%1» no es un número. Escríbalo así: 12,5.</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Budget program</source>
            <translation>Programa presupuestal</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>The investment plan matches the cost (%1).</source>
            <translation>El plan de inversiones coincide con el costo (%1).</translation>
        </message>
        <message>
            <source>The investment plan adds up to %1; the cost is %2.</source>
            <translation>El plan de inversiones suma %1; el costo es %2.</translation>
        </message>
        <message>
            <source>Product indicator (goal)</source>
            <translation>Indicador de producto (meta)</translation>
        </message>
        <message>
            <source>Select a line, program, product or indicator in the tree to see and edit it.</source>
            <translation>Seleccione una línea, programa, producto o indicador en el árbol para verlo y editarlo.</translation>
        </message>
        <message>
            <source>Own — pending validation. The entity created it; it is not in the MGA catalog.</source>
            <translation>Propio — pendiente de validación. Lo creó la entidad; no está en el catálogo de la MGA.</translation>
        </message>
        <message>
            <source>MGA catalog</source>
            <translation>Catálogo MGA</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Add from the catalog…</source>
            <translation>Agregar del catálogo…</translation>
        </message>
        <message>
            <source>Add own item…</source>
            <translation>Agregar elemento propio…</translation>
        </message>
        <message>
            <source>An item the MGA catalog does not have. It is marked “own — pending validation” until the sector's ministry validates it.</source>
            <translation>Un elemento que el catálogo MGA no tiene. Queda marcado «propio — pendiente de validación» hasta que el ministerio del sector lo valide.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Removes the selected item with everything under it (Delete). Ctrl+Z brings it back.</source>
            <translation>Quita el elemento seleccionado con todo lo que tiene debajo (Supr). Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Prioritised welfare indicators</source>
            <translation>Indicadores de bienestar priorizados</translation>
        </message>
        <message>
            <source>e.g. Niñez; Mujeres; Población rural</source>
            <translation>p. ej. Niñez; Mujeres; Población rural</translation>
        </message>
        <message>
            <source>Population groups the goal is aimed at (enfoque poblacional), separated by “;”.</source>
            <translation>Grupos de población a los que apunta la meta (enfoque poblacional), separados por «;».</translation>
        </message>
        <message>
            <source>Population focus:</source>
            <translation>Enfoque poblacional:</translation>
        </message>
        <message>
            <source>Edit population focus</source>
            <translation>Editar el enfoque poblacional</translation>
        </message>
        <message>
            <source>A welfare indicator measures the result the people feel (for example the infant mortality rate), not what the administration delivers. Tick the ones each line commits to improve and give their baseline and the value expected at the end of the four years. The indicators themselves are recorded in the diagnosis.</source>
            <translation>Un indicador de bienestar mide el resultado que siente la gente (por ejemplo, la tasa de mortalidad infantil), no lo que entrega la administración. Marque los que cada línea se compromete a mejorar y dé su línea base y el valor esperado al final de los cuatro años. Los indicadores se registran en el diagnóstico.</translation>
        </message>
        <message>
            <source>program</source>
            <translation>programa</translation>
        </message>
        <message>
            <source>product</source>
            <translation>producto</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicador</translation>
        </message>
        <message>
            <source>Add %1 from the catalog…</source>
            <translation>Agregar %1 del catálogo…</translation>
        </message>
        <message>
            <source>Add own %1…</source>
            <translation>Agregar %1 propio…</translation>
        </message>
        <message>
            <source>Search the MGA catalog by words or code and add the item under the selection (Ctrl+Shift+N).</source>
            <translation>Busque en el catálogo MGA por palabras o código y agregue el elemento bajo la selección (Ctrl+Mayús+N).</translation>
        </message>
        <message>
            <source>Add program %1</source>
            <translation>Agregar el programa %1</translation>
        </message>
        <message>
            <source>Add sector to line</source>
            <translation>Agregar el sector a la línea</translation>
        </message>
        <message>
            <source>Product %1</source>
            <translation>Producto %1</translation>
        </message>
        <message>
            <source>Add product %1</source>
            <translation>Agregar el producto %1</translation>
        </message>
        <message>
            <source>Add indicator %1</source>
            <translation>Agregar el indicador %1</translation>
        </message>
        <message>
            <source>Own %1</source>
            <translation>%1 propio</translation>
        </message>
        <message>
            <source>Name of the own %1 (it will be marked “own — pending validation”):</source>
            <translation>Nombre del %1 propio (quedará marcado «propio — pendiente de validación»):</translation>
        </message>
        <message>
            <source>Add own program</source>
            <translation>Agregar programa propio</translation>
        </message>
        <message>
            <source>Add own product</source>
            <translation>Agregar producto propio</translation>
        </message>
        <message>
            <source>Own indicator</source>
            <translation>Indicador propio</translation>
        </message>
        <message>
            <source>Unit of measure (e.g. Número, Porcentaje):</source>
            <translation>Unidad de medida (p. ej. Número, Porcentaje):</translation>
        </message>
        <message>
            <source>Número</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Add own indicator</source>
            <translation>Agregar indicador propio</translation>
        </message>
        <message numerus="yes">
            <source>Remove “%1” with %n goal(s) under it, their annual targets and investment? Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>¿Quitar «%1» con %n meta debajo, sus metas anuales y su inversión? Ctrl+Z la recupera.</numerusform>
                <numerusform>¿Quitar «%1» con %n metas debajo, sus metas anuales y su inversión? Ctrl+Z las recupera.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entity's number for this goal, e.g. 17</source>
            <translation>El número de la entidad para esta meta, p. ej. 17</translation>
        </message>
        <message>
            <source>Goal code:</source>
            <translation>Código de la meta:</translation>
        </message>
        <message>
            <source>Edit goal code</source>
            <translation>Editar el código de la meta</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::StrategicTreeModel</name>
        <message>
            <source>Line %1. %2</source>
            <translation>Línea %1. %2</translation>
        </message>
        <message>
            <source>own — pending validation</source>
            <translation>propio — pendiente de validación</translation>
        </message>
        <message>
            <source>Line › program › product › indicator</source>
            <translation>Línea › programa › producto › indicador</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>own</source>
            <translation>propio</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::SupportContentsDialog</name>
        <message>
            <source>Attach a document…</source>
            <translation>Adjuntar un documento…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Remove from the list</source>
            <translation>Quitar de la lista</translation>
        </message>
        <message>
            <source>Support contents</source>
            <translation>Contenidos de apoyo</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>e.g. “consejo territorial”, “acumulación”, “SGP”</source>
            <translation>p. ej. «consejo territorial», «acumulación», «SGP»</translation>
        </message>
        <message>
            <source>Add a document of the entity (POT, transition report, studies…) to this list. The file stays where it is; Planea remembers its title and location.</source>
            <translation>Agregue a esta lista un documento de la entidad (POT, informe de empalme, estudios…). El archivo se queda donde está; Planea recuerda su título y su ubicación.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Help for each step of the route</source>
            <translation>Ayuda de cada paso de la ruta</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Open a plan to read the help of this step.</source>
            <translation>Abra un plan para leer la ayuda de este paso.</translation>
        </message>
        <message>
            <source>Sub-steps:</source>
            <translation>Subpasos:</translation>
        </message>
        <message>
            <source>Key concepts</source>
            <translation>Conceptos clave</translation>
        </message>
        <message>
            <source>Welfare indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Measures a result the population feels, such as the infant mortality rate or the share of homes with drinking water. It does not depend only on the administration; the plan commits to move it from its baseline to a target in four years.</source>
            <translation>Mide un resultado que siente la población, como la tasa de mortalidad infantil o la proporción de hogares con agua potable. No depende solo de la administración; el plan se compromete a llevarlo de su línea base a una meta en cuatro años.</translation>
        </message>
        <message>
            <source>Product indicator (goal)</source>
            <translation>Indicador de producto (meta)</translation>
        </message>
        <message>
            <source>Measures what the administration delivers — schools built, children served. Each product of the MGA catalog has its indicators; the four-year goal is set on them and split into annual targets in the Plan Indicativo.</source>
            <translation>Mide lo que entrega la administración: escuelas construidas, niños atendidos. Cada producto del catálogo MGA tiene sus indicadores; sobre ellos se fija la meta del cuatrienio, que el Plan Indicativo reparte en metas anuales.</translation>
        </message>
        <message>
            <source>Accumulation type</source>
            <translation>Tipo de acumulación</translation>
        </message>
        <message>
            <source>Says how the annual targets add up to the four-year goal: cumulative (the years add up), maintenance (the same value every year), increase or reduction (the last year's value is the goal), or flow (each year stands alone). It decides how progress and efficacy are computed.</source>
            <translation>Dice cómo las metas anuales forman la meta del cuatrienio: acumulado (los años se suman), mantenimiento (el mismo valor cada año), incremento o reducción (el valor del último año es la meta), o flujo (cada año vale por sí solo). De él depende cómo se calculan el avance y la eficacia.</translation>
        </message>
        <message>
            <source>Multi-year investment plan</source>
            <translation>Plan plurianual de inversiones</translation>
        </message>
        <message>
            <source>How much each product will cost, by year and funding source. It may not exceed the financial projection of the diagnosis.</source>
            <translation>Cuánto costará cada producto, por año y fuente de financiación. No puede superar la proyección financiera del diagnóstico.</translation>
        </message>
        <message>
            <source>Own item</source>
            <translation>Elemento propio</translation>
        </message>
        <message>
            <source>A program, product or indicator that is not in the MGA catalog. Planea marks it “own — pending validation” so the team remembers to have it validated.</source>
            <translation>Un programa, producto o indicador que no está en el catálogo MGA. Planea lo marca «propio — pendiente de validación» para que el equipo recuerde hacerlo validar.</translation>
        </message>
        <message>
            <source>Legal references</source>
            <translation>Normas</translation>
        </message>
        <message>
            <source>Documents of the entity</source>
            <translation>Documentos de la entidad</translation>
        </message>
        <message>
            <source>The entity's own documents attached to this plan: the POT, the transition report, sector studies… Use “Attach a document…” to add one.</source>
            <translation>Los documentos propios de la entidad adjuntos a este plan: el POT, el informe de empalme, estudios sectoriales… Use «Adjuntar un documento…» para agregar uno.</translation>
        </message>
        <message>
            <source>Double-click or press “Open” to open it.</source>
            <translation>Haga doble clic o pulse «Abrir» para abrirlo.</translation>
        </message>
        <message>
            <source>The file is no longer at this location.</source>
            <translation>El archivo ya no está en esta ubicación.</translation>
        </message>
        <message>
            <source>«%1» is not a file that can be attached.</source>
            <translation>«%1» no es un archivo que se pueda adjuntar.</translation>
        </message>
        <message>
            <source>Attach a document of the entity</source>
            <translation>Adjuntar un documento de la entidad</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::TeamModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Role in the formulation</source>
            <translation>Rol en la formulación</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Líder</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::VerifyDialog</name>
        <message>
            <source>Save the &amp;receipt…</source>
            <translation>Guardar el &amp;recibo…</translation>
        </message>
        <message>
            <source>Verify the fingerprint</source>
            <translation>Verificar la huella</translation>
        </message>
        <message>
            <source>The content matches the fingerprint stored in the file: version %1, act «%2».
%3</source>
            <translation>El contenido coincide con la huella guardada en el archivo: versión %1, acto «%2».
%3</translation>
        </message>
        <message>
            <source>The content does NOT match the fingerprint stored in the file: it is not the plan the council approved. It changed outside Planea or the file was altered.
Recorded: %1
Now: %2</source>
            <translation>El contenido NO coincide con la huella guardada en el archivo: no es el plan que aprobó el Concejo. Cambió por fuera de Planea o el archivo fue alterado.
Registrada: %1
Ahora: %2</translation>
        </message>
        <message>
            <source>Compare with what the council holds</source>
            <translation>Comparar con lo que tiene el Concejo</translation>
        </message>
        <message>
            <source>Whoever can edit the plan file can also change the fingerprint stored in it. What the council keeps — the fingerprint printed on the adopted document or the approval receipt — cannot be changed that way: compare with it.</source>
            <translation>Quien pueda editar el archivo del plan puede cambiar también la huella guardada en él. Lo que guarda el Concejo —la huella impresa en el documento adoptado o el recibo de aprobación— no se puede cambiar así: compare con eso.</translation>
        </message>
        <message>
            <source>Fingerprint of the document: 64 digits, or the 12 of the short one</source>
            <translation>Huella del documento: 64 dígitos, o los 12 de la corta</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <source>Compare with a &amp;receipt…</source>
            <translation>Comparar con un r&amp;ecibo…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>A text for the council with the act, the version and the fingerprint.</source>
            <translation>Un texto para el Concejo con el acto, la versión y la huella.</translation>
        </message>
        <message>
            <source>Only the receipt of the approved content can be written.</source>
            <translation>Solo se puede escribir el recibo del contenido aprobado.</translation>
        </message>
        <message>
            <source>Open the approval receipt</source>
            <translation>Abrir el recibo de aprobación</translation>
        </message>
        <message>
            <source>Approval receipts (*.txt);;All files (*)</source>
            <translation>Recibos de aprobación (*.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1-receipt-v%2.txt</source>
            <translation>%1-recibo-v%2.txt</translation>
        </message>
        <message>
            <source>Save the approval receipt as</source>
            <translation>Guardar el recibo de aprobación como</translation>
        </message>
        <message>
            <source>Approval receipts (*.txt)</source>
            <translation>Recibos de aprobación (*.txt)</translation>
        </message>
        <message>
            <source>Receipt written to «%1». Print it or hand it to the council: it is what proves later that a plan file is the approved one.</source>
            <translation>Recibo escrito en «%1». Imprímalo o entréguelo al Concejo: es lo que prueba después que un archivo de plan es el aprobado.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::WelcomeWidget</name>
        <message>
            <source>Planea</source>
            <translation>Planea</translation>
        </message>
        <message>
            <source>Territorial development plan, from the first step to the follow-up. Works without internet; every change is saved at once.</source>
            <translation>El plan de desarrollo territorial, desde el primer paso hasta el seguimiento. Funciona sin internet; cada cambio se guarda al instante.</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nuevo plan…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open the demonstration plan</source>
            <translation>Abrir el plan de demostración</translation>
        </message>
        <message>
            <source>Recent plans</source>
            <translation>Planes recientes</translation>
        </message>
        <message>
            <source>No recent plans. Create a new one or open the demonstration plan to see how Planea works.</source>
            <translation>No hay planes recientes. Cree uno nuevo o abra el plan de demostración para ver cómo funciona Planea.</translation>
        </message>
        <message>
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <source>Import a KPT workbook…</source>
            <translation>Importar libro del KPT…</translation>
        </message>
        <message>
            <source>Bring the plan you already have in the KPT 2024-2027 Excel workbook.</source>
            <translation>Traiga el plan que ya tiene en el libro de Excel del KPT 2024-2027.</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::WellbeingModel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>PND</source>
            <translation>PND</translation>
        </message>
        <message>
            <source>Desired direction</source>
            <translation>Sentido deseado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Welfare indicator</source>
            <translation>Indicador de bienestar</translation>
        </message>
        <message>
            <source>Prioritised</source>
            <translation>Priorizado</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Año de línea base</translation>
        </message>
        <message>
            <source>Four-year target</source>
            <translation>Meta del cuatrienio</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
    </context>
</TS>
