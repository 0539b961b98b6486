// One safe-write path for every file Planea writes (core/util/SafeWrite): a file ends up complete
// or as it was. The full disk is real: RLIMIT_FSIZE makes write() fail with EFBIG past a size, the
// way ENOSPC fails it on a full disk, without root or a mount.
#include "SamplePlans.h"
#include "TempDir.h"
#include "util/SafeWrite.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

/// Limits the size of any file this process writes to `bytes` while it lives (SIGXFSZ ignored, so
/// write() returns EFBIG instead of killing the process).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved {};
    void (*m_handler)(int) = nullptr;
};

QByteArray sample(qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        bytes.append(char('a' + i % 26));
    return bytes;
}

/// The names in `folder` other than the ones expected: a failed write must leave no temporary file.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// planea-cli with RLIMIT_FSIZE set in the child only.
test::CliResult cliUnderLimit(const QStringList &arguments, rlim_t bytes)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(PLANEA_CLI_PATH));
    process.setArguments(arguments);
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start();
    process.closeWriteChannel();
    test::CliResult run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST(SafeWrite, WritesANewFileAndReplacesAnOldOne)
{
    TempDir dir;
    const QString path = dir.path(u"a.csv"_s);
    ASSERT_TRUE(safe::writeFile(path, "uno"_ba).ok());
    EXPECT_EQ(test::readBytes(path), "uno"_ba);
    const QByteArray big = sample(300000);
    ASSERT_TRUE(safe::writeFile(path, big).ok());
    EXPECT_EQ(test::readBytes(path), big);
    EXPECT_EQ(entries(dir.root()), QStringList { u"a.csv"_s });
}

TEST(SafeWrite, AProducerWritesThroughADevice)
{
    TempDir dir;
    const QString path = dir.path(u"b.txt"_s);
    ASSERT_TRUE(safe::writeFile(path, [](QIODevice &d) -> Status {
                    d.write("hola ");
                    d.write("mundo");
                    return {};
                }).ok());
    EXPECT_EQ(test::readBytes(path), "hola mundo"_ba);

    // A producer that fails writes nothing: its own message comes back and the old file stays.
    const Status failed = safe::writeFile(path, [](QIODevice &d) -> Status {
        d.write("a medias");
        return Error::badInput(u"falló el productor"_s);
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, u"falló el productor"_s);
    EXPECT_EQ(test::readBytes(path), "hola mundo"_ba);
    EXPECT_EQ(entries(dir.root()), QStringList { u"b.txt"_s });
}

// The failure QSaveFile 6.4 hides: a small file (under its 16 KB buffer) on a disk that refuses
// the bytes. The old file must stay, no temporary file may be left, and the message says how much.
TEST(SafeWrite, AWriteTheDiskRefusesKeepsTheOldFileAndSaysHowMuchArrived)
{
    TempDir dir;
    const QString path = dir.path(u"mga-versions.json"_s);
    const QByteArray old = "{\"versiones\": []}\n"_ba;
    test::writeBytes(path, old);
    for (const qsizetype size : { qsizetype(3000), qsizetype(200000) }) {
        Status s;
        {
            FileSizeLimit limit(1024);
            s = safe::writeFile(path, sample(size));
        }
        ASSERT_FALSE(s.ok()) << size;
        EXPECT_EQ(s.error().kind, Error::Kind::Io);
        const QString message = s.error().message;
        EXPECT_TRUE(message.startsWith(u"No se pudo escribir «"_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(u"el archivo supera el tamaño que el sistema permite aquí"_s))
            << message.toStdString();
        EXPECT_TRUE(message.contains(u"llegaron al disco 1.024 bytes de "_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(u"El archivo anterior no se modificó."_s)) << message.toStdString();
        EXPECT_EQ(test::readBytes(path), old);
        EXPECT_EQ(entries(dir.root()), QStringList { u"mga-versions.json"_s });
    }

    // Without an old file, nothing is created.
    const QString fresh = dir.path(u"nuevo.csv"_s);
    Status s;
    {
        FileSizeLimit limit(100);
        s = safe::writeFile(fresh, sample(500));
    }
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"No se creó ningún archivo."_s)) << s.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(fresh));
}

TEST(SafeWrite, ASystemFolderIsNotCalledAFullDisk)
{
    // /proc reports 0 bytes free; a plan written there used to be refused with «el disco está lleno».
    if (!QStorageInfo(u"/proc"_s).isValid() || QStorageInfo(u"/proc"_s).bytesTotal() > 0)
        GTEST_SKIP() << "no /proc pseudo file system here";
    const QString message = safe::interruptedWrite(u"/proc/x.planea"_s, false, 0, 4096).message;
    EXPECT_FALSE(message.contains(u"lleno"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"no está en un disco que pueda guardar archivos"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"No se creó ningún archivo."_s)) << message.toStdString();
    // And from the command line: exit 2, the same reason, nothing written.
    const test::CliResult r = test::runCli({ u"demo"_s, u"/proc/x.planea"_s });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"no está en un disco que pueda guardar archivos"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(u"/proc/x.planea"_s));
}

TEST(SafeWrite, AMissingFolderOrAFolderAsTargetIsRefused)
{
    TempDir dir;
    const Status missing = safe::writeFile(dir.path(u"no/hay.csv"_s), "x"_ba);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"no existe"_s)) << missing.error().message.toStdString();
    QDir().mkpath(dir.path(u"carpeta"_s));
    const Status folder = safe::writeFile(dir.path(u"carpeta"_s), "x"_ba);
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(u"es una carpeta"_s)) << folder.error().message.toStdString();
}

// The break of issue 19: `export … -o` on a disk that refuses the bytes printed «Escrito» and
// exited 0 with a 0-byte file. Now: a non-zero exit, the Spanish reason, the previous file intact.
TEST(SafeWrite, CliExportAndAuditCsvOnARefusingDiskFailAndKeepThePreviousFile)
{
    TempDir dir;
    const QString data = dir.path(u"datos"_s);
    const QString plan = dir.path(u"demo.planea"_s);
    ASSERT_EQ(test::runCli({ u"--data-dir"_s, data, u"demo"_s, plan }).exitCode, 0);

    const QString out = dir.path(u"lineas.csv"_s);
    const QByteArray previous = "archivo anterior\n"_ba;
    test::writeBytes(out, previous);
    const test::CliResult r
        = cliUnderLimit({ u"--data-dir"_s, data, u"export"_s, plan, u"--doc"_s, u"plan-indicativo"_s, u"--format"_s,
                          u"csv"_s, u"-o"_s, out, u"--force"_s },
                        64);
    EXPECT_NE(r.exitCode, 0) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u"Escrito"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"el archivo supera el tamaño que el sistema permite aquí"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"El archivo anterior no se modificó."_s)) << r.err.toStdString();
    EXPECT_EQ(test::readBytes(out), previous);

    const QString audit = dir.path(u"cambios.csv"_s);
    test::writeBytes(audit, previous);
    const test::CliResult a
        = cliUnderLimit({ u"--data-dir"_s, data, u"audit"_s, plan, u"--csv"_s, audit, u"--force"_s }, 16);
    EXPECT_NE(a.exitCode, 0) << a.out.toStdString();
    EXPECT_TRUE(a.err.contains(u"El archivo anterior no se modificó."_s)) << a.err.toStdString();
    EXPECT_EQ(test::readBytes(audit), previous);

    // Without the limit the same command writes the document.
    const test::CliResult done
        = test::runCli({ u"--data-dir"_s, data, u"export"_s, plan, u"--doc"_s, u"plan-indicativo"_s, u"--format"_s,
                         u"csv"_s, u"-o"_s, out, u"--force"_s });
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(u"Escrito"_s)) << done.out.toStdString();
    EXPECT_TRUE(test::readBytes(out).contains(";2402041;"));
}

// Issue 19 item 5: a write killed half-way (power button, task manager) leaves its hidden temporary
// file; the next file Planea writes in that folder removes it, and the target is as it was.
TEST(SafeWrite, WhatAKilledWriteLeftIsRemovedByTheNextWriteInThatFolder)
{
    TempDir dir;
    const QString path = dir.path(u"plan-indicativo.csv"_s);
    test::writeBytes(path, "anterior"_ba);
    const QByteArray huge(256 * 1024 * 1024, 'x');
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        (void)safe::writeFile(path, huge);
        ::_exit(0);
    }
    // Kill it as soon as its temporary file is on the disk.
    QString leftover;
    for (int i = 0; i < 200000 && leftover.isEmpty(); ++i) {
        const QStringList hidden
            = QDir(dir.root())
                  .entryList({ u".plan-indicativo.csv.tmp-*"_s }, QDir::Files | QDir::Hidden | QDir::System);
        if (!hidden.isEmpty())
            leftover = dir.path(hidden.first());
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_FALSE(leftover.isEmpty()) << "the write finished before it could be killed";
    ASSERT_TRUE(WIFSIGNALED(status));
    ASSERT_TRUE(QFile::exists(leftover));
    EXPECT_EQ(test::readBytes(path), "anterior"_ba);

    // The next write in the folder (any file) cleans it up.
    ASSERT_TRUE(safe::writeFile(dir.path(u"otro.csv"_s), "nuevo"_ba).ok());
    EXPECT_FALSE(QFile::exists(leftover));
    EXPECT_EQ(entries(dir.root()), (QStringList { u"otro.csv"_s, u"plan-indicativo.csv"_s }));
}
