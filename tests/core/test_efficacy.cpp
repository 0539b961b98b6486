// Eficacia (DOMAIN.md §5): goals, aggregation (simple and weighted), the EDI scale, flags and
// expected progress. Expected values are worked by hand in the comments.

#include "CalcPlanBuilder.h"
#include "calc/Efficacy.h"
#include "domain/PlanData.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;
using T = AccumulationType;

namespace {

// Line A (weight 60): program 101 (weight 70) with product 1011 → indicators 1 and 2 (weight 50
// each); program 102 (weight 30) with product 1021 → indicator 3 (weight 100).
// Line B (weight 40): program 201 (no weights) with product 2011 → indicator 4, product 2012 →
// indicators 5 (2024 NP) and 6 (no report).
// 2024: ind 1 8/10 = 80 %; ind 2 6/4 = 150 % → 100 (over 50); ind 3 5/10 = 50 %; ind 4 12/20 = 60 %.
PlanData samplePlan()
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Línea A"), { QStringLiteral("22") }, 60)
        .line(2, 2, QStringLiteral("Línea B"), { QStringLiteral("35") }, 40)
        .program(101, 1, QStringLiteral("2201"), 70)
        .program(102, 1, QStringLiteral("2202"), 30)
        .program(201, 2, QStringLiteral("3502"))
        .product(1011, 101, QStringLiteral("2201011"))
        .product(1021, 102, QStringLiteral("2202021"))
        .product(2011, 201, QStringLiteral("3502011"))
        .product(2012, 201, QStringLiteral("3502012"))
        .indicator(1, 1011, QStringLiteral("220101100"), T::Cumulative, 40, { 10, 10, 10, 10 }, 0, 50)
        .indicator(2, 1011, QStringLiteral("220101101"), T::Cumulative, 16, { 4, 4, 4, 4 }, 0, 50)
        .indicator(3, 1021, QStringLiteral("220202100"), T::Cumulative, 40, { 10, 10, 10, 10 }, 0, 100)
        .indicator(4, 2011, QStringLiteral("350201100"), T::Cumulative, 80, { 20, 20, 20, 20 })
        .indicator(5, 2012, QStringLiteral("350201200"), T::Cumulative, 30, { std::nullopt, 10, 10, 10 })
        .indicator(6, 2012, QStringLiteral("350201201"), T::Cumulative, 20, { 5, 5, 5, 5 })
        .report(1, 2024, 8)
        .report(2, 2024, 6)
        .report(3, 2024, 5)
        .report(4, 2024, 12)
        .execute(1011, 2024, QStringLiteral("RP"), 3'000'000, 1'000'000)
        .execute(1021, 2024, QStringLiteral("RP"), 1'000'000, 500'000)
        .execute(2012, 2024, QStringLiteral("SGP_LI"), 2'000'000, 0);
    return b.build();
}

const GroupEfficacy *find(const QList<GroupEfficacy> &groups, qint64 id)
{
    for (const auto &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const GoalEfficacy &goal(const EfficacyReport &r, qint64 indicatorId)
{
    for (const auto &g : r.goals) {
        if (g.indicatorId == indicatorId)
            return g;
    }
    throw std::runtime_error("no goal");
}

} // namespace

TEST(Efficacy, GoalsOfTheYear)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    ASSERT_EQ(r.goals.size(), 6);
    EXPECT_DOUBLE_EQ(goal(r, 1).efficacy->capped, 80.0); // 8 / 10
    EXPECT_DOUBLE_EQ(goal(r, 2).efficacy->raw, 150.0); // 6 / 4
    EXPECT_DOUBLE_EQ(goal(r, 2).efficacy->capped, 100.0);
    EXPECT_DOUBLE_EQ(goal(r, 2).efficacy->overAchievement, 50.0);
    EXPECT_FALSE(goal(r, 5).programmed); // NP in 2024: excluded, not 0
    EXPECT_TRUE(goal(r, 6).programmed);
    EXPECT_FALSE(goal(r, 6).reported); // "sin reporte"
    EXPECT_FALSE(goal(r, 6).efficacy.has_value());
}

TEST(Efficacy, WeightedAggregationUsesPonderacionAtEachLevel)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    // program 101: (50 × 80 + 50 × 100) / 100 = 90
    EXPECT_DOUBLE_EQ(*find(r.programs, 101)->efficacy, 90.0);
    // program 102: 50
    EXPECT_DOUBLE_EQ(*find(r.programs, 102)->efficacy, 50.0);
    // line A: (70 × 90 + 30 × 50) / 100 = 63 + 15 = 78
    EXPECT_DOUBLE_EQ(*find(r.lines, 1)->efficacy, 78.0);
    // program 201 has no weights: equal weights over its evaluable goals (only ind 4) = 60
    EXPECT_DOUBLE_EQ(*find(r.programs, 201)->efficacy, 60.0);
    EXPECT_DOUBLE_EQ(*find(r.lines, 2)->efficacy, 60.0);
    // plan: (60 × 78 + 40 × 60) / 100 = 46,8 + 24 = 70,8
    EXPECT_NEAR(*r.plan.efficacy, 70.8, 1e-9);
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Satisfactorio"));
    EXPECT_EQ(find(r.lines, 2)->category.name, QStringLiteral("Medio"));
    EXPECT_EQ(find(r.programs, 102)->category.name, QStringLiteral("Bajo"));
    // product 1011: its two goals, weights 50/50: 90
    EXPECT_DOUBLE_EQ(*find(r.products, 1011)->efficacy, 90.0);
    EXPECT_EQ(find(r.lines, 1)->weight, 60.0);
}

TEST(Efficacy, SimpleAggregationAveragesTheGoals)
{
    EfficacyOptions options;
    options.method = AggregationMethod::Simple;
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024, options);
    // (80 + 100 + 50 + 60) / 4 = 72,5
    EXPECT_DOUBLE_EQ(*r.plan.efficacy, 72.5);
    // line A: (80 + 100 + 50) / 3 = 76,67
    EXPECT_NEAR(*find(r.lines, 1)->efficacy, 76.6667, 1e-3);
}

TEST(Efficacy, SinReporteIsCountedAsInformationIntegrity)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    // programmed: ind 1, 2, 3, 4, 6 = 5; reported: 4 → 80 %
    EXPECT_EQ(r.plan.goalsProgrammed, 5);
    EXPECT_EQ(r.plan.goalsWithoutReport, 1);
    EXPECT_DOUBLE_EQ(*r.informationIntegrity, 80.0);
    EXPECT_DOUBLE_EQ(r.plan.overAchievement, 50.0);
}

TEST(Efficacy, FourYearProgressAggregatesTheSameWay)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    // goals: 8/40 = 20; 6/16 = 37,5; 5/40 = 12,5; 12/80 = 15
    // program 101: (20 + 37,5) / 2 = 28,75; line A: 0,7 × 28,75 + 0,3 × 12,5 = 23,875
    EXPECT_DOUBLE_EQ(*find(r.lines, 1)->termProgress, 23.875);
    // line B: 15; plan: 0,6 × 23,875 + 0,4 × 15 = 14,325 + 6 = 20,325
    EXPECT_NEAR(*r.plan.termProgress, 20.325, 1e-9);
}

TEST(Efficacy, MoneyAndProgressFlags)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    // product 2012 committed $ 2.000.000 and indicator 6 reported nothing
    EXPECT_TRUE(goal(r, 6).moneyWithoutProgress);
    EXPECT_EQ(goal(r, 6).commitments, 2'000'000);
    // indicator 4 reported 12 but product 2011 has no commitments
    EXPECT_TRUE(goal(r, 4).progressWithoutMoney);
    EXPECT_FALSE(goal(r, 1).moneyWithoutProgress);
    EXPECT_FALSE(goal(r, 1).progressWithoutMoney);
}

TEST(Efficacy, NothingEvaluableIsSinInformacion)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2030);
    EXPECT_FALSE(r.plan.efficacy.has_value());
    EXPECT_FALSE(r.informationIntegrity.has_value());
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Sin información"));
    EXPECT_FALSE(r.plan.category.hasInformation);
}

TEST(Efficacy, GroupsByLevelForTheCli)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    EXPECT_EQ(r.groups(GroupLevel::Line).size(), 2);
    EXPECT_EQ(r.groups(GroupLevel::Program).size(), 3);
    EXPECT_EQ(r.groups(GroupLevel::Product).size(), 4);
    EXPECT_EQ(r.groups(GroupLevel::Indicator).size(), 6);
    EXPECT_EQ(r.groups(GroupLevel::Program).first().code, QStringLiteral("2201"));
}

TEST(EfficacyScale, StandardBandsComeFromTheCatalog)
{
    // the shipped catalog is embedded, and parses
    QFile file(QStringLiteral(":/planea/catalogs/rangos_eficacia.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ASSERT_TRUE(EfficacyScale::fromCsv(file.readAll()).ok());
    const EfficacyScale &s = EfficacyScale::standard();
    ASSERT_EQ(s.bands().size(), 6);
    EXPECT_EQ(s.categorize(80.0).name, QStringLiteral("Sobresaliente"));
    EXPECT_EQ(s.categorize(80.0).color, QColor(QStringLiteral("#1b7837")));
    EXPECT_EQ(s.categorize(79.99).name, QStringLiteral("Satisfactorio"));
    EXPECT_EQ(s.categorize(60.0).name, QStringLiteral("Medio"));
    EXPECT_EQ(s.categorize(40.0).name, QStringLiteral("Bajo"));
    EXPECT_EQ(s.categorize(39.9).name, QStringLiteral("Crítico"));
    EXPECT_EQ(s.categorize(0.0).name, QStringLiteral("Crítico"));
    EXPECT_EQ(s.categorize(std::nullopt).name, QStringLiteral("Sin información"));
    EXPECT_EQ(s.categorize(75.0).text, QStringLiteral("Satisfactorio (de 70 % a menos de 80 %)"));
    EXPECT_EQ(s.categorize(95.0).text, QStringLiteral("Sobresaliente (80 % o más)"));
}

TEST(EfficacyScale, ConfigurableFromAList)
{
    const EfficacyScale s({ { QStringLiteral("Alto"), 50.0, std::nullopt, QColor(Qt::green) },
                            { QStringLiteral("Bajo"), std::nullopt, 50.0, QColor(Qt::red) } });
    EXPECT_EQ(s.categorize(50.0).name, QStringLiteral("Alto"));
    EXPECT_EQ(s.categorize(49.0).name, QStringLiteral("Bajo"));
    // no band without bounds: the built-in "Sin información"
    EXPECT_EQ(s.categorize(std::nullopt).name, QStringLiteral("Sin información"));
}

TEST(EfficacyScale, BadCsvIsRefusedInSpanish)
{
    const auto missing = EfficacyScale::fromCsv("nombre,desde\nA,10\n");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("le falta alguna de las columnas")));
    const auto bad = EfficacyScale::fromCsv("categoria,desde_incluido,hasta_excluido,color_sugerido\nA,diez,,#000\n");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(bad.error().message,
              QStringLiteral("El archivo de la escala de eficacia tiene un rango no válido en la línea 2: "
                             "«A,diez,,#000»."));
    const auto empty = EfficacyScale::fromCsv("");
    ASSERT_FALSE(empty.ok());
}

TEST(ExpectedProgress, ProportionalToElapsedTime)
{
    GovernmentTerm term;
    term.startYear = 2024;
    // 2024 has 366 days; the term 1461 (366 + 365 × 3): 366 / 1461 = 25,05 %
    EXPECT_NEAR(expectedTermProgress(term, QDate(2024, 12, 31)), 25.051, 1e-3);
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(2023, 12, 31)), 0.0);
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(2028, 1, 1)), 100.0);
    // 30 June 2024 is day 182 of 366: 49,73 %
    EXPECT_NEAR(expectedYearProgress(2024, QDate(2024, 6, 30)), 49.727, 1e-3);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2025, 1, 1)), 100.0);
}
