// planea-cli commands for the approved plan: approve (freeze it and print its fingerprint) and
// verify (recompute the fingerprint and compare).
#include "Cli.h"
#include "approval/Approval.h"
#include "approval/CanonicalPlan.h"
#include "backup/BackupManager.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

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
    return Success;
}

int verify(const Context &c, const Arguments &a)
{
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
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
          << u"\n"_s << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(v.computed) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> approvalCommands()
{
    return {
        { u"approve"_s,
          QCoreApplication::translate("Cli", "approve PLAN --act TEXT --date YYYY-MM-DD"),
          QCoreApplication::translate("Cli", "Freezes the plan as approved by the council and prints its fingerprint."),
          { u"--act"_s, u"--date"_s },
          {},
          1,
          1,
          approve },
        { u"verify"_s,
          QCoreApplication::translate("Cli", "verify PLAN"),
          QCoreApplication::translate("Cli", "Recomputes the approved plan's fingerprint and compares it."),
          {},
          {},
          1,
          1,
          verify },
    };
}

} // namespace planea::cli
