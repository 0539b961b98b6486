// How a table is split into pages (PdfTableLayout) and how long header words are hyphenated.
// The layout measures text, so this test runs a QGuiApplication (offscreen) instead of the
// QCoreApplication of the other core tests.
#include "export/Hyphenation.h"
#include "export/PaperTable.h"
#include "export/PdfPageFrame.h"
#include "export/PdfTableLayout.h"
#include "i18n/Translations.h"

#include <QGuiApplication>
#include <QImage>

#include <vector>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;

namespace {

/// Lines with programs with products: three levels, as the Plan Indicativo prints them.
report::Report deepReport(int lines, int programs, int products)
{
    using report::ColumnType;
    report::Report r;
    r.columns = { { u"linea"_s, u"Línea"_s, ColumnType::Text },
                  { u"programa"_s, u"Programa"_s, ColumnType::Text },
                  { u"producto"_s, u"Producto"_s, ColumnType::Text },
                  { u"meta"_s, u"Meta"_s, ColumnType::Decimal } };
    r.paper.groups = { { { u"linea"_s }, u"Línea %1"_s }, { { u"programa"_s }, u"Programa %1"_s } };
    for (int l = 1; l <= lines; ++l) {
        for (int p = 1; p <= programs; ++p) {
            for (int q = 1; q <= products; ++q)
                r.rows.append({ report::RowKind::Data,
                                { u"L%1"_s.arg(l), u"P%1.%2"_s.arg(l).arg(p),
                                  u"Producto %1.%2.%3"_s.arg(l).arg(p).arg(q), double(q) } });
        }
    }
    r.rows.append({ report::RowKind::Total, { u"Total"_s, QVariant(), QVariant(), QVariant() } });
    return r;
}

class PdfLayout : public ::testing::Test
{
protected:
    PdfLayout()
        : m_device(2000, 2000, QImage::Format_RGB32)
    {
        m_device.setDotsPerMeterX(11811); // 300 dpi, as the PDFs
        m_device.setDotsPerMeterY(11811);
    }
    QImage m_device;
    QFont m_font = pdfDocumentFont(7);
    QFont m_bold = pdfDocumentFont(7, true);
};

bool isHeading(const PaperTable &paper, qsizetype row)
{
    return paper.table.rows[row].kind == report::RowKind::Heading;
}

} // namespace

TEST_F(PdfLayout, AHeadingIsNeverLastOnAPageAndAPageInsideAGroupRepeatsItsHeadings)
{
    const report::Report r = deepReport(4, 3, 5);
    const PaperTable paper = paperTable(r, false);
    PdfTableLayout layout(paper.table, paper.cells, m_font, m_bold, &m_device, 1800, &paper.pageTopCells);
    // Try many page heights, so that breaks fall everywhere.
    for (double pageHeight = layout.headerHeight() + 5 * layout.rowHeight(1); pageHeight < 1600; pageHeight += 37) {
        SCOPED_TRACE(pageHeight);
        layout.paginate(pageHeight);
        const QList<qsizetype> &starts = layout.pageStarts();
        ASSERT_GE(starts.size(), 1);
        for (qsizetype page = 1; page < starts.size(); ++page) {
            const qsizetype first = starts[page];
            // The row before the break is not a heading: a heading goes with what it heads.
            EXPECT_FALSE(isHeading(paper, first - 1)) << "page " << page;
            // The headings in force at the break are repeated, outermost first.
            QList<qsizetype> open;
            for (qsizetype row = 0; row < first; ++row) {
                if (isHeading(paper, row)) {
                    open = open.mid(0, std::min<qsizetype>(open.size(), paper.table.rows[row].level));
                    open.append(row);
                }
            }
            if (isHeading(paper, first))
                open = open.mid(0, std::min<qsizetype>(open.size(), paper.table.rows[first].level));
            if (paper.table.rows[first].kind == report::RowKind::Total)
                open.clear();
            // (As std::vector: Qt 6.4 compares two empty QLists with memcmp(nullptr, …), which
            // UndefinedBehaviorSanitizer reports.)
            const QList<qsizetype> &repeated = layout.repeatedHeadings(page);
            EXPECT_EQ(std::vector<qsizetype>(repeated.cbegin(), repeated.cend()),
                      std::vector<qsizetype>(open.cbegin(), open.cend()))
                << "page " << page;
        }
        // Every page fits.
        for (double used : layout.pageHeights())
            EXPECT_LE(used, pageHeight + 0.01);
    }
}

TEST_F(PdfLayout, TheClosingBlockTakesTheLastRowsWithItInsteadOfStandingAlone)
{
    const report::Report r = deepReport(2, 2, 6);
    const PaperTable paper = paperTable(r, false);
    PdfTableLayout layout(paper.table, paper.cells, m_font, m_bold, &m_device, 1800, &paper.pageTopCells);
    const double closing = 6 * layout.rowHeight(1);
    int moved = 0;
    for (double pageHeight = layout.headerHeight() + 10 * layout.rowHeight(1); pageHeight < 1400; pageHeight += 23) {
        SCOPED_TRACE(pageHeight);
        layout.paginate(pageHeight);
        const qsizetype withoutClosing = layout.pageStarts().size();
        const bool fits = layout.lastPageHeight() + closing <= pageHeight;
        layout.paginate(pageHeight, closing);
        // Either the closing fits under the last rows, or rows moved to a new last page with it.
        EXPECT_LE(layout.lastPageHeight() + closing, pageHeight + 0.01);
        if (!fits) {
            EXPECT_EQ(layout.pageStarts().size(), withoutClosing + 1);
            ++moved;
        }
        EXPECT_LT(layout.pageStarts().last(), paper.table.rows.size()); // the last page has rows
    }
    EXPECT_GT(moved, 0); // the case was met
}

TEST_F(PdfLayout, AShortRunOfTotalsIsNotSplitAcrossPages)
{
    report::Report r = deepReport(2, 2, 4);
    // The plan's totals: four years and their sum, after the line's.
    for (int i = 0; i < 5; ++i)
        r.rows.append({ report::RowKind::Total, { u"Total del plan"_s, QVariant(), QVariant(), double(i) } });
    const PaperTable paper = paperTable(r, false);
    PdfTableLayout layout(paper.table, paper.cells, m_font, m_bold, &m_device, 1800, &paper.pageTopCells);
    const qsizetype runStart = paper.table.rows.size() - 6; // the line's total and the plan's five
    int breaksBeforeTheRun = 0;
    for (double pageHeight = layout.headerHeight() + 8 * layout.rowHeight(2); pageHeight < 1200; pageHeight += 17) {
        SCOPED_TRACE(pageHeight);
        layout.paginate(pageHeight);
        for (qsizetype start : layout.pageStarts()) {
            EXPECT_FALSE(start > runStart && start < paper.table.rows.size()) << "a break inside the totals";
            breaksBeforeTheRun += start == runStart ? 1 : 0;
        }
    }
    EXPECT_GT(breaksBeforeTheRun, 0); // the run was moved to a new page at least once
}

TEST_F(PdfLayout, AProductNamedOnceKeepsItsYearsOnItsPage)
{
    report::Report r = deepReport(1, 2, 1);
    r.rows.clear();
    r.paper.printedOnce = { u"producto"_s };
    for (int product = 1; product <= 12; ++product) {
        for (int year = 2028; year <= 2031; ++year)
            r.rows.append({ report::RowKind::Data,
                            { u"L1"_s, u"P%1"_s.arg(product / 7), u"Producto %1"_s.arg(product), double(year) } });
    }
    const PaperTable paper = paperTable(r, false);
    PdfTableLayout layout(paper.table, paper.cells, m_font, m_bold, &m_device, 1800, &paper.pageTopCells);
    // Pages with room for the header, two repeated headings and more than one product.
    for (double pageHeight = layout.headerHeight() + 9 * layout.rowHeight(3); pageHeight < 1200; pageHeight += 13) {
        SCOPED_TRACE(pageHeight);
        layout.paginate(pageHeight);
        for (qsizetype start : layout.pageStarts())
            EXPECT_TRUE(paper.pageTopCells[start].isEmpty()) << "a page starts inside a product, at row " << start;
    }
}

TEST_F(PdfLayout, ARowAtTheTopOfAPageNamesWhatTheRowAboveNamed)
{
    report::Report r = deepReport(1, 1, 1);
    r.rows.clear();
    r.paper.printedOnce = { u"producto"_s };
    for (int year = 2028; year <= 2031; ++year)
        r.rows.append({ report::RowKind::Data, { u"L1"_s, u"P1"_s, u"Servicio de apoyo"_s, double(year) } });
    const PaperTable paper = paperTable(r, false);
    PdfTableLayout layout(paper.table, paper.cells, m_font, m_bold, &m_device, 1800, &paper.pageTopCells);
    // rows: two headings, then the four years; the product is named on the first only
    EXPECT_EQ(paper.cells[2][0], u"Servicio de apoyo"_s);
    EXPECT_TRUE(paper.cells[3][0].isEmpty());
    EXPECT_EQ(paper.pageTopCells[3][0], u"Servicio de apoyo"_s);
    EXPECT_GE(layout.pageTopRowHeight(3), layout.rowHeight(3));
}

TEST(Hyphenation, LongSpanishWordsBreakAtTheirSyllables)
{
    const QChar h(0x00AD);
    auto marked = [&](const QString &s) { return softHyphenated(s).replace(h, u'-'); };
    EXPECT_EQ(marked(u"Sobrecumplimiento (%)"_s), u"Sobre-cum-pli-miento (%)"_s);
    EXPECT_EQ(marked(u"Transferencias"_s), u"Trans-fe-ren-cias"_s);
    EXPECT_EQ(marked(u"Ponderación"_s), u"Pon-de-ra-ción"_s);
    EXPECT_EQ(marked(u"Compromisos programadas"_s), u"Com-pro-mi-sos pro-gra-ma-das"_s);
    // Short words are left alone, and no piece of fewer than three letters is made.
    EXPECT_EQ(marked(u"Meta 2029 de la línea"_s), u"Meta 2029 de la línea"_s);
    // The visible text is unchanged.
    EXPECT_EQ(softHyphenated(u"Sobrecumplimiento"_s).remove(h), u"Sobrecumplimiento"_s);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    planea::installTranslations(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
