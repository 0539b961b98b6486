#pragma once

#include "ModulePage.h"

class QTableWidget;

namespace planea::ui {

class ChartWidget;

/// Module 3: the situation in figures (welfare indicators by year), the problems found, and
/// the financial history and projection that bound the investment plan.
class DiagnosisPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit DiagnosisPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;

private:
    void refreshIndicators();
    void refreshProblems();
    void refreshFinance();
    void showIndicatorChart();

    QTableWidget *m_indicators;
    ChartWidget *m_indicatorChart;
    QTableWidget *m_problems;
    QTableWidget *m_finance;
    ChartWidget *m_financeChart;
    QList<int> m_indicatorYears;
};

} // namespace planea::ui
