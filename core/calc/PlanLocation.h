#pragma once

#include <QString>

namespace planea {
struct PlanData;
struct StrategicLine;
struct WellbeingIndicator;
} // namespace planea

namespace planea::calc {

/// Human locations of plan items in Spanish, e.g. "Línea 2 «Desarrollo económico» › Programa 3502
/// › Producto 3502020 › Indicador 350202000": what findings and completeness lists show.
class PlanLocation
{
public:
    explicit PlanLocation(const PlanData &plan);

    QString line(const StrategicLine &line) const;
    QString line(qint64 lineId) const;
    QString program(qint64 programId) const;
    QString product(qint64 productId) const;
    QString indicator(qint64 indicatorId) const;
    QString wellbeing(const WellbeingIndicator &indicator) const;

private:
    const PlanData &m_plan;
};

} // namespace planea::calc
