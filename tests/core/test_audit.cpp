// The audit trail (schema version 2): who changed what and when, written by PlanStore in the same
// transaction as each edit; the migration of version-1 files; what the trail never touches.
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/CanonicalPlan.h"
#include "demo/DemoPlan.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

std::string msg(const Error &e)
{
    return e.message.toStdString();
}

QList<AuditEntry> entries(const PlanStore &store, const AuditQuery &query = {})
{
    auto r = store.auditEntries(query);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : msg(r.error()));
    return r.ok() ? *r : QList<AuditEntry>();
}

QString fixture(int version)
{
    return QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v%1.planea"_s.arg(version);
}

QString copyFixture(const TempDir &dir, int version)
{
    const QString copy = dir.path(u"fixture-v%1.planea"_s.arg(version));
    EXPECT_TRUE(QFile::copy(fixture(version), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QVariantMap json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object().toVariantMap();
}

} // namespace

TEST(Audit, NewPlanStartsWithOneCreationEntry)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    ASSERT_TRUE(store);
    const auto log = entries(*store);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].action, AuditAction::Insert);
    EXPECT_EQ(log[0].table, u"plan"_s);
    EXPECT_EQ(log[0].rowId, 1);
    EXPECT_EQ(json(log[0].newValue).value(u"entity_code"_s).toString(), u"63272"_s);
    EXPECT_EQ(log[0].actor, PlanStore::systemUserName());
}

TEST(Audit, FilledNewFileHasOnlyItsCreationEntry)
{
    TempDir dir;
    const QString path = dir.path(u"demo.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(path).ok());
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    const auto log = entries(**store);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].table, u"plan"_s);
}

TEST(Audit, UpdateRecordsWhoWhenFieldOldAndNewValue)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter w(*store);
    auto line = w.addLine({ 0, 1, u"Educación para todos"_s, {}, {}, { u"22"_s } });
    ASSERT_TRUE(line);
    store->setActor(u"  Ana   Gómez "_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(store->update(Table::StrategicLine, *line, u"name"_s, u"Educación de calidad"_s).ok());
    ASSERT_TRUE(store->update(Table::StrategicLine, *line, u"weight"_s, 0.25).ok());

    const auto log = entries(*store, { u"strategic_line"_s, *line, {}, {}, {}, {} });
    ASSERT_EQ(log.size(), 3); // the insert and two updates
    EXPECT_EQ(log[0].action, AuditAction::Insert);
    const AuditEntry &rename = log[1];
    EXPECT_EQ(rename.action, AuditAction::Update);
    EXPECT_EQ(rename.actor, u"Ana Gómez"_s);
    EXPECT_EQ(rename.field, u"name"_s);
    EXPECT_EQ(rename.oldValue.toString(), u"Educación para todos"_s);
    EXPECT_EQ(rename.newValue.toString(), u"Educación de calidad"_s);
    EXPECT_EQ(rename.label, u"Educación de calidad"_s);
    EXPECT_TRUE(rename.at.isValid());
    EXPECT_EQ(rename.at.timeSpec(), Qt::UTC);
    EXPECT_GE(rename.at, before);
    EXPECT_LE(rename.at, QDateTime::currentDateTimeUtc().addSecs(1));
    EXPECT_EQ(log[2].field, u"weight"_s);
    EXPECT_EQ(log[2].newValue.toString(), u"0.25"_s);
}

TEST(Audit, SameValueAgainAndMetaAreNotRecorded)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    const auto start = entries(*store).size();
    ASSERT_TRUE(store->setPlanField(u"entity_code"_s, u"63272"_s).ok());
    ASSERT_TRUE(store->setMeta(u"anything"_s, u"x"_s).ok());
    EXPECT_EQ(entries(*store).size(), start);
}

TEST(Audit, InsertAndDeleteRecordTheWholeRow)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    store->setActor(u"Luis"_s);
    auto id = store->insert(Table::TeamMember, { { u"name"_s, u"Luis Pérez"_s }, { u"role"_s, u"Enlace"_s } });
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store->remove(Table::TeamMember, *id).ok());
    const auto log = entries(*store, { u"team_member"_s, *id, {}, {}, {}, {} });
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].action, AuditAction::Insert);
    EXPECT_TRUE(log[0].oldValue.isNull());
    EXPECT_EQ(json(log[0].newValue).value(u"name"_s).toString(), u"Luis Pérez"_s);
    EXPECT_EQ(log[0].label, u"Luis Pérez"_s);
    EXPECT_EQ(log[1].action, AuditAction::Delete);
    EXPECT_TRUE(log[1].newValue.isNull());
    const QVariantMap removed = json(log[1].oldValue);
    EXPECT_EQ(removed.value(u"role"_s).toString(), u"Enlace"_s);
    EXPECT_EQ(removed.value(u"id"_s).toLongLong(), *id);
    EXPECT_EQ(log[1].actor, u"Luis"_s);
}

TEST(Audit, CompositeKeyRowsAreNamedByTheirKey)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter w(*store);
    auto line = w.addLine({ 0, 1, u"Línea"_s, {}, {}, { u"22"_s } });
    ASSERT_TRUE(line);
    const QVariantMap key { { u"line_id"_s, *line }, { u"sector_code"_s, u"45"_s } };
    ASSERT_TRUE(store->upsert(Table::LineSector, key).ok());
    ASSERT_TRUE(store->removeWhere(Table::LineSector, key).ok());
    const QString rowKey = u"line_id=%1;sector_code=45"_s.arg(*line);
    const auto log = entries(*store, { u"line_sector"_s, {}, rowKey, {}, {}, {} });
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].action, AuditAction::Insert);
    EXPECT_FALSE(log[0].rowId.has_value());
    EXPECT_EQ(log[1].action, AuditAction::Delete);
    EXPECT_EQ(log[1].rowKey, rowKey);
}

TEST(Audit, UpsertOfAnExistingCellRecordsEachChangedValue)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    auto fin = [&](qint64 amount) {
        return store->upsert(Table::FinancialRecord,
                             { { u"source_code"_s, u"SGP-ED"_s },
                               { u"year"_s, 2028 },
                               { u"kind"_s, u"HISTORICO"_s },
                               { u"amount"_s, amount } });
    };
    ASSERT_TRUE(fin(1'000'000).ok());
    ASSERT_TRUE(fin(2'500'000'000'000LL).ok());
    ASSERT_TRUE(fin(2'500'000'000'000LL).ok()); // unchanged: nothing new
    const auto log = entries(*store, { u"financial_record"_s, {}, {}, {}, {}, {} });
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].action, AuditAction::Update);
    EXPECT_EQ(log[1].field, u"amount"_s);
    EXPECT_EQ(log[1].oldValue.toString(), u"1000000"_s);
    EXPECT_EQ(log[1].newValue.toString(), u"2500000000000"_s);
    EXPECT_EQ(log[1].rowKey, u"source_code=SGP-ED;year=2028;kind=HISTORICO"_s);
}

TEST(Audit, RefusedEditLeavesNoEntry)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    const auto start = entries(*store).size();
    EXPECT_FALSE(store->update(Table::StrategicLine, 999, u"name"_s, u"x"_s).ok());
    // CHECK constraint (term_start_year BETWEEN 1990 AND 2200)
    EXPECT_FALSE(store->setPlanField(u"term_start_year"_s, 1200).ok());
    // NOT NULL constraint
    EXPECT_FALSE(store->insert(Table::Office, {}).ok());
    EXPECT_EQ(entries(*store).size(), start);
}

TEST(Audit, EntriesRollBackWithTheirTransaction)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    const auto start = entries(*store).size();
    auto s = store->transaction([&]() -> Status {
        if (auto r = store->insert(Table::Office, { { u"name"_s, u"Planeación"_s } }); !r)
            return r.error();
        if (auto st = store->setPlanField(u"plan_name"_s, u"Otro nombre"_s); !st)
            return st;
        return Error::badInput(u"cancelado"_s);
    });
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(entries(*store).size(), start);
    auto data = store->load();
    ASSERT_TRUE(data.ok());
    EXPECT_TRUE(data->offices.isEmpty());
}

TEST(Audit, EntriesAreFilteredByPersonDayAndItem)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    store->setActor(u"Ana"_s);
    ASSERT_TRUE(store->setPlanField(u"plan_name"_s, u"Uno"_s).ok());
    store->setActor(u"Beto"_s);
    ASSERT_TRUE(store->setPlanField(u"plan_name"_s, u"Dos"_s).ok());
    ASSERT_TRUE(store->insert(Table::Office, { { u"name"_s, u"Hacienda"_s } }).ok());

    EXPECT_EQ(entries(*store, { {}, {}, {}, u"Ana"_s, {}, {} }).size(), 1);
    EXPECT_EQ(entries(*store, { {}, {}, {}, u"Beto"_s, {}, {} }).size(), 2);
    EXPECT_EQ(entries(*store, { u"office"_s, {}, {}, {}, {}, {} }).size(), 1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    EXPECT_EQ(entries(*store, { {}, {}, {}, {}, today, today }).size(), entries(*store).size());
    EXPECT_TRUE(entries(*store, { {}, {}, {}, {}, today.addDays(1), {} }).isEmpty());
    EXPECT_TRUE(entries(*store, { {}, {}, {}, {}, {}, today.addDays(-1) }).isEmpty());
    EXPECT_TRUE(store->auditActors().contains(u"Ana"_s));
    EXPECT_TRUE(store->auditActors().contains(u"Beto"_s));
}

TEST(Audit, FingerprintIgnoresTheAuditTrail)
{
    TempDir dir;
    const QString path = dir.path(u"demo.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(path).ok());
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    auto before = (*store)->load();
    ASSERT_TRUE(before.ok());
    const QString fingerprint = approval::computeFingerprint(*before);
    const qint64 lineId = before->lines.first().id;
    const QString name = before->lines.first().name;
    ASSERT_TRUE((*store)->update(Table::StrategicLine, lineId, u"name"_s, u"Cambio temporal"_s).ok());
    ASSERT_TRUE((*store)->update(Table::StrategicLine, lineId, u"name"_s, name).ok());
    EXPECT_EQ(entries(**store).size(), 3);
    auto after = (*store)->load();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(approval::computeFingerprint(*after), fingerprint);
    EXPECT_FALSE(approval::canonicalSerialization(*after).contains("audit"));
    EXPECT_FALSE(approval::canonicalSerialization(*after).contains("Cambio temporal"));
}

TEST(Audit, VersionOneFixtureIsMigratedAfterTheBackupHook)
{
    TempDir dir;
    const QString path = copyFixture(dir, 1);
    QList<int> versionsSeenByHook;
    OpenOptions options;
    options.backupHook = [&](PlanStore &store, BackupReason reason) -> Status {
        EXPECT_EQ(reason, BackupReason::Migration);
        versionsSeenByHook.append(store.schemaVersion());
        return {};
    };
    {
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        EXPECT_EQ(versionsSeenByHook, QList<int> { 1 });
        EXPECT_EQ((*store)->schemaVersion(), schema::CurrentVersion);
        EXPECT_TRUE((*store)->hasAuditLog());
        EXPECT_TRUE(entries(**store).isEmpty()); // history starts at the migration
        auto data = (*store)->load();
        ASSERT_TRUE(data.ok());
        EXPECT_EQ(data->info.entity.name, u"Buenavista"_s);
        (*store)->setActor(u"Migrada"_s);
        ASSERT_TRUE((*store)->setPlanField(u"head_of_government"_s, u"Alcaldesa"_s).ok());
        EXPECT_TRUE((*store)->integrityProblems().isEmpty());
    }
    auto reopened = PlanStore::open(path, options);
    ASSERT_TRUE(reopened.ok()) << msg(reopened.error());
    EXPECT_EQ(versionsSeenByHook.size(), 1); // no second migration
    const auto log = entries(**reopened);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].actor, u"Migrada"_s);
    EXPECT_EQ(log[0].newValue.toString(), u"Alcaldesa"_s);
}

TEST(Audit, FailingBackupHookLeavesTheVersionOneFileUnchanged)
{
    TempDir dir;
    const QString path = copyFixture(dir, 1);
    const QByteArray bytes = test::readBytes(path);
    OpenOptions options;
    options.backupHook = [](PlanStore &, BackupReason) -> Status { return Error::io(u"sin espacio"_s); };
    auto store = PlanStore::open(path, options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().message, u"sin espacio"_s);
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(Audit, ReadOnlyVersionOneFileOpensWithoutMigrating)
{
    TempDir dir;
    const QString path = copyFixture(dir, 1);
    const QByteArray bytes = test::readBytes(path);
    OpenOptions options;
    options.readOnly = true;
    bool hookCalled = false;
    options.backupHook = [&](PlanStore &, BackupReason) -> Status {
        hookCalled = true;
        return {};
    };
    {
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        EXPECT_FALSE(hookCalled);
        EXPECT_EQ((*store)->schemaVersion(), 1);
        EXPECT_FALSE((*store)->hasAuditLog());
        EXPECT_TRUE((*store)->openNotice().contains(u"versión anterior"_s)) << (*store)->openNotice().toStdString();
        EXPECT_TRUE(entries(**store).isEmpty());
        EXPECT_TRUE((*store)->auditActors().isEmpty());
        auto data = (*store)->load();
        ASSERT_TRUE(data.ok()) << msg(data.error());
        EXPECT_EQ(data->info.entity.name, u"Buenavista"_s);
        EXPECT_FALSE((*store)->setPlanField(u"plan_name"_s, u"x"_s).ok());
    }
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(Audit, VersionTwoFixtureOpensWithItsHistory)
{
    TempDir dir;
    const QString path = copyFixture(dir, 2);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ((*store)->schemaVersion(), schema::CurrentVersion);
    const auto log = entries(**store);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].actor, u"María Fernanda Ríos"_s);
    EXPECT_EQ(log[0].field, u"head_of_government"_s);
    EXPECT_EQ(log[0].newValue.toString(), u"Carlos Andrés Mejía"_s);
    EXPECT_EQ(log[1].action, AuditAction::Insert);
    EXPECT_EQ(log[1].table, u"team_member"_s);
    EXPECT_EQ(log[1].at.timeSpec(), Qt::UTC);
}

// Wrote tests/data/schema/v2.planea from the v1 fixture, through the migration and two audited
// edits, while version 2 was current (the migration now goes on to the current version, so a run
// today writes a file of that version; v2.planea stays frozen as it was). How it was run:
//   PLANEA_WRITE_V2_FIXTURE=/path/v2.planea test_audit --gtest_also_run_disabled_tests
//       --gtest_filter='*WriteVersionTwoFixture*'
TEST(Audit, DISABLED_WriteVersionTwoFixture)
{
    const QString target = qEnvironmentVariable("PLANEA_WRITE_V2_FIXTURE");
    ASSERT_FALSE(target.isEmpty());
    QFile::remove(target);
    ASSERT_TRUE(QFile::copy(fixture(1), target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    auto store = PlanStore::open(target);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    (*store)->setActor(u"María Fernanda Ríos"_s);
    ASSERT_TRUE((*store)->setPlanField(u"head_of_government"_s, u"Carlos Andrés Mejía"_s).ok());
    ASSERT_TRUE((*store)
                    ->insert(Table::TeamMember,
                             { { u"name"_s, u"María Fernanda Ríos"_s },
                               { u"position"_s, u"Secretaria de Planeación"_s },
                               { u"is_leader"_s, 1 } })
                    .ok());
}
