// The plan document's intent-level edits (core/document): what a removal may take, the rules it
// keeps, and that one undo step brings everything back.
#include "TempDir.h"
#include "demo/DemoPlan.h"
#include "document/PlanDocument.h"
#include "storage/PlanWriter.h"

#include <gtest/gtest.h>

using namespace planea;
using planea::test::TempDir;

namespace {

/// The demo plan plus a program of the entity's own with two products, three goals (two on the
/// same MGA indicator, as real plans write them), annual targets and investment, none reported.
struct Fixture
{
    TempDir dir;
    std::unique_ptr<PlanDocument> doc;
    qint64 programId = 0, productA = 0, productB = 0;
    QList<qint64> goals;

    Fixture()
    {
        const QString path = dir.path(u"plan.planea"_qs);
        EXPECT_TRUE(demo::writeDemoPlan(path).ok());
        auto store = PlanStore::open(path);
        EXPECT_TRUE(store.ok());
        PlanWriter w(*store.value());
        auto loaded = store.value()->load();
        EXPECT_TRUE(loaded.ok());
        const PlanData &d = loaded.value();
        BudgetProgram program;
        program.lineId = d.lines.first().id;
        program.code = u"4599"_qs;
        program.name = u"Programa propio de prueba"_qs;
        program.isOwn = true;
        program.sortOrder = 99;
        programId = w.addProgram(program).value();
        for (int p = 0; p < 2; ++p) {
            Product product;
            product.programId = programId;
            product.code = u"459900%1"_qs.arg(p + 1);
            product.name = u"Producto %1"_qs.arg(p + 1);
            product.isOwn = true;
            product.cost = 1000000 * (p + 1);
            const qint64 productId = w.addProduct(product).value();
            (p == 0 ? productA : productB) = productId;
            InvestmentAmount inv { productId, d.info.term.startYear, d.investments.first().sourceCode, 250000 };
            EXPECT_TRUE(w.setInvestment(inv).ok());
        }
        for (int g = 0; g < 3; ++g) {
            ProductIndicator goal;
            goal.productId = g < 2 ? productA : productB;
            goal.code = g < 2 ? u"459900101"_qs : u"459900201"_qs;
            goal.goalCode = u"M-%1"_qs.arg(g + 1);
            goal.name = u"Meta %1"_qs.arg(g + 1);
            goal.unit = u"Número"_qs;
            goal.termTarget = 4 + g;
            goal.baseline = 0.0;
            for (int y = 0; y < 4; ++y)
                goal.annualTargets.append(AnnualTarget { d.info.term.startYear + y, 1.0 + g, false });
            goals.append(w.addIndicator(goal).value());
        }
        doc = std::make_unique<PlanDocument>(std::move(store.value()));
    }

    int investmentsOf(qint64 productId) const
    {
        int n = 0;
        for (const auto &i : doc->data().investments)
            n += i.productId == productId ? 1 : 0;
        return n;
    }
};

} // namespace

TEST(PlanDocumentEdits, RemovingAProgramTakesItsProductsGoalsTargetsAndInvestmentAndOneUndoBringsThemBack)
{
    Fixture f;
    const PlanData before = f.doc->data();
    const auto removal = f.doc->removal(Table::Program, f.programId);
    ASSERT_TRUE(removal.ok()) << qPrintable(removal.error().message);
    EXPECT_EQ(removal.value().goals, 3);
    EXPECT_EQ(removal.value().label, u"Programa propio de prueba"_qs);

    ASSERT_TRUE(f.doc->removeItem(Table::Program, f.programId));
    EXPECT_EQ(f.doc->data().program(f.programId), nullptr);
    EXPECT_EQ(f.doc->data().product(f.productA), nullptr);
    for (qint64 g : f.goals)
        EXPECT_EQ(f.doc->data().indicator(g), nullptr);
    EXPECT_EQ(f.investmentsOf(f.productA) + f.investmentsOf(f.productB), 0);
    EXPECT_EQ(f.doc->data().indicators.size(), before.indicators.size() - 3);
    EXPECT_EQ(f.doc->undoStack()->count(), 1) << "one user action, one undo step";

    f.doc->undoStack()->undo();
    const PlanData &after = f.doc->data();
    ASSERT_NE(after.program(f.programId), nullptr);
    EXPECT_EQ(after.productsOf(f.programId).size(), 2);
    EXPECT_EQ(f.investmentsOf(f.productA), 1);
    for (int g = 0; g < 3; ++g) {
        const auto *goal = after.indicator(f.goals[g]);
        ASSERT_NE(goal, nullptr);
        // Every column comes back, the goal's own code too (the page's hand-made copy lost it).
        EXPECT_EQ(goal->goalCode, u"M-%1"_qs.arg(g + 1));
        EXPECT_EQ(goal->termTarget, 4 + g);
        ASSERT_EQ(goal->annualTargets.size(), 4);
        EXPECT_EQ(goal->annualTargets.first().value, 1.0 + g);
    }
    EXPECT_EQ(after.indicators.size(), before.indicators.size());
    f.doc->undoStack()->redo();
    EXPECT_EQ(f.doc->data().program(f.programId), nullptr);
}

TEST(PlanDocumentEdits, AGoalWithProgressIsNotRemovedNorWhatHoldsIt)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_qs);
    ASSERT_TRUE(demo::writeDemoPlan(path).ok());
    auto doc = PlanDocument::open(path);
    ASSERT_TRUE(doc.ok());
    PlanDocument &d = *doc.value();
    ASSERT_FALSE(d.data().progress.isEmpty());
    const qint64 goalId = d.data().progress.first().indicatorId;
    const ProductIndicator *goal = d.data().indicator(goalId);
    ASSERT_NE(goal, nullptr);
    const Product *product = d.data().product(goal->productId);
    ASSERT_NE(product, nullptr);
    const qint64 productId = product->id, programId = product->programId;
    const int goalsBefore = int(d.data().indicators.size());

    int refused = 0;
    QObject::connect(&d, &PlanDocument::editFailed, [&refused](const QString &) { ++refused; });
    for (auto [table, id] : { std::pair { Table::ProductIndicator, goalId }, std::pair { Table::Product, productId },
                              std::pair { Table::Program, programId } }) {
        const auto removal = d.removal(table, id);
        ASSERT_FALSE(removal.ok());
        EXPECT_TRUE(removal.error().message.contains(u"already has progress"_qs)
                    || removal.error().message.contains(u"ya tiene avances"_qs))
            << qPrintable(removal.error().message);
        EXPECT_FALSE(d.removeItem(table, id));
    }
    EXPECT_EQ(refused, 3);
    EXPECT_EQ(int(d.data().indicators.size()), goalsBefore);
    EXPECT_EQ(d.undoStack()->count(), 0) << "a refused removal leaves nothing to undo";
}

TEST(PlanDocumentEdits, ALineTheWholePlanOrAMissingItemIsNotRemovedHere)
{
    Fixture f;
    EXPECT_FALSE(f.doc->removal(Table::StrategicLine, f.doc->data().lines.first().id).ok());
    EXPECT_FALSE(f.doc->removal(Table::Plan, 1).ok());
    EXPECT_FALSE(f.doc->removal(Table::Product, 987654).ok());
    EXPECT_FALSE(f.doc->removeItem(Table::Product, 987654));
    EXPECT_EQ(f.doc->undoStack()->count(), 0);
}

TEST(PlanDocumentEdits, ARemovalOnAReadOnlyPlanChangesNothing)
{
    Fixture f;
    const QString path = f.doc->path();
    f.doc.reset();
    OpenOptions ro;
    ro.readOnly = true;
    auto doc = PlanDocument::open(path, {}, ro);
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc.value()->removal(Table::Program, f.programId).ok());
    EXPECT_FALSE(doc.value()->removeItem(Table::Program, f.programId));
    EXPECT_NE(doc.value()->data().program(f.programId), nullptr);
}

TEST(PlanDocumentEdits, AnImportedFollowUpIsOneUndoStepThatPutsBackWhatItReplaced)
{
    Fixture f;
    const PlanData before = f.doc->data();
    ASSERT_FALSE(before.progress.isEmpty());
    const ProgressReport replaced = before.progress.first();
    // A matrix as an office sends it: one report that corrects an earlier one, two on new goals
    // (two goals of one MGA indicator, told apart by the goal itself), one with evidence only.
    ProgressReport corrected = replaced;
    corrected.value = replaced.value.value_or(0) + 7.5;
    corrected.evidence = u"Acta de entrega corregida"_qs;
    const int year = before.info.term.startYear;
    QList<ProgressReport> reports { corrected,
                                    { f.goals[0], year, 0, 2.0, u"Informe T4"_qs, {} },
                                    { f.goals[1], year, 0, 1.0, {}, {} },
                                    { f.goals[2], year, 0, std::nullopt, u"Sin avance: contrato en trámite"_qs, {} } };
    ASSERT_TRUE(f.doc->importProgress(reports, u"Importar avances de «seguimiento.xlsx»"_qs).ok());
    EXPECT_EQ(f.doc->undoStack()->count(), 1);
    EXPECT_EQ(f.doc->data().progress.size(), before.progress.size() + 3);
    auto find = [&](qint64 goal) -> const ProgressReport * {
        for (const ProgressReport &p : f.doc->data().progress)
            if (p.indicatorId == goal && p.year == (goal == replaced.indicatorId ? replaced.year : year))
                return &p;
        return nullptr;
    };
    ASSERT_NE(find(f.goals[0]), nullptr);
    EXPECT_EQ(find(f.goals[0])->value, 2.0);
    EXPECT_EQ(find(f.goals[1])->value, 1.0);
    EXPECT_EQ(find(replaced.indicatorId)->evidence, u"Acta de entrega corregida"_qs);

    f.doc->undoStack()->undo();
    EXPECT_EQ(f.doc->data().progress.size(), before.progress.size());
    EXPECT_EQ(find(f.goals[0]), nullptr) << "a report the import added is removed by its undo";
    ASSERT_NE(find(replaced.indicatorId), nullptr);
    EXPECT_EQ(find(replaced.indicatorId)->value, replaced.value);
    EXPECT_EQ(find(replaced.indicatorId)->evidence, replaced.evidence);
    f.doc->undoStack()->redo();
    EXPECT_EQ(f.doc->data().progress.size(), before.progress.size() + 3);
}

TEST(PlanDocumentEdits, AnImportThatTheFileRefusesChangesNothingAndLeavesNoStep)
{
    Fixture f;
    const PlanData before = f.doc->data();
    // The second report names a goal that is not in the plan: the foreign key refuses it, and the
    // first, already written in the same transaction, is rolled back with it.
    QList<ProgressReport> reports { { f.goals[0], before.info.term.startYear, 0, 3.0, {}, {} },
                                    { 987654, before.info.term.startYear, 0, 1.0, {}, {} } };
    EXPECT_FALSE(f.doc->importProgress(reports, u"x"_qs).ok());
    EXPECT_EQ(f.doc->undoStack()->count(), 0);
    f.doc->refresh();
    EXPECT_EQ(f.doc->data().progress.size(), before.progress.size());
}
