#include "xlsx/MgaCatalogXlsx.h"

#include "xlsx/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

constexpr int kHeaderSearchRows = 50;

/// Same normalisation as the CSV importer's header matching (MgaCatalogImport.cpp): case,
/// accents, punctuation and the words de/del/la/el do not matter.
QString headerKey(const QString &header)
{
    QString folded;
    for (const QChar c : header.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    const QStringList words = folded.toLower().split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts);
    QString key;
    for (const QString &w : words) {
        if (w != u"de"_s && w != u"del"_s && w != u"la"_s && w != u"el"_s)
            key += w;
    }
    return key;
}

struct KeyColumn
{
    QStringView key;
    QStringView alias;
    int codeDigits; ///< > 0: a code column whose numbers are zero-padded to this width
    bool flag; ///< a Sí/No column
};

// The required columns of parseMgaCatalogRows(); the header row must have all of them.
constexpr std::array<KeyColumn, 9> kRequired { {
    { u"sector", u"codigosector", 2, false },
    { u"programa", u"codigoprograma", 4, false },
    { u"producto", u"codigoproducto", 7, false },
    { u"productoactivo", u"productoactivo", 0, true },
    { u"codigoindicador", u"codigoindicadorproducto", 9, false },
    { u"indicadorproducto", u"nombreindicador", 0, false },
    { u"unidadmedidaindicador", u"unidadindicador", 0, false },
    { u"indicadorprincipal", u"principal", 0, true },
    { u"indicadoractivo", u"activo", 0, true },
} };

const KeyColumn *keyColumn(const QString &header)
{
    const QString key = headerKey(header);
    for (const KeyColumn &k : kRequired) {
        if (key == k.key || key == k.alias)
            return &k;
    }
    return nullptr;
}

bool isCatalogHeader(const QStringList &texts)
{
    int found = 0;
    for (const KeyColumn &k : kRequired) {
        for (const QString &t : texts) {
            const QString key = headerKey(t);
            if (key == k.key || key == k.alias) {
                ++found;
                break;
            }
        }
    }
    return found == int(kRequired.size());
}

QString cellText(const XlsxCell &cell, const KeyColumn *column)
{
    if (column && column->codeDigits > 0 && cell.type == XlsxCellType::Number) {
        QString text = cell.text();
        if (text.size() < column->codeDigits && !text.startsWith(u'-'))
            text = QString(column->codeDigits - text.size(), u'0') + text;
        return text;
    }
    if (column && column->flag && cell.type == XlsxCellType::Boolean)
        return cell.value.toBool() ? u"Sí"_s : u"No"_s;
    return cell.text();
}

} // namespace

Result<MgaCatalogTable> MgaCatalogXlsx::parse(const XlsxWorkbook &workbook, const QString &sheetName)
{
    if (!sheetName.isEmpty() && !workbook.sheet(sheetName)) {
        return Error::badInput(tr("«%1» has no sheet «%2». Its sheets: %3.")
                                   .arg(workbook.fileName(), sheetName, workbook.sheetNames().join(u", "_s)));
    }
    for (const XlsxSheet &sheet : workbook.sheets()) {
        if (!sheetName.isEmpty() && sheet.name() != sheetName)
            continue;
        const int searched = qMin(sheet.rowCount(), kHeaderSearchRows);
        for (int headerRow = 0; headerRow < searched; ++headerRow) {
            QStringList header = sheet.rowTexts(headerRow);
            if (!isCatalogHeader(header))
                continue;
            // Trailing empty header cells are not columns.
            while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
                header.removeLast();
            const int width = int(header.size());
            QList<const KeyColumn *> columns;
            for (const QString &h : std::as_const(header))
                columns.append(keyColumn(h));

            QList<QStringList> rows { header };
            QList<int> lines { headerRow + 1 };
            for (int r = headerRow + 1; r < sheet.rowCount(); ++r) {
                const QList<XlsxCell> &cells = sheet.rows().at(r);
                QStringList texts;
                bool empty = true;
                for (int c = 0; c < cells.size(); ++c) {
                    const QString text = cellText(cells.at(c), columns.value(c, nullptr));
                    if (!text.trimmed().isEmpty())
                        empty = false;
                    texts.append(text);
                }
                if (empty)
                    continue;
                // Cells beyond the header only count when they hold something.
                while (texts.size() > width && texts.constLast().trimmed().isEmpty())
                    texts.removeLast();
                while (texts.size() < width)
                    texts.append(QString());
                rows.append(texts);
                lines.append(r + 1);
            }
            const QString where = tr("%1, sheet %2").arg(workbook.fileName(), sheet.name());
            return parseMgaCatalogRows(where, rows, lines);
        }
    }
    return Error::badInput(tr("«%1» is not an MGA catalog: no sheet has the catalog's columns (sector, programa, "
                              "producto, producto activo, código del indicador, indicador de producto, unidad de "
                              "medida del indicador, indicador principal, indicador activo) in its first %2 rows.")
                               .arg(workbook.fileName())
                               .arg(kHeaderSearchRows));
}

Result<MgaImportResult> MgaCatalogXlsx::import(const QString &path, const QString &dataDir, const QString &sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("«%1» cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray magic = file.peek(8);
    file.close();
    const bool looksLikeWorkbook = magic.startsWith("PK") || magic.startsWith("\xD0\xCF\x11\xE0")
        || path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (!looksLikeWorkbook) {
        if (!sheetName.isEmpty())
            return Error::badInput(tr("--sheet only applies to .xlsx workbooks."));
        return importMgaCatalog(path, dataDir);
    }
    auto workbook = XlsxReader::read(path);
    if (!workbook)
        return workbook.error();
    auto table = parse(*workbook, sheetName);
    if (!table)
        return table.error();
    return storeMgaCatalogVersion(*table, QFileInfo(path).fileName(), dataDir);
}

} // namespace planea
