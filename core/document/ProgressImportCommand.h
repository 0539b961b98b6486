#pragma once

#include "domain/Monitoring.h"
#include "util/Result.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace planea {

class PlanDocument;

/// Many progress reports written at once (an imported follow-up matrix): one transaction each way
/// and one undo step. Undo puts back each report as it was, or removes the ones the import added.
class ProgressImportCommand final : public QUndoCommand
{
public:
    struct Change
    {
        ProgressReport after;
        std::optional<ProgressReport> before; ///< nullopt: the import added this report
        /// Who the audit trail names for this report (e.g. the person and the office whose form
        /// brought it); empty: the store's actor.
        QString reporter = {};
    };

    /// A budget execution row written with the reports (follow-up forms' executed resources).
    struct ExecutionChange
    {
        BudgetExecution after;
        std::optional<BudgetExecution> before; ///< nullopt: the import added this row
    };

    ProgressImportCommand(PlanDocument *document, QList<Change> changes, const QString &text,
                          QList<ExecutionChange> executions = {});

    /// Writes the imported reports (forward) or the earlier ones (backward), all or nothing.
    Status apply(bool forward);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    QList<Change> m_changes;
    QList<ExecutionChange> m_executions;
    bool m_applied = true;
};

} // namespace planea
