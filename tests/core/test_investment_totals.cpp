// Plan plurianual de inversiones: totals by line, sector, program, source, year and source×year
// in integer pesos, and the financial-projection envelope.

#include "CalcPlanBuilder.h"
#include "calc/InvestmentTotals.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;

namespace {

const QString RP = QStringLiteral("RP");
const QString EDU = QStringLiteral("SGP_EDU");
const QString OTROS = QStringLiteral("OTROS");

// line 1: programs 2201 (product 1) and 2202 (product 2); line 2: program 3502 (product 3).
PlanData samplePlan()
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Educación"), { QStringLiteral("22") })
        .line(2, 2, QStringLiteral("Economía"), { QStringLiteral("35") })
        .program(11, 1, QStringLiteral("2201"))
        .program(12, 1, QStringLiteral("2202"))
        .program(21, 2, QStringLiteral("3502"))
        .product(1, 11, QStringLiteral("2201021"))
        .product(2, 12, QStringLiteral("2202005"))
        .product(3, 21, QStringLiteral("3502020"))
        .invest(1, 2024, RP, 100'000'000)
        .invest(1, 2024, EDU, 50'000'000)
        .invest(1, 2025, RP, 120'000'000)
        .invest(2, 2025, EDU, 30'000'000)
        .invest(3, 2024, RP, 10'000'000)
        .invest(3, 2026, OTROS, 5'000'000)
        .project(RP, 2024, 100'000'000)
        .project(RP, 2025, 200'000'000)
        .project(EDU, 2024, 60'000'000)
        .project(RP, 2023, 999'000'000, FinancialRecordKind::Historical);
    return b.build();
}

} // namespace

TEST(InvestmentTotals, TotalsByEveryDimension)
{
    const InvestmentTotals t = computeInvestmentTotals(samplePlan());
    EXPECT_EQ(t.line(1), 300'000'000); // 100 + 50 + 120 + 30 millions
    EXPECT_EQ(t.line(2), 15'000'000); // 10 + 5
    EXPECT_EQ(t.sector(QStringLiteral("22")), 300'000'000);
    EXPECT_EQ(t.sector(QStringLiteral("35")), 15'000'000);
    EXPECT_EQ(t.program(11), 270'000'000); // 100 + 50 + 120
    EXPECT_EQ(t.program(12), 30'000'000);
    EXPECT_EQ(t.program(21), 15'000'000);
    EXPECT_EQ(t.source(RP), 230'000'000); // 100 + 120 + 10
    EXPECT_EQ(t.source(EDU), 80'000'000); // 50 + 30
    EXPECT_EQ(t.source(OTROS), 5'000'000);
    EXPECT_EQ(t.year(2024), 160'000'000); // 100 + 50 + 10
    EXPECT_EQ(t.year(2025), 150'000'000); // 120 + 30
    EXPECT_EQ(t.year(2026), 5'000'000);
    EXPECT_EQ(t.sourceYear(RP, 2024), 110'000'000); // 100 + 10
    EXPECT_EQ(t.grandTotal, 315'000'000);
    EXPECT_EQ(t.byProduct.value(1), 270'000'000);
}

TEST(InvestmentTotals, EnvelopeAgainstTheProjection)
{
    const InvestmentTotals t = computeInvestmentTotals(samplePlan());
    ASSERT_TRUE(t.hasProjection);
    // ordered by source, then year; the historical record is not a projection
    ASSERT_EQ(t.envelope.size(), 5);
    const EnvelopeRow &otros = t.envelope[0];
    EXPECT_EQ(otros.sourceCode, OTROS);
    EXPECT_FALSE(otros.projected.has_value());
    EXPECT_EQ(otros.difference, -5'000'000); // nothing projected − 5 M planned
    const EnvelopeRow &rp2024 = t.envelope[1];
    EXPECT_EQ(rp2024.year, 2024);
    EXPECT_EQ(rp2024.planned, 110'000'000);
    EXPECT_EQ(*rp2024.projected, 100'000'000);
    EXPECT_EQ(rp2024.difference, -10'000'000); // 100 − 110
    EXPECT_TRUE(rp2024.exceeds());
    const EnvelopeRow &rp2025 = t.envelope[2];
    EXPECT_EQ(rp2025.difference, 80'000'000); // 200 − 120
    EXPECT_FALSE(rp2025.exceeds());
    EXPECT_EQ(t.envelope[3].sourceCode, EDU);
    EXPECT_EQ(t.envelope[3].difference, 10'000'000); // 60 − 50
    EXPECT_EQ(t.envelope[4].difference, -30'000'000); // no projection for SGP_EDU 2025
}

TEST(InvestmentTotals, LargeAmountsStayExact)
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("L"), {})
        .program(1, 1, QStringLiteral("2201"))
        .product(1, 1, QStringLiteral("2201001"));
    // three cells of $ 3.000.000.000.001: 9.000.000.000.003 exactly (a double would also hold it,
    // but this is integer arithmetic throughout)
    for (int y = 2024; y <= 2026; ++y)
        b.invest(1, y, QStringLiteral("RP"), 3'000'000'000'001);
    const InvestmentTotals t = computeInvestmentTotals(b.build());
    EXPECT_EQ(t.grandTotal, Money(9'000'000'000'003));
    EXPECT_FALSE(t.hasProjection);
}

TEST(InvestmentTotals, EmptyPlan)
{
    const InvestmentTotals t = computeInvestmentTotals(PlanData {});
    EXPECT_EQ(t.grandTotal, 0);
    EXPECT_TRUE(t.envelope.isEmpty());
}
