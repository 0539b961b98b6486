#pragma once

#include "domain/Enums.h"
#include "domain/Monitoring.h"
#include "domain/StrategicPlan.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace planea {
struct PlanData;
}

namespace planea::calc {

/// How a year's target relates to the four-year target (DOMAIN.md §3.3, column 3).
enum class TermTargetRule {
    Sum, ///< M = Σ m_t (Acumulado, Capacidad)
    LastProgrammedYear, ///< M = m of the last programmed year (Flujo, Stock, Reducción)
    EveryYearEqual, ///< m_t = M every programmed year (Mantenimiento)
    PerYear ///< every year stands alone; no relation to M beyond m_t < LB (Reducción anual)
};

/// How compliance of year t is computed (DOMAIN.md §3.3, column 4). x = achieved, m = target.
enum class YearFormula {
    RatioToYearTarget, ///< x_t / m_t
    RatioToTermTarget, ///< x_t / M (falls back to m_t when M is 0)
    AboveBaseline, ///< (x_t − LB) / (m_t − LB)
    BelowBaseline, ///< (LB − x_t) / (LB − m_t)
    BelowPreviousLevel ///< (LB_t − x_t) / (LB_t − m_t), LB_t = achieved of t−1 if reported, else LB
};

/// How four-year progress up to a year is computed (DOMAIN.md §3.3, column 5).
enum class TermProgressFormula {
    SumOverTarget, ///< Σ x_t / M
    LastOverTarget, ///< x_last / M
    LastAboveBaseline, ///< (x_last − LB) / (M − LB)
    LastBelowBaseline, ///< (LB − x_last) / (LB − M)
    AverageOfYears ///< average of the capped yearly percentages
};

/// How quarterly reports make a year's value when there is no annual report.
enum class QuarterAggregation {
    Sum, ///< quarters report what was delivered in the quarter: the year is their sum
    LastReported, ///< quarters report a level: the year is the latest quarter reported
    Max ///< quarters report the year to date: the year is the highest figure reported
};

/// Everything that distinguishes one accumulation type. Kept as data so that correcting a rule
/// against DNP's official guide is a one-line change (see docs/CALCULATIONS.md).
struct AccumulationRule
{
    AccumulationType type = AccumulationType::Cumulative;
    TermTargetRule termTarget = TermTargetRule::Sum;
    YearFormula yearFormula = YearFormula::RatioToYearTarget;
    TermProgressFormula termProgress = TermProgressFormula::SumOverTarget;
    QuarterAggregation quarters = QuarterAggregation::Sum;
    bool confirmed = false; ///< false: "por confirmar" with the official guide
};

/// A percentage as computed (raw, may exceed 100 or be negative), as used for aggregation
/// (capped to 0–100) and the part above 100 reported apart.
struct Percent
{
    double raw = 0.0;
    double capped = 0.0;
    double overAchievement = 0.0; ///< raw − 100 when raw > 100, else 0

    static Percent fromRaw(double raw);
};

/// Compliance of one indicator in one year. Only produced for programmed years (target set,
/// not NP, not 0); `reported` is false when nothing was reported for the year.
struct YearCompliance
{
    int year = 0;
    double target = 0.0;
    std::optional<double> achieved;
    bool reported = false;
    std::optional<Percent> percent; ///< set when reported and computable
};

/// Result of comparing the annual targets with the four-year target.
struct ConsistencyCheck
{
    enum class Status { Consistent, Inconsistent, NothingProgrammed };
    Status status = Status::Consistent;
    std::optional<double> impliedTermTarget;
    QString explanation; ///< Spanish, empty when consistent

    bool isConsistent() const { return status != Status::Inconsistent; }
};

class AccumulationRules
{
public:
    /// The rules of DOMAIN.md §3.3.
    AccumulationRules();
    /// Custom rules (e.g. after confirming with the official guide); types not listed keep
    /// their standard rule.
    explicit AccumulationRules(const QList<AccumulationRule> &rules, double tolerance = 0.005);

    static const AccumulationRules &standard();

    const AccumulationRule &rule(AccumulationType type) const;
    double tolerance() const { return m_tolerance; }

    /// The four-year target the annual targets imply; nullopt when nothing is programmed or the
    /// type has no single implied value (Reducción anual; Mantenimiento with unequal years).
    std::optional<double> impliedTermTarget(const ProductIndicator &indicator) const;

    /// Are the annual targets consistent with the four-year target? Tolerance absorbs decimals.
    ConsistencyCheck checkConsistency(const ProductIndicator &indicator) const;

    /// The programmed target of a year: nullopt for NP, missing or 0 (the year is excluded).
    static std::optional<double> programmedTarget(const ProductIndicator &indicator, int year);

    /// A year's achieved value from the indicator's reports: the annual report (period 0) if
    /// present, otherwise the quarters (sum or last reported quarter, per rule).
    std::optional<double> achievedValue(const ProductIndicator &indicator, const QList<ProgressReport> &reports,
                                        int year) const;

    /// Compliance of year t; nullopt when the year is not programmed. `reports` are the
    /// indicator's own reports (any order).
    std::optional<YearCompliance> yearCompliance(const ProductIndicator &indicator,
                                                 const QList<ProgressReport> &reports, int year) const;

    /// Four-year progress counting the years up to and including `upToYear`; nullopt when nothing
    /// is evaluable yet.
    std::optional<Percent> termProgress(const ProductIndicator &indicator, const QList<ProgressReport> &reports,
                                        int upToYear) const;

private:
    QList<AccumulationRule> m_rules; ///< indexed by AccumulationType
    double m_tolerance = 0.005;
};

/// The reports of every indicator of a plan, grouped by indicator id (build once per calculation).
class ProgressIndex
{
public:
    explicit ProgressIndex(const PlanData &plan);
    const QList<ProgressReport> &reportsOf(qint64 indicatorId) const;

private:
    QHash<qint64, QList<ProgressReport>> m_reports;
    QList<ProgressReport> m_empty;
};

} // namespace planea::calc
