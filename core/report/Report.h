#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

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

/// A horizontal bar chart printed with a document (PDF, painted as vectors): one bar per label.
/// Values are percentages (0–maxValue); a missing value draws no bar and its text says why.
struct ReportChart
{
    QString title;
    QStringList labels;
    QList<std::optional<double>> values;
    QList<QColor> colors; ///< one per bar; empty: a single neutral colour
    QStringList valueTexts; ///< printed after each bar, e.g. "78,5 % · Satisfactorio"
    double maxValue = 100.0;
    std::optional<double> reference; ///< a vertical reference line, e.g. the expected progress
    QString referenceLabel;
};

/// A further table of a document, after the main one (e.g. the result indicators of the
/// seguimiento). PDF prints every section; XLSX gives each its own sheet; CSV (one table per
/// file) writes only the main table.
struct ReportSection
{
    QString title;
    QString note; ///< a short explanation printed under the title
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
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

    /// Optional extras for documents that are more than one table (all empty for the others):
    /// summary lines printed before the main table, charts printed before it, and further tables.
    QStringList summary;
    /// A note printed on paper above the main table (e.g. what the abbreviated headers stand for).
    QString tableNote;
    /// Shorter headers for paper, where many columns share a page ("Cofin. Depto."), by column
    /// key. CSV and XLSX always carry the full titles.
    QHash<QString, QString> shortTitles;

    QString printedTitle(qsizetype column) const
    {
        return shortTitles.value(columns[column].key, columns[column].title);
    }
    QList<ReportChart> charts;
    QList<ReportSection> sections;

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
