#pragma once

// Reading back the parts of a workbook Planea wrote: the zip's parts by name, shared strings, one
// cell's XML and the style (number format, font, alignment) its s="N" points at. Header-only: a
// test that includes it links QuaZip.

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

namespace planea::test::xlsxparts {

using namespace Qt::Literals::StringLiterals;

/// Every part of the zip, by name.
inline QHash<QString, QString> unzip(const QByteArray &bytes)
{
    QHash<QString, QString> parts;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        parts.insert(zip.getCurrentFileName(), QString::fromUtf8(file.readAll()));
    }
    return parts;
}

/// The shared strings, in order.
inline QStringList sharedStrings(const QString &xml)
{
    QStringList out;
    static const QRegularExpression si(u"<si><t[^>]*>(.*?)</t></si>"_s);
    for (auto it = si.globalMatch(xml); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

/// The XML of one cell ("C8"), or empty.
inline QString cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression re(u"<c r=\""_s + ref + u"\"[^>]*?(/>|>.*?</c>)"_s);
    return re.match(sheet).captured(0);
}

/// The <xf> of styles.xml's cellXfs that a cell's style index (s="N") points at.
inline QString xfOf(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression index(u"s=\"(\\d+)\""_s);
    static const QRegularExpression xf(u"<xf [^>]*?(/>|>.*?</xf>)"_s);
    const QString xfs = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    QStringList all;
    for (auto it = xf.globalMatch(xfs); it.hasNext();)
        all.append(it.next().captured(0));
    return all.value(index.match(cellXml).captured(1).toInt());
}

/// The number format a cell is shown with, as Excel writes it ("#,##0", "\"$ \"#,##0"…).
inline QString formatOf(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"numFmtId=\"(\\d+)\""_s);
    const int fmt = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QHash<int, QString> builtIn {
        { 0, u"General"_s }, { 1, u"0"_s }, { 3, u"#,##0"_s }, { 4, u"#,##0.00"_s }, { 9, u"0%"_s }
    };
    if (builtIn.contains(fmt))
        return builtIn.value(fmt);
    const QRegularExpression custom(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\"/>"_s.arg(fmt));
    return custom.match(styles).captured(1).replace(u"&quot;"_s, u"\""_s);
}

inline bool isBold(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"fontId=\"(\\d+)\""_s);
    const int font = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QStringList fonts = styles.section(u"<fonts"_s, 1).section(u"</fonts>"_s, 0, 0).split(u"</font>"_s);
    return fonts.value(font).contains(u"<b/>"_s);
}

/// The solid fill colour of a cell ("FFEDEDED"), empty without one.
inline QString fillOf(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"fillId=\"(\\d+)\""_s);
    static const QRegularExpression rgb(u"fgColor rgb=\"([0-9A-F]+)\""_s);
    const int fill = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QStringList fills = styles.section(u"<fills"_s, 1).section(u"</fills>"_s, 0, 0).split(u"</fill>"_s);
    return rgb.match(fills.value(fill)).captured(1);
}

/// The style of a cell's top border ("thin", "medium"), empty without one.
inline QString topBorderOf(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"borderId=\"(\\d+)\""_s);
    static const QRegularExpression top(u"<top style=\"([a-z]+)\""_s);
    const int border = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QStringList borders = styles.section(u"<borders"_s, 1).section(u"</borders>"_s, 0, 0).split(u"</border>"_s);
    return top.match(borders.value(border)).captured(1);
}

inline QString cellValue(const QString &cellXml)
{
    static const QRegularExpression v(u"<v>(.*?)</v>"_s);
    return v.match(cellXml).captured(1);
}

inline QString cellText(const QString &sheet, const QStringList &strings, const QString &ref)
{
    const QString xml = cell(sheet, ref);
    static const QRegularExpression v(u"<v>(.*?)</v>"_s);
    const QString value = v.match(xml).captured(1);
    return xml.contains(u"t=\"s\""_s) ? strings.value(value.toInt()) : value;
}

/// The sheets' names in workbook.xml, in order.
inline QStringList sheetNames(const QString &workbookXml)
{
    QStringList names;
    static const QRegularExpression sheet(u"<sheet name=\"([^\"]*)\""_s);
    for (auto it = sheet.globalMatch(workbookXml); it.hasNext();)
        names.append(it.next().captured(1).replace(u"&amp;"_s, u"&"_s));
    return names;
}

/// The <row …> start tag of row `row` (1-based), e.g. to read its height.
inline QString rowTag(const QString &sheet, int row)
{
    const QRegularExpression re(u"<row r=\"%1\"[^>]*>"_s.arg(row));
    return re.match(sheet).captured(0);
}

} // namespace planea::test::xlsxparts
