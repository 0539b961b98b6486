#include "CsvExporter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

using report::ColumnType;

QString CsvExporter::formatCode() const
{
    return u"csv"_s;
}

QString CsvExporter::fileSuffix() const
{
    return u"csv"_s;
}

QString CsvExporter::guardText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u"'"_s + text;
    return text;
}

QString CsvExporter::formatNumber(double value, int maxDecimals) const
{
    if (!std::isfinite(value))
        return {};
    QString s = QString::number(value, 'f', maxDecimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0"_s)
        s = u"0"_s;
    s.replace(u'.', m_options.decimalMark);
    return s;
}

QString CsvExporter::formatCell(const QVariant &value, ColumnType type) const
{
    if (!value.isValid() || value.isNull())
        return {};
    // A mark such as "NP" in a numeric column, or any text: written as guarded text.
    if (type == ColumnType::Text || value.typeId() == QMetaType::QString)
        return guardText(value.toString());
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Money:
        if (value.typeId() == QMetaType::Double)
            return QString::number(std::llround(value.toDouble()));
        return QString::number(value.toLongLong());
    case ColumnType::Decimal:
        return formatNumber(value.toDouble(), 6);
    case ColumnType::Percent:
        return formatNumber(value.toDouble(), 2);
    case ColumnType::Text:
        break;
    }
    return guardText(value.toString());
}

QString CsvExporter::quote(const QString &field) const
{
    if (field.contains(m_options.separator) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        QString escaped = field;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + escaped + u"\""_s;
    }
    return field;
}

QByteArray CsvExporter::render(const report::Report &report) const
{
    const QString eol = m_options.crlf ? u"\r\n"_s : u"\n"_s;
    QString text;
    QStringList fields;
    for (const auto &column : report.columns)
        fields.append(quote(guardText(column.title)));
    text += fields.join(m_options.separator) + eol;
    for (const auto &row : report.rows) {
        fields.clear();
        for (qsizetype i = 0; i < report.columns.size(); ++i)
            fields.append(quote(formatCell(row.cells.value(i), report.columns[i].type)));
        text += fields.join(m_options.separator) + eol;
    }
    QByteArray bytes;
    if (m_options.byteOrderMark)
        bytes = QByteArray("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

Status CsvExporter::write(const report::Report &report, QIODevice &device) const
{
    const QByteArray bytes = render(report);
    if (device.write(bytes) != bytes.size()) {
        return Error::io(
            QCoreApplication::translate("CsvExporter", "Could not write the CSV file: %1").arg(device.errorString()));
    }
    return {};
}

} // namespace planea::exporting
