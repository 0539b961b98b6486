#pragma once

#include "CsvOptions.h"
#include "Exporter.h"

namespace planea::exporting {

/// CSV that Excel opens correctly in es-CO: UTF-8 with BOM, ';' separator, CRLF, decimal comma,
/// no thousands separator, money as integer pesos. A text cell that starts with = + - @, a tab or
/// a carriage return gets a leading apostrophe, so no formula runs when the file is opened;
/// numbers are never altered (a negative number stays a number).
class CsvExporter final : public Exporter
{
public:
    explicit CsvExporter(CsvOptions options = {})
        : m_options(options)
    {
    }

    QString formatCode() const override;
    QString fileSuffix() const override;
    Status write(const report::Report &report, QIODevice &device) const override;

    /// The whole file as bytes (for tests and previews).
    QByteArray render(const report::Report &report) const;

    /// One cell as written, before quoting.
    QString formatCell(const QVariant &value, report::ColumnType type) const;
    QString formatNumber(double value, int maxDecimals) const;
    /// Neutralises text that a spreadsheet would run as a formula.
    static QString guardText(const QString &text);

private:
    QString quote(const QString &field) const;

    CsvOptions m_options;
};

} // namespace planea::exporting
