#pragma once

#include "AccumulationRules.h"
#include "EfficacyScale.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace planea {
struct PlanData;
struct GovernmentTerm;
} // namespace planea

namespace planea::calc {

enum class AggregationMethod {
    Simple, ///< plain average of the goals below (the old EDI)
    Weighted ///< ponderación at each level; equal weights where none is set (DOMAIN.md §5.2)
};

enum class GroupLevel { Line, Program, Product, Indicator };

/// One goal (product indicator) in one year.
struct GoalEfficacy
{
    qint64 indicatorId = 0;
    qint64 productId = 0;
    qint64 programId = 0;
    qint64 lineId = 0;
    QString code;
    QString name;
    int year = 0;
    std::optional<double> weight; ///< ponderación within its program (percent)

    bool programmed = false; ///< has a target this year (else excluded everywhere)
    std::optional<double> target;
    std::optional<double> achieved;
    bool reported = false; ///< programmed but not reported: "sin reporte"
    std::optional<Percent> efficacy; ///< compliance of the year
    std::optional<Percent> termProgress; ///< four-year progress up to the year

    Money commitments = 0; ///< the product's, this year, every source
    Money obligations = 0;
    bool moneyWithoutProgress = false; ///< "recursos ejecutados sin avance"
    bool progressWithoutMoney = false; ///< "avance sin recursos comprometidos"
};

/// An aggregate (plan, line, program, product or a single goal).
struct GroupEfficacy
{
    GroupLevel level = GroupLevel::Line;
    qint64 id = 0; ///< 0 for the plan
    QString code;
    QString name;
    std::optional<double> weight; ///< its ponderación as entered (percent)
    std::optional<double> efficacy; ///< 0–100, capped; nullopt: nothing evaluable
    std::optional<double> termProgress; ///< 0–100, capped
    double overAchievement = 0.0; ///< largest over-achievement among its goals (percentage points)
    int goalsProgrammed = 0;
    int goalsReported = 0;
    int goalsWithoutReport = 0;
    EfficacyCategory category;
};

struct EfficacyReport
{
    int year = 0;
    AggregationMethod method = AggregationMethod::Weighted;
    GroupEfficacy plan;
    QList<GroupEfficacy> lines;
    QList<GroupEfficacy> programs;
    QList<GroupEfficacy> products;
    QList<GroupEfficacy> indicators; ///< one per goal, same order as `goals`
    QList<GoalEfficacy> goals; ///< every indicator of the plan, in plan order
    /// Percent of programmed goals that have a report (information integrity); nullopt when
    /// nothing is programmed.
    std::optional<double> informationIntegrity;

    const QList<GroupEfficacy> &groups(GroupLevel level) const;
};

struct EfficacyOptions
{
    AggregationMethod method = AggregationMethod::Weighted;
    const AccumulationRules *rules = nullptr; ///< nullptr: AccumulationRules::standard()
    const EfficacyScale *scale = nullptr; ///< nullptr: EfficacyScale::standard()
};

/// Eficacia of every goal in `year` and its aggregation to product, program, line and plan.
EfficacyReport computeEfficacy(const PlanData &plan, int year, const EfficacyOptions &options = {});

/// Expected progress at a cut-off date if progress were proportional to time: the elapsed
/// fraction of the four-year term, in percent (0 before it starts, 100 after it ends).
double expectedTermProgress(const GovernmentTerm &term, const QDate &cutoff);

/// The same within one calendar year (for the year's eficacia): 0–100.
double expectedYearProgress(int year, const QDate &cutoff);

} // namespace planea::calc
