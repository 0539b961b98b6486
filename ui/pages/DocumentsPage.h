#pragma once

#include "ModulePage.h"

class QLabel;
class QTableView;
class QTableWidget;

namespace planea::ui {

class FindingsModel;

/// Module 7: how complete each module is, what is missing, and what the validation found.
/// Double-clicking a finding asks the window to show the item.
class DocumentsPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit DocumentsPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    FindingsModel *findingsModel() const { return m_findings; }
    QTableView *findingsView() const { return m_findingsView; }

signals:
    void navigateRequested(int module, planea::Table table, qint64 id);

private:
    QTableWidget *m_completeness;
    QLabel *m_overall;
    FindingsModel *m_findings;
    QTableView *m_findingsView;
    QLabel *m_findingsSummary;
};

} // namespace planea::ui
