// Accumulation rules (DOMAIN.md §3.3): implied four-year target, consistency, yearly compliance,
// four-year progress and the achieved value of a year. Every expected number is worked by hand
// in the comment beside it.

#include "CalcPlanBuilder.h"
#include "calc/AccumulationRules.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;
using T = AccumulationType;

namespace {

ProductIndicator makeIndicator(T type, double termTarget, const QList<std::optional<double>> &targets,
                               std::optional<double> baseline = std::nullopt)
{
    CalcPlanBuilder b;
    b.indicator(1, 1, QStringLiteral("220102100"), type, termTarget, targets, baseline);
    return b.plan().indicators.first();
}

ProgressReport rep(int year, double value, int period = 0)
{
    return { 1, year, period, value, {}, {} };
}

const AccumulationRules &rules()
{
    return AccumulationRules::standard();
}

} // namespace

TEST(AccumulationTarget, CumulativeTargetIsTheSumOfTheYears)
{
    const auto ind = makeIndicator(T::Cumulative, 100, { 10, 20, 30, 40 });
    // 10 + 20 + 30 + 40 = 100
    EXPECT_DOUBLE_EQ(*rules().impliedTermTarget(ind), 100.0);
    EXPECT_EQ(rules().checkConsistency(ind).status, ConsistencyCheck::Status::Consistent);
}

TEST(AccumulationTarget, CapacityAddsItsIncrementsLikeCumulative)
{
    const auto ind = makeIndicator(T::Capacity, 12, { 3, 3, 3, 3 });
    // 3 × 4 = 12
    EXPECT_DOUBLE_EQ(*rules().impliedTermTarget(ind), 12.0);
}

TEST(AccumulationTarget, CumulativeSumThatMissesTheTargetIsExplainedInSpanish)
{
    const auto ind = makeIndicator(T::Cumulative, 100, { 10, 20, 30, 30 });
    const ConsistencyCheck check = rules().checkConsistency(ind);
    // 10 + 20 + 30 + 30 = 90 ≠ 100
    EXPECT_EQ(check.status, ConsistencyCheck::Status::Inconsistent);
    EXPECT_DOUBLE_EQ(*check.impliedTermTarget, 90.0);
    EXPECT_EQ(check.explanation,
              QStringLiteral("Las metas anuales suman 90 pero la meta del cuatrienio es 100 (tipo "
                             "«Acumulado (suma)»: la meta del cuatrienio es su suma)."));
}

TEST(AccumulationTarget, DecimalsWithinToleranceAreConsistent)
{
    // 33,333 + 33,333 + 33,334 = 100,000 (binary rounding stays far below the 0,005 tolerance)
    const auto ind = makeIndicator(T::Cumulative, 100, { 33.333, 33.333, 33.334, std::nullopt });
    EXPECT_TRUE(rules().checkConsistency(ind).isConsistent());
    // 0,1 + 0,2 = 0,30000000000000004, which is 0,3
    EXPECT_TRUE(rules().checkConsistency(makeIndicator(T::Cumulative, 0.3, { 0.1, 0.2 })).isConsistent());
    // 0,1 + 0,2 = 0,3 vs 0,31: a difference of 0,01 is more than the tolerance
    EXPECT_FALSE(rules().checkConsistency(makeIndicator(T::Cumulative, 0.31, { 0.1, 0.2 })).isConsistent());
}

TEST(AccumulationTarget, FlowAndStockTakeTheLastProgrammedYear)
{
    // Flujo: the value of 2027 (80)
    EXPECT_DOUBLE_EQ(*rules().impliedTermTarget(makeIndicator(T::Flow, 80, { 50, 60, 70, 80 })), 80.0);
    EXPECT_FALSE(rules().checkConsistency(makeIndicator(T::Flow, 260, { 50, 60, 70, 80 })).isConsistent());
    // Stock with 2027 NP: the last programmed year is 2026 (75)
    const auto stock = makeIndicator(T::Stock, 75, { 60, 70, 75, std::nullopt }, 50);
    EXPECT_DOUBLE_EQ(*rules().impliedTermTarget(stock), 75.0);
    EXPECT_TRUE(rules().checkConsistency(stock).isConsistent());
}

TEST(AccumulationTarget, MaintenanceNeedsEveryYearEqualToTheTarget)
{
    EXPECT_TRUE(rules().checkConsistency(makeIndicator(T::Maintenance, 90, { 90, 90, 90, 90 })).isConsistent());
    const auto ind = makeIndicator(T::Maintenance, 90, { 90, 85, 90, 90 });
    EXPECT_FALSE(rules().impliedTermTarget(ind).has_value());
    const ConsistencyCheck check = rules().checkConsistency(ind);
    EXPECT_FALSE(check.isConsistent());
    EXPECT_TRUE(check.explanation.contains(QStringLiteral("2025 (85)"))) << qPrintable(check.explanation);
}

TEST(AccumulationTarget, ReductionTargetMustBeBelowTheBaseline)
{
    EXPECT_TRUE(rules().checkConsistency(makeIndicator(T::Reduction, 16, { 19, 18, 17, 16 }, 20)).isConsistent());
    // last year 25 = M, but 25 is not below the baseline 20
    const ConsistencyCheck check = rules().checkConsistency(makeIndicator(T::Reduction, 25, { 22, 23, 24, 25 }, 20));
    EXPECT_FALSE(check.isConsistent());
    EXPECT_TRUE(check.explanation.contains(QStringLiteral("línea base (20)"))) << qPrintable(check.explanation);
}

TEST(AccumulationTarget, AnnualReductionStandsPerYear)
{
    const auto ind = makeIndicator(T::AnnualReduction, 8, { 9, 9, 8, 8 }, 10);
    EXPECT_FALSE(rules().impliedTermTarget(ind).has_value());
    EXPECT_TRUE(rules().checkConsistency(ind).isConsistent());
    // 11 is above the baseline 10
    EXPECT_FALSE(rules().checkConsistency(makeIndicator(T::AnnualReduction, 8, { 9, 11, 8, 8 }, 10)).isConsistent());
}

TEST(AccumulationTarget, NothingProgrammedIsNotAnInconsistency)
{
    const auto ind = makeIndicator(T::Cumulative, 10, { std::nullopt, std::nullopt, std::nullopt, std::nullopt });
    const ConsistencyCheck check = rules().checkConsistency(ind);
    EXPECT_EQ(check.status, ConsistencyCheck::Status::NothingProgrammed);
    EXPECT_TRUE(check.isConsistent());
}

TEST(AccumulationTarget, RulesCanBeCorrectedInOnePlace)
{
    AccumulationRule flowAsSum = AccumulationRules::standard().rule(T::Flow);
    flowAsSum.termTarget = TermTargetRule::Sum;
    const AccumulationRules corrected({ flowAsSum });
    // 50 + 60 + 70 + 80 = 260 once Flujo is declared a sum
    EXPECT_DOUBLE_EQ(*corrected.impliedTermTarget(makeIndicator(T::Flow, 260, { 50, 60, 70, 80 })), 260.0);
    // the other types keep their standard rule
    EXPECT_EQ(corrected.rule(T::Stock).termTarget, TermTargetRule::LastProgrammedYear);
}

TEST(AchievedValue, AnnualReportWinsOverQuarters)
{
    const auto ind = makeIndicator(T::Cumulative, 40, { 10, 10, 10, 10 });
    const QList<ProgressReport> reports { rep(2024, 2, 1), rep(2024, 3, 2), rep(2024, 9, 0) };
    EXPECT_DOUBLE_EQ(*rules().achievedValue(ind, reports, 2024), 9.0);
}

TEST(AchievedValue, QuartersAddUpForFlowsAndTakeTheLastForLevels)
{
    const QList<ProgressReport> reports { rep(2024, 2, 1), rep(2024, 3, 2), rep(2024, 5, 3) };
    // Acumulado: 2 + 3 + 5 = 10
    EXPECT_DOUBLE_EQ(*rules().achievedValue(makeIndicator(T::Cumulative, 40, { 10 }), reports, 2024), 10.0);
    // Flujo: also summed: 10
    EXPECT_DOUBLE_EQ(*rules().achievedValue(makeIndicator(T::Flow, 40, { 10 }), reports, 2024), 10.0);
    // Stock: the last reported quarter (Q3 = 5), whatever the list order
    const QList<ProgressReport> shuffled { rep(2024, 5, 3), rep(2024, 2, 1) };
    EXPECT_DOUBLE_EQ(*rules().achievedValue(makeIndicator(T::Stock, 40, { 10 }), shuffled, 2024), 5.0);
    EXPECT_FALSE(rules().achievedValue(makeIndicator(T::Stock, 40, { 10 }), shuffled, 2025).has_value());
}

TEST(YearCompliance, NotProgrammedOrZeroTargetExcludesTheYear)
{
    const auto ind = makeIndicator(T::Cumulative, 10, { std::nullopt, 0, 5, 5 });
    EXPECT_FALSE(rules().yearCompliance(ind, { rep(2024, 3) }, 2024).has_value()); // NP
    EXPECT_FALSE(rules().yearCompliance(ind, { rep(2025, 3) }, 2025).has_value()); // target 0
    EXPECT_FALSE(rules().yearCompliance(ind, {}, 2030).has_value()); // no such year
}

TEST(YearCompliance, ProgrammedButNotReported)
{
    const auto c = rules().yearCompliance(makeIndicator(T::Cumulative, 40, { 10 }), {}, 2024);
    ASSERT_TRUE(c.has_value());
    EXPECT_FALSE(c->reported);
    EXPECT_FALSE(c->percent.has_value());
}

TEST(YearCompliance, CumulativeRatioCapsAndKeepsOverAchievementApart)
{
    const auto ind = makeIndicator(T::Cumulative, 80, { 20, 20, 20, 20 });
    // 15 / 20 = 75 %
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, { rep(2024, 15) }, 2024)->percent->capped, 75.0);
    // 30 / 20 = 150 %: capped 100, over-achievement 50
    const Percent p = *rules().yearCompliance(ind, { rep(2024, 30) }, 2024)->percent;
    EXPECT_DOUBLE_EQ(p.raw, 150.0);
    EXPECT_DOUBLE_EQ(p.capped, 100.0);
    EXPECT_DOUBLE_EQ(p.overAchievement, 50.0);
}

TEST(YearCompliance, StockCountsFromTheBaseline)
{
    const auto ind = makeIndicator(T::Stock, 90, { 60, 70, 80, 90 }, 50);
    // (55 − 50) / (60 − 50) = 50 %
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, { rep(2024, 55) }, 2024)->percent->capped, 50.0);
    // (45 − 50) / (60 − 50) = −50 % raw, 0 % capped
    const Percent below = *rules().yearCompliance(ind, { rep(2024, 45) }, 2024)->percent;
    EXPECT_DOUBLE_EQ(below.raw, -50.0);
    EXPECT_DOUBLE_EQ(below.capped, 0.0);
}

TEST(YearCompliance, ReductionCountsDownFromTheBaseline)
{
    const auto ind = makeIndicator(T::Reduction, 16, { 18, 17, 16.5, 16 }, 20);
    // (20 − 19) / (20 − 18) = 50 %
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, { rep(2024, 19) }, 2024)->percent->capped, 50.0);
    // (20 − 17) / (20 − 18) = 150 %: capped 100, over 50
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, { rep(2024, 17) }, 2024)->percent->overAchievement, 50.0);
}

TEST(YearCompliance, AnnualReductionStartsFromLastYearsLevel)
{
    const auto ind = makeIndicator(T::AnnualReduction, 8, { 9, 8, 8, 8 }, 10);
    const QList<ProgressReport> reports { rep(2024, 9.5), rep(2025, 8.5) };
    // 2024 from the baseline: (10 − 9,5) / (10 − 9) = 50 %
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, reports, 2024)->percent->capped, 50.0);
    // 2025 from 2024's 9,5: (9,5 − 8,5) / (9,5 − 8) = 1 / 1,5 = 66,67 %
    EXPECT_NEAR(rules().yearCompliance(ind, reports, 2025)->percent->capped, 66.6667, 1e-3);
}

TEST(YearCompliance, MaintenanceComparesWithTheFourYearTarget)
{
    const auto ind = makeIndicator(T::Maintenance, 90, { 90, 90, 90, 90 });
    // 81 / 90 = 90 %
    EXPECT_DOUBLE_EQ(rules().yearCompliance(ind, { rep(2024, 81) }, 2024)->percent->capped, 90.0);
}

TEST(TermProgress, CumulativeAddsTheYearsUpToTheCutOff)
{
    const auto ind = makeIndicator(T::Cumulative, 100, { 25, 25, 25, 25 });
    const QList<ProgressReport> reports { rep(2024, 10), rep(2025, 20), rep(2026, 30) };
    // up to 2025: (10 + 20) / 100 = 30 %
    EXPECT_DOUBLE_EQ(rules().termProgress(ind, reports, 2025)->capped, 30.0);
    // up to 2024: 10 / 100 = 10 %
    EXPECT_DOUBLE_EQ(rules().termProgress(ind, reports, 2024)->capped, 10.0);
    EXPECT_FALSE(rules().termProgress(ind, reports, 2023).has_value());
}

TEST(TermProgress, FlowUsesTheLastReportedYear)
{
    const auto ind = makeIndicator(T::Flow, 80, { 50, 60, 70, 80 });
    // 60 / 80 = 75 %
    EXPECT_DOUBLE_EQ(rules().termProgress(ind, { rep(2024, 50), rep(2025, 60) }, 2025)->capped, 75.0);
}

TEST(TermProgress, StockAndReductionMeasureFromTheBaseline)
{
    // Stock: (70 − 50) / (90 − 50) = 50 %
    const auto stock = makeIndicator(T::Stock, 90, { 60, 70, 80, 90 }, 50);
    EXPECT_DOUBLE_EQ(rules().termProgress(stock, { rep(2024, 60), rep(2025, 70) }, 2026)->capped, 50.0);
    // Reducción: (20 − 18) / (20 − 16) = 50 %
    const auto reduction = makeIndicator(T::Reduction, 16, { 19, 18, 17, 16 }, 20);
    EXPECT_DOUBLE_EQ(rules().termProgress(reduction, { rep(2025, 18) }, 2025)->capped, 50.0);
}

TEST(TermProgress, MaintenanceAveragesTheCappedYears)
{
    const auto ind = makeIndicator(T::Maintenance, 90, { 90, 90, 90, 90 });
    // 2024: 81 / 90 = 90 %; 2025: 95 / 90 = 105,6 % capped to 100; average (90 + 100) / 2 = 95
    const Percent p = *rules().termProgress(ind, { rep(2024, 81), rep(2025, 95) }, 2025);
    EXPECT_DOUBLE_EQ(p.capped, 95.0);
}

TEST(TermProgress, NothingReportedIsNotZero)
{
    EXPECT_FALSE(rules().termProgress(makeIndicator(T::Cumulative, 40, { 10, 10, 10, 10 }), {}, 2027).has_value());
}

TEST(AchievedValue, YearToDateQuartersTakeTheHighestFigureWhenTheRuleSaysSo)
{
    // An entity that reports each quarter the total of the year so far: Q1 4, Q2 9, Q3 8 (a
    // correction), Q4 not yet. With the Max rule the year is 9; Sum would count 21 (wrong).
    AccumulationRule yearToDate = rules().rule(T::Flow);
    yearToDate.quarters = QuarterAggregation::Max;
    const AccumulationRules corrected({ yearToDate });
    const auto ind = makeIndicator(T::Flow, 12, { 10, 12 });
    const QList<ProgressReport> reports { rep(2024, 4, 1), rep(2024, 9, 2), rep(2024, 8, 3) };
    EXPECT_DOUBLE_EQ(*corrected.achievedValue(ind, reports, 2024), 9.0);
    EXPECT_DOUBLE_EQ(*rules().achievedValue(ind, reports, 2024), 21.0);
    // and the year's compliance follows: 9 / 10 = 90 %
    EXPECT_DOUBLE_EQ(corrected.yearCompliance(ind, reports, 2024)->percent->capped, 90.0);
}

TEST(AchievedValue, QuartersOfLevelsTakeTheLatestForEveryLevelType)
{
    // Q1 3, Q4 7, Q2 9 (any order): levels take Q4's 7; quantities add 3 + 9 + 7 = 19
    const QList<ProgressReport> reports { rep(2024, 3, 1), rep(2024, 7, 4), rep(2024, 9, 2) };
    for (T type : { T::Stock, T::Maintenance, T::Reduction, T::AnnualReduction })
        EXPECT_DOUBLE_EQ(*rules().achievedValue(makeIndicator(type, 10, { 10 }, 20), reports, 2024), 7.0);
    for (T type : { T::Cumulative, T::Capacity, T::Flow })
        EXPECT_DOUBLE_EQ(*rules().achievedValue(makeIndicator(type, 10, { 10 }), reports, 2024), 19.0);
}
