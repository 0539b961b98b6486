#pragma once

#include "Enums.h"
#include "Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace planea {

struct IndicatorValue
{
    int year = 0;
    double value = 0.0;
    QString source;
    /// The department's and the nation's figure for the same year, when the value came from the
    /// official figures shipped with Planea and the methodology allows it (docs/CALCULATIONS.md).
    std::optional<double> departmentValue = {};
    std::optional<double> nationValue = {};
};

/// A result ("bienestar") indicator: diagnosis values by year, and when prioritised in the
/// strategic plan, its baseline and four-year target.
struct WellbeingIndicator
{
    qint64 id = 0;
    std::optional<qint64> lineId;
    QString name;
    QString unit;
    QString sectorCode;
    QString source;
    /// The code of the official figures catalog (catalogs/diagnostico_indicadores.csv, e.g.
    /// "EDU_COB_NETA") when the indicator came from it; empty for the entity's own indicators.
    QString officialCode = {};
    Direction direction = Direction::Increase;
    std::optional<int> sdg; ///< ODS 1–17
    std::optional<int> pndCode; ///< PND transformation
    bool isPrioritized = false;
    bool isOwn = false;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    std::optional<double> target;
    QList<IndicatorValue> values; ///< ordered by year
    int sortOrder = 0;
};

struct ProblemAnalysis
{
    qint64 id = 0;
    std::optional<qint64> lineId;
    QString sectorCode;
    QString problem;
    QString causes;
    QString effects;
    QString affectedPopulation;
    QString location;
};

struct CharacterizationNote
{
    qint64 id = 0;
    CharacterizationKind kind = CharacterizationKind::Other;
    QString title;
    QString content;
};

/// Revenue by funding source and year: history, or the four-year projection the investment plan
/// must respect.
struct FinancialRecord
{
    QString sourceCode;
    int year = 0;
    FinancialRecordKind kind = FinancialRecordKind::Projection;
    Money amount = 0;
};

} // namespace planea
