#pragma once

#include "Finding.h"
#include "ValidationOptions.h"

#include <QList>

namespace planea {
struct PlanData;
}

namespace planea::calc {

/// Every finding in the plan, in a deterministic order: module, then plan order.
QList<Finding> validate(const PlanData &plan, const ValidationOptions &options = {});

/// Number of findings of a severity.
int countFindings(const QList<Finding> &findings, Severity severity);

} // namespace planea::calc
