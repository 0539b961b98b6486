#include "XlsxExporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

// Why not libxlsxwriter: it calls minizip's zipOpen3() & co., and QuaZip (linked into the same
// program for reading workbooks) exports functions with the same names; the dynamic linker binds
// libxlsxwriter's calls to QuaZip's copies and the program crashes in workbook_close(). The
// workbook is therefore written here as its few XML parts, zipped with QuaZip.

namespace planea::exporting {

namespace {

using report::ColumnType;

/// Cell styles: indexes into cellXfs of styles.xml below. Total rows use the Bold* variants.
enum Style {
    Default = 0,
    Wrap,
    Integer,
    Decimal,
    Money,
    Percent,
    Mark,
    Title,
    Subtitle,
    Demo,
    Header,
    BoldText,
    BoldWrap,
    BoldInteger,
    BoldDecimal,
    BoldMoney,
    BoldPercent,
    BoldMark,
    Text
};

const char *const StylesXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;$ &quot;#,##0"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<fonts count="5">
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/></font>
</fonts>
<fills count="4">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="3">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>
<border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="19">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="3" fontId="1" fillId="3" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="1" fillId="3" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="164" fontId="1" fillId="3" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="1" fillId="3" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)";

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
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
    return out;
}

/// "A", "B", … "Z", "AA"…: a 0-based column as Excel names it.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellRef(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

/// Widest characters a column needs, from its header words and its cells, within limits.
double columnWidth(const report::Report &report, qsizetype column)
{
    const report::ReportColumn &c = report.columns[column];
    qsizetype widest = 0;
    for (const QString &word : c.title.split(u' '))
        widest = std::max(widest, word.size());
    qsizetype cells = 0;
    for (const report::ReportRow &row : report.rows) {
        const QVariant v = row.cells.value(column);
        if (v.isNull())
            continue;
        qsizetype length = 0;
        if (c.type == ColumnType::Text || v.typeId() == QMetaType::QString)
            length = v.toString().size();
        else if (c.type == ColumnType::Money)
            length = QString::number(v.toLongLong()).size() * 4 / 3 + 3;
        else
            length = QString::number(v.toDouble(), 'f', 2).size() + 2;
        cells = std::max(cells, length);
    }
    return std::clamp(double(std::max(widest, std::min<qsizetype>(cells, 43))) + 2.0, 8.0, 45.0);
}

QString number(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

/// Builds the worksheet and its shared strings.
class SheetWriter
{
public:
    QString xml;

    int shared(const QString &text)
    {
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        const int index = int(m_strings.size());
        m_strings.append(text);
        m_index.insert(text, index);
        return index;
    }

    void beginRow(int row) { xml += u"<row r=\"%1\">"_s.arg(row + 1); }
    void endRow() { xml += u"</row>"_s; }
    void text(int row, int column, const QString &value, Style style)
    {
        ++m_references;
        xml += u"<c r=\""_s + cellRef(row, column) + u"\" t=\"s\" s=\""_s + QString::number(int(style)) + u"\"><v>"_s
            + QString::number(shared(value)) + u"</v></c>"_s;
    }
    void numeric(int row, int column, const QString &value, Style style)
    {
        xml += u"<c r=\""_s + cellRef(row, column) + u"\" s=\""_s + QString::number(int(style)) + u"\"><v>"_s + value
            + u"</v></c>"_s;
    }
    void blank(int row, int column, Style style)
    {
        xml += u"<c r=\""_s + cellRef(row, column) + u"\" s=\""_s + QString::number(int(style)) + u"\"/>"_s;
    }

    QString sharedStringsXml() const
    {
        QString out = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%1\" "
                      "uniqueCount=\"%2\">"_s.arg(m_references)
                          .arg(m_strings.size());
        for (const QString &s : m_strings)
            out += u"<si><t xml:space=\"preserve\">"_s + xmlEscape(s) + u"</t></si>"_s;
        return out + u"</sst>"_s;
    }

private:
    QStringList m_strings;
    QHash<QString, int> m_index;
    int m_references = 0;
};

} // namespace

QString XlsxExporter::formatCode() const
{
    return u"xlsx"_s;
}

QString XlsxExporter::fileSuffix() const
{
    return u"xlsx"_s;
}

QString XlsxExporter::sheetName(const QString &title)
{
    QString name;
    for (QChar ch : title)
        name += QStringView(u"[]:*?/\\").contains(ch) ? QChar(u' ') : ch;
    name = name.simplified();
    // Excel also refuses a leading or trailing apostrophe.
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.left(31).trimmed();
    return name.isEmpty() ? u"Hoja1"_s : name;
}

int XlsxExporter::headerRow(const DocumentHeader &header)
{
    // Entity, document, subtitle, date and version; a demo line; a blank row.
    return header.isDemo ? 6 : 5;
}

Status XlsxExporter::write(const report::Report &report, QIODevice &device) const
{
    return writeDocument(report, DocumentHeader::fromReport(report), device);
}

Status XlsxExporter::writeFile(const report::Report &report, const DocumentHeader &header, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("XlsxExporter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (auto s = writeDocument(report, header, file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::io(QCoreApplication::translate("XlsxExporter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status XlsxExporter::writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const
{
    // One sheet for the main table, then one per section (documents that are more than one table).
    struct SheetSpec
    {
        QString name;
        QString subtitle;
        const QList<report::ReportColumn> *columns;
        const QList<report::ReportRow> *rows;
    };
    QList<SheetSpec> specs { { sheetName(report.title), header.subtitle, &report.columns, &report.rows } };
    QStringList usedNames { specs.first().name.toLower() };
    for (const report::ReportSection &section : report.sections) {
        QString name = sheetName(section.title);
        for (int n = 2; usedNames.contains(name.toLower()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = name.left(31 - suffix.size()) + suffix;
        }
        usedNames.append(name.toLower());
        const QString subtitle = section.note.isEmpty() ? section.title : section.title + u". "_s + section.note;
        specs.append({ name, subtitle, &section.columns, &section.rows });
    }

    SheetWriter sheet; // shared strings are one table for the whole workbook
    const int headerAt = headerRow(header);
    QStringList worksheets;
    QString sheetsXml;
    QString definedNames;
    for (qsizetype index = 0; index < specs.size(); ++index) {
        const SheetSpec &spec = specs[index];
        const QList<report::ReportColumn> &columnList = *spec.columns;
        const int columns = int(columnList.size());
        report::Report shape; // columnWidth() measures a report
        shape.columns = columnList;
        shape.rows = *spec.rows;
        sheet.xml.clear();

        // Title block.
        int row = 0;
        const auto titleLine = [&](const QString &text, Style style) {
            if (!text.isEmpty()) {
                sheet.beginRow(row);
                sheet.text(row, 0, text, style);
                sheet.endRow();
            }
            ++row;
        };
        titleLine(header.entity.isEmpty() ? header.documentTitle : header.entity, Title);
        titleLine(header.documentTitle, Subtitle);
        titleLine(spec.subtitle, Default);
        titleLine(header.dateText() + u"  ·  "_s + header.versionLine(), Default);
        if (header.isDemo) {
            titleLine(QCoreApplication::translate("XlsxExporter",
                                                  "DEMONSTRATION PLAN: invented data, not an official document."),
                      Demo);
        }
        sheet.beginRow(headerAt);
        for (int c = 0; c < columns; ++c)
            sheet.text(headerAt, c, columnList[c].title, Header);
        sheet.endRow();
        row = headerAt + 1;

        for (const report::ReportRow &r : *spec.rows) {
            const bool total = r.kind == report::RowKind::Total;
            sheet.beginRow(row);
            for (int c = 0; c < columns; ++c) {
                const QVariant v = r.cells.value(c);
                const ColumnType type = columnList[c].type;
                if (v.isNull()) {
                    if (total)
                        sheet.blank(row, c, BoldText);
                    continue;
                }
                if (type == ColumnType::Text || v.typeId() == QMetaType::QString) {
                    const QString text = v.toString();
                    Style style = total ? BoldText : Text;
                    if (type != ColumnType::Text)
                        style = total ? BoldMark : Mark;
                    else if (text.size() > 40)
                        style = total ? BoldWrap : Wrap;
                    sheet.text(row, c, text, style);
                    continue;
                }
                switch (type) {
                case ColumnType::Money:
                    sheet.numeric(row, c, QString::number(v.toLongLong()), total ? BoldMoney : Money);
                    break;
                case ColumnType::Integer:
                    sheet.numeric(row, c, QString::number(v.toLongLong()), total ? BoldInteger : Integer);
                    break;
                case ColumnType::Percent:
                    // Stored as a fraction, as spreadsheets expect of a percent cell (25 % is 0.25).
                    sheet.numeric(row, c, number(v.toDouble() / 100.0), total ? BoldPercent : Percent);
                    break;
                case ColumnType::Decimal: {
                    const double value = v.toDouble();
                    const bool whole = value == std::floor(value);
                    sheet.numeric(row, c, number(value),
                                  whole ? (total ? BoldInteger : Integer) : (total ? BoldDecimal : Decimal));
                    break;
                }
                case ColumnType::Text:
                    break;
                }
            }
            sheet.endRow();
            ++row;
        }
        const int lastRow = std::max(headerAt, row - 1);
        const QString lastColumn = columnName(std::max(0, columns - 1));
        const QString filterRange = u"A%1:%2%3"_s.arg(headerAt + 1).arg(lastColumn).arg(lastRow + 1);

        QString cols = u"<cols>"_s;
        for (int c = 0; c < columns; ++c)
            cols += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(c + 1).arg(
                columnWidth(shape, c), 0, 'f', 1);
        cols += u"</cols>"_s;

        worksheets.append(
            u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"_s
            + u"<dimension ref=\"A1:%1%2\"/>"_s.arg(lastColumn).arg(lastRow + 1)
            + u"<sheetViews><sheetView%3 workbookViewId=\"0\"><pane ySplit=\"%1\" topLeftCell=\"A%2\" "
              "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A%2\" "
              "sqref=\"A%2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"_s.arg(headerAt + 1)
                  .arg(headerAt + 2)
                  .arg(index == 0 ? u" tabSelected=\"1\""_s : QString())
            + (columns > 0 ? cols : QString()) + u"<sheetData>"_s + sheet.xml + u"</sheetData>"_s
            + (columns > 0 ? u"<autoFilter ref=\"%1\"/>"_s.arg(filterRange) : QString())
            + u"<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
              "<pageSetup paperSize=\"1\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
              "</worksheet>"_s);

        QString quoted = spec.name;
        quoted.replace(u'\'', u"''"_s);
        const QString absoluteFilter
            = u"'%1'!$A$%2:$%3$%4"_s.arg(quoted).arg(headerAt + 1).arg(lastColumn).arg(lastRow + 1);
        sheetsXml += u"<sheet name=\""_s + xmlEscape(spec.name)
            + u"\" sheetId=\"%1\" r:id=\"rId%2\"/>"_s.arg(index + 1).arg(index + 10);
        if (columns > 0)
            definedNames
                += u"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%1\" hidden=\"1\">"_s.arg(index)
                + xmlEscape(absoluteFilter) + u"</definedName>"_s;
        definedNames += u"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"%1\">"_s.arg(index)
            + xmlEscape(u"'%1'!$%2:$%2"_s.arg(quoted).arg(headerAt + 1)) + u"</definedName>"_s;
    }
    // Excel wants the defined names sorted by name; keep filters first, then print titles, as above
    // for one sheet (both orders open; LibreOffice and Excel accept them).
    const QString workbook = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<bookViews><workbookView/></bookViews><sheets>"_s
        + sheetsXml + u"</sheets><definedNames>"_s + definedNames + u"</definedNames></workbook>"_s;

    QByteArray contentTypes
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype index = 0; index < worksheets.size(); ++index) {
        contentTypes += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                                       "worksheet+xml\"/>")
                            .arg(index + 1)
                            .toUtf8();
        workbookRels += QStringLiteral("<Relationship Id=\"rId%1\" "
                                       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                       "worksheet\" Target=\"worksheets/sheet%2.xml\"/>")
                            .arg(index + 10)
                            .arg(index + 1)
                            .toUtf8();
    }
    contentTypes += "<Override PartName=\"/xl/styles.xml\" "
                    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    "<Override PartName=\"/xl/sharedStrings.xml\" "
                    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    "<Override PartName=\"/docProps/core.xml\" "
                    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                    "</Types>";
    workbookRels += "<Relationship Id=\"rId2\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    "Target=\"styles.xml\"/>"
                    "<Relationship Id=\"rId3\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    "Target=\"sharedStrings.xml\"/>"
                    "</Relationships>";

    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString core = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<cp:coreProperties "
                         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"_s
        + xmlEscape(header.documentTitle) + u"</dc:title><dc:creator>Planea</dc:creator><dc:description>"_s
        + xmlEscape(header.entity) + u"</dc:description><dcterms:created xsi:type=\"dcterms:W3CDTF\">"_s + created
        + u"</dcterms:created></cp:coreProperties>"_s;

    QList<std::pair<QString, QByteArray>> parts {
        { u"[Content_Types].xml"_s, contentTypes },
        { u"_rels/.rels"_s,
          QByteArrayLiteral(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"xl/workbook.xml\"/>"
              "<Relationship Id=\"rId2\" "
              "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
              "Target=\"docProps/core.xml\"/>"
              "</Relationships>") },
        { u"docProps/core.xml"_s, core.toUtf8() },
        { u"xl/workbook.xml"_s, workbook.toUtf8() },
        { u"xl/_rels/workbook.xml.rels"_s, workbookRels },
        { u"xl/styles.xml"_s, QByteArray(StylesXml) },
        { u"xl/sharedStrings.xml"_s, sheet.sharedStringsXml().toUtf8() },
    };
    for (qsizetype index = 0; index < worksheets.size(); ++index)
        parts.append({ u"xl/worksheets/sheet%1.xml"_s.arg(index + 1), worksheets[index].toUtf8() });

    // The zip is built in memory (QuaZip needs to seek back over what it wrote) and then copied.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Error::internal(QCoreApplication::translate("XlsxExporter",
                                                               "Could not build the workbook (zip "
                                                               "error %1).")
                                       .arg(zip.getZipError()));
        const QDateTime stamp = QDateTime::currentDateTime();
        for (const auto &[partName, bytes] : parts) {
            QuaZipFile part(&zip);
            QuaZipNewInfo info(partName);
            info.dateTime = stamp;
            if (!part.open(QIODevice::WriteOnly, info) || part.write(bytes) != bytes.size()) {
                return Error::internal(QCoreApplication::translate("XlsxExporter",
                                                                   "Could not build the workbook "
                                                                   "(zip error %1).")
                                           .arg(part.getZipError()));
            }
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Error::internal(QCoreApplication::translate("XlsxExporter",
                                                               "Could not build the workbook (zip "
                                                               "error %1).")
                                       .arg(zip.getZipError()));
    }
    if (device.write(buffer.data()) != buffer.size())
        return Error::io(
            QCoreApplication::translate("XlsxExporter", "Could not write the workbook: %1").arg(device.errorString()));
    return {};
}

} // namespace planea::exporting
