#include "PdfExporter.h"

#include "PdfTableLayout.h"
#include "calc/NumberText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

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

QFont documentFont(double points, bool bold = false)
{
    QFont font;
    font.setFamilies({ u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s });
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Everything painted around the table on every page.
class PageFrame
{
public:
    PageFrame(const DocumentHeader &header, QPaintDevice *device, const QRectF &page)
        : m_header(header)
        , m_page(page)
        , m_entityFont(documentFont(10, true))
        , m_titleFont(documentFont(9, true))
        , m_smallFont(documentFont(7.5))
        , m_demoFont(documentFont(8, true))
    {
        const QFontMetricsF entity(m_entityFont, device);
        const QFontMetricsF title(m_titleFont, device);
        const QFontMetricsF small(m_smallFont, device);
        m_line = small.height();
        m_headerHeight = entity.height() + title.height() + small.height() * 0.6;
        if (header.isDemo)
            m_headerHeight += QFontMetricsF(m_demoFont, device).height();
        m_footerHeight = small.height() * 2.8;
    }

    double headerHeight() const { return m_headerHeight; }
    double footerHeight() const { return m_footerHeight; }

    void paint(QPainter &p, int pageNumber, int pageCount) const
    {
        if (m_header.isDemo)
            paintWatermark(p);
        const double w = m_page.width();
        double y = 0.0;
        p.setPen(Qt::black);
        p.setFont(m_entityFont);
        const double entityHeight = QFontMetricsF(m_entityFont, p.device()).height();
        p.drawText(QRectF(0, y, w * 0.7, entityHeight), Qt::AlignLeft | Qt::AlignVCenter, m_header.entity);
        p.setFont(m_smallFont);
        p.drawText(QRectF(w * 0.5, y, w * 0.5, entityHeight), Qt::AlignRight | Qt::AlignVCenter, m_header.dateText());
        y += entityHeight;
        p.setFont(m_titleFont);
        const double titleHeight = QFontMetricsF(m_titleFont, p.device()).height();
        QString title = m_header.documentTitle;
        if (!m_header.subtitle.isEmpty())
            title += u" — "_s + m_header.subtitle;
        p.drawText(QRectF(0, y, w, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += titleHeight;
        if (m_header.isDemo) {
            p.setFont(m_demoFont);
            p.setPen(QColor(0xC0, 0, 0));
            const double h = QFontMetricsF(m_demoFont, p.device()).height();
            p.drawText(QRectF(0, y, w, h), Qt::AlignLeft | Qt::AlignVCenter,
                       QCoreApplication::translate("PdfExporter",
                                                   "DEMONSTRATION PLAN: invented data, not an official document."));
            y += h;
            p.setPen(Qt::black);
        }
        y += m_line * 0.2;
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), m_line * 0.06));
        p.drawLine(QPointF(0, y), QPointF(w, y));

        // Footer.
        const double top = m_page.height() - m_footerHeight;
        p.drawLine(QPointF(0, top + m_line * 0.3), QPointF(w, top + m_line * 0.3));
        p.setPen(Qt::black);
        p.setFont(m_smallFont);
        const QRectF footer(0, top + m_line * 0.5, w, m_line);
        QString left = m_header.versionLine();
        if (m_header.version > 0 && !m_header.adoptionAct.isEmpty())
            left += u" · "_s + m_header.adoptionAct;
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(footer.translated(0, m_line), Qt::AlignLeft | Qt::AlignVCenter, m_header.planName);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("PdfExporter", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    }

private:
    void paintWatermark(QPainter &p) const
    {
        p.save();
        QFont font = documentFont(54, true);
        p.setFont(font);
        p.setPen(QColor(0xC0, 0x00, 0x00, 0x26));
        p.translate(m_page.width() / 2, m_page.height() / 2);
        p.rotate(-30);
        const QString text = QCoreApplication::translate("PdfExporter", "DEMONSTRATION PLAN");
        const QFontMetricsF fm(font, p.device());
        const double tw = fm.horizontalAdvance(text);
        p.drawText(QRectF(-tw / 2 - 10, -fm.height() / 2, tw + 20, fm.height()), Qt::AlignCenter, text);
        p.restore();
    }

    const DocumentHeader &m_header;
    QRectF m_page;
    QFont m_entityFont;
    QFont m_titleFont;
    QFont m_smallFont;
    QFont m_demoFont;
    double m_line = 0.0;
    double m_headerHeight = 0.0;
    double m_footerHeight = 0.0;
};

} // namespace

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
    case ColumnType::Integer:
        return colombia().toString(value.toLongLong());
    case ColumnType::Percent:
        return decimalText(value.toDouble()) + u" %"_s;
    case ColumnType::Decimal:
        return decimalText(value.toDouble());
    case ColumnType::Text:
        break;
    }
    return value.toString();
}

Status PdfExporter::write(const report::Report &report, QIODevice &device) const
{
    return writeDocument(report, DocumentHeader::fromReport(report), device);
}

Status PdfExporter::writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const
{
    // Fonts need Qt's GUI layer; a console program without it would abort inside Qt.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::internal(QCoreApplication::translate(
            "PdfExporter", "PDF documents can only be written from Planea or planea-cli (the fonts are not loaded)."));
    }

    QPdfWriter writer(&device);
    writer.setCreator(u"Planea"_s);
    writer.setTitle(header.documentTitle);
    writer.setResolution(300);
    const bool wide = report.columns.size() > 8;
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter),
                                     wide ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not start the PDF document."));
    const QRectF page(QPointF(0, 0), QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()));

    const qsizetype columns = report.columns.size();
    const double points = columns > 14 ? 5.5 : columns > 8 ? 6.5 : 8.0;
    const QFont font = documentFont(points);
    const QFont bold = documentFont(points, true);
    const QFont mono = [] {
        QFont f;
        f.setFamilies({ u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"Courier New"_s });
        f.setPointSizeF(8);
        return f;
    }();

    QList<QStringList> cells;
    cells.reserve(report.rows.size());
    for (const report::ReportRow &row : report.rows) {
        QStringList texts;
        for (qsizetype c = 0; c < columns; ++c)
            texts.append(formatCell(row.cells.value(c), report.columns[c].type));
        cells.append(texts);
    }

    PageFrame frame(header, &writer, page);
    PdfTableLayout layout(report, cells, font, bold, &writer, page.width());
    const double top = frame.headerHeight() + QFontMetricsF(font, &writer).height() * 0.6;
    const double bottom = page.height() - frame.footerHeight();
    layout.paginate(bottom - top);

    // The closing block: the full fingerprint of an approved plan, or a note that it is a draft.
    const QFontMetricsF small(documentFont(8), &writer);
    const double closingHeight = small.height() * 4.5;
    const bool closingOnOwnPage = top + layout.lastPageHeight() + closingHeight > bottom;
    const QList<qsizetype> &starts = layout.pageStarts();
    const int pageCount = int(starts.size()) + (closingOnOwnPage ? 1 : 0);

    const QColor grid(0xA0, 0xA0, 0xA0);
    const double pad = layout.padding();
    const QList<double> &widths = layout.columnWidths();
    double y = top;
    for (qsizetype pageIndex = 0; pageIndex < starts.size(); ++pageIndex) {
        if (pageIndex > 0 && !writer.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        frame.paint(painter, int(pageIndex + 1), pageCount);

        // Header row, on every page.
        y = top;
        double x = 0.0;
        painter.setFont(bold);
        for (qsizetype c = 0; c < columns; ++c) {
            const QRectF cell(x, y, widths[c], layout.headerHeight());
            painter.fillRect(cell, QColor(0xD9, 0xE2, 0xF3));
            painter.setPen(QPen(grid, pad * 0.15));
            painter.drawRect(cell);
            painter.setPen(Qt::black);
            const QString &title = report.columns[c].title;
            painter.drawText(cell.adjusted(pad, pad, -pad, -pad), layout.textFlags(title, widths[c], false, bold),
                             title);
            x += widths[c];
        }
        y += layout.headerHeight();

        const qsizetype end = pageIndex + 1 < starts.size() ? starts[pageIndex + 1] : report.rows.size();
        for (qsizetype r = starts[pageIndex]; r < end; ++r) {
            const bool total = report.rows[r].kind == report::RowKind::Total;
            const QFont &f = total ? bold : font;
            painter.setFont(f);
            const double h = layout.rowHeight(r);
            x = 0.0;
            for (qsizetype c = 0; c < columns; ++c) {
                const QRectF cell(x, y, widths[c], h);
                if (total)
                    painter.fillRect(cell, QColor(0xED, 0xED, 0xED));
                painter.setPen(QPen(grid, pad * 0.15));
                painter.drawRect(cell);
                painter.setPen(Qt::black);
                const QString &text = cells[r].at(c);
                if (!text.isEmpty()) {
                    const bool number = report.columns[c].type != ColumnType::Text;
                    painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                     layout.isNoWrap(c) && !number
                                         ? int(Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine)
                                         : layout.textFlags(text, widths[c], number, f),
                                     text);
                }
                x += widths[c];
            }
            y += h;
        }
    }

    if (closingOnOwnPage) {
        if (!writer.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        frame.paint(painter, pageCount, pageCount);
        y = top;
    }
    y += small.height();
    painter.setFont(documentFont(8));
    painter.setPen(Qt::black);
    const QRectF line(0, y, page.width(), small.height());
    if (header.version > 0 && !header.fingerprint.isEmpty()) {
        painter.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("PdfExporter",
                                        "Plan approved by %1 on %2. SHA-256 fingerprint of the "
                                        "approved content (version %3):")
                .arg(header.adoptionAct, colombia().toString(header.adoptionDate, u"d 'de' MMMM 'de' yyyy"_s))
                .arg(header.version));
        painter.setFont(mono);
        painter.drawText(line.translated(0, small.height() * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                         header.fingerprint);
    } else {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("PdfExporter",
                                                     "Draft: the plan has not been approved, so this document "
                                                     "carries no fingerprint yet."));
    }
    if (!painter.end())
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not finish the PDF document."));
    return {};
}

} // namespace planea::exporting
