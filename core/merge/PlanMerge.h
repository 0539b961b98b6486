#pragma once

#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>

namespace planea {
class PlanDocument;
class BackupManager;
} // namespace planea

namespace planea::merge {

/// One change of the copy (or one conflict) found by the three-way comparison.
struct Change
{
    enum class Kind { Insert, Update, Delete, DeleteVsEdit };
    Kind kind = Kind::Update;
    Table table = Table::Plan;
    QString key; ///< the row's identity ("id=5" or "indicator_id=3,year=2025")
    QString field; ///< the column (empty for a whole row)
    QVariant base, mine, theirs;
    QString author; ///< who made it on the copy: the copy's audit entry after the split for that row
                    ///< and field (else everyone who edited the copy after the split)
    QString description; ///< the item and the field in the user's words (see ChangeLabels)
};

enum class Take { Ask, Mine, Theirs };

/// A conflict's stable identity, "table|key|field" (e.g. "program|id=1|name"), for Choices.
QString conflictId(const Change &change);

/// How conflicts are settled: each conflict named in `theirs` takes the copy's value, each named
/// in `mine` keeps the plan's; the others follow `rest` (Take::Ask: they stand, and nothing is
/// written). An id that is not among the copy's conflicts, or is in both sets, is refused.
struct Choices
{
    Take rest = Take::Ask;
    QSet<QString> theirs;
    QSet<QString> mine;
};

struct MergeResult
{
    QList<Change> applied; ///< changes of the copy that do not collide (applied unless dry run)
    QList<Change> conflicts; ///< both sides changed the same value differently
    int remappedRows = 0; ///< rows inserted on both sides under the same id: theirs got a fresh id
};

/// Writes a copy of `store` at `copyPath` that carries its base (meta merge_base, merge_split_id,
/// merge_source_uuid), see docs/STORAGE.md "Copias para trabajar aparte".
Status makeCopy(const PlanStore &store, const QString &copyPath);

/// Three-way merge of the copy at `copyPath` into `mine`. With dryRun nothing is written; while a
/// conflict is not settled by `choices` nothing is written either. Each edit written is recorded
/// in the audit trail as "<mine's actor> (copia de <its author>)".
/// `check` says whether an edit of a table's column (empty: a whole row) is allowed; by default
/// approval::checkEdit (an approved plan's frozen part is refused).
using EditCheck = std::function<Status(Table, const QString &)>;
Result<MergeResult> mergeCopy(PlanStore &mine, const QString &copyPath, const Choices &choices, bool dryRun,
                              const EditCheck &check = {});
inline Result<MergeResult> mergeCopy(PlanStore &mine, const QString &copyPath, Take take, bool dryRun,
                                     const EditCheck &check = {})
{
    return mergeCopy(mine, copyPath, Choices { take, {}, {} }, dryRun, check);
}

/// The same for the open document: a backup first (when `backups`), edits checked like any other
/// (an open amendment allows the approved part), written as ONE undo step, and recorded in the
/// audit trail as "<actor> (copia de <autor>)".
Result<MergeResult> mergeIntoDocument(PlanDocument &document, const QString &copyPath, const Choices &choices,
                                      bool dryRun, BackupManager *backups);
inline Result<MergeResult> mergeIntoDocument(PlanDocument &document, const QString &copyPath, Take take, bool dryRun,
                                             BackupManager *backups)
{
    return mergeIntoDocument(document, copyPath, Choices { take, {}, {} }, dryRun, backups);
}

/// Makes every storage table of `store` (all but meta) hold what the plan at `snapshotPath` holds.
Status syncTo(PlanStore &store, const QString &snapshotPath);

} // namespace planea::merge
