// Temporary plan files (a new plan is built as .<name>.tmp-<host>-<pid>-<random> and renamed):
// what a killed process leaves is removed the next time Planea opens or writes a plan in that
// folder, what a running process is writing is kept; a new plan refused by a full disk names the
// plan, not the hidden file, and leaves nothing behind (issue 19 item 5).
#include "SamplePlans.h"
#include "TempDir.h"
#include "demo/DemoPlan.h"
#include "storage/PlanStore.h"
#include "util/TempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <sys/resource.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

QStringList hiddenTemps(const QString &folder)
{
    return QDir(folder).entryList({ u".*.tmp-*"_s }, QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void touch(const QString &path, const QDateTime &modified = {})
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.flush(); // else the write at close would set the time again
    if (modified.isValid()) {
        ASSERT_TRUE(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }
}

/// Starts `planea-cli generate` on a large plan and kills it (SIGKILL) once its temporary file is
/// there, i.e. in the middle of filling it. Returns the names it left.
QStringList killedGenerate(const QString &folder)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(PLANEA_CLI_PATH));
    process.setArguments({ u"--data-dir"_s, folder + u"/datos"_s, u"generate"_s, folder + u"/gen.planea"_s,
                           u"--products"_s, u"200000"_s });
    process.start();
    EXPECT_TRUE(process.waitForStarted());
    // Waits on the process (10 ms at a time, at most a minute), not for a fixed time.
    for (int i = 0; i < 6000 && hiddenTemps(folder).isEmpty(); ++i) {
        if (process.waitForFinished(10))
            break;
    }
    EXPECT_EQ(process.state(), QProcess::Running) << "generate ended before it could be killed";
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished();
    return hiddenTemps(folder);
}

} // namespace

TEST(TempPlanFiles, TempNameCarriesThisComputerAndProcess)
{
    const QString temp = tempPathFor(u"/x/plan.planea"_s);
    const QRegularExpression shape(u"^/x/\\.plan\\.planea\\.tmp-[0-9a-f]{4}-(\\d+)-[0-9a-f]{8}$"_s);
    const auto m = shape.match(temp);
    ASSERT_TRUE(m.hasMatch()) << temp.toStdString();
    EXPECT_EQ(m.captured(1).toLongLong(), QCoreApplication::applicationPid());
}

TEST(TempPlanFiles, OnlyFilesOfGoneProcessesOrOlderThanADayAreRemoved)
{
    TempDir dir;
    const QString folder = dir.path(u"planes"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    // Ours (this process runs): kept, with its journal.
    const QString mine = tempPathFor(folder + u"/mio.planea"_s);
    touch(mine);
    touch(mine + u"-journal"_s);
    // A process of this computer that is gone: a child that has exited.
    QProcess child;
    child.start(u"/bin/true"_s, {});
    ASSERT_TRUE(child.waitForFinished());
    const qint64 gonePid = child.processId() > 0 ? child.processId() : 999999;
    const QString host = QFileInfo(mine).fileName().section(u'-', 1, 1);
    const QString gone = folder + u"/.gen.planea.tmp-"_s + host + u"-"_s + QString::number(gonePid) + u"-0123abcd"_s;
    touch(gone);
    touch(gone + u"-journal"_s);
    // Another computer (shared folder): kept while young, removed after a day.
    const QString otherHost = host == u"ffff"_s ? u"0000"_s : u"ffff"_s;
    const QString remoteYoung = folder + u"/.a.planea.tmp-"_s + otherHost + u"-42-0123abcd"_s;
    const QString remoteOld = folder + u"/.b.planea.tmp-"_s + otherHost + u"-42-0123abcd"_s;
    touch(remoteYoung);
    touch(remoteOld, QDateTime::currentDateTimeUtc().addDays(-2));
    // The names of earlier versions (no process): by age only.
    const QString legacyOld = folder + u"/.gen.planea.tmp-89abcdef"_s;
    const QString legacyYoung = folder + u"/.gen2.planea.tmp-89abcdef"_s;
    touch(legacyOld, QDateTime::currentDateTimeUtc().addDays(-2));
    touch(legacyOld + u"-journal"_s, QDateTime::currentDateTimeUtc().addDays(-2));
    touch(legacyYoung);
    // Not Planea's.
    const QString other = folder + u"/.notas.txt.tmp-1"_s;
    touch(other, QDateTime::currentDateTimeUtc().addDays(-2));

    EXPECT_EQ(removeStaleTempFiles(folder), 5);
    for (const QString &kept : QStringList { mine, mine + u"-journal"_s, remoteYoung, legacyYoung, other })
        EXPECT_TRUE(QFile::exists(kept)) << kept.toStdString();
    for (const QString &removed :
         QStringList { gone, gone + u"-journal"_s, remoteOld, legacyOld, legacyOld + u"-journal"_s })
        EXPECT_FALSE(QFile::exists(removed)) << removed.toStdString();
}

TEST(TempPlanFiles, WhatAKilledGenerateLeftIsRemovedByTheNextCommandInThatFolder)
{
    TempDir dir;
    const QString folder = dir.path(u"planes"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QStringList left = killedGenerate(folder);
    ASSERT_FALSE(left.isEmpty()); // what the issue saw: .gen.planea.tmp-… (and its journal)
    EXPECT_FALSE(QFile::exists(folder + u"/gen.planea"_s));

    // A read-only command on another plan of the folder cleans it (the plan is not changed).
    ASSERT_TRUE(demo::writeDemoPlan(dir.path(u"demo.planea"_s)));
    ASSERT_TRUE(QFile::copy(dir.path(u"demo.planea"_s), folder + u"/otro.planea"_s));
    const QByteArray before = test::readBytes(folder + u"/otro.planea"_s);
    const test::CliResult check
        = test::runCli({ u"--data-dir"_s, folder + u"/datos"_s, u"check"_s, folder + u"/otro.planea"_s });
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(hiddenTemps(folder).isEmpty()) << hiddenTemps(folder).join(u' ').toStdString();
    EXPECT_EQ(test::readBytes(folder + u"/otro.planea"_s), before);

    // And so does writing a new plan there, after another killed run.
    ASSERT_FALSE(killedGenerate(folder).isEmpty());
    ASSERT_TRUE(demo::writeDemoPlan(folder + u"/nuevo.planea"_s));
    EXPECT_TRUE(hiddenTemps(folder).isEmpty()) << hiddenTemps(folder).join(u' ').toStdString();
}

TEST(TempPlanFiles, DemoOnAFullDiskNamesThePlanSaysWhyAndLeavesNothing)
{
    TempDir dir;
    const QString folder = dir.path(u"lleno"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    QProcess process;
    process.setProgram(QString::fromUtf8(PLANEA_CLI_PATH));
    process.setArguments({ u"--data-dir"_s, dir.path(u"datos"_s), u"demo"_s, folder + u"/demo.planea"_s });
    // A real EFBIG, as test_safe_write: files of the child may not grow past 64 KB.
    process.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 64 * 1024;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start();
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(
        err.contains(u"«"_s + QDir::toNativeSeparators(folder + u"/demo.planea"_s) + u"» no se pudo escribir"_s))
        << err.toStdString();
    EXPECT_TRUE(err.contains(u"supera el tamaño que el sistema permite"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"No se creó ningún archivo"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u".tmp-"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"disk I/O error"_s)) << err.toStdString();
    EXPECT_TRUE(everything(folder).isEmpty()) << everything(folder).join(u' ').toStdString();
}
