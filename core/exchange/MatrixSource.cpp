#include "exchange/MatrixSource.h"

#include "util/CsvReader.h"
#include "xlsx/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix {

struct MatrixSource::Data
{
    QString fileName;
    bool csv = false;
    XlsxWorkbook book;
    QString csvName;
    QList<QList<XlsxCell>> csvRows;
    int csvColumns = 0;
};

namespace {

const QList<QList<XlsxCell>> &noRows()
{
    static const QList<QList<XlsxCell>> empty;
    return empty;
}

} // namespace

Result<MatrixSource> MatrixSource::open(const QString &path, std::optional<QChar> csvSeparator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // An encrypted workbook is an OLE compound file, like the old binary .xls.
    if (magic.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
        return Error::badInput(tr("%1 is an encrypted workbook or an old Excel 97-2003 (.xls) file: remove the "
                                  "password or save it as .xlsx in Excel or LibreOffice, then import it again.")
                                   .arg(QFileInfo(path).fileName()));
    }
    if (magic.startsWith("PK") || suffix == u"xlsx"_s || suffix == u"xlsm"_s) {
        XlsxReadOptions options;
        options.fillMergedCells = true;
        auto book = XlsxReader::read(path, options);
        if (!book)
            return book.error();
        return fromWorkbook(std::move(*book));
    }
    if (file.size() > qint64(512) * 1024 * 1024)
        return Error::badInput(tr("%1 is too large for a CSV import (more than 512 MB).").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot open %1: %2").arg(path, file.errorString()));
    return fromCsvBytes(file.readAll(), QFileInfo(path).fileName(), csvSeparator);
}

MatrixSource MatrixSource::fromWorkbook(XlsxWorkbook book)
{
    auto data = std::make_shared<Data>();
    data->fileName = book.fileName();
    data->book = std::move(book);
    MatrixSource source;
    source.m_data = std::move(data);
    return source;
}

Result<MatrixSource> MatrixSource::fromCsvBytes(const QByteArray &bytes, const QString &name,
                                                std::optional<QChar> separator)
{
    auto table = CsvReader::parse(bytes, name, separator);
    if (!table)
        return table.error();
    auto data = std::make_shared<Data>();
    data->fileName = name;
    data->csv = true;
    data->csvName = QFileInfo(name).completeBaseName();
    // Rows are placed at their line number, so "fila 7" is line 7 of the file as an editor shows it.
    const auto place = [&](int line, const QStringList &fields) {
        const int index = line - 1;
        while (data->csvRows.size() < index)
            data->csvRows.append(QList<XlsxCell>());
        QList<XlsxCell> cells;
        cells.reserve(fields.size());
        for (const QString &f : fields) {
            XlsxCell cell;
            if (!f.isEmpty()) {
                cell.value = f;
                cell.type = XlsxCellType::String;
            }
            cells.append(cell);
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        data->csvColumns = std::max(data->csvColumns, int(cells.size()));
        data->csvRows.append(std::move(cells));
    };
    place(table->headerLine, table->header);
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        place(table->lineNumbers.value(i, int(data->csvRows.size()) + 1), table->rows[i]);
        table->rows[i] = QStringList(); // the text is now in cells: free it as we go (long files)
    }
    MatrixSource source;
    source.m_data = std::move(data);
    return source;
}

QString MatrixSource::fileName() const
{
    return m_data ? m_data->fileName : QString();
}

bool MatrixSource::isCsv() const
{
    return m_data && m_data->csv;
}

QStringList MatrixSource::sheetNames() const
{
    if (!m_data)
        return {};
    if (m_data->csv)
        return { m_data->csvName };
    return m_data->book.sheetNames();
}

int MatrixSource::sheetIndex(const QString &name) const
{
    return int(sheetNames().indexOf(name));
}

const QList<QList<XlsxCell>> &MatrixSource::rows(int sheet) const
{
    if (!m_data)
        return noRows();
    if (m_data->csv)
        return sheet == 0 ? m_data->csvRows : noRows();
    if (sheet < 0 || sheet >= m_data->book.sheets().size())
        return noRows();
    return m_data->book.sheets().at(sheet).rows();
}

XlsxCell MatrixSource::cell(int sheet, int row, int column) const
{
    const auto &all = rows(sheet);
    if (row < 0 || row >= all.size() || column < 0 || column >= all.at(row).size())
        return {};
    return all.at(row).at(column);
}

int MatrixSource::columnCount(int sheet) const
{
    if (!m_data)
        return 0;
    if (m_data->csv)
        return sheet == 0 ? m_data->csvColumns : 0;
    if (sheet < 0 || sheet >= m_data->book.sheets().size())
        return 0;
    return m_data->book.sheets().at(sheet).columnCount();
}

QStringList MatrixSource::headers(int sheet, int headerRow, int headerRowCount) const
{
    QStringList titles;
    int width = 0;
    for (int r = headerRow - 1; r < headerRow - 1 + headerRowCount; ++r)
        width = std::max(width, int(rows(sheet).value(r).size()));
    for (int c = 0; c < width; ++c) {
        QStringList parts;
        for (int r = headerRow - 1; r < headerRow - 1 + headerRowCount; ++r) {
            const QString text = cell(sheet, r, c).text().simplified();
            // A title merged down over two header rows is filled into both: count it once.
            if (!text.isEmpty() && (parts.isEmpty() || parts.last() != text))
                parts.append(text);
        }
        titles.append(parts.join(u' '));
    }
    return titles;
}

} // namespace planea::matrix
