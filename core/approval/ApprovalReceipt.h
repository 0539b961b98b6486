#pragma once

#include "domain/PlanData.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace planea::approval {

/// What the council holds of the plan it approved, kept outside the plan file: the fingerprint
/// typed from the adopted document (the full one of its last page or the short one of every
/// page's foot) or read from an approval receipt. A fingerprint stored only inside the file proves
/// nothing against someone who can edit the file: they can store the new content's fingerprint
/// too. Comparing with this reference does (docs/APPROVAL.md, «Contra quién protege»).
struct Reference
{
    QString fingerprint; ///< lowercase hex: 64 digits, or the 12 of the short form
    int version = 0; ///< the plan version the reference is for; 0: not said (a typed fingerprint)
    QString entityCode; ///< DANE code of the entity; empty when not said
    QString entityName;
    QString act;
    QString source; ///< what it came from, for messages: «la huella escrita», «el recibo «…»»

    bool isShort() const { return fingerprint.size() == 12; }
};

/// Reads a fingerprint as typed from a document: the 64 hexadecimal digits of the full one, or
/// the 12 of the short one («3fa-9c1-0b2-77d»), spaces, dashes and case aside. Anything else is
/// refused with a Spanish message.
Result<Reference> parseTypedFingerprint(const QString &typed);

/// The approval receipt of the plan as it is now (approved, its content matching its
/// fingerprint): a UTF-8 text meant to be printed and kept by the council, and read back by
/// `readReceipt`. `issued` is the time printed on it.
QByteArray receiptText(const PlanData &plan, const QDateTime &issued);

/// Reads a receipt written by `receiptText`. A missing, unreadable or foreign file is refused with
/// a Spanish message naming it.
Result<Reference> readReceipt(const QString &path);
Result<Reference> parseReceipt(const QByteArray &bytes, const QString &path);

/// The answer of a comparison with an outside reference.
struct ReferenceCheck
{
    enum Outcome {
        Matches, ///< the content is the one the reference was made for
        ContentChanged, ///< same plan and version, other content: not the approved plan
        OtherVersion, ///< the reference is of an earlier (or later) version of this plan
        OtherPlan, ///< the reference is of another entity's plan
        NotApproved, ///< the plan has no approval to compare
    };
    Outcome outcome = ContentChanged;
    QString computed; ///< the fingerprint of the content now
    QString message; ///< Spanish, for the CLI and the GUI
};

/// Compares the content of `plan` as it is now with `reference`. The fingerprint recorded inside
/// the file is not trusted: the content's own fingerprint is recomputed and compared with the
/// reference. When the reference is of another version, the amendment history says which.
ReferenceCheck checkAgainst(const PlanData &plan, const Reference &reference);

} // namespace planea::approval
