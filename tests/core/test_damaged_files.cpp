// Damaged and unusual plan files, beyond the basic cases in test_storage: bit flips, random bytes
// behind a valid header, truncation at every page, a wrong page size, a journal or WAL left
// behind (with and without its plan), a hot journal that SQLite must roll back, a WAL-mode plan,
// a folder named like a plan, and a full disk. Each gets a clear Spanish answer or opens sound;
// nothing crashes and a refused file is never changed.
#include "SamplePlans.h"
#include "TempDir.h"
#include "backup/FileLocation.h"
#include "demo/DemoPlan.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

std::string msg(const Error &e)
{
    return e.message.toStdString();
}

// A message for the user: Spanish words, names the file, no raw SQLite error codes alone.
void expectClearSpanish(const Error &e, const QString &fileName)
{
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_TRUE(e.message.contains(fileName)) << msg(e);
    static const QStringList spanish
        = { u"plan"_s, u"archivo"_s, u"dañado"_s, u"no es"_s, u"no existe"_s, u"truncado"_s, u"vacío"_s };
    bool found = false;
    for (const QString &w : spanish)
        found = found || e.message.contains(w);
    EXPECT_TRUE(found) << msg(e);
}

int countLines(PlanStore &store)
{
    auto plan = store.load();
    return plan ? int(plan->lines.size()) : -1;
}

// Raw SQL on a plan file, as another program would do it.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QString::number(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

TEST(DamagedFiles, BitFlipsGetAnAnswerAndNeverACrash)
{
    TempDir dir;
    const QString original = dir.path(u"demo.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(original));
    const QByteArray bytes = test::readBytes(original);
    QRandomGenerator random(1987);
    int opened = 0;
    int refused = 0;
    const int variants = 150;
    for (int v = 0; v < variants; ++v) {
        QByteArray damaged = bytes;
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = qsizetype(random.bounded(quint32(damaged.size())));
            damaged[at] = char(damaged[at] ^ (1 << random.bounded(8)));
        }
        const QString path = dir.path(u"flip-%1.planea"_s.arg(v));
        test::writeBytes(path, damaged);
        auto store = PlanStore::open(path);
        if (store) {
            // A flip in unused space or in a text: the plan opens and is sound for SQLite. Reading
            // it may still find a value it cannot use (a broken date, a code of the wrong kind):
            // then loading says so, and the window shows that message instead of the plan.
            EXPECT_TRUE((*store)->integrityProblems().isEmpty());
            auto plan = (*store)->load();
            if (plan) {
                ++opened;
            } else {
                EXPECT_FALSE(plan.error().message.isEmpty());
                ++refused;
            }
        } else {
            expectClearSpanish(store.error(), u"flip-%1.planea"_s.arg(v));
            ++refused;
        }
        store = Error::internal({});
        QFile::remove(path);
    }
    EXPECT_EQ(opened + refused, variants);
    EXPECT_GT(refused, 0);
    std::printf("[ bit flips ] %d variants: %d opened and loaded, %d refused with a message\n", variants, opened,
                refused);
}

TEST(DamagedFiles, RandomBytesBehindAValidHeaderAreRefusedUnchanged)
{
    TempDir dir;
    QRandomGenerator random(404);
    for (int v = 0; v < 30; ++v) {
        QByteArray bytes("SQLite format 3\0", 16);
        const int size = 512 + int(random.bounded(20000));
        while (bytes.size() < size)
            bytes.append(char(random.bounded(256)));
        const QString path = dir.path(u"random-%1.planea"_s.arg(v));
        test::writeBytes(path, bytes);
        auto store = PlanStore::open(path);
        ASSERT_FALSE(store.ok()) << "variant " << v;
        expectClearSpanish(store.error(), u"random-%1.planea"_s.arg(v));
        EXPECT_EQ(test::readBytes(path), bytes);
    }
}

TEST(DamagedFiles, TruncationAtEveryPageIsRefusedUnchanged)
{
    TempDir dir;
    const QString original = dir.path(u"demo.planea"_s);
    ASSERT_TRUE(demo::writeDemoPlan(original));
    const QByteArray bytes = test::readBytes(original);
    const int page = 4096;
    int tried = 0;
    for (qsizetype size = page / 2; size < bytes.size(); size += page) {
        const QString path = dir.path(u"cut.planea"_s);
        test::writeBytes(path, bytes.left(size));
        auto store = PlanStore::open(path);
        ASSERT_FALSE(store.ok()) << "truncated to " << size << " bytes opened";
        expectClearSpanish(store.error(), u"cut.planea"_s);
        EXPECT_EQ(test::readBytes(path), bytes.left(size));
        ++tried;
    }
    EXPECT_GT(tried, 3);
}

TEST(DamagedFiles, WrongPageSizeInTheHeaderIsRefused)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    QByteArray bytes = test::readBytes(path);
    bytes[16] = 0x03; // page size 0x0300 = 768: not a power of two
    bytes[17] = 0x00;
    test::writeBytes(path, bytes);
    auto store = PlanStore::open(path);
    ASSERT_FALSE(store.ok());
    expectClearSpanish(store.error(), u"plan.planea"_s);
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(DamagedFiles, FolderNamedLikeAPlanIsRefused)
{
    TempDir dir;
    QDir().mkpath(dir.path(u"carpeta.planea"_s));
    auto store = PlanStore::open(dir.path(u"carpeta.planea"_s));
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(u"carpeta"_s)) << msg(store.error());
}

TEST(DamagedFiles, JournalOrWalWithoutItsPlanIsReportedAsAMissingPlan)
{
    TempDir dir;
    for (const QString &suffix : { u"-journal"_s, u"-wal"_s }) {
        const QString path = dir.path(u"perdido.planea"_s);
        test::writeBytes(path + suffix, QByteArray(2048, '\x42'));
        auto store = PlanStore::open(path);
        ASSERT_FALSE(store.ok());
        EXPECT_TRUE(store.error().message.contains(u"no existe"_s)) << msg(store.error());
        // The leftover is not deleted: it may be all that remains of the user's work.
        EXPECT_TRUE(QFileInfo::exists(path + suffix));
        EXPECT_FALSE(QFileInfo::exists(path));
        QFile::remove(path + suffix);
    }
}

TEST(DamagedFiles, HotJournalIsRolledBackToTheLastSavedState)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store->insert(Table::StrategicLine, { { u"name"_s, u"Guardada"_s } }).ok());
    }
    // Another connection starts a big transaction with a tiny page cache, so SQLite spills
    // changed pages into the plan file (after syncing the journal). Copying the plan and its
    // journal at that moment is what a power cut in the middle of a save leaves on the disk.
    const QString crashed = dir.path(u"crashed/plan.planea"_s);
    QDir().mkpath(dir.path(u"crashed"_s));
    {
        RawDb raw(path);
        raw.exec(u"PRAGMA cache_size = 2"_s);
        raw.exec(u"BEGIN"_s);
        for (int i = 0; i < 300; ++i)
            raw.exec(u"INSERT INTO strategic_line (name, description) VALUES ('A medias %1', '%2')"_s.arg(i).arg(
                QString(500, u'x')));
        ASSERT_TRUE(QFileInfo::exists(path + u"-journal"_s));
        ASSERT_NE(test::readBytes(path).size(), 0);
        test::writeBytes(crashed, test::readBytes(path));
        test::writeBytes(crashed + u"-journal"_s, test::readBytes(path + u"-journal"_s));
        raw.exec(u"ROLLBACK"_s);
    }
    // The copied plan alone holds half a transaction; with its journal it is rolled back.
    EXPECT_NE(test::readBytes(crashed), test::readBytes(path));
    auto store = PlanStore::open(crashed);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ(countLines(**store), 1);
    EXPECT_TRUE((*store)->integrityProblems().isEmpty());
}

TEST(DamagedFiles, StrayWalBesideAPlanIsIgnored)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store->insert(Table::StrategicLine, { { u"name"_s, u"Intacta"_s } }).ok());
    }
    test::writeBytes(path + u"-wal"_s, QByteArray(8192, '\x7f'));
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ(countLines(**store), 1);
}

TEST(DamagedFiles, WalModePlanWithItsWalKeepsItsEditsAndReturnsToTheRollbackJournal)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    const QString copy = dir.path(u"copia/plan.planea"_s);
    QDir().mkpath(dir.path(u"copia"_s));
    {
        // Someone switched the plan to WAL with another tool and edited it; the edit is only
        // in the -wal file when the files are copied.
        RawDb raw(path);
        raw.exec(u"PRAGMA journal_mode = WAL"_s);
        raw.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        raw.exec(u"INSERT INTO strategic_line (name) VALUES ('Solo en el WAL')"_s);
        ASSERT_TRUE(QFileInfo::exists(path + u"-wal"_s));
        test::writeBytes(copy, test::readBytes(path));
        test::writeBytes(copy + u"-wal"_s, test::readBytes(path + u"-wal"_s));
    }
    auto store = PlanStore::open(copy);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ(countLines(**store), 1);
    auto mode = (*store)->select(u"PRAGMA journal_mode"_s);
    ASSERT_TRUE(mode.ok());
    EXPECT_EQ(mode->value(0).value(0).toString(), u"delete"_s);
    store->reset();
    EXPECT_FALSE(QFileInfo::exists(copy + u"-wal"_s));
}

TEST(DamagedFiles, FullDiskRefusesTheChangeWithAClearMessageAndKeepsThePlanSound)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    int saved = 0;
    {
        auto store = test::createEmptyPlan(path);
        // A size limit on the file, as a full disk would impose: SQLite answers SQLITE_FULL.
        auto pages = store->select(u"PRAGMA page_count"_s);
        ASSERT_TRUE(pages.ok());
        ASSERT_TRUE(store->select(u"PRAGMA max_page_count = %1"_s.arg(pages->value(0).value(0).toInt() + 3)).ok());
        Error failure;
        for (int i = 0; i < 100; ++i) {
            auto id = store->insert(Table::StrategicLine,
                                    { { u"name"_s, u"Línea %1"_s.arg(i) }, { u"description"_s, QString(3000, u'z') } });
            if (!id) {
                failure = id.error();
                break;
            }
            ++saved;
        }
        ASSERT_LT(saved, 100) << "the size limit was never reached";
        EXPECT_EQ(failure.kind, Error::Kind::Io);
        EXPECT_TRUE(failure.message.contains(u"El disco está lleno"_s)) << msg(failure);
        EXPECT_TRUE(failure.message.contains(u"plan.planea"_s)) << msg(failure);
        // The plan stays usable: a small edit still fits.
        EXPECT_TRUE(store->setMeta(u"nota"_s, u"ok"_s).ok());
    }
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << msg(store.error());
    EXPECT_EQ(countLines(**store), saved);
}

#ifdef Q_OS_UNIX
TEST(DamagedFiles, PlanInAReadOnlyFolderOpensReadOnlyAndSaysWhy)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "running as root: folder permissions are not enforced";
    TempDir dir;
    const QString folder = dir.path(u"solo-lectura"_s);
    QDir().mkpath(folder);
    const QString path = folder + u"/plan.planea"_s;
    test::createEmptyPlan(path).reset();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok()) << msg(store.error());
        EXPECT_TRUE((*store)->isReadOnly());
        EXPECT_TRUE((*store)->openNotice().contains(u"solo lectura"_s)) << (*store)->openNotice().toStdString();
        EXPECT_FALSE((*store)->insert(Table::StrategicLine, { { u"name"_s, u"x"_s } }).ok());
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
#endif

TEST(FileLocation, NetworkAndCloudFoldersAreRecognisedByTheirPath)
{
    using K = FileLocation::Kind;
    EXPECT_EQ(classifyPathText(u"\\\\alcaldia-srv\\planeacion\\plan.planea"_s).kind, K::Network);
    EXPECT_EQ(classifyPathText(u"\\\\alcaldia-srv\\planeacion\\plan.planea"_s).what, u"\\\\alcaldia-srv"_s);
    EXPECT_EQ(classifyPathText(u"//nas/datos/plan.planea"_s).kind, K::Network);
    EXPECT_EQ(classifyPathText(u"\\\\?\\UNC\\srv\\share\\plan.planea"_s).kind, K::Network);
    EXPECT_EQ(classifyPathText(u"\\\\?\\C:\\Planes\\plan.planea"_s).kind, K::Local);
    EXPECT_EQ(classifyPathText(u"C:\\Users\\ana\\OneDrive\\Planes\\plan.planea"_s).what, u"OneDrive"_s);
    EXPECT_EQ(classifyPathText(u"C:\\Users\\ana\\OneDrive - Alcaldía de Filandia\\plan.planea"_s).kind, K::CloudSync);
    EXPECT_EQ(classifyPathText(u"/home/ana/Dropbox/plan.planea"_s).what, u"Dropbox"_s);
    EXPECT_EQ(classifyPathText(u"G:\\Mi unidad\\plan.planea"_s).what, u"Google Drive"_s);
    EXPECT_EQ(classifyPathText(u"/Users/ana/Library/Mobile Documents/plan.planea"_s).what, u"iCloud Drive"_s);
    EXPECT_EQ(classifyPathText(u"C:\\Planes\\plan.planea"_s).kind, K::Local);
    // Only folders count: a plan named after a service is not in one.
    EXPECT_EQ(classifyPathText(u"C:\\Planes\\OneDrive"_s).kind, K::Local);
    EXPECT_EQ(classifyPathText(u"/home/ana/OneDriveNotes/plan.planea"_s).kind, K::Local);
    EXPECT_TRUE(classifyPathText(u"C:\\Planes\\plan.planea"_s).warning().isEmpty());
    EXPECT_TRUE(classifyPathText(u"/home/ana/Dropbox/plan.planea"_s).warning().contains(u"Dropbox"_s));
    EXPECT_TRUE(classifyPathText(u"//nas/datos/plan.planea"_s).warning().contains(u"copia"_s));
}

TEST(FileLocation, ATemporaryFolderIsLocal)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    test::createEmptyPlan(path).reset();
    const FileLocation where = classifyLocation(path);
    // Test machines keep /tmp on a local disk (or tmpfs).
    EXPECT_EQ(where.kind, FileLocation::Kind::Local) << where.what.toStdString();
}
