#pragma once

// The fixture of the tests that drive planea-cli as a real process: every test has its own data
// folder (the user's real catalogs are never touched), the demo plan on demand, JSON output parsed,
// and a refusal checked as docs/CLI.md promises it (exit 2, a Spanish message, the file unchanged).
#include "SamplePlans.h"
#include "TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace planea::test {

class CliTest : public ::testing::Test
{
protected:
    /// Runs planea-cli with `--data-dir` pointing at this test's own folder.
    CliResult cli(QStringList args) const
    {
        args.prepend(m_dir.path(QStringLiteral("datos")));
        args.prepend(QStringLiteral("--data-dir"));
        return runCli(args);
    }
    QJsonObject json(const CliResult &r) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.object();
    }
    /// The demo plan, written by `planea-cli demo` the first time it is asked for.
    QString demoPath() const
    {
        const QString path = m_dir.path(QStringLiteral("demo.planea"));
        if (!QFile::exists(path)) {
            const CliResult r = cli({ QStringLiteral("demo"), path });
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
        return path;
    }
    /// Expects exit 2, a message containing `fragment` on stderr, and `path` unchanged.
    void expectRefused(const QStringList &args, const QString &fragment, const QString &path = {}) const
    {
        const QByteArray before = path.isEmpty() ? QByteArray() : readBytes(path);
        const bool existed = !path.isEmpty() && QFile::exists(path);
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(fragment))
            << "esperaba «" << fragment.toStdString() << "» en: " << r.err.toStdString();
        if (!path.isEmpty()) {
            EXPECT_EQ(QFile::exists(path), existed);
            EXPECT_EQ(readBytes(path), before);
        }
    }

    TempDir m_dir;
};

} // namespace planea::test
