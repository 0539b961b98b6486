#pragma once

#include "storage/Schema.h"
#include "util/Result.h"

#include <QUndoCommand>
#include <QVariantMap>

#include <optional>

namespace planea {

class PlanDocument;

/// One row of a composite-key table (a PPI cell, an annual target) set or cleared. Typing again
/// in the same cell merges into one step.
class SetCellCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 1002;

    SetCellCommand(PlanDocument *document, Table table, QVariantMap key, std::optional<QVariantMap> before,
                   std::optional<QVariantMap> after, const QString &text);

    /// Writes `values` (or removes the row for nullopt). Used by the document for the first apply.
    Status apply(const std::optional<QVariantMap> &values);

    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    Table m_table;
    QVariantMap m_key;
    std::optional<QVariantMap> m_before;
    std::optional<QVariantMap> m_after;
    bool m_applied = true;
};

} // namespace planea
