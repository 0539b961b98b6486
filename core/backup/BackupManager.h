#pragma once

#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace planea {

/// One backup of a plan, as described by the small summary file written beside it, so the list
/// of backups is shown without opening any of them as a plan.
struct BackupInfo
{
    QString path; ///< the backup itself, a complete .planea file
    QDateTime createdAt; ///< UTC
    /// Why it was made: "open", "periodic", "migration", "import", "approval", "manual",
    /// "before-restore". reasonText() words it for the user.
    QString reason;
    QString planName; ///< entity and term, as the plan said when the copy was made
    QString planPath; ///< the plan file it is a copy of
    int lines = 0; ///< strategic lines
    int goals = 0; ///< product indicators (metas de producto)
    QDateTime lastChange; ///< when the plan file was last written before the copy (UTC)
    qint64 bytes = 0;
    QString fingerprint; ///< SHA-256 of the plan content; an unchanged plan is not copied twice
    /// The last time the plan was found unchanged since this copy (a routine backup skipped).
    QDateTime confirmedAt;
};

/// How many backups are kept per plan: the newest `keepLatest`, plus the newest of each day for
/// `keepDailyDays` days. Older ones are deleted after each new backup.
struct RetentionPolicy
{
    int keepLatest = 10;
    int keepDailyDays = 30;
};

/// Automatic rotating backups of each plan in the user's data folder:
/// `<dataDir>/backups/<file name>-<hash of its full path>/<UTC time>-<reason>.planea` plus a
/// `.json` summary. Copies are made with VACUUM INTO into a temporary name and renamed, so a
/// backup is either complete or absent. Restoring copies a backup back over the plan atomically
/// after keeping a backup of the plan's current state (even when that state is damaged).
class BackupManager
{
public:
    explicit BackupManager(QString dataDir, RetentionPolicy policy = {});

    QString dataDir() const { return m_dataDir; }
    /// The folder holding the backups of the plan at `planPath` (it may not exist yet).
    QString folderFor(const QString &planPath) const;

    /// Makes a backup of the open plan. For "open" and "periodic" backups nothing is written when
    /// the content is the same as in the newest backup, or when `lastChange` is older than the
    /// newest backup (returns that one). Applies the retention policy afterwards. `lastChange` is when the plan was
    /// last changed (default: the file's modification time now; the caller knows better right after opening, which
    /// writes).
    Result<BackupInfo> backup(const PlanStore &store, BackupReason reason, const QDateTime &lastChange = {});
    Result<BackupInfo> backup(const PlanStore &store, const QString &reason, bool skipIfUnchanged,
                              const QDateTime &lastChange = {});

    /// The backups of the plan at `planPath`, newest first.
    QList<BackupInfo> list(const QString &planPath) const;
    /// Whether the backup's bytes still match the SHA-256 recorded in its summary when it was made
    /// (a backup without a recorded hash counts as intact; restore() opens it before using it).
    static bool isIntact(const BackupInfo &backup);
    /// The newest backup, if any.
    std::optional<BackupInfo> latest(const QString &planPath) const;
    /// The newest backup whose bytes still match their SHA-256 (isIntact), if any; `skipped`, when
    /// given, receives how many newer backups were passed over as damaged.
    std::optional<BackupInfo> latestIntact(const QString &planPath, int *skipped = nullptr) const;

    /// Replaces the plan at `planPath` (which must not be open in this process) with `backup`.
    /// The backup is checked first (its bytes against the SHA-256 recorded in its summary, then
    /// opened: a damaged backup is refused and nothing changes); the current
    /// file is kept as a "before-restore" backup (a damaged file is kept byte for byte); leftover
    /// journal files are moved aside; the backup is copied beside the plan, synced and renamed
    /// over it. Returns the backup made of the previous state.
    Result<BackupInfo> restore(const QString &planPath, const BackupInfo &backup);

    /// Deletes what a killed backup leaves in the plan's backup folder: hidden `.partial-*` copies,
    /// backups without their `.json` summary and summaries without their backup, when older than
    /// kLeftoverAgeSeconds (younger ones may belong to a backup being written). Returns how many.
    int removeLeftovers(const QString &planPath, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static constexpr int kLeftoverAgeSeconds = 15 * 60;

    /// Deletes the backups the policy does not keep, and the leftovers (removeLeftovers). `now` is
    /// for tests.
    void prune(const QString &planPath, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// "Guardar una copia…": a consistent copy of the open plan at `target`, written beside it
    /// under a temporary name and renamed, so `target` is replaced only by a complete copy. The
    /// plan's own file is refused as a target.
    static Status saveCopy(const PlanStore &store, const QString &target);

    /// A hook for OpenOptions::backupHook and approval::approve(): a backup with that reason.
    std::function<Status(PlanStore &, BackupReason)> hook();

    static QString reasonKey(BackupReason reason);
    /// The reason in the user's words ("al abrir", "cada hora", …).
    static QString reasonText(const QString &key);

private:
    QString m_dataDir;
    RetentionPolicy m_policy;
    bool m_pruneSuspended = false;
};

} // namespace planea
