#include "util/CsvReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

/// Byte offset of the first invalid UTF-8 sequence, or -1. Overlong forms and surrogates count as
/// invalid, as QStringDecoder would replace them silently.
qsizetype firstInvalidUtf8(const QByteArray &data, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return 1 + int(QByteArrayView(data.constData(), offset).count('\n'));
}

} // namespace

QChar CsvReader::detectSeparator(const QByteArray &data)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    for (const char c : data) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n' || c == '\r')
                break;
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
    }
    // Ties go to ';' (what Excel writes with Colombian settings), then ','.
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return u';';
    if (tabs > commas)
        return u'\t';
    return u',';
}

Result<CsvTable> CsvReader::parse(const QByteArray &rawData, const QString &sourceName, std::optional<QChar> separator)
{
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        return Error::badInput(tr("«%1» is not a text (CSV) file: it contains binary data (line %2).")
                                   .arg(sourceName)
                                   .arg(lineAt(data, nul)));
    }
    if (const qsizetype bad = firstInvalidUtf8(data, 0); bad >= 0) {
        return Error::badInput(tr("«%1», line %2: the text is not valid UTF-8. Save the file as \"CSV UTF-8\" "
                                  "and import it again.")
                                   .arg(sourceName)
                                   .arg(lineAt(data, bad)));
    }

    CsvTable table;
    table.separator = separator.value_or(detectSeparator(data));
    const QString text = QString::fromUtf8(data);
    const QChar sep = table.separator;

    QList<QStringList> rows;
    QList<int> lines;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool rowHasContent = false;

    auto endRow = [&] {
        row.append(field);
        // A line with nothing on it separates nothing: skip it instead of making a one-field row.
        if (rowHasContent || row.size() > 1 || fieldWasQuoted) {
            rows.append(row);
            lines.append(rowLine);
        }
        row.clear();
        field.clear();
        fieldWasQuoted = false;
        rowHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    const QChar next = i + 1 < n ? text.at(i + 1) : QChar(u'\n');
                    if (next != sep && next != u'\n' && next != u'\r') {
                        return Error::badInput(
                            tr("«%1», line %2: unexpected text after a closing quote. A quote inside a "
                               "quoted field must be doubled (\"\").")
                                .arg(sourceName)
                                .arg(line));
                    }
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == sep) {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
            rowHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            rowHasContent = true;
            quoteLine = line;
        } else {
            // A quote in the middle of an unquoted field is kept as text, as spreadsheets do.
            field.append(c);
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        return Error::badInput(tr("«%1», line %2: a quoted field is never closed (missing closing quote).")
                                   .arg(sourceName)
                                   .arg(quoteLine));
    }
    if (rowHasContent || !row.isEmpty() || fieldWasQuoted)
        endRow();

    if (rows.isEmpty())
        return Error::badInput(tr("«%1» is empty: it has no header row.").arg(sourceName));

    table.header = rows.takeFirst();
    table.headerLine = lines.takeFirst();
    table.rows = std::move(rows);
    table.lineNumbers = std::move(lines);
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path, std::optional<QChar> separator)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(tr("Could not read «%1»: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), name, separator);
}

Status CsvReader::checkFieldCounts(const CsvTable &table, const QString &sourceName)
{
    const qsizetype expected = table.header.size();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const qsizetype found = table.rows.at(i).size();
        if (found != expected) {
            return Error::badInput(tr("«%1», line %2: %3 fields expected (as in the header), %4 found.")
                                       .arg(sourceName)
                                       .arg(table.lineNumbers.value(i))
                                       .arg(expected)
                                       .arg(found));
        }
    }
    return {};
}

} // namespace planea
