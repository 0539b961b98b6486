#pragma once

#include <QtGlobal>

namespace planea {

/// Colombian pesos. Always an integer: money is never floating point in Planea.
using Money = qint64;

} // namespace planea
