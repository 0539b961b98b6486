// planea-cli keeps the word docs/CLI.md gives: an existing document is replaced only with --force,
// a plan already adopted is not approved by a second act, and counts of one are in the singular.
#include "CliTest.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::CliResult;
using planea::test::TempDir;

namespace {

class CliWord : public test::CliTest
{
protected:
    PlanData load(const QString &path) const
    {
        auto store = PlanStore::open(path);
        EXPECT_TRUE(store.ok());
        auto plan = (*store)->load();
        EXPECT_TRUE(plan.ok());
        return plan.ok() ? *plan : PlanData {};
    }
};

} // namespace

TEST_F(CliWord, ExportReplacesAnExistingFileOnlyWithForce)
{
    const QString plan = demoPath();
    const QString out = m_dir.path(u"ppi.csv"_s);
    QFile mine(out);
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("mi archivo, no un PPI\n");
    mine.close();
    const QByteArray before = test::readBytes(out);

    const QStringList args { u"export"_s, plan, u"--doc"_s, u"ppi"_s, u"--format"_s, u"csv"_s, u"-o"_s, out };
    const CliResult refused = cli(args);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"ya existe"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--force"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QDir::toNativeSeparators(out))) << refused.err.toStdString();
    EXPECT_EQ(test::readBytes(out), before);

    const CliResult forced = cli(QStringList(args) << u"--force"_s);
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_NE(test::readBytes(out), before);
    EXPECT_TRUE(test::readBytes(out).contains("Total")) << "the PPI was written";
}

TEST_F(CliWord, AuditCsvReplacesAnExistingFileOnlyWithForce)
{
    const QString plan = demoPath();
    const QString out = m_dir.path(u"cambios.csv"_s);
    test::writeBytes(out, "mis notas\n");
    expectRefused({ u"audit"_s, plan, u"--csv"_s, out }, u"--force"_s, out);
    const CliResult forced = cli({ u"audit"_s, plan, u"--csv"_s, out, u"--force"_s });
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(test::readBytes(out).startsWith("\xEF\xBB\xBF")) << "the change log, as CSV for Excel es-CO";
}

TEST_F(CliWord, ExportAllIntoAFolderWithDocumentsRefusesBeforeWritingAny)
{
    const QString plan = demoPath();
    const QString folder = m_dir.path(u"documentos"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const CliResult first = cli({ u"export"_s, plan, u"--all"_s, u"-o"_s, folder });
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 5);

    // One document is removed and another changed by the user: a second run without --force
    // neither recreates the first nor touches the second.
    const QString removed = QDir(folder).filePath(files.first());
    const QString changed = QDir(folder).filePath(files.last());
    ASSERT_TRUE(QFile::remove(removed));
    QFile edit(changed);
    ASSERT_TRUE(edit.open(QIODevice::WriteOnly));
    edit.write("editado a mano");
    edit.close();

    const CliResult again = cli({ u"export"_s, plan, u"--all"_s, u"-o"_s, folder });
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"ya existen"_s)) << again.err.toStdString();
    EXPECT_FALSE(QFile::exists(removed));
    EXPECT_EQ(test::readBytes(changed), QByteArray("editado a mano"));

    const CliResult forced = cli({ u"export"_s, plan, u"--all"_s, u"-o"_s, folder, u"--force"_s });
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(QFile::exists(removed));
    EXPECT_NE(test::readBytes(changed), QByteArray("editado a mano"));
}

TEST_F(CliWord, AnAdoptedPlanIsNotApprovedByASecondAct)
{
    // The demo plan is in execution, adopted by its act, and has no fingerprint yet.
    const QString plan = demoPath();
    const PlanData demo = load(plan);
    ASSERT_FALSE(demo.info.adoptionAct.isEmpty());
    ASSERT_EQ(demo.info.state, WorkflowState::InExecution);
    const QByteArray before = test::readBytes(plan);

    const CliResult second
        = cli({ u"approve"_s, plan, u"--act"_s, u"Acuerdo 099 de 2029"_s, u"--date"_s, u"2029-03-01"_s });
    EXPECT_EQ(second.exitCode, 2);
    EXPECT_TRUE(second.err.contains(u"ya fue adoptado"_s)) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(demo.info.adoptionAct)) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(u"enmienda"_s)) << second.err.toStdString();
    EXPECT_EQ(test::readBytes(plan), before);

    // The same act (spaces and case aside) freezes it, and the plan stays in execution.
    const QString sameAct = u"  "_s + demo.info.adoptionAct.toUpper() + u" "_s;
    const CliResult freeze
        = cli({ u"approve"_s, plan, u"--act"_s, sameAct, u"--date"_s, demo.info.adoptionDate.toString(Qt::ISODate) });
    ASSERT_EQ(freeze.exitCode, 0) << freeze.err.toStdString();
    const PlanData frozen = load(plan);
    EXPECT_EQ(frozen.info.version, 1);
    EXPECT_EQ(frozen.info.fingerprint.size(), 64);
    EXPECT_EQ(frozen.info.state, WorkflowState::InExecution);

    // Once frozen, any further act is refused and points to the amendment.
    const CliResult third = cli({ u"approve"_s, plan, u"--act"_s, demo.info.adoptionAct, u"--date"_s,
                                  demo.info.adoptionDate.toString(Qt::ISODate) });
    EXPECT_EQ(third.exitCode, 2);
    EXPECT_TRUE(third.err.contains(u"ya fue aprobado"_s)) << third.err.toStdString();
    EXPECT_TRUE(third.err.contains(u"Modificar el plan (enmienda)"_s)) << third.err.toStdString();
}

TEST_F(CliWord, OneResultIsSingular)
{
    const CliResult one = cli({ u"catalog"_s, u"search"_s, u"agua"_s, u"--limit"_s, u"1"_s });
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.err.contains(u"1 resultado."_s)) << one.err.toStdString();
    EXPECT_FALSE(one.err.contains(u"resultados"_s)) << one.err.toStdString();
    const CliResult many = cli({ u"catalog"_s, u"search"_s, u"agua"_s, u"--limit"_s, u"3"_s });
    EXPECT_TRUE(many.err.contains(u"3 resultados."_s)) << many.err.toStdString();
}
