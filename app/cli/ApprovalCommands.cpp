// planea-cli commands for the approved plan: approve (freeze it and print its fingerprint) and
// verify (recompute the fingerprint and compare, with the one stored in the file or with a reference
// kept outside it: a receipt or the fingerprint typed from the adopted document) and receipt.
#include "Cli.h"
#include "approval/Approval.h"
#include "approval/ApprovalReceipt.h"
#include "approval/CanonicalPlan.h"
#include "backup/BackupManager.h"
#include "util/SafeWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

/// Writes the approval receipt of `plan` to `target` and says so.
int writeReceipt(const Context &c, const PlanData &plan, const QString &target)
{
    if (auto s = safe::writeFile(target, approval::receiptText(plan, QDateTime::currentDateTimeUtc())); !s)
        return fail(c, s.error());
    c.out << QCoreApplication::translate("Cli",
                                         "Approval receipt written to «%1». Hand it to the council: verify "
                                         "--receipt compares a plan file with it.")
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return Success;
}

int approve(const Context &c, const Arguments &a)
{
    const QString act = a.value(u"--act"_s).trimmed();
    const QString dateText = a.value(u"--date"_s).trimmed();
    if (act.isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "approve needs --act with the act that adopts the plan, e.g. "
                                             "--act \"Acuerdo 012 de 2028\".")
              << Qt::endl;
        return BadInput;
    }
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!isoDate.match(dateText).hasMatch() || !date.isValid()) {
        c.err << QCoreApplication::translate("Cli", "--date needs the date of the act as YYYY-MM-DD (got «%1»).")
                     .arg(dateText)
              << Qt::endl;
        return BadInput;
    }
    const QString receiptPath = a.value(u"--receipt"_s);
    if (!receiptPath.isEmpty() && refuseExisting(c, a, { receiptPath }))
        return BadInput;
    auto store = PlanStore::open(a.positional.value(0));
    if (!store)
        return fail(c, store.error());
    if (!c.actor.isEmpty())
        (*store)->setActor(c.actor);
    if ((*store)->isReadOnly()) {
        c.err << (*store)->openNotice() << Qt::endl;
        return BadInput;
    }
    // The plan as it was before approval is kept among the rotating backups (issue: backups before
    // migrations, imports and approval).
    BackupManager backups(c.dataDir);
    auto fingerprint = approval::approve(**store, act, date, backups.hook());
    if (!fingerprint)
        return fail(c, fingerprint.error());
    c.out << QCoreApplication::translate("Cli", "Plan approved by «%1» on %2 (version 1).")
                 .arg(act, date.toString(Qt::ISODate))
          << u"\n"_s << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(*fingerprint) << Qt::endl;
    if (receiptPath.isEmpty())
        return Success;
    auto plan = (*store)->load();
    if (!plan)
        return fail(c, plan.error());
    return writeReceipt(c, *plan, receiptPath);
}

/// verify --receipt / --fingerprint: the comparison with a reference kept outside the file.
int verifyAgainst(const Context &c, const PlanData &plan, const approval::Reference &reference)
{
    const approval::ReferenceCheck check = approval::checkAgainst(plan, reference);
    if (check.outcome == approval::ReferenceCheck::Matches) {
        c.out << check.message << u"\n"_s << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(check.computed)
              << Qt::endl;
        return Success;
    }
    c.err << check.message << Qt::endl;
    return PlanHasErrors;
}

int verify(const Context &c, const Arguments &a)
{
    const bool byReceipt = a.values.contains(u"--receipt"_s);
    const bool byTyped = a.values.contains(u"--fingerprint"_s);
    if (byReceipt && byTyped) {
        c.err << QCoreApplication::translate("Cli", "Give --receipt or --fingerprint, not both.") << Qt::endl;
        return BadInput;
    }
    std::optional<approval::Reference> reference;
    if (byReceipt || byTyped) {
        auto r = byReceipt ? approval::readReceipt(a.value(u"--receipt"_s))
                           : approval::parseTypedFingerprint(a.value(u"--fingerprint"_s));
        if (!r)
            return fail(c, r.error());
        reference = *r;
    }
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    if (reference)
        return verifyAgainst(c, *plan, *reference);
    const approval::Verification v = approval::verify(*plan);
    if (!v.approved) {
        c.err << QCoreApplication::translate("Cli",
                                             "The plan has not been approved: it has no fingerprint to "
                                             "verify. Its content fingerprint now is %1.")
                     .arg(v.computed)
              << Qt::endl;
        return PlanHasErrors;
    }
    if (!v.matches) {
        c.out << QCoreApplication::translate("Cli", "Recorded fingerprint: %1").arg(v.stored) << u"\n"_s
              << QCoreApplication::translate("Cli", "Fingerprint of the content now: %1").arg(v.computed) << Qt::endl;
        c.err << QCoreApplication::translate(
                     "Cli",
                     "The fingerprint does NOT match: the plan's content changed after its approval (version "
                     "%1). It is not the plan the council approved.")
                     .arg(plan->info.version)
              << Qt::endl;
        return PlanHasErrors;
    }
    c.out << QCoreApplication::translate("Cli",
                                         "The fingerprint matches: the content is the approved plan (version "
                                         "%1, act «%2»).")
                 .arg(plan->info.version)
                 .arg(plan->info.adoptionAct)
          << u"\n"_s << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(v.computed) << u"\n"_s
          << QCoreApplication::translate("Cli",
                                         "This compares with the fingerprint stored in the file, which whoever can "
                                         "edit the file can change too. Against what the council holds: verify "
                                         "--receipt RECEIPT or --fingerprint FINGERPRINT (docs/APPROVAL.md).")
          << Qt::endl;
    return Success;
}

int receipt(const Context &c, const Arguments &a)
{
    const QString target = a.value(u"-o"_s);
    if (target.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "receipt needs -o with the file to write, e.g. -o recibo.txt.")
              << Qt::endl;
        return BadInput;
    }
    if (refuseExisting(c, a, { target }))
        return BadInput;
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    const approval::Verification v = approval::verify(*plan);
    if (!v.approved) {
        c.err << QCoreApplication::translate("Cli",
                                             "The plan has not been approved: there is nothing to give a receipt "
                                             "for. Record the approval first (approve).")
              << Qt::endl;
        return PlanHasErrors;
    }
    if (!v.matches) {
        c.err << QCoreApplication::translate("Cli",
                                             "No receipt was written: the plan's content no longer matches the "
                                             "fingerprint recorded at its approval (version %1), so it is not the "
                                             "approved plan. Restore a backup of the approved plan.")
                     .arg(plan->info.version)
              << Qt::endl;
        return PlanHasErrors;
    }
    return writeReceipt(c, *plan, target);
}

} // namespace

QList<Command> approvalCommands()
{
    return {
        { u"approve"_s,
          QCoreApplication::translate("Cli", "approve PLAN --act TEXT --date YYYY-MM-DD [--receipt FILE [--force]]"),
          QCoreApplication::translate("Cli",
                                      "Freezes the plan as approved by the council, prints its fingerprint and "
                                      "writes the approval receipt."),
          { u"--act"_s, u"--date"_s, u"--receipt"_s },
          { u"--force"_s },
          1,
          1,
          approve },
        { u"verify"_s,
          QCoreApplication::translate("Cli", "verify PLAN [--receipt RECEIPT | --fingerprint FINGERPRINT]"),
          QCoreApplication::translate("Cli",
                                      "Recomputes the approved plan's fingerprint and compares it with the "
                                      "recorded one, a receipt or the fingerprint of the adopted document."),
          { u"--receipt"_s, u"--fingerprint"_s },
          {},
          1,
          1,
          verify },
        { u"receipt"_s,
          QCoreApplication::translate("Cli", "receipt PLAN -o FILE [--force]"),
          QCoreApplication::translate("Cli", "Writes the approval receipt of an approved plan, for the council."),
          { u"-o"_s },
          { u"--force"_s },
          1,
          1,
          receipt },
    };
}

} // namespace planea::cli
