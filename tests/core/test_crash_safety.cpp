// Crash safety, proved: a writer process is killed (SIGKILL) at random moments while it edits a
// plan; after every kill the plan opens, passes integrity_check and holds every edit that the
// writer reported as saved. PLANEA_CRASH_KILLS raises the number of kills (default 25).
#include "SamplePlans.h"
#include "TempDir.h"
#include "storage/PlanStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

// Reads the writer's output until it has reported `count` saved edits (or ended); returns the
// numbers it reported.
QList<int> waitForSaved(QProcess &process, int count)
{
    QList<int> saved;
    static const QRegularExpression pattern(u"^saved (\\d+)$"_s);
    while (saved.size() < count) {
        if (!process.canReadLine() && !process.waitForReadyRead(30000))
            break;
        while (process.canReadLine()) {
            const auto m = pattern.match(QString::fromUtf8(process.readLine()).trimmed());
            if (m.hasMatch())
                saved.append(m.captured(1).toInt());
        }
    }
    return saved;
}

} // namespace

#ifndef Q_OS_WIN
TEST(CrashSafety, EveryReportedEditSurvivesSigkill)
{
    test::TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();

    const int kills = qEnvironmentVariableIntValue("PLANEA_CRASH_KILLS") > 0
        ? qEnvironmentVariableIntValue("PLANEA_CRASH_KILLS")
        : 25;
    QRandomGenerator random(20281);
    QSet<int> savedInserts; // every "add a line" edit reported as saved, across all runs
    int next = 0; // first edit number of the next run (even: add a line, odd: rename)
    int totalEdits = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess writer;
        writer.setProgram(QString::fromUtf8(PLANEA_CRASH_WRITER_PATH));
        writer.setArguments({ path, QString::number(next), u"100000"_s });
        writer.start();
        ASSERT_TRUE(writer.waitForStarted());
        // Let it report a random number of saved edits, then kill it wherever it is: inside a
        // transaction, between the journal and the database writes, or between edits.
        const QList<int> saved = waitForSaved(writer, 1 + int(random.bounded(60)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        ASSERT_FALSE(saved.isEmpty()) << "the writer saved nothing: " << writer.readAllStandardError().toStdString();
        totalEdits += int(saved.size());
        int lastRename = -1;
        for (int n : saved) {
            if (n % 2 == 0)
                savedInserts.insert(n);
            else
                lastRename = n;
        }

        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok()) << "kill " << k << ": " << store.error().message.toStdString();
        EXPECT_TRUE((*store)->integrityProblems().isEmpty()) << "kill " << k;
        auto plan = (*store)->load();
        ASSERT_TRUE(plan.ok());
        QSet<QString> lines;
        for (const auto &line : plan->lines)
            lines.insert(line.name);
        for (int n : std::as_const(savedInserts))
            ASSERT_TRUE(lines.contains(u"edit-%1"_s.arg(n))) << "kill " << k << ": lost edit " << n;
        // The plan name holds the last reported rename or a later one, never an earlier one.
        if (lastRename >= 0) {
            EXPECT_GE(plan->info.planName.mid(5).toInt(), lastRename) << "kill " << k;
        }
        // Edit saved.last() + 1 may have been committed without being reported: start after it.
        next = saved.last() + 2;
    }
    RecordProperty("kills", kills);
    RecordProperty("reported_edits", totalEdits);
    std::printf("%d kills survived, %d reported edits checked\n", kills, totalEdits);
}
#endif
