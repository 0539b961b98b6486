// The synthetic plan generator: exact size, deterministic for a seed, valid.
#include "SamplePlans.h"
#include "TempDir.h"
#include "calc/AccumulationRules.h"
#include "calc/InvestmentTotals.h"
#include "demo/PlanGenerator.h"
#include "storage/PlanStore.h"
#include "validation/Validator.h"

#include <QCryptographicHash>
#include <QHash>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

PlanData load(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    EXPECT_TRUE(store.ok());
    if (!store)
        return {};
    auto plan = (*store)->load();
    EXPECT_TRUE(plan.ok());
    return plan.ok() ? *plan : PlanData {};
}

/// What the plan says, without file-level details (creation time) that legitimately differ.
QByteArray digest(const PlanData &p)
{
    QByteArray text;
    for (const auto &i : p.indicators) {
        text += i.code.toUtf8() + ' ' + QByteArray::number(i.termTarget) + ' '
            + QByteArray::number(i.weight.value_or(0));
        for (const auto &t : i.annualTargets)
            text += ' ' + QByteArray::number(t.value.value_or(-1));
        text += '\n';
    }
    for (const auto &c : p.investments)
        text += QByteArray::number(c.productId) + c.sourceCode.toUtf8() + QByteArray::number(c.amount) + '\n';
    for (const auto &r : p.progress)
        text += QByteArray::number(r.indicatorId) + ' ' + QByteArray::number(r.value.value_or(-1)) + '\n';
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST(Generator, WritesExactlyTheRequestedIndicatorsWithConsistentNumbers)
{
    TempDir dir;
    const QString path = dir.path(u"g.planea"_s);
    ASSERT_TRUE(demo::generatePlan(path, 137, 42).ok());
    const PlanData p = load(path);
    EXPECT_EQ(p.indicators.size(), 137);
    EXPECT_EQ(p.lines.size(), 5);
    EXPECT_TRUE(p.info.isDemo);
    for (const Product &product : p.products)
        EXPECT_EQ(p.investmentTotal(product.id), product.cost) << product.code.toStdString();
    for (const ProductIndicator &i : p.indicators) {
        EXPECT_TRUE(calc::AccumulationRules::standard().checkConsistency(i).isConsistent()) << i.code.toStdString();
        EXPECT_TRUE(i.code.startsWith(p.product(i.productId)->code));
    }
    QHash<qint64, double> weights;
    for (const ProductIndicator &i : p.indicators)
        weights[p.product(i.productId)->programId] += i.weight.value_or(0);
    for (double w : weights)
        EXPECT_NEAR(w, 100.0, 0.01);
    for (const calc::EnvelopeRow &row : calc::computeInvestmentTotals(p).envelope)
        EXPECT_FALSE(row.exceeds()) << row.sourceCode.toStdString() << " " << row.year;
    for (const calc::Finding &f : calc::validate(p))
        EXPECT_NE(f.severity, calc::Severity::Error) << f.location.toStdString() << ": " << f.message.toStdString();
}

TEST(Generator, SameSeedSamePlanOtherSeedOtherPlan)
{
    TempDir dir;
    ASSERT_TRUE(demo::generatePlan(dir.path(u"a.planea"_s), 60, 7).ok());
    ASSERT_TRUE(demo::generatePlan(dir.path(u"b.planea"_s), 60, 7).ok());
    ASSERT_TRUE(demo::generatePlan(dir.path(u"c.planea"_s), 60, 8).ok());
    EXPECT_EQ(digest(load(dir.path(u"a.planea"_s))), digest(load(dir.path(u"b.planea"_s))));
    EXPECT_NE(digest(load(dir.path(u"a.planea"_s))), digest(load(dir.path(u"c.planea"_s))));
}

TEST(Generator, BadSizeOrExistingFileChangesNothing)
{
    TempDir dir;
    const QString path = dir.path(u"g.planea"_s);
    auto zero = demo::generatePlan(path, 0, 1);
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().kind, Error::Kind::BadInput);
    EXPECT_FALSE(QFile::exists(path));
    test::writeBytes(path, "otro");
    ASSERT_FALSE(demo::generatePlan(path, 5, 1).ok());
    EXPECT_EQ(test::readBytes(path), QByteArray("otro"));
}
