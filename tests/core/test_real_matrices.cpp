// Plans as municipalities really write them (issue 16): a workbook with one sheet per secretaría,
// several goals on one MGA product indicator, the same MGA product under two lines, and progress of
// each goal landing on that goal and no other. The fixtures reproduce traits of published municipal
// follow-up matrices; every expected figure below is read off the fixture by hand.
#include "TempDir.h"
#include "XlsxCells.h"
#include "exchange/MatrixImport.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxWriter.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::matrix;
using namespace planea::test;
using namespace planea::test::cells;

std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace {

/// One sheet per secretaría. Gobierno writes two goals on 450101001 (JAC and víctimas), each with
/// its own target, office wording and 2024 progress; Planeación writes a third goal on the same
/// indicator under another line, so product 4501010 and program 4501 stand under two lines.
void writeSecretariasBook(const QString &path)
{
    XlsxWriter w;
    const QList<XlsxWriter::Cell> header { t(u"Línea"_s),           t(u"Programa"_s),         t(u"Producto"_s),
                                           t(u"Indicador"_s),       t(u"Meta de producto"_s), t(u"Unidad"_s),
                                           t(u"Meta cuatrienio"_s), t(u"Avance 2024"_s),      t(u"Responsable"_s) };
    const int gob = w.addSheet(u"Gobierno"_s);
    w.appendRow(gob, header);
    w.appendRow(gob,
                { t(u"Seguridad y convivencia"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 20 juntas de acción comunal"_s), t(u"Número"_s), n(20), n(5),
                  t(u"Secretaría de Gobierno"_s) });
    w.appendRow(gob,
                { t(u"Seguridad y convivencia"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 10 organizaciones de víctimas"_s), t(u"Número"_s), n(10), n(3),
                  t(u"Secretaría de Gobierno"_s) });
    const int pla = w.addSheet(u"Planeación"_s);
    w.appendRow(pla, header);
    w.appendRow(pla,
                { t(u"Gobierno abierto"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 4 veedurías ciudadanas"_s), t(u"Número"_s), n(4), n(1),
                  t(u"Secretaría de Planeación"_s) });
    ASSERT_TRUE(w.writeFile(path));
}

MatrixMapping secretariasMapping()
{
    MatrixMapping m;
    m.columns = { { Field::LineName, u"Línea"_s },
                  { Field::ProgramCode, u"Programa"_s },
                  { Field::ProductCode, u"Producto"_s },
                  { Field::IndicatorCode, u"Indicador"_s },
                  { Field::IndicatorName, u"Meta de producto"_s },
                  { Field::Unit, u"Unidad"_s },
                  { Field::TermTarget, u"Meta cuatrienio"_s },
                  { Field::Office, u"Responsable"_s } };
    m.progress = { { 2024, u"Avance 2024"_s } };
    m.plan = { 2024, u"63272"_s, u"Filandia"_s, u"Quindío"_s, {} };
    return m;
}

PlanData load(const QString &path)
{
    auto store = PlanStore::open(path);
    EXPECT_TRUE(store) << (store ? QString() : store.error().message);
    if (!store)
        return {};
    auto plan = (*store)->load();
    return plan ? *plan : PlanData {};
}

const ProductIndicator *goalNamed(const PlanData &plan, const QString &name)
{
    for (const ProductIndicator &ind : plan.indicators) {
        if (ind.name == name)
            return &ind;
    }
    return nullptr;
}

std::optional<double> yearProgress(const PlanData &plan, qint64 goal, int year)
{
    for (const ProgressReport &r : plan.progress) {
        if (r.indicatorId == goal && r.year == year && r.period == 0)
            return r.value;
    }
    return std::nullopt;
}

} // namespace

TEST(RealMatrices, GoalsSharingAnIndicatorAndAProductUnderTwoLinesAreEachKept)
{
    TempDir dir;
    const QString book = dir.path(u"secretarias.xlsx"_s);
    writeSecretariasBook(book);
    auto dry = MatrixImport::importToNewPlan(book, secretariasMapping(), dir.path(u"x.planea"_s), true, false);
    ASSERT_TRUE(dry) << dry.error().message;
    EXPECT_TRUE(dry->read.problems.isEmpty())
        << (dry->read.problems.isEmpty() ? QString() : dry->read.problems.first().reason);
    // The dry run says that goals share an indicator, and refuses nothing.
    EXPECT_TRUE(dry->read.notes.join(u'\n').contains(u"2 metas usan un indicador MGA que otra meta del plan "
                                                     u"también usa"_s))
        << dry->read.notes.join(u'\n');

    const QString path = dir.path(u"plan.planea"_s);
    auto outcome = MatrixImport::importToNewPlan(book, secretariasMapping(), path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    const PlanData plan = load(path);
    ASSERT_EQ(plan.lines.size(), 2);
    ASSERT_EQ(plan.programs.size(), 2); // 4501 under each line
    ASSERT_EQ(plan.products.size(), 2); // 4501010 under each program
    ASSERT_EQ(plan.indicators.size(), 3);
    for (const ProductIndicator &ind : plan.indicators)
        EXPECT_EQ(ind.code, u"450101001"_s);

    const ProductIndicator *jac = goalNamed(plan, u"Asistir técnicamente a 20 juntas de acción comunal"_s);
    const ProductIndicator *vic = goalNamed(plan, u"Asistir técnicamente a 10 organizaciones de víctimas"_s);
    const ProductIndicator *vee = goalNamed(plan, u"Asistir técnicamente a 4 veedurías ciudadanas"_s);
    ASSERT_TRUE(jac && vic && vee);
    // The two Gobierno goals share one product; the Planeación goal has its own, in the other line.
    EXPECT_EQ(jac->productId, vic->productId);
    EXPECT_NE(jac->productId, vee->productId);
    EXPECT_EQ(plan.lineIdOfProduct(jac->productId), plan.lines[0].id);
    EXPECT_EQ(plan.lineIdOfProduct(vee->productId), plan.lines[1].id);
    EXPECT_EQ(jac->termTarget, 20.0);
    EXPECT_EQ(vic->termTarget, 10.0);
    EXPECT_EQ(vee->termTarget, 4.0);
    // Each goal's progress is its own: 5, 3 and 1, not the last row's value on all three.
    EXPECT_EQ(yearProgress(plan, jac->id, 2024), 5.0);
    EXPECT_EQ(yearProgress(plan, vic->id, 2024), 3.0);
    EXPECT_EQ(yearProgress(plan, vee->id, 2024), 1.0);
    ASSERT_TRUE(vee->responsibleOfficeId);
    EXPECT_EQ(plan.office(*vee->responsibleOfficeId)->name, u"Secretaría de Planeación"_s);
}
