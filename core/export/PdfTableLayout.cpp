#include "PdfTableLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

double widestWord(const QString &text, const QFontMetricsF &fm)
{
    double widest = 0.0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return widest;
}

} // namespace

PdfTableLayout::PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                               const QFont &boldFont, QPaintDevice *device, double width)
    : m_device(device)
{
    const QFontMetricsF fm(font, device);
    const QFontMetricsF bold(boldFont, device);
    m_padding = fm.height() * 0.25;
    const qsizetype columns = report.columns.size();
    const double maxNatural = width * 0.30;

    QList<double> natural(columns, 0.0);
    QList<double> minimum(columns, 0.0);
    m_noWrap = QList<bool>(columns, false);
    for (qsizetype c = 0; c < columns; ++c) {
        const bool number = report.columns[c].type != report::ColumnType::Text;
        double widest = 0.0;
        bool shortWords = true; // codes: one short word in every cell
        for (qsizetype r = 0; r < cells.size(); ++r) {
            const QString &text = cells[r].at(c);
            const QFontMetricsF &m = report.rows[r].kind == report::RowKind::Total ? bold : fm;
            widest = std::max(widest, m.horizontalAdvance(text));
            if (text.contains(u' ') || text.size() > 12)
                shortWords = false;
        }
        const double headerWord = widestWord(report.columns[c].title, bold);
        m_noWrap[c] = number || shortWords;
        if (m_noWrap[c]) {
            // A long header word ("Transferencias") may wrap rather than widen a column of short
            // numbers beyond about seven letters.
            const double header = std::min(headerWord, std::max(widest, fm.horizontalAdvance(u"nnnnnnn"_s)));
            natural[c] = minimum[c] = std::max(widest, header) + 2 * m_padding;
        } else {
            natural[c] = std::min(std::max(widest, headerWord), maxNatural) + 2 * m_padding;
            minimum[c]
                = std::min(natural[c], std::max(headerWord, fm.horizontalAdvance(u"MMMMMMMM"_s)) + 2 * m_padding);
        }
    }

    // Numbers and codes keep their natural width (they never wrap); a text column gets at least
    // about eight letters, and the width left over goes to the texts in proportion to what they
    // would need to fit on one line.
    double sumMinimum = 0.0;
    for (qsizetype c = 0; c < columns; ++c) {
        if (!m_noWrap[c])
            minimum[c] = std::min(natural[c], fm.horizontalAdvance(u"nnnnnnn"_s) + 2 * m_padding);
        sumMinimum += minimum[c];
    }
    m_widths = minimum;
    double fixed = 0.0;
    for (qsizetype c = 0; c < columns; ++c)
        fixed += m_noWrap[c] ? minimum[c] : 0.0;
    if (sumMinimum >= width && fixed < width * 0.85) {
        // Numbers and codes stay whole; the texts share what is left and wrap more.
        const double texts = sumMinimum - fixed;
        for (qsizetype c = 0; c < columns; ++c) {
            if (!m_noWrap[c])
                m_widths[c] = minimum[c] * (width - fixed) / texts;
        }
    } else if (sumMinimum >= width) {
        for (qsizetype c = 0; c < columns; ++c)
            m_widths[c] = minimum[c] * width / sumMinimum;
    } else {
        double want = 0.0;
        for (qsizetype c = 0; c < columns; ++c)
            want += natural[c] - minimum[c];
        const double spare = width - sumMinimum;
        for (qsizetype c = 0; c < columns; ++c) {
            if (want > spare)
                m_widths[c] += spare * (natural[c] - minimum[c]) / want;
            else
                m_widths[c] = natural[c];
        }
        if (want <= spare) {
            // Everything fits on one line: share the rest among all columns.
            for (qsizetype c = 0; c < columns; ++c)
                m_widths[c] += (spare - want) / double(columns);
        }
    }

    m_headerHeight = 0.0;
    for (qsizetype c = 0; c < columns; ++c)
        m_headerHeight = std::max(m_headerHeight, cellHeight(report.columns[c].title, m_widths[c], false, boldFont));
    m_rowHeights.reserve(cells.size());
    for (qsizetype r = 0; r < cells.size(); ++r) {
        const QFont &f = report.rows[r].kind == report::RowKind::Total ? boldFont : font;
        double h = fm.height() + 2 * m_padding;
        for (qsizetype c = 0; c < columns; ++c) {
            if (!m_noWrap[c])
                h = std::max(h, cellHeight(cells[r].at(c), m_widths[c], false, f));
        }
        m_rowHeights.append(h);
    }
}

int PdfTableLayout::textFlags(const QString &text, double width, bool number, const QFont &font) const
{
    if (number)
        return Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine;
    const QFontMetricsF fm(font, m_device);
    const bool longWord = widestWord(text, fm) > width - 2 * m_padding;
    return Qt::AlignLeft | Qt::AlignTop | (longWord ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

double PdfTableLayout::cellHeight(const QString &text, double width, bool number, const QFont &font) const
{
    const QFontMetricsF fm(font, m_device);
    if (text.isEmpty() || number)
        return fm.height() + 2 * m_padding;
    const double inner = std::max(1.0, width - 2 * m_padding);
    const QRectF box = fm.boundingRect(QRectF(0, 0, inner, 1e9), textFlags(text, width, number, font), text);
    return box.height() + 2 * m_padding;
}

void PdfTableLayout::paginate(double pageHeight)
{
    m_pageStarts = { 0 };
    double used = m_headerHeight;
    for (qsizetype r = 0; r < m_rowHeights.size(); ++r) {
        if (used + m_rowHeights[r] > pageHeight && r > m_pageStarts.last()) {
            m_pageStarts.append(r);
            used = m_headerHeight;
        }
        used += m_rowHeights[r];
    }
    m_lastPageHeight = used;
}

} // namespace planea::exporting
