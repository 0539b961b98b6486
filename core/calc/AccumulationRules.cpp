#include "AccumulationRules.h"

#include "NumberText.h"
#include "domain/PlanData.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

// A denominator smaller than this is treated as zero: the formula cannot be applied.
constexpr double kEpsilon = 1e-9;

// DOMAIN.md §3.3. Only Acumulado is verified end to end; every other row is "por confirmar"
// (docs/CALCULATIONS.md). Correct a rule here, in one place.
QList<AccumulationRule> standardRules()
{
    using T = AccumulationType;
    return {
        { T::Cumulative, TermTargetRule::Sum, YearFormula::RatioToYearTarget, TermProgressFormula::SumOverTarget,
          QuarterAggregation::Sum, true },
        { T::Capacity, TermTargetRule::Sum, YearFormula::RatioToYearTarget, TermProgressFormula::SumOverTarget,
          QuarterAggregation::Sum, false },
        { T::Flow, TermTargetRule::LastProgrammedYear, YearFormula::RatioToYearTarget,
          TermProgressFormula::LastOverTarget, QuarterAggregation::Sum, false },
        { T::Stock, TermTargetRule::LastProgrammedYear, YearFormula::AboveBaseline,
          TermProgressFormula::LastAboveBaseline, QuarterAggregation::LastReported, false },
        { T::Maintenance, TermTargetRule::EveryYearEqual, YearFormula::RatioToTermTarget,
          TermProgressFormula::AverageOfYears, QuarterAggregation::LastReported, false },
        { T::Reduction, TermTargetRule::LastProgrammedYear, YearFormula::BelowBaseline,
          TermProgressFormula::LastBelowBaseline, QuarterAggregation::LastReported, false },
        { T::AnnualReduction, TermTargetRule::PerYear, YearFormula::BelowPreviousLevel,
          TermProgressFormula::AverageOfYears, QuarterAggregation::LastReported, false },
    };
}

constexpr int typeIndex(AccumulationType type)
{
    return static_cast<int>(type);
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// (x − base) / (target − base) when the target is above the base; x / target otherwise (the
// level formula cannot apply, so the plain ratio is the best available reading).
std::optional<double> aboveBase(double x, double target, std::optional<double> base)
{
    if (base && target - *base > kEpsilon)
        return finite((x - *base) / (target - *base) * 100.0);
    if (std::abs(target) < kEpsilon)
        return std::nullopt;
    return finite(x / target * 100.0);
}

// (base − x) / (base − target) when the target is below the base. Without a usable base, a
// reduction goal is met when x ≤ target, and partially (target / x) above it.
std::optional<double> belowBase(double x, double target, std::optional<double> base)
{
    if (base && *base - target > kEpsilon)
        return finite((*base - x) / (*base - target) * 100.0);
    if (x <= target)
        return 100.0;
    if (std::abs(x) < kEpsilon)
        return std::nullopt;
    return finite(target / x * 100.0);
}

QList<AnnualTarget> sortedTargets(const ProductIndicator &indicator)
{
    QList<AnnualTarget> targets = indicator.annualTargets;
    std::stable_sort(targets.begin(), targets.end(),
                     [](const AnnualTarget &a, const AnnualTarget &b) { return a.year < b.year; });
    return targets;
}

// Programmed years (target set, not NP, not 0) in year order.
QList<QPair<int, double>> programmedYears(const ProductIndicator &indicator)
{
    QList<QPair<int, double>> out;
    for (const AnnualTarget &t : sortedTargets(indicator)) {
        if (auto v = AccumulationRules::programmedTarget(indicator, t.year))
            out.append({ t.year, *v });
    }
    return out;
}

QString typeName(AccumulationType type)
{
    return displayName(type);
}

} // namespace

Percent Percent::fromRaw(double raw)
{
    Percent p;
    p.raw = raw;
    p.capped = std::clamp(raw, 0.0, 100.0);
    p.overAchievement = raw > 100.0 ? raw - 100.0 : 0.0;
    return p;
}

AccumulationRules::AccumulationRules()
    : m_rules(standardRules())
{
}

AccumulationRules::AccumulationRules(const QList<AccumulationRule> &rules, double tolerance)
    : m_rules(standardRules())
    , m_tolerance(tolerance)
{
    for (const AccumulationRule &r : rules)
        m_rules[typeIndex(r.type)] = r;
}

const AccumulationRules &AccumulationRules::standard()
{
    static const AccumulationRules rules;
    return rules;
}

const AccumulationRule &AccumulationRules::rule(AccumulationType type) const
{
    return m_rules.at(typeIndex(type));
}

std::optional<double> AccumulationRules::programmedTarget(const ProductIndicator &indicator, int year)
{
    const AnnualTarget *t = indicator.target(year);
    if (!t || t->notProgrammed || !t->value || std::abs(*t->value) < kEpsilon)
        return std::nullopt;
    return t->value;
}

std::optional<double> AccumulationRules::impliedTermTarget(const ProductIndicator &indicator) const
{
    const auto years = programmedYears(indicator);
    if (years.isEmpty())
        return std::nullopt;
    switch (rule(indicator.accumulation).termTarget) {
    case TermTargetRule::Sum: {
        double sum = 0.0;
        for (const auto &[year, value] : years)
            sum += value;
        return sum;
    }
    case TermTargetRule::LastProgrammedYear:
        return years.last().second;
    case TermTargetRule::EveryYearEqual: {
        const double first = years.first().second;
        for (const auto &[year, value] : years) {
            if (std::abs(value - first) > m_tolerance)
                return std::nullopt;
        }
        return first;
    }
    case TermTargetRule::PerYear:
        return std::nullopt;
    }
    return std::nullopt;
}

ConsistencyCheck AccumulationRules::checkConsistency(const ProductIndicator &indicator) const
{
    ConsistencyCheck check;
    const auto years = programmedYears(indicator);
    if (years.isEmpty()) {
        check.status = ConsistencyCheck::Status::NothingProgrammed;
        return check;
    }
    check.impliedTermTarget = impliedTermTarget(indicator);
    const double m = indicator.termTarget;
    const QString type = typeName(indicator.accumulation);
    QStringList problems;

    switch (rule(indicator.accumulation).termTarget) {
    case TermTargetRule::Sum:
        if (std::abs(*check.impliedTermTarget - m) > m_tolerance) {
            problems << QCoreApplication::translate("AccumulationRules",
                                                    "the annual targets add up to %1 but the four-year target is "
                                                    "%2 (type «%3»: the four-year target is their sum)")
                            .arg(formatNumber(*check.impliedTermTarget), formatNumber(m), type);
        }
        break;
    case TermTargetRule::LastProgrammedYear:
        if (std::abs(*check.impliedTermTarget - m) > m_tolerance) {
            problems << QCoreApplication::translate("AccumulationRules",
                                                    "the target of the last programmed year (%1: %2) differs from "
                                                    "the four-year target %3 (type «%4»: the four-year target is "
                                                    "the last year's)")
                            .arg(QString::number(years.last().first), formatNumber(years.last().second),
                                 formatNumber(m), type);
        }
        if (indicator.accumulation == AccumulationType::Reduction && indicator.baseline && m >= *indicator.baseline) {
            problems << QCoreApplication::translate("AccumulationRules",
                                                    "a reduction goal needs a four-year target (%1) below the "
                                                    "baseline (%2)")
                            .arg(formatNumber(m), formatNumber(*indicator.baseline));
        }
        break;
    case TermTargetRule::EveryYearEqual: {
        QStringList differing;
        for (const auto &[year, value] : years) {
            if (std::abs(value - m) > m_tolerance)
                differing << u"%1 (%2)"_s.arg(QString::number(year), formatNumber(value));
        }
        if (!differing.isEmpty()) {
            problems << QCoreApplication::translate("AccumulationRules",
                                                    "every annual target must equal the four-year target %1 "
                                                    "(type «%2»); these differ: %3")
                            .arg(formatNumber(m), type, differing.join(u", "_s));
        }
        break;
    }
    case TermTargetRule::PerYear:
        if (indicator.baseline) {
            QStringList notBelow;
            for (const auto &[year, value] : years) {
                if (value >= *indicator.baseline)
                    notBelow << u"%1 (%2)"_s.arg(QString::number(year), formatNumber(value));
            }
            if (!notBelow.isEmpty()) {
                problems << QCoreApplication::translate("AccumulationRules",
                                                        "every annual target must be below the baseline %1 "
                                                        "(type «%2»); these are not: %3")
                                .arg(formatNumber(*indicator.baseline), type, notBelow.join(u", "_s));
            }
        }
        break;
    }

    if (!problems.isEmpty()) {
        check.status = ConsistencyCheck::Status::Inconsistent;
        QString text = problems.join(u"; "_s);
        text[0] = text[0].toUpper();
        check.explanation = text + u'.';
    }
    return check;
}

std::optional<double> AccumulationRules::achievedValue(const ProductIndicator &indicator,
                                                       const QList<ProgressReport> &reports, int year) const
{
    // period → value; std::map keeps the quarters in order.
    std::map<int, double> quarters;
    for (const ProgressReport &r : reports) {
        if (r.year != year || !r.value)
            continue;
        if (r.period == 0)
            return r.value;
        if (r.period >= 1 && r.period <= 4)
            quarters[r.period] = *r.value;
    }
    if (quarters.empty())
        return std::nullopt;
    switch (rule(indicator.accumulation).quarters) {
    case QuarterAggregation::LastReported:
        return quarters.rbegin()->second;
    case QuarterAggregation::Max: {
        double max = quarters.begin()->second;
        for (const auto &[period, value] : quarters)
            max = std::max(max, value);
        return max;
    }
    case QuarterAggregation::Sum:
        break;
    }
    double sum = 0.0;
    for (const auto &[period, value] : quarters)
        sum += value;
    return sum;
}

std::optional<YearCompliance> AccumulationRules::yearCompliance(const ProductIndicator &indicator,
                                                                const QList<ProgressReport> &reports, int year) const
{
    const auto target = programmedTarget(indicator, year);
    if (!target)
        return std::nullopt;
    YearCompliance c;
    c.year = year;
    c.target = *target;
    c.achieved = achievedValue(indicator, reports, year);
    c.reported = c.achieved.has_value();
    if (!c.reported)
        return c;

    const double x = *c.achieved;
    const double m = *target;
    std::optional<double> raw;
    switch (rule(indicator.accumulation).yearFormula) {
    case YearFormula::RatioToYearTarget:
        raw = finite(x / m * 100.0);
        break;
    case YearFormula::RatioToTermTarget: {
        const double denominator = std::abs(indicator.termTarget) > kEpsilon ? indicator.termTarget : m;
        raw = finite(x / denominator * 100.0);
        break;
    }
    case YearFormula::AboveBaseline:
        raw = aboveBase(x, m, indicator.baseline);
        break;
    case YearFormula::BelowBaseline:
        raw = belowBase(x, m, indicator.baseline);
        break;
    case YearFormula::BelowPreviousLevel: {
        std::optional<double> level = achievedValue(indicator, reports, year - 1);
        if (!level)
            level = indicator.baseline;
        raw = belowBase(x, m, level);
        break;
    }
    }
    if (raw)
        c.percent = Percent::fromRaw(*raw);
    return c;
}

std::optional<Percent> AccumulationRules::termProgress(const ProductIndicator &indicator,
                                                       const QList<ProgressReport> &reports, int upToYear) const
{
    // The years that have a report, up to the cut-off year, in order.
    QList<int> reportedYears;
    for (const ProgressReport &r : reports) {
        if (r.year <= upToYear && r.value && !reportedYears.contains(r.year))
            reportedYears.append(r.year);
    }
    std::sort(reportedYears.begin(), reportedYears.end());
    if (reportedYears.isEmpty())
        return std::nullopt;

    const double bigM = indicator.termTarget;
    const double last = *achievedValue(indicator, reports, reportedYears.last());
    std::optional<double> raw;
    switch (rule(indicator.accumulation).termProgress) {
    case TermProgressFormula::SumOverTarget: {
        if (std::abs(bigM) < kEpsilon)
            return std::nullopt;
        double sum = 0.0;
        for (int y : reportedYears)
            sum += *achievedValue(indicator, reports, y);
        raw = finite(sum / bigM * 100.0);
        break;
    }
    case TermProgressFormula::LastOverTarget:
        if (std::abs(bigM) < kEpsilon)
            return std::nullopt;
        raw = finite(last / bigM * 100.0);
        break;
    case TermProgressFormula::LastAboveBaseline:
        raw = aboveBase(last, bigM, indicator.baseline);
        break;
    case TermProgressFormula::LastBelowBaseline:
        raw = belowBase(last, bigM, indicator.baseline);
        break;
    case TermProgressFormula::AverageOfYears: {
        double rawSum = 0.0;
        double cappedSum = 0.0;
        int n = 0;
        for (const AnnualTarget &t : sortedTargets(indicator)) {
            if (t.year > upToYear)
                continue;
            const auto c = yearCompliance(indicator, reports, t.year);
            if (c && c->percent) {
                rawSum += c->percent->raw;
                cappedSum += c->percent->capped;
                ++n;
            }
        }
        if (n == 0)
            return std::nullopt;
        Percent p;
        p.raw = rawSum / n;
        p.capped = cappedSum / n;
        p.overAchievement = p.raw > 100.0 ? p.raw - 100.0 : 0.0;
        return p;
    }
    }
    if (!raw)
        return std::nullopt;
    return Percent::fromRaw(*raw);
}

ProgressIndex::ProgressIndex(const PlanData &plan)
{
    m_reports.reserve(plan.indicators.size());
    for (const ProgressReport &r : plan.progress)
        m_reports[r.indicatorId].append(r);
}

const QList<ProgressReport> &ProgressIndex::reportsOf(qint64 indicatorId) const
{
    const auto it = m_reports.constFind(indicatorId);
    return it == m_reports.cend() ? m_empty : *it;
}

} // namespace planea::calc
