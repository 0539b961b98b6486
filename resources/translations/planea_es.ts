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
            <source>The plan was already approved (version %1, act «%2»). Changes to an approved plan are amendments.</source>
            <translation>El plan ya fue aprobado (versión %1, acto «%2»). Los cambios a un plan aprobado se registran como modificaciones.</translation>
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
            <source>%1 results.</source>
            <translation>%1 resultados.</translation>
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
            <source>%1 errors, %2 warnings.</source>
            <translation>%1 errores, %2 avisos.</translation>
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
            <source>%1 problems found.</source>
            <translation>Se encontraron %1 problemas.</translation>
        </message>
        <message>
            <source>export needs --doc, --format and -o.</source>
            <translation>export necesita --doc, --format y -o.</translation>
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
            <source>--by must be linea, programa or producto.</source>
            <translation>--by debe ser linea, programa o producto.</translation>
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
            <source>export PLAN --doc DOC --format FORMAT -o OUT</source>
            <translation>export PLAN --doc DOCUMENTO --format FORMATO -o SALIDA</translation>
        </message>
        <message>
            <source>Writes a document: --doc plan-indicativo or ppi, --format csv.</source>
            <translation>Escribe un documento: --doc plan-indicativo o ppi, --format csv.</translation>
        </message>
        <message>
            <source>efficacy PLAN --year YEAR [--by linea|programa|producto] [--json]</source>
            <translation>efficacy PLAN --year AÑO [--by linea|programa|producto] [--json]</translation>
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
            <source>approve PLAN --act TEXT --date YYYY-MM-DD</source>
            <translation>approve PLAN --act TEXTO --date AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Freezes the plan as approved by the council and prints its fingerprint.</source>
            <translation>Congela el plan como aprobado por el concejo y muestra su huella.</translation>
        </message>
        <message>
            <source>verify PLAN</source>
            <translation>verify PLAN</translation>
        </message>
        <message>
            <source>Recomputes the approved plan's fingerprint and compares it.</source>
            <translation>Recalcula la huella del plan aprobado y la compara con la registrada.</translation>
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
        <name>CsvExporter</name>
        <message>
            <source>Could not write the CSV file: %1</source>
            <translation>No se pudo escribir el archivo CSV: %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Unknown document «%1». Documents: %2.</source>
            <translation>Documento desconocido: «%1». Documentos: %2.</translation>
        </message>
        <message>
            <source>The format «%1» is not available yet in this version of Planea. Available formats: %2.</source>
            <translation>El formato «%1» todavía no está disponible en esta versión de Planea. Formatos disponibles: %2.</translation>
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
            <source>The folder «%1» does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a file.</source>
            <translation>«%1» es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>Could not write «%1»: %2</source>
            <translation>No se pudo escribir «%1»: %2</translation>
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
    </context>
    <context>
        <name>XlsxExporter</name>
        <message>
            <source>Could not write the workbook: %1</source>
            <translation>No se pudo escribir el libro de Excel: %1</translation>
        </message>
        <message>
            <source>DEMONSTRATION PLAN: invented data, not an official document.</source>
            <translation>PLAN DE DEMOSTRACIÓN: datos inventados, no es un documento oficial.</translation>
        </message>
        <message>
            <source>Could not write «%1»: %2</source>
            <translation>No se pudo escribir «%1»: %2</translation>
        </message>
        <message>
            <source>Could not build the workbook (zip error %1).</source>
            <translation>No se pudo armar el libro de Excel (error de compresión %1).</translation>
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
        <name>planea::CatalogSearchIndex</name>
        <message>
            <source>Could not build the catalog search index (%1): %2</source>
            <translation>No se pudo construir el índice de búsqueda del catálogo (%1): %2</translation>
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
        <message>
            <source>Could not write «%1»: %2</source>
            <translation>No se pudo escribir «%1»: %2</translation>
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
            <source>Could not %1 in «%2»: %3</source>
            <translation>No fue posible %1 en «%2»: %3</translation>
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
            <source>Could not open «%1»: %2</source>
            <translation>No fue posible abrir «%1»: %2</translation>
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
            <source>The plan «%1» was made by an older Planea and must be updated, but it is read-only.</source>
            <translation>El plan «%1» fue creado con una versión anterior de Planea y debe actualizarse, pero está en modo de solo lectura.</translation>
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
        <name>planea::ui::ChangeValueCommand</name>
        <message>
            <source>Edit value</source>
            <translation>Editar valor</translation>
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
        <name>planea::ui::DiagnosisPage</name>
        <message>
            <source>The diagnosis tells where the municipality stands today. Welfare indicators (for example the youth unemployment rate) show the trend by year; problems record causes and effects; the financial diagnosis shows what the municipality has received and what it expects to receive in the four years: that projection is the ceiling of the investment plan.</source>
            <translation>El diagnóstico muestra cómo está hoy el municipio. Los indicadores de bienestar (por ejemplo, la tasa de desempleo juvenil) muestran la tendencia por año; los problemas registran causas y efectos; el diagnóstico financiero muestra lo que el municipio ha recibido y lo que espera recibir en los cuatro años: esa proyección es el techo del plan de inversiones.</translation>
        </message>
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
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Target 4 years</source>
            <translation>Meta cuatrienio</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Own indicator — pending validation</source>
            <translation>Indicador propio — pendiente de validación</translation>
        </message>
        <message>
            <source>No welfare indicators yet</source>
            <translation>Aún no hay indicadores de bienestar</translation>
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
            <translation>Localización</translation>
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
            <source>No financial history or projection yet</source>
            <translation>Aún no hay histórico ni proyección financiera</translation>
        </message>
        <message>
            <source>Revenue by year (history and projection)</source>
            <translation>Ingresos por año (histórico y proyección)</translation>
        </message>
        <message>
            <source>Total revenue</source>
            <translation>Ingresos totales</translation>
        </message>
    </context>
    <context>
        <name>planea::ui::DocumentsPage</name>
        <message>
            <source>Here you see how far the plan has come: each module's progress and what it still lacks, and the checks Planea runs on the whole plan. Errors must be fixed before the plan goes to the planning council; warnings deserve a look. Double-click a finding to go to the item.</source>
            <translation>Aquí ve cuánto ha avanzado el plan: el avance de cada módulo y lo que aún le falta, y las revisiones que Planea hace sobre todo el plan. Los errores deben corregirse antes de enviar el plan al Consejo Territorial de Planeación; los avisos merecen una revisión. Haga doble clic en un hallazgo para ir al elemento.</translation>
        </message>
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
            <source>The Plan Indicativo spreads each four-year goal over the years of the term, says which office is responsible and how much each goal weighs. Write the target of each year, or NP when a goal is not programmed that year. Later, in Follow-up, the reported progress gives the eficacia of each line.</source>
            <translation>El Plan Indicativo reparte cada meta cuatrienio entre los años del periodo, dice qué dependencia responde por ella y cuánto pesa cada meta. Escriba la meta de cada año, o NP cuando una meta no esté programada ese año. Después, en Seguimiento, el avance reportado da la eficacia de cada línea.</translation>
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
            <source>Progress is entered per goal and year; the dashboard for the planning council and the council will be shown here.</source>
            <translation>El avance se registra por meta y por año; aquí se mostrará el tablero de control para el Consejo Territorial de Planeación y el Concejo.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
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
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Plan eficacia %1: %2 — %3</source>
            <translation>Eficacia del plan en %1: %2 — %3</translation>
        </message>
        <message>
            <source>Strategic line</source>
            <translation>Línea estratégica</translation>
        </message>
        <message>
            <source>Eficacia of the year</source>
            <translation>Eficacia del año</translation>
        </message>
        <message>
            <source>Four-year progress</source>
            <translation>Avance del cuatrienio</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Goals programmed</source>
            <translation>Metas programadas</translation>
        </message>
        <message>
            <source>Without report</source>
            <translation>Sin reporte</translation>
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
            <source>About Planea</source>
            <translation>Acerca de Planea</translation>
        </message>
        <message>
            <source>&lt;b&gt;Planea %1&lt;/b&gt;&lt;p&gt;Territorial development plans for Colombian municipalities, offline, following the route of the DNP's Kit de Planeación Territorial.&lt;/p&gt;&lt;p&gt;Every change is saved in the plan file as soon as it is made.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Planea %1&lt;/b&gt;&lt;p&gt;Planes de desarrollo territorial para los municipios de Colombia, sin conexión, siguiendo la ruta del Kit de Planeación Territorial del DNP.&lt;/p&gt;&lt;p&gt;Cada cambio queda guardado en el archivo del plan en el momento en que se hace.&lt;/p&gt;</translation>
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
        <name>planea::ui::SetCellCommand</name>
        <message>
            <source>Edit cell</source>
            <translation>Editar celda</translation>
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
    </context>
</TS>
