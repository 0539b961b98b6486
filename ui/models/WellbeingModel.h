#pragma once

#include "ChoiceTableModel.h"

namespace planea::ui {

/// The welfare ("bienestar") indicators of the plan.
///
/// Diagnosis mode: what the indicator is (name, unit, line, sector, ODS, PND, source, desired
/// direction). Strategy mode: whether the line prioritises it, its baseline (value and year) and
/// its four-year target.
class WellbeingModel final : public ChoiceTableModel
{
    Q_OBJECT

public:
    enum class Mode { Diagnosis, Strategy };
    enum DiagnosisColumn { DName, DUnit, DLine, DSector, DSdg, DPnd, DDirection, DSource, DiagnosisColumnCount };
    enum StrategyColumn { SName, SLine, SPrioritized, SBaseline, SBaselineYear, STarget, StrategyColumnCount };

    WellbeingModel(PlanDocument *document, Mode mode, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }

protected:
    QList<Row> readRows(const PlanData &data) const override;
    QList<std::pair<QString, QVariant>> choices(int column) const override;
    bool isChoice(int column) const override;

private:
    Mode m_mode;
};

} // namespace planea::ui
