#pragma once

#include "domain/Money.h"

#include <QLocale>
#include <QString>

namespace planea::calc {

/// A decimal number as Colombians read it ("1.234,5"), without needless trailing zeros. Used in
/// the Spanish messages of calculations and validation.
QString formatNumber(double value);

/// `value` in `locale` with at most `maxDecimals` decimals and no needless trailing zeros: the one
/// place that trims numbers for display (messages, GUI cells, PDF tables).
QString formatNumber(double value, int maxDecimals, const QLocale &locale);

/// Pesos as "$ 150.000.000".
QString formatMoney(Money amount);

/// A percentage with one decimal: "87,5 %".
QString formatPercent(double percent);

} // namespace planea::calc
