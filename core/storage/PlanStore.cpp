#include "PlanStore.h"

#include "ChecksumVfs.h"
#include "PlanInfoRecord.h"
#include "PlaneaVersion.h"
#include "util/SafeWrite.h"
#include "util/TempFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <filesystem>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

// Page checksums for every plan this process opens, and for every other connection of the process
// (raw QSqlDatabase connections in tests, the Qt driver's own): registered before main().
[[maybe_unused]] const bool g_checksumVfsInstalled = storage::installChecksumVfs();

/// The meta key saying the plan was given page checksums (then a header without them is damage).
const QString PageChecksumsKey = u"page_checksums"_s;

sqlite3 *driverHandle(const QSqlDatabase &database)
{
    const QVariant v = database.driver() ? database.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// SQLite's primary result codes, as the Qt driver reports them in nativeErrorCode().
constexpr int SqliteError = 1;
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;

int fullCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// A null QString would be stored as SQL NULL; text columns want '' for "nothing typed".
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(u""_s));
    return v;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

// The audit trail stores values as text; a null stays null (an invalid QVariant: bindable()
// would turn a null QString into '').
QVariant auditText(const QVariant &v)
{
    if (v.isNull())
        return QVariant();
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return auditText(a).toString() == auditText(b).toString();
}

QString rowJson(const QVariantMap &row)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

// A short description of an item for the history: its code and its name (or text).
QString itemLabel(Table table, const QVariantMap &row)
{
    if (!schema::hasIntegerId(table)) {
        QStringList parts;
        for (const QString &c : schema::keyColumns(table))
            parts.append(row.value(c).toString());
        return parts.join(u" · "_s);
    }
    static const QStringList nameColumns { u"name"_s,        u"title"_s, u"text"_s,       u"problem"_s,
                                           u"description"_s, u"act"_s,   u"entity_name"_s };
    QStringList parts;
    const QString code = row.value(u"code"_s).toString();
    if (!code.isEmpty())
        parts.append(code);
    for (const QString &c : nameColumns) {
        const QString text = row.value(c).toString().simplified();
        if (!text.isEmpty()) {
            parts.append(text.size() > 80 ? text.left(79) + u"…"_s : text);
            break;
        }
    }
    return parts.join(u" "_s);
}

QString rowKeyText(Table table, const QVariantMap &row)
{
    QStringList parts;
    for (const QString &c : schema::keyColumns(table))
        parts.append(c + u'=' + row.value(c).toString());
    return parts.join(u';');
}

} // namespace

PlanStore::PlanStore(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_actor(systemUserName())
{
}

PlanStore::~PlanStore()
{
    m_statements.clear();
    {
        QSqlDatabase database = db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error PlanStore::sqlError(const QString &what, const QSqlError &error) const
{
    const int code = primaryCode(error);
    const QString name = displayPath(m_path);
    // A page whose checksum does not match (ChecksumVfs): silent damage, caught.
    if (fullCode(error) == SQLITE_IOERR_DATA)
        return checksumDamage(m_opening);
    if (code == SqliteBusy || code == SqliteLocked) {
        return { Error::Kind::Locked,
                 tr("The plan «%1» is open in another Planea window or another program. Close it there "
                    "first, or open a copy of the file.")
                     .arg(name) };
    }
    if (code == SqliteCorrupt || code == SqliteNotADb) {
        return Error::badInput(tr("The plan «%1» is damaged and cannot be read (%2). Restore a backup copy.")
                                   .arg(name, error.databaseText()));
    }
    if (code == SqliteFull)
        return Error::io(
            tr("The disk is full: the change to «%1» was not saved. Free some space and try again.").arg(name));
    // Every other SQLite error as a Spanish sentence (what, where, why); SQLite's own English words
    // stay only as a detail in parentheses for a support request.
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case SqliteError:
        // e.g. «no such column: title»: the tables are not the ones Planea wrote.
        return Error::badInput(tr("Could not %1 in «%2»: the file does not have the structure Planea expects; it "
                                  "is damaged or was changed by another program. Restore a backup copy. (SQLite: "
                                  "%3)")
                                   .arg(what, name, detail));
    case SqlitePerm:
    case SqliteReadOnly:
        return Error::io(tr("Could not %1 in «%2»: the file or its folder cannot be written to. (SQLite: %3)")
                             .arg(what, name, detail));
    case SqliteIoErr:
        return Error::io(tr("Could not %1 in «%2»: the disk reported a read or write error (it may be full, "
                            "removed or failing). (SQLite: %3)")
                             .arg(what, name, detail));
    case SqliteCantOpen:
        return Error::io(tr("Could not %1 in «%2»: the file cannot be opened (a missing folder, no permission or "
                            "too many open files). (SQLite: %3)")
                             .arg(what, name, detail));
    case SqliteConstraint:
        return Error::internal(tr("Could not %1 in «%2»: the change breaks a rule of the plan's file; nothing was "
                                  "saved. Please report it. (SQLite: %3)")
                                   .arg(what, name, detail));
    default:
        break;
    }
    return Error::internal(tr("Could not %1 in «%2»: an unexpected storage error; nothing was saved. Please "
                              "report it. (SQLite: %3)")
                               .arg(what, name, detail));
}

Status PlanStore::exec(const QString &sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return sqlError(tr("run a storage operation"), query.lastError());
    return {};
}

Status PlanStore::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return sqlError(tr("save the change"), query.lastError());
    return {};
}

Result<QSqlQuery *> PlanStore::statement(const QString &sql)
{
    // Bulk work (the generator, importers) repeats a handful of statements thousands of times:
    // prepare each once per open plan.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return sqlError(tr("save the change"), query.lastError());
        it = m_statements.insert(sql, query);
    }
    return &it.value();
}

Result<std::unique_ptr<PlanStore>> PlanStore::connect(const QString &path, bool readOnly, bool creating)
{
    const QString connectionName = u"planea-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PlanStore> store(new PlanStore(path, connectionName, readOnly));
    {
        // Keep no QSqlDatabase handle alive past this block: the store's destructor removes the
        // connection, and Qt warns about handles still in use.
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        database.setDatabaseName(path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=0"_s;
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        database.setConnectOptions(options);
        const quint64 opensBefore = storage::mainDatabaseOpens();
        if (!database.open())
            return Error::io(tr("Could not open «%1»: the file cannot be opened (a missing folder, no permission or "
                                "too many open files). (SQLite: %2)")
                                 .arg(displayPath(path), database.lastError().text()));
        // Only a connection made by the SQLite library Planea links went through its VFS.
        store->m_ownSqlite = storage::mainDatabaseOpens() > opensBefore;
        if (sqlite3 *handle = store->m_ownSqlite ? driverHandle(database) : nullptr) {
            // Extended codes tell a page checksum mismatch (SQLITE_IOERR_DATA) from other I/O errors.
            sqlite3_extended_result_codes(handle, 1);
            if (creating) {
                // A new plan reserves 8 bytes per page for its checksums, before its first page.
                int reserve = storage::kChecksumReserveBytes;
                sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
            }
        }
    }
    if (auto status = store->configure(creating); !status)
        return status.error();
    return store;
}

Status PlanStore::configure(bool /*creating*/)
{
    // Exclusive locking: the first write lock is kept until the file is closed, so no other
    // process can read a plan that is being edited, and no -shm file is needed.
    if (!m_readOnly) {
        if (auto s = exec(u"PRAGMA locking_mode = EXCLUSIVE"_s); !s)
            return s;
    }
    if (auto s = exec(u"PRAGMA foreign_keys = ON"_s); !s)
        return s;
    if (!m_readOnly) {
        if (auto s = exec(u"PRAGMA journal_mode = DELETE"_s); !s)
            return s;
        if (auto s = exec(u"PRAGMA synchronous = FULL"_s); !s)
            return s;
    }

    // Check that the settings took.
    auto fk = select(u"PRAGMA foreign_keys"_s);
    if (!fk)
        return fk.error();
    if (fk->isEmpty() || fk->first().value(0).toInt() != 1)
        return Error::internal(tr("SQLite refused to enforce foreign keys."));
    if (!m_readOnly) {
        auto mode = select(u"PRAGMA journal_mode"_s);
        if (!mode)
            return mode.error();
        if (mode->isEmpty() || mode->first().value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0)
            return Error::internal(tr("SQLite refused the rollback journal mode."));
        // Take the lock now rather than at the first edit, so a second instance is told at once.
        if (auto s = exec(u"BEGIN EXCLUSIVE"_s); !s)
            return s;
        if (auto s = exec(u"COMMIT"_s); !s)
            return s;
    } else {
        // A read-only open still must not read a file that another process is changing.
        auto probe = select(u"SELECT count(*) FROM sqlite_master"_s);
        if (!probe)
            return probe.error();
    }
    return {};
}

Status PlanStore::checkIdentity() const
{
    auto rows = select(u"SELECT (SELECT application_id FROM pragma_application_id), "
                       u"(SELECT user_version FROM pragma_user_version), "
                       u"(SELECT count(*) FROM sqlite_master)"_s);
    if (!rows)
        return rows.error();
    const QVariantList row = rows->value(0);
    const int appId = row.value(0).toInt();
    const int version = row.value(1).toInt();
    const int objects = row.value(2).toInt();
    const QString name = displayPath(m_path);
    if (appId != schema::ApplicationId) {
        if (objects == 0)
            return Error::badInput(tr("«%1» is an empty database: it holds no plan.").arg(name));
        return Error::badInput(tr("«%1» is a SQLite database, but not a Planea plan.").arg(name));
    }
    if (version > schema::CurrentVersion) {
        return Error { Error::Kind::NewerVersion,
                       tr("The plan «%1» was saved by a newer version of Planea (file format %2; this version "
                          "reads up to %3). Update Planea to open it; the file was not changed.")
                           .arg(name)
                           .arg(version)
                           .arg(schema::CurrentVersion) };
    }
    if (version < 1)
        return Error::badInput(tr("The plan «%1» has no valid format version; it may be damaged.").arg(name));
    return {};
}

namespace {

/// A journal whose header is still valid: SQLite will roll it back at the next read. Planea's
/// exclusive-lock commits zero the header, so a journal left after a clean save is not hot.
bool hasHotJournal(const QString &planPath)
{
    QFile journal(planPath + u"-journal"_s);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    return journal.read(8) == magic;
}

} // namespace

Result<std::unique_ptr<PlanStore>> PlanStore::open(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    const QString name = displayPath(path);
    if (!info.exists())
        return Error::badInput(tr("The file «%1» does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return Error::badInput(tr("«%1» is a folder, not a plan file.").arg(name));
    // Temporary plans a killed Planea left beside this one (docs/RELIABILITY.md, guarantee 14).
    if (!options.leaveFilesAsTheyAre)
        removeStaleTempFiles(info.absolutePath());
    if (info.size() == 0)
        return Error::badInput(tr("The file «%1» is empty (0 bytes): it holds no plan.").arg(name));
    bool walMode = false;
    bool headerReservesChecksums = false;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(tr("Cannot read «%1»: %2").arg(name, file.errorString()));
        const QByteArray header = file.read(21);
        if (!header.startsWith(SqliteMagic))
            return Error::badInput(tr("«%1» is not a Planea plan (it is not a SQLite database).").arg(name));
        if (info.size() < 512)
            return Error::badInput(tr("The plan «%1» is truncated (only %2 bytes).").arg(name).arg(info.size()));
        // Bytes 18 and 19: 1 for a rollback-journal file (Planea's), 2 for WAL mode.
        walMode = header.size() >= 20 && header.at(18) == 2;
        headerReservesChecksums = header.size() == 21 && header.at(20) == storage::kChecksumReserveBytes;
    }

    bool readOnly = options.readOnly;
    QString notice;
    if (!readOnly) {
        const QFileInfo dir(info.absolutePath());
        if (!info.isWritable() || !dir.isWritable()) {
            readOnly = true;
            notice = tr("«%1» or its folder cannot be written to: the plan is open read-only. Save a copy "
                        "elsewhere to edit it.")
                         .arg(name);
        }
    }

    // A hot journal (a save cut off by a crash or a power cut) must be rolled back before the plan
    // can be read: a read-only connection cannot do it and fails with "attempt to write a readonly
    // database". Roll it back in place when the file can be written, else on a private copy.
    QString openPath = path;
    QString recovery;
    std::shared_ptr<QTemporaryDir> recoveredCopy;
    const bool writable = !(options.readOnly && options.leaveFilesAsTheyAre) && info.isWritable()
        && QFileInfo(info.absolutePath()).isWritable();

    // Planea never uses WAL mode: a -wal or -shm beside a rollback-journal plan belongs to some
    // other copy or tool, and SQLite would apply that WAL to this plan for good. Move it aside with
    // a time stamp; where the folder cannot be written, read a private copy of the plan without it.
    // (A plan whose header says WAL was switched by another tool: its -wal holds its own edits.)
    bool strayAside = false;
    if (!walMode) {
        const QString when = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss"_s);
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
            const QString stray = path + suffix;
            if (!QFileInfo::exists(stray))
                continue;
            const QString aside = stray + u".apartado-"_s + when;
            if (writable && QFile::rename(stray, aside)) {
                recovery += (recovery.isEmpty() ? QString() : u"\n"_s)
                    + tr("Beside «%1» there was a file «%2» that Planea does not use (Planea does not work in WAL "
                         "mode); it was moved aside as «%3» without applying it.")
                          .arg(name, QFileInfo(stray).fileName(), QFileInfo(aside).fileName());
            } else {
                strayAside = true;
                recovery += (recovery.isEmpty() ? QString() : u"\n"_s)
                    + tr("Beside «%1» there is a file «%2» that Planea does not use (Planea does not work in WAL "
                         "mode) and that cannot be moved aside here: the plan is read without it, from a private "
                         "copy; nothing was changed.")
                          .arg(name, QFileInfo(stray).fileName());
            }
        }
        if (strayAside) {
            readOnly = true;
            recoveredCopy = std::make_shared<QTemporaryDir>();
            openPath = QDir(recoveredCopy->path()).filePath(info.fileName());
            const bool hot = hasHotJournal(path);
            if (!recoveredCopy->isValid() || !QFile::copy(path, openPath)
                || (hot && !QFile::copy(path + u"-journal"_s, openPath + u"-journal"_s))) {
                return Error::io(tr("No private copy of the plan «%1» could be made (is the disk full?); the file "
                                    "was not changed.")
                                     .arg(name));
            }
            for (const QString &copy : QStringList { openPath, openPath + u"-journal"_s })
                QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    if (readOnly && hasHotJournal(openPath)) {
        if (!writable && !recoveredCopy) {
            recoveredCopy = std::make_shared<QTemporaryDir>();
            openPath = QDir(recoveredCopy->path()).filePath(info.fileName());
            if (!recoveredCopy->isValid() || !QFile::copy(path, openPath)
                || !QFile::copy(path + u"-journal"_s, openPath + u"-journal"_s)) {
                return Error::io(tr("The plan «%1» holds a save that was cut off, and no private copy could be made "
                                    "to undo it (is the disk full?); the file was not changed.")
                                     .arg(name));
            }
            // QFile::copy keeps the read-only permissions, and SQLite must write the copies.
            for (const QString &copy : QStringList { openPath, openPath + u"-journal"_s })
                QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        }
        {
            auto rollingBack = connect(openPath, false, false);
            if (!rollingBack)
                return rollingBack.error();
        }
        if (hasHotJournal(openPath))
            return Error::badInput(
                tr("The plan «%1» holds a save that was cut off and SQLite could not undo it; the file was not "
                   "changed. Restore a backup copy.")
                    .arg(name));
        recovery += (recovery.isEmpty() ? QString() : u"\n"_s);
        recovery += writable && !strayAside
            ? tr("A save that was cut off in «%1» (Planea or the computer stopped during a change) "
                 "was undone: the plan is as it was after its last saved change.")
                  .arg(name)
            : tr("«%1» holds a save that was cut off (Planea or the computer stopped during a "
                 "change) and cannot be written here: Planea undid it on a private copy and shows "
                 "the plan as it was after its last saved change; the file itself was not changed.")
                  .arg(name);
    }

    auto store = connect(openPath, readOnly, false);
    if (!store)
        return store.error();
    if (!recovery.isEmpty()) {
        (*store)->m_recoveredCopy = recoveredCopy;
        (*store)->m_recoveryNotice = recovery;
        notice = notice.isEmpty() ? recovery : notice + u"\n\n"_s + recovery;
    }
    (*store)->m_openNotice = notice;
    (*store)->m_opening = true;
    if (auto s = (*store)->checkIdentity(); !s)
        return s.error();
    // A plan given checksums whose header no longer reserves their bytes (a flipped byte 20): the
    // pages would be read unchecked.
    if (!headerReservesChecksums && !(*store)->meta(PageChecksumsKey).isEmpty()) {
        return Error::badInput(tr("The plan «%1» is damaged: the start of the file no longer says that its pages "
                                  "carry checksums, so their content cannot be trusted. Nothing was changed in the "
                                  "file. Restore a backup copy.")
                                   .arg(name));
    }
    // integrity_check reads every page of every table and index: each page's checksum is checked.
    storage::clearLastChecksumMismatch();
    const QStringList problems = (*store)->integrityProblems();
    if (storage::lastChecksumMismatch())
        return (*store)->checksumDamage(true);
    if (!problems.isEmpty()) {
        return Error::badInput(
            tr("The plan «%1» is damaged: %2. Restore a backup copy.").arg(name, problems.mid(0, 3).join(u"; "_s)));
    }
    if (!readOnly && options.readOnlyWhen && options.readOnlyWhen(**store)) {
        // Reconnect read-only (the exclusive lock is released first); the checks above hold.
        store.value().reset();
        auto again = connect(path, true, false);
        if (!again)
            return again.error();
        store = std::move(again);
        readOnly = true;
        (*store)->m_openNotice = notice;
    }
    bool migrated = false;
    if ((*store)->schemaVersion() < schema::CurrentVersion) {
        migrated = !readOnly;
        if (readOnly) {
            // Nothing may be written, so the file is read as it is: every older schema is a subset
            // of the current one (versions only add tables and defaulted columns): the missing
            // audit trail reads as empty and a missing goal code as ''. The update happens the next time the plan is
            // opened with write access.
            const QString older = tr("The plan «%1» was made by an older Planea; it is shown without its change "
                                     "history and will be updated when it is opened with permission to write.")
                                      .arg(name);
            (*store)->m_openNotice = notice.isEmpty() ? older : notice + u"\n\n"_s + older;
        } else if (auto s = (*store)->migrate(options); !s) {
            return s.error();
        }
    }
    // A plan from before the page checksums gets them once, at its first read-write open (a read-only
    // open reads it unchecked, as it is).
    if (!readOnly && !(*store)->m_ownSqlite && (*store)->hasPageChecksums()) {
        // Writes made through another SQLite would leave every changed page with a stale checksum.
        return Error::internal(
            tr("This installation of Planea reads plans through a SQLite library other than its own (its Qt "
               "SQL driver brings one), so it cannot keep the page checksums of «%1»: changing the plan would "
               "make it look damaged. Nothing was changed. Open the plan read-only, or install Planea from "
               "its official package.")
                .arg(displayPath(path)));
    }
    if (!readOnly && (*store)->m_ownSqlite && !(*store)->hasPageChecksums()) {
        if (auto s = (*store)->addPageChecksums(options, migrated); !s)
            return s.error();
    }
    (*store)->m_opening = false;
    (*store)->m_hasAuditLog = (*store)->schemaVersion() >= 2;
    (*store)->m_hasGoalCode = (*store)->schemaVersion() >= 3;
    (*store)->m_hasOfficialFigures = (*store)->schemaVersion() >= 4;
    // Written only when it changes: opening a plan must not modify the file.
    if (!readOnly && (*store)->meta(u"last_written_with"_s) != QStringLiteral(PLANEA_VERSION_STRING)) {
        if (auto s = (*store)->setMeta(u"last_written_with"_s, QStringLiteral(PLANEA_VERSION_STRING)); !s)
            return s.error();
    }
    return store;
}

Result<std::unique_ptr<PlanStore>> PlanStore::create(const QString &path, const PlanInfo &info)
{
    if (QFileInfo::exists(path))
        return Error::badInput(tr("The file «%1» already exists.").arg(QDir::toNativeSeparators(path)));
    auto store = connect(path, false, true);
    if (!store)
        return store.error();
    PlanStore &s = **store;
    // The new plan's history starts with one "created" entry, not with every field of it.
    s.m_auditSuspended = true;
    auto status = s.transaction([&]() -> Status {
        if (auto st = s.createSchema(schema::CurrentVersion); !st)
            return st;
        if (auto st = s.exec(u"PRAGMA application_id = %1"_s.arg(schema::ApplicationId)); !st)
            return st;
        if (auto st = s.exec(u"PRAGMA user_version = %1"_s.arg(schema::CurrentVersion)); !st)
            return st;
        QSqlQuery q(s.db());
        q.prepare(u"INSERT INTO plan (id, entity_code, entity_name, term_start_year) VALUES (1, '', '', :y)"_s);
        q.bindValue(u":y"_s, info.term.startYear);
        if (auto st = s.exec(q); !st)
            return st;
        const QVariantMap fields = planInfoToColumns(info);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (auto st = s.setPlanField(it.key(), it.value()); !st)
                return st;
        }
        if (auto st = s.setMeta(u"created_with"_s, QStringLiteral(PLANEA_VERSION_STRING)); !st)
            return st;
        // Written here too, so that the first read-write open of a new plan finds nothing to change.
        if (auto st = s.setMeta(u"last_written_with"_s, QStringLiteral(PLANEA_VERSION_STRING)); !st)
            return st;
        if (auto st = s.setMeta(u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)); !st)
            return st;
        if (s.hasPageChecksums()) {
            if (auto st = s.setMeta(PageChecksumsKey, QString::number(storage::kChecksumReserveBytes)); !st)
                return st;
        }
        // The plan's identity across its copies (follow-up forms, merges): every copy keeps it.
        if (auto st = s.setMeta(u"plan_uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)); !st)
            return st;
        s.m_hasAuditLog = true;
        s.m_hasGoalCode = true;
        s.m_hasOfficialFigures = true;
        s.m_auditSuspended = false;
        auto planRow = s.fetchRows(Table::Plan, u"id = 1"_s, {});
        if (!planRow)
            return planRow.error();
        return s.auditRow(AuditAction::Insert, Table::Plan, planRow->value(0), {}, {}, rowJson(planRow->value(0)));
    });
    if (!status) {
        store->reset();
        QFile::remove(path);
        return status.error();
    }
    return store;
}

Status PlanStore::createSchema(int version)
{
    const QStringList statements = schema::createStatements(version);
    if (statements.isEmpty())
        return Error::internal(tr("The schema of version %1 is missing from this build.").arg(version));
    for (const QString &sql : statements) {
        if (auto s = exec(sql); !s)
            return s;
    }
    return {};
}

Status PlanStore::migrate(const OpenOptions &options)
{
    if (options.backupHook) {
        if (auto s = options.backupHook(*this, BackupReason::Migration); !s)
            return s;
    }
    // Each step takes the file from version N to N+1; all steps run in one transaction, so a
    // failure leaves the file as it was.
    return transaction([&]() -> Status {
        int version = schemaVersion();
        while (version < schema::CurrentVersion) {
            const QStringList statements = schema::migrationStatements(version + 1);
            if (statements.isEmpty())
                return Error::internal(tr("No migration from file format %1.").arg(version));
            // Version 2 adds the audit trail, version 3 the goal's own code (an empty column):
            // plain SQL deltas. Later steps that move data get their code here, keyed by `version`.
            for (const QString &sql : statements) {
                if (auto s = exec(sql); !s)
                    return s;
            }
            ++version;
            if (auto s = exec(u"PRAGMA user_version = %1"_s.arg(version)); !s)
                return s;
        }
        return {};
    });
}

sqlite3 *PlanStore::sqliteHandle() const
{
    return m_ownSqlite ? driverHandle(db()) : nullptr;
}

bool PlanStore::hasPageChecksums() const
{
    sqlite3 *handle = sqliteHandle();
    if (!handle) {
        // Another SQLite library: the header says whether the file reserves the bytes.
        QFile file(m_path);
        const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(21) : QByteArray();
        return header.size() == 21 && header.at(20) == storage::kChecksumReserveBytes;
    }
    int reserve = -1; // only asks
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
        return false;
    return reserve == storage::kChecksumReserveBytes;
}

Status PlanStore::addPageChecksums(const OpenOptions &options, bool backedUp)
{
    if (!backedUp && options.backupHook) {
        if (auto s = options.backupHook(*this, BackupReason::Migration); !s)
            return s;
    }
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return {}; // another SQLite library (see open()): the plan stays as it is, without checksums
    int reserve = storage::kChecksumReserveBytes;
    sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    // Until VACUUM writes the new page 1, the VFS holds the checksums of the pages written.
    sqlite3_file_control(handle, "main", storage::kFcntlReserveChangePending, nullptr);
    m_statements.clear(); // VACUUM needs no statement in progress
    // VACUUM rewrites every page in one transaction: a cut leaves the old file (its journal).
    if (auto s = exec(u"VACUUM"_s); !s)
        return s;
    QFile file(m_path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(21) : QByteArray();
    if (header.size() != 21 || header.at(20) != storage::kChecksumReserveBytes)
        return Error::internal(
            tr("SQLite did not reserve room for the page checksums of «%1».").arg(displayPath(m_path)));
    return setMeta(PageChecksumsKey, QString::number(storage::kChecksumReserveBytes));
}

Error PlanStore::checksumDamage(bool findTable) const
{
    const auto mismatch = storage::lastChecksumMismatch();
    const QString name = displayPath(m_path);
    const qint64 page = mismatch ? mismatch->page : 0;
    QString table;
    if (findTable && page == 1) {
        table = u"sqlite_schema"_s;
    } else if (findTable && page > 1) {
        // dbstat walks every table with the checks off; a damaged structure just leaves it unknown.
        storage::ChecksumBypass bypass;
        QSqlQuery q(db());
        if (q.prepare(u"SELECT coalesce((SELECT tbl_name FROM sqlite_master WHERE name = d.name), d.name) "
                      u"FROM dbstat AS d WHERE d.pageno = ?"_s)) {
            q.addBindValue(page);
            if (q.exec() && q.next())
                table = q.value(0).toString();
        }
    }
    QString where;
    if (page > 0 && !table.isEmpty())
        where = tr("page %1 of the file (table «%2»)").arg(page).arg(table);
    else if (page > 0)
        where = tr("page %1 of the file").arg(page);
    else
        where = tr("a page of the file");
    return Error::badInput(tr("The plan «%1» is damaged: %2 no longer holds what Planea wrote there (its checksum "
                              "does not match), so the plan cannot be trusted. The disk, a USB stick or a copy "
                              "changed it, or another program edited the file. Nothing was changed in the file. "
                              "Restore a backup copy.")
                               .arg(name, where));
}

int PlanStore::schemaVersion() const
{
    auto rows = select(u"PRAGMA user_version"_s);
    return rows && !rows->isEmpty() ? rows->first().value(0).toInt() : 0;
}

Status PlanStore::transaction(const std::function<Status()> &body)
{
    if (auto s = requireWritable(); !s)
        return s;
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = body();
        --m_transactionDepth;
        return result;
    }
    if (auto s = exec(u"BEGIN"_s); !s)
        return s;
    ++m_transactionDepth;
    Status result = body();
    --m_transactionDepth;
    if (!result) {
        (void)exec(u"ROLLBACK"_s);
        return result;
    }
    if (auto s = exec(u"COMMIT"_s); !s) {
        (void)exec(u"ROLLBACK"_s);
        return s;
    }
    return {};
}

Status PlanStore::requireWritable() const
{
    if (m_readOnly)
        return Error::badInput(tr("The plan «%1» is open read-only; nothing was changed.").arg(displayPath(m_path)));
    return {};
}

Status PlanStore::checkColumns(Table table, const QStringList &columns) const
{
    if (!m_columns.contains(table)) {
        QStringList names;
        QSqlQuery q(db());
        if (q.exec(u"PRAGMA table_info(%1)"_s.arg(schema::tableName(table)))) {
            while (q.next())
                names.append(q.value(1).toString());
        }
        m_columns.insert(table, names);
    }
    const QStringList &known = m_columns[table];
    for (const QString &c : columns) {
        if (!known.contains(c))
            return Error::internal(tr("Unknown column %1 in table %2.").arg(c, schema::tableName(table)));
    }
    return {};
}

namespace {

// "INSERT INTO t (a, b) VALUES (?, ?)" for the given verb ("INSERT", "INSERT OR REPLACE").
QString insertStatement(const QString &verb, Table table, const QStringList &columns)
{
    if (columns.isEmpty())
        return u"%1 INTO %2 DEFAULT VALUES"_s.arg(verb, schema::tableName(table));
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(u"?"_s);
    return u"%1 INTO %2 (%3) VALUES (%4)"_s.arg(verb, schema::tableName(table), columns.join(u", "_s),
                                                placeholders.join(u", "_s));
}

} // namespace

Result<QSqlQuery *> PlanStore::write(const QString &sql, const QVariantList &bindings)
{
    auto prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = **prepared;
    for (const QVariant &v : bindings)
        q.addBindValue(bindable(v));
    if (auto s = exec(q); !s)
        return s.error();
    return &q;
}

Result<qint64> PlanStore::insert(Table table, const QVariantMap &values)
{
    if (auto s = checkColumns(table, values.keys()); !s)
        return s.error();
    qint64 id = 0;
    auto status = transaction([&]() -> Status {
        auto q = write(insertStatement(u"INSERT"_s, table, values.keys()), values.values());
        if (!q)
            return q.error();
        id = (*q)->lastInsertId().toLongLong();
        if (!audited(table))
            return {};
        QVariantMap row = values;
        if (schema::hasIntegerId(table))
            row.insert(u"id"_s, id);
        return auditRow(AuditAction::Insert, table, row, {}, {}, rowJson(row));
    });
    if (!status)
        return status.error();
    emit rowInserted(table, id);
    return id;
}

Status PlanStore::update(Table table, qint64 id, const QString &column, const QVariant &value)
{
    if (auto s = checkColumns(table, { column }); !s)
        return s;
    auto status = transaction([&]() -> Status {
        QVariantMap before;
        if (audited(table)) {
            auto rows = fetchRows(table, u"id = ?"_s, { id });
            if (!rows)
                return rows.error();
            before = rows->value(0);
        }
        auto q = write(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(schema::tableName(table), column), { value, id });
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error::badInput(tr("The item no longer exists (%1 %2).").arg(schema::tableName(table)).arg(id));
        if (!audited(table) || sameValue(before.value(column), bindable(value)))
            return {};
        QVariantMap after = before;
        after.insert(column, value);
        return auditRow(AuditAction::Update, table, after, column, before.value(column), bindable(value));
    });
    if (status)
        emit valueChanged(table, id, column);
    return status;
}

Status PlanStore::remove(Table table, qint64 id)
{
    auto status = transaction([&]() -> Status {
        QList<QVariantMap> before;
        if (audited(table)) {
            auto rows = fetchRows(table, u"id = ?"_s, { id });
            if (!rows)
                return rows.error();
            before = *rows;
        }
        auto q = write(u"DELETE FROM %1 WHERE id = ?"_s.arg(schema::tableName(table)), { id });
        if (!q)
            return q.error();
        // Rows removed with it by ON DELETE CASCADE are inside this row's history, not separate.
        for (const QVariantMap &row : before) {
            if (auto s = auditRow(AuditAction::Delete, table, row, {}, rowJson(row), {}); !s)
                return s;
        }
        return {};
    });
    if (status)
        emit rowRemoved(table, id);
    return status;
}

Status PlanStore::upsert(Table table, const QVariantMap &values)
{
    if (auto s = checkColumns(table, values.keys()); !s)
        return s;
    auto status = transaction([&]() -> Status {
        QList<QVariantMap> before;
        const QStringList keys = schema::keyColumns(table);
        if (audited(table) && !keys.isEmpty()) {
            QStringList conditions;
            QVariantList bindings;
            for (const QString &k : keys) {
                conditions.append(k + u" = ?"_s);
                bindings.append(values.value(k));
            }
            auto rows = fetchRows(table, conditions.join(u" AND "_s), bindings);
            if (!rows)
                return rows.error();
            before = *rows;
        }
        auto q = write(insertStatement(u"INSERT OR REPLACE"_s, table, values.keys()), values.values());
        if (!q)
            return q.error();
        if (!audited(table) || keys.isEmpty())
            return {};
        if (before.isEmpty())
            return auditRow(AuditAction::Insert, table, values, {}, {}, rowJson(values));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (keys.contains(it.key()) || sameValue(before[0].value(it.key()), bindable(it.value())))
                continue;
            if (auto s = auditRow(AuditAction::Update, table, values, it.key(), before[0].value(it.key()),
                                  bindable(it.value()));
                !s)
                return s;
        }
        return {};
    });
    if (status)
        emit tableChanged(table);
    return status;
}

Status PlanStore::removeWhere(Table table, const QVariantMap &match)
{
    if (auto s = checkColumns(table, match.keys()); !s)
        return s;
    auto status = transaction([&]() -> Status {
        QStringList conditions;
        for (const QString &column : match.keys())
            conditions.append(column + u" = ?"_s);
        const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
        QList<QVariantMap> before;
        if (audited(table)) {
            auto rows = fetchRows(table, conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s), match.values());
            if (!rows)
                return rows.error();
            before = *rows;
        }
        auto q = write(u"DELETE FROM %1%2"_s.arg(schema::tableName(table), where), match.values());
        if (!q)
            return q.error();
        for (const QVariantMap &row : before) {
            if (auto s = auditRow(AuditAction::Delete, table, row, {}, rowJson(row), {}); !s)
                return s;
        }
        return {};
    });
    if (status)
        emit tableChanged(table);
    return status;
}

Result<QVariant> PlanStore::value(Table table, qint64 id, const QString &column) const
{
    if (auto s = checkColumns(table, { column }); !s)
        return s.error();
    auto rows = select(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, schema::tableName(table)), { id });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::badInput(tr("The item no longer exists (%1 %2).").arg(schema::tableName(table)).arg(id));
    return rows->first().value(0);
}

Result<QList<QVariantMap>> PlanStore::fetchRows(Table table, const QString &where, const QVariantList &bindings)
{
    auto prepared = statement(u"SELECT * FROM %1 WHERE %2"_s.arg(schema::tableName(table), where));
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = **prepared;
    for (const QVariant &v : bindings)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return sqlError(tr("read the plan"), q.lastError());
    QList<QVariantMap> rows;
    const QSqlRecord record = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows.append(std::move(row));
    }
    q.finish();
    return rows;
}

Status PlanStore::auditRow(AuditAction action, Table table, const QVariantMap &row, const QString &field,
                           const QVariant &oldValue, const QVariant &newValue)
{
    const bool byId = schema::hasIntegerId(table);
    auto q = write(u"INSERT INTO audit_log (at, actor, action, table_name, row_id, row_key, field, old_value, "
                   u"new_value, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, auditActionCode(action),
                     schema::tableName(table), byId ? row.value(u"id"_s) : QVariant(QMetaType(QMetaType::LongLong)),
                     byId ? QString(u""_s) : rowKeyText(table, row), field, auditText(oldValue), auditText(newValue),
                     itemLabel(table, row) });
    return q ? Status() : Status(q.error());
}

void PlanStore::setActor(const QString &actor)
{
    m_actor = actor.simplified();
}

QString PlanStore::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

Result<QList<AuditEntry>> PlanStore::auditEntries(const AuditQuery &query) const
{
    if (!m_hasAuditLog)
        return QList<AuditEntry>();
    QStringList conditions;
    QVariantList bindings;
    if (!query.table.isEmpty()) {
        conditions.append(u"table_name = ?"_s);
        bindings.append(query.table);
    }
    if (query.rowId) {
        conditions.append(u"row_id = ?"_s);
        bindings.append(*query.rowId);
    }
    if (!query.rowKey.isEmpty()) {
        conditions.append(u"row_key = ?"_s);
        bindings.append(query.rowKey);
    }
    if (!query.actor.isEmpty()) {
        conditions.append(u"actor = ?"_s);
        bindings.append(query.actor);
    }
    if (query.from.isValid()) {
        conditions.append(u"at >= ?"_s);
        bindings.append(query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        conditions.append(u"at < ?"_s);
        bindings.append(query.to.addDays(1).toString(Qt::ISODate));
    }
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    auto rows = select(u"SELECT id, at, actor, action, table_name, row_id, row_key, field, old_value, new_value, "
                       u"label FROM audit_log%1 ORDER BY id"_s.arg(where),
                       bindings);
    if (!rows)
        return rows.error();
    QList<AuditEntry> entries;
    entries.reserve(rows->size());
    for (const QVariantList &r : *rows) {
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        e.at = e.at.toUTC(); // stored with "Z"
        e.actor = r.value(2).toString();
        e.action = auditActionFromCode(r.value(3).toString()).value_or(AuditAction::Update);
        e.table = r.value(4).toString();
        if (!r.value(5).isNull())
            e.rowId = r.value(5).toLongLong();
        e.rowKey = r.value(6).toString();
        e.field = r.value(7).toString();
        e.oldValue = r.value(8);
        e.newValue = r.value(9);
        e.label = r.value(10).toString();
        entries.append(std::move(e));
    }
    return entries;
}

QStringList PlanStore::auditActors() const
{
    if (!m_hasAuditLog)
        return {};
    auto rows = select(u"SELECT DISTINCT actor FROM audit_log ORDER BY actor"_s);
    QStringList actors;
    if (rows) {
        for (const QVariantList &r : *rows)
            actors.append(r.value(0).toString());
    }
    return actors;
}

QString auditActionCode(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return u"insert"_s;
    case AuditAction::Delete:
        return u"delete"_s;
    case AuditAction::Update:
        break;
    }
    return u"update"_s;
}

std::optional<AuditAction> auditActionFromCode(const QString &code)
{
    if (code == u"insert"_s)
        return AuditAction::Insert;
    if (code == u"update"_s)
        return AuditAction::Update;
    if (code == u"delete"_s)
        return AuditAction::Delete;
    return std::nullopt;
}

Status PlanStore::setPlanField(const QString &column, const QVariant &value)
{
    return update(Table::Plan, 1, column, value);
}

Status PlanStore::setMeta(const QString &key, const QString &value)
{
    return upsert(Table::Meta, { { u"key"_s, key }, { u"value"_s, value } });
}

QString PlanStore::meta(const QString &key) const
{
    auto rows = select(u"SELECT value FROM meta WHERE key = ?"_s, { key });
    return rows && !rows->isEmpty() ? rows->first().value(0).toString() : QString();
}

Result<QList<QVariantList>> PlanStore::select(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(tr("read the plan"), q.lastError());
    for (const QVariant &v : bindings)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return sqlError(tr("read the plan"), q.lastError());
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return sqlError(tr("read the plan"), q.lastError());
    return rows;
}

QStringList PlanStore::integrityProblems() const
{
    QStringList problems;
    auto integrity = select(u"PRAGMA integrity_check(20)"_s);
    if (!integrity)
        return { integrity.error().message };
    for (const QVariantList &row : *integrity) {
        const QString text = row.value(0).toString();
        if (text != u"ok"_s)
            problems.append(tr("storage: %1").arg(text));
    }
    if (!problems.isEmpty())
        return problems;
    auto fks = select(u"PRAGMA foreign_key_check"_s);
    if (!fks)
        return { fks.error().message };
    for (const QVariantList &row : *fks) {
        problems.append(tr("row %1 of table %2 refers to a missing row of table %3")
                            .arg(row.value(1).toString(), row.value(0).toString(), row.value(2).toString()));
    }
    return problems;
}

Status PlanStore::copyTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error::badInput(tr("The file «%1» already exists.").arg(QDir::toNativeSeparators(target)));
    QSqlQuery q(db());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec())
        return sqlError(tr("copy the plan"), q.lastError());
    return {};
}

Status writeNewPlanFile(const QString &path, const PlanInfo &info, const std::function<Status(PlanStore &)> &fill,
                        bool overwrite)
{
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        return Error::badInput(
            PlanStore::tr("The file «%1» already exists; nothing was written.").arg(QDir::toNativeSeparators(path)));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::io(
            PlanStore::tr("The folder «%1» does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));

    // What a killed `demo`/`generate`/import left here (issue 19 item 5).
    removeStaleTempFiles(target.absolutePath());
    const QString temp = tempPathFor(path);
    // A refused write names the plan asked for, never the hidden temporary file, and says what
    // the disk said (as safe::writeFile does); other errors pass unchanged.
    const auto failed = [&](const Error &error) -> Error {
        const qint64 written = QFileInfo(temp).size();
        const qint64 largest = std::max(written, QFileInfo(temp + u"-journal"_s).size());
        removeTempFiles(temp);
        if (error.kind != Error::Kind::Io)
            return error;
        // The largest of the plan and its journal: a rolled-back plan shrinks again.
        return safe::interruptedWrite(path, target.exists(), largest, largest);
    };
    Status status;
    {
        auto store = PlanStore::create(temp, info);
        if (!store)
            return failed(store.error());
        // Filling a new file is its creation, recorded once by create(), not edit by edit.
        (*store)->m_auditSuspended = true;
        status = (*store)->transaction([&]() { return fill(**store); });
    }
    if (!status)
        return failed(status.error());
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            ec);
    if (ec) {
        removeTempFiles(temp);
        return Error::io(PlanStore::tr("Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(ec.message())));
    }
    return {};
}

} // namespace planea
