// The KPT 2024-2027 workbook: the exact layout written by `export --doc kpt`, the round trip
// demo → KPT → new plan (same canonical content), golden imports of a KPT-made sample workbook
// (stray spaces in codes, numbers as text, NP, totals rows), and every bad input leaving nothing.
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/CanonicalPlan.h"
#include "demo/DemoPlan.h"
#include "demo/PlanGenerator.h"
#include "exchange/KptWorkbook.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::test;
using namespace planea::demo;

// Streams QString into assertion messages.
std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/kpt/"_s + name;
}

PlanData demoPlan(const TempDir &dir)
{
    return test::writeDemoPlan(dir.path(u"demo.planea"_s));
}

} // namespace

TEST(KptWorkbook, ExportWritesTheKptSheetsAndThe86Columns)
{
    TempDir dir;
    const PlanData plan = demoPlan(dir);
    const QString book = dir.path(u"kpt.xlsx"_s);
    ASSERT_TRUE(kpt::exportWorkbook(plan, book));
    auto read = XlsxReader::read(book);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->sheetNames(),
              (QStringList { u"LÍNEAS ESTRATÉGICAS"_s, u"INDICADORES DE RESULTADO"_s, u"INICIATIVAS SGR"_s,
                             u"PLAN INDICATIVO - PRODUCTOS"_s, u"PLAN INDICATIVO SGR"_s, u"PLANEA"_s }));
    const XlsxSheet *products = read->sheet(u"PLAN INDICATIVO - PRODUCTOS"_s);
    ASSERT_NE(products, nullptr);
    EXPECT_EQ(products->columnCount(), kpt::ProductColumnCount);
    const QStringList titles = products->rowTexts(1);
    ASSERT_EQ(titles.size(), 86);
    EXPECT_EQ(titles, kpt::productColumnTitles(2028));
    EXPECT_EQ(titles[0], u"Código DANE"_s);
    EXPECT_EQ(titles[10], u"Código producto"_s);
    EXPECT_EQ(titles[12], u"Código indicador de producto MGA"_s);
    EXPECT_EQ(titles[16], u"Meta cuatrienio"_s);
    EXPECT_EQ(titles[20], u"Tipo de acumulación"_s);
    EXPECT_EQ(titles[21], u"Programación 2028"_s);
    EXPECT_EQ(titles[25], u"Recursos propios 2028"_s);
    EXPECT_EQ(titles[39], u"Total 2028"_s);
    EXPECT_EQ(titles[84], u"Total 2031"_s);
    EXPECT_EQ(titles[85], u"BPIN"_s);
    EXPECT_EQ(products->cell(0, 25).text(), u"RECURSOS 2028 (PESOS)"_s);
    EXPECT_TRUE(products->mergedRanges().contains(XlsxRange { 0, 25, 0, 39 }));

    // One row per product indicator; the money of a product once, with its total.
    EXPECT_EQ(products->rowCount() - 2, plan.indicators.size());
    Money total = 0;
    for (int row = 2; row < products->rowCount(); ++row) {
        EXPECT_EQ(products->cell(row, 0).text(), u"63111"_s);
        EXPECT_EQ(products->cell(row, 10).text().size(), 7) << row;
        for (int y = 0; y < 4; ++y)
            total += Money(products->cell(row, 39 + 15 * y).value.toDouble());
    }
    Money planTotal = 0;
    for (const InvestmentAmount &inv : plan.investments)
        planTotal += inv.amount;
    EXPECT_EQ(total, planTotal);
    EXPECT_EQ(read->sheet(u"LÍNEAS ESTRATÉGICAS"_s)->rowCount() - 1, plan.lines.size());
    EXPECT_EQ(read->sheet(u"INICIATIVAS SGR"_s)->rowCount() - 1, plan.royalties.size());
    EXPECT_EQ(read->sheet(u"PLAN INDICATIVO SGR"_s)->rowTexts(1).value(21), u"Iniciativa SGR"_s);
}

TEST(KptWorkbook, RoundTripGivesTheSamePlan)
{
    TempDir dir;
    const PlanData plan = demoPlan(dir);
    const QString book = dir.path(u"kpt.xlsx"_s);
    ASSERT_TRUE(kpt::exportWorkbook(plan, book));
    const QString again = dir.path(u"again.planea"_s);
    auto imported = kpt::importToNewPlan(book, again);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_TRUE(imported->hadPlaneaSheet);
    const PlanData back = loadPlan(again);
    EXPECT_EQ(QString::fromUtf8(approval::canonicalSerialization(back)),
              QString::fromUtf8(approval::canonicalSerialization(plan)));
    EXPECT_EQ(approval::computeFingerprint(back), approval::computeFingerprint(plan));
    // Beyond the canonical content: the identity and route state travel too.
    EXPECT_EQ(back.info.catalogVersion, plan.info.catalogVersion);
    EXPECT_EQ(back.info.state, plan.info.state);
    EXPECT_EQ(back.info.isDemo, plan.info.isDemo);
    ASSERT_EQ(back.products.size(), plan.products.size());
    for (qsizetype i = 0; i < plan.products.size(); ++i)
        EXPECT_EQ(back.products[i].bpin, plan.products[i].bpin);
    // And a second trip changes nothing either.
    const QString book2 = dir.path(u"kpt2.xlsx"_s);
    ASSERT_TRUE(kpt::exportWorkbook(back, book2));
    auto twice = kpt::readFile(book2);
    ASSERT_TRUE(twice);
    EXPECT_EQ(approval::computeFingerprint(twice->plan), approval::computeFingerprint(plan));
}

TEST(KptWorkbook, RoundTripOfAGeneratedPlan)
{
    TempDir dir;
    const QString path = dir.path(u"gen.planea"_s);
    ASSERT_TRUE(generatePlan(path, 120, 7));
    const PlanData plan = loadPlan(path);
    const QString book = dir.path(u"gen.xlsx"_s);
    ASSERT_TRUE(kpt::exportWorkbook(plan, book));
    auto imported = kpt::readFile(book);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(QString::fromUtf8(approval::canonicalSerialization(imported->plan)),
              QString::fromUtf8(approval::canonicalSerialization(plan)));
}

TEST(KptWorkbook, ImportsAWorkbookMadeByTheKpt)
{
    TempDir dir;
    const QString out = dir.path(u"filandia.planea"_s);
    auto result = kpt::importToNewPlan(sample(u"kpt_municipio.xlsx"_s), out);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_FALSE(result->hadPlaneaSheet);
    const PlanData plan = loadPlan(out);
    EXPECT_EQ(plan.info.entity.daneCode, u"63272"_s);
    EXPECT_EQ(plan.info.entity.name, u"Filandia"_s);
    EXPECT_EQ(plan.info.entity.departmentCode, u"63"_s);
    EXPECT_EQ(plan.info.planName, u"Plan de Desarrollo Filandia 2024-2027"_s);
    EXPECT_EQ(plan.info.term.startYear, 2024);

    ASSERT_EQ(plan.lines.size(), 2);
    EXPECT_EQ(plan.lines[0].name, u"Filandia saludable"_s);
    EXPECT_EQ(plan.lines[0].description, u"Salud y bienestar para todos"_s);
    // "19 05" and "1905031\n" are the same program and product as "1905" and "1905031".
    ASSERT_EQ(plan.programs.size(), 2);
    EXPECT_EQ(plan.programs[0].code, u"1905"_s);
    ASSERT_EQ(plan.products.size(), 2);
    EXPECT_EQ(plan.products[0].code, u"1905031"_s);
    EXPECT_EQ(plan.products[0].bpin, u"2024632720001"_s);
    ASSERT_EQ(plan.indicators.size(), 3);
    const ProductIndicator &campaigns = plan.indicators[0];
    EXPECT_EQ(campaigns.code, u"190503100"_s);
    EXPECT_EQ(campaigns.termTarget, 8.0);
    EXPECT_TRUE(campaigns.isMain);
    EXPECT_EQ(campaigns.sdg, 3);
    EXPECT_EQ(campaigns.accumulation, AccumulationType::Cumulative);
    const ProductIndicator &people = plan.indicators[1];
    EXPECT_EQ(people.code, u"190503101"_s);
    EXPECT_EQ(people.termTarget, 1200.0); // "1.200" written as text
    EXPECT_FALSE(people.isMain);
    EXPECT_EQ(people.accumulation, AccumulationType::Flow);
    ASSERT_EQ(people.annualTargets.size(), 4);
    EXPECT_TRUE(people.annualTargets[0].notProgrammed);
    EXPECT_FALSE(people.annualTargets[0].value.has_value());
    EXPECT_EQ(people.annualTargets[3].value, 400.0); // "400" as text
    EXPECT_EQ(plan.indicators[2].accumulation, AccumulationType::Capacity);

    // Money by source and year; "25.000.000" as text is 25 million pesos.
    QHash<QString, Money> cells;
    for (const InvestmentAmount &inv : plan.investments)
        cells.insert(u"%1/%2/%3"_s.arg(plan.product(inv.productId)->code).arg(inv.year).arg(inv.sourceCode),
                     inv.amount);
    EXPECT_EQ(cells.value(u"1905031/2024/RP"_s), 10'000'000);
    EXPECT_EQ(cells.value(u"1905031/2024/SGP_SAL"_s), 40'000'000);
    EXPECT_EQ(cells.value(u"1905031/2025/SGP_SAL"_s), 42'000'000);
    EXPECT_EQ(cells.value(u"2201052/2024/SGP_EDU"_s), 25'000'000);
    EXPECT_EQ(cells.value(u"2201052/2026/CRED"_s), 100'000'000);
    EXPECT_EQ(cells.size(), 5);
    EXPECT_EQ(plan.products[0].cost, 92'000'000);

    ASSERT_EQ(plan.wellbeingIndicators.size(), 1);
    EXPECT_EQ(plan.wellbeingIndicators[0].baseline, 12.5);
    EXPECT_EQ(plan.wellbeingIndicators[0].baselineYear, 2022);
    EXPECT_EQ(plan.wellbeingIndicators[0].lineId, plan.lines[0].id);
    ASSERT_EQ(plan.royalties.size(), 1);
    EXPECT_EQ(plan.royalties[0].code, u"ISGR-1"_s);
    EXPECT_EQ(plan.royalties[0].indicativeAmount, 350'000'000);
    EXPECT_EQ(plan.royalties[0].sectorCode, u"22"_s);
    EXPECT_EQ(plan.royalties[0].lineId, plan.lines[1].id);

    // The totals row is reported, not imported; so is what the layout cannot carry.
    EXPECT_TRUE(result->notes.join(u'\n').contains(u"fila 6"_s)) << result->notes.join(u'\n');
}

TEST(KptWorkbook, BadInputsGiveAClearMessageAndNoFile)
{
    TempDir dir;
    const QString out = dir.path(u"new.planea"_s);
    const struct
    {
        QString file;
        QString expected;
    } cases[] = {
        { sample(u"kpt_bad_row.xlsx"_s), u"fila 4"_s },
        { sample(u"kpt_wrong_columns.xlsx"_s), u"columnas"_s },
        { sample(u"kpt_no_products_sheet.xlsx"_s), u"PLAN INDICATIVO - PRODUCTOS"_s },
        { QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/not_zip.xlsx"_s, u"not_zip.xlsx"_s },
        { QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/truncated.xlsx"_s, u"truncated.xlsx"_s },
        { QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/encrypted.xlsx"_s, u"contraseña"_s },
        // Issue 19 item 7: a workbook with no sheets once gave «Sus hojas son: .».
        { QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/no_sheets.xlsx"_s, u"«no_sheets.xlsx» no tiene hojas."_s },
        { dir.path(u"missing.xlsx"_s), u"missing.xlsx"_s },
    };
    for (const auto &c : cases) {
        auto result = kpt::importToNewPlan(c.file, out);
        ASSERT_FALSE(result) << c.file;
        EXPECT_TRUE(result.error().kind == Error::Kind::BadInput || result.error().kind == Error::Kind::Io)
            << c.file << result.error().message;
        EXPECT_TRUE(result.error().message.contains(c.expected)) << result.error().message;
        EXPECT_FALSE(QFileInfo::exists(out)) << c.file;
    }
    // The bad row names its sheet, row and reason.
    auto bad = kpt::readFile(sample(u"kpt_bad_row.xlsx"_s));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(u"Sumatoria rara"_s)) << bad.error().message;
    EXPECT_TRUE(bad.error().message.contains(u"PLAN INDICATIVO - PRODUCTOS"_s)) << bad.error().message;
}

TEST(KptWorkbook, AnExistingPlanIsNeverOverwritten)
{
    TempDir dir;
    const QString out = dir.path(u"exists.planea"_s);
    writeBytes(out, "not mine");
    auto result = kpt::importToNewPlan(sample(u"kpt_municipio.xlsx"_s), out);
    EXPECT_FALSE(result);
    EXPECT_EQ(readBytes(out), QByteArray("not mine"));
}

TEST(KptWorkbook, CliImportKpt)
{
    TempDir dir;
    const QString out = dir.path(u"cli.planea"_s);
    CliResult r = runCli({ u"import-kpt"_s, sample(u"kpt_municipio.xlsx"_s), u"-o"_s, out });
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.out.contains(u"Filandia"_s)) << r.out;
    EXPECT_TRUE(QFileInfo::exists(out));
    r = runCli({ u"import-kpt"_s, sample(u"kpt_bad_row.xlsx"_s), u"-o"_s, dir.path(u"bad.planea"_s) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"fila 4"_s)) << r.err;
    EXPECT_FALSE(QFileInfo::exists(dir.path(u"bad.planea"_s)));
    r = runCli({ u"import-kpt"_s, sample(u"kpt_municipio.xlsx"_s) });
    EXPECT_EQ(r.exitCode, 2);
}
