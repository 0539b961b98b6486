#include "util/CsvReader.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using planea::CsvReader;
using planea::CsvTable;

namespace {

CsvTable parseOk(const QByteArray &data, std::optional<QChar> sep = {})
{
    auto result = CsvReader::parse(data, u"prueba.csv"_s, sep);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? result.value() : CsvTable();
}

QString parseError(const QByteArray &data, std::optional<QChar> sep = {})
{
    auto result = CsvReader::parse(data, u"prueba.csv"_s, sep);
    EXPECT_FALSE(result.ok());
    if (result.ok())
        return {};
    EXPECT_EQ(result.error().kind, planea::Error::Kind::BadInput);
    return result.error().message;
}

} // namespace

TEST(CsvReader, ReadsHeaderAndRowsWithLineNumbers)
{
    const CsvTable t = parseOk("a,b,c\n1,2,3\n4,5,6\n");
    EXPECT_EQ(t.separator, u',');
    EXPECT_EQ(t.header, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[1], (QStringList { u"4"_s, u"5"_s, u"6"_s }));
    EXPECT_EQ(t.headerLine, 1);
    EXPECT_EQ(t.lineNumbers, (QList<int> { 2, 3 }));
}

TEST(CsvReader, QuotedFieldsWithSeparatorsDoubledQuotesAndNewlines)
{
    const CsvTable t
        = parseOk("nombre;nota\r\n\"Bogotá; D.C.\";\"dijo \"\"sí\"\"\"\r\n\"dos\r\nlíneas\";x\r\nfin;y\r\n");
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[0], (QStringList { u"Bogotá; D.C."_s, u"dijo \"sí\""_s }));
    EXPECT_EQ(t.rows[1][0], u"dos\r\nlíneas"_s);
    // The row after a two-line field starts on line 5.
    EXPECT_EQ(t.lineNumbers, (QList<int> { 2, 3, 5 }));
}

TEST(CsvReader, SkipsByteOrderMarkAndHandlesCrlfLfAndNoFinalNewline)
{
    const CsvTable t = parseOk("\xEF\xBB\xBF"
                               "código;nombre\r\n1;uno\n2;dos");
    EXPECT_EQ(t.header.first(), u"código"_s);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[1], (QStringList { u"2"_s, u"dos"_s }));
}

TEST(CsvReader, DetectsTheSeparatorFromTheHeaderLine)
{
    EXPECT_EQ(parseOk("a;b;c\n1,5;2;3\n").separator, u';');
    EXPECT_EQ(parseOk("a\tb\n1,5\t2\n").separator, u'\t');
    EXPECT_EQ(parseOk("a,b\n1;2,3\n").separator, u',');
    // Separators inside quotes in the header do not count.
    EXPECT_EQ(parseOk("\"a;b;c\",d\n1,2\n").separator, u',');
    // A one-column file is read whole.
    EXPECT_EQ(parseOk("solo\nuno\n").rows.first(), QStringList { u"uno"_s });
}

TEST(CsvReader, UsesTheGivenSeparator)
{
    const CsvTable t = parseOk("a;b,c\n1;2,3\n", QChar(u','));
    EXPECT_EQ(t.header, (QStringList { u"a;b"_s, u"c"_s }));
}

TEST(CsvReader, KeepsEmptyFieldsAndSkipsBlankLines)
{
    const CsvTable t = parseOk("a,b,c\n\n,,\n\"\",x,\n\n");
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], (QStringList { QString(), QString(), QString() }));
    EXPECT_EQ(t.rows[1], (QStringList { QString(), u"x"_s, QString() }));
    EXPECT_EQ(t.lineNumbers, (QList<int> { 3, 4 }));
}

TEST(CsvReader, KeepsAStrayQuoteInsideAnUnquotedField)
{
    const CsvTable t = parseOk("a,b\npulgadas 5\",2\n");
    EXPECT_EQ(t.rows[0][0], u"pulgadas 5\""_s);
}

TEST(CsvReader, ReportsAnUnterminatedQuoteWithItsLine)
{
    EXPECT_EQ(parseError("a,b\n1,2\n3,\"sin cerrar\n4,5\n"),
              u"«prueba.csv», línea 3: un campo entre comillas nunca se cierra (falta la comilla de cierre)."_s);
}

TEST(CsvReader, ReportsTextAfterAClosingQuote)
{
    EXPECT_EQ(parseError("a,b\n\"uno\"dos,3\n"),
              u"«prueba.csv», línea 2: hay texto inesperado después de una comilla de cierre. Una comilla dentro "
              u"de un campo entre comillas debe ir doble (\"\")."_s);
}

TEST(CsvReader, RejectsBinaryAndInvalidUtf8)
{
    EXPECT_EQ(parseError(QByteArray("PK\x03\x04\x00\x00zip", 9)),
              u"«prueba.csv» no es un archivo de texto (CSV): contiene datos binarios (línea 1)."_s);
    EXPECT_EQ(parseError("a,b\nLatin-1 \xE9t\xE9,2\n"),
              u"«prueba.csv», línea 2: el texto no está en UTF-8. Guarde el archivo como «CSV UTF-8» e impórtelo de "
              u"nuevo."_s);
    // Overlong encodings and lone surrogates are not UTF-8 either.
    parseError("a\n\xC0\xAF\n");
    parseError("a\n\xED\xA0\x80\n");
    parseError("a\n\xE2\x82\n");
}

TEST(CsvReader, RejectsAnEmptyFile)
{
    EXPECT_EQ(parseError(""), u"«prueba.csv» está vacío: no tiene fila de encabezado."_s);
    EXPECT_EQ(parseError("\xEF\xBB\xBF\r\n\n"), u"«prueba.csv» está vacío: no tiene fila de encabezado."_s);
}

TEST(CsvReader, FieldCountCheckNamesTheLine)
{
    const CsvTable t = parseOk("a,b,c\n1,2,3\n\"x\ny\",2\n");
    const planea::Status status = CsvReader::checkFieldCounts(t, u"prueba.csv"_s);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message,
              u"«prueba.csv», línea 3: se esperaban 3 campos (como en el encabezado) y hay 2."_s);
    EXPECT_TRUE(CsvReader::checkFieldCounts(parseOk("a,b\n1,2\n"), u"x"_s).ok());
}

TEST(CsvReader, ReadFileReportsAMissingFile)
{
    auto result = CsvReader::readFile(u"/nonexistent/planea/nada.csv"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, planea::Error::Kind::Io);
    EXPECT_TRUE(result.error().message.contains(u"nada.csv"_s));
}

TEST(CsvReader, NeverCrashesOnArbitraryBytes)
{
    // A cheap in-test fuzz: every prefix of a tricky input parses or fails cleanly.
    const QByteArray tricky = "\xEF\xBB\xBF\"a;\"\"b\";c\r\n\"x\ny\";\"\";z\r\n;;\n\"open";
    for (qsizetype n = 0; n <= tricky.size(); ++n)
        (void)CsvReader::parse(tricky.left(n), u"f"_s);
}
