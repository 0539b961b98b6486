#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

/// A parsed CSV file: rows of fields and the file line on which each row starts (1-based), so that
/// importers can say where a bad value is.
struct CsvTable
{
    QChar separator;
    QStringList header; ///< the first row
    int headerLine = 1; ///< line of the header (blank lines before it are skipped)
    QList<QStringList> rows; ///< the rows after the header
    QList<int> lineNumbers; ///< lineNumbers[i] is the line where rows[i] starts
};

/// RFC 4180 reader: quoted fields, doubled quotes, separators and line breaks inside quotes, CRLF
/// or LF line ends, a UTF-8 byte order mark skipped. The separator (`;`, `,` or tab) is detected
/// from the header line unless given. Empty lines are skipped. Malformed input (an unterminated
/// quote, text after a closing quote, invalid UTF-8, binary data) is reported with its line.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(planea::CsvReader)

public:
    /// `sourceName` names the input in messages (usually the file name).
    static Result<CsvTable> parse(const QByteArray &data, const QString &sourceName,
                                  std::optional<QChar> separator = {});
    static Result<CsvTable> readFile(const QString &path, std::optional<QChar> separator = {});

    /// The separator among `;`, `,` and tab that occurs most often, outside quotes, in the first line.
    static QChar detectSeparator(const QByteArray &data);

    /// Checks that every row has exactly the header's number of fields; the message names the line.
    static Status checkFieldCounts(const CsvTable &table, const QString &sourceName);
};

} // namespace planea
