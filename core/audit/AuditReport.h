#pragma once

#include "report/Report.h"
#include "storage/AuditLog.h"

#include <QList>
#include <QString>

namespace planea::audit {

/// The route module (1–7, as in the main window) where a table's items are edited; 0 if none.
int moduleOfTable(const QString &table);
/// The module's name in the user's words ("Diagnóstico"…).
QString moduleName(int module);
/// A table's items in the user's words ("Producto", "Meta anual"…).
QString tableTitle(const QString &table);
/// A column in the user's words (the column name itself when it has none).
QString fieldTitle(const QString &field);
/// "Creó", "Cambió", "Eliminó".
QString actionTitle(AuditAction action);
/// "Producto 4599031 Servicio de…": the kind of item and its label.
QString itemText(const AuditEntry &entry);
/// A value as people read it: a whole row (insert, delete) as "campo: valor; …" without ids and
/// empty fields; a single value as stored.
QString displayValue(const AuditEntry &entry, const QVariant &value);
/// Local date and time, "2028-03-14 09:05:07".
QString displayTime(const AuditEntry &entry);

/// The change log as a table (code "registro-cambios"), newest first, for the CSV exporter and
/// the "Registro de cambios" dialog. Not a plan document: it is never part of the documents.
report::Report changeLogReport(const QList<AuditEntry> &entries, const QString &planName);

} // namespace planea::audit
