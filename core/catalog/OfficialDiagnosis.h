#pragma once

#include "domain/Diagnosis.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace planea {

/// How a municipal figure adds up to the department and the nation (docs/CALCULATIONS.md
/// «Diagnóstico: departamento y nación»).
enum class OfficialAggregation {
    None, ///< no clear method with the shipped data: «no disponible»
    Sum, ///< a count: the sum of the municipalities
    WeightedMean ///< a rate: the mean weighted by the indicator's own denominator population
};

/// One indicator of catalogs/diagnostico_indicadores.csv.
struct OfficialIndicator
{
    QString code; ///< e.g. "EDU_COB_NETA"
    QString name;
    QString unit;
    QString source;
    QString dimension;
    QString desiredDirection; ///< "aumentar", "disminuir" or empty (the source declares none)
    QString note;
    OfficialAggregation aggregation = OfficialAggregation::None;
    QString weightCode; ///< for WeightedMean: the population indicator used as weight
};

/// One year of one indicator for one municipality, beside its department and the nation.
struct OfficialFigure
{
    int year = 0;
    double value = 0.0;
    std::optional<double> department;
    std::optional<double> nation;
    int departmentMunicipalities = 0; ///< how many municipalities entered the department's figure
    int nationMunicipalities = 0;
};

/// An indicator with the municipality's whole series (oldest year first).
struct OfficialIndicatorFigures
{
    OfficialIndicator indicator;
    QList<OfficialFigure> series;
};

/// The official diagnosis figures shipped with Planea (catalogs/diagnostico_indicadores.csv and
/// catalogs/diagnostico_valores.csv.gz, see catalogs/SOURCES.md): per municipality, indicator and
/// year, as the sources publish them. A missing row means no data, never zero. Loaded on demand
/// (new plan, diagnosis comparison), never at start-up.
class OfficialDiagnosis final
{
    Q_DECLARE_TR_FUNCTIONS(planea::OfficialDiagnosis)

public:
    /// The indicator list embedded in the program (62 rows; the values are not read).
    static Result<QList<OfficialIndicator>> shippedIndicators();
    /// The tables embedded in the program.
    static Result<std::shared_ptr<const OfficialDiagnosis>> loadShipped();
    /// The same from CSV text (indicators: the columns of diagnostico_indicadores.csv; values:
    /// codigo_dane,codigo_indicador,anio,valor). A bad row is a bad-input error naming its line.
    static Result<std::shared_ptr<const OfficialDiagnosis>>
    parse(const QByteArray &indicatorsCsv, const QByteArray &valuesCsv, const QString &sourceName);

    /// Every indicator the municipality has figures for, in catalog order, each with its series
    /// and the department's and nation's figure per year where the method allows. An invalid or
    /// unknown DANE code is a bad-input error in Spanish.
    Result<QList<OfficialIndicatorFigures>> forMunicipality(const QString &daneCode) const;

    /// The indicator by code, nullptr when absent.
    const OfficialIndicator *indicator(const QString &code) const;
    const QList<OfficialIndicator> &indicators() const { return m_indicators; }
    /// The municipality's value, absent when the source has none.
    std::optional<double> value(const QString &daneCode, const QString &indicatorCode, int year) const;
    int municipalityCount() const { return int(m_municipalities.size()); }

    /// The plan's diagnosis indicators for these figures: name, unit and source of the catalog,
    /// its code, each year with the department's and the nation's figure and the source
    /// «<fuente> (<año>)».
    static QList<WellbeingIndicator> toWellbeingIndicators(const QList<OfficialIndicatorFigures> &figures);

private:
    OfficialDiagnosis() = default;

    struct Aggregate
    {
        std::optional<double> value;
        int municipalities = 0;
    };
    /// `prefix`: the department's two digits, or empty for the nation.
    Aggregate aggregate(const OfficialIndicator &indicator, int year, const QString &prefix) const;

    QList<OfficialIndicator> m_indicators;
    QHash<QString, qsizetype> m_indicatorIndex;
    QList<QString> m_municipalities; ///< every DANE code with a value, in code order
    /// (municipality index, indicator index, year) → value
    QHash<quint64, double> m_values;
    QList<int> m_years; ///< every year with a value, ascending

    static quint64 key(qsizetype municipality, qsizetype indicator, int year)
    {
        return (quint64(municipality) << 32) | (quint64(indicator) << 16) | quint64(year);
    }
    QHash<QString, qsizetype> m_municipalityIndex;
};

} // namespace planea
