#include "SetCellCommand.h"

#include "PlanDocument.h"

#include <QCoreApplication>

namespace planea::ui {

SetCellCommand::SetCellCommand(PlanDocument *document, Table table, QVariantMap key, std::optional<QVariantMap> before,
                               std::optional<QVariantMap> after, const QString &text)
    : m_document(document)
    , m_table(table)
    , m_key(std::move(key))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? QCoreApplication::translate("planea::ui::SetCellCommand", "Edit cell") : text);
}

Status SetCellCommand::apply(const std::optional<QVariantMap> &values)
{
    if (auto g = m_document->checkEdit(m_table); !g)
        return g;
    if (!values)
        return m_document->store().removeWhere(m_table, m_key);
    QVariantMap row = m_key;
    for (auto it = values->begin(); it != values->end(); ++it)
        row.insert(it.key(), it.value());
    return m_document->store().upsert(m_table, row);
}

void SetCellCommand::undo()
{
    if (auto s = apply(m_before); !s)
        emit m_document->editFailed(s.error().message);
}

void SetCellCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto s = apply(m_after); !s)
        emit m_document->editFailed(s.error().message);
}

bool SetCellCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCellCommand *>(other);
    if (o->m_table != m_table || o->m_key != m_key)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace planea::ui
