// The XLSX renderer: the workbook is read back (unzipped) and its sheet, shared strings and
// styles are checked: numbers stored as numbers with the peso, percent and decimal formats,
// frozen bold header, autofilter, title block, total rows bold, text never run as a formula.
#include "SamplePlans.h"
#include "TempDir.h"
#include "XlsxParts.h"
#include "approval/CanonicalPlan.h"
#include "domain/PlanData.h"
#include "exchange/KptWorkbook.h"
#include "export/DocumentExport.h"
#include "export/DocumentHeader.h"
#include "export/XlsxExporter.h"
#include "report/ColumnFormat.h"
#include "report/Report.h"
#include "report/ReportRegistry.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/XlsxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;
using namespace planea::test::xlsxparts;
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

QByteArray render(bool demo)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status s = XlsxExporter().writeDocument(sampleReport(), sampleHeader(demo), out);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return out.data();
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
    // Headers of numbers stand right-aligned over them; texts are indented a little, so that a
    // number right-aligned in the column before never touches them.
    for (const QString &ref : { u"C6"_s, u"D6"_s, u"E6"_s, u"F6"_s })
        EXPECT_TRUE(xfOf(styles, cell(sheet, ref)).contains(u"horizontal=\"right\""_s)) << ref.toStdString();
    EXPECT_FALSE(xfOf(styles, cell(sheet, u"B6"_s)).contains(u"horizontal=\"right\""_s));
    for (const QString &ref : { u"A6"_s, u"A7"_s, u"B7"_s, u"A9"_s })
        EXPECT_TRUE(xfOf(styles, cell(sheet, ref)).contains(u"indent=\"1\""_s)) << ref.toStdString();

    // Texts: shared strings, escaped in XML, returned intact.
    EXPECT_EQ(cellText(sheet, strings, u"A7"_s), u"220100600"_s);
    EXPECT_TRUE(cell(sheet, u"A7"_s).contains(u"t=\"s\""_s));
    EXPECT_EQ(cellText(sheet, strings, u"B7"_s), u"Beneficiarios &amp; &lt;atendidos&gt;"_s);
    // A formula-looking text stays a string: never a <f> formula.
    EXPECT_TRUE(cell(sheet, u"B8"_s).contains(u"t=\"s\""_s));
    EXPECT_FALSE(sheet.contains(u"<f>"_s));

    // Numbers as numbers, each column with one format (report::columnDecimals): the decimal
    // column's 85.5 with one decimal, the integer column without separators (all its numbers
    // have four digits or fewer, as years), whole percentages without decimals, money in pesos.
    const QString c7 = cell(sheet, u"C7"_s);
    EXPECT_FALSE(c7.contains(u"t=\""_s));
    EXPECT_EQ(cellValue(c7), u"85.5"_s);
    EXPECT_EQ(formatOf(styles, c7), u"#,##0.0"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"D7"_s)), u"12"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"D7"_s)), u"0"_s);
    EXPECT_EQ(cellValue(cell(sheet, u"E7"_s)), u"0.25"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"E7"_s)), u"0%"_s);
    EXPECT_EQ(formatOf(styles, cell(sheet, u"E8"_s)), u"0%"_s);
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
        // high otherwise, and the names overlap the next row). The height is an estimate, not
        // marked custom.
        static const QRegularExpression tall(u"<row r=\"\\d+\" ht=\"(\\d+)\\.0\">"_s);
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
    EXPECT_EQ(book->sheets().at(1).name(), u"Seguimiento 2029"_s); // the report's short sheet name
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
        // The closing totals stand after a blank row.
        ASSERT_GT(r.closingTotals, 0);
        ASSERT_EQ(sheet.rowCount(), header + 2 + r.rows.size());
        for (int i = 0; i < r.rows.size(); ++i) {
            const int at = header + 1 + i + (i >= r.rows.size() - r.closingTotals ? 1 : 0);
            for (int c = 0; c < r.columns.size(); ++c) {
                const QVariant expected = r.rows[i].cells.value(c);
                const XlsxCell got = sheet.cell(at, c);
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

// --- Layout a reader sees: formats, names, printing, heights, totals --------------------------

namespace {

/// The demo plan and every table document written as XLSX (seguimiento for 2029), unzipped.
class DemoWorkbooks : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_plan = new PlanData(writeDemoPlan(s_dir->path(u"demo.planea"_s)));
    }
    static void TearDownTestSuite()
    {
        delete s_plan;
        delete s_dir;
    }

    struct Written
    {
        report::Report report;
        DocumentHeader header;
        QHash<QString, QString> parts;
    };
    static Written write(const QString &doc)
    {
        report::ReportContext context;
        context.year = 2029;
        Written w { *report::buildReport(doc, *s_plan, context), {}, {} };
        w.header = DocumentHeader::fromPlan(*s_plan, w.report, QDate(2029, 6, 15));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        EXPECT_TRUE(XlsxExporter().writeDocument(w.report, w.header, out).ok());
        w.parts = unzip(out.data());
        return w;
    }

    /// The tables of a report in their sheets' order: the main one, then the sections.
    struct Table
    {
        const QList<report::ReportColumn> *columns;
        const QList<report::ReportRow> *rows;
        QString sheetXml;
    };
    static QList<Table> tables(const Written &w)
    {
        int sheet = w.report.summary.isEmpty() && w.report.charts.isEmpty() ? 1 : 2;
        QList<Table> out { { &w.report.columns, &w.report.rows, sheetXml(w, sheet++) } };
        for (const report::ReportSection &s : w.report.sections)
            out.append({ &s.columns, &s.rows, sheetXml(w, sheet++) });
        return out;
    }
    static QString sheetXml(const Written &w, int sheet)
    {
        return w.parts.value(u"xl/worksheets/sheet%1.xml"_s.arg(sheet));
    }

    static inline TempDir *s_dir = nullptr;
    static inline PlanData *s_plan = nullptr;
};

/// The number format a numeric column must have, whatever its cells hold.
QString expectedFormat(const QList<report::ReportRow> &rows, qsizetype column, ColumnType type)
{
    const int decimals = report::columnDecimals(rows, column, type);
    switch (type) {
    case ColumnType::Money:
        return u"\"$ \"#,##0"_s;
    case ColumnType::Percent:
        return decimals == 0 ? u"0%"_s : u"0.0%"_s;
    case ColumnType::Decimal:
        return decimals == 0 ? u"#,##0"_s : decimals == 1 ? u"#,##0.0"_s : u"#,##0.00"_s;
    case ColumnType::Integer: {
        for (const report::ReportRow &r : rows) {
            const QVariant v = r.cells.value(column);
            if (!v.isNull() && v.typeId() != QMetaType::QString && std::abs(v.toLongLong()) >= 10000)
                return u"#,##0"_s;
        }
        return u"0"_s;
    }
    case ColumnType::Text:
        break;
    }
    return {};
}

} // namespace

TEST_F(DemoWorkbooks, NumericColumnsHaveOneFormatAndDecimalsShowTheirOwn)
{
    int numericColumns = 0;
    int wholeInDecimalColumns = 0;
    for (const QString &doc : report::availableDocumentCodes()) {
        SCOPED_TRACE(doc.toStdString());
        const Written w = write(doc);
        const QString styles = w.parts.value(u"xl/styles.xml"_s);
        const int first = XlsxExporter::headerRow(w.header) + 2; // 1-based, below the header
        for (const Table &t : tables(w)) {
            for (qsizetype c = 0; c < t.columns->size(); ++c) {
                const ColumnType type = t.columns->at(c).type;
                if (type == ColumnType::Text)
                    continue;
                ++numericColumns;
                QSet<QString> formats;
                int numbers = 0;
                // Data and total rows, and the blank row before closing totals.
                for (int row = first; row <= first + int(t.rows->size()); ++row) {
                    const QString xml = cell(t.sheetXml, columnName(int(c)) + QString::number(row));
                    if (xml.isEmpty() || xml.contains(u"t=\"s\""_s) || cellValue(xml).isEmpty())
                        continue;
                    ++numbers;
                    if (type == ColumnType::Decimal) {
                        // Each value with its own decimals, as the PDF: «2», «2.150», «0,5».
                        const double x = cellValue(xml).toDouble();
                        const QString own = x == std::round(x) ? u"#,##0"_s
                            : x * 10 == std::round(x * 10)     ? u"#,##0.0"_s
                                                               : u"#,##0.00"_s;
                        EXPECT_EQ(formatOf(styles, xml), own)
                            << t.columns->at(c).title.toStdString() << " " << cellValue(xml).toStdString();
                        wholeInDecimalColumns += x == std::round(x) ? 1 : 0;
                        continue;
                    }
                    formats.insert(formatOf(styles, xml));
                }
                if (numbers == 0 || type == ColumnType::Decimal)
                    continue;
                EXPECT_EQ(formats.size(), 1)
                    << t.columns->at(c).title.toStdString() << ": "
                    << QStringList(formats.begin(), formats.end()).join(u" | "_s).toStdString();
                EXPECT_EQ(*formats.begin(), expectedFormat(*t.rows, c, type)) << t.columns->at(c).title.toStdString();
            }
        }
    }
    EXPECT_GT(numericColumns, 40);
    EXPECT_GT(wholeInDecimalColumns, 100); // the demo's targets are mostly whole numbers
}

TEST_F(DemoWorkbooks, YearsHaveNoThousandsSeparatorAndLargeCountsDo)
{
    const Written ppi = write(u"ppi"_s);
    const QString styles = ppi.parts.value(u"xl/styles.xml"_s);
    const QString sheet = sheetXml(ppi, 1);
    const int year = int(ppi.report.columnIndex(u"anio"_s));
    ASSERT_GE(year, 0);
    const int first = XlsxExporter::headerRow(ppi.header) + 2;
    const QString c = cell(sheet, columnName(year) + QString::number(first));
    EXPECT_EQ(cellValue(c), u"2028"_s);
    EXPECT_EQ(formatOf(styles, c), u"0"_s); // «2028», never «2,028» or «2.028»

    // An integer column with a number of five digits keeps its separators.
    report::Report r = sampleReport();
    r.rows[0].cells[3] = 25000;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(XlsxExporter().writeDocument(r, sampleHeader(false), out).ok());
    const QHash<QString, QString> parts = unzip(out.data());
    EXPECT_EQ(formatOf(parts.value(u"xl/styles.xml"_s), cell(parts.value(u"xl/worksheets/sheet1.xml"_s), u"D7"_s)),
              u"#,##0"_s);
}

TEST_F(DemoWorkbooks, SheetNamesAreShortMeaningfulAndUnique)
{
    // A title longer than a sheet name is cut between words, never inside one.
    EXPECT_EQ(XlsxExporter::sheetName(u"Diagnóstico: indicadores de bienestar"_s), u"Diagnóstico indicadores de"_s);
    for (const QString &doc : report::availableDocumentCodes()) {
        SCOPED_TRACE(doc.toStdString());
        const Written w = write(doc);
        const QStringList names = sheetNames(w.parts.value(u"xl/workbook.xml"_s));
        ASSERT_FALSE(names.isEmpty());
        QStringList expected;
        if (!w.report.summary.isEmpty() || !w.report.charts.isEmpty())
            expected.append(u"Resumen"_s);
        expected.append(w.report.sheetName.isEmpty() ? w.report.title : w.report.sheetName);
        for (const report::ReportSection &s : w.report.sections)
            expected.append(s.sheetName.isEmpty() ? s.title : s.sheetName);
        // Every name is the document's or section's own (short) name, whole.
        EXPECT_EQ(names, expected);
        for (const QString &name : names) {
            EXPECT_LE(name.size(), 31) << name.toStdString();
            EXPECT_EQ(names.count(name), 1) << name.toStdString();
        }
    }
    EXPECT_EQ(sheetNames(write(u"diagnostico"_s).parts.value(u"xl/workbook.xml"_s)), QStringList { u"Diagnóstico"_s });
    EXPECT_EQ(sheetNames(write(u"seguimiento"_s).parts.value(u"xl/workbook.xml"_s)).value(1), u"Seguimiento 2029"_s);
}

TEST_F(DemoWorkbooks, EverySheetPrintsLandscapeOnePageWideWithPageHeaderAndFooter)
{
    for (const QString &doc : report::availableDocumentCodes()) {
        SCOPED_TRACE(doc.toStdString());
        const Written w = write(doc);
        const QStringList names = sheetNames(w.parts.value(u"xl/workbook.xml"_s));
        for (int i = 1; i <= names.size(); ++i) {
            const QString sheet = sheetXml(w, i);
            EXPECT_TRUE(sheet.contains(u"<pageSetUpPr fitToPage=\"1\"/>"_s)) << i;
            // Tables run down as many pages as their rows need; the summary and its charts are one.
            const QString pagesDown = names[i - 1] == u"Resumen"_s ? u"1"_s : u"0"_s;
            EXPECT_TRUE(sheet.contains(u"<pageSetup paperSize=\"1\" orientation=\"landscape\" fitToWidth=\"1\" "
                                       "fitToHeight=\"%1\"/>"_s.arg(pagesDown)))
                << i;
            // The entity and the document above, «Página 2 de 5» below ("&" is "&amp;" in XML).
            static const QRegularExpression header(u"<oddHeader>(.*?)</oddHeader>"_s);
            static const QRegularExpression footer(u"<oddFooter>(.*?)</oddFooter>"_s);
            const QString top = header.match(sheet).captured(1);
            const QString bottom = footer.match(sheet).captured(1);
            EXPECT_TRUE(top.contains(u"Buenavista (Quindío)"_s)) << top.toStdString();
            EXPECT_TRUE(top.contains(w.header.documentTitle)) << top.toStdString();
            EXPECT_TRUE(bottom.contains(u"Página &amp;P de &amp;N"_s)) << bottom.toStdString();
            // headerFooter follows pageSetup, as the schema orders them (Excel refuses otherwise).
            EXPECT_LT(sheet.indexOf(u"<pageSetup "_s), sheet.indexOf(u"<headerFooter>"_s));
            // Codes stored as text are not flagged by Excel, and the element is where the schema
            // puts it: after headerFooter, before a drawing.
            const qsizetype ignored = sheet.indexOf(u"<ignoredErrors><ignoredError sqref=\"A1:XFD1048576\" "
                                                    "numberStoredAsText=\"1\"/></ignoredErrors>"_s);
            EXPECT_GT(ignored, sheet.indexOf(u"</headerFooter>"_s)) << i;
            if (sheet.contains(u"<drawing "_s)) {
                EXPECT_LT(ignored, sheet.indexOf(u"<drawing "_s)) << i;
            }
        }
        // The header row of every table repeats on every printed page.
        EXPECT_EQ(w.parts.value(u"xl/workbook.xml"_s).count(u"_xlnm.Print_Titles"_s), tables(w).size());
    }
}

TEST_F(DemoWorkbooks, SeguimientoChartLabelsShowTheValueWithItsDecimal)
{
    const Written w = write(u"seguimiento"_s);
    for (const QString &part : { u"xl/charts/chart1.xml"_s, u"xl/charts/chart2.xml"_s }) {
        const QString chart = w.parts.value(part);
        // 79,5 % reads «79,5%» beside «Satisfactorio», not a rounded «80%».
        EXPECT_TRUE(chart.contains(u"<c:dLbls><c:numFmt formatCode=\"0.0%\""_s)) << part.toStdString();
    }
}

TEST_F(DemoWorkbooks, TotalsOfTheWholeTableStandBelowTheFilteredRows)
{
    const Written ppi = write(u"ppi"_s);
    const QString sheet = sheetXml(ppi, 1);
    const int header = XlsxExporter::headerRow(ppi.header) + 1; // 1-based
    const int rows = int(ppi.report.rows.size());
    const int closing = ppi.report.closingTotals;
    ASSERT_EQ(closing, 5); // the plan's total of each of the four years and of the term
    const int lastData = header + rows - closing;
    const int columns = int(ppi.report.columns.size());
    // The filter covers the header, the data and the lines' totals among them, not the plan's.
    EXPECT_TRUE(
        sheet.contains(u"<autoFilter ref=\"A%1:%2%3\"/>"_s.arg(header).arg(columnName(columns - 1)).arg(lastData)))
        << sheet.section(u"<autoFilter"_s, 1).left(60).toStdString();
    const QStringList strings = sharedStrings(ppi.parts.value(u"xl/sharedStrings.xml"_s));
    EXPECT_TRUE(cellText(sheet, strings, u"A%1"_s.arg(lastData)).startsWith(u"Total "_s)); // the last line's total
    EXPECT_TRUE(cell(sheet, u"A%1"_s.arg(lastData + 1)).isEmpty()); // a blank row
    for (int i = 0; i < closing; ++i)
        EXPECT_EQ(cellText(sheet, strings, u"A%1"_s.arg(lastData + 2 + i)), u"Total del plan"_s);
    // The plan's totals do not look like the lines' subtotals: another fill and a heavier rule
    // over them, on every cell of the row (the PDF paints them the same way).
    const QString styles = ppi.parts.value(u"xl/styles.xml"_s);
    for (int c = 0; c < columns; ++c) {
        SCOPED_TRACE(c);
        const QString subtotal = cell(sheet, columnName(c) + QString::number(lastData));
        const QString total = cell(sheet, columnName(c) + QString::number(lastData + 2));
        ASSERT_FALSE(subtotal.isEmpty());
        ASSERT_FALSE(total.isEmpty());
        EXPECT_EQ(fillOf(styles, subtotal), u"FFEDEDED"_s);
        EXPECT_EQ(fillOf(styles, total), u"FFD3DBE6"_s);
        EXPECT_EQ(topBorderOf(styles, subtotal), u"thin"_s);
        EXPECT_EQ(topBorderOf(styles, total), u"medium"_s);
        EXPECT_TRUE(isBold(styles, total));
        // The same number format as the subtotal above it, where both hold a number.
        if (!cellValue(subtotal).isEmpty() && !cellValue(total).isEmpty() && !subtotal.contains(u"t=\"s\""_s)) {
            EXPECT_EQ(formatOf(styles, total), formatOf(styles, subtotal));
        }
    }

    // The same for a document with one total row at the end.
    report::Report r = sampleReport();
    r.closingTotals = 1;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(XlsxExporter().writeDocument(r, sampleHeader(false), out).ok());
    const QString one = unzip(out.data()).value(u"xl/worksheets/sheet1.xml"_s);
    EXPECT_TRUE(one.contains(u"<autoFilter ref=\"A6:F8\"/>"_s));
    EXPECT_TRUE(cell(one, u"A9"_s).isEmpty());
    EXPECT_EQ(cellValue(cell(one, u"F10"_s)), u"2650000000"_s);
}

TEST(XlsxExport, RowsAreAsTallAsTheirWrappedLinesAndNoTaller)
{
    const auto words = [](int n) {
        QStringList w;
        for (int i = 0; i < n; ++i)
            w.append(u"palabra"_s);
        return w.join(u' ');
    };
    report::Report r;
    r.title = u"Prueba"_s;
    r.columns = { { u"nombre"_s, u"Nombre"_s, ColumnType::Text }, { u"v"_s, u"Valor"_s, ColumnType::Decimal } };
    r.rows = { { report::RowKind::Data, { u"Corto"_s, 1.5 } },
               { report::RowKind::Data, { words(10), 2.0 } }, // two lines in a column of 45
               { report::RowKind::Data, { words(13), 3.0 } },
               { report::RowKind::Data, { u"Otro corto"_s, 4.0 } } };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(XlsxExporter().writeDocument(r, sampleHeader(false), out).ok());
    const QString sheet = unzip(out.data()).value(u"xl/worksheets/sheet1.xml"_s);
    EXPECT_EQ(rowTag(sheet, 6), u"<row r=\"6\">"_s); // a header of one line
    EXPECT_EQ(rowTag(sheet, 7), u"<row r=\"7\">"_s); // one line: the default height
    EXPECT_EQ(rowTag(sheet, 8), u"<row r=\"8\" ht=\"30.0\">"_s);
    EXPECT_EQ(rowTag(sheet, 9), u"<row r=\"9\" ht=\"45.0\">"_s);
    EXPECT_EQ(rowTag(sheet, 10), u"<row r=\"10\">"_s);
    EXPECT_EQ(rowTag(sheet, 1), u"<row r=\"1\" ht=\"18.8\">"_s); // the 14-point title
}

TEST(XlsxExport, ARowIsNeverTallerThanExcelAllows)
{
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words.append(u"evidencia"_s);
    report::Report r;
    r.title = u"Prueba"_s;
    r.columns = { { u"nombre"_s, u"Nombre"_s, ColumnType::Text } };
    r.rows = { { report::RowKind::Data, { words.join(u' ') } } };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(XlsxExporter().writeDocument(r, sampleHeader(false), out).ok());
    const QString sheet = unzip(out.data()).value(u"xl/worksheets/sheet1.xml"_s);
    // 409 points is Excel's limit: a taller row makes it "repair" the workbook.
    EXPECT_EQ(rowTag(sheet, 7), u"<row r=\"7\" ht=\"409.0\">"_s);
}

TEST_F(DemoWorkbooks, KptHeaderRowsAreTallEnoughAndTheSheetsPrintAndTheRoundTripHolds)
{
    kpt::ExportOptions options;
    options.sdgName = [](int number) { return u"ODS número %1"_s.arg(number); };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(kpt::buildWorkbook(*s_plan, options).write(out).ok());
    const QHash<QString, QString> parts = unzip(out.data());
    const QString styles = parts.value(u"xl/styles.xml"_s);
    // Sheets 1–3 have one header row, the two product sheets two (groups, then names).
    const QList<int> headerRows { 1, 1, 1, 2, 2 };
    for (int i = 1; i <= 5; ++i) {
        SCOPED_TRACE(i);
        const QString sheet = parts.value(u"xl/worksheets/sheet%1.xml"_s.arg(i));
        const int row = headerRows[i - 1];
        // The names row wraps and is as tall as its longest wrapped name (at least two lines).
        static const QRegularExpression height(u"ht=\"([\\d.]+)\""_s);
        EXPECT_GE(height.match(rowTag(sheet, row)).captured(1).toDouble(), 30.0) << rowTag(sheet, row).toStdString();
        EXPECT_TRUE(xfOf(styles, cell(sheet, u"B%1"_s.arg(row))).contains(u"wrapText=\"1\""_s));
        // Every column has a width (none left at the default), the sheet prints landscape with
        // its header rows on every page and the page number below.
        static const QRegularExpression col(u"<col min=\"(\\d+)\""_s);
        int widths = 0;
        for (auto it = col.globalMatch(sheet); it.hasNext(); it.next())
            ++widths;
        static const QRegularExpression cellRef(u"<c r=\"([A-Z]+)\\d+\""_s);
        int headerCells = 0;
        for (auto it = cellRef.globalMatch(sheet.section(u"<row r=\"%1\""_s.arg(row), 1).section(u"</row>"_s, 0, 0));
             it.hasNext(); it.next())
            ++headerCells;
        EXPECT_EQ(widths, headerCells);
        EXPECT_TRUE(sheet.contains(u"orientation=\"landscape\""_s));
        EXPECT_TRUE(sheet.contains(u"&amp;P"_s) && sheet.contains(u"&amp;N"_s));
    }
    // The 86 columns print across pages at a readable scale, not all on one page at 10 %.
    EXPECT_FALSE(parts.value(u"xl/worksheets/sheet4.xml"_s).contains(u"fitToWidth=\"1\""_s));
    EXPECT_TRUE(parts.value(u"xl/workbook.xml"_s).contains(u"'PLAN INDICATIVO - PRODUCTOS'!$1:$2"_s));
    // The hidden sheet is not laid out for print.
    EXPECT_FALSE(parts.value(u"xl/worksheets/sheet6.xml"_s).contains(u"<pageSetup"_s));

    // The ODS column carries the goal's name beside its code.
    auto book = XlsxReader::readBytes(out.data(), u"kpt.xlsx"_s);
    ASSERT_TRUE(book.ok());
    const XlsxSheet *products = book->sheet(kpt::ProductsSheet);
    ASSERT_NE(products, nullptr);
    int named = 0;
    for (int r = kpt::ProductHeaderRows; r < products->rowCount(); ++r) {
        if (products->cell(r, 18).isEmpty())
            continue;
        EXPECT_EQ(products->cell(r, 19).text(), u"ODS número %1"_s.arg(products->cell(r, 18).text()));
        ++named;
    }
    EXPECT_GT(named, 0);

    // Layout only: the plan read back is the same plan.
    auto imported = kpt::readWorkbook(*book);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(approval::computeFingerprint(imported->plan), approval::computeFingerprint(*s_plan));
}

TEST_F(DemoWorkbooks, KptExportedByTheCliNamesTheOds)
{
    const QString out = s_dir->path(u"kpt.xlsx"_s);
    const CliResult r = runCli(
        { u"export"_s, s_dir->path(u"demo.planea"_s), u"--doc"_s, u"kpt"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, out });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto book = XlsxReader::read(out);
    ASSERT_TRUE(book.ok());
    const XlsxSheet *products = book->sheet(kpt::ProductsSheet);
    ASSERT_NE(products, nullptr);
    bool health = false;
    for (int row = kpt::ProductHeaderRows; row < products->rowCount(); ++row) {
        if (products->cell(row, 18).text() == u"3"_s) {
            EXPECT_EQ(products->cell(row, 19).text(), u"Salud y bienestar"_s); // the catalog's short name
            health = true;
        }
        if (!products->cell(row, 18).isEmpty()) {
            EXPECT_FALSE(products->cell(row, 19).text().isEmpty()) << row;
        }
    }
    EXPECT_TRUE(health);
}
