#pragma once

#include "AccumulationRules.h"
#include "Efficacy.h"
#include "EfficacyScale.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace planea {
struct PlanData;
struct WellbeingIndicator;
} // namespace planea

namespace planea::calc {

/// One year of a result (wellbeing) indicator during the term.
struct ResultYear
{
    int year = 0;
    std::optional<double> value; ///< nullopt: no value recorded for the year
    std::optional<Percent> progress; ///< towards the four-year target, from the baseline
};

/// Follow-up of one prioritised result ("bienestar") indicator in a year: its values during the
/// term against its baseline and four-year target, direction-aware, and the product goals that
/// should move it (the cadena de valor).
struct ResultFollowUp
{
    qint64 id = 0;
    QString name;
    QString unit;
    std::optional<qint64> lineId;
    QString lineName;
    Direction direction = Direction::Increase;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    std::optional<double> target;

    QList<ResultYear> years; ///< every year of the term, in order
    std::optional<int> latestYear; ///< the latest term year up to the year asked with a value
    std::optional<double> latestValue;
    std::optional<Percent> progress; ///< of the latest value; nullopt without value, baseline or target
    /// Did the latest value move the desired way from the baseline? nullopt when unknown.
    std::optional<bool> improving;
    EfficacyCategory category; ///< of `progress`, on the eficacia scale

    /// Product indicators meant to move it: those linked to it in the strategic plan, or, when
    /// none is, every goal of its line (`linkedByLine`).
    QList<qint64> linkedIndicatorIds;
    bool linkedByLine = false;
    std::optional<double> linkedEfficacy; ///< plain average of their eficacia in the year
    std::optional<double> linkedTermProgress; ///< plain average of their four-year progress
};

/// Progress of a value from `baseline` towards `target` for an indicator of `direction`, in
/// percent (raw, capped, over-achievement). Increase: (x − LB) / (M − LB); Decrease:
/// (LB − x) / (LB − M); Maintain: x / M. When M = LB (keep the level), 100 % if x is on the
/// right side of it, else x / M (Increase, Maintain) or M / x (Decrease). nullopt when it
/// cannot be computed (M = 0 and no baseline difference, non-finite numbers).
std::optional<Percent> resultProgress(Direction direction, double baseline, double target, double value);

/// The follow-up of every prioritised result indicator of the plan in `year`, in plan order.
/// `efficacy` is the plan's eficacia report of the same year (computed when nullptr).
QList<ResultFollowUp> computeResultFollowUp(const PlanData &plan, int year, const EfficacyReport *efficacy = nullptr,
                                            const EfficacyScale &scale = EfficacyScale::standard());

} // namespace planea::calc
