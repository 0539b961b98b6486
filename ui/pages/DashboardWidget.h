#pragma once

#include "calc/Efficacy.h"
#include "models/DashboardModel.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace planea {
class PlanDocument;
struct PlanData;
} // namespace planea

namespace planea::ui {

class ChartWidget;

/// The "tablero de control" of module 6 (and of a council package): for a year and optionally
/// one responsible office, the plan's eficacia and four-year progress with traffic lights (colour
/// and text), a drill-down plan → line → program → goal with the selected item's history by
/// year, charts by line, sector, office and year, and the goals with a warning.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class ChartKind { ByLine, BySector, ByOffice, ByYear, History };

    explicit DashboardWidget(PlanDocument *document, QWidget *parent = nullptr);

    /// Recomputes everything from the plan as it is now (keeps the selection when it still exists).
    void refresh();

    int year() const;
    void setYear(int year);
    /// AllOffices (-1), 0 for goals without an office, or an office id.
    void setOffice(qint64 officeId);
    void setChart(ChartKind kind);
    /// How goals are aggregated (the selector «Método»): starts as the plan's chosen method, and a
    /// change is remembered in the plan (for the session only when the plan is read-only).
    calc::AggregationMethod method() const;
    void setMethod(calc::AggregationMethod method);
    /// Selects a node of the drill-down (and shows its history).
    void select(DashboardModel::Kind kind, qint64 id);

    DashboardModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /// The report of the chosen year for the goals the filter shows.
    const calc::EfficacyReport &report() const { return m_reports.at(m_yearIndex); }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *flagsTable() const { return m_flags; }
    ChartWidget *chart() const { return m_chart; }
    QString breadcrumbText() const;

private:
    void rebuild();
    void updateSelection();
    void updateChart();
    void updateFlags();
    void fillOffices();
    PlanData filteredPlan() const;

    PlanDocument *m_document;
    QComboBox *m_year;
    QComboBox *m_office;
    QComboBox *m_chartKind;
    QComboBox *m_method;
    QLabel *m_light;
    QLabel *m_summary;
    DashboardModel *m_model;
    QTreeView *m_tree;
    ChartWidget *m_chart;
    QLabel *m_breadcrumb;
    QTabWidget *m_detailTabs;
    QTableWidget *m_history;
    QTableWidget *m_flags;
    QList<int> m_years;
    QList<calc::EfficacyReport> m_reports; ///< one per year of the term, for the current filter
    int m_yearIndex = 0;
};

} // namespace planea::ui
