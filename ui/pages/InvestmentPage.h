#pragma once

#include "ModulePage.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace planea::ui {

class ChartWidget;
class GridView;
class InvestmentGridModel;

/// Module 5: the Plan Plurianual de Inversiones. Per product, a year × source grid; overall,
/// the totals by source and year against the financial projection.
class InvestmentPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit InvestmentPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;

    InvestmentGridModel *gridModel() const { return m_grid; }
    GridView *gridView() const { return m_gridView; }
    /// Selects a product in the product chooser.
    void selectProduct(qint64 productId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillProducts();
    void onProductChosen();
    void refreshProductSummary();
    void refreshTotals();

    InvestmentGridModel *m_grid;
    GridView *m_gridView;
    QComboBox *m_products;
    QLabel *m_summary;
    QTableWidget *m_totals;
    QTableWidget *m_byLine;
    ChartWidget *m_chart;
};

} // namespace planea::ui
