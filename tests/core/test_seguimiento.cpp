// The seguimiento (follow-up) document: its numbers for a small plan worked by hand, the golden
// CSV of that plan, and the demo plan's document in CSV, XLSX (read back) and PDF (pdftotext:
// every goal code, the header and "Página X de Y" on every page) through planea-cli.
#include "CalcPlanBuilder.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "domain/PlanData.h"
#include "export/DocumentExport.h"
#include "report/ReportRegistry.h"
#include "report/SeguimientoReport.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;
using planea::testing::CalcPlanBuilder;
using T = AccumulationType;

namespace {

constexpr Money M = 1'000'000;

// Line 1 "Educación de calidad" (weight 60): program 2201 → product 2201006 → goal 1
// (Acumulado, 10 a year, Secretaría de Educación). Line 2 "Agua y ambiente" (weight 40): program
// 4003 → product 4003018 → goals 2 (Stock from 60 to 80, weight 50) and 3 (Acumulado 1 a year,
// weight 50), both of Planeación.
// 2029: goal 1 achieved 8 of 10 = 80 %; goal 2 64: (64 − 60) / (70 − 60) = 40 %; goal 3 no report.
// Line 1 = 80; line 2 = 40 (goal 3 drops out); plan = 0,6 × 80 + 0,4 × 40 = 64 → Medio.
// Four years: goal 1 (12 + 8) / 40 = 50 %; goal 2 (64 − 60) / (80 − 60) = 20 %; plan
// 0,6 × 50 + 0,4 × 20 = 38.
PlanData followUpPlan()
{
    CalcPlanBuilder b(2028);
    b.line(1, 1, u"Educación de calidad"_s, { u"22"_s }, 60)
        .line(2, 2, u"Agua y ambiente"_s, { u"40"_s }, 40)
        .program(10, 1, u"2201"_s, 100)
        .program(20, 2, u"4003"_s, 100)
        .product(100, 10, u"2201006"_s, 400 * M)
        .product(200, 20, u"4003018"_s, 300 * M)
        .indicator(1, 100, u"220100600"_s, T::Cumulative, 40, { 10, 10, 10, 10 }, 0, 100)
        .indicator(2, 200, u"400301800"_s, T::Stock, 80, { 65, 70, 75, 80 }, 60, 50)
        .indicator(3, 200, u"400301801"_s, T::Cumulative, 4, { 1, 1, 1, 1 }, 0, 50)
        .report(1, 2028, 12)
        .report(1, 2029, 8)
        .report(2, 2029, 64);
    PlanData &plan = b.plan();
    plan.info = test::sampleInfo();
    plan.offices = { { 1, u"Secretaría de Educación"_s }, { 2, u"Secretaría de Planeación"_s } };
    plan.indicators[0].responsibleOfficeId = 1;
    plan.indicators[0].unit = u"Número"_s;
    plan.indicators[0].wellbeingIndicatorId = 7;
    plan.indicators[1].responsibleOfficeId = 2;
    plan.indicators[1].unit = u"Porcentaje"_s;
    plan.indicators[2].responsibleOfficeId = 2;
    plan.indicators[2].unit = u"Número"_s;
    plan.executions = { { 100, 2029, u"RP"_s, 100 * M, 80 * M, 60 * M, 50 * M },
                        { 200, 2029, u"SGP_APSB"_s, 100 * M, 50 * M, 20 * M, 10 * M } };
    WellbeingIndicator coverage;
    coverage.id = 7;
    coverage.lineId = 1;
    coverage.name = u"Cobertura neta en educación media"_s;
    coverage.unit = u"Porcentaje"_s;
    coverage.isPrioritized = true;
    coverage.baseline = 40;
    coverage.baselineYear = 2026;
    coverage.target = 50;
    coverage.values = { { 2026, 40, {} }, { 2028, 42, {} }, { 2029, 44, {} } };
    plan.wellbeingIndicators = { coverage };
    return b.build();
}

report::ReportContext year2029()
{
    report::ReportContext context;
    context.year = 2029;
    context.sectorName = [](const QString &code) {
        return code == u"22"_s ? u"Educación"_s : code == u"40"_s ? u"Vivienda, ciudad y territorio"_s : QString();
    };
    return context;
}

const report::ReportRow *rowWithCode(const QList<report::ReportRow> &rows, const QString &code, int codeColumn = 1)
{
    for (const report::ReportRow &row : rows) {
        if (row.cells.value(codeColumn).toString() == code)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST(SeguimientoReport, NumbersOfTheYearWorkedByHand)
{
    const report::Report r = report::buildSeguimientoReport(followUpPlan(), year2029());
    EXPECT_EQ(r.code, u"seguimiento"_s);
    EXPECT_TRUE(r.subtitle.contains(u"2029"_s));
    const qsizetype eff = r.columnIndex(u"eficacia"_s);
    const qsizetype term = r.columnIndex(u"avance_cuatrienio"_s);
    const qsizetype category = r.columnIndex(u"categoria"_s);
    const qsizetype flags = r.columnIndex(u"alertas"_s);
    ASSERT_GE(eff, 0);

    // Plan row first: 64 % (Medio), four years 38 %.
    const report::ReportRow &plan = r.rows.first();
    EXPECT_EQ(plan.kind, report::RowKind::Total);
    EXPECT_EQ(plan.cells[0].toString(), u"Plan"_s);
    EXPECT_DOUBLE_EQ(plan.cells[eff].toDouble(), 64.0);
    EXPECT_DOUBLE_EQ(plan.cells[term].toDouble(), 38.0);
    EXPECT_EQ(plan.cells[category].toString(), u"Medio"_s);

    // Plan, 2 lines, 2 programs, 3 goals.
    EXPECT_EQ(r.rows.size(), 8);
    const report::ReportRow *line2 = rowWithCode(r.rows, u"2"_s);
    ASSERT_NE(line2, nullptr);
    EXPECT_DOUBLE_EQ(line2->cells[eff].toDouble(), 40.0);
    EXPECT_EQ(line2->cells[category].toString(), u"Bajo"_s);

    const report::ReportRow *goal1 = rowWithCode(r.rows, u"220100600"_s);
    ASSERT_NE(goal1, nullptr);
    EXPECT_DOUBLE_EQ(goal1->cells[r.columnIndex(u"meta_anio"_s)].toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(goal1->cells[r.columnIndex(u"logro_anio"_s)].toDouble(), 8.0);
    EXPECT_DOUBLE_EQ(goal1->cells[eff].toDouble(), 80.0);
    EXPECT_DOUBLE_EQ(goal1->cells[term].toDouble(), 50.0);
    // commitments 80 of an appropriation of 100: 80 %
    EXPECT_EQ(goal1->cells[r.columnIndex(u"compromisos"_s)].toLongLong(), 80 * M);
    EXPECT_DOUBLE_EQ(goal1->cells[r.columnIndex(u"ejecucion_financiera"_s)].toDouble(), 80.0);
    EXPECT_EQ(goal1->cells[r.columnIndex(u"responsable"_s)].toString(), u"Secretaría de Educación"_s);

    const report::ReportRow *goal3 = rowWithCode(r.rows, u"400301801"_s);
    ASSERT_NE(goal3, nullptr);
    EXPECT_EQ(goal3->cells[r.columnIndex(u"logro_anio"_s)].toString(), u"Sin reporte"_s);
    EXPECT_TRUE(goal3->cells[eff].isNull()); // left out, not zero
    EXPECT_EQ(goal3->cells[flags].toString(), u"Sin reporte; Recursos ejecutados sin avance"_s);

    // Charts: eficacia and four-year progress by line, in the category colours.
    ASSERT_EQ(r.charts.size(), 2);
    EXPECT_EQ(r.charts[0].labels, QStringList({ u"1. Educación de calidad"_s, u"2. Agua y ambiente"_s }));
    EXPECT_DOUBLE_EQ(*r.charts[0].values[1], 40.0);
    EXPECT_EQ(r.charts[0].colors[0], QColor(u"#1b7837"_s)); // Sobresaliente
    EXPECT_EQ(r.charts[0].valueTexts[1], u"40,0 % · Bajo"_s);
    // expected four-year progress at 31 December 2029: 731 of 1.461 days = 50,03 %
    ASSERT_TRUE(r.charts[1].reference.has_value());
    EXPECT_NEAR(*r.charts[1].reference, 100.0 * 731 / 1461, 1e-9);

    // Summary: the plan's eficacia with its category text, integrity 2 of 3, the flags.
    ASSERT_GE(r.summary.size(), 4);
    EXPECT_TRUE(r.summary[0].contains(u"64,0 %"_s)) << r.summary[0].toStdString();
    EXPECT_TRUE(r.summary[0].contains(u"Medio (de 60 % a menos de 70 %)"_s)) << r.summary[0].toStdString();
    EXPECT_TRUE(r.summary[2].contains(u"66,7 %"_s)) << r.summary[2].toStdString();
    EXPECT_TRUE(r.summary[3].contains(u"1 con recursos ejecutados sin avance"_s)) << r.summary[3].toStdString();

    // Sections: result indicators, offices, sectors, flags.
    ASSERT_EQ(r.sections.size(), 4);
    const report::ReportSection &results = r.sections[0];
    ASSERT_EQ(results.rows.size(), 1);
    const auto cell = [&](const report::ReportSection &s, int row, const QString &key) {
        for (qsizetype c = 0; c < s.columns.size(); ++c) {
            if (s.columns[c].key == key)
                return s.rows[row].cells.value(c);
        }
        return QVariant();
    };
    // (44 − 40) / (50 − 40) = 40 % → Bajo; its goal 220100600 at 80 %
    EXPECT_DOUBLE_EQ(cell(results, 0, u"valor_2029"_s).toDouble(), 44.0);
    EXPECT_DOUBLE_EQ(cell(results, 0, u"avance"_s).toDouble(), 40.0);
    EXPECT_EQ(cell(results, 0, u"categoria"_s).toString(), u"Bajo"_s);
    EXPECT_EQ(cell(results, 0, u"metas"_s).toString(), u"220100600"_s);
    EXPECT_DOUBLE_EQ(cell(results, 0, u"eficacia_metas"_s).toDouble(), 80.0);
    // Offices: Educación 80; Planeación only goal 2 → 40, one goal without report
    EXPECT_DOUBLE_EQ(cell(r.sections[1], 0, u"eficacia"_s).toDouble(), 80.0);
    EXPECT_DOUBLE_EQ(cell(r.sections[1], 1, u"eficacia"_s).toDouble(), 40.0);
    EXPECT_EQ(cell(r.sections[1], 1, u"metas_sin_reporte"_s).toLongLong(), 1);
    EXPECT_EQ(cell(r.sections[2], 0, u"nombre"_s).toString(), u"22 Educación"_s);
    // Flags: goal 3 once, with both its flags (no report; money spent, no progress)
    ASSERT_EQ(r.sections[3].rows.size(), 1);
    EXPECT_EQ(cell(r.sections[3], 0, u"alerta"_s).toString(), u"Sin reporte; Recursos ejecutados sin avance"_s);
    EXPECT_EQ(cell(r.sections[3], 0, u"compromisos"_s).toLongLong(), 50 * M);
}

TEST(SeguimientoReport, YearDefaultsToTheLatestReportedOne)
{
    const PlanData plan = followUpPlan();
    EXPECT_EQ(report::seguimientoYear(plan, 0), 2029);
    EXPECT_EQ(report::seguimientoYear(plan, 2028), 2028);
    EXPECT_EQ(report::seguimientoYear(PlanData {}, 0), 0);
    PlanData empty = plan;
    empty.progress.clear();
    EXPECT_EQ(report::seguimientoYear(empty, 0), 2028); // the first year of the term
    EXPECT_TRUE(report::availableDocumentCodes().contains(u"seguimiento"_s));
    // 2028: goal 1 12 of 10 → 100 % with 20 points over; goals 2 and 3 no report
    const report::Report r = report::buildSeguimientoReport(plan, { {}, {}, 2028, {}, {} });
    const report::ReportRow *goal1 = rowWithCode(r.rows, u"220100600"_s);
    ASSERT_NE(goal1, nullptr);
    EXPECT_DOUBLE_EQ(goal1->cells[r.columnIndex(u"eficacia"_s)].toDouble(), 100.0);
    EXPECT_DOUBLE_EQ(goal1->cells[r.columnIndex(u"sobrecumplimiento"_s)].toDouble(), 20.0);
}

TEST(SeguimientoReport, GoldenCsv)
{
    TempDir dir;
    const QString out = dir.path(u"seguimiento.csv"_s);
    auto status = exporting::exportDocument(followUpPlan(), u"seguimiento"_s, u"csv"_s, out, year2029());
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    const QString expectedPath = QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/seguimiento/expected.csv"_s;
    const QByteArray actual = test::readBytes(out);
    if (qEnvironmentVariableIsSet("PLANEA_UPDATE_GOLDEN"))
        test::writeBytes(expectedPath, actual);
    const QByteArray expected = test::readBytes(expectedPath);
    ASSERT_FALSE(expected.isEmpty()) << expectedPath.toStdString();
    EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected).toStdString());
}

TEST(SeguimientoReport, AYearOutsideTheTermIsRefusedAndNothingIsWritten)
{
    TempDir dir;
    const QString out = dir.path(u"seguimiento.csv"_s);
    report::ReportContext context;
    context.year = 2040;
    auto status = exporting::exportDocument(followUpPlan(), u"seguimiento"_s, u"csv"_s, out, context);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(status.error().message.contains(u"2040"_s)) << status.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

namespace {

class SeguimientoDemo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_plan = m_dir.path(u"demo.planea"_s);
        ASSERT_EQ(test::runCli({ u"demo"_s, m_plan }).exitCode, 0);
        OpenOptions options;
        options.readOnly = true;
        auto store = PlanStore::open(m_plan, options);
        ASSERT_TRUE(store.ok());
        m_data = *(*store)->load();
    }

    QString exportAs(const QString &format, const QStringList &extra = { u"--year"_s, u"2029"_s })
    {
        const QString out = m_dir.path(u"seguimiento."_s + format);
        const test::CliResult r = test::runCli(
            QStringList { u"export"_s, m_plan, u"--doc"_s, u"seguimiento"_s, u"--format"_s, format, u"-o"_s, out }
            + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return out;
    }

    TempDir m_dir;
    QString m_plan;
    PlanData m_data;
};

} // namespace

TEST_F(SeguimientoDemo, CsvHoldsEveryGoalWithTheFlags)
{
    const QString csv = QString::fromUtf8(test::readBytes(exportAs(u"csv"_s)));
    for (const ProductIndicator &i : m_data.indicators)
        EXPECT_TRUE(csv.contains(i.code)) << i.code.toStdString();
    EXPECT_TRUE(csv.contains(u"Eficacia 2029 (%)"_s));
    EXPECT_TRUE(csv.contains(u"Recursos ejecutados sin avance"_s));
    EXPECT_TRUE(csv.contains(u"Sin reporte"_s));
}

TEST_F(SeguimientoDemo, XlsxReadsBackWithASheetPerTable)
{
    auto book = XlsxReader::read(exportAs(u"xlsx"_s));
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    // The summary with the charts' values first (as in the PDF), then the main table and the
    // four sections.
    ASSERT_EQ(book->sheets().size(), 6) << book->sheetNames().join(u", "_s).toStdString();
    EXPECT_EQ(book->sheets().first().name(), u"Resumen"_s);
    const XlsxSheet &main = book->sheets().at(1);
    QString all;
    for (int r = 0; r < main.rowCount(); ++r)
        all += main.rowTexts(r).join(u'|') + u'\n';
    for (const ProductIndicator &i : m_data.indicators)
        EXPECT_TRUE(all.contains(i.code)) << i.code.toStdString();
    EXPECT_TRUE(all.contains(u"Buenavista (Quindío)"_s));
    EXPECT_TRUE(book->sheetNames().contains(u"Indicadores de bienestar"_s))
        << book->sheetNames().join(u", "_s).toStdString();
    // the plan row's eficacia is a number (a percent cell stores the fraction)
    bool found = false;
    for (int r = 0; r < main.rowCount() && !found; ++r) {
        if (main.cell(r, 0).text() == u"Plan"_s) {
            found = true;
            EXPECT_EQ(main.cell(r, 7).type, XlsxCellType::Number);
            EXPECT_GT(main.cell(r, 7).value.toDouble(), 0.5);
            EXPECT_LE(main.cell(r, 7).value.toDouble(), 1.0);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(SeguimientoDemo, PdfHoldsEveryGoalAndTheFrameOnEveryPage)
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString pdf = exportAs(u"pdf"_s);
    ASSERT_TRUE(test::readBytes(pdf).startsWith("%PDF-"));
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    ASSERT_TRUE(p.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    ASSERT_GE(pages.size(), 3);
    const QString all = pages.join(u'\n');
    for (const ProductIndicator &i : m_data.indicators)
        EXPECT_TRUE(all.contains(i.code)) << i.code.toStdString();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i + 1);
        EXPECT_TRUE(pages[i].contains(u"Buenavista (Quindío)"_s));
        EXPECT_TRUE(pages[i].contains(u"Informe de seguimiento"_s));
        EXPECT_TRUE(pages[i].contains(u"Página %1 de %2"_s.arg(i + 1).arg(pages.size()))) << pages[i].toStdString();
    }
    // the charts and the sections are there ("Eficacia" comes out of pdftotext with an "fi"
    // ligature, so the searches avoid it)
    EXPECT_TRUE(all.contains(u"2029 por línea estratégica"_s));
    EXPECT_TRUE(all.contains(u"Avance del cuatrienio al cierre de 2029"_s));
    EXPECT_TRUE(all.contains(u"Indicadores de bienestar"_s));
    EXPECT_TRUE(all.contains(u"Alertas de 2029"_s));
}

TEST_F(SeguimientoDemo, WithoutYearTheLatestReportedYearAndABadYearIsRefused)
{
    const QString csv = QString::fromUtf8(test::readBytes(exportAs(u"csv"_s, {})));
    EXPECT_TRUE(csv.contains(u"Eficacia 2029 (%)"_s));
    const QString out = m_dir.path(u"x.csv"_s);
    const test::CliResult r = test::runCli({ u"export"_s, m_plan, u"--doc"_s, u"seguimiento"_s, u"--format"_s, u"csv"_s,
                                             u"--year"_s, u"2035"_s, u"-o"_s, out });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));
}
