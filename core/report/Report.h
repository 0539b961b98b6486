#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

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

/// Heading rows exist only on paper (see PaperLayout): a text across the whole table, in the
/// first cell, at a level (0 outermost).
enum class RowKind { Data, Total, Heading };

/// One row. A cell is a null QVariant when empty. A QString in a numeric column is a mark that
/// stands instead of a number (e.g. "NP", not programmed) and is written as text.
struct ReportRow
{
    RowKind kind = RowKind::Data;
    QVariantList cells;
    int level = 0; ///< Heading rows: 0 for the outermost group
};

/// How a table as deep as the plan (line › sector and program › product › indicator) is laid out
/// on paper (PDF, print preview, printing). CSV and XLSX ignore it: there every row keeps every
/// column, so that a spreadsheet can be filtered and sorted.
struct PaperLayout
{
    /// Columns printed as a heading row across the table above the rows that share them,
    /// instead of being repeated on every row; outermost first.
    struct Group
    {
        QStringList keys; ///< columns filling the heading; they are not printed as columns
        QString format; ///< "%1", "%2"… are those columns' texts, in order
    };
    QList<Group> groups;
    /// Code columns printed in front of the name they belong to, in the name's cell
    /// ("1905015 Servicio de…"): pairs of (code key, name key).
    QList<std::pair<QString, QString>> joined;
    /// Columns printed only when they change from the row above in the same group, and again at
    /// the top of every page (a product with four years or several indicators is named once).
    QStringList printedOnce;
    /// Columns not printed at all (e.g. internal codes); a total row's label in one moves into
    /// the first printed column.
    QStringList hidden;
    /// Total rows open their group like data rows (a line's own row heading its contents),
    /// instead of closing it (a line's totals after its contents); on paper they are kept with
    /// the row that follows them.
    bool totalsOpenGroups = false;
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
    QString emptyNote; ///< printed instead of the table when it has no rows
    PaperLayout paper;
    /// A name for the section's sheet of a workbook when the title is longer than a sheet name
    /// can be (31 characters); empty: the title.
    QString sheetName;
    /// How many rows at the end are totals of the whole table. A workbook sets them apart below
    /// the rows it filters and sorts, so that sorting never mixes them in.
    int closingTotals = 0;
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
    /// A name for the main table's sheet of a workbook when the title is longer than a sheet
    /// name can be (31 characters); empty: the title.
    QString sheetName;
    /// How many rows at the end are totals of the whole table (see ReportSection::closingTotals).
    int closingTotals = 0;

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
    PaperLayout paper;

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
