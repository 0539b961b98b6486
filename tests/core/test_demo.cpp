// The demonstration plan: every number the issue asks for, and no ERROR from the validator.
#include "SamplePlans.h"
#include "TempDir.h"
#include "calc/AccumulationRules.h"
#include "calc/Efficacy.h"
#include "calc/InvestmentTotals.h"
#include "calc/ResultFollowUp.h"
#include "catalog/Catalog.h"
#include "demo/DemoPlan.h"
#include "storage/PlanStore.h"
#include "validation/Validator.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

class DemoPlanTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        const QString path = s_dir->path(u"demo.planea"_s);
        auto status = demo::writeDemoPlan(path);
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        OpenOptions options;
        options.readOnly = true;
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto loaded = (*store)->load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        s_plan = new PlanData(*loaded);
    }
    static void TearDownTestSuite()
    {
        delete s_plan;
        delete s_dir;
    }
    const PlanData &plan() const { return *s_plan; }

    static inline TempDir *s_dir = nullptr;
    static inline PlanData *s_plan = nullptr;
};

} // namespace

TEST_F(DemoPlanTest, IsBuenavistaQuindioClearlyMarkedAsDemonstration)
{
    const PlanInfo &info = plan().info;
    EXPECT_EQ(info.entity.daneCode, u"63111"_s);
    EXPECT_EQ(info.entity.name, u"Buenavista"_s);
    EXPECT_EQ(info.entity.departmentName, u"Quindío"_s);
    EXPECT_EQ(info.entity.category, u"6"_s);
    EXPECT_EQ(info.term.startYear, 2028);
    EXPECT_EQ(info.term.endYear(), 2031);
    EXPECT_TRUE(info.isDemo);
    EXPECT_TRUE(info.planName.contains(u"DEMOSTRACIÓN"_s));
    EXPECT_TRUE(info.headOfGovernment.contains(u"ficticia"_s));
}

TEST_F(DemoPlanTest, HasFiveLinesWeighingOneHundred)
{
    ASSERT_EQ(plan().lines.size(), 5);
    double sum = 0;
    for (const StrategicLine &line : plan().lines) {
        EXPECT_FALSE(line.description.isEmpty()) << line.name.toStdString();
        EXPECT_FALSE(line.sectorCodes.isEmpty()) << line.name.toStdString();
        sum += line.weight.value_or(0);
    }
    EXPECT_DOUBLE_EQ(sum, 100.0);
}

TEST_F(DemoPlanTest, HasTwelveOrMorePrioritisedWellbeingIndicatorsWithSeriesAndTargets)
{
    int prioritised = 0;
    for (const WellbeingIndicator &w : plan().wellbeingIndicators) {
        // 2019–2026 (diagnosis); prioritised ones also 2028 and 2029 (follow-up), but for the
        // two whose 2029 figure is not published yet.
        ASSERT_GE(w.values.size(), 8) << w.name.toStdString();
        EXPECT_EQ(w.values[7].year, 2026);
        if (!w.isPrioritized) {
            EXPECT_EQ(w.values.size(), 8) << w.name.toStdString();
            continue;
        }
        EXPECT_GE(w.values.size(), 9) << w.name.toStdString();
        EXPECT_LE(w.values.size(), 10) << w.name.toStdString();
        ++prioritised;
        EXPECT_TRUE(w.lineId.has_value());
        EXPECT_TRUE(w.baseline && w.baselineYear && w.target) << w.name.toStdString();
        // The target moves in the desired direction.
        if (w.direction == Direction::Decrease)
            EXPECT_LT(*w.target, *w.baseline) << w.name.toStdString();
        else
            EXPECT_GT(*w.target, *w.baseline) << w.name.toStdString();
    }
    EXPECT_GE(prioritised, 12);
}

TEST_F(DemoPlanTest, HasFortyProductIndicatorsAcrossEightSectorsWithCodesThatNest)
{
    EXPECT_GE(plan().indicators.size(), 40);
    QSet<QString> sectors;
    for (const ProductIndicator &i : plan().indicators) {
        const Product *product = plan().product(i.productId);
        ASSERT_NE(product, nullptr);
        const BudgetProgram *program = plan().program(product->programId);
        ASSERT_NE(program, nullptr);
        EXPECT_EQ(i.code.size(), 9);
        EXPECT_TRUE(i.code.startsWith(product->code)) << i.code.toStdString();
        EXPECT_EQ(product->code.size(), 7);
        EXPECT_TRUE(product->code.startsWith(program->code)) << product->code.toStdString();
        EXPECT_TRUE(i.responsibleOfficeId.has_value()) << i.code.toStdString();
        EXPECT_FALSE(i.unit.isEmpty());
        EXPECT_TRUE(i.baseline.has_value());
        EXPECT_TRUE(i.sdg.has_value());
        sectors.insert(program->code.left(2));
    }
    EXPECT_GE(sectors.size(), 8);
    // The codes seen in published plans (catalogs/PROVENANCE.md) are used.
    QSet<QString> codes;
    for (const ProductIndicator &i : plan().indicators)
        codes.insert(i.code);
    for (const QString &known : { u"450102800"_s, u"220105100"_s, u"220105200"_s, u"240204112"_s, u"210201000"_s,
                                  u"220102805"_s, u"330108500"_s, u"350202000"_s })
        EXPECT_TRUE(codes.contains(known)) << known.toStdString();
}

TEST_F(DemoPlanTest, EveryCatalogCodeResolvesInTheShippedCatalogWithItsName)
{
    auto catalog = Catalog::load(QString());
    ASSERT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
    const Catalog &c = **catalog;
    for (const BudgetProgram &p : plan().programs) {
        if (p.isOwn)
            continue;
        const CatalogProgram *known = c.program(p.code);
        ASSERT_NE(known, nullptr) << p.code.toStdString();
        EXPECT_EQ(p.name, known->name) << p.code.toStdString();
    }
    int own = 0;
    for (const Product &p : plan().products) {
        if (p.isOwn) {
            ++own;
            continue;
        }
        const CatalogProduct *known = c.product(p.code);
        ASSERT_NE(known, nullptr) << p.code.toStdString();
        EXPECT_EQ(p.name, known->name) << p.code.toStdString();
        EXPECT_EQ(plan().program(p.programId)->code, known->programCode) << p.code.toStdString();
    }
    EXPECT_EQ(own, 2); // the plan's own products (renovación de cafetales, ruta agroturística)
    // The shipped catalog has few product indicators; where it has the demo's, the names agree.
    int shippedIndicators = 0;
    for (const ProductIndicator &i : plan().indicators) {
        if (const CatalogProductIndicator *known = c.productIndicator(i.code)) {
            ++shippedIndicators;
            EXPECT_EQ(i.name, known->name) << i.code.toStdString();
        }
    }
    EXPECT_EQ(shippedIndicators, 8);
    // The name the issue points to: 2201028 is not «Servicio de alimentación escolar».
    bool found = false;
    for (const Product &p : plan().products)
        found = found
            || (p.code == u"2201028"_s && p.name == u"Servicio de apoyo a la permanencia con alimentación escolar"_s);
    EXPECT_TRUE(found);
}

TEST_F(DemoPlanTest, AnnualTargetsAreConsistentWithSeveralAccumulationTypes)
{
    QSet<AccumulationType> types;
    for (const ProductIndicator &i : plan().indicators) {
        types.insert(i.accumulation);
        const calc::ConsistencyCheck check = calc::AccumulationRules::standard().checkConsistency(i);
        EXPECT_TRUE(check.isConsistent()) << i.code.toStdString() << ": " << check.explanation.toStdString();
    }
    for (AccumulationType t : { AccumulationType::Cumulative, AccumulationType::Flow, AccumulationType::Maintenance,
                                AccumulationType::Stock, AccumulationType::Reduction, AccumulationType::Capacity })
        EXPECT_TRUE(types.contains(t)) << toCode(t).toStdString();
    // Hand-checked: 240204112 pavimenta 0,8 + 1,2 + 1,2 + 0,8 = 4 km.
    for (const ProductIndicator &i : plan().indicators) {
        if (i.code == u"240204112"_s) {
            EXPECT_DOUBLE_EQ(i.termTarget, 4.0);
        }
    }
}

TEST_F(DemoPlanTest, IndicatorWeightsSumToOneHundredInEveryProgram)
{
    QHash<qint64, double> byProgram;
    for (const ProductIndicator &i : plan().indicators)
        byProgram[plan().product(i.productId)->programId] += i.weight.value_or(0);
    for (auto it = byProgram.cbegin(); it != byProgram.cend(); ++it)
        EXPECT_NEAR(it.value(), 100.0, 1e-9) << plan().program(it.key())->code.toStdString();
    QHash<qint64, double> byLine;
    for (const BudgetProgram &p : plan().programs)
        byLine[p.lineId] += p.weight.value_or(0);
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it)
        EXPECT_NEAR(it.value(), 100.0, 1e-9);
}

TEST_F(DemoPlanTest, ProductCostsEqualTheirInvestmentCellsAndStayWithinTheProjection)
{
    for (const Product &p : plan().products) {
        EXPECT_EQ(plan().investmentTotal(p.id), p.cost) << p.code.toStdString();
        EXPECT_GE(p.cost, 100'000'000) << p.code.toStdString();
        EXPECT_LE(p.cost, 5'000'000'000) << p.code.toStdString();
    }
    const calc::InvestmentTotals totals = calc::computeInvestmentTotals(plan());
    EXPECT_TRUE(totals.hasProjection);
    for (const calc::EnvelopeRow &row : totals.envelope) {
        if (row.planned > 0) {
            ASSERT_TRUE(row.projected.has_value()) << row.sourceCode.toStdString();
            EXPECT_FALSE(row.exceeds()) << row.sourceCode.toStdString() << " " << row.year;
        }
    }
    QSet<QString> sources;
    for (const FinancialRecord &r : plan().financialRecords)
        sources.insert(r.sourceCode);
    EXPECT_GE(sources.size(), 6);
    // History 2024–2027 and projection 2028–2031 for every source.
    for (const QString &source : sources) {
        int history = 0, projection = 0;
        for (const FinancialRecord &r : plan().financialRecords) {
            if (r.sourceCode != source)
                continue;
            (r.kind == FinancialRecordKind::Historical ? history : projection) += 1;
        }
        EXPECT_EQ(history, 4) << source.toStdString();
        EXPECT_EQ(projection, 4) << source.toStdString();
    }
    EXPECT_EQ(totals.grandTotal, Money(29'230'000'000));
}

TEST_F(DemoPlanTest, HasTeamWithLeaderChecklistMilestonesAndRoyalties)
{
    int leaders = 0;
    for (const TeamMember &m : plan().team)
        leaders += m.isLeader ? 1 : 0;
    EXPECT_EQ(leaders, 1);
    EXPECT_GE(plan().team.size(), 4);
    EXPECT_GE(plan().checklist.size(), 6);
    for (const ChecklistItem &item : plan().checklist)
        EXPECT_FALSE(item.evidence.isEmpty()) << item.code.toStdString();
    EXPECT_GE(plan().milestones.size(), 4);
    ASSERT_EQ(plan().royalties.size(), 2);
    for (const RoyaltiesInitiative &r : plan().royalties)
        EXPECT_FALSE(r.programming.isEmpty());
    EXPECT_FALSE(plan().problems.isEmpty());
    EXPECT_FALSE(plan().characterization.isEmpty());
}

TEST_F(DemoPlanTest, HasTwoYearsOfVariedProgressAndOrderedExecution)
{
    calc::ProgressIndex index(plan());
    const auto &rules = calc::AccumulationRules::standard();
    int ahead = 0, behind = 0, withoutReport = 0;
    for (const ProductIndicator &i : plan().indicators) {
        for (int year : { 2028, 2029 }) {
            auto c = rules.yearCompliance(i, index.reportsOf(i.id), year);
            if (!c)
                continue;
            if (!c->reported) {
                ++withoutReport;
                continue;
            }
            if (c->percent && c->percent->raw > 100.0 + 1e-9)
                ++ahead;
            if (c->percent && c->percent->raw < 100.0 - 1e-9)
                ++behind;
        }
    }
    EXPECT_GE(ahead, 3);
    EXPECT_GE(behind, 3);
    EXPECT_GE(withoutReport, 1);
    QSet<int> years;
    for (const BudgetExecution &e : plan().executions) {
        years.insert(e.year);
        EXPECT_GE(e.appropriation, e.commitments);
        EXPECT_GE(e.commitments, e.obligations);
        EXPECT_GE(e.obligations, e.payments);
        EXPECT_GT(e.payments, 0);
    }
    EXPECT_EQ(years, QSet<int>({ 2028, 2029 }));
    // "Money spent, no progress": 400301700 (acueductos) reports 0 in 2029 with its money committed.
    bool zeroWithMoney = false;
    for (const ProgressReport &r : plan().progress) {
        const ProductIndicator *i = plan().indicator(r.indicatorId);
        if (i->code == u"400301700"_s && r.year == 2029 && r.value == 0.0)
            zeroWithMoney = true;
    }
    EXPECT_TRUE(zeroWithMoney);
}

TEST_F(DemoPlanTest, ValidatesWithoutErrors)
{
    const QList<calc::Finding> findings = calc::validate(plan());
    for (const calc::Finding &f : findings) {
        EXPECT_NE(f.severity, calc::Severity::Error) << f.location.toStdString() << ": " << f.message.toStdString();
    }
}

TEST(DemoPlan, ExistingFileIsNotOverwrittenWithoutForce)
{
    TempDir dir;
    const QString path = dir.path(u"demo.planea"_s);
    test::writeBytes(path, "mi archivo");
    auto status = demo::writeDemoPlan(path);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(u"ya existe"_s)) << status.error().message.toStdString();
    EXPECT_EQ(test::readBytes(path), QByteArray("mi archivo"));
    ASSERT_TRUE(demo::writeDemoPlan(path, true).ok());
    EXPECT_NE(test::readBytes(path), QByteArray("mi archivo"));
}

TEST_F(DemoPlanTest, EficaciaFlagsOneGoalWithMoneyAndNoProgressAndOneWithoutReport)
{
    for (int year : { 2028, 2029 }) {
        const calc::EfficacyReport report = calc::computeEfficacy(plan(), year);
        ASSERT_TRUE(report.plan.efficacy.has_value());
        EXPECT_GT(*report.plan.efficacy, 60.0) << year;
        EXPECT_LT(*report.plan.efficacy, 100.0) << year;
        QStringList moneyNoProgress, withoutReport;
        for (const calc::GoalEfficacy &g : report.goals) {
            // Money in a year the goal is not programmed is pre-investment (designs, studies).
            if (g.programmed && g.moneyWithoutProgress)
                moneyNoProgress << g.code;
            if (g.programmed && !g.reported)
                withoutReport << g.code;
        }
        if (year == 2029) {
            EXPECT_EQ(moneyNoProgress, QStringList { u"400301700"_s });
            EXPECT_EQ(withoutReport, QStringList { u"350204600"_s });
        } else {
            EXPECT_TRUE(moneyNoProgress.isEmpty()) << moneyNoProgress.join(u", "_s).toStdString() << " " << year;
            EXPECT_TRUE(withoutReport.isEmpty()) << withoutReport.join(u", "_s).toStdString();
        }
    }
}

TEST_F(DemoPlanTest, ResultIndicatorsAreFollowedUpIn2028And2029)
{
    const QList<calc::ResultFollowUp> results = calc::computeResultFollowUp(plan(), 2029);
    ASSERT_GE(results.size(), 12);
    int late = 0;
    for (const calc::ResultFollowUp &r : results) {
        SCOPED_TRACE(r.name.toStdString());
        ASSERT_TRUE(r.latestYear.has_value());
        // DANE's IPM and DNP's MDM publish late: 2029 has no value yet, 2028 stands.
        if (*r.latestYear == 2028)
            ++late;
        else
            EXPECT_EQ(*r.latestYear, 2029);
        EXPECT_TRUE(r.progress.has_value());
        EXPECT_FALSE(r.linkedIndicatorIds.isEmpty());
    }
    EXPECT_EQ(late, 2);
    // The school drop-out rate went up in 2029: the wrong way, 0 % and Crítico.
    const auto dropout = std::find_if(results.cbegin(), results.cend(), [](const calc::ResultFollowUp &r) {
        return r.name.startsWith(u"Tasa de deserción"_s);
    });
    ASSERT_NE(dropout, results.cend());
    EXPECT_FALSE(*dropout->improving);
    EXPECT_EQ(dropout->category.name, u"Crítico"_s);
}
