#include "document/ChangeValueCommand.h"

#include "document/PlanDocument.h"

#include <QCoreApplication>

namespace planea {

ChangeValueCommand::ChangeValueCommand(PlanDocument *document, Table table, qint64 rowId, QString column,
                                       QVariant before, QVariant after, const QString &text)
    : m_document(document)
    , m_table(table)
    , m_rowId(rowId)
    , m_column(std::move(column))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? QCoreApplication::translate("planea::ChangeValueCommand", "Edit value") : text);
}

void ChangeValueCommand::apply(const QVariant &value)
{
    if (auto g = m_document->checkEdit(m_table, m_column); !g) {
        emit m_document->editFailed(g.error().message);
        return;
    }
    if (auto s = m_document->store().update(m_table, m_rowId, m_column, value); !s)
        emit m_document->editFailed(s.error().message);
}

void ChangeValueCommand::undo()
{
    apply(m_before);
}

void ChangeValueCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after);
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeValueCommand *>(other);
    if (o->m_table != m_table || o->m_rowId != m_rowId || o->m_column != m_column)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace planea
