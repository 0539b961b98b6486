#pragma once

// Internal to core/exchange: the reader behind MatrixImport::read(), shared by MatrixImport.cpp
// (sheets, columns, rows) and MatrixImportRows.cpp (what an accepted row adds). Not an API.

#include "exchange/MatrixImport.h"

#include <QHash>
#include <QSet>

#include <array>
#include <utility>

namespace planea {
class Catalog;
}

namespace planea::matrix::detail {

/// Lowercase, no accents, single spaces: how titles and words are compared.
QString fold(const QString &text);
bool isNotProgrammed(const QString &folded);
bool isPercentUnit(const QString &unit);
/// Folded, with dots and underscores as spaces: how a trend or accumulation word is compared.
QString synonymKey(const QString &text);
/// A trend or accumulation type as written: the mapping's own synonyms (`extra`, keys as typed)
/// first, then the built-in words and abbreviations, then Planea's codes.
std::optional<AccumulationType> accumulationFromText(const QString &text,
                                                     const QMap<QString, AccumulationType> &extra = {});
std::optional<Trend> trendFromText(const QString &text, const QMap<QString, Trend> &extra = {});
bool isCodeShape(const QString &code);
bool isDigits(const QString &code);
/// A mapping reference ("#F", a title, or "title@N" for the Nth column with that title) →
/// 0-based column, -1 when absent.
int resolveColumn(const ColumnRef &ref, const QStringList &titles);

struct NumberCell
{
    enum Kind { Empty, NotProgrammed, Value, Bad } kind = Empty;
    double value = 0.0;
    bool percentSign = false; ///< "45%": already on the 0–100 scale
    QString text;
};

struct SheetColumns
{
    int sheet = -1;
    QString name;
    QStringList titles;
    QList<QSet<QString>> headerWords; ///< per column: folded title and header-row texts
    QMap<Field, int> fields;
    QMap<int, int> targets;
    QMap<int, int> progress;
    QList<std::pair<int, std::array<int, 4>>> quarters;
    QList<std::pair<ResourceColumn, int>> resources;
    QList<int> mapped; ///< every mapped column, for empty and header-repeat checks
    QString lineTitle; ///< the sheet's line (its title row or its name) for rows that name none
};

struct RowData
{
    QString sheet;
    int row = 0;
    QStringList problems;

    QString lineCode, lineName, programCode, programName, productCode, productName, indicatorCode, indicatorName;
    QString goalCode; ///< the entity's own code for the goal, when a column has it
    QString unit, office, evidence;
    std::optional<AccumulationType> accumulation;
    std::optional<Trend> trend;
    NumberCell baseline, termTarget, lineWeight, programWeight, indicatorWeight;
    QList<std::pair<int, NumberCell>> targets;
    QList<std::pair<int, NumberCell>> progress;
    QList<std::pair<int, std::array<NumberCell, 4>>> quarters;
    QList<std::pair<ResourceColumn, NumberCell>> resources;
};

class Reader
{
public:
    Reader(const MatrixSource &source, const MatrixMapping &mapping, ImportMode mode, const PlanData *existing,
           const Catalog *catalog)
        : m_source(source)
        , m_mapping(mapping)
        , m_mode(mode)
        , m_existing(existing)
        , m_catalog(catalog)
    {
        m_result.mode = mode;
    }

    Result<MatrixReadResult> run();

private:
    Status checkMode();
    Status resolveSheets();
    Status checkYears();
    void readSheet(const SheetColumns &columns);
    std::optional<RowData> parseRow(const SheetColumns &columns, int row, QHash<Field, QString> &carry);
    void acceptNewPlanRow(RowData &row);
    void acceptProgressRow(RowData &row);
    std::optional<double> scaled(const NumberCell &n, bool percentIndicator);
    QString cellTitle(const SheetColumns &columns, int column) const
    {
        return columns.titles.value(column).isEmpty()
            ? columnName(column)
            : QStringLiteral("%1 (%2)").arg(columns.titles.value(column), columnName(column));
    }
    void addProblem(const QString &sheet, int row, const QString &reason)
    {
        m_result.problems.append({ sheet, row, reason });
    }

    const MatrixSource &m_source;
    const MatrixMapping &m_mapping;
    ImportMode m_mode;
    const PlanData *m_existing;
    const Catalog *m_catalog;
    MatrixReadResult m_result;
    QList<SheetColumns> m_sheets;
    int m_startYear = 0;
    bool m_keepQuarters = false;
    int m_impliedTargets = 0;
    int m_suspectFractions = 0;

    // NewPlan state: keys → local ids (one id space: kpt::writePlanContent maps them together).
    qint64 m_nextId = 1;
    QHash<QString, qint64> m_lineIds; ///< line code, or "#" + folded name
    QHash<QString, qint64> m_programIds; ///< line id + ":" + program code
    QHash<QString, qint64> m_productIds; ///< program id + ":" + product code
    QHash<QString, qint64> m_officeIds; ///< folded name
    QHash<QString, std::pair<QString, int>> m_seenIndicators; ///< code → (sheet, row) where first read
    int m_sharedIndicatorGoals = 0; ///< goals on an indicator code an earlier goal already uses
    QHash<std::pair<qint64, std::pair<int, QString>>, Money> m_investments;

    // Progress state.
    QHash<QString, QList<const ProductIndicator *>> m_indicatorsByCode; ///< several goals may share a code
    QHash<QString, QList<const ProductIndicator *>> m_indicatorsByProductCode;
    QHash<std::pair<qint64, int>, ProgressReport> m_existingReports; ///< (indicator, year × 10 + period)
    QHash<std::pair<qint64, int>, QString> m_seenReports; ///< → where it was first read
    QSet<qint64> m_touched;
};

/// A cell read as a number (see NumberCell).
NumberCell readNumber(const XlsxCell &cell, DecimalSeparator separator);

} // namespace planea::matrix::detail
