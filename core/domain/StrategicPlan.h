#pragma once

#include "Enums.h"
#include "Money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

/// A budget program (4 digits: sector + 2) under a strategic line.
struct BudgetProgram
{
    qint64 id = 0;
    qint64 lineId = 0;
    QString code;
    QString name;
    QString objective;
    bool isOwn = false;
    std::optional<double> weight; ///< percent within its line
    int sortOrder = 0;
};

/// A product (7 digits: program + 3): a good or service the government commits to deliver. Its
/// cost is spread over years and sources by the investment plan.
struct Product
{
    qint64 id = 0;
    qint64 programId = 0;
    QString code;
    QString name;
    bool isOwn = false;
    Money cost = 0;
    QString bpin;
    int sortOrder = 0;
};

/// One year of an indicator's Plan Indicativo programming. "NP" (not programmed) is distinct
/// from a target of zero.
struct AnnualTarget
{
    int year = 0;
    std::optional<double> value;
    bool notProgrammed = false;
};

/// A product indicator (9 digits: product + 2) with its four-year goal: the "meta de producto".
struct ProductIndicator
{
    qint64 id = 0;
    qint64 productId = 0;
    QString code; ///< the MGA indicator code; several goals of a plan may share it
    QString goalCode; ///< the entity's own code for the goal («COD META PRODUCTO»); may be empty
    QString name;
    QString customLabel; ///< personalización del indicador
    QString unit;
    bool isOwn = false;
    bool isMain = true; ///< principal
    std::optional<double> baseline;
    double termTarget = 0.0;
    AccumulationType accumulation = AccumulationType::Cumulative;
    Trend trend = Trend::Increase;
    std::optional<int> sdg;
    std::optional<qint64> responsibleOfficeId;
    std::optional<double> weight; ///< percent within its program
    std::optional<qint64> wellbeingIndicatorId;
    QStringList populationFocus;
    QList<AnnualTarget> annualTargets; ///< ordered by year

    QString displayName() const { return customLabel.isEmpty() ? name : customLabel; }
    const AnnualTarget *target(int year) const
    {
        for (const auto &t : annualTargets) {
            if (t.year == year)
                return &t;
        }
        return nullptr;
    }
};

} // namespace planea
