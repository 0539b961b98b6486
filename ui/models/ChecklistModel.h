#pragma once

#include "RecordTableModel.h"

namespace planea::ui {

/// The alistamiento checklist: each item done or not, with a note on the evidence.
class ChecklistModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Done, Text, Evidence, ColumnCount };

    explicit ChecklistModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QList<Row> readRows(const PlanData &data) const override;
};

} // namespace planea::ui
