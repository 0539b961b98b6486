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

namespace {

// One goal of every accumulation type, each alone in its product, all in one program of one line
// (no weights: every level averages equally). Term 2024–2027; the year evaluated is 2025.
PlanData everyTypePlan()
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Línea única"), { QStringLiteral("22") }).program(10, 1, QStringLiteral("2201"));
    for (qint64 p = 1; p <= 9; ++p)
        b.product(100 + p, 10, QStringLiteral("220100%1").arg(p));
    // a) Acumulado: M = 20 + 30 + 30 + 20 = 100
    b.indicator(1, 101, QStringLiteral("220100101"), T::Cumulative, 100, { 20, 30, 30, 20 })
        .report(1, 2024, 20)
        .report(1, 2025, 5, 1)
        .report(1, 2025, 10, 2)
        .report(1, 2025, 12, 3);
    // b) Capacidad: increments over LB 100, M = 4 × 10 = 40
    b.indicator(2, 102, QStringLiteral("220100201"), T::Capacity, 40, { 10, 10, 10, 10 }, 100)
        .report(2, 2024, 12)
        .report(2, 2025, 8);
    // c) Flujo: M = the last year's 500
    b.indicator(3, 103, QStringLiteral("220100301"), T::Flow, 500, { 400, 450, 480, 500 })
        .report(3, 2024, 420)
        .report(3, 2025, 100, 1)
        .report(3, 2025, 120, 2)
        .report(3, 2025, 130, 3)
        .report(3, 2025, 110, 4);
    // d) Stock: levels from LB 60 to M = 80
    b.indicator(4, 104, QStringLiteral("220100401"), T::Stock, 80, { 65, 70, 75, 80 }, 60)
        .report(4, 2024, 66)
        .report(4, 2025, 67, 1)
        .report(4, 2025, 68.5, 2);
    // e) Mantenimiento: 12 every year
    b.indicator(5, 105, QStringLiteral("220100501"), T::Maintenance, 12, { 12, 12, 12, 12 })
        .report(5, 2024, 12)
        .report(5, 2025, 9);
    // f) Reducción: from LB 20 down to M = 12
    b.indicator(6, 106, QStringLiteral("220100601"), T::Reduction, 12, { 18, 16, 14, 12 }, 20)
        .report(6, 2024, 19)
        .report(6, 2025, 17);
    // g) Reducción anual: each year from the previous year's level (LB 50 for 2024)
    b.indicator(7, 107, QStringLiteral("220100701"), T::AnnualReduction, 38, { 45, 42, 40, 38 }, 50)
        .report(7, 2024, 46)
        .report(7, 2025, 43);
    // h) NP in 2025 and i) a target of 0 in 2025: both left out of 2025, reported or not
    b.indicator(8, 108, QStringLiteral("220100801"), T::Cumulative, 30, { 10, std::nullopt, 10, 10 })
        .report(8, 2025, 5);
    b.indicator(9, 109, QStringLiteral("220100901"), T::Cumulative, 30, { 10, 0, 10, 10 });
    return b.build();
}

} // namespace

TEST(EfficacyByHand, EveryAccumulationTypeInOneYear)
{
    const EfficacyReport r = computeEfficacy(everyTypePlan(), 2025);
    // a) quarters add up: 5 + 10 + 12 = 27; 27 / 30 = 90 %; four years (20 + 27) / 100 = 47 %
    EXPECT_DOUBLE_EQ(*goal(r, 1).achieved, 27.0);
    EXPECT_DOUBLE_EQ(goal(r, 1).efficacy->capped, 90.0);
    EXPECT_DOUBLE_EQ(goal(r, 1).termProgress->capped, 47.0);
    // b) 8 / 10 = 80 %; four years (12 + 8) / 40 = 50 %
    EXPECT_DOUBLE_EQ(goal(r, 2).efficacy->capped, 80.0);
    EXPECT_DOUBLE_EQ(goal(r, 2).termProgress->capped, 50.0);
    // c) quarters add up: 100 + 120 + 130 + 110 = 460; 460 / 450 = 102,22 % → 100, over 2,22;
    //    four years: the last year's 460 / 500 = 92 %
    EXPECT_DOUBLE_EQ(*goal(r, 3).achieved, 460.0);
    EXPECT_NEAR(goal(r, 3).efficacy->raw, 102.2222, 1e-3);
    EXPECT_DOUBLE_EQ(goal(r, 3).efficacy->capped, 100.0);
    EXPECT_NEAR(goal(r, 3).efficacy->overAchievement, 2.2222, 1e-3);
    EXPECT_DOUBLE_EQ(goal(r, 3).termProgress->capped, 92.0);
    // d) the last reported quarter is the level: 68,5; (68,5 − 60) / (70 − 60) = 85 %;
    //    four years (68,5 − 60) / (80 − 60) = 42,5 %
    EXPECT_DOUBLE_EQ(*goal(r, 4).achieved, 68.5);
    EXPECT_DOUBLE_EQ(goal(r, 4).efficacy->capped, 85.0);
    EXPECT_DOUBLE_EQ(goal(r, 4).termProgress->capped, 42.5);
    // e) 9 / 12 = 75 %; four years: average of 2024's 100 % and 75 % = 87,5 %
    EXPECT_DOUBLE_EQ(goal(r, 5).efficacy->capped, 75.0);
    EXPECT_DOUBLE_EQ(goal(r, 5).termProgress->capped, 87.5);
    // f) (20 − 17) / (20 − 16) = 75 %; four years (20 − 17) / (20 − 12) = 37,5 %
    EXPECT_DOUBLE_EQ(goal(r, 6).efficacy->capped, 75.0);
    EXPECT_DOUBLE_EQ(goal(r, 6).termProgress->capped, 37.5);
    // g) 2025 starts from 2024's 46: (46 − 43) / (46 − 42) = 75 %; 2024 was (50 − 46) / (50 − 45)
    //    = 80 %; four years: their average (80 + 75) / 2 = 77,5 %
    EXPECT_DOUBLE_EQ(goal(r, 7).efficacy->capped, 75.0);
    EXPECT_DOUBLE_EQ(goal(r, 7).termProgress->capped, 77.5);
    // h), i): not programmed in 2025, so neither counted nor "sin reporte"
    EXPECT_FALSE(goal(r, 8).programmed);
    EXPECT_FALSE(goal(r, 8).efficacy.has_value());
    EXPECT_FALSE(goal(r, 9).programmed);
    EXPECT_FALSE(goal(r, 9).noReport);

    // Plan (equal weights everywhere = simple): (90 + 80 + 100 + 85 + 75 + 75 + 75) / 7 = 580 / 7
    EXPECT_NEAR(*r.plan.efficacy, 580.0 / 7.0, 1e-9); // 82,86 → Sobresaliente
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Sobresaliente"));
    EXPECT_EQ(r.plan.goalsProgrammed, 7);
    EXPECT_DOUBLE_EQ(*r.informationIntegrity, 100.0);
    EXPECT_NEAR(r.plan.overAchievement, 2.2222, 1e-3);
    // h) is not programmed in 2025 but its four-year progress counts: 5 / 30 = 16,67 %
    EXPECT_NEAR(goal(r, 8).termProgress->capped, 16.6667, 1e-3);
    // four years: (47 + 50 + 92 + 42,5 + 87,5 + 37,5 + 77,5 + 16,67) / 8 = (434 + 50/3) / 8 = 56,33
    // (i has no report yet: no four-year progress, left out)
    EXPECT_NEAR(*r.plan.termProgress, (434.0 + 50.0 / 3.0) / 8.0, 1e-9);

    EfficacyOptions simple;
    simple.method = AggregationMethod::Simple;
    const EfficacyReport s = computeEfficacy(everyTypePlan(), 2025, simple);
    EXPECT_NEAR(*s.plan.efficacy, 580.0 / 7.0, 1e-9);
}

TEST(EfficacyByHand, TheFirstYearOfEveryType)
{
    const EfficacyReport r = computeEfficacy(everyTypePlan(), 2024);
    // a) 20 / 20 = 100 %   b) 12 / 10 = 120 % → 100, over 20   c) 420 / 400 = 105 % → 100, over 5
    // d) (66 − 60) / (65 − 60) = 120 % → 100   e) 12 / 12 = 100 %   f) (20 − 19) / (20 − 18) = 50 %
    // g) (50 − 46) / (50 − 45) = 80 %   h) 2024 programmed (10) but not reported: "sin reporte"
    // i) the same
    EXPECT_DOUBLE_EQ(goal(r, 2).efficacy->overAchievement, 20.0);
    EXPECT_DOUBLE_EQ(goal(r, 3).efficacy->overAchievement, 5.0);
    EXPECT_DOUBLE_EQ(goal(r, 4).efficacy->raw, 120.0);
    EXPECT_DOUBLE_EQ(goal(r, 6).efficacy->capped, 50.0);
    EXPECT_TRUE(goal(r, 8).noReport);
    EXPECT_TRUE(goal(r, 9).noReport);
    // plan: (100 + 100 + 100 + 100 + 100 + 50 + 80) / 7 = 630 / 7 = 90; 7 of 9 reported
    EXPECT_DOUBLE_EQ(*r.plan.efficacy, 90.0);
    EXPECT_EQ(r.plan.goalsProgrammed, 9);
    EXPECT_EQ(r.plan.goalsWithoutReport, 2);
    EXPECT_NEAR(*r.informationIntegrity, 700.0 / 9.0, 1e-9);
    EXPECT_DOUBLE_EQ(r.plan.overAchievement, 20.0);
}

namespace {

// samplePlan() with two offices: Educación holds indicators 1 and 3, Salud 2 and 4; 5 and 6
// have none.
PlanData planWithOffices()
{
    PlanData plan = samplePlan();
    plan.offices.append({ 1, QStringLiteral("Secretaría de Educación") });
    plan.offices.append({ 2, QStringLiteral("Secretaría de Salud") });
    for (ProductIndicator &i : plan.indicators) {
        if (i.id == 1 || i.id == 3)
            i.responsibleOfficeId = 1;
        if (i.id == 2 || i.id == 4)
            i.responsibleOfficeId = 2;
    }
    plan.reindex();
    return plan;
}

} // namespace

TEST(Efficacy, SectorsAndOfficesWeighByTheGoalsShareOfThePlan)
{
    const EfficacyReport r = computeEfficacy(planWithOffices(), 2024);
    // Shares of the plan: ind 1 and 2: 0,6 (line A) × 0,7 (program 101) × 0,5 = 0,21 each;
    // ind 3: 0,6 × 0,3 × 1 = 0,18; ind 4, 5, 6: 0,4 × 1 × 1/3 = 0,1333 each.
    EXPECT_DOUBLE_EQ(goal(r, 1).planShare, 0.21);
    EXPECT_DOUBLE_EQ(goal(r, 3).planShare, 0.18);
    EXPECT_NEAR(goal(r, 6).planShare, 0.4 / 3.0, 1e-12);
    // The shares add up to 1: 0,21 + 0,21 + 0,18 + 3 × 0,1333 = 1
    double total = 0.0;
    for (const GoalEfficacy &g : r.goals)
        total += g.planShare;
    EXPECT_NEAR(total, 1.0, 1e-12);

    ASSERT_EQ(r.sectors.size(), 2);
    // sector 22 (= line A): (0,21 × 80 + 0,21 × 100 + 0,18 × 50) / 0,6 = 46,8 / 0,6 = 78
    EXPECT_EQ(r.sectors[0].code, QStringLiteral("22"));
    EXPECT_NEAR(*r.sectors[0].efficacy, 78.0, 1e-9);
    // sector 35: only ind 4 can be evaluated: 60
    EXPECT_DOUBLE_EQ(*r.sectors[1].efficacy, 60.0);
    EXPECT_EQ(r.sectors[1].goalsWithoutReport, 1);

    ASSERT_EQ(r.offices.size(), 3);
    // Educación: (0,21 × 80 + 0,18 × 50) / 0,39 = 25,8 / 0,39 = 66,15 → Medio
    EXPECT_EQ(r.offices[0].name, QStringLiteral("Secretaría de Educación"));
    EXPECT_NEAR(*r.offices[0].efficacy, 25.8 / 0.39, 1e-9);
    EXPECT_EQ(r.offices[0].category.name, QStringLiteral("Medio"));
    // Salud: (0,21 × 100 + 0,1333 × 60) / 0,3433 = 29 / 0,3433 = 84,47 → Sobresaliente
    EXPECT_NEAR(*r.offices[1].efficacy, 29.0 / (0.21 + 0.4 / 3.0), 1e-9);
    EXPECT_EQ(r.offices[1].category.name, QStringLiteral("Sobresaliente"));
    // Goals without an office: ind 5 is NP and ind 6 has no report: nothing to evaluate
    EXPECT_EQ(r.offices[2].id, 0);
    EXPECT_FALSE(r.offices[2].efficacy.has_value());
    EXPECT_EQ(r.offices[2].goalsProgrammed, 1);
    EXPECT_EQ(r.offices[2].category.name, QStringLiteral("Sin información"));
    EXPECT_EQ(r.groups(GroupLevel::Office).size(), 3);
    EXPECT_EQ(r.groups(GroupLevel::Sector).size(), 2);

    EfficacyOptions simple;
    simple.method = AggregationMethod::Simple;
    const EfficacyReport s = computeEfficacy(planWithOffices(), 2024, simple);
    // Salud: (100 + 60) / 2 = 80; sector 22: (80 + 100 + 50) / 3 = 76,67
    EXPECT_DOUBLE_EQ(*s.offices[1].efficacy, 80.0);
    EXPECT_NEAR(*s.sectors[0].efficacy, 230.0 / 3.0, 1e-9);
}

TEST(Efficacy, FlagsAreNamedInSpanish)
{
    const EfficacyReport r = computeEfficacy(samplePlan(), 2024);
    // ind 6: programmed, no report, and its product committed money
    EXPECT_TRUE(goal(r, 6).noReport);
    EXPECT_TRUE(goal(r, 6).hasFlag());
    EXPECT_EQ(flagTexts(goal(r, 6)),
              QStringList({ QStringLiteral("Sin reporte"), QStringLiteral("Recursos ejecutados sin avance") }));
    EXPECT_EQ(flagTexts(goal(r, 4)), QStringList { QStringLiteral("Avance sin recursos comprometidos") });
    EXPECT_TRUE(flagTexts(goal(r, 1)).isEmpty());
    EXPECT_FALSE(goal(r, 5).noReport); // NP is not "sin reporte"
    // the product's money of the year, every source: commitments 2.000.000, obligations 0
    EXPECT_EQ(goal(r, 6).appropriation, 2'000'000);
    EXPECT_EQ(goal(r, 6).payments, 0);
}

TEST(ExpectedProgress, ByQuartersCountsOnlyEndedQuarters)
{
    // 30 June ends Q2: 2 × 25 = 50; the day before only Q1 has ended: 25
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2024, 6, 30), ExpectedProgressRule::ByQuarters), 50.0);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2024, 6, 29), ExpectedProgressRule::ByQuarters), 25.0);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2024, 3, 30), ExpectedProgressRule::ByQuarters), 0.0);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2024, 12, 31), ExpectedProgressRule::ByQuarters), 100.0);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2026, 1, 1), ExpectedProgressRule::ByQuarters), 100.0);
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2023, 12, 31), ExpectedProgressRule::ByQuarters), 0.0);
    // Linear is the default rule
    EXPECT_DOUBLE_EQ(expectedYearProgress(2024, QDate(2024, 6, 30), ExpectedProgressRule::Linear),
                     expectedYearProgress(2024, QDate(2024, 6, 30)));
    GovernmentTerm term;
    term.startYear = 2024;
    // 31 March 2025: 4 quarters of 2024 + Q1 2025 = 5 of 16 = 31,25 %
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(2025, 3, 31), ExpectedProgressRule::ByQuarters), 31.25);
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(2023, 5, 1), ExpectedProgressRule::ByQuarters), 0.0);
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(2030, 5, 1), ExpectedProgressRule::ByQuarters), 100.0);
    EXPECT_DOUBLE_EQ(expectedTermProgress(term, QDate(), ExpectedProgressRule::ByQuarters), 0.0);
}

namespace {

// The three eficacia methods of issue 16 on one plan, 2025 of a 2024–2027 term.
// Line A (weight 80), program 101 (weight 100), product 1011:
//   g1 Acumulado M 40, targets 10/10/10/10, weight 75; achieved 2024 10, 2025 25.
//      2025: 25 / 10 = 250 % → 100 (over 150); four years (10 + 25) / 40 = 87,5 %.
//   g2 Acumulado M 20, targets 5/5/5/5, weight 25; achieved 2024 5, 2025 1.
//      2025: 1 / 5 = 20 %; four years 6 / 20 = 30 %.
// Line B (weight 20), program 201 (no weights), product 2011:
//   g3 Reducción LB 20, M 12, targets 18/16/14/12; achieved 2025 17.
//      2025: (20 − 17) / (20 − 16) = 75 %; four years (20 − 17) / (20 − 12) = 37,5 %.
//   g4 Acumulado M 30, targets NP/NP/15/15: no target in 2025, nothing reported.
//      Out of the year's eficacia; four years: 0 % under cuatrienio-tope (nothing achieved yet).
//   g5 Acumulado M 10, targets 5/5/NP/NP; achieved 2024 8, 2025 9.
//      2025: 9 / 5 = 180 % → 100; four years 17 / 10 = 170 % → 100.
PlanData methodsPlan()
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Línea A"), { QStringLiteral("22") }, 80)
        .line(2, 2, QStringLiteral("Línea B"), { QStringLiteral("35") }, 20)
        .program(101, 1, QStringLiteral("2201"), 100)
        .program(201, 2, QStringLiteral("3502"))
        .product(1011, 101, QStringLiteral("2201011"))
        .product(2011, 201, QStringLiteral("3502011"))
        .indicator(1, 1011, QStringLiteral("220101100"), T::Cumulative, 40, { 10, 10, 10, 10 }, 0, 75)
        .indicator(2, 1011, QStringLiteral("220101101"), T::Cumulative, 20, { 5, 5, 5, 5 }, 0, 25)
        .indicator(3, 2011, QStringLiteral("350201100"), T::Reduction, 12, { 18, 16, 14, 12 }, 20)
        .indicator(4, 2011, QStringLiteral("350201101"), T::Cumulative, 30, { std::nullopt, std::nullopt, 15, 15 })
        .indicator(5, 2011, QStringLiteral("350201102"), T::Cumulative, 10, { 5, 5, std::nullopt, std::nullopt })
        .report(1, 2024, 10)
        .report(1, 2025, 25)
        .report(2, 2024, 5)
        .report(2, 2025, 1)
        .report(3, 2025, 17)
        .report(5, 2024, 8)
        .report(5, 2025, 9);
    return b.build();
}

EfficacyReport withMethod(AggregationMethod method)
{
    EfficacyOptions options;
    options.method = method;
    return computeEfficacy(methodsPlan(), 2025, options);
}

} // namespace

TEST(EfficacyMethods, WeightedIsTheDefault)
{
    const EfficacyReport r = computeEfficacy(methodsPlan(), 2025);
    EXPECT_EQ(r.method, AggregationMethod::Weighted);
    // program 101: (75 × 100 + 25 × 20) / 100 = 80 = line A
    EXPECT_DOUBLE_EQ(*find(r.lines, 1)->efficacy, 80.0);
    // program 201, no weights: (75 + 100) / 2 = 87,5 = line B (g4 has no target in 2025)
    EXPECT_DOUBLE_EQ(*find(r.lines, 2)->efficacy, 87.5);
    // plan: (80 × 80 + 20 × 87,5) / 100 = 64 + 17,5 = 81,5
    EXPECT_NEAR(*r.plan.efficacy, 81.5, 1e-9);
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Sobresaliente"));
    // over-achievement is kept and shown, never counted above 100
    EXPECT_DOUBLE_EQ(goal(r, 1).efficacy->overAchievement, 150.0);
    EXPECT_DOUBLE_EQ(r.plan.overAchievement, 150.0);
}

TEST(EfficacyMethods, SimpleMeanOfTheCappedCompliance)
{
    const EfficacyReport r = withMethod(AggregationMethod::Simple);
    EXPECT_EQ(r.method, AggregationMethod::Simple);
    // (100 + 20 + 75 + 100) / 4 = 73,75: the weights play no part; g4 (no target) is left out
    EXPECT_NEAR(*r.plan.efficacy, 73.75, 1e-9);
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Satisfactorio"));
    EXPECT_DOUBLE_EQ(*find(r.lines, 1)->efficacy, 60.0); // (100 + 20) / 2
    EXPECT_DOUBLE_EQ(*find(r.lines, 2)->efficacy, 87.5); // (75 + 100) / 2
    EXPECT_EQ(r.plan.goalsProgrammed, 4);
}

TEST(EfficacyMethods, FourYearCappedIsTheMeanOfMinProgressAndOne)
{
    const EfficacyReport r = withMethod(AggregationMethod::FourYearCapped);
    EXPECT_EQ(r.method, AggregationMethod::FourYearCapped);
    EXPECT_DOUBLE_EQ(*goal(r, 1).termCapped, 87.5);
    EXPECT_DOUBLE_EQ(*goal(r, 2).termCapped, 30.0);
    EXPECT_DOUBLE_EQ(*goal(r, 3).termCapped, 37.5); // the reduction's own four-year formula
    EXPECT_DOUBLE_EQ(*goal(r, 4).termCapped, 0.0); // a four-year goal with nothing achieved yet
    EXPECT_FALSE(goal(r, 4).termProgress.has_value()); // …which the other methods leave out
    EXPECT_DOUBLE_EQ(goal(r, 5).termProgress->raw, 170.0); // over-achievement kept…
    EXPECT_DOUBLE_EQ(*goal(r, 5).termCapped, 100.0); // …and capped per goal
    // line A: (87,5 + 30) / 2 = 58,75; line B: (37,5 + 0 + 100) / 3 = 45,83
    EXPECT_DOUBLE_EQ(*find(r.lines, 1)->efficacy, 58.75);
    EXPECT_NEAR(*find(r.lines, 2)->efficacy, 137.5 / 3.0, 1e-9);
    // plan: (87,5 + 30 + 37,5 + 0 + 100) / 5 = 51 → Bajo; the eficacia is the four-year figure
    EXPECT_NEAR(*r.plan.efficacy, 51.0, 1e-9);
    EXPECT_NEAR(*r.plan.termProgress, 51.0, 1e-9);
    EXPECT_EQ(r.plan.category.name, QStringLiteral("Bajo"));
    // sectors and programs follow the same rule: sector 22 is line A's goals
    EXPECT_DOUBLE_EQ(*r.sectors.at(0).efficacy, 58.75);
    EXPECT_DOUBLE_EQ(*find(r.programs, 201)->efficacy, 137.5 / 3.0);
    // the goal's own compliance of the year is unchanged
    EXPECT_DOUBLE_EQ(goal(r, 3).efficacy->capped, 75.0);
}

TEST(EfficacyMethods, CodesNamesAndThePlansChoice)
{
    EXPECT_EQ(aggregationMethods().size(), 3);
    EXPECT_EQ(aggregationMethods().first(), AggregationMethod::Weighted);
    for (AggregationMethod m : aggregationMethods()) {
        EXPECT_EQ(methodFromCode(methodCode(m)), m);
        EXPECT_FALSE(methodName(m).isEmpty());
    }
    EXPECT_EQ(methodCode(AggregationMethod::Weighted), QStringLiteral("ponderado"));
    EXPECT_EQ(methodCode(AggregationMethod::Simple), QStringLiteral("promedio"));
    EXPECT_EQ(methodCode(AggregationMethod::FourYearCapped), QStringLiteral("cuatrienio-tope"));
    EXPECT_FALSE(methodFromCode(QStringLiteral("mediana")).has_value());
    EXPECT_FALSE(methodFromCode(QString()).has_value());
    PlanData plan = methodsPlan();
    EXPECT_EQ(planMethod(plan), AggregationMethod::Weighted); // nothing chosen: the default
    plan.info.efficacyMethod = QStringLiteral("promedio");
    EXPECT_EQ(planMethod(plan), AggregationMethod::Simple);
    plan.info.efficacyMethod = QStringLiteral("otro"); // a file from a later Planea: the default
    EXPECT_EQ(planMethod(plan), AggregationMethod::Weighted);
}
