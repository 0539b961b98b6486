#include "xlsx/XlsxCell.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace planea {

QString XlsxCell::text() const
{
    switch (type) {
    case XlsxCellType::Empty:
        return {};
    case XlsxCellType::Number: {
        const double v = value.toDouble();
        // Codes typed as numbers (2201021) must come back without a decimal part or exponent.
        if (v == double(qint64(v)) && v > -1e15 && v < 1e15)
            return QString::number(qint64(v));
        return QString::number(v, 'g', 15);
    }
    case XlsxCellType::Boolean:
        return value.toBool() ? u"TRUE"_s : u"FALSE"_s;
    case XlsxCellType::Date:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toString(Qt::ISODate);
        return value.toDate().toString(Qt::ISODate);
    case XlsxCellType::String:
    case XlsxCellType::Error:
        return value.toString();
    }
    return {};
}

bool parseCellReference(QStringView reference, int *row, int *column)
{
    qsizetype i = 0;
    qint64 col = 0;
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype letters = i;
    while (i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128 && i - letters < 4) {
        col = col * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (i == letters || col > 16384)
        return false;
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype digits = i;
    qint64 r = 0;
    while (i < reference.size() && reference[i] >= u'0' && reference[i] <= u'9' && i - digits < 8) {
        r = r * 10 + (reference[i].unicode() - u'0');
        ++i;
    }
    if (i == digits || i != reference.size() || r < 1 || r > 1048576)
        return false;
    *row = int(r - 1);
    *column = int(col - 1);
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

} // namespace planea
