#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace planea::report {

/// How a column's numbers are to be written. Money is integer pesos (qint64); percentages are
/// 0–100 (double); decimals are indicator values (double).
enum class ColumnType { Text, Integer, Decimal, Money, Percent };

struct ReportColumn
{
    QString key; ///< stable identifier, never translated
    QString title; ///< header for people (translated)
    ColumnType type = ColumnType::Text;
};

enum class RowKind { Data, Total };

/// One row. A cell is a null QVariant when empty. A QString in a numeric column is a mark that
/// stands instead of a number (e.g. "NP", not programmed) and is written as text.
struct ReportRow
{
    RowKind kind = RowKind::Data;
    QVariantList cells;
};

/// A document's table, computed once from a plan and then rendered to CSV, XLSX, PDF… by the
/// exporters ("report once, render many").
struct Report
{
    QString code; ///< document code, e.g. "plan-indicativo"
    QString title;
    QString subtitle;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;

    qsizetype columnIndex(const QString &key) const
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns[i].key == key)
                return i;
        }
        return -1;
    }
};

} // namespace planea::report
