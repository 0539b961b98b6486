#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace planea::ui {

/// es-CO presentation of numbers, money and dates, always through QLocale (never
/// QString::number), so the secretary sees what she sees in Excel: `$ 150.000.000`, `12,5`.
namespace format {

QString money(Money pesos);
/// Money without the "$ " prefix, for grid cells where the column says it is money.
QString amount(Money pesos);
QString number(double value, int maxDecimals = 2);
QString number(const std::optional<double> &value, int maxDecimals = 2);
QString date(const QDate &date);
QString percent(double value, int decimals = 1);

/// Reads a number as the user typed it (es-CO "1.500,5" or a plain "1500.5" pasted from
/// elsewhere). Empty text gives an empty optional; nullopt plus ok=false for garbage.
std::optional<double> parseNumber(const QString &text, bool *ok = nullptr);
/// Reads pesos: "$ 1.500.000", "1500000", "1.500.000". Decimals are refused: money is integer.
std::optional<Money> parseMoney(const QString &text, bool *ok = nullptr);

} // namespace format
} // namespace planea::ui
