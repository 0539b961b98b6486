#pragma once

#include "ModulePage.h"
#include "domain/Enums.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace planea::ui {

class AnnualTargetsModel;
class DashboardWidget;
class ExecutionModel;
class GridView;
class ProgressModel;
class ResultValuesModel;

/// Module 6: the annual programming of each goal (Plan Indicativo); in "Progress", what each
/// office achieved and spent per goal, year (and quarter) with its evidence, and the yearly
/// values of the result indicators; in "Dashboard", the eficacia with traffic lights and its
/// drill-down (docs/GUIA_USUARIO.md).
class IndicativePlanPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit IndicativePlanPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;
    AnnualTargetsModel *targetsModel() const { return m_model; }
    ProgressModel *progressModel() const { return m_progress; }
    ExecutionModel *executionModel() const { return m_execution; }
    ResultValuesModel *resultsModel() const { return m_results; }
    GridView *progressView() const { return m_progressView; }
    DashboardWidget *dashboard() const { return m_dashboard; }

    enum Tab { ProgrammingTab, ProgressTab, DashboardTab };
    /// The progress capture of `year` (and `period`, 0 the whole year) for an office (AllOffices: every one).
    void setProgressPeriod(int year, int period = 0);
    void setProgressOffice(qint64 officeId);
    /// Stores `path` as the evidence file of the goal in the current row of the progress grid.
    bool setEvidenceFile(const QString &path);

    /// Plain-words explanation of what an accumulation type means for the annual targets.
    static QString accumulationExplanation(AccumulationType type);

private:
    void updatePreview();
    void fillProgressFilters();
    void chooseEvidenceFile();
    void openEvidence();

    AnnualTargetsModel *m_model;
    GridView *m_view;
    QLabel *m_preview;
    // Progress capture.
    ProgressModel *m_progress;
    ExecutionModel *m_execution;
    ResultValuesModel *m_results;
    GridView *m_progressView;
    GridView *m_executionView;
    GridView *m_resultsView;
    QComboBox *m_year;
    QComboBox *m_period;
    QLabel *m_periodLabel;
    QComboBox *m_office;
    QPushButton *m_chooseFile;
    QPushButton *m_openEvidence;
    QTabWidget *m_captureTabs;
    DashboardWidget *m_dashboard;
    bool m_dashboardStale = false;
};

} // namespace planea::ui
