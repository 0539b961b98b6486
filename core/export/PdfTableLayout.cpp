#include "PdfTableLayout.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

double widestWord(const QString &text, const QFontMetricsF &fm)
{
    double widest = 0.0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word.toString()));
    return widest;
}

} // namespace

PdfTableLayout::~PdfTableLayout() = default;

PdfTableLayout::PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                               const QFont &boldFont, QPaintDevice *device, double width)
    : m_report(report)
    , m_cells(cells)
    , m_font(font)
    , m_bold(boldFont)
    , m_fm(font, device)
    , m_boldFm(boldFont, device)
    , m_device(device)
    , m_columns(report.columns.size())
{
    m_padding = m_fm.height() * 0.25;
    const qsizetype columns = m_columns;
    const qsizetype rows = cells.size();
    const double maxNatural = width * 0.30;

    // Measure every cell once.
    m_advance.assign(size_t(rows * columns), 0.0);
    for (qsizetype r = 0; r < rows; ++r) {
        const QFontMetricsF &m = report.rows[r].kind == report::RowKind::Total ? m_boldFm : m_fm;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString &text = cells[r].at(c);
            if (!text.isEmpty())
                m_advance[size_t(r * columns + c)] = m.horizontalAdvance(text);
        }
    }

    QList<double> natural(columns, 0.0);
    QList<double> minimum(columns, 0.0);
    m_noWrap = QList<bool>(columns, false);
    const double sevenLetters = m_fm.horizontalAdvance(u"nnnnnnn"_s);
    const double eightLetters = m_fm.horizontalAdvance(u"nnnnnnnn"_s);
    for (qsizetype c = 0; c < columns; ++c) {
        const bool number = report.columns[c].type != report::ColumnType::Text;
        double widest = 0.0;
        bool shortWords = true; // codes: one short word in every cell
        for (qsizetype r = 0; r < rows; ++r) {
            const QString &text = cells[r].at(c);
            widest = std::max(widest, m_advance[size_t(r * columns + c)]);
            if (shortWords && (text.size() > 12 || text.contains(u' ')))
                shortWords = false;
        }
        const double headerWord = widestWord(report.printedTitle(c), m_boldFm);
        m_noWrap[c] = number || shortWords;
        if (m_noWrap[c]) {
            // A long header word ("Transferencias") is printed smaller rather than widen a column
            // of short numbers beyond about eight letters.
            const double header = std::min(headerWord, std::max(widest, eightLetters));
            natural[c] = minimum[c] = std::max(widest, header) + 2 * m_padding;
        } else {
            natural[c] = std::min(std::max(widest, headerWord), maxNatural) + 2 * m_padding;
            minimum[c] = std::min(natural[c], sevenLetters + 2 * m_padding);
        }
    }

    // Numbers and codes keep their natural width (they never wrap); a text column gets at least
    // about seven letters, and the width left over goes to the texts in proportion to what they
    // would need to fit on one line.
    double sumMinimum = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    m_widths = minimum;
    double fixed = 0.0;
    for (qsizetype c = 0; c < columns; ++c)
        fixed += m_noWrap[c] ? minimum[c] : 0.0;
    if (sumMinimum >= width && fixed < width * 0.85) {
        // Numbers and codes stay whole; the texts share what is left in proportion to what they
        // would need on one line (a product name gets more than a unit), and wrap more.
        double texts = 0.0;
        for (qsizetype c = 0; c < columns; ++c)
            texts += m_noWrap[c] ? 0.0 : natural[c];
        for (qsizetype c = 0; c < columns; ++c) {
            if (!m_noWrap[c])
                m_widths[c] = natural[c] * (width - fixed) / texts;
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
            // Everything fits on one line: share the rest among the text columns (all columns
            // when there is no text column).
            qsizetype texts = std::count(m_noWrap.cbegin(), m_noWrap.cend(), false);
            for (qsizetype c = 0; c < columns; ++c) {
                if (texts == 0 || !m_noWrap[c])
                    m_widths[c] += (spare - want) / double(texts == 0 ? columns : texts);
            }
        }
    }

    // A column narrower than its longest word ("Aseguramiento") takes that width from the
    // columns with room to spare, so that words are not cut in two.
    QList<double> need(columns, 0.0);
    const double longestWord = m_boldFm.horizontalAdvance(u"nnnnnnnnnnnn"_s);
    double missing = 0.0;
    double spare = 0.0;
    for (qsizetype c = 0; c < columns; ++c) {
        if (m_noWrap[c])
            continue;
        double word = 0.0;
        for (qsizetype r = 0; r < rows; ++r)
            word = std::max(
                word, widestWord(cells[r].at(c), report.rows[r].kind == report::RowKind::Total ? m_boldFm : m_fm));
        need[c] = std::min(word, longestWord) + 2 * m_padding;
        if (m_widths[c] < need[c])
            missing += need[c] - m_widths[c];
        else
            spare += m_widths[c] - need[c];
    }
    if (missing > 0 && spare > 0) {
        const double share = std::min(1.0, spare / missing);
        const double take = std::min(missing, spare) / spare;
        for (qsizetype c = 0; c < columns; ++c) {
            if (m_noWrap[c])
                continue;
            if (m_widths[c] < need[c])
                m_widths[c] += (need[c] - m_widths[c]) * share;
            else
                m_widths[c] -= (m_widths[c] - need[c]) * take;
        }
    }

    // Header titles: word-wrapped; a word too long for its column is printed up to a quarter
    // smaller so that it stays whole ("Transferencias", not "Transfe / rencias"), and broken only
    // when even that does not fit.
    m_headerHeight = m_boldFm.height() + 2 * m_padding;
    m_headerLayouts.resize(size_t(columns));
    for (qsizetype c = 0; c < columns; ++c) {
        double h = 0.0;
        const double inner = m_widths[c] - 2 * m_padding;
        const double word = widestWord(report.printedTitle(c), m_boldFm);
        QFont headerFont = m_bold;
        if (word > inner && inner > 0)
            headerFont.setPointSizeF(m_bold.pointSizeF() * std::max(0.75, inner / word * 0.95));
        m_headerLayouts[size_t(c)] = wrapped(report.printedTitle(c), headerFont, inner, &h);
        m_headerHeight = std::max(m_headerHeight, h + 2 * m_padding);
    }

    // Rows: a cell that fits on one line is painted as is; one that does not gets its layout.
    m_layouts.resize(size_t(rows * columns));
    m_rowHeights.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r) {
        const bool total = report.rows[r].kind == report::RowKind::Total;
        double h = m_fm.height();
        for (qsizetype c = 0; c < columns; ++c) {
            const size_t i = size_t(r * columns + c);
            const double inner = m_widths[c] - 2 * m_padding;
            if (m_noWrap[c] || m_advance[i] <= inner)
                continue;
            double cellHeight = 0.0;
            m_layouts[i] = wrapped(cells[r].at(c), total ? m_bold : m_font, inner, &cellHeight);
            h = std::max(h, cellHeight);
        }
        m_rowHeights.append(h + 2 * m_padding);
    }
}

std::unique_ptr<QTextLayout> PdfTableLayout::wrapped(const QString &text, const QFont &font, double width,
                                                     double *height) const
{
    auto layout = std::make_unique<QTextLayout>(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    double y = 0.0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

double PdfTableLayout::tableWidth() const
{
    return std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
}

void PdfTableLayout::paintCell(QPainter &painter, qsizetype row, qsizetype column, const QPointF &topLeft) const
{
    const QString &text = m_cells[row].at(column);
    if (text.isEmpty())
        return;
    const size_t i = size_t(row * m_columns + column);
    if (const QTextLayout *layout = m_layouts[i].get()) {
        layout->draw(&painter, topLeft);
        return;
    }
    const bool total = m_report.rows[row].kind == report::RowKind::Total;
    const QFontMetricsF &fm = total ? m_boldFm : m_fm;
    const QFont &font = total ? m_bold : m_font;
    if (painter.font() != font)
        painter.setFont(font);
    double x = topLeft.x();
    if (m_report.columns[column].type != report::ColumnType::Text)
        x += m_widths[column] - 2 * m_padding - m_advance[i]; // numbers to the right
    painter.drawText(QPointF(x, topLeft.y() + fm.ascent()), text);
}

void PdfTableLayout::paintHeader(QPainter &painter, qsizetype column, const QRectF &inner) const
{
    m_headerLayouts[size_t(column)]->draw(&painter, inner.topLeft());
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
