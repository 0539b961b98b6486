#pragma once

#include "catalog/OfficialDiagnosis.h"
#include "domain/Diagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace planea {

/// Which way the municipality's series moved from its first year to its latest.
enum class DiagnosisTrend { SingleValue, Rising, Falling, Stable };

/// One row of the diagnosis table: the municipality's latest figure beside its department's and
/// the nation's of the same year, the gap and the trend (docs/CALCULATIONS.md «Diagnóstico»).
struct DiagnosisComparison
{
    QString code; ///< official code, empty for the entity's own indicator
    QString name;
    QString unit;
    QString source;
    bool isOfficial = false;
    std::optional<int> latestYear; ///< empty: no value yet
    std::optional<double> latest;
    std::optional<int> firstYear;
    std::optional<double> department;
    std::optional<double> nation;
    /// municipality − department (− nation): only for rates, whose comparators are averages
    std::optional<double> gapDepartment;
    std::optional<double> gapNation;
    DiagnosisTrend trend = DiagnosisTrend::SingleValue;
    /// true: the trend goes the desired way; false: the opposite; empty: stable, a single value,
    /// or the source declares no desired direction.
    std::optional<bool> improving;
    QList<IndicatorValue> series;
};

class DiagnosisComparisons final
{
    Q_DECLARE_TR_FUNCTIONS(planea::DiagnosisComparisons)

public:
    /// One row per diagnosis indicator, in the plan's order. `officialIndicators` (the shipped
    /// list) gives the desired direction and the aggregation of the official ones.
    static QList<DiagnosisComparison> compare(const QList<WellbeingIndicator> &indicators,
                                              const QList<OfficialIndicator> &officialIndicators);

    /// «sube», «baja», «estable», «un solo dato», with «(mejora)» / «(empeora)» when known.
    static QString trendText(const DiagnosisComparison &row);
};

} // namespace planea
