#pragma once

#include "Money.h"

#include <QString>

namespace planea {

/// One cell of the Plan Plurianual de Inversiones: a product's money for a year from a source.
struct InvestmentAmount
{
    qint64 productId = 0;
    int year = 0;
    QString sourceCode;
    Money amount = 0;
};

} // namespace planea
