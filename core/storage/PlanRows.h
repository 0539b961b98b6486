#pragma once

#include "domain/PlanData.h"

#include <QVariantMap>

namespace planea::rows {

/// The one mapping from a plan item to its SQLite row (column → value), used by PlanWriter to
/// insert it and by the document to restore it on undo. The id is not included.
QVariantMap of(const BudgetProgram &p);
QVariantMap of(const Product &p);
QVariantMap of(const ProductIndicator &i);

} // namespace planea::rows
