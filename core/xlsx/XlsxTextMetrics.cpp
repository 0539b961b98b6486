#include "XlsxTextMetrics.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::xlsxmetrics {

namespace {

// Calibri's advance widths in thousandths of an em, for the printable ASCII characters (32–126).
constexpr short Advances[95] = {
    226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, // space … /
    507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, // 0 … ?
    894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, // @ … O
    517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498, // P … _
    291, 479, 525, 423, 525, 498, 305, 471, 525, 230, 239, 455, 230, 799, 525, 527, // ` … o
    525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498, // p … ~
};

/// Width units per thousandth of an em at `points`: an em of Calibri 11 is 14.67 pixels at
/// 96 dpi, and a width unit is 7 pixels.
double unitsPerMille(double points)
{
    return points * 96.0 / 72.0 / 7.0 / 1000.0;
}

int slowAdvance(QChar ch)
{
    char16_t u = ch.unicode();
    if (u >= 32 && u < 127)
        return Advances[u - 32];
    // Accented letters are as wide as their base letter ("á" as "a").
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.front().unicode() >= 32 && decomposed.front().unicode() < 127)
        return Advances[decomposed.front().unicode() - 32];
    switch (u) {
    case u'\u00A0': // no-break space
    case u'\u202F':
        return 226;
    case u'\u00B7': // ·
        return 252;
    case u'\u2014': // —
        return 905;
    case u'\u00AB': // « »
    case u'\u00BB':
        return 512;
    case u'\u2018': // ‘ ’
    case u'\u2019':
        return 250;
    case u'\u201C': // “ ”
    case u'\u201D':
        return 418;
    default:
        return 500; // – and the rest: about an average letter
    }
}

/// Latin letters up to U+024F from a table built once: decomposing an accented letter for each
/// character of each cell was a fifth of the time of a large workbook.
int advance(QChar ch)
{
    static const auto table = [] {
        std::array<short, 0x250> t {};
        for (char16_t u = 0; u < t.size(); ++u)
            t[u] = short(slowAdvance(QChar(u)));
        return t;
    }();
    const char16_t u = ch.unicode();
    return u < table.size() ? table[u] : slowAdvance(ch);
}

double mille(QStringView text)
{
    double sum = 0;
    for (QChar ch : text)
        sum += advance(ch);
    return sum;
}

double scale(bool bold, double points)
{
    // Calibri Bold runs about 3 % wider than the regular face.
    return unitsPerMille(points) * (bold ? 1.03 : 1.0);
}

} // namespace

double textWidth(const QString &text, bool bold, double points)
{
    double widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, mille(line));
    return widest * scale(bold, points);
}

double widestWord(const QString &text, bool bold, double points)
{
    double widest = 0;
    for (const QString &word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
        widest = std::max(widest, mille(word));
    return widest * scale(bold, points);
}

double textRoom(double columnWidth, int indent, Reader reader)
{
    if (reader == Reader::LibreOffice)
        return columnWidth * 7.43 / 7.0 - 0.5 - indent * IndentStep;
    return columnWidth - CellPadding - indent * IndentStep;
}

MeasuredText::MeasuredText(const QString &text)
{
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        QList<double> words;
        for (QStringView word : paragraph.split(u' ', Qt::SkipEmptyParts))
            words.append(mille(word));
        m_paragraphs.append(words);
    }
}

int MeasuredText::lines(double room, bool bold, double points) const
{
    const double k = scale(bold, points);
    room = std::max(1.0, room);
    const double space = Advances[0] * k;
    int lines = 0;
    for (const QList<double> &paragraph : m_paragraphs) {
        ++lines;
        double used = 0;
        for (double word : paragraph) {
            const double width = word * k;
            if (used > 0 && used + space + width > room) {
                ++lines;
                used = 0;
            }
            used += (used > 0 ? space : 0) + width;
            while (used > room) { // a word wider than the cell goes on over the next line
                ++lines;
                used -= room;
            }
        }
    }
    return std::max(1, lines);
}

int wrappedLines(const QString &text, double room, bool bold, double points)
{
    return MeasuredText(text).lines(room, bold, points);
}

double rowHeight(int lines, double points)
{
    // Excel's heights for Calibri: 15 points a line at 11 points, 15.75 at 12, 18.75 at 14.
    const double line = points <= 11.0 ? 15.0 : points <= 12.0 ? 15.75 : points <= 14.0 ? 18.75 : points * 1.34;
    return line * std::max(1, lines);
}

} // namespace planea::xlsxmetrics
