#include "PdfTableLayout.h"

#include "Hyphenation.h"

#include <QCoreApplication>
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

/// "606 000 0001", "+57 (606) 741 0000": kept on one line like a code.
bool isPhoneNumber(const QString &text)
{
    if (text.size() > 20)
        return false;
    int digits = 0;
    for (const QChar ch : text) {
        if (ch.isDigit())
            ++digits;
        else if (!QStringView(u" +-()").contains(ch))
            return false;
    }
    return digits >= 7;
}

} // namespace

PdfTableLayout::~PdfTableLayout() = default;

PdfTableLayout::PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                               const QFont &boldFont, QPaintDevice *device, double width,
                               const QList<QStringList> *pageTopCells)
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

    // Measure every cell once (a heading runs across the table and does not size the columns).
    m_advance.assign(size_t(rows * columns), 0.0);
    for (qsizetype r = 0; r < rows; ++r) {
        if (isHeading(r))
            continue;
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
    const double nineLetters = m_boldFm.horizontalAdvance(u"nnnnnnnnn"_s);
    for (qsizetype c = 0; c < columns; ++c) {
        const bool number = report.columns[c].type != report::ColumnType::Text;
        double widest = 0.0;
        bool shortWords = true; // codes and phone numbers: one short word in every cell
        for (qsizetype r = 0; r < rows; ++r) {
            if (isHeading(r))
                continue;
            const QString &text = cells[r].at(c);
            widest = std::max(widest, m_advance[size_t(r * columns + c)]);
            if (shortWords && (text.size() > 12 || text.contains(u' ')) && !isPhoneNumber(text))
                shortWords = false;
        }
        const double headerWord = widestWord(report.printedTitle(c), m_boldFm);
        m_noWrap[c] = number || shortWords;
        if (m_noWrap[c]) {
            // A header word up to nine letters ("Recursos", "Meta 2028") sets the width; a longer
            // one ("cuatrienio", "Ponderación") is printed a little smaller or hyphenated rather
            // than widen a column of short numbers and take the room of the names beside it.
            // (A hair more than the word: a layout exactly as wide as its word may still break it.)
            const double header = std::min(headerWord * 1.02, std::max(widest, nineLetters));
            // Plus a little air, so that numbers do not touch the lines of their column.
            natural[c] = minimum[c] = std::max(widest, header) + 2 * m_padding + m_fm.height() * 0.2;
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

    // A column narrower than its longest word ("Aseguramiento", "Mantenimiento") takes that
    // width from the columns with room to spare, so that words are not cut in two.
    QList<double> need(columns, 0.0);
    const double longestWord = m_boldFm.horizontalAdvance(u"nnnnnnnnnnnnnn"_s);
    double missing = 0.0;
    double spare = 0.0;
    for (qsizetype c = 0; c < columns; ++c) {
        if (m_noWrap[c])
            continue;
        double word = 0.0;
        for (qsizetype r = 0; r < rows; ++r) {
            if (isHeading(r))
                continue;
            word = std::max(
                word, widestWord(cells[r].at(c), report.rows[r].kind == report::RowKind::Total ? m_boldFm : m_fm));
        }
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
        QString title = report.printedTitle(c);
        if (word > inner && inner > 0) {
            // A little smaller when that is enough; a word that would need a tiny letter is
            // hyphenated at its syllables instead ("Sobre-cumplimiento").
            const double shrink = inner / word * 0.95;
            if (shrink >= 0.85)
                headerFont.setPointSizeF(m_bold.pointSizeF() * shrink);
            else
                title = softHyphenated(title);
        }
        m_headerLayouts[size_t(c)] = wrapped(title, headerFont, inner, &h);
        m_headerHeight = std::max(m_headerHeight, h + 2 * m_padding);
    }

    // Rows: a cell that fits on one line is painted as is; one that does not gets its layout.
    // A heading is laid out across the table, once as it is and once as repeated on a page.
    m_layouts.resize(size_t(rows * columns));
    m_pageTop.resize(size_t(rows));
    m_continued.resize(size_t(rows));
    m_rowHeights.reserve(rows);
    const double tableInner = tableWidth() - 2 * m_padding;
    for (qsizetype r = 0; r < rows; ++r) {
        if (isHeading(r)) {
            double h = 0.0;
            const QString &text = cells[r].value(0);
            m_layouts[size_t(r * columns)] = wrapped(text, headingFont(r), tableInner, &h);
            double hc = 0.0;
            m_continued[size_t(r)] = wrapped(QCoreApplication::translate("PdfExporter", "%1 (continued)").arg(text),
                                             headingFont(r), tableInner, &hc);
            m_rowHeights.append(h + 2 * m_padding);
            continue;
        }
        m_rowHeights.append(layOutRow(r, cells[r], m_layouts, m_advance));
        if (pageTopCells && r < pageTopCells->size() && !pageTopCells->at(r).isEmpty()) {
            auto top = std::make_unique<PageTopRow>();
            top->texts = pageTopCells->at(r);
            top->layouts.resize(size_t(columns));
            top->advances.assign(size_t(columns), 0.0);
            const QFontMetricsF &m = report.rows[r].kind == report::RowKind::Total ? m_boldFm : m_fm;
            for (qsizetype c = 0; c < columns; ++c)
                top->advances[size_t(c)] = m.horizontalAdvance(top->texts.value(c));
            top->height = layOutRow(r, top->texts, top->layouts, top->advances);
            m_pageTop[size_t(r)] = std::move(top);
        }
    }
    m_pageStarts = { 0 };
    m_pageRepeats = { {} };
}

bool PdfTableLayout::isHeading(qsizetype row) const
{
    return m_report.rows[row].kind == report::RowKind::Heading;
}

bool PdfTableLayout::isTotal(qsizetype row) const
{
    return m_report.rows[row].kind == report::RowKind::Total;
}

QFont PdfTableLayout::headingFont(qsizetype row) const
{
    QFont f = m_bold;
    if (m_report.rows[row].level == 0)
        f.setPointSizeF(m_bold.pointSizeF() * 1.15);
    return f;
}

double PdfTableLayout::layOutRow(qsizetype row, const QStringList &texts,
                                 std::vector<std::unique_ptr<QTextLayout>> &layouts,
                                 std::vector<double> &advances) const
{
    // `layouts` and `advances` are indexed like m_layouts (row-major) for the table's own rows,
    // and by column for a page-top row (one row's worth).
    const bool own = &layouts == &m_layouts;
    const bool total = m_report.rows[row].kind == report::RowKind::Total;
    double h = m_fm.height();
    for (qsizetype c = 0; c < m_columns; ++c) {
        const size_t i = own ? size_t(row * m_columns + c) : size_t(c);
        const double inner = m_widths[c] - 2 * m_padding;
        if (m_noWrap[c] || advances[i] <= inner)
            continue;
        double cellHeight = 0.0;
        layouts[i] = wrapped(texts.at(c), total ? m_bold : m_font, inner, &cellHeight);
        h = std::max(h, cellHeight);
    }
    return h + 2 * m_padding;
}

double PdfTableLayout::pageTopRowHeight(qsizetype row) const
{
    const PageTopRow *top = m_pageTop[size_t(row)].get();
    return top ? top->height : m_rowHeights[row];
}

double PdfTableLayout::headingHeight(qsizetype row, bool continued) const
{
    if (!continued)
        return m_rowHeights[row];
    double h = 0.0;
    const QTextLayout &layout = *m_continued[size_t(row)];
    for (int i = 0; i < layout.lineCount(); ++i)
        h += layout.lineAt(i).height();
    return h + 2 * m_padding;
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

double PdfTableLayout::totalHeight() const
{
    return std::accumulate(m_rowHeights.cbegin(), m_rowHeights.cend(), m_headerHeight);
}

double PdfTableLayout::tableWidth() const
{
    return std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
}

void PdfTableLayout::paintCell(QPainter &painter, qsizetype row, qsizetype column, const QPointF &topLeft,
                               bool pageTop) const
{
    const PageTopRow *top = pageTop ? m_pageTop[size_t(row)].get() : nullptr;
    const QString &text = top ? top->texts.at(column) : m_cells[row].at(column);
    if (text.isEmpty())
        return;
    const size_t i = size_t(row * m_columns + column);
    if (const QTextLayout *layout = top ? top->layouts[size_t(column)].get() : m_layouts[i].get()) {
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
        x += m_widths[column] - 2 * m_padding - (top ? top->advances[size_t(column)] : m_advance[i]); // to the right
    painter.drawText(QPointF(x, topLeft.y() + fm.ascent()), text);
}

namespace {

const QColor gridColor(0xA0, 0xA0, 0xA0);
const QColor headerFill(0xD9, 0xE2, 0xF3);
const QColor totalFill(0xED, 0xED, 0xED);
/// The totals of the whole table (Report::closingTotals) stand apart from the subtotals above them.
const QColor closingTotalFill(0xD3, 0xDB, 0xE6);
const QColor outerHeadingFill(0x2F, 0x54, 0x96);
const QColor innerHeadingFill(0xE8, 0xEE, 0xF7);

} // namespace

double PdfTableLayout::paintHeaderRow(QPainter &painter, double y) const
{
    const QPen gridPen(gridColor, m_padding * 0.15);
    double x = 0.0;
    painter.setFont(m_bold);
    for (qsizetype c = 0; c < m_columns; ++c) {
        const QRectF cell(x, y, m_widths[c], m_headerHeight);
        painter.fillRect(cell, headerFill);
        painter.setPen(gridPen);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        m_headerLayouts[size_t(c)]->draw(&painter,
                                         cell.adjusted(m_padding, m_padding, -m_padding, -m_padding).topLeft());
        x += m_widths[c];
    }
    return m_headerHeight;
}

double PdfTableLayout::paintRow(QPainter &painter, qsizetype row, double y, bool pageTop, bool continued) const
{
    const QPen gridPen(gridColor, m_padding * 0.15);
    const double width = tableWidth();
    if (isHeading(row)) {
        const double h = headingHeight(row, continued);
        const bool outer = m_report.rows[row].level == 0;
        const QRectF band(0, y, width, h);
        painter.fillRect(band, outer ? outerHeadingFill : innerHeadingFill);
        painter.setPen(gridPen);
        painter.drawRect(band);
        painter.setPen(outer ? Qt::white : Qt::black);
        const QTextLayout &layout = continued ? *m_continued[size_t(row)] : *m_layouts[size_t(row * m_columns)];
        layout.draw(&painter, QPointF(m_padding, y + m_padding));
        painter.setPen(Qt::black);
        return h;
    }
    const bool top = pageTop && m_pageTop[size_t(row)];
    const double h = top ? m_pageTop[size_t(row)]->height : m_rowHeights[row];
    const qsizetype firstClosing
        = m_report.rows.size() - std::clamp<qsizetype>(m_report.closingTotals, 0, m_report.rows.size());
    const bool closing = m_report.rows[row].kind == report::RowKind::Total && row >= firstClosing;
    if (m_report.rows[row].kind == report::RowKind::Total)
        painter.fillRect(QRectF(0, y, width, h), closing ? closingTotalFill : totalFill);
    // Grid: one rectangle for the row, then the column separators.
    painter.setPen(gridPen);
    painter.drawRect(QRectF(0, y, width, h));
    double x = 0.0;
    for (qsizetype c = 0; c + 1 < m_columns; ++c) {
        x += m_widths[c];
        painter.drawLine(QPointF(x, y), QPointF(x, y + h));
    }
    if (closing && (row == firstClosing || top)) {
        // A heavier rule opens the table's own totals (and reopens them at a page top).
        painter.setPen(QPen(Qt::black, m_padding * 0.6));
        painter.drawLine(QPointF(0, y), QPointF(width, y));
    }
    painter.setPen(Qt::black);
    x = 0.0;
    for (qsizetype c = 0; c < m_columns; ++c) {
        paintCell(painter, row, c, QPointF(x + m_padding, y + m_padding), top);
        x += m_widths[c];
    }
    return h;
}

double PdfTableLayout::paintPage(QPainter &painter, qsizetype page, double y) const
{
    y += paintHeaderRow(painter, y);
    for (qsizetype heading : m_pageRepeats[page])
        y += paintRow(painter, heading, y, false, true);
    const qsizetype begin = m_pageStarts[page];
    const qsizetype end = page + 1 < m_pageStarts.size() ? m_pageStarts[page + 1] : m_rowHeights.size();
    for (qsizetype r = begin; r < end; ++r)
        y += paintRow(painter, r, y, r == begin);
    return y;
}

void PdfTableLayout::paginate(double pageHeight, double closingHeight, double firstPageHeight)
{
    const qsizetype rows = m_rowHeights.size();
    auto limit = [&] { return m_pageStarts.size() == 1 && firstPageHeight >= 0 ? firstPageHeight : pageHeight; };
    m_pageStarts = { 0 };
    m_pageRepeats = { {} };
    m_pageHeights.clear();
    QList<qsizetype> open; // the heading in force at each level, outermost first
    // A heading closes those of its level and below, and opens its own.
    auto enter = [&](QList<qsizetype> &inForce, qsizetype heading) {
        inForce = inForce.mid(0, std::min<qsizetype>(inForce.size(), m_report.rows[heading].level));
        inForce.append(heading);
    };
    // Headings to repeat on a page that starts at `r`: those in force above r's own level; none
    // above a total row, which names what it adds up.
    auto repeatsAt = [&](qsizetype r, const QList<qsizetype> &inForce) {
        if (isTotal(r))
            return QList<qsizetype>();
        if (isHeading(r))
            return inForce.mid(0, std::min<qsizetype>(inForce.size(), m_report.rows[r].level));
        return inForce;
    };
    auto startHeight = [&](const QList<qsizetype> &repeats) {
        double h = m_headerHeight;
        for (qsizetype heading : repeats)
            h += headingHeight(heading, true);
        return h;
    };
    double used = m_headerHeight;
    for (qsizetype r = 0; r < rows; ++r) {
        const bool first = r == m_pageStarts.last();
        double need = first ? pageTopRowHeight(r) : m_rowHeights[r];
        if (isHeading(r)) {
            // A heading keeps the headings under it and the first row after them on its page.
            qsizetype k = r;
            need = 0.0;
            while (k < rows && isHeading(k))
                need += m_rowHeights[k++];
            if (k < rows)
                need += m_rowHeights[k];
        } else if (!first && !isTotal(r) && r + 1 < rows && m_pageTop[size_t(r + 1)]) {
            // A product named once above its years (or indicators) keeps them on its page.
            qsizetype k = r + 1;
            double block = m_rowHeights[r];
            while (k < rows && m_pageTop[size_t(k)] && k - r < 8)
                block += m_rowHeights[k++];
            if (block <= pageHeight - startHeight(open))
                need = block;
        } else if (!first && isTotal(r) && !isTotal(r - 1)) {
            // A short run of totals (a line's years and its sum, the plan's) stays together; totals
            // that head what follows (seguimiento's line and program rows) keep the next row too.
            qsizetype k = r;
            double run = 0.0;
            while (k < rows && isTotal(k) && k - r < 12)
                run += m_rowHeights[k++];
            if (m_report.paper.totalsOpenGroups && k < rows)
                run += m_rowHeights[k];
            if (k - r < 12 && run <= pageHeight - startHeight({}))
                need = run;
        }
        if (!first && used + need > limit()) {
            const QList<qsizetype> repeats = repeatsAt(r, open);
            m_pageHeights.append(used);
            m_pageStarts.append(r);
            m_pageRepeats.append(repeats);
            used = startHeight(repeats);
        }
        used += r == m_pageStarts.last() ? pageTopRowHeight(r) : m_rowHeights[r];
        if (isHeading(r))
            enter(open, r);
    }
    m_lastPageHeight = used;
    m_pageHeights.append(used);

    // The closing block does not fit under the last row: the last rows go with it to a new
    // page — the trailing totals when they fit, else the last two rows, else one.
    if (closingHeight <= 0.0 || rows == 0 || used + closingHeight <= limit())
        return;
    const qsizetype lastStart = m_pageStarts.last();
    qsizetype totals = 0;
    while (totals < rows && m_report.rows[rows - 1 - totals].kind == report::RowKind::Total)
        ++totals;
    // (One total alone would still look lost: then the row above goes with it too.)
    for (qsizetype take : { std::max<qsizetype>(totals, 2), qsizetype(2), qsizetype(1) }) {
        const qsizetype split = rows - take;
        if (take <= 0 || split <= lastStart || isHeading(split - 1))
            continue;
        QList<qsizetype> inForce; // the headings in force at the split
        for (qsizetype r = 0; r < split; ++r) {
            if (isHeading(r))
                enter(inForce, r);
        }
        const QList<qsizetype> repeats = repeatsAt(split, inForce);
        double h = startHeight(repeats) + pageTopRowHeight(split);
        for (qsizetype r = split + 1; r < rows; ++r)
            h += m_rowHeights[r];
        if (h + closingHeight > pageHeight)
            continue;
        // The rows that move leave the page before.
        m_pageHeights.last() -= h - startHeight(repeats) - pageTopRowHeight(split) + m_rowHeights[split];
        m_pageStarts.append(split);
        m_pageRepeats.append(repeats);
        m_pageHeights.append(h);
        m_lastPageHeight = h;
        return;
    }
}

} // namespace planea::exporting
