#pragma once

#include "storage/Schema.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace planea {

class PlanDocument;

/// A row was added (a team member, a line…). Redo re-inserts it with the same id, so later
/// commands that refer to that id keep working.
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(PlanDocument *document, Table table, qint64 rowId, QVariantMap values, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    Table m_table;
    qint64 m_rowId;
    QVariantMap m_values;
    bool m_applied = true;
};

} // namespace planea
