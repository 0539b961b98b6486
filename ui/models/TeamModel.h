#pragma once

#include "RecordTableModel.h"

namespace planea::ui {

/// The equipo territorial: who formulates the plan, their role and how to reach them.
class TeamModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Position, Office, Role, Email, Phone, Leader, ColumnCount };

    explicit TeamModel(PlanDocument *document, QObject *parent = nullptr);

protected:
    QList<Row> readRows(const PlanData &data) const override;
};

} // namespace planea::ui
