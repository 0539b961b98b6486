#include "document/InsertRowCommand.h"

#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

InsertRowCommand::InsertRowCommand(PlanDocument *document, Table table, qint64 rowId, QVariantMap values,
                                   const QString &text)
    : m_document(document)
    , m_table(table)
    , m_rowId(rowId)
    , m_values(std::move(values))
{
    setText(text);
}

void InsertRowCommand::undo()
{
    if (auto g = m_document->checkEdit(m_table); !g) {
        emit m_document->editFailed(g.error().message);
        return;
    }
    if (auto s = m_document->store().remove(m_table, m_rowId); !s)
        emit m_document->editFailed(s.error().message);
}

void InsertRowCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto g = m_document->checkEdit(m_table); !g) {
        emit m_document->editFailed(g.error().message);
        return;
    }
    QVariantMap values = m_values;
    values.insert(u"id"_s, m_rowId);
    if (auto id = m_document->store().insert(m_table, values); !id)
        emit m_document->editFailed(id.error().message);
}

} // namespace planea
