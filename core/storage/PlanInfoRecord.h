#pragma once

#include "domain/PlanInfo.h"

#include <QVariantMap>

namespace planea {

/// PlanInfo as the columns of the `plan` table, and back.
QVariantMap planInfoToColumns(const PlanInfo &info);
PlanInfo planInfoFromColumns(const QVariantMap &columns);

} // namespace planea
