#include "XlsxWriter.h"

#include "XlsxTextMetrics.h"
#include "ZipWriter.h"
#include "util/SafeWrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

/// Excel's tallest row, in points: a taller height makes it repair the file.
constexpr double MaxRowHeight = 409.0;

// The cellXfs follow XlsxWriter::Style, in its order. Texts of the documents are indented a
// little, so that a number right-aligned in the column before never touches them («63,6 %Medio»).
const char *const StylesXml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="&quot;$ &quot;#,##0"/><numFmt numFmtId="166" formatCode="0.0%"/><numFmt numFmtId="167" formatCode="#,##0.0"/></numFmts>
<fonts count="5">
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/></font>
</fonts>
<fills count="6">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD3DBE6"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="5">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>
<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>
<border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border>
<border><left/><right/><top style="medium"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="42">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1" indent="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top" indent="1"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1" indent="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="3" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" indent="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="3" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1" indent="1"/></xf>
<xf numFmtId="3" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="166" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="3" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="167" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="9" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="1" fontId="1" fillId="3" borderId="3" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>
<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="left" vertical="top" wrapText="1"/><protection locked="0"/></xf>
<xf numFmtId="0" fontId="1" fillId="5" borderId="4" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" indent="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="5" borderId="4" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1" indent="1"/></xf>
<xf numFmtId="3" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="4" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="166" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="5" borderId="4" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>
<xf numFmtId="167" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="9" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="1" fontId="1" fillId="5" borderId="4" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
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

const QString XmlDeclaration = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_s;

/// "'Sheet name'!$A$1:$C$9": a range as a defined name refers to it.
QString absoluteRange(const QString &sheetName, const XlsxRange &range)
{
    QString quoted = sheetName;
    quoted.replace(u'\'', u"''"_s);
    return u"'%1'!$%2$%3:$%4$%5"_s.arg(quoted, columnName(range.firstColumn))
        .arg(range.firstRow + 1)
        .arg(columnName(range.lastColumn))
        .arg(range.lastRow + 1);
}

QString colorHex(const QColor &color)
{
    return color.name(QColor::HexRgb).mid(1).toUpper();
}

/// A horizontal clustered bar chart (DrawingML), categories from the top down as in the sheet.
QString chartXml(const QString &sheetName, const XlsxWriter::BarChart &chart)
{
    QString xml = XmlDeclaration
        + u"<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
          "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1200\" "
          "b=\"1\"/></a:pPr><a:r><a:rPr lang=\"es-CO\" sz=\"1200\" b=\"1\"/><a:t>"_s;
    appendEscaped(xml, chart.title);
    xml += u"</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>"
           "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>"
           "<c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>"_s;
    appendEscaped(xml, chart.seriesName);
    xml += u"</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"4472C4\"/></a:solidFill></c:spPr>"
           "<c:invertIfNegative val=\"0\"/>"_s;
    for (qsizetype i = 0; i < chart.colors.size(); ++i) {
        xml += u"<c:dPt><c:idx val=\"%1\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr>"
               "<a:solidFill><a:srgbClr val=\"%2\"/></a:solidFill></c:spPr></c:dPt>"_s.arg(i)
                   .arg(colorHex(chart.colors[i]));
    }
    xml += u"<c:dLbls><c:numFmt formatCode=\""_s;
    appendEscaped(xml, chart.numberFormat);
    xml += u"\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val=\"0\"/>"
           "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
           "<c:showBubbleSize val=\"0\"/></c:dLbls><c:cat><c:strRef><c:f>"_s;
    appendEscaped(xml, absoluteRange(sheetName, chart.categories));
    xml += u"</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>"_s;
    appendEscaped(xml, absoluteRange(sheetName, chart.values));
    xml += u"</c:f></c:numRef></c:val></c:ser><c:gapWidth val=\"60\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/>"
           "</c:barChart><c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>"
           "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
           "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
           "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
           "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx><c:valAx><c:axId val=\"1002\"/>"
           "<c:scaling><c:orientation val=\"minMax\"/>"_s;
    if (chart.maxValue > 0)
        xml += u"<c:max val=\"%1\"/>"_s.arg(numberText(chart.maxValue));
    xml += u"<c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>"
           "<c:numFmt formatCode=\""_s;
    appendEscaped(xml, chart.axisFormat.isEmpty() ? chart.numberFormat : chart.axisFormat);
    xml += u"\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
           "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/><c:crosses val=\"max\"/>"
           "<c:crossBetween val=\"between\"/></c:valAx></c:plotArea><c:plotVisOnly val=\"1\"/>"
           "<c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>"_s;
    return xml;
}

QString drawingXml(const QList<XlsxWriter::BarChart> &charts)
{
    QString xml = XmlDeclaration
        + u"<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
          "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"_s;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const XlsxWriter::BarChart &c = charts[i];
        xml += u"<xdr:twoCellAnchor><xdr:from><xdr:col>%1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%2</xdr:row>"
               "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>%3</xdr:col><xdr:colOff>0</xdr:colOff>"
               "<xdr:row>%4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"_s.arg(c.anchorColumn)
                   .arg(c.anchorRow)
                   .arg(c.anchorEndColumn)
                   .arg(c.anchorEndRow);
        xml += u"<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"%1\" name=\"Chart %1\"/>"
               "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/>"
               "<a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>"
               "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
               "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId%2\"/>"
               "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"_s.arg(i + 2)
                   .arg(i + 1);
    }
    return xml + u"</xdr:wsDr>"_s;
}

QString dataValidationsXml(const QList<XlsxWriter::DataValidation> &validations)
{
    using Kind = XlsxWriter::DataValidation::Kind;
    QString xml = u"<dataValidations count=\"%1\">"_s.arg(validations.size());
    for (const XlsxWriter::DataValidation &v : validations) {
        static const char16_t *const kinds[] = { u"decimal", u"whole", u"list", u"custom" };
        xml += u"<dataValidation type=\""_s + QString::fromUtf16(kinds[int(v.kind)]) + u'"';
        if (v.kind == Kind::Decimal || v.kind == Kind::Whole)
            xml += u" operator=\""_s + escaped(v.operatorName) + u'"';
        if (v.allowBlank)
            xml += u" allowBlank=\"1\""_s;
        xml += u" showInputMessage=\"1\" showErrorMessage=\"1\""_s;
        const auto attribute = [&xml](const char16_t *name, const QString &text, qsizetype limit) {
            if (!text.isEmpty())
                xml += u' ' + QString::fromUtf16(name) + u"=\""_s + escaped(text.left(limit)) + u'"';
        };
        attribute(u"errorTitle", v.errorTitle, 32);
        attribute(u"error", v.error, 255);
        attribute(u"promptTitle", v.promptTitle, 32);
        attribute(u"prompt", v.prompt, 255);
        QStringList refs;
        for (const XlsxRange &r : v.ranges) {
            const QString first = cellName(r.firstRow, r.firstColumn);
            const QString last = cellName(r.lastRow, r.lastColumn);
            refs.append(first == last ? first : first + u':' + last);
        }
        xml += u" sqref=\""_s + refs.join(u' ') + u"\"><formula1>"_s + escaped(v.formula1) + u"</formula1>"_s;
        if (!v.formula2.isEmpty())
            xml += u"<formula2>"_s + escaped(v.formula2) + u"</formula2>"_s;
        xml += u"</dataValidation>"_s;
    }
    return xml + u"</dataValidations>"_s;
}

QByteArray relationships(const QString &body)
{
    return (XmlDeclaration + u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"_s
            + body + u"</Relationships>"_s)
        .toUtf8();
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

void XlsxWriter::protectSheet(int sheet)
{
    m_sheets[sheet].protectedSheet = true;
}

void XlsxWriter::addDataValidation(int sheet, const DataValidation &validation)
{
    m_sheets[sheet].validations.append(validation);
}

void XlsxWriter::setColumnWidth(int sheet, int column, double width)
{
    m_sheets[sheet].widths.insert(column, width);
}

double XlsxWriter::columnWidth(int sheet, int column) const
{
    // Excel's default column: 8.43 characters of Calibri 11.
    return m_sheets[sheet].widths.value(column, 8.43);
}

void XlsxWriter::setFrozenRows(int sheet, int rows)
{
    m_sheets[sheet].frozenRows = rows;
}

void XlsxWriter::setRowHeight(int sheet, int row, double points)
{
    m_sheets[sheet].heights.insert(row, points);
}

void XlsxWriter::setAutoFilter(int sheet, const XlsxRange &range)
{
    m_sheets[sheet].autoFilter = range;
}

void XlsxWriter::setPrintTitleRow(int sheet, int row)
{
    setPrintTitleRows(sheet, row, row);
}

void XlsxWriter::setPrintTitleRows(int sheet, int first, int last)
{
    m_sheets[sheet].printTitleFirst = first;
    m_sheets[sheet].printTitleLast = last;
}

void XlsxWriter::setLandscape(int sheet)
{
    setPageSetup(sheet, PageSetup());
}

void XlsxWriter::setPageSetup(int sheet, const PageSetup &setup)
{
    m_sheets[sheet].page = setup;
}

double XlsxWriter::printScale(int sheet) const
{
    const Sheet &s = m_sheets[sheet];
    const PageSetup page = s.page.value_or(PageSetup { PageSetup::Paper::Letter, false, 0, 0, {}, {} });
    if (page.fitToWidth <= 0)
        return 1.0;
    int last = s.widths.isEmpty() ? 0 : s.widths.lastKey();
    for (const QList<Cell> &row : s.rows)
        last = std::max(last, int(row.size()) - 1);
    double width = 0;
    for (int c = 0; c <= last; ++c)
        width += xlsxmetrics::pointsOfWidth(columnWidth(sheet, c));
    // The paper's printable width: its width less the margins (0.4 inch a side).
    const double inches = page.landscape ? (page.paper == PageSetup::Paper::Legal ? 14.0 : 11.0) : 8.5;
    const double printable = (inches - 0.8) * 72.0;
    // Excel prints at 10 % at least.
    return std::clamp(page.fitToWidth * printable / std::max(1.0, width), 0.1, 1.0);
}

QString XlsxWriter::headerFooterText(const QString &text, qsizetype limit)
{
    QString t = text.simplified();
    if (t.size() > limit)
        t = t.left(limit - 1) + u'…';
    return t.replace(u'&', u"&&"_s);
}

QString XlsxWriter::pageNumberFooter()
{
    return QCoreApplication::translate("XlsxWriter", "Page %1 of %2").arg(u"&P"_s, u"&N"_s);
}

XlsxWriter::Style XlsxWriter::closingStyle(Style totalStyle)
{
    switch (totalStyle) {
    case TotalText:
        return ClosingText;
    case TotalWrap:
        return ClosingWrap;
    case TotalCount:
        return ClosingCount;
    case TotalNumber:
        return ClosingNumber;
    case TotalPesos:
        return ClosingPesos;
    case TotalPercent:
        return ClosingPercent;
    case TotalMark:
        return ClosingMark;
    case TotalNumber1:
        return ClosingNumber1;
    case TotalPercent0:
        return ClosingPercent0;
    case TotalDigits:
        return ClosingDigits;
    default:
        return totalStyle;
    }
}

XlsxWriter::StyleTraits XlsxWriter::traits(Style style)
{
    switch (style) {
    case Header:
        return { true, true, 11.0, 0 };
    case Wrap:
        return { true, false, 11.0, 1 };
    case Text:
        return { false, false, 11.0, 1 };
    case Title:
        return { false, true, 14.0, 0 };
    case Subtitle:
        return { false, true, 12.0, 0 };
    case ColumnHeader:
        return { true, true, 11.0, 1 };
    case NumberHeader:
        return { true, true, 11.0, 0 };
    case TotalText:
    case ClosingText:
        return { false, true, 11.0, 1 };
    case TotalWrap:
    case ClosingWrap:
        return { true, true, 11.0, 1 };
    case InputWrap:
        return { true, false, 11.0, 0 };
    case Warning:
    case TotalCount:
    case TotalNumber:
    case TotalPesos:
    case TotalPercent:
    case TotalMark:
    case TotalNumber1:
    case TotalPercent0:
    case TotalDigits:
    case ClosingCount:
    case ClosingNumber:
    case ClosingPesos:
    case ClosingPercent:
    case ClosingMark:
    case ClosingNumber1:
    case ClosingPercent0:
    case ClosingDigits:
        return { false, true, 11.0, 0 };
    case Plain:
    case Integer:
    case Decimal:
    case Money:
    case Count:
    case Number:
    case Pesos:
    case Percent:
    case Mark:
    case Number1:
    case Percent0:
    case Digits:
    case Input:
        break;
    }
    return {};
}

void XlsxWriter::addBarChart(int sheet, const BarChart &chart)
{
    m_sheets[sheet].charts.append(chart);
}

void XlsxWriter::setProperties(const QString &title, const QString &description)
{
    m_title = title;
    m_description = description;
}

int XlsxWriter::rowCount(int sheet) const
{
    return int(m_sheets[sheet].rows.size());
}

Status XlsxWriter::writeFile(const QString &path) const
{
    return safe::writeFile(path, [this](QIODevice &file) { return write(file); });
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
    QString definedNames;
    int firstVisible = -1;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (!m_sheets[i].hidden && firstVisible < 0)
            firstVisible = int(i);
    }
    int drawings = 0;
    int charts = 0;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        const Sheet &sheet = m_sheets[i];
        // A cell merged across columns of one row wraps in their joint width; cells of merges
        // over several rows do not set a row's height.
        QHash<QPair<int, int>, double> mergedWidth;
        QSet<QPair<int, int>> tallMerges;
        for (const XlsxRange &m : sheet.merges) {
            if (m.firstRow != m.lastRow) {
                tallMerges.insert({ m.firstRow, m.firstColumn });
                continue;
            }
            double width = 0;
            for (int c = m.firstColumn; c <= m.lastColumn; ++c)
                width += columnWidth(int(i), c);
            mergedWidth.insert({ m.firstRow, m.firstColumn }, width);
        }
        const auto autoHeight = [&](int r) {
            double height = 0;
            const QList<Cell> &row = sheet.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const Cell &cell = row[c];
                const StyleTraits t = traits(cell.style);
                if (cell.value.typeId() != QMetaType::QString || tallMerges.contains({ r, int(c) }))
                    continue;
                const double width = mergedWidth.value({ r, int(c) }, columnWidth(int(i), int(c)));
                const int lines = t.wraps ? xlsxmetrics::wrappedLines(
                                      cell.value.toString(), xlsxmetrics::textRoom(width, t.indent), t.bold, t.points)
                                          : 1;
                height = std::max(height, xlsxmetrics::rowHeight(lines, t.points));
            }
            return height;
        };
        QString data;
        int lastColumn = 0;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QList<Cell> &row = sheet.rows[r];
            data += u"<row r=\""_s + QString::number(r + 1) + u'"';
            // Estimated for Excel, so that no line is cut off there (LibreOffice's columns hold a
            // little more text). Not marked custom: a reader that fits rows itself may do so.
            if (const auto h = sheet.heights.constFind(int(r)); h != sheet.heights.constEnd())
                data += u" ht=\"%1\" customHeight=\"1\""_s.arg(*h, 0, 'f', 1);
            else if (const double height = autoHeight(int(r)); height > xlsxmetrics::rowHeight(1))
                data += u" ht=\"%1\""_s.arg(std::min(height, MaxRowHeight), 0, 'f', 1);
            data += u">"_s;
            for (qsizetype c = 0; c < row.size(); ++c) {
                const Cell &cell = row[c];
                if (cell.value.isNull() && cell.style == Plain)
                    continue;
                lastColumn = std::max(lastColumn, int(c));
                const QString ref = cellName(int(r), int(c));
                const QString style = cell.style == Plain ? QString() : u" s=\""_s + QString::number(cell.style) + u'"';
                if (cell.value.isNull()) {
                    data += u"<c r=\""_s + ref + u'"' + style + u"/>"_s;
                } else if (cell.value.typeId() == QMetaType::QString) {
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
        QString xml = XmlDeclaration
            + u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"_s;
        if (sheet.page && sheet.page->fitToWidth > 0)
            xml += u"<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"_s;
        xml += u"<dimension ref=\"A1:%1\"/>"_s.arg(
            cellName(int(std::max<qsizetype>(0, sheet.rows.size() - 1)), lastColumn));
        xml += u"<sheetViews><sheetView workbookViewId=\"0\""_s
            + (i == firstVisible ? u" tabSelected=\"1\""_s : QString()) + u">"_s;
        if (sheet.frozenRows > 0)
            xml += u"<pane ySplit=\"%1\" topLeftCell=\"A%2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                   "<selection pane=\"bottomLeft\" activeCell=\"A%2\" sqref=\"A%2\"/>"_s.arg(sheet.frozenRows)
                       .arg(sheet.frozenRows + 1);
        xml += u"</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"_s;
        if (!sheet.widths.isEmpty()) {
            xml += u"<cols>"_s;
            for (auto it = sheet.widths.cbegin(); it != sheet.widths.cend(); ++it)
                xml += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(it.key() + 1)
                           .arg(it.value(), 0, 'f', 1);
            xml += u"</cols>"_s;
        }
        xml += u"<sheetData>"_s + data + u"</sheetData>"_s;
        // The order of a worksheet's elements is fixed by the schema: protection right after the
        // data, validations after the merged cells, before the page setup.
        if (sheet.protectedSheet)
            xml += u"<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" "
                   "formatRows=\"0\"/>"_s;
        if (sheet.autoFilter) {
            const XlsxRange &f = *sheet.autoFilter;
            xml += u"<autoFilter ref=\"%1:%2\"/>"_s.arg(cellName(f.firstRow, f.firstColumn),
                                                        cellName(f.lastRow, f.lastColumn));
            definedNames += u"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%1\" hidden=\"1\">"_s.arg(i);
            appendEscaped(definedNames, absoluteRange(sheet.name, f));
            definedNames += u"</definedName>"_s;
        }
        if (sheet.printTitleFirst >= 0) {
            QString quoted = sheet.name;
            quoted.replace(u'\'', u"''"_s);
            definedNames += u"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"%1\">"_s.arg(i);
            appendEscaped(definedNames,
                          u"'%1'!$%2:$%3"_s.arg(quoted).arg(sheet.printTitleFirst + 1).arg(sheet.printTitleLast + 1));
            definedNames += u"</definedName>"_s;
        }
        if (!sheet.merges.isEmpty()) {
            xml += u"<mergeCells count=\"%1\">"_s.arg(sheet.merges.size());
            for (const XlsxRange &m : sheet.merges)
                xml += u"<mergeCell ref=\"%1:%2\"/>"_s.arg(cellName(m.firstRow, m.firstColumn),
                                                           cellName(m.lastRow, m.lastColumn));
            xml += u"</mergeCells>"_s;
        }
        if (!sheet.validations.isEmpty())
            xml += dataValidationsXml(sheet.validations);
        const bool headerFooter = sheet.page && !(sheet.page->header.isEmpty() && sheet.page->footer.isEmpty());
        // A page header and footer need room above and below the table.
        xml += u"<pageMargins left=\"0.4\" right=\"0.4\" top=\"%1\" bottom=\"%1\" header=\"0.3\" footer=\"0.3\"/>"_s
                   .arg(headerFooter ? u"0.75"_s : u"0.5"_s);
        if (sheet.page) {
            const PageSetup &page = *sheet.page;
            xml += u"<pageSetup paperSize=\"%1\" orientation=\"%2\""_s.arg(int(page.paper))
                       .arg(page.landscape ? u"landscape"_s : u"portrait"_s);
            if (page.fitToWidth > 0)
                xml += u" fitToWidth=\"%1\" fitToHeight=\"%2\""_s.arg(page.fitToWidth).arg(page.fitToHeight);
            xml += u"/>"_s;
            if (headerFooter) {
                xml += u"<headerFooter>"_s;
                if (!page.header.isEmpty()) {
                    xml += u"<oddHeader>"_s;
                    appendEscaped(xml, page.header);
                    xml += u"</oddHeader>"_s;
                }
                if (!page.footer.isEmpty()) {
                    xml += u"<oddFooter>"_s;
                    appendEscaped(xml, page.footer);
                    xml += u"</oddFooter>"_s;
                }
                xml += u"</headerFooter>"_s;
            }
        }
        // Codes (1905, 190501500, a DANE code) are text on purpose: Excel is told not to mark
        // every one of them with its "number stored as text" triangle.
        xml += u"<ignoredErrors><ignoredError sqref=\"A1:XFD1048576\" numberStoredAsText=\"1\"/></ignoredErrors>"_s;
        if (!sheet.charts.isEmpty()) {
            ++drawings;
            xml += u"<drawing r:id=\"rId1\"/>"_s;
            parts.append(
                { u"xl/worksheets/_rels/sheet%1.xml.rels"_s.arg(i + 1),
                  relationships(u"<Relationship Id=\"rId1\" "
                                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                "relationships/drawing\" Target=\"../drawings/drawing%1.xml\"/>"_s.arg(drawings)) });
            parts.append({ u"xl/drawings/drawing%1.xml"_s.arg(drawings), drawingXml(sheet.charts).toUtf8() });
            contentOverrides
                += u"<Override PartName=\"/xl/drawings/drawing%1.xml\" "
                   "ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"_s.arg(drawings);
            QString drawingRels;
            for (qsizetype k = 0; k < sheet.charts.size(); ++k) {
                ++charts;
                drawingRels += u"<Relationship Id=\"rId%1\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" "
                               "Target=\"../charts/chart%2.xml\"/>"_s.arg(k + 1)
                                   .arg(charts);
                parts.append(
                    { u"xl/charts/chart%1.xml"_s.arg(charts), chartXml(sheet.name, sheet.charts[k]).toUtf8() });
                contentOverrides
                    += u"<Override PartName=\"/xl/charts/chart%1.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"_s.arg(
                           charts);
            }
            parts.append({ u"xl/drawings/_rels/drawing%1.xml.rels"_s.arg(drawings), relationships(drawingRels) });
        }
        xml += u"</worksheet>"_s;
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

    QString sst = XmlDeclaration
        + u"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%1\" "
          "uniqueCount=\"%2\">"_s.arg(references)
              .arg(strings.size());
    for (const QString &s : strings) {
        sst += u"<si><t xml:space=\"preserve\">"_s;
        appendEscaped(sst, s);
        sst += u"</t></si>"_s;
    }
    sst += u"</sst>"_s;

    const bool properties = !m_title.isEmpty() || !m_description.isEmpty();
    const QString contentTypes = XmlDeclaration
        + u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"_s
        + contentOverrides
        + u"<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          "<Override PartName=\"/xl/sharedStrings.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"_s
        + (properties ? u"<Override PartName=\"/docProps/core.xml\" "
                        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"_s
                      : QString())
        + u"</Types>"_s;
    // Excel wants the defined names sorted by name: the filters sort before the print titles.
    const QString workbook = XmlDeclaration
        + u"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<bookViews><workbookView activeTab=\"%1\"/></bookViews><sheets>"_s.arg(std::max(0, firstVisible))
        + workbookSheets + u"</sheets>"_s
        + (definedNames.isEmpty() ? QString() : u"<definedNames>"_s + definedNames + u"</definedNames>"_s)
        + u"</workbook>"_s;

    parts.prepend({ u"xl/sharedStrings.xml"_s, sst.toUtf8() });
    parts.prepend({ u"xl/styles.xml"_s, QByteArray(StylesXml) });
    parts.prepend({ u"xl/_rels/workbook.xml.rels"_s, relationships(workbookRels) });
    parts.prepend({ u"xl/workbook.xml"_s, workbook.toUtf8() });
    if (properties) {
        QString core = XmlDeclaration
            + u"<cp:coreProperties "
              "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"_s;
        appendEscaped(core, m_title);
        core += u"</dc:title><dc:creator>Planea</dc:creator><dc:description>"_s;
        appendEscaped(core, m_description);
        core += u"</dc:description><dcterms:created xsi:type=\"dcterms:W3CDTF\">"_s
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u"</dcterms:created></cp:coreProperties>"_s;
        parts.prepend({ u"docProps/core.xml"_s, core.toUtf8() });
    }
    parts.prepend({ u"_rels/.rels"_s,
                    relationships(u"<Relationship Id=\"rId1\" "
                                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                  "officeDocument\" Target=\"xl/workbook.xml\"/>"_s
                                  + (properties ? u"<Relationship Id=\"rId2\" "
                                                  "Type=\"http://schemas.openxmlformats.org/package/2006/"
                                                  "relationships/metadata/core-properties\" "
                                                  "Target=\"docProps/core.xml\"/>"_s
                                                : QString())) });
    parts.prepend({ u"[Content_Types].xml"_s, contentTypes.toUtf8() });

    const ZippedParts zipped = zipParts(parts);
    if (zipped.error != 0)
        return zipError(zipped.error);
    if (device.write(zipped.bytes) != zipped.bytes.size())
        return Error::io(
            QCoreApplication::translate("XlsxWriter", "Could not write the workbook: %1").arg(device.errorString()));
    return {};
}

} // namespace planea
