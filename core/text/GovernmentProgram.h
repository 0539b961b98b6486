#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace planea {

/// One meaningful word of a text and how many times it appears.
struct WordCount
{
    QString word; ///< the spelling seen most often (lower case), e.g. "educación"
    int count = 0;
};

/// The mayor's Programa de Gobierno, the text the strategic lines come from: reading it from a
/// plain-text or Word (.docx) file, and its most frequent meaningful words.
class GovernmentProgram final
{
    Q_DECLARE_TR_FUNCTIONS(planea::GovernmentProgram)

public:
    /// Largest file accepted (a program is a few dozen pages) and largest text a .docx may
    /// inflate to; larger files are refused rather than read.
    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxTextBytes = 20LL * 1024 * 1024;

    /// Reads the text of a .txt (UTF-8, or Windows-1252/Latin-1 when it is not valid UTF-8) or a
    /// .docx (the paragraphs of word/document.xml). Other formats, damaged or password-protected
    /// files are refused with a message that names the file.
    static Result<QString> readFile(const QString &path);
    /// The text of a .docx held in memory; `displayName` names it in messages.
    static Result<QString> readDocx(const QByteArray &bytes, const QString &displayName);

    /// The `limit` most frequent words of `text`: case- and accent-insensitive (the most frequent
    /// spelling is shown), Spanish stop words, numbers and words shorter than 3 letters left out.
    /// Ordered by count, then alphabetically. An empty text gives an empty list.
    static QList<WordCount> wordFrequency(const QString &text, int limit = 25);

    /// True for a Spanish stop word (article, preposition, pronoun, common verb form…), given in
    /// lower case with or without accents.
    static bool isStopWord(const QString &word);
};

} // namespace planea
