#pragma once

#include "AccumulationRules.h"
#include "EfficacyScale.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea {
struct PlanData;
struct GovernmentTerm;
} // namespace planea

namespace planea::calc {

/// How goals are aggregated into a program, line, plan, sector or office (docs/CALCULATIONS.md §2).
enum class AggregationMethod {
    Simple, ///< plain average of the goals' capped compliance of the year (the old EDI): "promedio"
    Weighted, ///< ponderación at each level; equal weights where none is set (DOMAIN.md §5.2): "ponderado"
    /// Four-year progress: the plain average over the goals of min(four-year progress, 100 %),
    /// a goal with a four-year target and nothing reported yet counting 0 (issue 16): "cuatrienio-tope"
    FourYearCapped
};

/// Every method, in the order the selectors list them (the default first).
QList<AggregationMethod> aggregationMethods();
/// The method's code in planea-cli, JSON and the plan file: "ponderado", "promedio", "cuatrienio-tope".
QString methodCode(AggregationMethod method);
/// The method of a code; nullopt for an unknown one.
std::optional<AggregationMethod> methodFromCode(const QString &code);
/// The method of a plan (PlanInfo::efficacyMethod): Weighted when unset or unknown.
AggregationMethod planMethod(const PlanData &plan);
/// The method as reports name it, e.g. «ponderado por las ponderaciones».
QString methodName(AggregationMethod method);

/// Levels a report can be grouped by. Sector (the first two digits of the program code) and Office
/// (the goal's responsible office) cut across the line → program tree; Plan is the whole plan.
enum class GroupLevel { Line, Program, Product, Indicator, Sector, Office, Plan };

/// How expected progress at a cut-off date is counted (docs/CALCULATIONS.md §2).
enum class ExpectedProgressRule {
    Linear, ///< proportional to the days elapsed, the cut-off day included
    ByQuarters ///< only whole calendar quarters count: 25 % of a year per quarter ended
};

/// One goal (product indicator) in one year.
struct GoalEfficacy
{
    qint64 indicatorId = 0;
    qint64 productId = 0;
    qint64 programId = 0;
    qint64 lineId = 0;
    QString code;
    QString name;
    QString unit;
    QString sectorCode; ///< first two digits of the program code
    std::optional<qint64> officeId; ///< responsible office
    AccumulationType accumulation = AccumulationType::Cumulative;
    int year = 0;
    std::optional<double> weight; ///< ponderación within its program (percent)
    /// Share of the goal in the whole plan (0–1): its share among its program's goals × its
    /// program's share in the line × the line's share in the plan, each share from the
    /// ponderaciones (equal shares where none is set). Used to weight sectors and offices.
    double planShare = 0.0;

    bool programmed = false; ///< has a target this year (else excluded everywhere)
    std::optional<double> target;
    std::optional<double> achieved;
    bool reported = false; ///< programmed but not reported: "sin reporte"
    std::optional<Percent> efficacy; ///< compliance of the year
    std::optional<Percent> termProgress; ///< four-year progress up to the year
    /// The goal's figure under FourYearCapped: termProgress capped, 0 when the goal has a four-year
    /// target but nothing reported up to the year; nullopt without a four-year target.
    std::optional<double> termCapped;

    Money appropriation = 0; ///< the product's, this year, every source
    Money commitments = 0;
    Money obligations = 0;
    Money payments = 0;
    bool moneyWithoutProgress = false; ///< "recursos ejecutados sin avance"
    bool progressWithoutMoney = false; ///< "avance sin recursos comprometidos"
    bool noReport = false; ///< programmed this year and nothing reported: "sin reporte"

    bool hasFlag() const { return moneyWithoutProgress || progressWithoutMoney || noReport; }
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
    QList<GroupEfficacy> sectors; ///< by sector code, in the order sectors first appear in the plan
    QList<GroupEfficacy> offices; ///< by responsible office, plan order; id 0: goals without one
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
/// The same, by `rule` (ByQuarters: calendar quarters of the term ended by the cut-off / 16).
double expectedTermProgress(const GovernmentTerm &term, const QDate &cutoff, ExpectedProgressRule rule);

/// The same within one calendar year (for the year's eficacia): 0–100.
double expectedYearProgress(int year, const QDate &cutoff);
/// The same, by `rule` (ByQuarters: 25 per quarter of `year` ended by the cut-off).
double expectedYearProgress(int year, const QDate &cutoff, ExpectedProgressRule rule);

/// Spanish text of a goal's flags, e.g. "Recursos ejecutados sin avance"; empty when none.
QStringList flagTexts(const GoalEfficacy &goal);

} // namespace planea::calc
