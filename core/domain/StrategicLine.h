#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

struct StrategicLine
{
    qint64 id = 0;
    int sortOrder = 0; ///< priority: 1 is the first line
    QString name;
    QString description;
    std::optional<double> weight; ///< percent within the plan
    QStringList sectorCodes; ///< 2-digit MGA sectors
};

} // namespace planea
