#pragma once

#include "domain/Money.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace planea {
struct PlanData;
}

namespace planea::calc {

/// The investment plan of one source in one year against its financial projection.
struct EnvelopeRow
{
    QString sourceCode;
    int year = 0;
    Money planned = 0; ///< Σ of the investment plan cells
    std::optional<Money> projected; ///< Σ of FinancialRecord(kind Projection); nullopt if none
    Money difference = 0; ///< projected − planned (negative: over the projection); planned negated if no projection
    bool exceeds() const { return projected.has_value() && planned > *projected; }
};

/// Totals of the Plan Plurianual de Inversiones, in pesos (never floating point).
struct InvestmentTotals
{
    QMap<qint64, Money> byLine; ///< line id (0: product whose chain is broken)
    QMap<QString, Money> bySector; ///< first 2 digits of the program code
    QMap<qint64, Money> byProgram; ///< program id
    QMap<qint64, Money> byProduct; ///< product id
    QMap<QString, Money> bySource;
    QMap<int, Money> byYear;
    QMap<QPair<QString, int>, Money> bySourceYear;
    Money grandTotal = 0;

    /// Every source/year that has either investment or a projection, ordered by source, year.
    QList<EnvelopeRow> envelope;
    bool hasProjection = false; ///< at least one Projection record exists

    Money line(qint64 id) const { return byLine.value(id); }
    Money sector(const QString &code) const { return bySector.value(code); }
    Money program(qint64 id) const { return byProgram.value(id); }
    Money source(const QString &code) const { return bySource.value(code); }
    Money year(int y) const { return byYear.value(y); }
    Money sourceYear(const QString &code, int y) const { return bySourceYear.value({ code, y }); }
};

InvestmentTotals computeInvestmentTotals(const PlanData &plan);

} // namespace planea::calc
