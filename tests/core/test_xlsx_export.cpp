// The XLSX renderer: the workbook is read back (unzipped) and its sheet, shared strings and
// styles are checked: numbers stored as numbers with the peso, percent and decimal formats,
// frozen bold header, autofilter, title block, total rows bold, text never run as a formula.
#include "SamplePlans.h"
#include "TempDir.h"
#include "domain/PlanData.h"
#include "export/DocumentExport.h"
#include "export/DocumentHeader.h"
#include "export/XlsxExporter.h"
#include "report/Report.h"
#include "report/ReportRegistry.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/XlsxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;
using report::ColumnType;

namespace {

report::Report sampleReport()
{
    report::Report r;
    r.code = u"plan-indicativo"_s;
    r.title = u"Plan Indicativo"_s;
    r.subtitle = u"Filandia (Quindío), 2028–2031"_s;
    r.columns = { { u"cod"_s, u"Código"_s, ColumnType::Text },
                  { u"nombre"_s, u"Indicador"_s, ColumnType::Text },
                  { u"meta"_s, u"Meta 2028"_s, ColumnType::Decimal },
                  { u"n"_s, u"Cantidad"_s, ColumnType::Integer },
                  { u"peso"_s, u"Ponderación (%)"_s, ColumnType::Percent },
                  { u"costo"_s, u"Costo"_s, ColumnType::Money } };
    r.rows.append({ report::RowKind::Data,
                    { u"220100600"_s, u"Beneficiarios & <atendidos>"_s, 85.5, 12, 25.0, qint64(150'000'000) } });
    r.rows.append({ report::RowKind::Data,
                    { u"220100700"_s, u"=HYPERLINK(\"x\")"_s, u"NP"_s, QVariant(), 75.0, qint64(2'500'000'000) } });
    r.rows.append({ report::RowKind::Total,
                    { u"Total"_s, QVariant(), QVariant(), QVariant(), QVariant(), qint64(2'650'000'000) } });
    return r;
}

DocumentHeader sampleHeader(bool demo)
{
    DocumentHeader h = DocumentHeader::fromReport(sampleReport());
    h.entity = u"Filandia (Quindío)"_s;
    h.date = QDate(2028, 6, 15);
    h.isDemo = demo;
    return h;
}

/// Every part of the zip, by name.
QHash<QString, QString> unzip(const QByteArray &bytes)
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

QByteArray render(bool demo)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status s = XlsxExporter().writeDocument(sampleReport(), sampleHeader(demo), out);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return out.data();
}

/// The shared strings, in order.
QStringList sharedStrings(const QString &xml)
{
    QStringList out;
    static const QRegularExpression si(u"<si><t[^>]*>(.*?)</t></si>"_s);
    for (auto it = si.globalMatch(xml); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

/// The XML of one cell ("C8"), or empty.
QString cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression re(u"<c r=\""_s + ref + u"\"[^>]*?(/>|>.*?</c>)"_s);
    return re.match(sheet).captured(0);
}

/// The <xf> of styles.xml's cellXfs that a cell's style index (s="N") points at.
QString xfOf(const QString &styles, const QString &cellXml)
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
QString formatOf(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"numFmtId=\"(\\d+)\""_s);
    const int fmt = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QHash<int, QString> builtIn { { 0, u"General"_s }, { 1, u"0"_s }, { 3, u"#,##0"_s }, { 4, u"#,##0.00"_s } };
    if (builtIn.contains(fmt))
        return builtIn.value(fmt);
    const QRegularExpression custom(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\"/>"_s.arg(fmt));
    return custom.match(styles).captured(1).replace(u"&quot;"_s, u"\""_s);
}

bool isBold(const QString &styles, const QString &cellXml)
{
    static const QRegularExpression id(u"fontId=\"(\\d+)\""_s);
    const int font = id.match(xfOf(styles, cellXml)).captured(1).toInt();
    const QStringList fonts = styles.section(u"<fonts"_s, 1).section(u"</fonts>"_s, 0, 0).split(u"</font>"_s);
    return fonts.value(font).contains(u"<b/>"_s);
}

QString cellValue(const QString &cellXml)
{
    static const QRegularExpression v(u"<v>(.*?)</v>"_s);
    return v.match(cellXml).captured(1);
}

QString cellText(const QString &sheet, const QStringList &strings, const QString &ref)
{
    const QString xml = cell(sheet, ref);
    static const QRegularExpression v(u"<v>(.*?)</v>"_s);
    const QString value = v.match(xml).captured(1);
    return xml.contains(u"t=\"s\""_s) ? strings.value(value.toInt()) : value;
}

} // namespace

TEST(XlsxExport, SheetNamesFollowExcelRules)
{
    EXPECT_EQ(XlsxExporter::sheetName(u"Plan Indicativo"_s), u"Plan Indicativo"_s);
    EXPECT_EQ(XlsxExporter::sheetName(u"Plan Plurianual de Inversiones 2028/2031"_s),
              u"Plan Plurianual de Inversiones"_s); // 31 characters, '/' removed
    EXPECT_EQ(XlsxExporter::sheetName(u"a[b]c:d*e?f\\g"_s), u"a b c d e f g"_s);
    EXPECT_EQ(XlsxExporter::sheetName(u"'Metas'"_s), u"Metas"_s);
    EXPECT_EQ(XlsxExporter::sheetName(u"???"_s), u"Hoja1"_s);
    EXPECT_LE(XlsxExporter::sheetName(QString(40, u'x')).size(), 31);
}

TEST(XlsxExport, NumbersAreNumbersWithTheirFormatsAndTextsAreSharedStrings)
{
    const QHash<QString, QString> parts = unzip(render(false));
    ASSERT_TRUE(parts.contains(u"xl/worksheets/sheet1.xml"_s));
    ASSERT_TRUE(parts.contains(u"[Content_Types].xml"_s));
    const QString sheet = parts.value(u"xl/worksheets/sheet1.xml"_s);
    const QStringList strings = sharedStrings(parts.value(u"xl/sharedStrings.xml"_s));
    const QString styles = parts.value(u"xl/styles.xml"_s);
    EXPECT_TRUE(parts.value(u"xl/workbook.xml"_s).contains(u"<sheet name=\"Plan Indicativo\""_s));

    // Title block (rows 1–4), header on row 6 (no demo line), data from row 7.
    EXPECT_EQ(cellText(sheet, strings, u"A1"_s), u"Filandia (Quindío)"_s);
    EXPECT_EQ(cellText(sheet, strings, u"A2"_s), u"Plan Indicativo"_s);
    EXPECT_EQ(cellText(sheet, strings, u"A4"_s), u"Fecha: 15 de junio de 2028  ·  Borrador (sin aprobar)"_s);
    EXPECT_EQ(XlsxExporter::headerRow(sampleHeader(false)), 5);
    EXPECT_EQ(cellText(sheet, strings, u"A6"_s), u"Código"_s);
    EXPECT_EQ(cellText(sheet, strings, u"E6"_s), u"Ponderación (%)"_s);
    EXPECT_TRUE(isBold(styles, cell(sheet, u"A6"_s))); // bold header style
    EXPECT_FALSE(isBold(styles, cell(sheet, u"A7"_s)));

    // Texts: shared strings, escaped in XML, returned intact.
    EXPECT_EQ(cellText(sheet, strings, u"A7"_s), u"220100600"_s);
    EXPECT_TRUE(cell(sheet, u"A7"_s).contains(u"t=\"s\""_s));
    EXPECT_EQ(cellText(sheet, strings, u"B7"_s), u"Beneficiarios &amp; &lt;atendidos&gt;"_s);
    // A formula-looking text stays a string: never a <f> formula.
    EXPECT_TRUE(cell(sheet, u"B8"_s).contains(u"t=\"s\""_s));
    EXPECT_FALSE(sheet.contains(u"<f>"_s));

    // Numbers as numbers, with their styles: decimal (integer-looking 85.5 uses #,##0.00),
    // integer, percent as a fraction, money with the peso format.
    const QString c7 = cell(sheet, u"C7"_s);
    EXPECT_FALSE(c7.contains(u"t=\""_s));
    EXPECT_EQ(cellValue(c7), u"85.5"_s);
    EXPECT_EQ(formatOf(styles, c7), u"#,##0.00"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"D7"_s)), u"12"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"D7"_s)), u"#,##0"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"E7"_s)), u"0.25"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"E7"_s)), u"0.0%"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"F7"_s)), u"150000000"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"F7"_s)), u"\"$ \"#,##0"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"F8"_s)), u"2500000000"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"F8"_s)), u"\"$ \"#,##0"_s);
    // "NP" in a numeric column: text, right-aligned.
    EXPECT_EQ(cellText(sheet, strings, u"C8"_s), u"NP"_s);
    EXPECT_TRUE(xfOf(styles, cell(sheet, u"C8"_s)).contains(u"horizontal=\"right\""_s));
    // An empty cell is not written.
    EXPECT_TRUE(cell(sheet, u"D8"_s).isEmpty());

    // Total row bold: bold money with the peso format, bold text.
    EXPECT_EQ(cellValue(cell(sheet, u"F9"_s)), u"2650000000"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"F9"_s)), u"\"$ \"#,##0"_s);
    EXPECT_TRUE(isBold(styles, cell(sheet, u"F9"_s)));
    EXPECT_TRUE(isBold(styles, cell(sheet, u"A9"_s)));

    // Frozen header, autofilter over header and data, column widths, landscape letter.
    EXPECT_TRUE(
        sheet.contains(u"<pane ySplit=\"6\" topLeftCell=\"A7\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s));
    EXPECT_TRUE(sheet.contains(u"<autoFilter ref=\"A6:F9\"/>"_s));
    EXPECT_TRUE(sheet.contains(u"<col min=\"2\" max=\"2\" width=\""_s));
    EXPECT_TRUE(sheet.contains(u"paperSize=\"1\" orientation=\"landscape\""_s));
}

TEST(XlsxExport, DemoPlanSaysSoInTheTitleBlock)
{
    const QHash<QString, QString> parts = unzip(render(true));
    const QString sheet = parts.value(u"xl/worksheets/sheet1.xml"_s);
    const QStringList strings = sharedStrings(parts.value(u"xl/sharedStrings.xml"_s));
    EXPECT_TRUE(cellText(sheet, strings, u"A5"_s).startsWith(u"PLAN DE DEMOSTRACIÓN"_s));
    EXPECT_EQ(cellText(sheet, strings, u"A7"_s), u"Código"_s); // header one row lower
    EXPECT_TRUE(sheet.contains(u"<pane ySplit=\"7\""_s));
}

TEST(XlsxExport, ApprovedPlanShowsVersionAndFingerprint)
{
    DocumentHeader h = sampleHeader(false);
    h.version = 2;
    h.fingerprint = u"b91ecdcbb7617de9b4ecdac7e434a67e67028cd62becea70c1f59f6e441f63f0"_s;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(XlsxExporter().writeDocument(sampleReport(), h, out).ok());
    const QHash<QString, QString> parts = unzip(out.data());
    const QStringList strings = sharedStrings(parts.value(u"xl/sharedStrings.xml"_s));
    EXPECT_TRUE(strings.contains(u"Fecha: 15 de junio de 2028  ·  Versión 2 · Huella b91-ecd-cbb-761"_s))
        << strings.join(u" | "_s).toStdString();
}

TEST(XlsxExport, ExportDocumentWritesTheDemoPlanIndicativoAndPpiThroughTheCli)
{
    TempDir dir;
    const QString plan = dir.path(u"demo.planea"_s);
    ASSERT_EQ(runCli({ u"demo"_s, plan }).exitCode, 0);
    for (const QString &doc : { u"plan-indicativo"_s, u"ppi"_s }) {
        const QString out = dir.path(doc + u".xlsx"_s);
        const CliResult r = runCli({ u"export"_s, plan, u"--doc"_s, doc, u"--format"_s, u"xlsx"_s, u"-o"_s, out });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QHash<QString, QString> parts = unzip(readBytes(out));
        const QString sheet = parts.value(u"xl/worksheets/sheet1.xml"_s);
        const QStringList strings = sharedStrings(parts.value(u"xl/sharedStrings.xml"_s));
        EXPECT_TRUE(strings.first().startsWith(u"Buenavista"_s)) << strings.first().toStdString();
        EXPECT_TRUE(strings.contains(u"PLAN DE DEMOSTRACIÓN: datos inventados, no es un documento oficial."_s));
        EXPECT_TRUE(sheet.contains(u"s=\"%1\"><v>"_s.arg(int(XlsxWriter::Pesos))))
            << doc.toStdString() << ": money cells";
        EXPECT_TRUE(sheet.contains(u"<autoFilter"_s));
        // Rows with long wrapped names are as tall as their lines (readers keep rows one line
        // high otherwise, and the names overlap the next row).
        static const QRegularExpression tall(u"<row r=\"\\d+\" ht=\"(\\d+)\\.0\" customHeight=\"1\">"_s);
        const QRegularExpressionMatch m = tall.match(sheet);
        ASSERT_TRUE(m.hasMatch()) << doc.toStdString();
        EXPECT_GE(m.captured(1).toInt(), 30);
    }
    // A folder that does not exist: exit 2, nothing written.
    const CliResult bad = runCli(
        { u"export"_s, plan, u"--doc"_s, u"ppi"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, dir.path(u"no/existe.xlsx"_s) });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"no existe"_s)) << bad.err.toStdString();
}

TEST(XlsxExport, SeguimientoOpensWithItsSummaryAndBarChartsOfEficaciaByLine)
{
    TempDir dir;
    const QString plan = dir.path(u"demo.planea"_s);
    ASSERT_EQ(runCli({ u"demo"_s, plan }).exitCode, 0);
    const QString out = dir.path(u"seguimiento.xlsx"_s);
    const CliResult r = runCli({ u"export"_s, plan, u"--doc"_s, u"seguimiento"_s, u"--format"_s, u"xlsx"_s, u"--year"_s,
                                 u"2029"_s, u"-o"_s, out });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    auto book = XlsxReader::read(out);
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    // The summary first, as in the PDF, then the main table and the sections.
    ASSERT_GE(book->sheets().size(), 3);
    EXPECT_EQ(book->sheets().first().name(), u"Resumen"_s);
    EXPECT_EQ(book->sheets().at(1).name(), u"Informe de seguimiento del Plan"_s.left(31));
    const XlsxSheet &summary = book->sheets().first();
    QStringList texts;
    int lineRows = 0;
    for (int row = 0; row < summary.rowCount(); ++row) {
        texts.append(summary.cell(row, 0).text());
        // A line of the eficacia table: its label, its eficacia as a number (a fraction, 0–1).
        if (summary.cell(row, 0).text().startsWith(u"1. "_s) && summary.cell(row, 1).type == XlsxCellType::Number) {
            ++lineRows;
            EXPECT_GE(summary.cell(row, 1).value.toDouble(), 0.0);
            EXPECT_LE(summary.cell(row, 1).value.toDouble(), 1.0);
        }
    }
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(u"Eficacia del plan en 2029"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Eficacia 2029 por línea estratégica"_s)) << all.toStdString();
    EXPECT_EQ(lineRows, 2); // the eficacia chart and the four-year progress chart

    // Each chart is an Excel bar chart over the summary's cells.
    const QHash<QString, QString> parts = unzip(readBytes(out));
    const QString chart = parts.value(u"xl/charts/chart1.xml"_s);
    EXPECT_TRUE(chart.contains(u"<c:barDir val=\"bar\"/>"_s)) << chart.toStdString();
    EXPECT_TRUE(chart.contains(u"<c:f>'Resumen'!$B$"_s)) << chart.toStdString();
    EXPECT_TRUE(parts.contains(u"xl/charts/chart2.xml"_s));
    EXPECT_TRUE(parts.value(u"[Content_Types].xml"_s).contains(u"/xl/charts/chart1.xml"_s));
    EXPECT_TRUE(parts.value(u"xl/worksheets/sheet1.xml"_s).contains(u"<drawing r:id=\"rId1\"/>"_s));
}

TEST(XlsxExport, WriteFileReplacesAtomically)
{
    TempDir dir;
    const QString path = dir.path(u"out.xlsx"_s);
    writeBytes(path, "old");
    ASSERT_TRUE(XlsxExporter().writeFile(sampleReport(), sampleHeader(false), path).ok());
    const QByteArray bytes = readBytes(path);
    EXPECT_TRUE(bytes.startsWith("PK"));
    EXPECT_FALSE(QFile::exists(path + u".part"_s));
}

TEST(XlsxExport, EveryCellOfTheDemoPlanIndicativoReadsBackAsTheReportHoldsIt)
{
    TempDir dir;
    const QString planPath = dir.path(u"demo.planea"_s);
    const PlanData plan = writeDemoPlan(planPath);
    for (const QString &doc : { u"plan-indicativo"_s, u"ppi"_s }) {
        SCOPED_TRACE(doc.toStdString());
        const report::Report r = *report::buildReport(doc, plan);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ASSERT_TRUE(XlsxExporter().writeDocument(r, DocumentHeader::fromPlan(plan, r, QDate(2028, 6, 15)), out).ok());

        // Read with Planea's own XLSX reader (the one that imports KPT workbooks).
        auto book = XlsxReader::readBytes(out.data(), u"x.xlsx"_s);
        ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
        ASSERT_EQ(book->sheets().size(), 1);
        const XlsxSheet &sheet = book->sheets().first();
        const int header = XlsxExporter::headerRow(DocumentHeader::fromPlan(plan, r, {}));
        for (int c = 0; c < r.columns.size(); ++c)
            EXPECT_EQ(sheet.cell(header, c).text(), r.columns[c].title);
        ASSERT_EQ(sheet.rowCount(), header + 1 + r.rows.size());
        for (int i = 0; i < r.rows.size(); ++i) {
            for (int c = 0; c < r.columns.size(); ++c) {
                const QVariant expected = r.rows[i].cells.value(c);
                const XlsxCell got = sheet.cell(header + 1 + i, c);
                if (expected.isNull()) {
                    EXPECT_TRUE(got.isEmpty() || got.text().isEmpty());
                } else if (r.columns[c].type == ColumnType::Text || expected.typeId() == QMetaType::QString) {
                    EXPECT_EQ(got.type, XlsxCellType::String);
                    EXPECT_EQ(got.value.toString(), expected.toString());
                } else {
                    ASSERT_EQ(got.type, XlsxCellType::Number) << i << "," << c;
                    const double factor = r.columns[c].type == ColumnType::Percent ? 100.0 : 1.0;
                    EXPECT_DOUBLE_EQ(got.value.toDouble() * factor, expected.toDouble()) << i << "," << c;
                }
            }
        }
    }
}
