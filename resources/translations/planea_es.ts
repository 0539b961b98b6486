<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO">
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
</TS>
