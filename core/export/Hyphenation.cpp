#include "Hyphenation.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

constexpr QChar SoftHyphen(0x00AD);

bool isVowel(QChar c)
{
    return QStringView(u"aeiouáéíóúü").contains(c.toLower());
}

bool inseparable(QChar first, QChar second)
{
    static const QList<QStringView> pairs = { u"bl", u"br", u"cl", u"cr", u"dr", u"fl", u"fr", u"gl", u"gr",
                                              u"kl", u"kr", u"pl", u"pr", u"tl", u"tr", u"ch", u"ll", u"rr" };
    const QString pair = QString(first.toLower()) + second.toLower();
    for (QStringView p : pairs) {
        if (p == pair)
            return true;
    }
    return false;
}

/// The positions (before which a break may go) of one word's syllable breaks.
QList<qsizetype> breaksOf(QStringView word)
{
    QList<qsizetype> out;
    const qsizetype n = word.size();
    qsizetype i = 0;
    while (i < n && !isVowel(word[i]))
        ++i;
    while (i < n) {
        // i is in a group of vowels; find the consonants after it.
        while (i < n && isVowel(word[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isVowel(word[i]) && word[i].isLetter())
            ++i;
        if (i >= n || !word[i].isLetter())
            break; // the word ends in consonants (or a non-letter): no further syllable
        const qsizetype count = i - start;
        qsizetype at = -1;
        if (count == 1)
            at = start;
        else if (count == 2)
            at = inseparable(word[start], word[start + 1]) ? start : start + 1;
        else if (count >= 3)
            at = inseparable(word[i - 2], word[i - 1]) ? i - 2 : i - 1;
        if (at > 0)
            out.append(at);
    }
    return out;
}

} // namespace

QString softHyphenated(const QString &text, int minimumLetters)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text[i].isLetter()) {
            out += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < n && text[end].isLetter())
            ++end;
        const QStringView word = QStringView(text).mid(i, end - i);
        qsizetype from = 0;
        if (word.size() >= minimumLetters) {
            for (qsizetype at : breaksOf(word)) {
                if (at < 3 || word.size() - at < 3)
                    continue;
                out += word.mid(from, at - from);
                out += SoftHyphen;
                from = at;
            }
        }
        out += word.mid(from);
        i = end;
    }
    return out;
}

} // namespace planea::exporting
