#pragma once

#include "validation/Finding.h"

#include <QAbstractTableModel>

namespace planea::ui {

/// The validation findings of the plan (errors and warnings), each locating the item it is
/// about so the window can jump there.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Module, Location, Message, ColumnCount };
    enum Role {
        ModuleRole = Qt::UserRole + 1, ///< int 1–7
        TableRole, ///< int(planea::Table)
        ItemIdRole, ///< qint64
        SeverityRole, ///< int(calc::Severity)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(QList<calc::Finding> findings);
    const calc::Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<calc::Finding> m_findings;
};

} // namespace planea::ui
