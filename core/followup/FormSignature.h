#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace planea {
class PlanStore;
struct PlanData;
} // namespace planea

namespace planea::followup {

/// What a follow-up form was made from, kept in its hidden «Firma» sheet: the plan (its identity,
/// version and content fingerprint), the year and quarter, the office and the goals it holds. The
/// hash seals the fields, so a form whose signature was edited by hand is refused instead of
/// being read against the wrong plan or goals.
struct FormSignature
{
    Q_DECLARE_TR_FUNCTIONS(planea::followup::FormSignature)

public:
    static inline const QString FormatName = QStringLiteral("planea-seguimiento-1");
    static inline const QString SheetName = QStringLiteral("Firma");

    QString planId;
    QString entity; ///< entity and plan name, for messages
    int planVersion = 0;
    QString fingerprint; ///< approval::computeFingerprint() when the form was made
    int year = 0;
    int quarter = 0; ///< 0: the whole year
    QList<int> periods; ///< the progress periods the form asks for (0: the year; 1–4: quarters)
    qint64 officeId = 0; ///< 0 in a group's form
    QString officeName; ///< the office, or the group's name in a form for several offices
    /// A form for a group of offices: each member office (id and name, in the plan's order). Empty
    /// for one office's form, whose signature (and hash) is then the same as before groups existed.
    QList<qint64> groupOfficeIds;
    QStringList groupOfficeNames;
    QList<qint64> goalIds; ///< in the order of the form's rows
    QString hash;

    /// The offices whose goals the form may answer: the group's members, or the one office.
    QList<qint64> offices() const { return groupOfficeIds.isEmpty() ? QList<qint64> { officeId } : groupOfficeIds; }
    bool isGroup() const { return !groupOfficeIds.isEmpty(); }

    /// SHA-256 over every field but the hash itself.
    QString computeHash() const;
    /// Key and value rows for the hidden sheet.
    QList<QStringList> rows() const;
    /// Reads the rows back; refuses a signature that is incomplete or whose hash does not match.
    static Result<FormSignature> fromRows(const QList<QStringList> &rows, const QString &fileName);
};

/// The plan's identity across copies of its file: the meta plan_uuid recorded when the file was
/// created (kept by every copy and backup); for older files without one, a hash of the entity,
/// the term and the moment the file was created (meta created_at).
QString planIdentity(const PlanStore &store, const PlanData &plan);

} // namespace planea::followup
