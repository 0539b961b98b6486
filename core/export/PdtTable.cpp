#include "PdtTable.h"

#include "PdfPageFrame.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

/// The text width of a letter page with 2 cm margins (PDF and ODT alike), at 96 dpi.
constexpr double TextWidthPx = 175.9 / 25.4 * 96.0;
/// cellpadding="3" on both sides and the border, at 96 dpi.
constexpr double CellExtraPx = 2 * 3.0 + 2.0;

/// Fonts measured as the document lays them out: at 96 dpi, whatever the screen.
double textWidth(const QString &text, bool bold)
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(96.0 / 0.0254));
        image.setDotsPerMeterY(qRound(96.0 / 0.0254));
        return image;
    }();
    return QFontMetricsF(pdfDocumentFont(8, bold), &device).horizontalAdvance(text);
}

/// The widest word: words wrap at spaces only (a no-break space joins).
double widestWord(const QString &text, bool bold)
{
    double widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, textWidth(word, bold));
    return widest;
}

} // namespace

PdtTable::PdtTable(const QList<Column> &columns)
    : m_columns(columns)
    , m_minimum(columns.size(), 0)
    , m_covered(columns.size(), 0)
{
    for (qsizetype c = 0; c < columns.size(); ++c)
        m_minimum[c] = widestWord(columns[c].header, true);
}

void PdtTable::group(const QString &text)
{
    m_rows.append(u"<tr><td colspan=\"%1\" bgcolor=\"#F2F2F2\"><b>"_s.arg(m_columns.size()) + text.toHtmlEscaped()
                  + u"</b></td></tr>"_s);
}

void PdtTable::row(const QList<Cell> &cells, bool total)
{
    QString html = total ? u"<tr bgcolor=\"#EDEDED\">"_s : u"<tr>"_s;
    qsizetype next = 0;
    for (qsizetype col = 0; col < m_columns.size(); ++col) {
        if (m_covered[col] > 0) {
            --m_covered[col];
            continue;
        }
        const Cell cell = next < cells.size() ? cells[next] : Cell {};
        ++next;
        const bool numeric = m_columns[col].numeric;
        // Numbers are never broken over lines: their column takes the room they need.
        m_minimum[col] = std::max(m_minimum[col], numeric ? textWidth(cell.text, total) : widestWord(cell.text, total));
        html += u"<td valign=\"top\""_s;
        if (cell.rowSpan > 1) {
            html += u" rowspan=\"%1\""_s.arg(cell.rowSpan);
            m_covered[col] = cell.rowSpan - 1;
        }
        html += numeric ? u" align=\"right\" style=\"white-space: nowrap;\">"_s : u">"_s;
        html += total ? u"<b>"_s + cell.text.toHtmlEscaped() + u"</b>"_s : cell.text.toHtmlEscaped();
        html += u"</td>"_s;
    }
    m_rows.append(html + u"</tr>"_s);
}

void PdtTable::row(const QStringList &cells, bool total)
{
    QList<Cell> list;
    for (const QString &c : cells)
        list.append({ c });
    row(list, total);
}

QList<double> PdtTable::fitWidths(const QList<double> &wished, const QList<double> &minimum)
{
    QList<double> widths = wished;
    // Widen to the minimum, then take what that cost from the columns that have room to spare.
    double excess = 0;
    double spare = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (widths[c] < minimum[c]) {
            excess += minimum[c] - widths[c];
            widths[c] = minimum[c];
        } else {
            spare += widths[c] - minimum[c];
        }
    }
    if (excess <= 0 || spare <= 0)
        return widths;
    const double share = std::min(1.0, excess / spare);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (widths[c] > minimum[c])
            widths[c] -= (widths[c] - minimum[c]) * share;
    }
    return widths;
}

QString PdtTable::html() const
{
    QList<double> wished;
    QList<double> minimum;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        wished.append(m_columns[c].width > 0 ? m_columns[c].width : 100.0 / m_columns.size());
        // A little over the word itself: the PDF's and the word processor's fonts differ in width.
        minimum.append((m_minimum[c] * 1.04 + CellExtraPx) / TextWidthPx * 100.0);
    }
    const QList<double> widths = fitWidths(wished, minimum);

    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                   u"style=\"border-collapse: collapse; border-style: solid; border-color: #999999; "
                   u"font-size: 8pt;\"><thead><tr>"_s;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        html += u"<th bgcolor=\"#D9E2F3\" valign=\"bottom\" align=\"%1\" width=\"%2%\">"_s
                    .arg(m_columns[c].numeric ? u"right" : u"left")
                    .arg(widths[c], 0, 'f', 2)
            + m_columns[c].header.toHtmlEscaped() + u"</th>"_s;
    }
    return html + u"</tr></thead><tbody>"_s + m_rows.join(QString()) + u"</tbody></table>"_s;
}

} // namespace planea::exporting
