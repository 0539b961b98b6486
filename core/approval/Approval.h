#pragma once

#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace planea::approval {

/// Called before the plan file is changed by an approval or an amendment, so that the
/// reliability layer can keep a copy of the plan as it was. A failing hook stops the change.
using BackupHook = std::function<Status(PlanStore &, BackupReason)>;

/// What `verify` found.
struct Verification
{
    bool approved = false; ///< false: the plan was never approved, there is nothing to compare
    bool matches = false;
    QString stored; ///< the fingerprint recorded at approval (or last amendment)
    QString computed; ///< the fingerprint of the content as it is now
};

/// True once the plan has been approved (it has a version and a fingerprint).
bool isApproved(const PlanInfo &info);

/// Freezes the plan as approved by the council: records the act and date, version 1, the
/// workflow state "Aprobado" and the fingerprint of the content, all in one transaction. Refuses
/// an empty act, an invalid date, a read-only or already approved plan. Returns the fingerprint.
Result<QString> approve(PlanStore &store, const QString &act, const QDate &date, const BackupHook &backup = {});

/// Records an amendment to the approved plan: `edits` (may be empty) run first, then an
/// Amendment row with the next version, its act, date and note, and the new fingerprint, all in
/// one transaction. Returns the new fingerprint.
Result<QString> amend(PlanStore &store, const QString &act, const QDate &date, const QString &note,
                      const std::function<Status()> &edits = {}, const BackupHook &backup = {});

/// Recomputes the fingerprint of the content and compares it with the recorded one.
Verification verify(const PlanData &plan);
Result<Verification> verify(const PlanStore &store);

/// True when a change to `column` of `table` alters what the council approved (the content the
/// fingerprint covers, see docs/APPROVAL.md). Such edits are refused on an approved plan except
/// inside an amendment. An empty column means a whole row (insert or removal).
bool isApprovedStructureEdit(Table table, const QString &column = {});

/// The refusal the GUI and the CLI show for such an edit, or success when the edit is allowed.
Status checkEdit(const PlanInfo &info, Table table, const QString &column = {});

} // namespace planea::approval
