#include "XlsxWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

const char *const StylesXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts>
<fonts count="2">
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
</fonts>
<fills count="3">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)";

void appendEscaped(QString &out, const QString &text)
{
    for (QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        default:
            // XML 1.0 has no place for other control characters.
            if (ch.unicode() >= 0x20 || ch == u'\n' || ch == u'\t' || ch == u'\r')
                out += ch;
        }
    }
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

QString numberText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return QString::number(v.toLongLong());
    default:
        break;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return {};
    if (d == 0.0)
        return u"0"_s;
    // The shortest text that reads back as the same double.
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

Error zipError(int code)
{
    return Error::internal(
        QCoreApplication::translate("XlsxWriter", "Could not build the workbook (zip error %1).").arg(code));
}

} // namespace

int XlsxWriter::addSheet(const QString &name, bool hidden)
{
    Sheet sheet;
    sheet.name = name;
    sheet.hidden = hidden;
    m_sheets.append(sheet);
    return int(m_sheets.size() - 1);
}

void XlsxWriter::appendRow(int sheet, const QList<Cell> &cells)
{
    m_sheets[sheet].rows.append(cells);
}

void XlsxWriter::appendValues(int sheet, const QVariantList &values, Style style)
{
    QList<Cell> cells;
    cells.reserve(values.size());
    for (const QVariant &v : values)
        cells.append({ v, style });
    appendRow(sheet, cells);
}

void XlsxWriter::merge(int sheet, const XlsxRange &range)
{
    m_sheets[sheet].merges.append(range);
}

void XlsxWriter::setColumnWidth(int sheet, int column, double width)
{
    m_sheets[sheet].widths.append({ column, width });
}

void XlsxWriter::setFrozenRows(int sheet, int rows)
{
    m_sheets[sheet].frozenRows = rows;
}

int XlsxWriter::rowCount(int sheet) const
{
    return int(m_sheets[sheet].rows.size());
}

Status XlsxWriter::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("XlsxWriter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (auto s = write(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::io(QCoreApplication::translate("XlsxWriter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status XlsxWriter::write(QIODevice &device) const
{
    QStringList strings;
    QHash<QString, int> stringIndex;
    qsizetype references = 0;
    const auto shared = [&](const QString &text) {
        ++references;
        auto it = stringIndex.constFind(text);
        if (it != stringIndex.constEnd())
            return *it;
        const int index = int(strings.size());
        strings.append(text);
        stringIndex.insert(text, index);
        return index;
    };

    QList<std::pair<QString, QByteArray>> parts;
    QString contentOverrides;
    QString workbookSheets;
    QString workbookRels;
    int firstVisible = -1;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (!m_sheets[i].hidden && firstVisible < 0)
            firstVisible = int(i);
    }
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        const Sheet &sheet = m_sheets[i];
        QString data;
        int lastColumn = 0;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QList<Cell> &row = sheet.rows[r];
            data += u"<row r=\""_s + QString::number(r + 1) + u"\">"_s;
            for (qsizetype c = 0; c < row.size(); ++c) {
                const Cell &cell = row[c];
                if (cell.value.isNull())
                    continue;
                lastColumn = std::max(lastColumn, int(c));
                const QString ref = cellName(int(r), int(c));
                const QString style = cell.style == Plain ? QString() : u" s=\""_s + QString::number(cell.style) + u'"';
                if (cell.value.typeId() == QMetaType::QString) {
                    data += u"<c r=\""_s + ref + u"\" t=\"s\""_s + style + u"><v>"_s
                        + QString::number(shared(cell.value.toString())) + u"</v></c>"_s;
                } else {
                    const QString number = numberText(cell.value);
                    if (number.isEmpty())
                        continue;
                    data += u"<c r=\""_s + ref + u'"' + style + u"><v>"_s + number + u"</v></c>"_s;
                }
            }
            data += u"</row>"_s;
        }
        QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"_s;
        xml += u"<dimension ref=\"A1:%1\"/>"_s.arg(
            cellName(int(std::max<qsizetype>(0, sheet.rows.size() - 1)), lastColumn));
        xml += u"<sheetViews><sheetView workbookViewId=\"0\""_s
            + (i == firstVisible ? u" tabSelected=\"1\""_s : QString()) + u">"_s;
        if (sheet.frozenRows > 0)
            xml += u"<pane ySplit=\"%1\" topLeftCell=\"A%2\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s
                       .arg(sheet.frozenRows)
                       .arg(sheet.frozenRows + 1);
        xml += u"</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"_s;
        if (!sheet.widths.isEmpty()) {
            QList<std::pair<int, double>> widths = sheet.widths;
            std::sort(widths.begin(), widths.end());
            xml += u"<cols>"_s;
            int previous = -1;
            for (const auto &[column, width] : widths) {
                if (column == previous)
                    continue;
                previous = column;
                xml += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(column + 1)
                           .arg(width, 0, 'f', 1);
            }
            xml += u"</cols>"_s;
        }
        xml += u"<sheetData>"_s + data + u"</sheetData>"_s;
        if (!sheet.merges.isEmpty()) {
            xml += u"<mergeCells count=\"%1\">"_s.arg(sheet.merges.size());
            for (const XlsxRange &m : sheet.merges)
                xml += u"<mergeCell ref=\"%1:%2\"/>"_s.arg(cellName(m.firstRow, m.firstColumn),
                                                           cellName(m.lastRow, m.lastColumn));
            xml += u"</mergeCells>"_s;
        }
        xml += u"<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
               "</worksheet>"_s;
        const QString part = u"xl/worksheets/sheet%1.xml"_s.arg(i + 1);
        parts.append({ part, xml.toUtf8() });
        contentOverrides
            += u"<Override PartName=\"/%1\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"_s.arg(
                   part);
        workbookSheets += u"<sheet name=\""_s + escaped(sheet.name) + u"\" sheetId=\"%1\""_s.arg(i + 1)
            + (sheet.hidden ? u" state=\"hidden\""_s : QString()) + u" r:id=\"rId%1\"/>"_s.arg(i + 1);
        workbookRels += u"<Relationship Id=\"rId%1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                        "Target=\"worksheets/sheet%1.xml\"/>"_s.arg(i + 1);
    }
    const qsizetype n = m_sheets.size();
    workbookRels += u"<Relationship Id=\"rId%1\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    "Target=\"styles.xml\"/>"
                    "<Relationship Id=\"rId%2\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    "Target=\"sharedStrings.xml\"/>"_s.arg(n + 1)
                        .arg(n + 2);

    QString sst = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%1\" "
                  "uniqueCount=\"%2\">"_s.arg(references)
                      .arg(strings.size());
    for (const QString &s : strings) {
        sst += u"<si><t xml:space=\"preserve\">"_s;
        appendEscaped(sst, s);
        sst += u"</t></si>"_s;
    }
    sst += u"</sst>"_s;

    const QString contentTypes
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"_s
        + contentOverrides
        + u"<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          "<Override PartName=\"/xl/sharedStrings.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          "</Types>"_s;
    const QString workbook
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<bookViews><workbookView activeTab=\"%1\"/></bookViews><sheets>"_s.arg(std::max(0, firstVisible))
        + workbookSheets + u"</sheets></workbook>"_s;

    parts.prepend({ u"xl/sharedStrings.xml"_s, sst.toUtf8() });
    parts.prepend({ u"xl/styles.xml"_s, QByteArray(StylesXml) });
    parts.prepend({ u"xl/_rels/workbook.xml.rels"_s,
                    (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"_s
                     + workbookRels + u"</Relationships>"_s)
                        .toUtf8() });
    parts.prepend({ u"xl/workbook.xml"_s, workbook.toUtf8() });
    parts.prepend({ u"_rels/.rels"_s,
                    QByteArrayLiteral(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        "Target=\"xl/workbook.xml\"/></Relationships>") });
    parts.prepend({ u"[Content_Types].xml"_s, contentTypes.toUtf8() });

    // The zip is built in memory (QuaZip needs to seek back over what it wrote) and then copied.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return zipError(zip.getZipError());
        const QDateTime stamp = QDateTime::currentDateTime();
        for (const auto &[partName, bytes] : parts) {
            QuaZipFile part(&zip);
            QuaZipNewInfo info(partName);
            info.dateTime = stamp;
            if (!part.open(QIODevice::WriteOnly, info) || part.write(bytes) != bytes.size())
                return zipError(part.getZipError());
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return zipError(zip.getZipError());
    }
    if (device.write(buffer.data()) != buffer.size())
        return Error::io(
            QCoreApplication::translate("XlsxWriter", "Could not write the workbook: %1").arg(device.errorString()));
    return {};
}

} // namespace planea
