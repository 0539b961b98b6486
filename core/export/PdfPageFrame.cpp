#include "PdfPageFrame.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

void setUpPdfWriter(QPdfWriter &writer, const QString &title, const QPageLayout &layout)
{
    writer.setCreator(u"Planea"_s);
    writer.setTitle(title);
    writer.setResolution(300);
    writer.setPageLayout(layout);
}

QFont pdfDocumentFont(double points, bool bold)
{
    QFont font;
    font.setFamilies({ u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s });
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: Qt's PDF writer maps a ligature glyph ("ﬁ") to no text, so "eficacia" and
    // "financiación" could not be found or copied from the PDF. Qt 6.4 has no switch for font
    // features; it turns the optional ligatures off whenever letter spacing is not zero. Qt keeps
    // the spacing in 1/64 pixel, so 0.02 is the least that is not zero, and it is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

namespace {

QFont monoFont()
{
    QFont f;
    f.setFamilies({ u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"Courier New"_s });
    f.setPointSizeF(8);
    return f;
}

} // namespace

PdfPageFrame::PdfPageFrame(const DocumentHeader &header, QPaintDevice *device, const QRectF &page)
    : m_header(header)
    , m_page(page)
    , m_entityFont(pdfDocumentFont(10, true))
    , m_titleFont(pdfDocumentFont(9, true))
    , m_smallFont(pdfDocumentFont(7.5))
    , m_demoFont(pdfDocumentFont(8, true))
{
    const QFontMetricsF entity(m_entityFont, device);
    const QFontMetricsF title(m_titleFont, device);
    const QFontMetricsF small(m_smallFont, device);
    m_line = small.height();
    m_headerHeight = entity.height() + title.height() + small.height() * 0.6;
    if (header.isDemo)
        m_headerHeight += QFontMetricsF(m_demoFont, device).height();
    m_footerHeight = small.height() * 2.8;
    m_closingLine = QFontMetricsF(pdfDocumentFont(8), device).height();
}

void PdfPageFrame::paintCover(QPainter &p) const
{
    if (m_header.isDemo)
        paintWatermark(p);
}

void PdfPageFrame::paint(QPainter &p, int pageNumber, int pageCount) const
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
        p.drawText(
            QRectF(0, y, w, h), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("PdfExporter", "DEMONSTRATION PLAN: invented data, not an official document."));
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

double PdfPageFrame::closingHeight() const
{
    double h = m_closingLine * 4.5;
    if (!m_header.signatories.isEmpty())
        h += m_closingLine * 8.5;
    return h;
}

void PdfPageFrame::paintClosing(QPainter &p, double y) const
{
    const QLocale colombia(QLocale::Spanish, QLocale::Colombia);
    const double line = m_closingLine;
    y += line;
    p.setFont(pdfDocumentFont(8));
    p.setPen(Qt::black);
    const QRectF text(0, y, m_page.width(), line);
    if (m_header.version > 0 && !m_header.fingerprint.isEmpty()) {
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("PdfExporter",
                                               "Plan approved by %1 on %2. SHA-256 fingerprint of the "
                                               "approved content (version %3):")
                       .arg(m_header.adoptionAct, colombia.toString(m_header.adoptionDate, u"d 'de' MMMM 'de' yyyy"_s))
                       .arg(m_header.version));
        p.setFont(monoFont());
        p.drawText(text.translated(0, line * 1.3), Qt::AlignLeft | Qt::AlignVCenter, m_header.fingerprint);
    } else if (!m_header.adoptionAct.trimmed().isEmpty()) {
        p.drawText(QRectF(0, y, m_page.width(), line * 2.6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_header.adoptedWithoutFingerprintNote());
    } else {
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("PdfExporter",
                                               "Draft: the plan has not been approved, so this document "
                                               "carries no fingerprint yet."));
    }
    if (m_header.signatories.isEmpty())
        return;

    // Signature block: a line to sign on, the name (up to two lines) and the position, side by side.
    const double top = y + line * 3.5 + line * 3.0;
    const qsizetype n = m_header.signatories.size();
    const double slot = m_page.width() / double(n);
    const double width = std::min(slot * 0.85, m_page.width() * 0.42);
    for (qsizetype i = 0; i < n; ++i) {
        const Signatory &s = m_header.signatories[i];
        const double x = slot * double(i) + (slot - width) / 2;
        p.setPen(QPen(Qt::black, line * 0.05));
        p.drawLine(QPointF(x, top), QPointF(x + width, top));
        p.setFont(pdfDocumentFont(8, true));
        const QString name = s.name.isEmpty() ? QCoreApplication::translate("PdfExporter", "Name:") : s.name;
        const QRectF nameBox(x, top + line * 0.2, width, line * 2.2);
        QRectF used;
        p.drawText(nameBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, name, &used);
        p.setFont(pdfDocumentFont(8));
        p.drawText(QRectF(x, used.bottom() + line * 0.1, width, line), Qt::AlignHCenter | Qt::AlignVCenter, s.position);
    }
}

void PdfPageFrame::paintWatermark(QPainter &p) const
{
    // Drawn as outlines, not as text: a search or a copy of the page picks up the document's
    // words, not stray letters of the watermark. Sized so that it stays inside the page, portrait
    // or landscape.
    const QString text = QCoreApplication::translate("PdfExporter", "DEMONSTRATION PLAN");
    const QFont font = pdfDocumentFont(54, true);
    QPainterPath path;
    path.addText(0, 0, font, text);
    const QRectF box = path.boundingRect();
    const double angle = 30.0;
    const double c = std::cos(angle * std::numbers::pi / 180.0);
    const double s = std::sin(angle * std::numbers::pi / 180.0);
    const double scale = std::min(m_page.width() * 0.85 / (box.width() * c + box.height() * s),
                                  m_page.height() * 0.85 / (box.width() * s + box.height() * c));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(m_page.width() / 2, m_page.height() / 2);
    p.rotate(-angle);
    p.scale(scale, scale);
    p.translate(-box.center());
    p.fillPath(path, QColor(0xC0, 0x00, 0x00, 0x26));
    p.restore();
}

} // namespace planea::exporting
