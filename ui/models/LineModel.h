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

protected:
    QList<Row> readRows(const PlanData &data) const override;
};

} // namespace planea::ui
