// Moving a plan to a newer MGA catalog version (CatalogMover and `planea-cli catalog move`): the
// plan keeps its version until moved; the move lists the items renamed or deactivated, takes the
// new names in one step, leaves the plan's own items alone, and a dry run changes nothing.
#include "SamplePlans.h"
#include "TempDir.h"
#include "backup/BackupManager.h"
#include "catalog/CatalogMove.h"
#include "catalog/MgaCatalogImport.h"
#include "document/PlanDocument.h"
#include "storage/PlanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

QString csv(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/catalog/"_s + name;
}

struct Fixture
{
    test::TempDir dir;
    QString dataDir = dir.path(u"data"_s);
    QString planPath = dir.path(u"plan.planea"_s);
    QString v1;
    QString v2;

    Fixture()
    {
        auto r1 = importMgaCatalog(csv(u"mga_v1.csv"_s), dataDir);
        EXPECT_TRUE(r1.ok()) << r1.error().message.toStdString();
        v1 = r1->version.id;
        auto store = test::createEmptyPlan(planPath);
        EXPECT_TRUE(store->setPlanField(u"catalog_version"_s, v1).ok());
        const qint64 line = *store->insert(Table::StrategicLine, { { u"name"_s, u"Educación"_s } });
        const qint64 program = *store->insert(
            Table::Program,
            { { u"line_id"_s, line },
              { u"code"_s, u"2201"_s },
              { u"name"_s,
                u"Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media"_s } });
        const qint64 built = *store->insert(Table::Product,
                                            { { u"program_id"_s, program },
                                              { u"code"_s, u"2201052"_s },
                                              { u"name"_s, u"Infraestructura educativa mejorada"_s } });
        EXPECT_TRUE(store
                        ->insert(Table::ProductIndicator,
                                 { { u"product_id"_s, built },
                                   { u"code"_s, u"220105200"_s },
                                   { u"name"_s, u"Sedes educativas mejoradas"_s } })
                        .ok());
        const qint64 security = *store->insert(Table::Product,
                                               { { u"program_id"_s, program },
                                                 { u"code"_s, u"4501028"_s },
                                                 { u"name"_s, u"Producto de prueba de seguridad"_s } });
        EXPECT_TRUE(store
                        ->insert(Table::ProductIndicator,
                                 { { u"product_id"_s, security },
                                   { u"code"_s, u"450102800"_s },
                                   { u"name"_s, u"Cámaras de seguridad instaladas"_s } })
                        .ok());
        // The plan's own indicator: never renamed nor reported, whatever the catalog says.
        EXPECT_TRUE(store
                        ->insert(Table::ProductIndicator,
                                 { { u"product_id"_s, security },
                                   { u"code"_s, u"450102899"_s },
                                   { u"name"_s, u"Indicador propio"_s },
                                   { u"is_own"_s, 1 } })
                        .ok());
        store.reset();
        auto r2 = importMgaCatalog(csv(u"mga_v2.csv"_s), dataDir);
        EXPECT_TRUE(r2.ok()) << r2.error().message.toStdString();
        v2 = r2->version.id;
    }

    PlanData load() const
    {
        auto store = PlanStore::open(planPath);
        EXPECT_TRUE(store.ok());
        return *(*store)->load();
    }
};

const CatalogMoveChange *find(const QList<CatalogMoveChange> &changes, const QString &code)
{
    for (const CatalogMoveChange &c : changes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST(CatalogMove, ListsRenamedAndDeactivatedItemsOfThePlan)
{
    Fixture f;
    ASSERT_NE(f.v1, f.v2);
    auto move = CatalogMover::planMove(f.load(), f.dataDir);
    ASSERT_TRUE(move.ok()) << move.error().message.toStdString();
    EXPECT_EQ(move->fromVersion, f.v1);
    EXPECT_EQ(move->toVersion, f.v2); // the newest by default
    const CatalogMoveChange *renamed = find(move->changes, u"220105200"_s);
    ASSERT_NE(renamed, nullptr);
    EXPECT_EQ(renamed->kind, CatalogMoveChange::Kind::Renamed);
    EXPECT_EQ(renamed->newName, u"Sedes educativas mejoradas y dotadas"_s);
    const CatalogMoveChange *off = find(move->changes, u"450102800"_s);
    ASSERT_NE(off, nullptr);
    EXPECT_EQ(off->kind, CatalogMoveChange::Kind::Deactivated);
    EXPECT_EQ(find(move->changes, u"450102899"_s), nullptr) << "own items are not catalog items";
    EXPECT_EQ(move->count(CatalogMoveChange::Kind::Renamed), 1);
    EXPECT_EQ(move->count(CatalogMoveChange::Kind::Deactivated), 1);
}

TEST(CatalogMove, ApplyTakesNewNamesAndVersionTogether)
{
    Fixture f;
    auto move = CatalogMover::planMove(f.load(), f.dataDir);
    ASSERT_TRUE(move.ok());
    const QString nameBefore = [&] {
        for (const ProductIndicator &i : f.load().indicators)
            if (i.code == u"220105200"_s)
                return i.name;
        return QString();
    }();
    {
        // The document's edit, the one the GUI and the CLI share: one undo step takes it all back.
        auto doc = PlanDocument::open(f.planPath);
        ASSERT_TRUE(doc.ok());
        ASSERT_TRUE((*doc)->moveToCatalog(*move).ok());
        EXPECT_EQ((*doc)->undoStack()->count(), 1);
        (*doc)->undoStack()->undo();
        EXPECT_NE((*doc)->data().info.catalogVersion, f.v2);
        for (const ProductIndicator &i : (*doc)->data().indicators) {
            if (i.code == u"220105200"_s) {
                EXPECT_EQ(i.name, nameBefore);
            }
        }
        (*doc)->undoStack()->redo();
    }
    const PlanData after = f.load();
    EXPECT_EQ(after.info.catalogVersion, f.v2);
    bool seen = false;
    for (const ProductIndicator &i : after.indicators) {
        if (i.code == u"220105200"_s) {
            EXPECT_EQ(i.name, u"Sedes educativas mejoradas y dotadas"_s);
            seen = true;
        }
        if (i.code == u"450102800"_s) { // deactivated: kept as it was
            EXPECT_EQ(i.name, u"Cámaras de seguridad instaladas"_s);
        }
        if (i.isOwn) {
            EXPECT_EQ(i.name, u"Indicador propio"_s);
        }
    }
    EXPECT_TRUE(seen);
    // Moved: nothing left to move.
    auto again = CatalogMover::planMove(after, f.dataDir);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyThere());
}

TEST(CatalogMove, TouchedByTheImportDiff)
{
    Fixture f;
    CatalogDiff diff;
    diff.renamed.append({ CatalogKind::ProductIndicator, u"220105200"_s, u"a"_s, u"b"_s });
    diff.deactivated.append({ CatalogKind::ProductIndicator, u"450102800"_s, u"c"_s });
    diff.deactivated.append({ CatalogKind::ProductIndicator, u"999999999"_s, u"no usado"_s });
    const QList<CatalogMoveChange> touched = CatalogMover::touchedBy(f.load(), diff);
    ASSERT_EQ(touched.size(), 2);
    EXPECT_EQ(touched[0].newName, u"b"_s);
    EXPECT_EQ(touched[1].kind, CatalogMoveChange::Kind::Deactivated);
}

TEST(CatalogMoveCli, DryRunChangesNothingThenMoveWithBackup)
{
    Fixture f;
    const QByteArray before = test::readBytes(f.planPath);
    const auto dry = test::runCli({ u"--data-dir"_s, f.dataDir, u"catalog"_s, u"move"_s, f.planPath, u"--dry-run"_s });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Sedes educativas mejoradas → Sedes educativas mejoradas y dotadas"_s))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(u"Simulación: el plan no se cambió."_s)) << dry.out.toStdString();
    EXPECT_EQ(test::readBytes(f.planPath), before);

    const auto r = test::runCli({ u"--data-dir"_s, f.dataDir, u"catalog"_s, u"move"_s, f.planPath, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(o.value(u"movido"_s).toBool());
    EXPECT_EQ(o.value(u"version_nueva"_s).toString(), f.v2);
    EXPECT_EQ(o.value(u"renombrados"_s).toInt(), 1);
    EXPECT_EQ(o.value(u"desactivados"_s).toInt(), 1);
    EXPECT_EQ(f.load().info.catalogVersion, f.v2);
    // The plan as it was is among its backups.
    const QList<BackupInfo> backups = BackupManager(f.dataDir).list(f.planPath);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, u"catalog-move"_s);
}

TEST(CatalogMoveCli, UnknownVersionIsBadInputAndPlanUnchanged)
{
    Fixture f;
    const QByteArray before = test::readBytes(f.planPath);
    const auto r = test::runCli(
        { u"--data-dir"_s, f.dataDir, u"catalog"_s, u"move"_s, f.planPath, u"--version"_s, u"MGA 1999"_s });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"No hay una versión del catálogo «MGA 1999»"_s)) << r.err.toStdString();
    EXPECT_EQ(test::readBytes(f.planPath), before);
    // Moving back to an older version works too (the user chooses).
    const auto back = test::runCli(
        { u"--data-dir"_s, f.dataDir, u"catalog"_s, u"move"_s, f.planPath, u"--version"_s, f.v1, u"--json"_s });
    EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
}
