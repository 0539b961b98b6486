#include "ResultFollowUp.h"

#include "PlanTree.h"
#include "domain/PlanData.h"

#include <QHash>

#include <cmath>

namespace planea::calc {

namespace {

constexpr double kEpsilon = 1e-9;

std::optional<Percent> percentOf(double raw)
{
    if (!std::isfinite(raw))
        return std::nullopt;
    return Percent::fromRaw(raw);
}

std::optional<double> averageOf(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

} // namespace

std::optional<Percent> resultProgress(Direction direction, double baseline, double target, double value)
{
    if (!std::isfinite(baseline) || !std::isfinite(target) || !std::isfinite(value))
        return std::nullopt;
    switch (direction) {
    case Direction::Increase:
        if (target - baseline > kEpsilon)
            return percentOf((value - baseline) / (target - baseline) * 100.0);
        if (value >= target)
            return Percent::fromRaw(100.0);
        if (std::abs(target) < kEpsilon)
            return std::nullopt;
        return percentOf(value / target * 100.0);
    case Direction::Decrease:
        if (baseline - target > kEpsilon)
            return percentOf((baseline - value) / (baseline - target) * 100.0);
        if (value <= target)
            return Percent::fromRaw(100.0);
        if (std::abs(value) < kEpsilon)
            return std::nullopt;
        return percentOf(target / value * 100.0);
    case Direction::Maintain:
        if (std::abs(target) < kEpsilon)
            return std::abs(value) < kEpsilon ? std::optional<Percent>(Percent::fromRaw(100.0)) : std::nullopt;
        return percentOf(value / target * 100.0);
    }
    return std::nullopt;
}

QList<ResultFollowUp> computeResultFollowUp(const PlanData &plan, int year, const EfficacyReport *efficacy,
                                            const EfficacyScale &scale)
{
    EfficacyReport computed;
    if (!efficacy) {
        computed = computeEfficacy(plan, year);
        efficacy = &computed;
    }
    QHash<qint64, const GoalEfficacy *> goalOf;
    for (const GoalEfficacy &g : efficacy->goals)
        goalOf.insert(g.indicatorId, &g);

    // Goals linked to each result indicator, and every goal of each line, in plan order.
    QHash<qint64, QList<qint64>> linked;
    QHash<qint64, QList<qint64>> goalsOfLine;
    for (const ProductIndicator &ind : plan.indicators) {
        if (ind.wellbeingIndicatorId)
            linked[*ind.wellbeingIndicatorId].append(ind.id);
        goalsOfLine[plan.lineIdOfProduct(ind.productId)].append(ind.id);
    }

    QList<ResultFollowUp> out;
    for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
        if (!w.isPrioritized)
            continue;
        ResultFollowUp r;
        r.id = w.id;
        r.name = w.name;
        r.unit = w.unit;
        r.lineId = w.lineId;
        if (const StrategicLine *line = w.lineId ? plan.line(*w.lineId) : nullptr)
            r.lineName = line->name;
        r.direction = w.direction;
        r.baseline = w.baseline;
        r.baselineYear = w.baselineYear;
        r.target = w.target;

        for (int y : plan.info.term.years()) {
            ResultYear ry;
            ry.year = y;
            for (const IndicatorValue &v : w.values) {
                if (v.year == y)
                    ry.value = v.value;
            }
            if (ry.value && w.baseline && w.target)
                ry.progress = resultProgress(w.direction, *w.baseline, *w.target, *ry.value);
            if (ry.value && y <= year) {
                r.latestYear = y;
                r.latestValue = ry.value;
                r.progress = ry.progress;
            }
            r.years.append(ry);
        }
        if (r.latestValue && w.baseline) {
            const double delta = *r.latestValue - *w.baseline;
            switch (w.direction) {
            case Direction::Increase:
                r.improving = delta > kEpsilon;
                break;
            case Direction::Decrease:
                r.improving = delta < -kEpsilon;
                break;
            case Direction::Maintain:
                r.improving = w.target ? std::optional<bool>(*r.latestValue >= *w.target - kEpsilon) : std::nullopt;
                break;
            }
        }
        r.category = scale.categorize(r.progress ? std::optional<double>(r.progress->capped) : std::nullopt);

        r.linkedIndicatorIds = linked.value(w.id);
        if (r.linkedIndicatorIds.isEmpty() && w.lineId) {
            r.linkedIndicatorIds = goalsOfLine.value(*w.lineId);
            r.linkedByLine = !r.linkedIndicatorIds.isEmpty();
        }
        QList<double> eff;
        QList<double> term;
        for (qint64 id : r.linkedIndicatorIds) {
            const GoalEfficacy *g = goalOf.value(id);
            if (!g)
                continue;
            if (g->efficacy)
                eff.append(g->efficacy->capped);
            if (g->termProgress)
                term.append(g->termProgress->capped);
        }
        r.linkedEfficacy = averageOf(eff);
        r.linkedTermProgress = averageOf(term);
        out.append(r);
    }
    return out;
}

} // namespace planea::calc
