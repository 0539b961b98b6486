// The plan file: creation, reopening, every edit committed, locking, and every kind of bad file.
#include "PlaneaVersion.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "demo/PlanGenerator.h"
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

TEST(Storage, OpeningWithoutEditingLeavesTheFileByteForByte)
{
    // A plan opened only to read (a USB stick, a cloud folder) must not change: no new modification
    // time for the sync client, no copy that differs from the one the council received.
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    PlanStore::open(path).value().reset(); // the first open may stamp this Planea's version
    auto bytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    ASSERT_FALSE(before.isEmpty());
    for (int i = 0; i < 2; ++i) {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        ASSERT_TRUE((*store)->load().ok());
    }
    EXPECT_EQ(bytes(), before);

    // A file last written by another Planea version is stamped with this one.
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->setMeta(u"last_written_with"_s, u"0.0.1"_s));
    }
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->meta(u"last_written_with"_s), QStringLiteral(PLANEA_VERSION_STRING));
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

// Every past schema version has a frozen fixture; each must open (migrating forward) and load.
TEST(Storage, FixtureOfEverySchemaVersionOpensAndLoads)
{
    for (int version = 1; version <= schema::CurrentVersion; ++version) {
        TempDir dir;
        const QString copy = dir.path(u"fixture.planea"_s);
        ASSERT_TRUE(QFile::copy(QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v%1.planea"_s.arg(version), copy))
            << "missing fixture for schema version " << version;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto store = PlanStore::open(copy);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        EXPECT_EQ((*store)->schemaVersion(), schema::CurrentVersion);
        auto data = (*store)->load();
        ASSERT_TRUE(data.ok());
        EXPECT_EQ(data->info.entity.name, u"Buenavista"_s);
        ASSERT_EQ(data->indicators.size(), 1);
        EXPECT_EQ(data->indicators[0].accumulation, AccumulationType::Flow);
        EXPECT_EQ(data->indicators[0].annualTargets.size(), 4);
        EXPECT_EQ(data->investmentTotal(data->products[0].id), Money(400000000));
        // Goal codes came with version 3; the v3 fixture gives its one goal the code «M-017».
        EXPECT_EQ(data->indicators[0].goalCode, version >= 3 ? u"M-017"_s : QString());
    }
}

// Version 3 adds the goal's own code. A version-2 file opened for writing is migrated (its goals
// get an empty code); opened read-only it stays version 2 and still loads, the code read as empty.
TEST(Storage, VersionTwoFileGainsAnEmptyGoalCodeAndReadsUnmigratedWhenReadOnly)
{
    TempDir dir;
    const QString copy = dir.path(u"v2.planea"_s);
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v2.planea"_s, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        OpenOptions options;
        options.readOnly = true;
        auto store = PlanStore::open(copy, options);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        EXPECT_EQ((*store)->schemaVersion(), 2);
        auto data = (*store)->load();
        ASSERT_TRUE(data.ok()) << msg(data.error());
        ASSERT_EQ(data->indicators.size(), 1);
        EXPECT_TRUE(data->indicators[0].goalCode.isEmpty());
    }
    auto store = PlanStore::open(copy);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ((*store)->schemaVersion(), schema::CurrentVersion);
    auto data = (*store)->load();
    ASSERT_TRUE(data.ok());
    const qint64 id = data->indicators[0].id;
    EXPECT_EQ((*store)->value(Table::ProductIndicator, id, u"goal_code"_s)->toString(), QString());
    ASSERT_TRUE((*store)->update(Table::ProductIndicator, id, u"goal_code"_s, u"12"_s).ok());
    EXPECT_EQ((*store)->load()->indicators[0].goalCode, u"12"_s);
}

TEST(Storage, GoalCodeIsWrittenAndReadBackBesideASharedIndicatorCode)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter w(*store);
    auto line = w.addLine({ 0, 1, u"Línea"_s, {}, {}, { u"45"_s } });
    BudgetProgram program;
    program.lineId = *line;
    program.code = u"4501"_s;
    program.name = u"Fortalecimiento de la convivencia"_s;
    auto programId = w.addProgram(program);
    Product product;
    product.programId = *programId;
    product.code = u"4501010"_s;
    product.name = u"Servicio de asistencia técnica"_s;
    auto productId = w.addProduct(product);
    ASSERT_TRUE(productId);
    for (const QString &goal : { u"101"_s, u"102"_s }) {
        ProductIndicator ind;
        ind.productId = *productId;
        ind.code = u"450101001"_s;
        ind.goalCode = goal;
        ind.name = u"Meta "_s + goal;
        ASSERT_TRUE(w.addIndicator(ind));
    }
    auto data = store->load();
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->indicators.size(), 2);
    EXPECT_EQ(data->indicators[0].goalCode, u"101"_s);
    EXPECT_EQ(data->indicators[1].goalCode, u"102"_s);
    EXPECT_EQ(data->indicators[0].code, data->indicators[1].code);
}

// Writes tests/data/schema/v3.planea from the v2 fixture, through the migration, with a goal code.
// Run once when the fixture must be rebuilt:
//   PLANEA_WRITE_V3_FIXTURE=/path/v3.planea test_storage --gtest_also_run_disabled_tests
//       --gtest_filter='*WriteVersionThreeFixture*'
TEST(Storage, DISABLED_WriteVersionThreeFixture)
{
    const QString target = qEnvironmentVariable("PLANEA_WRITE_V3_FIXTURE");
    ASSERT_FALSE(target.isEmpty());
    QFile::remove(target);
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v2.planea"_s, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    auto store = PlanStore::open(target);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    ASSERT_EQ((*store)->schemaVersion(), 3);
    (*store)->setActor(u"María Fernanda Ríos"_s);
    auto data = (*store)->load();
    ASSERT_TRUE(data.ok());
    ASSERT_TRUE((*store)->update(Table::ProductIndicator, data->indicators[0].id, u"goal_code"_s, u"M-017"_s).ok());
}

// Writes tests/data/schema/v4.planea from the v3 fixture, through the migration, with one
// diagnosis indicator from the official figures (code, department and nation per year).
//   PLANEA_WRITE_V4_FIXTURE=/path/v4.planea test_storage --gtest_also_run_disabled_tests
//       --gtest_filter='*WriteVersionFourFixture*'
TEST(Storage, DISABLED_WriteVersionFourFixture)
{
    const QString target = qEnvironmentVariable("PLANEA_WRITE_V4_FIXTURE");
    ASSERT_FALSE(target.isEmpty());
    QFile::remove(target);
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v3.planea"_s, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    auto store = PlanStore::open(target);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    ASSERT_EQ((*store)->schemaVersion(), 4);
    (*store)->setActor(u"María Fernanda Ríos"_s);
    WellbeingIndicator w;
    w.name = u"Cobertura neta en educación - total"_s;
    w.unit = u"Porcentaje"_s;
    w.source = u"Ministerio de Educación Nacional"_s;
    w.officialCode = u"EDU_COB_NETA"_s;
    w.values = { { 2021, 72.67, u"Ministerio de Educación Nacional (2021)"_s, 94.5, 91.0 },
                 { 2022, 77.15, u"Ministerio de Educación Nacional (2022)"_s, 95.2443, 91.5213 } };
    ASSERT_TRUE(PlanWriter(**store).addWellbeingIndicator(w).ok());
}

// A version-4 file keeps an official indicator's code and its department and nation figures.
TEST(Storage, VersionFourFixtureKeepsOfficialFigures)
{
    TempDir dir;
    const QString copy = dir.path(u"v4.planea"_s);
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(PLANEA_TEST_DATA_DIR) + u"/schema/v4.planea"_s, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto store = PlanStore::open(copy);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    auto data = (*store)->load();
    ASSERT_TRUE(data.ok());
    const WellbeingIndicator *official = nullptr;
    for (const WellbeingIndicator &w : data->wellbeingIndicators) {
        if (w.officialCode == u"EDU_COB_NETA"_s)
            official = &w;
        else
            EXPECT_TRUE(w.officialCode.isEmpty());
    }
    ASSERT_NE(official, nullptr);
    ASSERT_EQ(official->values.size(), 2);
    EXPECT_DOUBLE_EQ(*official->values[1].departmentValue, 95.2443);
    EXPECT_DOUBLE_EQ(*official->values[1].nationValue, 91.5213);
}

TEST(Storage, LoadBuildsTheWholeTreeInPlanOrder)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter w(*store);
    auto second = w.addLine({ 0, 2, u"Segunda"_s, {}, {}, { u"45"_s } });
    auto first = w.addLine({ 0, 1, u"Primera"_s, {}, {}, { u"22"_s } });
    ASSERT_TRUE(first && second);
    BudgetProgram program;
    program.lineId = *second;
    program.code = u"4599"_s;
    program.name = u"Gestión"_s;
    auto programId = w.addProgram(program);
    ASSERT_TRUE(programId);
    Product product;
    product.programId = *programId;
    product.code = u"4599031"_s;
    product.name = u"Servicio de asistencia técnica"_s;
    product.cost = 3'000'000'000'000LL; // beyond 32 bits: money is 64-bit
    auto productId = w.addProduct(product);
    ASSERT_TRUE(productId);
    ProductIndicator indicator;
    indicator.productId = *productId;
    indicator.code = u"459903100"_s;
    indicator.name = u"Entidades asistidas"_s;
    indicator.termTarget = 4;
    indicator.populationFocus = { u"rural"_s, u"mujer"_s };
    indicator.annualTargets = { { 2028, 1.0, false }, { 2029, std::nullopt, true } };
    ASSERT_TRUE(w.addIndicator(indicator));
    ASSERT_TRUE(w.setInvestment({ *productId, 2028, u"RP"_s, 2'999'999'999'999LL }));
    ASSERT_TRUE(w.setInvestment({ *productId, 2029, u"RP"_s, 1 }));

    auto data = store->load();
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->lines.size(), 2);
    EXPECT_EQ(data->lines[0].name, u"Primera"_s);
    EXPECT_EQ(data->products[0].cost, 3'000'000'000'000LL);
    EXPECT_EQ(data->investmentTotal(*productId), 3'000'000'000'000LL);
    EXPECT_EQ(data->lineIdOfProduct(*productId), *second);
    ASSERT_EQ(data->indicators.size(), 1);
    EXPECT_EQ(data->indicators[0].populationFocus, (QStringList { u"rural"_s, u"mujer"_s }));
    ASSERT_NE(data->indicators[0].target(2029), nullptr);
    EXPECT_TRUE(data->indicators[0].target(2029)->notProgrammed);
    EXPECT_FALSE(data->indicators[0].target(2029)->value.has_value());
    EXPECT_EQ(data->indicators[0].target(2028)->value, 1.0);
}

TEST(Storage, DeletingALineRemovesItsWholeTree)
{
    TempDir dir;
    auto store = test::createEmptyPlan(dir.path(u"plan.planea"_s));
    PlanWriter w(*store);
    auto line = w.addLine({ 0, 1, u"Línea"_s, {}, {}, { u"22"_s } });
    BudgetProgram program;
    program.lineId = *line;
    program.code = u"2201"_s;
    program.name = u"Educación"_s;
    auto programId = w.addProgram(program);
    Product product;
    product.programId = *programId;
    product.code = u"2201028"_s;
    product.name = u"Alimentación escolar"_s;
    auto productId = w.addProduct(product);
    ASSERT_TRUE(w.setInvestment({ *productId, 2028, u"RP"_s, 5 }));
    ASSERT_TRUE(store->remove(Table::StrategicLine, *line));
    auto data = store->load();
    ASSERT_TRUE(data.ok());
    EXPECT_TRUE(data->programs.isEmpty());
    EXPECT_TRUE(data->products.isEmpty());
    EXPECT_TRUE(data->investments.isEmpty());
    EXPECT_TRUE(store->integrityProblems().isEmpty());
}

namespace {

/// Everything a view shows of a plan, in the order it is read, as text to compare.
QString planText(const PlanData &p)
{
    QString t = p.info.planName + u'\n';
    for (const Office &o : p.offices)
        t += u"office %1 %2\n"_s.arg(o.id).arg(o.name);
    for (const StrategicLine &l : p.lines)
        t += u"line %1 %2 %3 %4\n"_s.arg(l.id).arg(l.sortOrder).arg(l.name, l.sectorCodes.join(u','));
    for (const BudgetProgram &g : p.programs)
        t += u"program %1 %2 %3 %4\n"_s.arg(g.id).arg(g.lineId).arg(g.code, g.name);
    for (const Product &d : p.products)
        t += u"product %1 %2 %3 %4 %5 %6\n"_s.arg(d.id)
                 .arg(d.programId)
                 .arg(d.code, d.name)
                 .arg(d.cost)
                 .arg(d.sortOrder);
    for (const ProductIndicator &i : p.indicators) {
        t += u"indicator %1 %2 %3 %4 %5 %6:"_s.arg(i.id)
                 .arg(i.productId)
                 .arg(i.code, i.name)
                 .arg(i.termTarget)
                 .arg(i.responsibleOfficeId.value_or(0));
        for (const AnnualTarget &a : i.annualTargets)
            t += u" %1=%2"_s.arg(a.year).arg(a.value.value_or(-1));
        t += u'\n';
    }
    for (const InvestmentAmount &c : p.investments)
        t += u"investment %1 %2 %3 %4\n"_s.arg(c.productId).arg(c.year).arg(c.sourceCode).arg(c.amount);
    for (const ProgressReport &r : p.progress)
        t += u"progress %1 %2 %3\n"_s.arg(r.indicatorId).arg(r.year).arg(r.value.value_or(-1));
    // The id lookups must follow the lists.
    for (const ProductIndicator &i : p.indicators)
        if (p.indicator(i.id) != &i)
            t += u"stale index %1\n"_s.arg(i.id);
    for (const Product &d : p.products)
        if (p.product(d.id) != &d)
            t += u"stale index %1\n"_s.arg(d.id);
    return t;
}

} // namespace

// The window keeps one PlanData and, after each edit, re-reads only what the edit changed
// (PlanStore::reloadValue / reload with partsAffectedBy). Whatever the edit, the result must be
// the plan a full load gives.
TEST(Storage, RereadingOnlyWhatChangedGivesTheSamePlanAsAFullLoad)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    ASSERT_TRUE(demo::generatePlan(path, 40, 3).ok());
    auto opened = PlanStore::open(path);
    ASSERT_TRUE(opened.ok());
    PlanStore &store = **opened;
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    PlanData data = *loaded;

    QObject::connect(&store, &PlanStore::valueChanged, &store, [&](Table t, qint64 id, const QString &column) {
        EXPECT_TRUE(store.reloadValue(data, t, id, column).ok());
    });
    QObject::connect(&store, &PlanStore::rowInserted, &store,
                     [&](Table t, qint64) { EXPECT_TRUE(store.reload(data, PlanStore::partsAffectedBy(t)).ok()); });
    QObject::connect(&store, &PlanStore::tableChanged, &store,
                     [&](Table t) { EXPECT_TRUE(store.reload(data, PlanStore::partsAffectedBy(t)).ok()); });
    const auto expectSameAsFullLoad = [&](const char *what) {
        auto full = store.load();
        ASSERT_TRUE(full.ok());
        EXPECT_EQ(planText(data), planText(*full)) << what;
    };

    const ProductIndicator first = data.indicators.first();
    const ProductIndicator last = data.indicators.last();
    const Product product = data.products.first();
    ASSERT_TRUE(store.update(Table::ProductIndicator, first.id, u"term_target"_s, 77.0));
    expectSameAsFullLoad("an indicator's four-year target");
    ASSERT_TRUE(store.update(Table::ProductIndicator, first.id, u"name"_s, u"Sedes dotadas"_s));
    expectSameAsFullLoad("an indicator's name");
    // Moves the last indicator to another product: the order of the list changes.
    ASSERT_TRUE(store.update(Table::ProductIndicator, last.id, u"product_id"_s, product.id));
    expectSameAsFullLoad("an indicator moved to another product");
    ASSERT_TRUE(store.update(Table::Product, product.id, u"name"_s, u"Servicio de apoyo"_s));
    expectSameAsFullLoad("a product's name");
    ASSERT_TRUE(store.update(Table::Product, product.id, u"sort_order"_s, 999));
    expectSameAsFullLoad("a product moved to the end of its program");
    ASSERT_TRUE(store.update(Table::StrategicLine, data.lines.first().id, u"sort_order"_s, 999));
    expectSameAsFullLoad("a line moved to the end");
    const int year = data.info.term.years().first();
    ASSERT_TRUE(store.upsert(
        Table::AnnualTarget,
        { { u"indicator_id"_s, first.id }, { u"year"_s, year }, { u"value"_s, 5.0 }, { u"not_programmed"_s, 0 } }));
    expectSameAsFullLoad("an annual target");
    ASSERT_TRUE(store.upsert(Table::Investment,
                             { { u"product_id"_s, product.id },
                               { u"year"_s, year },
                               { u"source_code"_s, u"SGP"_s },
                               { u"amount"_s, 1234 } }));
    expectSameAsFullLoad("an investment cell");
    auto office = store.insert(Table::Office, { { u"name"_s, u"Secretaría de Prueba"_s } });
    ASSERT_TRUE(office.ok());
    expectSameAsFullLoad("a new office");
    ASSERT_TRUE(store.update(Table::ProductIndicator, first.id, u"responsible_office_id"_s, *office));
    expectSameAsFullLoad("an indicator's office");
}
