#pragma once

#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QList>
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
    QString author; ///< who made it on the copy (audit trail after the split)
};

enum class Take { Ask, Mine, Theirs };

struct MergeResult
{
    QList<Change> applied; ///< changes of the copy that do not collide (applied unless dry run)
    QList<Change> conflicts; ///< both sides changed the same value differently
    int remappedRows = 0; ///< rows inserted on both sides under the same id: theirs got a fresh id
};

/// Writes a copy of `store` at `copyPath` that carries its base (meta merge_base, merge_split_id,
/// merge_source_uuid), see docs/STORAGE.md "Copias para trabajar aparte".
Status makeCopy(const PlanStore &store, const QString &copyPath);

/// Three-way merge of the copy at `copyPath` into `mine`. With dryRun nothing is written; with
/// Take::Ask and conflicts nothing is written either. Take::Mine / Take::Theirs settle conflicts.
/// `check` says whether an edit of a table's column (empty: a whole row) is allowed; by default
/// approval::checkEdit (an approved plan's frozen part is refused).
using EditCheck = std::function<Status(Table, const QString &)>;
Result<MergeResult> mergeCopy(PlanStore &mine, const QString &copyPath, Take take, bool dryRun,
                              const EditCheck &check = {});

/// The same for the open document: a backup first (when `backups`), edits checked like any other
/// (an open amendment allows the approved part), written as ONE undo step, and recorded in the
/// audit trail as "<actor> (copia de <autor>)".
Result<MergeResult> mergeIntoDocument(PlanDocument &document, const QString &copyPath, Take take, bool dryRun,
                                      BackupManager *backups);

/// Makes every storage table of `store` (all but meta) hold what the plan at `snapshotPath` holds.
Status syncTo(PlanStore &store, const QString &snapshotPath);

} // namespace planea::merge
