// The PDF renderer, through planea-cli as users run it (a PDF needs the GUI font layer, which
// planea-cli loads for export): pdftotext on the output holds every product-indicator code, the
// header and "Página X de Y" on every page, the version and the fingerprint once approved.
#include "PdfWords.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "domain/PlanData.h"
#include "export/DocumentHeader.h"
#include "export/PaperTable.h"
#include "export/PdfExporter.h"
#include "storage/PlanStore.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;

namespace {

class PdfExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!havePdfToText())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        m_plan = m_dir.path(u"demo.planea"_s);
        writeDemoPlan(m_plan);
    }

    QStringList exportPdf(const QString &doc)
    {
        const QString out = m_dir.path(doc + u".pdf"_s);
        const CliResult r = runCli({ u"export"_s, m_plan, u"--doc"_s, doc, u"--format"_s, u"pdf"_s, u"-o"_s, out });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(readBytes(out).startsWith("%PDF-"));
        return pdfPageTexts(out);
    }

    TempDir m_dir;
    QString m_plan;
};

} // namespace

TEST_F(PdfExport, PlanIndicativoHoldsEveryIndicatorCodeAndHeaderAndFooterOnEveryPage)
{
    const PlanData plan = loadPlan(m_plan);
    const QStringList pages = exportPdf(u"plan-indicativo"_s);
    // 25 indicators with wrapped names do not fit on one landscape page.
    ASSERT_GE(pages.size(), 2);
    const QString all = pages.join(u'\n');
    for (const ProductIndicator &ind : plan.indicators)
        EXPECT_TRUE(all.contains(ind.code)) << ind.code.toStdString();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages[i];
        SCOPED_TRACE(i + 1);
        EXPECT_TRUE(page.contains(u"Buenavista (Quindío)"_s));
        EXPECT_TRUE(page.contains(u"Plan Indicativo"_s));
        EXPECT_TRUE(page.contains(u"Fecha: "_s));
        EXPECT_TRUE(page.contains(u"Página %1 de %2"_s.arg(i + 1).arg(pages.size()))) << page.toStdString();
        EXPECT_TRUE(page.contains(u"PLAN DE DEMOSTRACIÓN"_s));
        // The demonstration plan was adopted by an act but never frozen in Planea.
        EXPECT_TRUE(page.contains(u"Adoptado por Acuerdo 006 de 2028 (ficticio) · sin huella"_s));
        // The header row is repeated on every page of the table, and the closing note never
        // stands alone: the last page has rows too.
        EXPECT_TRUE(page.contains(u"Responsable"_s)) << page.toStdString();
        EXPECT_TRUE(page.contains(u"Recursos"_s)) << page.toStdString();
    }
    EXPECT_TRUE(pages.last().simplified().contains(u"no se ha registrado con su huella"_s));
}

TEST_F(PdfExport, PlanIndicativoHeadsRowsWithLineSectorAndProgramAndCutsNoWordInTwo)
{
    const PlanData plan = loadPlan(m_plan);
    const QStringList pages = exportPdf(u"plan-indicativo"_s);
    const QString all = pages.join(u'\n');
    // The hierarchy heads the rows instead of repeating in five columns of every row.
    for (const StrategicLine &line : plan.lines)
        EXPECT_TRUE(all.contains(u"Línea estratégica: "_s + line.name)) << line.name.toStdString();
    for (const BudgetProgram &program : plan.programs)
        EXPECT_TRUE(all.contains(u"Programa "_s + program.code)) << program.code.toStdString();
    // A page that starts inside a line says which, and that it continues.
    ASSERT_GE(pages.size(), 2);
    EXPECT_TRUE(pages[1].contains(u"(continuación)"_s)) << pages[1].toStdString();
    // Nothing is cut mid-word: product and indicator names, units, accumulation types, offices.
    const QSet<QString> printed = wordsOf(all);
    for (const Product &product : plan.products)
        expectWholeWords(printed, product.name);
    for (const ProductIndicator &ind : plan.indicators) {
        expectWholeWords(printed, ind.displayName());
        expectWholeWords(printed, ind.unit);
        expectWholeWords(printed, displayName(ind.accumulation));
    }
    for (const Office &office : plan.offices)
        expectWholeWords(printed, office.name);
    for (const QString &header : { u"Ponderación"_s, u"cuatrienio"_s, u"Acumulación"_s })
        EXPECT_TRUE(printed.contains(header)) << header.toStdString();
}

TEST_F(PdfExport, MoneyIsWrittenTheColombianWay)
{
    const QString all = exportPdf(u"plan-accion"_s).join(u'\n');
    // es-CO: "$" and a space, dots between thousands.
    static const QRegularExpression pesos(u"\\$ \\d{1,3}(\\.\\d{3})+"_s);
    EXPECT_TRUE(pesos.match(all).hasMatch()) << all.left(2000).toStdString();
}

TEST_F(PdfExport, PpiPrintsMillionsWithANoteSoThatProductNamesHaveRoom)
{
    const PlanData plan = loadPlan(m_plan);
    const QStringList pages = exportPdf(u"ppi"_s);
    const QString all = pages.join(u'\n');
    EXPECT_TRUE(all.contains(u"Plan Plurianual de Inversiones"_s));
    // Fifteen money columns in pesos left the product names a few letters wide (25 pages); in
    // millions, with the note on every page saying so, the table takes a third of that.
    EXPECT_LE(pages.size(), 12);
    for (const QString &page : pages.mid(0, pages.size() - 1))
        EXPECT_TRUE(page.simplified().contains(u"Cifras en millones de pesos"_s)) << page.toStdString();
    EXPECT_TRUE(all.contains(u"Cofin.: transferencias de cofinanciación"_s));
    EXPECT_TRUE(all.contains(u"Cofin."_s));
    // Years are printed as years, not as thousands.
    EXPECT_TRUE(all.contains(u" 2028 "_s));
    EXPECT_FALSE(all.contains(u"2.028"_s));
    // A product name wide enough to be printed on one or two lines: its first words together.
    EXPECT_TRUE(all.contains(u"Servicio de gestión del riesgo"_s)) << pages.first().toStdString();
    // Each product is named once above its four years, under its line and program.
    EXPECT_EQ(all.count(u"1901120 Servicio de gestión del riesgo"_s), 1) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Línea estratégica: Tejido social"_s));
    EXPECT_TRUE(all.contains(u"Programa 1901 Salud pública"_s));
    // The draft note ends the table: it shares its page with the plan's totals.
    EXPECT_TRUE(pages.last().contains(u"Total del plan"_s)) << pages.last().toStdString();
    EXPECT_TRUE(pages.last().simplified().contains(u"no se ha registrado con su huella"_s));
}

TEST_F(PdfExport, TextCanBeSearchedAndCopiedWithoutLigatures)
{
    // A ligature glyph ("ﬁ") comes out of the PDF as one odd character, so a search for
    // "eficacia" found nothing; the PDF fonts are painted without ligatures.
    const QString seguimiento = exportPdf(u"seguimiento"_s).join(u'\n');
    EXPECT_TRUE(seguimiento.contains(u"eficacia"_s, Qt::CaseInsensitive)) << seguimiento.left(1500).toStdString();
    EXPECT_TRUE(seguimiento.contains(u"Eficacia del plan en"_s));
    const QString ppi = exportPdf(u"ppi"_s).join(u'\n');
    EXPECT_TRUE(ppi.contains(u"financiación"_s) || ppi.contains(u"cofinanciación"_s)) << ppi.left(1500).toStdString();
    for (const QString &text : { seguimiento, ppi }) {
        EXPECT_FALSE(text.contains(QChar(0xFB01))); // ﬁ
        EXPECT_FALSE(text.contains(QChar(0xFB02))); // ﬂ
    }
    // The plan document (written through a text document, not painted cell by cell) too.
    const QString pdt = exportPdf(u"pdt"_s).join(u'\n');
    EXPECT_TRUE(pdt.contains(u"financiación"_s)) << pdt.left(1500).toStdString();
    EXPECT_FALSE(pdt.contains(QChar(0xFB01)));
}

TEST(PdfExportFormat, MillionsWithOneDecimalAndADashForNothing)
{
    using report::ColumnType;
    EXPECT_EQ(PdfExporter::formatMillions(qint64(16'000'000)), u"16,0"_s);
    EXPECT_EQ(PdfExporter::formatMillions(qint64(9'750'000)), u"9,8"_s);
    EXPECT_EQ(PdfExporter::formatMillions(qint64(1'785'000'000)), u"1.785,0"_s);
    EXPECT_EQ(PdfExporter::formatMillions(qint64(0)), u"–"_s);
    EXPECT_EQ(PdfExporter::formatMillions(QVariant()), QString());
    EXPECT_EQ(PdfExporter::formatCell(2028, ColumnType::Integer), u"2028"_s);
    EXPECT_EQ(PdfExporter::formatCell(12500, ColumnType::Integer), u"12.500"_s);
}

TEST_F(PdfExport, ApprovedPlanPrintsVersionAndShortFingerprintOnEveryPageAndTheFullOneAtTheEnd)
{
    ASSERT_EQ(
        runCli({ u"approve"_s, m_plan, u"--act"_s, u"Acuerdo 006 de 2028 (ficticio)"_s, u"--date"_s, u"2028-05-26"_s })
            .exitCode,
        0);
    const QString fingerprint = loadPlan(m_plan).info.fingerprint;
    const QString shortForm = fingerprint.left(3) + u'-' + fingerprint.mid(3, 3) + u'-' + fingerprint.mid(6, 3) + u'-'
        + fingerprint.mid(9, 3);
    const QStringList pages = exportPdf(u"plan-indicativo"_s);
    ASSERT_GE(pages.size(), 2);
    for (const QString &page : pages)
        EXPECT_TRUE(page.contains(u"Versión 1 · Huella "_s + shortForm)) << page.toStdString();
    EXPECT_TRUE(pages.last().contains(fingerprint));
    EXPECT_TRUE(pages.last().contains(u"Acuerdo 006 de 2028 (ficticio)"_s));
}

TEST(PdfExportFormat, CellsInColombianSpanish)
{
    using report::ColumnType;
    EXPECT_EQ(PdfExporter::formatCell(qint64(150'000'000), ColumnType::Money), u"$ 150.000.000"_s);
    EXPECT_EQ(PdfExporter::formatCell(qint64(-2'500), ColumnType::Money), u"-$ 2.500"_s);
    EXPECT_EQ(PdfExporter::formatCell(12.5, ColumnType::Decimal), u"12,5"_s);
    EXPECT_EQ(PdfExporter::formatCell(1500.0, ColumnType::Decimal), u"1.500"_s);
    EXPECT_EQ(PdfExporter::formatCell(33.333, ColumnType::Percent), u"33,33 %"_s);
    EXPECT_EQ(PdfExporter::formatCell(u"NP"_s, ColumnType::Decimal), u"NP"_s);
    EXPECT_EQ(PdfExporter::formatCell(QVariant(), ColumnType::Money), QString());
}

TEST(PdfExportFormat, WithoutTheGuiLayerItFailsClearlyInsteadOfCrashing)
{
    // The test program runs a QCoreApplication, like a console tool that forgot the GUI layer.
    report::Report r;
    r.title = u"Plan Indicativo"_s;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status s = PdfExporter().write(r, out);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"las fuentes no están cargadas"_s)) << s.error().message.toStdString();
}

TEST(PaperTable, GroupsBecomeHeadingsCodesJoinNamesAndRepeatedNamesArePrintedOnce)
{
    using report::ColumnType;
    using report::RowKind;
    report::Report r;
    r.columns = { { u"linea"_s, u"Línea"_s, ColumnType::Text },
                  { u"cod"_s, u"Código"_s, ColumnType::Text },
                  { u"producto"_s, u"Producto"_s, ColumnType::Text },
                  { u"anio"_s, u"Año"_s, ColumnType::Integer },
                  { u"valor"_s, u"Valor"_s, ColumnType::Money } };
    r.paper.groups = { { { u"linea"_s }, u"Línea: %1"_s } };
    r.paper.joined = { { u"cod"_s, u"producto"_s } };
    r.paper.printedOnce = { u"producto"_s };
    r.rows = { { RowKind::Data, { u"Uno"_s, u"101"_s, u"Vías"_s, 2028, qint64(5) } },
               { RowKind::Data, { u"Uno"_s, u"101"_s, u"Vías"_s, 2029, qint64(7) } },
               { RowKind::Total, { u"Total Uno"_s, QVariant(), QVariant(), QVariant(), qint64(12) } },
               { RowKind::Data, { u"Dos"_s, u"201"_s, u"Agua"_s, 2028, qint64(1) } } };

    const PaperTable paper = paperTable(r, false);
    ASSERT_EQ(paper.table.columns.size(), 3); // producto, anio, valor
    EXPECT_EQ(paper.table.columns[0].key, u"producto"_s);
    EXPECT_EQ(printedColumnCount(r), 3);
    ASSERT_EQ(paper.table.rows.size(), 6);
    EXPECT_EQ(paper.table.rows[0].kind, RowKind::Heading);
    EXPECT_EQ(paper.cells[0][0], u"Línea: Uno"_s);
    EXPECT_EQ(paper.cells[1], (QStringList { u"101 Vías"_s, u"2028"_s, u"$ 5"_s }));
    // The second year of the same product leaves its name out, but has it for the top of a page.
    EXPECT_EQ(paper.cells[2], (QStringList { QString(), u"2029"_s, u"$ 7"_s }));
    EXPECT_EQ(paper.pageTopCells[2], (QStringList { u"101 Vías"_s, u"2029"_s, u"$ 7"_s }));
    EXPECT_TRUE(paper.pageTopCells[1].isEmpty());
    // A total keeps its label, taken from the grouped column, in the first printed column.
    EXPECT_EQ(paper.table.rows[3].kind, RowKind::Total);
    EXPECT_EQ(paper.cells[3][0], u"Total Uno"_s);
    EXPECT_EQ(paper.cells[4][0], u"Línea: Dos"_s);
    EXPECT_EQ(paper.cells[5][0], u"201 Agua"_s);
}

TEST(DocumentHeaderText, DraftAdoptedWithoutFingerprintAndApprovedAreToldApart)
{
    DocumentHeader h;
    EXPECT_EQ(h.versionLine(), u"Borrador (sin aprobar)"_s);
    h.adoptionAct = u"Acuerdo 006 de 2028"_s;
    EXPECT_EQ(h.versionLine(), u"Adoptado por Acuerdo 006 de 2028 · sin huella"_s);
    h.version = 1;
    h.fingerprint = u"045c08a23c95aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff224663"_s;
    EXPECT_EQ(h.versionLine(), u"Versión 1 · Huella 045-c08-a23-c95"_s);
}

// The plan's totals (Report::closingTotals) are painted apart from the lines' subtotals: looked at
// as pixels, the page with «Total del plan» holds the closing fill, below every subtotal's grey.
TEST_F(PdfExport, PlanTotalsArePaintedApartFromTheLinesSubtotals)
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    const QStringList pages = exportPdf(u"ppi"_s);
    qsizetype page = -1;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(u"Total del plan"_s))
            page = i + 1;
    }
    ASSERT_GT(page, 0);
    QProcess render;
    const QString prefix = m_dir.path(u"ppi-page"_s);
    render.start(u"pdftoppm"_s,
                 { u"-r"_s, u"40"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-png"_s,
                   u"-singlefile"_s, m_dir.path(u"ppi.pdf"_s), prefix });
    ASSERT_TRUE(render.waitForFinished(60000));
    const QImage image(prefix + u".png"_s);
    ASSERT_FALSE(image.isNull());
    // A filled row is a pixel row that is mostly the fill (anti-aliased text gives stray greys).
    const QRgb closing = qRgb(0xD3, 0xDB, 0xE6), subtotal = qRgb(0xED, 0xED, 0xED);
    int closingRows = 0, subtotalRows = 0, closingTop = image.height(), subtotalBottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        int c = 0, s = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            c += p == closing ? 1 : 0;
            s += p == subtotal ? 1 : 0;
        }
        if (c > image.width() / 3) {
            ++closingRows;
            closingTop = std::min(closingTop, y);
        }
        if (s > image.width() / 3) {
            ++subtotalRows;
            subtotalBottom = std::max(subtotalBottom, y);
        }
    }
    // Five closing rows (the four years and the term): a band, not a speck.
    EXPECT_GT(closingRows, 5 * 3) << "page " << page;
    // The demo's last line's subtotals are on the same page, above the plan's totals.
    EXPECT_GT(subtotalRows, 0);
    EXPECT_LT(subtotalBottom, closingTop) << "a line's subtotal below the plan's totals";
}
