#pragma once

#include "ModulePage.h"

class QComboBox;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace planea::ui {

class ChartWidget;
class CharacterizationModel;
class ProblemModel;
class WellbeingModel;

/// Module 3: the situation in figures (welfare indicators by year, filtered by line, sector, ODS
/// and PND), the characterisation views where the team records what it knows, the problems
/// found, and the financial history and projection that bound the investment plan. All editable.
class DiagnosisPage final : public ModulePage
{
    Q_OBJECT

public:
    enum Tab { IndicatorsTab, CharacterizationTab, ProblemsTab, FinanceTab };

    explicit DiagnosisPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;

    QTableView *indicatorView() const { return m_indicatorView; }
    QSortFilterProxyModel *indicatorProxy() const { return m_proxy; }
    WellbeingModel *indicatorModel() const { return m_indicatorModel; }
    QTableWidget *valuesTable() const { return m_values; }
    ChartWidget *indicatorChart() const { return m_indicatorChart; }
    QComboBox *lineFilter() const { return m_lineFilter; }
    QComboBox *sectorFilter() const { return m_sectorFilter; }
    QComboBox *sdgFilter() const { return m_sdgFilter; }
    QComboBox *pndFilter() const { return m_pndFilter; }
    QListWidget *characterizationKinds() const { return m_kinds; }
    CharacterizationModel *characterizationModel() const { return m_notesModel; }
    ProblemModel *problemModel() const { return m_problemModel; }
    QTableWidget *financeTable() const { return m_finance; }
    ChartWidget *financeChart() const { return m_financeChart; }

    /// The welfare indicator selected in the table (0 when none).
    qint64 currentIndicator() const;
    /// Records the value of the selected indicator for `year` (empty text clears it).
    bool setIndicatorValue(int year, const QString &text);
    /// Years shown in the financial grid (four of history before the term, the four of the term).
    QList<int> financeYears() const;

private:
    QWidget *buildIndicatorsTab();
    QWidget *buildCharacterizationTab();
    QWidget *buildProblemsTab();
    QWidget *buildFinanceTab();
    void fillFilters();
    void applyFilters();
    void refreshValues();
    void refreshFinance();
    void commitFinanceCell(int row, int column);
    void addIndicatorFromCatalog();
    void addOwnIndicator();
    void removeIndicator();

    WellbeingModel *m_indicatorModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_indicatorView = nullptr;
    QComboBox *m_lineFilter = nullptr;
    QComboBox *m_sectorFilter = nullptr;
    QComboBox *m_sdgFilter = nullptr;
    QComboBox *m_pndFilter = nullptr;
    QTableWidget *m_values = nullptr;
    ChartWidget *m_indicatorChart = nullptr;
    QListWidget *m_kinds = nullptr;
    CharacterizationModel *m_notesModel = nullptr;
    QTableView *m_notesView = nullptr;
    ProblemModel *m_problemModel = nullptr;
    QTableView *m_problemView = nullptr;
    QTableWidget *m_finance = nullptr;
    QComboBox *m_addSource = nullptr;
    ChartWidget *m_financeChart = nullptr;
    QList<QString> m_financeSources;
    bool m_filling = false;
};

} // namespace planea::ui
