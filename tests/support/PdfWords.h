#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

namespace planea::test {

/// The words of a PDF's text: a word cut in two at the end of a cell's line comes out as two
/// pieces ("Capacida", "d"), so the whole word is not among them.
inline QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    static const QRegularExpression separators(QStringLiteral("[\\s,.;:()«»“”\"/·]+"));
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts))
        words.insert(w);
    return words;
}

/// Every word of `name` of four letters or more is among `printed`, whole.
inline void expectWholeWords(const QSet<QString> &printed, const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.;:()«»“”\"/·]+"));
    for (const QString &w : name.split(separators, Qt::SkipEmptyParts)) {
        if (w.size() >= 4) {
            EXPECT_TRUE(printed.contains(w))
                << "«" << w.toStdString() << "» of «" << name.toStdString() << "» is not printed whole";
        }
    }
}

} // namespace planea::test
