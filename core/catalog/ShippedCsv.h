#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace planea {

/// Reads one of the catalogs embedded at :/planea/catalogs/<file>. A missing file or column is a
/// build defect, reported as an internal error naming the file.
class ShippedCsv final
{
    Q_DECLARE_TR_FUNCTIONS(planea::ShippedCsv)

public:
    using Row = QStringList;
    /// The rows with their fields in the order of `columns`.
    static Result<QList<Row>> read(const QString &fileName, const QStringList &columns);
};

} // namespace planea
