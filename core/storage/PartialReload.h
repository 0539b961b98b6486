#pragma once

#include "Schema.h"
#include "util/Result.h"

#include <QString>

namespace planea {

/// Whether PlanStore::reloadValue() brings a PlanData up to date after `column` of one row of
/// `table` changed by re-reading that row alone (a product's or an indicator's field that does
/// not move it); otherwise it re-reads the parts PlanStore::partsAffectedBy(table).
bool rereadsOneRow(Table table, const QString &column);

class PlanStore;
struct PlanData;
/// Re-finds PlanData::unknownCodes for the columns read with `parts` (UnknownCodes.cpp).
Status readUnknownCodes(const PlanStore &store, PlanData &data, unsigned parts);

} // namespace planea
