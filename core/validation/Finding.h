#pragma once

#include "storage/Schema.h"

#include <QString>

namespace planea::calc {

enum class Severity { Error, Warning };

/// "ERROR" or "AVISO" (what the CLI prints and the JSON carries).
QString severityCode(Severity severity);

/// One problem found in a plan, located so the GUI can jump to the item.
struct Finding
{
    Severity severity = Severity::Error;
    int module = 0; ///< 1–7
    QString moduleName; ///< Spanish
    QString location; ///< Spanish, "Línea 2 «Desarrollo económico» › Programa 3502 › …"
    QString message; ///< Spanish
    QString ruleCode; ///< stable, e.g. "PRODUCTO_SIN_INDICADOR"
    Table table = Table::Plan;
    qint64 itemId = 0;
};

} // namespace planea::calc
