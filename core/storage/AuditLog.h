#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace planea {

/// What an audited edit did to its row.
enum class AuditAction { Insert, Update, Delete };

QString auditActionCode(AuditAction action); ///< "insert", "update", "delete" (stored)
std::optional<AuditAction> auditActionFromCode(const QString &code);

/// One line of the audit trail (table audit_log, schema version 2): who changed what and when.
/// An update has one entry per changed field with its old and new value; an insert or a delete
/// has one entry whose new (insert) or old (delete) value is the whole row as compact JSON.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    AuditAction action = AuditAction::Update;
    QString table; ///< storage table name, e.g. "product"
    std::optional<qint64> rowId; ///< for tables keyed by id
    QString rowKey; ///< for composite-key tables, e.g. "indicator_id=4;year=2028"
    QString field; ///< the column (updates only)
    QVariant oldValue; ///< null when there was none
    QVariant newValue;
    QString label; ///< short description of the item when the edit was made (code and name)
};

/// Which entries to read; every set member must match. Results are in the order they were written.
struct AuditQuery
{
    QString table;
    std::optional<qint64> rowId;
    QString rowKey;
    QString actor;
    QDate from; ///< first UTC day included (null: no bound)
    QDate to; ///< last UTC day included (null: no bound)
};

} // namespace planea
