// Report model and CSV export: golden files for a small hand-built plan, and the CSV rules that
// make the file open correctly in Excel with Colombian settings.
#include "SamplePlans.h"
#include "TempDir.h"
#include "export/CsvExporter.h"
#include "export/DocumentExport.h"
#include "report/InvestmentPlanReport.h"
#include "report/PlanIndicativoReport.h"
#include "report/ReportRegistry.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

constexpr Money M = 1'000'000;

/// Two lines, two programs, two products; the first product has two indicators (one own, with a
/// name that looks like a formula and holds the separator and quotes), an NP year, a decimal
/// baseline; the second line's name starts with '-'.
PlanData smallPlan()
{
    PlanData p;
    p.info = test::sampleInfo();
    p.offices = { { 1, u"Secretaría de Obras Públicas"_s } };
    p.lines = { { 1, 1, u"Integración regional"_s, {}, 70.0, { u"24"_s } },
                { 2, 2, u"-Sostenibilidad"_s, {}, 30.0, { u"32"_s } } };
    p.programs = { { 10, 1, u"2402"_s, u"Infraestructura red vial regional"_s, {}, false, 100.0, 1 },
                   { 20, 2, u"3202"_s, u"Conservación de la biodiversidad"_s, {}, false, 100.0, 2 } };
    p.products = { { 100, 10, u"2402041"_s, u"Vía terciaria pavimentada"_s, false, 1500 * M, {}, 1 },
                   { 200, 20, u"3202005"_s, u"Servicio de restauración de ecosistemas"_s, false, 250 * M, {}, 2 } };

    ProductIndicator road;
    road.id = 1000;
    road.productId = 100;
    road.code = u"240204112"_s;
    road.name = u"Vía terciaria pavimentada"_s;
    road.unit = u"Kilómetros"_s;
    road.baseline = 3.5;
    road.termTarget = 1.5;
    road.accumulation = AccumulationType::Cumulative;
    road.responsibleOfficeId = 1;
    road.weight = 60.0;
    road.annualTargets
        = { { 2028, 0.5, false }, { 2029, std::nullopt, true }, { 2030, 0.75, false }, { 2031, 0.25, false } };

    ProductIndicator bridges;
    bridges.id = 1001;
    bridges.productId = 100;
    bridges.code = u"240204190"_s;
    bridges.name = u"=Puentes peatonales; \"nuevos\""_s;
    bridges.unit = u"Número"_s;
    bridges.isOwn = true;
    bridges.termTarget = 2;
    bridges.accumulation = AccumulationType::Flow;
    bridges.weight = 40.0;
    bridges.annualTargets = { { 2028, 1.0, false }, { 2029, 1.0, false }, { 2030, 2.0, false }, { 2031, 2.0, false } };

    ProductIndicator forest;
    forest.id = 2000;
    forest.productId = 200;
    forest.code = u"320200500"_s;
    forest.name = u"Hectáreas deforestadas"_s;
    forest.unit = u"Hectáreas"_s;
    forest.baseline = 18;
    forest.termTarget = 12;
    forest.accumulation = AccumulationType::Reduction;
    forest.trend = Trend::Decrease;
    forest.responsibleOfficeId = 1;
    forest.weight = 100.0;
    forest.annualTargets
        = { { 2028, 15.0, false }, { 2029, 12.0, false }, { 2030, std::nullopt, true }, { 2031, std::nullopt, true } };
    p.indicators = { road, bridges, forest };

    p.investments = { { 100, 2028, u"RP"_s, 300 * M },
                      { 100, 2029, u"RP"_s, 200 * M },
                      { 100, 2029, u"COF_NAC"_s, 500 * M },
                      { 100, 2030, u"COF_NAC"_s, 500 * M },
                      { 200, 2028, u"OTROS"_s, 250 * M } };
    p.reindex();
    return p;
}

report::ReportContext catalogNames()
{
    report::ReportContext context;
    context.sectorName = [](const QString &code) {
        return code == u"24"_s ? u"Transporte"_s : code == u"32"_s ? u"Ambiente y desarrollo sostenible"_s : QString();
    };
    context.sourceName = [](const QString &code) {
        if (code == u"RP"_s)
            return u"Recursos propios"_s;
        if (code == u"COF_NAC"_s)
            return u"Transferencias de cofinanciación - Nación"_s;
        return QString(); // OTROS stays as its code
    };
    return context;
}

std::vector<QString> goldenCases()
{
    const QStringList names
        = QDir(QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/export"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return { names.cbegin(), names.cend() };
}

} // namespace

class CsvGolden : public ::testing::TestWithParam<QString>
{
};

// Each folder tests/data/export/<document>/ holds the expected CSV of that document for smallPlan().
TEST_P(CsvGolden, ExportMatchesExpectedFile)
{
    const QString doc = GetParam();
    const QString expectedPath = QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/export/"_s + doc + u"/expected.csv"_s;
    TempDir dir;
    const QString out = dir.path(doc + u".csv"_s);
    auto status = exporting::exportDocument(smallPlan(), doc, u"csv"_s, out, catalogNames());
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    const QByteArray actual = test::readBytes(out);
    const QByteArray expected = test::readBytes(expectedPath);
    ASSERT_FALSE(expected.isEmpty()) << expectedPath.toStdString();
    if (qEnvironmentVariableIsSet("PLANEA_UPDATE_GOLDEN"))
        test::writeBytes(expectedPath, actual);
    EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected).toStdString());
}

INSTANTIATE_TEST_SUITE_P(Documents, CsvGolden, ::testing::ValuesIn(goldenCases()),
                         [](const ::testing::TestParamInfo<QString> &param) {
                             QString name = param.param;
                             return name.replace(u'-', u'_').toStdString();
                         });

TEST(CsvExport, FileStartsWithBomAndUsesCrlf)
{
    const QByteArray bytes = exporting::CsvExporter().render(report::buildPlanIndicativoReport(smallPlan()));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_FALSE(bytes.mid(3).replace("\r\n", "").contains('\n'));
}

TEST(CsvExport, TextThatLooksLikeAFormulaIsNeutralisedButNumbersAreNot)
{
    using exporting::CsvExporter;
    EXPECT_EQ(CsvExporter::guardText(u"=1+1"_s), u"'=1+1"_s);
    EXPECT_EQ(CsvExporter::guardText(u"+57 300"_s), u"'+57 300"_s);
    EXPECT_EQ(CsvExporter::guardText(u"-Sostenibilidad"_s), u"'-Sostenibilidad"_s);
    EXPECT_EQ(CsvExporter::guardText(u"@SUMA"_s), u"'@SUMA"_s);
    EXPECT_EQ(CsvExporter::guardText(u"\tx"_s), u"'\tx"_s);
    EXPECT_EQ(CsvExporter::guardText(u"\rx"_s), u"'\rx"_s);
    EXPECT_EQ(CsvExporter::guardText(u"Vía = camino"_s), u"Vía = camino"_s);
    const CsvExporter csv;
    EXPECT_EQ(csv.formatCell(-2.5, report::ColumnType::Decimal), u"-2,5"_s);
    EXPECT_EQ(csv.formatCell(qint64(-1500000), report::ColumnType::Money), u"-1500000"_s);
}

TEST(CsvExport, NumbersHaveDecimalCommaAndNoThousandsSeparator)
{
    const exporting::CsvExporter csv;
    EXPECT_EQ(csv.formatCell(qint64(1'500'000'000), report::ColumnType::Money), u"1500000000"_s);
    EXPECT_EQ(csv.formatCell(3.5, report::ColumnType::Decimal), u"3,5"_s);
    EXPECT_EQ(csv.formatCell(0.75, report::ColumnType::Decimal), u"0,75"_s);
    EXPECT_EQ(csv.formatCell(12.0, report::ColumnType::Decimal), u"12"_s);
    EXPECT_EQ(csv.formatCell(33.333333, report::ColumnType::Percent), u"33,33"_s);
    EXPECT_EQ(csv.formatCell(QVariant(), report::ColumnType::Decimal), QString());
}

TEST(CsvExport, SeparatorAndDecimalMarkAreConfigurable)
{
    exporting::CsvOptions options;
    options.separator = u',';
    options.decimalMark = u'.';
    options.byteOrderMark = false;
    options.crlf = false;
    const exporting::CsvExporter csv(options);
    report::Report r;
    r.columns
        = { { u"a"_s, u"Nombre"_s, report::ColumnType::Text }, { u"b"_s, u"Valor"_s, report::ColumnType::Decimal } };
    r.rows = { { report::RowKind::Data, { u"Uno, dos"_s, 1.25 } } };
    EXPECT_EQ(csv.render(r), QByteArray("Nombre,Valor\n\"Uno, dos\",1.25\n"));
}

TEST(Reports, PlanIndicativoShowsProductMoneyOnceAndTotals)
{
    const report::Report r = report::buildPlanIndicativoReport(smallPlan());
    ASSERT_EQ(r.rows.size(), 4); // three indicators and the total
    const qsizetype cost = r.columnIndex(u"costo"_s);
    EXPECT_EQ(r.rows[0].cells[cost].toLongLong(), 1500 * M);
    EXPECT_FALSE(r.rows[1].cells[cost].isValid()); // second indicator of the same product
    EXPECT_EQ(r.rows[3].kind, report::RowKind::Total);
    EXPECT_EQ(r.rows[3].cells[cost].toLongLong(), 1750 * M);
    EXPECT_EQ(r.rows[3].cells[r.columnIndex(u"recursos_2029"_s)].toLongLong(), 700 * M);
    EXPECT_EQ(r.rows[0].cells[r.columnIndex(u"meta_2029"_s)].toString(), u"NP"_s);
}

TEST(Reports, InvestmentPlanTotalsByLineAndYear)
{
    const report::Report r = report::buildInvestmentPlanReport(smallPlan());
    // Only the years with money: the road has 2028–2030 and the restoration 2028; each line its
    // years with money and its total; the plan every year (2031 at zero) and its total.
    ASSERT_EQ(r.rows.size(), (3 + 1) + (3 + 1) + (1 + 1) + 5);
    for (const report::ReportRow &row : r.rows.mid(0, r.rows.size() - 5))
        EXPECT_NE(row.cells.last().toLongLong(), 0) << row.cells.first().toString().toStdString();
    const qsizetype total = r.columnIndex(u"total"_s);
    EXPECT_EQ(r.rows.last().cells[total].toLongLong(), 1750 * M);
    // Plan total of 2029: 200 M (RP) + 500 M (Nación).
    EXPECT_EQ(r.rows[r.rows.size() - 4].cells[total].toLongLong(), 700 * M);
    EXPECT_EQ(r.rows[r.rows.size() - 4].cells[r.columnIndex(u"fuente_COF_NAC"_s)].toLongLong(), 500 * M);
    EXPECT_EQ(report::orderedSourceCodes({ u"OTROS"_s, u"ZZ"_s, u"RP"_s, u"COF_NAC"_s }),
              QStringList({ u"RP"_s, u"COF_NAC"_s, u"OTROS"_s, u"ZZ"_s }));
}

TEST(DocumentExport, UnavailableDocumentOrFormatSaysSoAndWritesNothing)
{
    TempDir dir;
    const QString out = dir.path(u"x.csv"_s);
    auto pdt = exporting::exportDocument(smallPlan(), u"pdt"_s, u"csv"_s, out);
    ASSERT_FALSE(pdt.ok());
    EXPECT_EQ(pdt.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(pdt.error().message.contains(u"«pdt» no se puede escribir como csv. Sus formatos: odt, pdf"_s))
        << pdt.error().message.toStdString();
    auto odt = exporting::exportDocument(smallPlan(), u"ppi"_s, u"odt"_s, out);
    ASSERT_FALSE(odt.ok());
    EXPECT_TRUE(odt.error().message.contains(u"«ppi» no se puede escribir como odt"_s))
        << odt.error().message.toStdString();
    auto unknown = exporting::exportDocument(smallPlan(), u"nada"_s, u"csv"_s, out);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"desconocido"_s));
    EXPECT_FALSE(QFile::exists(out));
}

TEST(DocumentExport, MissingFolderIsReportedAndExistingFileIsReplacedWhole)
{
    TempDir dir;
    auto missing = exporting::exportDocument(smallPlan(), u"ppi"_s, u"csv"_s, dir.path(u"no/existe.csv"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"no existe"_s));

    const QString out = dir.path(u"ppi.csv"_s);
    test::writeBytes(out, "contenido anterior");
    ASSERT_TRUE(exporting::exportDocument(smallPlan(), u"ppi"_s, u"csv"_s, out).ok());
    EXPECT_TRUE(test::readBytes(out).startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
}
