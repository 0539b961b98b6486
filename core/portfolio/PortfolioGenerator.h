#pragma once

#include "catalog/CatalogTypes.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace planea::portfolio {

/// Writes one generated plan (demo::generatePlan) per municipality into the existing folder
/// `folder`, named "<DANE code>.planea", each with its own seed (`seed` + its position) so that
/// their eficacias differ, and a synthetic Ley 617 category (the capital, code ending in 001,
/// category 1; the others 3 to 6): DIVIPOLA carries no category. Existing files are never
/// replaced: the first one found stops the run. Returns the paths written, in order.
Result<QStringList> generatePortfolio(const QString &folder, const QList<CatalogMunicipality> &municipalities,
                                      const QString &departmentName, int productIndicators, quint32 seed);

} // namespace planea::portfolio
