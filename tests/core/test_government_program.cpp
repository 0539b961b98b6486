// Programa de Gobierno (issue 4, module 2): reading .txt and .docx files and the most frequent
// meaningful words, Spanish stop words left out.

#include "TempDir.h"
#include "text/GovernmentProgram.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace planea;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(PLANEA_TEST_DATA_DIR "/text/");

int countOf(const QList<WordCount> &words, const QString &word)
{
    for (const WordCount &w : words)
        if (w.word == word)
            return w.count;
    return 0;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(WordFrequency, CountsMeaningfulWordsMostFrequentFirst)
{
    const auto words = GovernmentProgram::wordFrequency(
        u"La educación rural es la base. Educación para todos, educacion de calidad y vías para el campo; "
        "el campo es nuestra prioridad."_s);
    ASSERT_GE(words.size(), 3);
    // Accents and case do not split a word; the spelling shown is the one used most.
    EXPECT_EQ(words.at(0).word, u"educación"_s);
    EXPECT_EQ(words.at(0).count, 3);
    EXPECT_EQ(words.at(1).word, u"campo"_s);
    EXPECT_EQ(words.at(1).count, 2);
    // Stop words, short words and the program's own vocabulary are not counted.
    for (const QString &stop : { u"la"_s, u"es"_s, u"para"_s, u"el"_s, u"de"_s, u"nuestra"_s, u"y"_s })
        EXPECT_EQ(countOf(words, stop), 0) << qPrintable(stop);
    EXPECT_EQ(countOf(words, u"rural"_s), 1);
}

TEST(WordFrequency, TiesAreAlphabeticalAndLimitIsRespected)
{
    const auto words = GovernmentProgram::wordFrequency(u"salud vivienda agua salud vivienda agua deporte"_s, 2);
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words.at(0).word, u"agua"_s);
    EXPECT_EQ(words.at(1).word, u"salud"_s);
}

TEST(WordFrequency, NumbersAndPunctuationAreIgnored)
{
    const auto words = GovernmentProgram::wordFrequency(u"2028 — 2031: 150.000.000 ¡¿ ... ñandú Ñandú año"_s);
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words.at(0).word, u"ñandú"_s);
    EXPECT_EQ(words.at(0).count, 2);
    EXPECT_EQ(words.at(1).word, u"año"_s);
}

TEST(WordFrequency, EmptyAndStopWordOnlyTextsGiveNothing)
{
    EXPECT_TRUE(GovernmentProgram::wordFrequency(QString()).isEmpty());
    EXPECT_TRUE(GovernmentProgram::wordFrequency(u"   \n\t "_s).isEmpty());
    EXPECT_TRUE(GovernmentProgram::wordFrequency(u"de la que el en y a los"_s).isEmpty());
    EXPECT_TRUE(GovernmentProgram::isStopWord(u"Según"_s));
    EXPECT_TRUE(GovernmentProgram::isStopWord(u"segun"_s));
    EXPECT_FALSE(GovernmentProgram::isStopWord(u"salud"_s));
}

TEST(GovernmentProgramFile, ReadsDocxParagraphsAndRuns)
{
    auto text = GovernmentProgram::readFile(DataDir + u"programa_gobierno.docx"_s);
    ASSERT_TRUE(text.ok()) << qPrintable(text.error().message);
    // Runs of one paragraph join; paragraphs and tabs separate.
    EXPECT_TRUE(text->contains(u"La educación rural y la educación para el empleo."_s)) << qPrintable(*text);
    EXPECT_TRUE(text->contains(u"Vías terciarias\tpara el campo"_s)) << qPrintable(*text);
    EXPECT_TRUE(text->startsWith(u"Programa de Gobierno: Buenavista avanza\n"_s)) << qPrintable(*text);
    const auto words = GovernmentProgram::wordFrequency(*text);
    EXPECT_EQ(countOf(words, u"educación"_s), 2);
    EXPECT_EQ(countOf(words, u"campo"_s), 2);
}

TEST(GovernmentProgramFile, ReadsUtf8AndLatin1Text)
{
    test::TempDir dir;
    writeFile(dir.path(u"utf8.txt"_s), "\xEF\xBB\xBFSalud y educaci\xC3\xB3n");
    auto utf8 = GovernmentProgram::readFile(dir.path(u"utf8.txt"_s));
    ASSERT_TRUE(utf8.ok());
    EXPECT_EQ(*utf8, u"Salud y educación"_s);
    writeFile(dir.path(u"latin1.txt"_s), "Salud y educaci\xF3n");
    auto latin1 = GovernmentProgram::readFile(dir.path(u"latin1.txt"_s));
    ASSERT_TRUE(latin1.ok());
    EXPECT_EQ(*latin1, u"Salud y educación"_s);
}

TEST(GovernmentProgramFile, RefusesBadFilesWithTheirName)
{
    test::TempDir dir;
    auto missing = GovernmentProgram::readFile(dir.path(u"no_existe.txt"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"no_existe.txt"_s));

    auto noPart = GovernmentProgram::readFile(DataDir + u"sin_documento.docx"_s);
    ASSERT_FALSE(noPart.ok());
    EXPECT_TRUE(noPart.error().message.contains(u"sin_documento.docx"_s));
    EXPECT_TRUE(noPart.error().message.contains(u"word/document.xml"_s));

    auto truncated = GovernmentProgram::readFile(DataDir + u"truncado.docx"_s);
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().message.contains(u"truncado.docx"_s));

    writeFile(dir.path(u"texto.docx"_s), "esto no es un zip");
    auto notZip = GovernmentProgram::readFile(dir.path(u"texto.docx"_s));
    ASSERT_FALSE(notZip.ok());
    EXPECT_TRUE(notZip.error().message.contains(u"texto.docx"_s));

    writeFile(dir.path(u"viejo.docx"_s), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(100, 'x'));
    auto ole = GovernmentProgram::readFile(dir.path(u"viejo.docx"_s));
    ASSERT_FALSE(ole.ok());
    EXPECT_TRUE(ole.error().message.contains(u".doc"_s));

    writeFile(dir.path(u"programa.pdf"_s), "%PDF-1.4");
    auto pdf = GovernmentProgram::readFile(dir.path(u"programa.pdf"_s));
    ASSERT_FALSE(pdf.ok());
    EXPECT_TRUE(pdf.error().message.contains(u".docx"_s));

    writeFile(dir.path(u"binario.txt"_s), QByteArray("abc\0def", 7));
    EXPECT_FALSE(GovernmentProgram::readFile(dir.path(u"binario.txt"_s)).ok());
}

TEST(GovernmentProgramFile, DocxReadFromMemoryNeverCrashesOnGarbage)
{
    QFile f(DataDir + u"programa_gobierno.docx"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    // Every prefix and a few corruptions are refused or read, never a crash.
    for (int n = 0; n < good.size(); n += 37)
        (void)GovernmentProgram::readDocx(good.left(n), u"x.docx"_s);
    for (int i = 30; i < good.size(); i += 53) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x5A);
        (void)GovernmentProgram::readDocx(bad, u"x.docx"_s);
    }
    SUCCEED();
}
