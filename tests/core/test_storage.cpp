// The plan file: creation, reopening, every edit committed, locking, and every kind of bad file.
#include "SamplePlans.h"
#include "TempDir.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

std::string msg(const Error &e)
{
    return e.message.toStdString();
}

} // namespace

TEST(Storage, CreateThenReopenKeepsPlanInfo)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store);
    }
    auto reopened = PlanStore::open(path);
    ASSERT_TRUE(reopened.ok()) << msg(reopened.error());
    auto data = (*reopened)->load();
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data->info.entity.daneCode, u"63272"_s);
    EXPECT_EQ(data->info.entity.departmentName, u"Quindío"_s);
    EXPECT_EQ(data->info.term.startYear, 2028);
    EXPECT_EQ(data->info.term.endYear(), 2031);
    EXPECT_EQ((*reopened)->schemaVersion(), schema::CurrentVersion);
}

TEST(Storage, FileIsMarkedAsPlaneaPlanAndUsesRollbackJournal)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA application_id"_s) && q.next());
        EXPECT_EQ(q.value(0).toInt(), schema::ApplicationId);
        ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        EXPECT_EQ(q.value(0).toString(), u"delete"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw"_s);
}

TEST(Storage, EveryEditIsCommittedWhenMade)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto store = test::createEmptyPlan(path);
    PlanWriter writer(*store);
    StrategicLine line;
    line.name = u"Tejido social"_s;
    line.sortOrder = 1;
    line.sectorCodes = { u"22"_s, u"19"_s };
    auto lineId = writer.addLine(line);
    ASSERT_TRUE(lineId.ok());
    ASSERT_TRUE(store->update(Table::StrategicLine, *lineId, u"description"_s, u"Personas primero"_s));
    // A copy taken now, with the plan still open, already holds the edit.
    const QString copy = dir.path(u"copy.planea"_s);
    ASSERT_TRUE(store->copyTo(copy));
    store.reset();
    auto reopened = PlanStore::open(copy);
    ASSERT_TRUE(reopened.ok()) << msg(reopened.error());
    auto data = (*reopened)->load();
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->lines.size(), 1);
    EXPECT_EQ(data->lines[0].description, u"Personas primero"_s);
    EXPECT_EQ(data->lines[0].sectorCodes, (QStringList { u"19"_s, u"22"_s }));
}

TEST(Storage, TransactionRollsBackEverythingOnFailure)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter writer(*store);
    auto status = store->transaction([&]() -> Status {
        auto id = writer.addLine({ 0, 1, u"Línea A"_s, {}, {}, {} });
        if (!id)
            return id.error();
        return Error::badInput(u"forced"_s);
    });
    EXPECT_FALSE(status.ok());
    auto data = store->load();
    ASSERT_TRUE(data.ok());
    EXPECT_TRUE(data->lines.isEmpty());
}

TEST(Storage, UnknownColumnIsRefused)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    auto id = store->insert(Table::Office, { { u"name"_s, u"Planeación"_s } });
    ASSERT_TRUE(id.ok());
    EXPECT_FALSE(store->update(Table::Office, *id, u"name; DROP TABLE plan"_s, u"x"_s).ok());
}

TEST(Storage, SecondOpenOfTheSamePlanIsRefusedWithAClearMessage)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto first = test::createEmptyPlan(path);
    ASSERT_TRUE(first);
    auto second = PlanStore::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, Error::Kind::Locked);
    EXPECT_TRUE(second.error().message.contains(u"abierto"_s)) << msg(second.error());
    first.reset();
    EXPECT_TRUE(PlanStore::open(path).ok());
}

TEST(Storage, SecondInstanceInAnotherProcessIsRefused)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto first = test::createEmptyPlan(path);
    ASSERT_TRUE(first);
    auto result = test::runCli({ u"check"_s, path });
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"abierto"_s)) << result.err.toStdString();
}

TEST(Storage, MissingFileIsReported)
{
    TempDir dir;
    auto r = PlanStore::open(dir.path(u"nada.planea"_s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.error().message.contains(u"no existe"_s)) << msg(r.error());
}

TEST(Storage, EmptyFileIsReportedAndLeftUntouched)
{
    TempDir dir;
    const QString path = dir.path(u"vacio.planea"_s);
    test::writeBytes(path, {});
    auto r = PlanStore::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"vacío"_s)) << msg(r.error());
    EXPECT_EQ(QFile(path).size(), 0);
}

TEST(Storage, NonSqliteFileIsReported)
{
    TempDir dir;
    const QString path = dir.path(u"texto.planea"_s);
    const QByteArray bytes = "Esto es una hoja de texto, no un plan.\n";
    test::writeBytes(path, bytes);
    auto r = PlanStore::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.error().message.contains(u"no es un plan"_s)) << msg(r.error());
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(Storage, OtherSqliteDatabaseIsNotAPlan)
{
    TempDir dir;
    const QString path = dir.path(u"otra.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"CREATE TABLE x (a)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    auto r = PlanStore::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"no un plan de Planea"_s)) << msg(r.error());
}

TEST(Storage, TruncatedPlanIsReported)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        PlanWriter writer(*store);
        for (int i = 0; i < 200; ++i)
            ASSERT_TRUE(
                writer.addLine({ 0, i, u"Línea %1 con un nombre largo para llenar páginas"_s.arg(i), {}, {}, {} }));
    }
    const QByteArray full = test::readBytes(path);
    ASSERT_GT(full.size(), 8192);
    const QString cut = dir.path(u"cortado.planea"_s);
    test::writeBytes(cut, full.left(full.size() / 2));
    auto r = PlanStore::open(cut);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.error().message.contains(u"dañado"_s)) << msg(r.error());
}

TEST(Storage, PlanFromNewerPlaneaIsRefusedAndUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"futuro.planea"_s);
    test::createEmptyPlan(path).reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 99"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw2"_s);
    const QByteArray before = test::readBytes(path);
    auto r = PlanStore::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::NewerVersion);
    EXPECT_TRUE(r.error().message.contains(u"más reciente"_s)) << msg(r.error());
    EXPECT_EQ(test::readBytes(path), before);
}

TEST(Storage, BrokenReferencesAreReported)
{
    TempDir dir;
    const QString path = dir.path(u"roto.planea"_s);
    test::createEmptyPlan(path).reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw3"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        // foreign_keys is off on this raw connection, as in any other SQLite tool.
        ASSERT_TRUE(q.exec(u"INSERT INTO program (id, line_id, code, name) VALUES (7, 999, '2201', 'x')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw3"_s);
    auto r = PlanStore::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.error().message.contains(u"program"_s)) << msg(r.error());
}

TEST(Storage, ReadOnlyFileOpensReadOnlyAndRefusesEdits)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    OpenOptions options;
    options.readOnly = true;
    auto r = PlanStore::open(path, options);
    ASSERT_TRUE(r.ok()) << msg(r.error());
    EXPECT_TRUE((*r)->isReadOnly());
    auto s = (*r)->setPlanField(u"plan_name"_s, u"otro"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"solo lectura"_s)) << msg(s.error());
}

TEST(Storage, WriteNewPlanFileLeavesNothingOnFailure)
{
    TempDir dir;
    const QString path = dir.path(u"nuevo.planea"_s);
    auto status = writeNewPlanFile(path, test::sampleInfo(),
                                   [](PlanStore &) -> Status { return Error::badInput(u"interrumpido"_s); });
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

TEST(Storage, WriteNewPlanFileRefusesToOverwrite)
{
    TempDir dir;
    const QString path = dir.path(u"existe.planea"_s);
    test::writeBytes(path, "datos del usuario");
    auto status = writeNewPlanFile(path, test::sampleInfo(), [](PlanStore &) -> Status { return {}; });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(test::readBytes(path), QByteArray("datos del usuario"));
}
