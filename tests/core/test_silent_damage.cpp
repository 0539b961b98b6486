// Silent damage (issue 19, item 7): SQLite pages carry no checksum of their own, so of 200
// bit-flipped copies of a plan 84 opened and 32 of those read changed content. Planea's checksum
// VFS (core/storage/ChecksumVfs) seals every page of a plan with a 64-bit checksum in its 8 reserved
// bytes and checks it on every read; PlanStore::open reads every page (integrity_check). Here: the
// bit-flip experiment with no silent change allowed, the once-only conversion of an old plan, a
// read-only open of an old plan, a plan edited by a tool without the VFS, backups and copies.
#include "SamplePlans.h"
#include "TempDir.h"
#include "backup/BackupManager.h"
#include "demo/DemoPlan.h"
#include "storage/ChecksumVfs.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int reserveBytes(const QString &path)
{
    const QByteArray header = readBytes(path).left(21);
    return header.size() == 21 ? int(static_cast<unsigned char>(header.at(20))) : -1;
}

/// Everything the plan holds, as text: every table's rows (sorted) and the schema itself.
QStringList dump(const PlanStore &store)
{
    QStringList out;
    auto tables = store.select(u"SELECT name, sql FROM sqlite_master ORDER BY name"_s);
    if (!tables)
        return { u"error: "_s + tables.error().message };
    for (const QVariantList &t : *tables) {
        out.append(u"schema "_s + t.value(0).toString() + u": "_s + t.value(1).toString());
        if (!t.value(1).toString().startsWith(u"CREATE TABLE"_s))
            continue;
        auto rows = store.select(u"SELECT * FROM \"%1\""_s.arg(t.value(0).toString()));
        if (!rows)
            return { u"error: "_s + rows.error().message };
        QStringList lines;
        for (const QVariantList &r : *rows) {
            QStringList cells;
            for (const QVariant &v : r)
                cells.append(v.isNull() ? u"∅"_s : v.toString());
            lines.append(t.value(0).toString() + u"|"_s + cells.join(u'|'));
        }
        lines.sort();
        out.append(lines);
    }
    return out;
}

QStringList dumpFile(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    options.leaveFilesAsTheyAre = true;
    auto store = PlanStore::open(path, options);
    if (!store)
        return { u"refused: "_s + store.error().message };
    return dump(**store);
}

bool isDamageMessage(const QString &message)
{
    return message.contains(u"dañad"_s) || message.contains(u"no es un plan"_s);
}

/// Runs SQL on `path` through SQLite's plain "unix" VFS, as a program without Planea's VFS would.
bool execWithoutTheVfs(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, "unix");
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString demoPlan(const TempDir &dir)
{
    const QString path = dir.path(u"demo.planea"_s);
    if (!QFile::exists(path)) {
        EXPECT_TRUE(demo::writeDemoPlan(path));
    }
    return path;
}

QString fixture(int version)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR "/schema/v%1.planea").arg(version);
}

} // namespace

TEST(SilentDamage, TheVfsIsTheProcessDefault)
{
    ASSERT_TRUE(storage::installChecksumVfs());
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    ASSERT_NE(vfs, nullptr);
    EXPECT_STREQ(vfs->zName, storage::checksumVfsName());
}

TEST(SilentDamage, EveryConnectionOfThisBuildGoesThroughPlaneasSqlite)
{
    // PlanStore hands the driver's handle to its own sqlite3_* calls only when the open went through
    // the VFS (a Qt SQL plugin with its own SQLite would not): here it always does, once per open.
    TempDir dir;
    const QString path = demoPlan(dir);
    const quint64 before = storage::mainDatabaseOpens();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-count"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw-count"_s);
    EXPECT_EQ(storage::mainDatabaseOpens(), before + 1);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_GT(storage::mainDatabaseOpens(), before + 1);
    EXPECT_EQ((*store)->load()->info.planName.isEmpty(), false);
}

TEST(SilentDamage, NewPlansReserveEightBytesPerPageAndSayIt)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    EXPECT_EQ(reserveBytes(path), storage::kChecksumReserveBytes);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_EQ((*store)->meta(u"page_checksums"_s), u"8"_s);
}

// The experiment of issue 19 as a test: 200 copies of the demo plan, each with 1 to 3 random bits
// flipped anywhere in the file (header, schema, tables, indexes, free space, the checksums
// themselves). Each copy is either refused with a Spanish message naming it, and left unchanged,
// or it opens and reads exactly what the original holds. No silent change is allowed.
TEST(SilentDamage, BitFlippedCopiesAreRefusedOrReadUnchanged)
{
    TempDir dir;
    const QString original = demoPlan(dir);
    const QByteArray bytes = readBytes(original);
    ASSERT_GT(bytes.size(), 4096);
    const QStringList expected = dumpFile(original);
    ASSERT_GT(expected.size(), 50);

    QRandomGenerator random(20261207);
    const int copies = qEnvironmentVariableIntValue("PLANEA_BITFLIP_COPIES") > 0
        ? qEnvironmentVariableIntValue("PLANEA_BITFLIP_COPIES")
        : 200;
    int refused = 0, readUnchanged = 0, silent = 0;
    const QString copy = dir.path(u"copia.planea"_s);
    for (int i = 0; i < copies; ++i) {
        QByteArray damaged = bytes;
        const int flips = 1 + int(random.bounded(3));
        QStringList where;
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = qsizetype(random.bounded(quint32(damaged.size())));
            const int bit = int(random.bounded(8));
            damaged[at] = char(damaged.at(at) ^ (1 << bit));
            where.append(u"byte %1 bit %2"_s.arg(at).arg(bit));
        }
        QFile::remove(copy + u"-journal"_s);
        ASSERT_TRUE(writeBytes(copy, damaged));
        auto store = PlanStore::open(copy);
        if (!store) {
            ++refused;
            EXPECT_TRUE(isDamageMessage(store.error().message))
                << where.join(u", "_s).toStdString() << ": " << store.error().message.toStdString();
            EXPECT_TRUE(store.error().message.contains(u"copia.planea"_s)) << store.error().message.toStdString();
            EXPECT_EQ(readBytes(copy), damaged) << "a refused copy was changed: " << where.join(u", "_s).toStdString();
            continue;
        }
        if (dump(**store) == expected) {
            ++readUnchanged;
        } else {
            ++silent;
            ADD_FAILURE() << "silent change after " << where.join(u", "_s).toStdString();
        }
    }
    std::cout << "[ bitflips ] " << copies << " copies: " << refused << " refused as damaged, " << readUnchanged
              << " opened and read unchanged, " << silent << " silently changed" << std::endl;
    EXPECT_EQ(silent, 0);
    EXPECT_EQ(refused + readUnchanged, copies);
}

TEST(SilentDamage, DamageMessageNamesThePageAndTheTableAndChangesNothing)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    // The last page of the file: a table or index page, never page 1.
    QByteArray bytes = readBytes(path);
    const qsizetype pageSize = 4096;
    ASSERT_EQ(bytes.size() % pageSize, 0);
    const qsizetype at = bytes.size() - pageSize + 2000;
    bytes[at] = char(bytes.at(at) ^ 0x10);
    ASSERT_TRUE(writeBytes(path, bytes));
    auto store = PlanStore::open(path);
    ASSERT_FALSE(store);
    const QString message = store.error().message;
    EXPECT_TRUE(message.contains(u"está dañado"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"página %1"_s.arg(bytes.size() / pageSize))) << message.toStdString();
    EXPECT_TRUE(message.contains(u"tabla «"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"No se modificó nada"_s)) << message.toStdString();
    EXPECT_EQ(store.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(readBytes(path), bytes);
    // Read-only opens check the pages too.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    EXPECT_FALSE(PlanStore::open(path, readOnly));
}

TEST(SilentDamage, CliCheckSaysDamagedAndExitsWithTwo)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.size() - 4096 + 1000;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    ASSERT_TRUE(writeBytes(path, bytes));
    const auto r = test::runCli({ u"--data-dir"_s, dir.path(u"datos"_s), u"check"_s, path });
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"está dañado"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"suma de verificación"_s)) << r.err.toStdString();
    EXPECT_EQ(readBytes(path), bytes);
}

TEST(SilentDamage, AFlippedReserveByteInTheHeaderIsCaught)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    QByteArray bytes = readBytes(path);
    bytes[20] = char(0); // 8 -> 0: the pages would be read unchecked
    ASSERT_TRUE(writeBytes(path, bytes));
    auto store = PlanStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"dañado"_s)) << store.error().message.toStdString();
    EXPECT_EQ(readBytes(path), bytes);
}

TEST(SilentDamage, OldPlanIsConvertedOnceOnAReadWriteOpenAndThenChecked)
{
    TempDir dir;
    const QString path = dir.path(u"antiguo.planea"_s);
    ASSERT_TRUE(QFile::copy(fixture(4), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(reserveBytes(path), 0);
    const QStringList before = dumpFile(path);
    ASSERT_FALSE(before.value(0).startsWith(u"refused"_s)) << before.value(0).toStdString();

    int backups = 0;
    OpenOptions options;
    options.backupHook = [&](PlanStore &, BackupReason reason) -> Status {
        EXPECT_EQ(reason, BackupReason::Migration);
        ++backups;
        return {};
    };
    {
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        EXPECT_EQ((*store)->meta(u"page_checksums"_s), u"8"_s);
    }
    EXPECT_EQ(backups, 1); // the backup before the conversion
    EXPECT_EQ(reserveBytes(path), storage::kChecksumReserveBytes);
    QStringList after = dumpFile(path);
    after.removeIf([](const QString &l) { return l.startsWith(u"meta|page_checksums|"_s); });
    EXPECT_EQ(after, before);

    // Once: the next open converts nothing and makes no backup.
    {
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store) << store.error().message.toStdString();
    }
    EXPECT_EQ(backups, 1);

    // And from now on it is checked.
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.size() - 4096 + 3000;
    bytes[at] = char(bytes.at(at) ^ 0x04);
    ASSERT_TRUE(writeBytes(path, bytes));
    auto damaged = PlanStore::open(path);
    ASSERT_FALSE(damaged);
    EXPECT_TRUE(damaged.error().message.contains(u"suma de verificación"_s)) << damaged.error().message.toStdString();
}

TEST(SilentDamage, OldSchemaPlanIsMigratedAndConvertedWithOneBackup)
{
    TempDir dir;
    const QString path = dir.path(u"v1.planea"_s);
    ASSERT_TRUE(QFile::copy(fixture(1), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    int backups = 0;
    OpenOptions options;
    options.backupHook = [&](PlanStore &, BackupReason) -> Status {
        ++backups;
        return {};
    };
    auto store = PlanStore::open(path, options);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_EQ(backups, 1);
    EXPECT_TRUE((*store)->hasAuditLog());
    store->reset();
    EXPECT_EQ(reserveBytes(path), storage::kChecksumReserveBytes);
    EXPECT_TRUE(PlanStore::open(path));
}

TEST(SilentDamage, ReadOnlyOpenOfAnOldPlanReadsItUncheckedAndUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"antiguo.planea"_s);
    ASSERT_TRUE(QFile::copy(fixture(4), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = readBytes(path);
    OpenOptions options;
    options.readOnly = true;
    {
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        EXPECT_TRUE((*store)->isReadOnly());
        auto plan = (*store)->load();
        ASSERT_TRUE(plan) << plan.error().message.toStdString();
    }
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_EQ(reserveBytes(path), 0);
}

TEST(SilentDamage, APlanEditedWithoutTheVfsIsDamaged)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    ASSERT_TRUE(execWithoutTheVfs(path, "UPDATE strategic_line SET name = 'Cambiada por otro programa'"));
    const QByteArray bytes = readBytes(path);
    EXPECT_EQ(reserveBytes(path), storage::kChecksumReserveBytes); // SQLite keeps the reserved bytes
    auto store = PlanStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"está dañado"_s)) << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(u"otro programa"_s)) << store.error().message.toStdString();
    EXPECT_EQ(readBytes(path), bytes);
}

TEST(SilentDamage, APlanEditedByPythonsSqliteIsDamaged)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        GTEST_SKIP() << "python3 not found";
    TempDir dir;
    const QString path = demoPlan(dir);
    QProcess p;
    p.start(python,
            { u"-c"_s,
              u"import sqlite3,sys\n"
              u"c=sqlite3.connect(sys.argv[1])\n"
              u"c.execute(\"UPDATE plan SET entity_name='Editado en Python'\")\n"
              u"c.commit()\nc.close()\n"_s,
              path });
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    auto store = PlanStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message.contains(u"está dañado"_s)) << store.error().message.toStdString();
}

TEST(SilentDamage, RawConnectionsInThisProcessKeepTheChecksumsRight)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-silent"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"UPDATE strategic_line SET name = name || ' (cambiada)'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw-silent"_s);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    auto plan = (*store)->load();
    ASSERT_TRUE(plan);
    ASSERT_FALSE(plan->lines.empty());
    EXPECT_TRUE(plan->lines.front().name.endsWith(u" (cambiada)"_s));
}

TEST(SilentDamage, BackupsAndCopiesKeepTheirChecksums)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    BackupManager manager(dir.path(u"datos"_s));
    auto backup = manager.backup(**store, BackupReason::Manual);
    ASSERT_TRUE(backup) << backup.error().message.toStdString();
    const QString copy = dir.path(u"copia.planea"_s);
    ASSERT_TRUE(BackupManager::saveCopy(**store, copy));
    const QStringList expected = dump(**store);
    store->reset();

    for (const QString &file : { backup->path, copy }) {
        SCOPED_TRACE(file.toStdString());
        EXPECT_EQ(reserveBytes(file), storage::kChecksumReserveBytes);
        EXPECT_EQ(dumpFile(file), expected);
        // Checked: a flipped bit in the copy is refused.
        QByteArray bytes = readBytes(file);
        const QString flipped = dir.path(u"volteada.planea"_s);
        QFile::remove(flipped);
        const qsizetype at = bytes.size() - 4096 + 1234;
        bytes[at] = char(bytes.at(at) ^ 0x40);
        ASSERT_TRUE(writeBytes(flipped, bytes));
        EXPECT_TRUE(dumpFile(flipped).value(0).startsWith(u"refused"_s));
    }
    // Restoring the backup gives a plan that opens checked.
    auto restored = manager.restore(path, *backup);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    EXPECT_EQ(reserveBytes(path), storage::kChecksumReserveBytes);
    EXPECT_EQ(dumpFile(path), expected);
}

TEST(SilentDamage, AChecksumIsAFunctionOfEveryBit)
{
    std::vector<unsigned char> page(4088, 0);
    for (size_t i = 0; i < page.size(); ++i)
        page[i] = static_cast<unsigned char>(i * 31 + 7);
    const quint64 base = storage::pageChecksum(page.data(), int(page.size()));
    int same = 0;
    for (size_t byte = 0; byte < page.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            page[byte] ^= static_cast<unsigned char>(1 << bit);
            same += storage::pageChecksum(page.data(), int(page.size())) == base;
            page[byte] ^= static_cast<unsigned char>(1 << bit);
        }
    }
    EXPECT_EQ(same, 0);
}

// The two checks complement each other: a backup changed through SQLite with its page checksums
// right (an in-process connection) still opens, and its SHA-256 still tells it was changed.
TEST(SilentDamage, ABackupChangedWithItsChecksumsRightIsCaughtByItsSha256)
{
    TempDir dir;
    const QString path = demoPlan(dir);
    BackupManager manager(dir.path(u"datos"_s));
    BackupInfo copy;
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        auto made = manager.backup(**store, BackupReason::Manual);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        copy = *made;
    }
    ASSERT_TRUE(BackupManager::isIntact(copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-backup"_s);
        db.setDatabaseName(copy.path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"UPDATE strategic_line SET name = 'Otra'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw-backup"_s);
    EXPECT_FALSE(dumpFile(copy.path).value(0).startsWith(u"refused"_s));
    EXPECT_FALSE(BackupManager::isIntact(copy));
}
