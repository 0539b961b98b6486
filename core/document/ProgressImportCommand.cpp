#include "document/ProgressImportCommand.h"

#include "document/PlanDocument.h"
#include "storage/PlanWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

ProgressImportCommand::ProgressImportCommand(PlanDocument *document, QList<Change> changes, const QString &text)
    : m_document(document)
    , m_changes(std::move(changes))
{
    setText(text);
}

Status ProgressImportCommand::apply(bool forward)
{
    if (auto g = m_document->checkEdit(Table::Progress); !g)
        return g;
    PlanStore &store = m_document->store();
    const QString actor = store.actor();
    const Status done = store.transaction([&]() -> Status {
        PlanWriter writer(store);
        for (const Change &c : std::as_const(m_changes)) {
            store.setActor(forward && !c.reporter.isEmpty() ? c.reporter : actor);
            Status s;
            if (forward)
                s = writer.setProgress(c.after);
            else if (c.before)
                s = writer.setProgress(*c.before);
            else
                s = store.removeWhere(Table::Progress,
                                      { { u"indicator_id"_s, c.after.indicatorId },
                                        { u"year"_s, c.after.year },
                                        { u"period"_s, c.after.period } });
            if (!s)
                return s;
        }
        return {};
    });
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
