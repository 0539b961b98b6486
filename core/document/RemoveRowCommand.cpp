#include "document/RemoveRowCommand.h"

#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

RemoveRowCommand::RemoveRowCommand(PlanDocument *document, Table table, qint64 rowId, QVariantMap snapshot,
                                   const QString &text)
    : m_document(document)
    , m_table(table)
    , m_rowId(rowId)
    , m_snapshot(std::move(snapshot))
{
    setText(text);
    m_snapshot.insert(u"id"_s, m_rowId);
}

void RemoveRowCommand::undo()
{
    if (auto g = m_document->checkEdit(m_table); !g) {
        emit m_document->editFailed(g.error().message);
        return;
    }
    if (auto id = m_document->store().insert(m_table, m_snapshot); !id)
        emit m_document->editFailed(id.error().message);
}

void RemoveRowCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto g = m_document->checkEdit(m_table); !g) {
        emit m_document->editFailed(g.error().message);
        return;
    }
    if (auto s = m_document->store().remove(m_table, m_rowId); !s)
        emit m_document->editFailed(s.error().message);
}

} // namespace planea
