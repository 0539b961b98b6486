#include "document/ProgressImportCommand.h"

#include "document/PlanDocument.h"
#include "storage/PlanWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

ProgressImportCommand::ProgressImportCommand(PlanDocument *document, QList<Change> changes, const QString &text,
                                             QList<ExecutionChange> executions)
    : m_document(document)
    , m_changes(std::move(changes))
    , m_executions(std::move(executions))
{
    setText(text);
}

Status ProgressImportCommand::apply(bool forward)
{
    if (auto g = m_document->checkEdit(Table::Progress); !g)
        return g;
    if (!m_executions.isEmpty()) {
        if (auto g = m_document->checkEdit(Table::BudgetExecution); !g)
            return g;
    }
    PlanStore &store = m_document->store();
    const QString actor = store.actor();
    const Status done = store.transaction([&]() -> Status {
        PlanWriter writer(store);
        // Forward writes each row's new value; backward puts back the old one or removes the row it added.
        const auto step = [&](const auto &c, auto set, Table table, const QVariantMap &key) -> Status {
            if (forward)
                return (writer.*set)(c.after);
            if (c.before)
                return (writer.*set)(*c.before);
            return store.removeWhere(table, key);
        };
        for (const Change &c : std::as_const(m_changes)) {
            store.setActor(forward && !c.reporter.isEmpty() ? c.reporter : actor);
            const Status s = step(c, &PlanWriter::setProgress, Table::Progress,
                                  { { u"indicator_id"_s, c.after.indicatorId },
                                    { u"year"_s, c.after.year },
                                    { u"period"_s, c.after.period } });
            if (!s)
                return s;
        }
        store.setActor(actor);
        for (const ExecutionChange &c : std::as_const(m_executions)) {
            const Status s = step(c, &PlanWriter::setExecution, Table::BudgetExecution,
                                  { { u"product_id"_s, c.after.productId },
                                    { u"year"_s, c.after.year },
                                    { u"source_code"_s, c.after.sourceCode } });
            if (!s)
                return s;
        }
        return {};
    });
    store.setActor(actor); // also when a reporter's row failed
    store.setActor(actor);
    return done;
}

void ProgressImportCommand::undo()
{
    if (auto s = apply(false); !s)
        emit m_document->editFailed(s.error().message);
}

void ProgressImportCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto s = apply(true); !s)
        emit m_document->editFailed(s.error().message);
}

} // namespace planea
