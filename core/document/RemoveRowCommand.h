#pragma once

#include "storage/Schema.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace planea {

class PlanDocument;

/// A row was removed; undo puts it back with the same id and the columns in the snapshot.
class RemoveRowCommand final : public QUndoCommand
{
public:
    RemoveRowCommand(PlanDocument *document, Table table, qint64 rowId, QVariantMap snapshot, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    Table m_table;
    qint64 m_rowId;
    QVariantMap m_snapshot;
    bool m_applied = true;
};

} // namespace planea
