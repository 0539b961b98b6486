#pragma once

#include "ModulePage.h"
#include "domain/Enums.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace planea::ui {

class AnnualTargetsModel;
class GridView;

/// Module 6: the annual programming of each goal (Plan Indicativo) and, in "Follow-up", the
/// eficacia of each line for a chosen year.
class IndicativePlanPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit IndicativePlanPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;
    AnnualTargetsModel *targetsModel() const { return m_model; }

    /// Plain-words explanation of what an accumulation type means for the annual targets.
    static QString accumulationExplanation(AccumulationType type);

private:
    void updatePreview();
    void refreshFollowUp();

    AnnualTargetsModel *m_model;
    GridView *m_view;
    QLabel *m_preview;
    QComboBox *m_year;
    QTableWidget *m_efficacy;
    QLabel *m_planEfficacy;
};

} // namespace planea::ui
