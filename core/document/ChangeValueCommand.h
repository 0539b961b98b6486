#pragma once

#include "storage/Schema.h"

#include <QUndoCommand>
#include <QVariant>

namespace planea {

class PlanDocument;

/// One value of one row changed. Repeated typing on the same cell merges into one step, so
/// Ctrl+Z undoes "the edit of that cell", not every keystroke.
class ChangeValueCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 1001;

    /// Created after the document applied the change: the first redo() does nothing.
    ChangeValueCommand(PlanDocument *document, Table table, qint64 rowId, QString column, QVariant before,
                       QVariant after, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    PlanDocument *m_document;
    Table m_table;
    qint64 m_rowId;
    QString m_column;
    QVariant m_before;
    QVariant m_after;
    bool m_applied = true;
};

} // namespace planea
