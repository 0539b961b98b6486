#pragma once

#include "domain/Monitoring.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace planea {
class BackupManager;
class PlanDocument;
struct PlanData;
} // namespace planea

namespace planea::followup {

/// A row (or a whole form, row 0) that is not taken, and why, in Spanish.
struct Rejection
{
    QString form; ///< the file's name
    int row = 0; ///< the sheet row (1-based); 0: the whole form
    QString reason;
};

/// One value a form brings, accepted.
struct Answer
{
    ProgressReport report; ///< what is written
    QString form;
    int row = 0;
    qint64 officeId = 0;
    QString officeName;
    std::optional<qint64> money; ///< executed resources reported on this goal's row (pesos)
};

/// Executed resources a form row reports, placed on the product's budget execution.
struct ExecutedMoney
{
    qint64 indicatorId = 0; ///< the goal whose row reported it
    qint64 productId = 0;
    int year = 0;
    Money amount = 0;
    QString form;
    int row = 0;
    QString officeName;
};

/// What each office's forms brought.
struct OfficeSummary
{
    QString officeName;
    QStringList forms;
    int values = 0; ///< accepted progress values
    int rejected = 0; ///< rejected rows
    Money money = 0; ///< executed resources reported in the accepted rows
};

/// The result of reading every form, before anything is written.
struct Collection
{
    QList<Answer> answers;
    QList<ExecutedMoney> money; ///< accepted executed resources, one per form row that reports them
    /// The budget execution rows apply() writes: per product and year, the commitments are the sum
    /// of the accepted rows' executed resources, split among the product's funding sources in
    /// proportion to the investment programmed for the year (the other columns are kept).
    QList<BudgetExecution> executions;
    QList<Rejection> rejections;
    QStringList warnings; ///< forms accepted with a remark (made from an older plan version…)
    QList<OfficeSummary> offices; ///< in the order the forms were given
    QStringList acceptedForms; ///< files with at least one answer taken and no refusal as a whole
};

/// «Recibir formatos»: reads any number of filled follow-up forms (FollowUpForms) and checks each
/// against the plan: a form of another plan or with a broken signature is refused whole; a form
/// made from an older plan version is read with a warning; a row of a goal the plan no longer
/// has, that moved to another office or was not in the form, a value that is not a number or is
/// out of range, «NP» on a programmed goal, and a goal answered by two forms are rejected with
/// the form, the row and the reason. Then apply() writes every accepted answer as one undo step.
class FormCollector
{
    Q_DECLARE_TR_FUNCTIONS(planea::followup::FormCollector)

public:
    static Collection collect(const PlanData &plan, const QString &planId, const QStringList &paths);

    /// Makes a backup of the plan, then writes every answer of `collection` in one transaction
    /// and one undo step («Recibir formatos de seguimiento»). Each value's audit entry names the
    /// person and the office that reported it; the executed resources go to the budget execution
    /// (commitments) in the same step. Nothing is written when there is nothing to write.
    static Status apply(PlanDocument &document, const Collection &collection, BackupManager *backups);
};

} // namespace planea::followup
