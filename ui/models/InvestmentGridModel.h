#pragma once

#include "FundingSources.h"
#include "domain/Money.h"
#include "storage/Schema.h"

#include <QAbstractTableModel>

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// One product's Plan Plurianual de Inversiones: funding sources down, the four years across,
/// with a total row and a total column. Cells are pesos; typing or pasting a block from Excel
/// goes through undoable commands (a paste is one undo step).
class InvestmentGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Columns 0..3 are the term's years; then the row total.
    enum Column { FirstYear = 0, TotalColumn = 4, ColumnCount = 5 };
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< qint64 pesos of the cell or total
        SourceCodeRole,
        YearRole,
    };

    explicit InvestmentGridModel(PlanDocument *document, QObject *parent = nullptr);

    void setProduct(qint64 productId);
    qint64 productId() const { return m_productId; }
    /// Row of the totals (after the sources).
    int totalRow() const { return int(m_sources.size()); }
    Money productTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Pastes a tab-separated block (rows by newlines) starting at `topLeft`, as one undo step.
    /// Cells outside the grid are ignored; a cell that is not an amount stops the paste with a
    /// message and leaves the grid as it was. Returns the number of cells written.
    int pasteBlock(const QModelIndex &topLeft, const QString &text);

private:
    Money amount(int row, int column) const;
    bool writeCell(int row, int column, std::optional<Money> value);
    void reload();
    void onTable(Table table);

    PlanDocument *m_document;
    qint64 m_productId = 0;
    QList<FundingSourceItem> m_sources;
    QList<int> m_years;
};

} // namespace planea::ui
