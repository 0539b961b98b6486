#pragma once

#include "domain/PlanInfo.h"
#include "util/Result.h"

#include <QString>

namespace planea::demo {

/// Writes a synthetic plan with `productIndicators` product indicators, for benchmarks and load
/// tests: five lines, programs of the budget catalog, products with one or more indicators,
/// annual targets consistent with their accumulation type, investment cells equal to each
/// product's cost and within a financial projection, and two years of progress and execution.
/// The same seed gives the same plan. Written in one transaction, atomically (see
/// writeNewPlanFile). The plan is marked as a demonstration: its data are invented.
Status generatePlan(const QString &path, int productIndicators, quint32 seed, bool overwrite = false);

/// The same plan for a given municipality (code, names, department, Ley 617 category), as the
/// portfolio of a department is generated (planea-cli generate-portfolio).
Status generatePlan(const QString &path, int productIndicators, quint32 seed, bool overwrite,
                    const TerritorialEntity &entity);

} // namespace planea::demo
