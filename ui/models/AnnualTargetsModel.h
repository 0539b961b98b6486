#pragma once

#include "storage/Schema.h"

#include <QAbstractTableModel>

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// The Plan Indicativo programming: one row per product indicator (meta de producto) with its
/// accumulation type, weight, responsible office and the target of each year of the term.
/// A year accepts a number or "NP" (no programado), which is not the same as 0.
class AnnualTargetsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Indicator,
        Unit,
        Accumulation,
        Weight,
        Responsible,
        Year1,
        Year2,
        Year3,
        Year4,
        TermTarget,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1, ///< product indicator id
        AccumulationCodeRole, ///< stable code, e.g. "ACUMULADO"
    };

    explicit AnnualTargetsModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }
    int yearOf(int column) const;

private:
    void reload();

    PlanDocument *m_document;
    QList<qint64> m_ids;
};

} // namespace planea::ui
