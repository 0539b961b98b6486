#include "PdfComposite.h"

#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "PdfTableLayout.h"
#include "ReportChartPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

constexpr int ParagraphFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

/// One table of the document, with the texts as printed and its layout.
struct TableBlock
{
    report::Report table; ///< the main table or a section, as a Report for PdfTableLayout
    QList<QStringList> cells;
    QFont font;
    QFont bold;
    std::unique_ptr<PdfTableLayout> layout;
};

/// Something painted at a place of a page.
struct Placement
{
    enum class Kind { Paragraph, Heading, Chart, TableHeader, TableRow };
    Kind kind = Kind::Paragraph;
    int page = 0;
    double y = 0.0;
    double height = 0.0;
    QString text; ///< Paragraph, Heading
    qsizetype index = 0; ///< chart or table
    qsizetype row = 0; ///< TableRow
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

    // Tables: the main one, then every section.
    std::vector<std::unique_ptr<TableBlock>> tables;
    auto addTable = [&](const QList<report::ReportColumn> &columns, const QList<report::ReportRow> &rows) {
        auto block = std::make_unique<TableBlock>();
        block->table.columns = columns;
        block->table.rows = rows;
        const qsizetype n = columns.size();
        const double points = n > 14 ? 5.5 : n > 8 ? 6.5 : 7.5;
        block->font = pdfDocumentFont(points);
        block->bold = pdfDocumentFont(points, true);
        for (const report::ReportRow &row : rows) {
            QStringList texts;
            for (qsizetype c = 0; c < n; ++c)
                texts.append(PdfExporter::formatCell(row.cells.value(c), columns[c].type));
            block->cells.append(texts);
        }
        block->layout
            = std::make_unique<PdfTableLayout>(block->table, block->cells, block->font, block->bold, &device, width);
        tables.push_back(std::move(block));
    };
    if (!report.columns.isEmpty())
        addTable(report.columns, report.rows);
    for (const report::ReportSection &section : report.sections)
        addTable(section.columns, section.rows);

    std::vector<std::unique_ptr<ReportChartPainter>> charts;
    for (const report::ReportChart &chart : report.charts)
        charts.push_back(std::make_unique<ReportChartPainter>(chart, text, &device));

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
    auto table = [&](qsizetype t, double headingHeight) {
        const PdfTableLayout &layout = *tables[size_t(t)]->layout;
        const qsizetype rows = tables[size_t(t)]->table.rows.size();
        // The title (already placed) keeps with the header row and the first row.
        Q_UNUSED(headingHeight);
        bool needHeader = true;
        for (qsizetype r = 0; r < rows; ++r) {
            const double h = layout.rowHeight(r);
            if (!needHeader && y + h > bottom) {
                newPage();
                needHeader = true;
            }
            if (needHeader) {
                placements.append({ Placement::Kind::TableHeader, pageIndex, y, layout.headerHeight(), {}, t, 0 });
                y += layout.headerHeight();
                needHeader = false;
            }
            placements.append({ Placement::Kind::TableRow, pageIndex, y, h, {}, t, r });
            y += h;
        }
        if (rows == 0) {
            placements.append({ Placement::Kind::TableHeader, pageIndex, y, layout.headerHeight(), {}, t, 0 });
            y += layout.headerHeight();
        }
        y += line * 1.2;
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
        ensure(layout.headerHeight() + (report.rows.isEmpty() ? 0.0 : layout.rowHeight(0)));
        table(t++, 0.0);
    }
    for (const report::ReportSection &section : report.sections) {
        const PdfTableLayout &layout = *tables[size_t(t)]->layout;
        const double titleHeight = headingMetrics.height() * 1.3;
        const double noteHeight = section.note.isEmpty()
            ? 0.0
            : noteMetrics.boundingRect(QRectF(0, 0, width, 1e6), ParagraphFlags, section.note).height() + line * 0.3;
        // Title, note, header row and first row stay together.
        ensure(titleHeight + noteHeight + layout.headerHeight() + (section.rows.isEmpty() ? 0.0 : layout.rowHeight(0)));
        placements.append({ Placement::Kind::Heading, pageIndex, y, titleHeight, section.title, 0, 0 });
        y += titleHeight;
        if (!section.note.isEmpty()) {
            placements.append({ Placement::Kind::Paragraph, pageIndex, y, noteHeight, section.note, -1, 0 });
            y += noteHeight;
        }
        table(t++, titleHeight + noteHeight);
    }
    const bool closingOnOwnPage = y + frame.closingHeight() > bottom + line * 0.3;
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
        case Placement::Kind::TableHeader:
            tables[size_t(p.index)]->layout->paintHeaderRow(painter, p.y);
            break;
        case Placement::Kind::TableRow:
            tables[size_t(p.index)]->layout->paintRow(painter, p.row, p.y);
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
