#pragma once

#include "domain/Money.h"

#include <QString>

namespace planea::calc {

/// A decimal number as Colombians read it ("1.234,5"), without needless trailing zeros. Used in
/// the Spanish messages of calculations and validation.
QString formatNumber(double value);

/// Pesos as "$ 150.000.000".
QString formatMoney(Money amount);

/// A percentage with one decimal: "87,5 %".
QString formatPercent(double percent);

} // namespace planea::calc
