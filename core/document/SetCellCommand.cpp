#include "document/SetCellCommand.h"

#include "document/PlanDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace planea {

namespace {

/// The fields an edit changes; for a row created or removed, its non-empty fields.
QSet<QString> changedFields(const std::optional<QVariantMap> &before, const std::optional<QVariantMap> &after)
{
    const auto filled = [](const QVariant &v) { return !v.isNull() && !v.toString().isEmpty(); };
    QSet<QString> fields;
    if (before && after) {
        for (auto it = after->begin(); it != after->end(); ++it)
            if (before->value(it.key()) != it.value())
                fields.insert(it.key());
        for (auto it = before->begin(); it != before->end(); ++it)
            if (!after->contains(it.key()))
                fields.insert(it.key());
    } else if (const std::optional<QVariantMap> &row = before ? before : after) {
        for (auto it = row->begin(); it != row->end(); ++it)
            if (filled(it.value()))
                fields.insert(it.key());
    }
    return fields;
}

} // namespace

SetCellCommand::SetCellCommand(PlanDocument *document, Table table, QVariantMap key, std::optional<QVariantMap> before,
                               std::optional<QVariantMap> after, const QString &text)
    : m_document(document)
    , m_table(table)
    , m_key(std::move(key))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? QCoreApplication::translate("planea::SetCellCommand", "Edit cell") : text);
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
    // Same row and a field in common: typing the same cell again is one step, but a value and then
    // its evidence (other fields of the row) are two steps the user undoes one by one.
    if (o->m_table != m_table || o->m_key != m_key
        || !changedFields(m_before, m_after).intersects(changedFields(o->m_before, o->m_after)))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace planea
