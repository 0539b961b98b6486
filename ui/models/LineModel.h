#pragma once

#include "RecordTableModel.h"

namespace planea::ui {

/// The strategic lines in priority order; name and description are edited in place.
class LineModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Order, Name, Description, Sectors, ColumnCount };

    explicit LineModel(PlanDocument *document, QObject *parent = nullptr);

    /// Swaps the line at `row` with its neighbour (`delta` = -1 up, +1 down) as one undo step.
    bool move(int row, int delta);
    /// Moves the line at `from` so that it lands at position `to` (0-based), as one undo step.
    bool moveTo(int from, int to);

    // Drag and drop of whole rows to reorder the lines.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    QList<Row> readRows(const PlanData &data) const override;
};

} // namespace planea::ui
