// The council package: a read-only copy of the approved plan with its progress, marked with its
// fingerprint; refused for an unapproved or altered plan; always opened read-only; planea-cli.
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/Approval.h"
#include "council/CouncilPackage.h"
#include "demo/DemoPlan.h"
#include "domain/PlanData.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::test;

namespace {

/// The demonstration plan (with two years of progress), approved; returns its fingerprint.
QString approvedDemo(const QString &path)
{
    EXPECT_TRUE(demo::writeDemoPlan(path, true).ok());
    auto store = PlanStore::open(path);
    EXPECT_TRUE(store.ok());
    auto fingerprint = approval::approve(**store, u"Acuerdo 006 de 2028 (ficticio)"_s, QDate(2028, 5, 26));
    EXPECT_TRUE(fingerprint.ok()) << (fingerprint ? QString() : fingerprint.error().message).toStdString();
    return fingerprint ? *fingerprint : QString();
}

OpenOptions asking(bool readOnly)
{
    OpenOptions options;
    options.readOnly = readOnly;
    return options;
}

/// The files a user would see in the folder. An open plan keeps its rollback journal while the
/// store holds the exclusive lock (SQLite removes it when the plan is closed), so "-journal"
/// files of the plans these tests keep open are not what is being checked.
QStringList filesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    files.removeIf([](const QString &name) { return name.endsWith(u"-journal"_s); });
    return files;
}

} // namespace

TEST(Council, PackageOfTheApprovedPlanCarriesItsProgressAndFingerprint)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    const QString fingerprint = approvedDemo(plan);
    ASSERT_FALSE(fingerprint.isEmpty());
    const QString out = dir.path(u"consejo.planea"_s);
    const QDateTime when(QDate(2030, 2, 1), QTime(9, 30), Qt::UTC);
    {
        auto source = PlanStore::open(plan);
        ASSERT_TRUE(source.ok());
        auto written = council::writePackage(**source, out, false, when);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        EXPECT_EQ(*written, fingerprint);
        // The source is not marked.
        EXPECT_FALSE(council::packageInfo(**source).isPackage);
    }
    EXPECT_EQ(filesIn(dir.root()), QStringList({ u"consejo.planea"_s, u"plan.planea"_s }));

    auto package = council::openPlan(out);
    ASSERT_TRUE(package.ok()) << package.error().message.toStdString();
    EXPECT_TRUE((*package)->isReadOnly());
    const council::PackageInfo info = council::packageInfo(**package);
    EXPECT_TRUE(info.isPackage);
    EXPECT_EQ(info.fingerprint, fingerprint);
    EXPECT_EQ(info.createdAt, when);
    EXPECT_EQ(info.sourceName, u"plan.planea"_s);

    auto original = PlanStore::open(plan, asking(true));
    ASSERT_TRUE(original.ok());
    const PlanData a = *(*original)->load();
    const PlanData b = *(*package)->load();
    ASSERT_FALSE(a.progress.isEmpty());
    EXPECT_EQ(b.progress.size(), a.progress.size());
    EXPECT_EQ(b.executions.size(), a.executions.size());
    EXPECT_EQ(b.indicators.size(), a.indicators.size());
    const approval::Verification v = approval::verify(b);
    EXPECT_TRUE(v.approved);
    EXPECT_TRUE(v.matches);
    EXPECT_EQ(v.stored, fingerprint);
}

TEST(Council, PackageOpensReadOnlyAndRefusesEveryEdit)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    approvedDemo(plan);
    const QString out = dir.path(u"consejo.planea"_s);
    {
        auto source = PlanStore::open(plan);
        ASSERT_TRUE(source.ok());
        ASSERT_TRUE(council::writePackage(**source, out).ok());
    }
    const QByteArray before = readBytes(out);
    {
        // Even when asked for a writable open.
        auto package = council::openPlan(out, asking(false));
        ASSERT_TRUE(package.ok());
        PlanStore &store = **package;
        EXPECT_TRUE(store.isReadOnly());
        const PlanData d = *store.load();
        const Status update = store.update(Table::ProductIndicator, d.indicators.first().id, u"name"_s, u"Otro"_s);
        ASSERT_FALSE(update.ok());
        EXPECT_TRUE(update.error().message.contains(u"solo lectura"_s)) << update.error().message.toStdString();
        EXPECT_FALSE(store
                         .upsert(Table::Progress,
                                 { { u"indicator_id"_s, d.indicators.first().id },
                                   { u"year"_s, 2030 },
                                   { u"period"_s, 0 },
                                   { u"value"_s, 5.0 } })
                         .ok());
        EXPECT_FALSE(store.setMeta(QString::fromUtf16(council::MetaPackage), QString()).ok());
    }
    EXPECT_EQ(readBytes(out), before);
}

TEST(Council, OrdinaryPlansOpenAsAsked)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(plan).ok());
    auto writable = council::openPlan(plan);
    ASSERT_TRUE(writable.ok());
    EXPECT_FALSE((*writable)->isReadOnly());
    writable->reset();
    auto readOnly = council::openPlan(plan, asking(true));
    ASSERT_TRUE(readOnly.ok());
    EXPECT_TRUE((*readOnly)->isReadOnly());
    readOnly->reset();
    auto missing = council::openPlan(dir.path(u"no-existe.planea"_s));
    EXPECT_FALSE(missing.ok());
}

TEST(Council, UnapprovedPlanIsRefusedAndNothingIsWritten)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(plan).ok());
    auto source = PlanStore::open(plan);
    ASSERT_TRUE(source.ok());
    auto written = council::writePackage(**source, dir.path(u"consejo.planea"_s));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(written.error().message.contains(u"no ha sido aprobado"_s)) << written.error().message.toStdString();
    EXPECT_EQ(filesIn(dir.root()), QStringList({ u"plan.planea"_s }));
}

TEST(Council, AlteredPlanIsRefused)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    approvedDemo(plan);
    auto source = PlanStore::open(plan);
    ASSERT_TRUE(source.ok());
    // An edit that bypassed the amendment procedure (the store itself does not stop it).
    const PlanData d = *(*source)->load();
    ASSERT_TRUE((*source)->update(Table::ProductIndicator, d.indicators.first().id, u"term_target"_s, 999.0).ok());
    auto written = council::writePackage(**source, dir.path(u"consejo.planea"_s));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(u"huella"_s)) << written.error().message.toStdString();
    EXPECT_EQ(filesIn(dir.root()), QStringList({ u"plan.planea"_s }));
}

TEST(Council, BadTargetsAreRefused)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    approvedDemo(plan);
    auto source = PlanStore::open(plan);
    ASSERT_TRUE(source.ok());

    EXPECT_FALSE(council::writePackage(**source, QString()).ok());
    EXPECT_FALSE(council::writePackage(**source, plan, true).ok());
    auto noFolder = council::writePackage(**source, dir.path(u"no/existe/consejo.planea"_s));
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.error().message.contains(u"carpeta"_s)) << noFolder.error().message.toStdString();

    // An existing file is kept unless overwriting was asked for.
    const QString out = dir.path(u"consejo.planea"_s);
    writeBytes(out, "otro archivo");
    auto refused = council::writePackage(**source, out);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"ya existe"_s)) << refused.error().message.toStdString();
    EXPECT_EQ(readBytes(out), QByteArray("otro archivo"));
    ASSERT_TRUE(council::writePackage(**source, out, true).ok());
    EXPECT_NE(readBytes(out), QByteArray("otro archivo"));

    // A package is not made from another package.
    auto package = council::openPlan(out);
    ASSERT_TRUE(package.ok());
    auto again = council::writePackage(**package, dir.path(u"otra.planea"_s));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"ya es un paquete"_s)) << again.error().message.toStdString();
    EXPECT_EQ(filesIn(dir.root()), QStringList({ u"consejo.planea"_s, u"plan.planea"_s }));
}

TEST(Council, Cli)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    const QString fingerprint = approvedDemo(plan);
    const QString out = dir.path(u"consejo.planea"_s);

    const CliResult missing = runCli({ u"council-package"_s, plan });
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"-o"_s)) << missing.err.toStdString();

    const CliResult ok = runCli({ u"council-package"_s, plan, u"-o"_s, out });
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(fingerprint)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"Paquete para el consejo"_s)) << ok.out.toStdString();

    const CliResult exists = runCli({ u"council-package"_s, plan, u"-o"_s, out });
    EXPECT_EQ(exists.exitCode, 2);
    EXPECT_TRUE(exists.err.contains(u"ya existe"_s)) << exists.err.toStdString();
    EXPECT_EQ(runCli({ u"council-package"_s, plan, u"-o"_s, out, u"--force"_s }).exitCode, 0);

    // The package verifies like the plan.
    const CliResult verify = runCli({ u"verify"_s, out });
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(fingerprint));

    const QString draft = dir.path(u"borrador.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(draft).ok());
    const CliResult refused = runCli({ u"council-package"_s, draft, u"-o"_s, dir.path(u"x.planea"_s) });
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"no ha sido aprobado"_s)) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.path(u"x.planea"_s)));
}
