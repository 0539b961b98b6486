#include "catalog/ShippedCsv.h"

#include "util/CsvReader.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace planea {

Result<QList<ShippedCsv::Row>> ShippedCsv::read(const QString &fileName, const QStringList &columns)
{
    auto damaged = [&](const QString &why) {
        return Error::internal(tr("The catalog «%1» shipped with Planea cannot be read: %2").arg(fileName, why));
    };
    QFile file(u":/planea/catalogs/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    auto csv = CsvReader::parse(file.readAll(), fileName, QChar(u','));
    if (!csv)
        return damaged(csv.error().message);
    if (Status counts = CsvReader::checkFieldCounts(*csv, fileName); !counts)
        return damaged(counts.error().message);

    QList<qsizetype> positions;
    for (const QString &column : columns) {
        const qsizetype at = csv->header.indexOf(column);
        if (at < 0)
            return damaged(tr("column «%1» is missing").arg(column));
        positions.append(at);
    }
    QList<Row> rows;
    rows.reserve(csv->rows.size());
    for (const QStringList &fields : csv->rows) {
        Row row;
        row.reserve(positions.size());
        for (const qsizetype at : positions)
            row.append(fields.at(at));
        rows.append(row);
    }
    return rows;
}

} // namespace planea
