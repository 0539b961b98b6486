#pragma once

// The numbers of the demonstration plan (Buenavista, Quindío, 2028–2031), as compact tables.
// Money is in millions of pesos here; DemoPlan.cpp turns it into pesos.

#include <QList>
#include <QStringView>

#include <limits>
#include <utility>

namespace planea::demo::data {

/// Not programmed (annual target) / not reported (progress).
inline constexpr double NP = std::numeric_limits<double>::quiet_NaN();
inline constexpr double NR = std::numeric_limits<double>::quiet_NaN();

struct FinanceSpec
{
    QStringView source;
    int history[4]; ///< 2024–2027
    int projection[4]; ///< 2028–2031
};

struct ProductSpec
{
    QStringView program;
    QStringView code;
    QStringView name;
    int costMillions;
    QList<std::pair<QStringView, int>> sourceShares; ///< percent of the cost per source
    int yearShares[4]; ///< percent of the cost per year 2028–2031
    bool isOwn;
};

struct IndicatorSpec
{
    QStringView product;
    QStringView code;
    QStringView name;
    QStringView unit;
    double baseline;
    QStringView accumulation;
    double targets[4]; ///< 2028–2031, NP where not programmed
    int weight;
    QStringView office; ///< key of the office table in DemoPlan.cpp
    QStringView focus; ///< "; "-separated
    int sdg;
    QStringView wellbeing; ///< key of the wellbeing indicator it contributes to, or empty
    double achieved[2]; ///< reported 2028 and 2029, NR where not reported
};

const QList<FinanceSpec> &finance();
const QList<ProductSpec> &products();
const QList<IndicatorSpec> &indicators();

} // namespace planea::demo::data
