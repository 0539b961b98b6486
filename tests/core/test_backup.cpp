// Rotating backups of a plan in the data folder: made complete, summarised without opening the
// plan, not repeated when nothing changed, pruned by the retention policy, and restored
// atomically after keeping the current state (even a damaged one).
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/Approval.h"
#include "backup/BackupManager.h"
#include "demo/DemoPlan.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

qint64 addLine(PlanStore &store, const QString &name)
{
    auto id = store.insert(Table::StrategicLine, { { u"name"_s, name }, { u"sort_order"_s, 1 } });
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
}

QStringList lineNames(const QString &path)
{
    OpenOptions ro;
    ro.readOnly = true;
    auto store = PlanStore::open(path, ro);
    EXPECT_TRUE(store.ok()) << msg(store.error());
    if (!store)
        return {};
    auto plan = (*store)->load();
    EXPECT_TRUE(plan.ok());
    QStringList names;
    if (plan) {
        for (const auto &l : plan->lines)
            names.append(l.name);
    }
    return names;
}

// Moves a backup's recorded creation time (the summary is what the policy reads).
void backdate(const BackupInfo &b, const QDateTime &when)
{
    const QString json = b.path.chopped(7) + u".json"_s;
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(u"created"_s, when.toString(Qt::ISODateWithMs));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

TEST(Backup, CopyIsACompletePlanWithASummaryReadableWithoutOpeningIt)
{
    TempDir dir;
    const QString path = dir.path(u"Buenavista.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(path));
    BackupManager backups(dir.path(u"data"_s));
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    const PlanData plan = *(*store)->load();

    auto made = backups.backup(**store, BackupReason::Open);
    ASSERT_TRUE(made.ok()) << msg(made.error());
    EXPECT_TRUE(made->path.startsWith(dir.path(u"data/backups/Buenavista-"_s))) << made->path.toStdString();
    EXPECT_EQ(made->reason, u"open"_s);
    EXPECT_EQ(made->lines, plan.lines.size());
    EXPECT_EQ(made->goals, plan.indicators.size());
    EXPECT_GT(made->lines, 0);
    EXPECT_GT(made->goals, 0);
    EXPECT_TRUE(made->planName.contains(plan.info.entity.name));
    EXPECT_TRUE(made->lastChange.isValid());

    // The list comes from the summaries alone.
    const auto listed = backups.list(path);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].path, made->path);
    EXPECT_EQ(listed[0].lines, made->lines);
    EXPECT_EQ(listed[0].goals, made->goals);
    EXPECT_EQ(listed[0].createdAt, made->createdAt);
    EXPECT_FALSE(BackupManager::reasonText(listed[0].reason).isEmpty());

    // The copy is a sound plan holding the same content, and no temporary file is left.
    store->reset();
    EXPECT_EQ(lineNames(made->path).size(), plan.lines.size());
    const QStringList leftovers = QDir(backups.folderFor(path)).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(leftovers.size(), 2) << leftovers.join(u", "_s).toStdString(); // the copy and its summary
}

TEST(Backup, RoutineBackupIsSkippedWhenNothingChangedButNotAfterAnEdit)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto store = test::createEmptyPlan(path);
    BackupManager backups(dir.path(u"data"_s));
    auto first = backups.backup(*store, BackupReason::Open);
    ASSERT_TRUE(first.ok()) << msg(first.error());
    auto again = backups.backup(*store, BackupReason::Periodic);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->path, first->path);
    EXPECT_EQ(backups.list(path).size(), 1);

    addLine(*store, u"Agua para todos"_s);
    auto afterEdit = backups.backup(*store, BackupReason::Periodic);
    ASSERT_TRUE(afterEdit.ok());
    EXPECT_NE(afterEdit->path, first->path);
    EXPECT_EQ(afterEdit->lines, 1);
    // Approval, import and migration backups are always made.
    auto approval = backups.backup(*store, BackupReason::Approval);
    ASSERT_TRUE(approval.ok());
    EXPECT_NE(approval->path, afterEdit->path);
    const auto listed = backups.list(path);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].reason, u"approval"_s); // newest first
    EXPECT_EQ(listed[2].reason, u"open"_s);
}

TEST(Backup, ReopeningAnUnchangedPlanAddsNoBackup)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    BackupManager backups(dir.path(u"data"_s));
    // As the window does it: when the file was last written is noted before opening (which
    // writes to it).
    auto openAndBackUp = [&]() -> std::unique_ptr<PlanStore> {
        const QDateTime lastChange = QFileInfo(path).lastModified();
        auto store = PlanStore::open(path);
        EXPECT_TRUE(store.ok());
        if (!store)
            return nullptr;
        auto made = backups.backup(**store, BackupReason::Open, lastChange);
        EXPECT_TRUE(made.ok());
        return std::move(*store);
    };
    for (int i = 0; i < 3; ++i)
        openAndBackUp();
    EXPECT_EQ(backups.list(path).size(), 1);
    // An edit in a session is backed up at the next opening.
    {
        auto store = openAndBackUp();
        ASSERT_TRUE(store);
        addLine(*store, u"Nueva"_s);
    }
    // File times come from the kernel's coarse clock (a few milliseconds behind the wall clock), so
    // an edit made within milliseconds of the opening backup can carry an earlier time than that
    // backup. A person's edit comes later than that; say so explicitly instead of depending on it.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(1), QFileDevice::FileModificationTime));
    }
    openAndBackUp();
    EXPECT_EQ(backups.list(path).size(), 2);
}

TEST(Backup, RetentionKeepsTheLatestAndOnePerDayForAMonth)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto store = test::createEmptyPlan(path);
    BackupManager backups(dir.path(u"data"_s), RetentionPolicy { 3, 30 });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 20 backups: four on each of the days 0, 10, 20, 35 and 50 days ago.
    QList<int> ages;
    for (int age : { 50, 35, 20, 10, 0 }) {
        for (int k = 0; k < 4; ++k) {
            addLine(*store, u"Línea %1-%2"_s.arg(age).arg(k));
            auto b = backups.backup(*store, u"manual"_s, false);
            ASSERT_TRUE(b.ok()) << msg(b.error());
            backdate(*b, now.addDays(-age).addSecs(k * 60 - 3600 * 4));
        }
    }
    backups.prune(path, now);
    const auto kept = backups.list(path);
    // The newest 3 (all from today), plus the newest of days 10 and 20. Days 35 and 50 are gone.
    ASSERT_EQ(kept.size(), 5);
    for (const auto &b : kept)
        EXPECT_LT(b.createdAt.daysTo(now), 30);
    EXPECT_EQ(kept[3].createdAt.date(), now.addDays(-10).addSecs(-3600 * 4).date());
    EXPECT_EQ(QDir(backups.folderFor(path)).entryList(QDir::Files).size(), 10); // .planea + .json each
}

TEST(Backup, RestoreBringsBackTheCopyAndKeepsTheCurrentState)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    BackupInfo good;
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Antes"_s);
        good = *backups.backup(*store, BackupReason::Manual);
        addLine(*store, u"Después"_s);
    }
    auto previous = backups.restore(path, good);
    ASSERT_TRUE(previous.ok()) << msg(previous.error());
    EXPECT_EQ(lineNames(path), QStringList { u"Antes"_s });
    EXPECT_EQ(previous->reason, u"before-restore"_s);
    EXPECT_EQ(lineNames(previous->path), (QStringList { u"Antes"_s, u"Después"_s }));
    // The state before restoring can itself be restored: nothing is ever lost.
    ASSERT_TRUE(backups.restore(path, *previous).ok());
    EXPECT_EQ(lineNames(path), (QStringList { u"Antes"_s, u"Después"_s }));
}

TEST(Backup, RestoreOverADamagedPlanKeepsTheDamagedFileByteForByte)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    BackupInfo good;
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Salud rural"_s);
        good = *backups.backup(*store, BackupReason::Manual);
    }
    QByteArray bytes = test::readBytes(path);
    for (qsizetype i = 1024; i < bytes.size(); i += 7)
        bytes[i] = char(bytes[i] ^ 0x5a);
    test::writeBytes(path, bytes);
    ASSERT_FALSE(PlanStore::open(path).ok());

    auto previous = backups.restore(path, good);
    ASSERT_TRUE(previous.ok()) << msg(previous.error());
    EXPECT_EQ(previous->reason, u"damaged"_s);
    EXPECT_EQ(test::readBytes(previous->path), bytes);
    EXPECT_EQ(lineNames(path), QStringList { u"Salud rural"_s });
}

TEST(Backup, RestoreMovesALeftoverJournalAsideSoItIsNotAppliedToTheCopy)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    BackupInfo good;
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Vías terciarias"_s);
        good = *backups.backup(*store, BackupReason::Manual);
    }
    QFile::remove(path);
    test::writeBytes(path + u"-journal"_s, QByteArray(4096, '\x17'));
    auto previous = backups.restore(path, good);
    ASSERT_TRUE(previous.ok()) << msg(previous.error());
    EXPECT_FALSE(QFileInfo::exists(path + u"-journal"_s));
    EXPECT_EQ(lineNames(path), QStringList { u"Vías terciarias"_s });
    const QStringList aside = QDir(backups.folderFor(path)).entryList({ u"*-leftover-journal"_s });
    EXPECT_EQ(aside.size(), 1);
}

TEST(Backup, DamagedBackupIsRefusedAndThePlanIsUntouched)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    BackupInfo copy;
    {
        auto store = test::createEmptyPlan(path);
        copy = *backups.backup(*store, BackupReason::Manual);
        addLine(*store, u"Actual"_s);
    }
    test::writeBytes(copy.path, QByteArray("SQLite format 3\0", 16) + QByteArray(3000, 'x'));
    const QByteArray before = test::readBytes(path);
    // Without a recorded SHA-256 (the hash check has its own test below), the copy must still open.
    copy.fingerprint.clear();
    auto restored = backups.restore(path, copy);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().message.contains(u"no se puede usar"_s)) << msg(restored.error());
    EXPECT_EQ(test::readBytes(path), before);
    EXPECT_EQ(backups.list(path).size(), 1); // no "before-restore" copy either
}

TEST(Backup, RestoreIsRefusedWhileThePlanIsOpen)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    auto store = test::createEmptyPlan(path);
    const BackupInfo copy = *backups.backup(*store, BackupReason::Manual);
    addLine(*store, u"Abierta"_s);
    auto restored = backups.restore(path, copy);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, Error::Kind::Locked);
    store.reset();
    EXPECT_EQ(lineNames(path), QStringList { u"Abierta"_s });
}

TEST(Backup, ApprovalMakesABackupThroughTheHook)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    {
        auto created = test::createEmptyPlan(path);
        addLine(*created, u"Desarrollo rural"_s);
    }
    BackupManager backups(dir.path(u"data"_s));
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    auto approved = approval::approve(**store, u"Acuerdo 005 de 2028"_s, QDate(2028, 5, 30), backups.hook());
    ASSERT_TRUE(approved.ok()) << msg(approved.error());
    const auto listed = backups.list(path);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].reason, u"approval"_s);
    // The copy is the plan before approval.
    store->reset();
    OpenOptions ro;
    ro.readOnly = true;
    auto copy = PlanStore::open(listed[0].path, ro);
    ASSERT_TRUE(copy.ok());
    EXPECT_FALSE(approval::isApproved((*copy)->load()->info));
}

TEST(Backup, FolderDependsOnThePlanPathAndNeverOnItsContent)
{
    BackupManager backups(u"/datos"_s);
    EXPECT_NE(backups.folderFor(u"/a/plan.planea"_s), backups.folderFor(u"/b/plan.planea"_s));
    EXPECT_EQ(backups.folderFor(u"/a/plan.planea"_s), backups.folderFor(u"/a/../a/plan.planea"_s));
    EXPECT_TRUE(backups.folderFor(u"/a/Plan de Desarrollo: 2028?.planea"_s).startsWith(u"/datos/backups/Plan_de_"_s));
    EXPECT_TRUE(backups.list(u"/no/such/plan.planea"_s).isEmpty());
    EXPECT_FALSE(backups.latest(u"/no/such/plan.planea"_s).has_value());
}

TEST(Backup, SaveCopyReplacesATargetOnlyWithACompleteCopyAndNeverThePlanItself)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    auto store = test::createEmptyPlan(path);
    addLine(*store, u"Educación"_s);
    const QString target = dir.path(u"copia.planea"_s);
    test::writeBytes(target, "viejo");
    ASSERT_TRUE(BackupManager::saveCopy(*store, target).ok());
    EXPECT_EQ(lineNames(target), QStringList { u"Educación"_s });
    auto itself = BackupManager::saveCopy(*store, path);
    ASSERT_FALSE(itself.ok());
    EXPECT_TRUE(itself.error().message.contains(u"el plan mismo"_s)) << msg(itself.error());
    auto nowhere = BackupManager::saveCopy(*store, dir.path(u"no/existe/copia.planea"_s));
    ASSERT_FALSE(nowhere.ok());
    EXPECT_TRUE(QDir(dir.root()).entryList({ u".copia*"_s }, QDir::Files | QDir::Hidden).isEmpty()); // no temp
}

namespace {

// Changes one byte of the line name inside the backup: the page stays valid SQLite (its pages
// carry no checksum), so only the recorded SHA-256 can tell.
void alterLineNameInside(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = test::readBytes(path);
    const qsizetype at = bytes.indexOf(from);
    ASSERT_GE(at, 0);
    bytes.replace(at, from.size(), to);
    test::writeBytes(path, bytes);
}

void makeOld(const QString &path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * BackupManager::kLeftoverAgeSeconds),
                              QFileDevice::FileModificationTime));
}

} // namespace

TEST(Backup, BackupWhoseBytesNoLongerMatchItsSha256IsRefusedNamingItAndThePlanIsUntouched)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    BackupInfo copy;
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Agua potable para todos"_s);
        copy = *backups.backup(*store, BackupReason::Manual);
        addLine(*store, u"Actual"_s);
    }
    ASSERT_FALSE(copy.fingerprint.isEmpty());
    EXPECT_TRUE(BackupManager::isIntact(copy));
    alterLineNameInside(copy.path, "Agua potable", "Agua potablf");
    // Since the page checksums (test_silent_damage) the altered copy no longer opens either; the
    // SHA-256 is still checked first, and still catches a copy changed with its checksums right.
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = PlanStore::open(copy.path, readOnly);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().message.contains(u"suma de verificación"_s)) << msg(opened.error());
    }
    EXPECT_FALSE(BackupManager::isIntact(backups.list(path).value(0)));

    const QByteArray before = test::readBytes(path);
    auto restored = backups.restore(path, backups.list(path).value(0));
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(restored.error().message.contains(u"está dañada"_s)) << msg(restored.error());
    EXPECT_TRUE(restored.error().message.contains(QFileInfo(copy.path).fileName())) << msg(restored.error());
    EXPECT_EQ(test::readBytes(path), before);
    EXPECT_EQ(backups.list(path).size(), 1); // no "before-restore" copy either
}

TEST(Backup, LeftoversOfAKilledBackupArePrunedButNotOnesThatMayStillBeWritten)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    BackupManager backups(dir.path(u"data"_s));
    auto store = test::createEmptyPlan(path);
    const BackupInfo kept = *backups.backup(*store, BackupReason::Manual);
    const QDir folder(backups.folderFor(path));
    // What a backup killed at each step leaves: the hidden VACUUM INTO copy (full plan size), the
    // renamed copy without its summary, and (a summary whose copy was deleted by hand) the reverse.
    const QString partial = folder.filePath(u".partial-0b8c7a3e-killed"_s);
    const QString noSummary = folder.filePath(u"20261201-101010-000-open.planea"_s);
    const QString noCopy = folder.filePath(u"20261201-111111-000-periodic.json"_s);
    const QString youngPartial = folder.filePath(u".partial-being-written"_s);
    ASSERT_TRUE(QFile::copy(kept.path, partial));
    ASSERT_TRUE(QFile::copy(kept.path, noSummary));
    ASSERT_TRUE(QFile::copy(kept.path.chopped(7) + u".json"_s, noCopy));
    ASSERT_TRUE(QFile::copy(kept.path, youngPartial));
    for (const QString &f : { partial, noSummary, noCopy })
        makeOld(f);
    EXPECT_EQ(backups.list(path).size(), 1); // none of them is listed

    EXPECT_EQ(backups.removeLeftovers(path), 3);
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_FALSE(QFile::exists(noSummary));
    EXPECT_FALSE(QFile::exists(noCopy));
    EXPECT_TRUE(QFile::exists(youngPartial));
    EXPECT_TRUE(QFile::exists(kept.path));
    EXPECT_TRUE(QFile::exists(kept.path.chopped(7) + u".json"_s));

    // The next backup prunes them too.
    ASSERT_TRUE(QFile::copy(kept.path, partial));
    makeOld(partial);
    addLine(*store, u"Otra"_s);
    ASSERT_TRUE(backups.backup(*store, BackupReason::Manual).ok());
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_EQ(backups.list(path).size(), 2);
}

namespace {

class BackupCli : public ::testing::Test
{
protected:
    test::CliResult cli(QStringList args) const
    {
        args.prepend(m_dir.path(u"datos"_s));
        args.prepend(u"--data-dir"_s);
        return test::runCli(args);
    }
    TempDir m_dir;
};

} // namespace

TEST_F(BackupCli, ListGivesEveryCopyAsJsonAndRestoreBringsOneBack)
{
    const QString path = m_dir.path(u"plan.planea"_s);
    BackupManager backups(m_dir.path(u"datos"_s));
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Primera"_s);
        ASSERT_TRUE(backups.backup(*store, BackupReason::Manual).ok());
        addLine(*store, u"Segunda"_s);
    }
    const test::CliResult list = cli({ u"backup"_s, u"list"_s, path, u"--json"_s });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(list.out.toUtf8()).object();
    const QJsonArray copies = o.value(u"copias"_s).toArray();
    ASSERT_EQ(copies.size(), 1) << list.out.toStdString();
    const QJsonObject first = copies.at(0).toObject();
    EXPECT_EQ(first.value(u"numero"_s).toInt(), 1);
    EXPECT_EQ(first.value(u"motivo"_s).toString(), u"manual"_s);
    EXPECT_EQ(first.value(u"lineas"_s).toInt(), 1);
    EXPECT_TRUE(first.value(u"integra"_s).toBool());
    EXPECT_EQ(first.value(u"sha256"_s).toString().size(), 64);
    EXPECT_TRUE(QFile::exists(first.value(u"ruta"_s).toString()));

    const test::CliResult restore = cli({ u"backup"_s, u"restore"_s, path, u"1"_s });
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(u"Se restauró"_s)) << restore.out.toStdString();
    EXPECT_EQ(lineNames(path), QStringList { u"Primera"_s });
    // The state before the restore is now a backup too (two lines).
    const QList<BackupInfo> after = backups.list(path);
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.first().reason, u"before-restore"_s);
    EXPECT_EQ(after.first().lines, 2);
}

TEST_F(BackupCli, DamagedCopyIsShownAndItsRestoreRefusedWithExit2)
{
    const QString path = m_dir.path(u"plan.planea"_s);
    BackupManager backups(m_dir.path(u"datos"_s));
    BackupInfo copy;
    {
        auto store = test::createEmptyPlan(path);
        addLine(*store, u"Agua potable para todos"_s);
        copy = *backups.backup(*store, BackupReason::Manual);
        addLine(*store, u"Actual"_s);
    }
    alterLineNameInside(copy.path, "Agua potable", "Agua potablf");
    const test::CliResult list = cli({ u"backup"_s, u"list"_s, path });
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(u"DAÑADA"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.err.contains(u"SHA-256"_s)) << list.err.toStdString();

    const QByteArray before = test::readBytes(path);
    const test::CliResult restore = cli({ u"backup"_s, u"restore"_s, path, QFileInfo(copy.path).fileName() });
    EXPECT_EQ(restore.exitCode, 2);
    EXPECT_TRUE(restore.err.contains(u"está dañada"_s)) << restore.err.toStdString();
    EXPECT_TRUE(restore.err.contains(QFileInfo(copy.path).fileName())) << restore.err.toStdString();
    EXPECT_EQ(test::readBytes(path), before);

    const test::CliResult unknown = cli({ u"backup"_s, u"restore"_s, path, u"7"_s });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"backup list"_s)) << unknown.err.toStdString();
    EXPECT_EQ(test::readBytes(path), before);
}
