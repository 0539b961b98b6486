#pragma once

#include "merge/PlanMerge.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace planea::merge {

/// The changes of a merge in the user's words: «Meta 190112000 “Campañas de gestión…” — valor
/// programado 2028» instead of "annual_target indicator_id=1,year=2028 value". Reads the rows it
/// names from the plan and, for rows only the copy has, from the copy.
class ChangeLabels
{
public:
    explicit ChangeLabels(const PlanStore &mine, const PlanStore *copy = nullptr);

    /// The item and the field: "<item> — <field>" (the item alone for a whole row without a year).
    QString describe(const Change &change) const;
    /// The item a row of `table` with `key` ("id=5", "indicator_id=3,year=2025") belongs to.
    QString item(Table table, const QString &key) const;
    /// The field of `table` in the user's words, with the year of a yearly row ("valor programado 2028").
    QString field(Table table, const QString &key, const QString &column) const;
    /// A value as people read it: empty as «(vacío)», yes/no flags, numbers in the user's locale, a
    /// whole row as "campo: valor; …" without ids.
    static QString value(Table table, const QString &column, const QVariant &value);
    /// The kind of change: «Nuevo», «Cambio», «Eliminado», «Eliminado contra cambio».
    static QString kindText(Change::Kind kind);

private:
    QVariantMap row(Table table, qint64 id) const;
    QString idItem(Table table, qint64 id) const;

    const PlanStore &m_mine;
    const PlanStore *m_copy;
    mutable QHash<QString, QVariantMap> m_rows;
};

/// The key "a=1,b=2" as column → value.
QVariantMap parseKey(const QString &key);

} // namespace planea::merge
