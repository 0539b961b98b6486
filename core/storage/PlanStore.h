#pragma once

#include "AuditLog.h"
#include "Schema.h"
#include "domain/PlanData.h"
#include "util/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantMap>

#include <functional>
#include <memory>

struct sqlite3;

namespace planea {

class PlanStore;

/// Why a copy of the plan is wanted. The reliability work hooks automatic backups here.
enum class BackupReason { Open, Migration, Import, Approval, Periodic, Manual };

struct OpenOptions
{
    /// Open without writing anything; also chosen automatically when the file or its folder is
    /// not writable.
    bool readOnly = false;
    /// With readOnly: not even the folder is touched. A save cut off by a crash is undone and a
    /// stray -wal set aside on a private copy, never beside the file, and stale temporary plans
    /// are left where they are (the portfolio reads other people's plans and changes nothing).
    bool leaveFilesAsTheyAre = false;
    /// Called with the open store before anything in the file is changed for `reason`
    /// (currently before migrations). A failing hook stops the change.
    std::function<Status(PlanStore &, BackupReason)> backupHook;
    /// Asked once the file is known to be a sound Planea plan, before anything in it is written:
    /// true opens it read-only after all (a council package is never written). One open, one
    /// integrity check.
    std::function<bool(const PlanStore &)> readOnlyWhen;
};

/// Parts of a PlanData that PlanStore::reload() can re-read on their own.
namespace plan_part {
inline constexpr unsigned Info = 1u << 0;
inline constexpr unsigned Offices = 1u << 1;
inline constexpr unsigned Team = 1u << 2;
inline constexpr unsigned Checklist = 1u << 3;
inline constexpr unsigned Milestones = 1u << 4;
inline constexpr unsigned Lines = 1u << 5; // with their sectors
inline constexpr unsigned Wellbeing = 1u << 6; // with their values
inline constexpr unsigned Problems = 1u << 7;
inline constexpr unsigned Characterization = 1u << 8;
inline constexpr unsigned Finance = 1u << 9;
inline constexpr unsigned Programs = 1u << 10;
inline constexpr unsigned Products = 1u << 11;
inline constexpr unsigned Indicators = 1u << 12;
inline constexpr unsigned Targets = 1u << 13; // the indicators' annual targets
inline constexpr unsigned Investments = 1u << 14;
inline constexpr unsigned ProgressReports = 1u << 15;
inline constexpr unsigned Executions = 1u << 16;
inline constexpr unsigned Royalties = 1u << 17; // with their biennia
inline constexpr unsigned Amendments = 1u << 18;
inline constexpr unsigned All = (1u << 19) - 1;
} // namespace plan_part

/// One open plan file. Every edit is committed when made: there is no "save". The file is held
/// with an exclusive lock while open, so a second Planea (or any SQLite client) cannot open it.
///
/// Storage choices (see docs/STORAGE.md): rollback journal (journal_mode=DELETE) with
/// synchronous=FULL, so a committed edit survives a crash or power cut, and the .planea file alone
/// always holds every committed edit (safe to copy to a USB stick or sync to a cloud folder).
class PlanStore final : public QObject
{
    Q_OBJECT

public:
    ~PlanStore() override;

    /// Opens an existing plan: checks it is a Planea plan, not from a newer Planea, not damaged,
    /// not open elsewhere; migrates older schema versions forward.
    static Result<std::unique_ptr<PlanStore>> open(const QString &path, const OpenOptions &options = {});

    /// Creates a new plan file at `path` (which must not exist) with the schema and `info`.
    /// Prefer writeNewPlanFile(), which never leaves a half-written file behind.
    static Result<std::unique_ptr<PlanStore>> create(const QString &path, const PlanInfo &info);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// A message for the user when the plan was opened differently than asked (e.g. read-only).
    QString openNotice() const { return m_openNotice; }
    /// Set when the open undid a save that was cut off (a hot journal beside the plan): what was
    /// undone and where. Also part of openNotice().
    QString recoveryNotice() const { return m_recoveryNotice; }

    /// The whole plan, for calculations, validation and documents.
    Result<PlanData> load() const;

    // --- Generic edits. Column names are checked against the file's schema. ---------------------
    Result<qint64> insert(Table table, const QVariantMap &values);
    Status update(Table table, qint64 id, const QString &column, const QVariant &value);
    Status remove(Table table, qint64 id);
    /// Insert or replace a row of a composite-key table (see schema::keyColumns()).
    Status upsert(Table table, const QVariantMap &values);
    /// Remove the rows of a table matching every given column.
    Status removeWhere(Table table, const QVariantMap &match);
    Result<QVariant> value(Table table, qint64 id, const QString &column) const;

    Status setPlanField(const QString &column, const QVariant &value);
    Status setMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;

    /// Runs `body` in one transaction: all its edits are committed together or none is.
    /// Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &body);

    /// Storage integrity (PRAGMA integrity_check and foreign_key_check), in the user's words.
    QStringList integrityProblems() const;

    /// A consistent copy of the plan at `target` (VACUUM INTO); the target must not exist.
    Status copyTo(const QString &target) const;

    int schemaVersion() const;

    // --- Audit trail (schema version 2, docs/STORAGE.md) ------------------------------------------
    /// Who is editing: written with every following edit. Defaults to systemUserName().
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }
    /// The operating system's name for the current user ("" when unknown).
    static QString systemUserName();
    /// False for an older file opened read-only (not migrated): it has no audit trail yet.
    bool hasAuditLog() const { return m_hasAuditLog; }
    /// The audit trail, oldest first (empty when the file has none).
    Result<QList<AuditEntry>> auditEntries(const AuditQuery &query = {}) const;
    /// The people named in the audit trail, sorted.
    QStringList auditActors() const;

    /// Re-reads only the given parts (plan_part flags) of `data`, in place; the rest is kept.
    /// Re-reading the indicators re-reads their annual targets.
    Status reload(PlanData &data, unsigned parts) const;
    /// The parts of a PlanData that a change of `table` can alter (its own and those read in its order).
    static unsigned partsAffectedBy(Table table);
    /// Brings `data` up to date after `column` of row `id` of `table` changed: re-reads that one
    /// row for a product or an indicator when the column does not move it, else the parts
    /// partsAffectedBy(table).
    Status reloadValue(PlanData &data, Table table, qint64 id, const QString &column) const;

    /// Runs a read query; for reports and checks inside core only.
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &bindings = {}) const;

signals:
    void rowInserted(planea::Table table, qint64 id);
    void valueChanged(planea::Table table, qint64 id, const QString &column);
    void rowRemoved(planea::Table table, qint64 id);
    /// A composite-key table changed (upsert / removeWhere).
    void tableChanged(planea::Table table);

private:
    explicit PlanStore(QString path, QString connectionName, bool readOnly);

    static Result<std::unique_ptr<PlanStore>> connect(const QString &path, bool readOnly, bool creating);
    Status configure(bool creating);
    Status checkIdentity() const;
    /// Gives an old plan (no reserved bytes) its page checksums: backupHook(Migration) unless a
    /// backup was just made, then VACUUM with 8 reserved bytes (docs/STORAGE.md, "Page checksums").
    Status addPageChecksums(const OpenOptions &options, bool backedUp);
    /// Whether the file's header reserves the 8 bytes of the page checksums.
    bool hasPageChecksums() const;
    /// The connection's handle, or nullptr when the Qt driver uses another SQLite library than the
    /// one Planea links (then no sqlite3_* call of Planea may touch it).
    sqlite3 *sqliteHandle() const;
    /// The Spanish answer to a page whose checksum did not match (lastChecksumMismatch()); with
    /// `findTable`, the table it belongs to is looked up (only while opening: the lookup reads the
    /// damaged page unchecked into the connection's cache).
    Error checksumDamage(bool findTable) const;
    Status migrate(const OpenOptions &options);
    Status createSchema(int version);
    Status exec(const QString &sql) const;
    Status exec(QSqlQuery &query) const;
    Result<QSqlQuery *> statement(const QString &sql);
    /// Prepares (once), binds and runs a write statement; returns the query for its results.
    Result<QSqlQuery *> write(const QString &sql, const QVariantList &bindings);
    Status checkColumns(Table table, const QStringList &columns) const;
    Status requireWritable() const;
    Error sqlError(const QString &what, const class QSqlError &error) const;
    bool audited(Table table) const { return m_hasAuditLog && !m_auditSuspended && table != Table::Meta; }
    /// The rows of `table` matching `where` (with ? bindings), as column → value.
    Result<QList<QVariantMap>> fetchRows(Table table, const QString &where, const QVariantList &bindings);
    Status auditRow(AuditAction action, Table table, const QVariantMap &row, const QString &field,
                    const QVariant &oldValue, const QVariant &newValue);

    friend Status writeNewPlanFile(const QString &, const PlanInfo &, const std::function<Status(PlanStore &)> &, bool);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_ownSqlite = false; ///< the connection went through Planea's SQLite (its checksum VFS)
    QString m_openNotice;
    QString m_recoveryNotice;
    /// The private folder holding the recovered copy this store reads, when the plan could not
    /// be written to undo a cut-off save in place.
    std::shared_ptr<QTemporaryDir> m_recoveredCopy;
    int m_transactionDepth = 0;
    QString m_actor;
    bool m_hasAuditLog = false;
    bool m_hasGoalCode = false; ///< schema 3: product_indicator.goal_code (read as empty before)
    /// schema 4: wellbeing_indicator.official_code, indicator_value.department_value/nation_value
    bool m_hasOfficialFigures = false;
    bool m_auditSuspended = false; ///< while a new file is filled (see writeNewPlanFile)
    bool m_opening = false; ///< inside open(): a checksum mismatch names its table
    mutable QHash<Table, QStringList> m_columns;
    QHash<QString, QSqlQuery> m_statements; ///< prepared once per open plan; see statement()
};

/// Writes a brand-new plan file so that `path` ends up either absent or complete: the plan is
/// built in a temporary file beside it by `fill` (inside one transaction) and renamed into place.
/// With overwrite=false an existing file is an error and is left untouched.
Status writeNewPlanFile(const QString &path, const PlanInfo &info, const std::function<Status(PlanStore &)> &fill,
                        bool overwrite = false);

} // namespace planea
