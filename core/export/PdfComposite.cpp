#include "PdfComposite.h"

#include "PaperTable.h"
#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "PdfTableLayout.h"
#include "ReportChartPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

constexpr int ParagraphFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

/// One table of the document, as printed (paper layout applied) and its layout.
struct TableBlock
{
    PaperTable paper; ///< the main table or a section
    QFont font;
    QFont bold;
    std::unique_ptr<PdfTableLayout> layout;
};

/// Something painted at a place of a page.
struct Placement
{
    enum class Kind { Paragraph, Heading, Chart, TablePage };
    Kind kind = Kind::Paragraph;
    int page = 0;
    double y = 0.0;
    double height = 0.0;
    QString text; ///< Paragraph, Heading
    qsizetype index = 0; ///< chart or table
    qsizetype tablePage = 0; ///< TablePage: which of the table's pages
};

} // namespace

bool isCompositeReport(const report::Report &report)
{
    return !report.summary.isEmpty() || !report.charts.isEmpty() || !report.sections.isEmpty();
}

Status renderCompositePdf(const report::Report &report, const DocumentHeader &header, QPagedPaintDevice &device,
                          const ProgressCallback &progress)
{
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not start the PDF document."));
    const int dpi = device.logicalDpiX();
    const QRectF page(QPointF(0, 0), QSizeF(device.pageLayout().paintRectPixels(dpi).size()));
    const double width = page.width();

    PdfPageFrame frame(header, &device, page);
    const QFont text = pdfDocumentFont(8.5);
    const QFont heading = pdfDocumentFont(10, true);
    const QFont note = pdfDocumentFont(7.5);
    const QFontMetricsF textMetrics(text, &device);
    const QFontMetricsF headingMetrics(heading, &device);
    const QFontMetricsF noteMetrics(note, &device);
    const double line = textMetrics.height();
    const double top = frame.headerHeight() + line * 0.6;
    const double bottom = page.height() - frame.footerHeight() - line * 0.3;

    // Tables: the main one, then every section, each with its paper layout.
    std::vector<std::unique_ptr<TableBlock>> tables;
    auto addTable = [&](const QList<report::ReportColumn> &columns, const QList<report::ReportRow> &rows,
                        const report::PaperLayout &paper) {
        auto block = std::make_unique<TableBlock>();
        report::Report table;
        table.columns = columns;
        table.rows = rows;
        table.paper = paper;
        block->paper = paperTable(table, false);
        const qsizetype n = block->paper.table.columns.size();
        const double points = n > 14 ? 5.5 : n > 8 ? 6.5 : 7.5;
        block->font = pdfDocumentFont(points);
        block->bold = pdfDocumentFont(points, true);
        block->layout = std::make_unique<PdfTableLayout>(block->paper.table, block->paper.cells, block->font,
                                                         block->bold, &device, width, &block->paper.pageTopCells);
        tables.push_back(std::move(block));
    };
    if (!report.columns.isEmpty())
        addTable(report.columns, report.rows, report.paper);
    for (const report::ReportSection &section : report.sections)
        addTable(section.columns, section.rows, section.paper);

    // Charts printed one under the other share the room of their value texts, so that their
    // axes line up.
    std::vector<std::unique_ptr<ReportChartPainter>> charts;
    double valueRoom = 0.0;
    for (const report::ReportChart &chart : report.charts) {
        charts.push_back(std::make_unique<ReportChartPainter>(chart, text, &device));
        valueRoom = std::max(valueRoom, charts.back()->valueTextWidth());
    }
    for (const auto &chart : charts)
        chart->setValueTextRoom(valueRoom);

    // --- Layout: where everything goes ---------------------------------------------------------
    QList<Placement> placements;
    int pageIndex = 0;
    double y = top;
    auto newPage = [&] {
        ++pageIndex;
        y = top;
    };
    auto ensure = [&](double height) {
        if (y + height > bottom && y > top)
            newPage();
    };
    auto paragraph = [&](const QString &s, const QFont &font, Placement::Kind kind, double after) {
        const double h
            = QFontMetricsF(font, &device).boundingRect(QRectF(0, 0, width, 1e6), ParagraphFlags, s).height();
        ensure(h);
        placements.append({ kind, pageIndex, y, h, s, 0, 0 });
        y += h + after;
    };
    const double afterTable = line * 1.2;
    const double closingHeight = frame.closingHeight();
    const qsizetype lastTable = qsizetype(tables.size()) - 1;
    // A table that takes less than about half a page is kept whole on one page (with its title);
    // a longer one is split by its layout (header row and group headings repeated, no heading
    // left last on a page, and the last table's final rows kept with the closing block).
    auto keptWhole = [&](const PdfTableLayout &layout) { return layout.totalHeight() < (bottom - top) * 0.45; };
    auto table = [&](qsizetype t) {
        PdfTableLayout &layout = *tables[size_t(t)]->layout;
        layout.paginate(bottom - top, t == lastTable ? closingHeight + afterTable : 0.0, bottom - y);
        const QList<double> &heights = layout.pageHeights();
        for (qsizetype p = 0; p < heights.size(); ++p) {
            if (p > 0)
                newPage();
            placements.append({ Placement::Kind::TablePage, pageIndex, y, heights[p], {}, t, p });
            y += heights[p];
        }
        y += afterTable;
    };
    auto emptyTable = [&](const QString &message) {
        paragraph(message.isEmpty() ? QCoreApplication::translate("PdfExporter", "No records for this report.")
                                    : message,
                  text, Placement::Kind::Paragraph, afterTable);
    };

    for (const QString &s : report.summary)
        paragraph(s, text, Placement::Kind::Paragraph, line * 0.35);
    if (!report.summary.isEmpty())
        y += line * 0.6;
    for (qsizetype c = 0; c < qsizetype(charts.size()); ++c) {
        const double h = charts[size_t(c)]->heightFor(width * 0.9);
        ensure(h);
        placements.append({ Placement::Kind::Chart, pageIndex, y, h, {}, c, 0 });
        y += h + line;
    }
    qsizetype t = 0;
    if (!report.columns.isEmpty()) {
        const PdfTableLayout &layout = *tables[0]->layout;
        if (report.rows.isEmpty()) {
            emptyTable({});
            ++t;
        } else {
            ensure(keptWhole(layout) ? layout.totalHeight() : layout.headerHeight() + layout.rowHeight(0));
            table(t++);
        }
    }
    for (const report::ReportSection &section : report.sections) {
        const PdfTableLayout &layout = *tables[size_t(t)]->layout;
        const double titleHeight = headingMetrics.height() * 1.3;
        const double noteHeight = section.note.isEmpty()
            ? 0.0
            : noteMetrics.boundingRect(QRectF(0, 0, width, 1e6), ParagraphFlags, section.note).height() + line * 0.3;
        // Title, note, header row and first rows stay together.
        double firstRows = 0.0;
        for (qsizetype r = 0; r < std::min<qsizetype>(3, layout.rowCount()); ++r)
            firstRows += layout.rowHeight(r);
        ensure(titleHeight + noteHeight
               + (keptWhole(layout) ? layout.totalHeight() : layout.headerHeight() + firstRows));
        placements.append({ Placement::Kind::Heading, pageIndex, y, titleHeight, section.title, 0, 0 });
        y += titleHeight;
        if (!section.note.isEmpty()) {
            placements.append({ Placement::Kind::Paragraph, pageIndex, y, noteHeight, section.note, -1, 0 });
            y += noteHeight;
        }
        if (section.rows.isEmpty()) {
            emptyTable(section.emptyNote);
            ++t;
        } else {
            table(t++);
        }
    }
    const bool closingOnOwnPage = y + closingHeight > bottom + line * 0.3;
    if (closingOnOwnPage)
        newPage();
    const double closingAt = y;
    const int pageCount = pageIndex + 1;

    // --- Painting ----------------------------------------------------------------------------------
    int current = -1;
    for (const Placement &p : placements) {
        while (current < p.page) {
            if (!reportProgress(progress, current + 1, pageCount)) {
                painter.end();
                return Error::cancelled(QCoreApplication::translate("PdfExporter", "The export was cancelled."));
            }
            if (current >= 0 && !device.newPage()) {
                painter.end();
                return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
            }
            ++current;
            frame.paint(painter, current + 1, pageCount);
        }
        switch (p.kind) {
        case Placement::Kind::Paragraph:
            painter.setPen(Qt::black);
            painter.setFont(p.index < 0 ? note : text);
            painter.drawText(QRectF(0, p.y, width, p.height), ParagraphFlags, p.text);
            break;
        case Placement::Kind::Heading:
            painter.setPen(QColor(0x1F, 0x3A, 0x60));
            painter.setFont(heading);
            painter.drawText(QRectF(0, p.y, width, p.height), Qt::AlignLeft | Qt::AlignVCenter, p.text);
            break;
        case Placement::Kind::Chart:
            charts[size_t(p.index)]->paint(painter, QRectF(0, p.y, width * 0.9, p.height));
            break;
        case Placement::Kind::TablePage:
            tables[size_t(p.index)]->layout->paintPage(painter, p.tablePage, p.y);
            break;
        }
    }
    while (current < pageCount - 1) {
        if (current >= 0 && !device.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        ++current;
        frame.paint(painter, current + 1, pageCount);
    }
    frame.paintClosing(painter, closingAt);
    reportProgress(progress, pageCount, pageCount);
    if (!painter.end())
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not finish the PDF document."));
    return {};
}

} // namespace planea::exporting
