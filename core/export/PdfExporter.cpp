#include "PdfExporter.h"

#include "PaperTable.h"
#include "PdfComposite.h"
#include "PdfPageFrame.h"
#include "PdfTableLayout.h"
#include "calc/NumberText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

using report::ColumnType;

const QLocale &colombia()
{
    static const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    return locale;
}

QString decimalText(double value)
{
    return calc::formatNumber(value, 2, colombia());
}

Error cancelledError()
{
    return Error::cancelled(QCoreApplication::translate("PdfExporter", "The export was cancelled."));
}

} // namespace

namespace {

std::mutex &keepBlocksMutex()
{
    static std::mutex m;
    return m;
}

int keepBlocksUsers = 0; // guarded by keepBlocksMutex()

} // namespace

KeepLargeBlocksWhileWriting::KeepLargeBlocksWhileWriting()
{
#if defined(__GLIBC__)
    const std::lock_guard lock(keepBlocksMutex());
    if (keepBlocksUsers++ == 0) {
        mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    }
#endif
}

KeepLargeBlocksWhileWriting::~KeepLargeBlocksWhileWriting()
{
#if defined(__GLIBC__)
    const std::lock_guard lock(keepBlocksMutex());
    if (--keepBlocksUsers == 0) {
        // glibc's defaults (128 KiB), then hand back what the document left free.
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        malloc_trim(0);
    }
#endif
}

bool haveGuiForDocuments()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString noGuiMessage()
{
    return QCoreApplication::translate(
        "PdfExporter", "PDF documents can only be written from Planea or planea-cli (the fonts are not loaded).");
}

QString PdfExporter::formatCode() const
{
    return u"pdf"_s;
}

QString PdfExporter::fileSuffix() const
{
    return u"pdf"_s;
}

QString PdfExporter::formatCell(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return QString();
    if (type == ColumnType::Text || value.typeId() == QMetaType::QString)
        return value.toString();
    switch (type) {
    case ColumnType::Money: {
        const qint64 pesos = value.toLongLong();
        const QString digits = colombia().toString(pesos < 0 ? -pesos : pesos);
        return pesos < 0 ? u"-$ "_s + digits : u"$ "_s + digits;
    }
    case ColumnType::Integer: {
        // Spanish leaves four-digit numbers unseparated (years: "2028", not "2.028").
        const qint64 n = value.toLongLong();
        return n > -10000 && n < 10000 ? QString::number(n) : colombia().toString(n);
    }
    case ColumnType::Percent:
        return decimalText(value.toDouble()) + u" %"_s;
    case ColumnType::Decimal:
        return decimalText(value.toDouble());
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

QString PdfExporter::formatCell(const QVariant &value, ColumnType type, int decimals)
{
    if (value.isNull() || value.typeId() == QMetaType::QString
        || (type != ColumnType::Decimal && type != ColumnType::Percent))
        return formatCell(value, type);
    double x = value.toDouble();
    if (std::round(std::abs(x) * std::pow(10.0, decimals)) == 0.0)
        x = 0.0; // "0,0", not "-0,0"
    const QString text = colombia().toString(x, 'f', decimals);
    return type == ColumnType::Percent ? text + u" %"_s : text;
}

QString PdfExporter::formatMillions(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    const qint64 pesos = value.toLongLong();
    if (pesos == 0)
        return u"–"_s;
    return colombia().toString(double(pesos) / 1e6, 'f', 1);
}

bool PdfExporter::moneyInMillions(const report::Report &report)
{
    const auto money = std::count_if(report.columns.cbegin(), report.columns.cend(),
                                     [](const report::ReportColumn &c) { return c.type == ColumnType::Money; });
    return money >= 4 && report.columns.size() > 10;
}

QPageLayout PdfExporter::pageLayoutFor(const report::Report &report)
{
    const bool wide = printedColumnCount(report) > 6;
    return QPageLayout(QPageSize(QPageSize::Letter), wide ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

Status PdfExporter::write(const report::Report &report, QIODevice &device) const
{
    return writeDocument(report, DocumentHeader::fromReport(report), device);
}

Status PdfExporter::writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const
{
    return writeDocument(report, header, device, {});
}

Status PdfExporter::writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device,
                                  const ProgressCallback &progress) const
{
    // Fonts need Qt's GUI layer; a console program without it would abort inside Qt.
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    QPdfWriter writer(&device);
    setUpPdfWriter(writer, header.documentTitle, pageLayoutFor(report));
    return render(report, header, writer, progress);
}

Status PdfExporter::render(const report::Report &report, const DocumentHeader &header, QPagedPaintDevice &device,
                           const ProgressCallback &progress)
{
    const KeepLargeBlocksWhileWriting keepBlocks;
    if (isCompositeReport(report)) // summary, charts and several tables (seguimiento)
        return renderCompositePdf(report, header, device, progress);
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not start the PDF document."));
    const int dpi = device.logicalDpiX();
    const QRectF page(QPointF(0, 0), QSizeF(device.pageLayout().paintRectPixels(dpi).size()));

    // The table as printed: group columns as heading rows, codes with their names.
    const bool millions = moneyInMillions(report);
    const PaperTable paper = paperTable(report, millions);
    const qsizetype columns = paper.table.columns.size();
    // Amounts in millions leave room for a larger letter.
    const double points = columns > 20 || (columns > 14 && !millions) ? 5.5 : columns > 8 ? 6.5 : 8.0;
    const QFont font = pdfDocumentFont(points);
    const QFont bold = pdfDocumentFont(points, true);

    PdfPageFrame frame(header, &device, page);
    PdfTableLayout layout(paper.table, paper.cells, font, bold, &device, page.width(), &paper.pageTopCells);
    const QFontMetricsF fm(font, &device);
    double top = frame.headerHeight() + fm.height() * 0.6;
    const double noteAt = top;
    const QString millionsNote = QCoreApplication::translate(
        "PdfExporter",
        "Amounts in millions of pesos, rounded to one decimal; “–”: nothing. The CSV and XLSX files carry "
        "the exact pesos.");
    QStringList notes;
    if (!report.tableNote.isEmpty())
        notes << report.tableNote;
    if (millions)
        notes << millionsNote;
    const QString note = notes.join(u' ');
    QFont noteFont = font;
    noteFont.setItalic(true);
    const QRectF noteRect = QFontMetricsF(noteFont, &device)
                                .boundingRect(QRectF(0, noteAt, page.width(), page.height()), Qt::TextWordWrap, note);
    if (!note.isEmpty())
        top += noteRect.height() + fm.height() * 0.5;
    // Half a line between the table and the footer's rule.
    const double bottom = page.height() - frame.footerHeight() - fm.height() * 0.5;
    // The closing block: the full fingerprint of an approved plan or a note that it is a draft,
    // and the signatures on approval documents. It takes the last rows with it to a page of its
    // own only when even one row cannot go with it.
    const double closingHeight = frame.closingHeight();
    layout.paginate(bottom - top, closingHeight);
    const bool closingOnOwnPage = top + layout.lastPageHeight() + closingHeight > bottom;
    const QList<qsizetype> &starts = layout.pageStarts();
    const int pageCount = int(starts.size()) + (closingOnOwnPage ? 1 : 0);

    double y = top;
    for (qsizetype pageIndex = 0; pageIndex < starts.size(); ++pageIndex) {
        if (!reportProgress(progress, int(pageIndex), pageCount)) {
            painter.end();
            return cancelledError();
        }
        if (pageIndex > 0 && !device.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        frame.paint(painter, int(pageIndex + 1), pageCount);
        if (!note.isEmpty()) {
            painter.setFont(noteFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, noteAt, page.width(), noteRect.height() + 1), Qt::TextWordWrap, note);
        }
        y = layout.paintPage(painter, pageIndex, top);
    }
    if (report.rows.isEmpty()) {
        // Under the header row, say that there is nothing rather than leave the table empty.
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y + fm.height() * 0.4, page.width(), fm.height() * 1.4),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("PdfExporter", "No records for this report."));
        y += fm.height() * 2;
    }

    if (closingOnOwnPage) {
        if (!device.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        frame.paint(painter, pageCount, pageCount);
        y = top;
    }
    frame.paintClosing(painter, y);
    reportProgress(progress, pageCount, pageCount);
    if (!painter.end())
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not finish the PDF document."));
    return {};
}

} // namespace planea::exporting
