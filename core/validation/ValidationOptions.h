#pragma once

#include "calc/AccumulationRules.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace planea::calc {

struct ValidationOptions
{
    /// Funding source codes accepted in the investment plan, projection and execution. Default:
    /// the 16 codes of catalogs/fuentes_financiacion.csv.
    QStringList knownSourceCodes = defaultSourceCodes();

    /// Optional: is this 9-digit indicator code in the imported MGA catalog? When set, catalog
    /// (non-own) indicators not found give an AVISO.
    std::function<bool(const QString &indicatorCode)> isKnownCatalogCode;

    /// nullptr: AccumulationRules::standard().
    const AccumulationRules *rules = nullptr;

    /// Tolerance for weights summing to 100 %.
    double weightTolerance = 0.01;

    static QStringList defaultSourceCodes();
};

} // namespace planea::calc
