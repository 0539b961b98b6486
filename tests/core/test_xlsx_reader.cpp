// The .xlsx reader over hand-built workbooks (tests/data/xlsx/make_samples.py) and workbooks
// generated here: every cell type, dates, merged areas, several sheets, sparse,
// wide and long sheets, and each kind of damaged or hostile file.
#include "TempDir.h"
#include "xlsx/XlsxReader.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <ctime>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/"_s + name;
}

XlsxWorkbook readOrFail(const QString &name, const XlsxReadOptions &options = {})
{
    auto workbook = XlsxReader::read(sample(name), options);
    if (!workbook) {
        ADD_FAILURE() << workbook.error().message.toStdString();
        return {};
    }
    return *workbook;
}

void expectCell(const XlsxSheet &sheet, const QString &reference, XlsxCellType type, const QVariant &value)
{
    int row = 0, column = 0;
    ASSERT_TRUE(parseCellReference(reference, &row, &column)) << reference.toStdString();
    const XlsxCell cell = sheet.cell(row, column);
    EXPECT_EQ(int(cell.type), int(type)) << reference.toStdString();
    EXPECT_EQ(cell.value, value) << reference.toStdString() << ": " << cell.text().toStdString();
}

} // namespace

TEST(XlsxReader, CellReferences)
{
    int row = -1, column = -1;
    ASSERT_TRUE(parseCellReference(u"A1", &row, &column));
    EXPECT_EQ(row, 0);
    EXPECT_EQ(column, 0);
    ASSERT_TRUE(parseCellReference(u"AB12", &row, &column));
    EXPECT_EQ(row, 11);
    EXPECT_EQ(column, 27); // A=0 ... Z=25, AA=26, AB=27
    ASSERT_TRUE(parseCellReference(u"$C$3", &row, &column));
    EXPECT_EQ(column, 2);
    ASSERT_TRUE(parseCellReference(u"XFD1048576", &row, &column)); // Excel's last cell
    EXPECT_EQ(row, 1048575);
    EXPECT_EQ(column, 16383);
    for (const QString &bad :
         { u"XFE1"_s, u"A0"_s, u"1A"_s, u"A1048577"_s, u""_s, u"A"_s, u"AAAAA1"_s, u"A1B"_s, u"A-1"_s, u"Ñ1"_s }) {
        EXPECT_FALSE(parseCellReference(bad, &row, &column)) << bad.toStdString();
    }
    EXPECT_EQ(columnName(0), u"A"_s);
    EXPECT_EQ(columnName(25), u"Z"_s);
    EXPECT_EQ(columnName(27), u"AB"_s);
    EXPECT_EQ(columnName(16383), u"XFD"_s);
    EXPECT_EQ(cellName(6, 1), u"B7"_s);
}

TEST(XlsxReader, EveryCellTypeOfTheSampleWorkbook)
{
    const XlsxWorkbook book = readOrFail(u"basic.xlsx"_s);
    EXPECT_EQ(book.fileName(), u"basic.xlsx"_s);
    ASSERT_EQ(book.sheetNames(), (QStringList { u"Datos"_s, u"Segunda"_s, u"Vacía"_s }));
    const XlsxSheet *datos = book.sheet(u"Datos"_s);
    ASSERT_TRUE(datos);
    expectCell(*datos, u"A1"_s, XlsxCellType::String, u"Indicadores 2028–2031"_s);
    expectCell(*datos, u"B1"_s, XlsxCellType::Empty, {}); // styled but empty
    expectCell(*datos, u"A2"_s, XlsxCellType::String, u"Código"_s);
    expectCell(*datos, u"C2"_s, XlsxCellType::String, u"Meta cuatrienio"_s);
    expectCell(*datos, u"A3"_s, XlsxCellType::Number, 2201021.0);
    EXPECT_EQ(datos->cell(2, 0).text(), u"2201021"_s); // a code typed as a number keeps no ".0"
    expectCell(*datos, u"B3"_s, XlsxCellType::String, u"Educación de calidad"_s); // rich runs, no phonetic guide
    expectCell(*datos, u"C3"_s, XlsxCellType::Number, 12.5);
    expectCell(*datos, u"A4"_s, XlsxCellType::String, u"Ñandú «inline»"_s);
    expectCell(*datos, u"B4"_s, XlsxCellType::Boolean, true);
    expectCell(*datos, u"C4"_s, XlsxCellType::Boolean, false);
    expectCell(*datos, u"A5"_s, XlsxCellType::Error, u"#DIV/0!"_s);
    expectCell(*datos, u"B5"_s, XlsxCellType::String, u"Códigox"_s); // cached formula result
    expectCell(*datos, u"C5"_s, XlsxCellType::Number, -325.0);
    // Dates: 46023 with built-in format 14 is 2026-01-01; 45352.75 with "dd/mm/yyyy" is 2024-03-01 18:00.
    expectCell(*datos, u"A6"_s, XlsxCellType::Date, QDate(2026, 1, 1));
    expectCell(*datos, u"B6"_s, XlsxCellType::Date, QDateTime(QDate(2024, 3, 1), QTime(18, 0)));
    expectCell(*datos, u"C6"_s, XlsxCellType::Number, 0.5); // "hh:mm" is a time, not a date
    // Excel's phantom 1900-02-29 is serial 60: 59 is 28 February, 61 is 1 March, 60 stays a number.
    expectCell(*datos, u"D6"_s, XlsxCellType::Date, QDate(1900, 3, 1));
    expectCell(*datos, u"E6"_s, XlsxCellType::Date, QDate(1900, 2, 28));
    expectCell(*datos, u"F6"_s, XlsxCellType::Number, 60.0);
    expectCell(*datos, u"G6"_s, XlsxCellType::Number, 7.5); // "[Red]0.00": the d of Red is no day
    EXPECT_EQ(datos->cell(5, 0).text(), u"2026-01-01"_s);

    // Sparse: rows 7 and 8 are absent, row 9 has only E9, row 10 only AB10.
    EXPECT_EQ(datos->rowCount(), 10);
    EXPECT_EQ(datos->columnCount(), 28);
    EXPECT_TRUE(datos->rows().at(6).isEmpty());
    EXPECT_TRUE(datos->rows().at(7).isEmpty());
    EXPECT_EQ(datos->rows().at(8).size(), 5);
    expectCell(*datos, u"E9"_s, XlsxCellType::String, u"  con espacios  "_s);
    expectCell(*datos, u"D9"_s, XlsxCellType::Empty, {});
    expectCell(*datos, u"AB10"_s, XlsxCellType::String, u"rico inline"_s);
    EXPECT_TRUE(datos->cell(500, 500).isEmpty());
    EXPECT_EQ(datos->rowTexts(8, 6),
              (QStringList { QString(), QString(), QString(), QString(), u"  con espacios  "_s, QString() }));

    ASSERT_EQ(datos->mergedRanges().size(), 2);
    EXPECT_EQ(datos->mergedRanges().at(0), (XlsxRange { 0, 0, 0, 2 }));
    EXPECT_EQ(datos->mergedRanges().at(1), (XlsxRange { 6, 0, 7, 1 }));

    const XlsxSheet *segunda = book.sheet(u"Segunda"_s);
    ASSERT_TRUE(segunda);
    expectCell(*segunda, u"A1"_s, XlsxCellType::String, u"Hoja dos"_s);
    expectCell(*segunda, u"B2"_s, XlsxCellType::Number, 2.0);
    ASSERT_TRUE(book.sheet(u"Vacía"_s));
    EXPECT_EQ(book.sheet(u"Vacía"_s)->rowCount(), 0);
    EXPECT_EQ(book.sheet(u"vacía"_s), nullptr);
}

TEST(XlsxReader, MergedHeaderFilledOnRequest)
{
    XlsxReadOptions options;
    options.fillMergedCells = true;
    options.onlySheets = { u"Datos"_s };
    const XlsxWorkbook book = readOrFail(u"basic.xlsx"_s, options);
    ASSERT_EQ(book.sheetNames(), QStringList { u"Datos"_s });
    const XlsxSheet &datos = book.sheets().first();
    expectCell(datos, u"B1"_s, XlsxCellType::String, u"Indicadores 2028–2031"_s);
    expectCell(datos, u"C1"_s, XlsxCellType::String, u"Indicadores 2028–2031"_s);
    expectCell(datos, u"D1"_s, XlsxCellType::Empty, {});
    expectCell(datos, u"B7"_s, XlsxCellType::Empty, {}); // A7:B8 has no value to spread
}

TEST(XlsxReader, Dates1904System)
{
    const XlsxWorkbook book = readOrFail(u"date1904.xlsx"_s);
    ASSERT_EQ(book.sheets().size(), 1);
    expectCell(book.sheets().first(), u"A1"_s, XlsxCellType::Date, QDate(1904, 1, 1));
    expectCell(book.sheets().first(), u"B1"_s, XlsxCellType::Date, QDate(2026, 1, 1)); // 1,462 days fewer than 1900
}

TEST(XlsxReader, ReadsFromMemory)
{
    QFile file(sample(u"basic.xlsx"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto book = XlsxReader::readBytes(file.readAll(), u"adjunto.xlsx"_s);
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    EXPECT_EQ(book->sheets().size(), 3);
    EXPECT_EQ(book->sheet(u"Datos"_s)->cell(2, 1).text(), u"Educación de calidad"_s);
}

struct BadWorkbook
{
    const char16_t *file;
    const char16_t *message;
};

class XlsxReaderRejects : public ::testing::TestWithParam<BadWorkbook>
{
};

TEST_P(XlsxReaderRejects, WithASpanishMessageNamingWhere)
{
    auto book = XlsxReader::read(sample(QString::fromUtf16(GetParam().file)));
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(book.error().message.startsWith(QString::fromUtf16(GetParam().message)))
        << book.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Files, XlsxReaderRejects,
    ::testing::Values(
        BadWorkbook { u"not_zip.xlsx",
                      u"«not_zip.xlsx» no es un libro de Excel (.xlsx): no es un archivo zip o está dañado." },
        BadWorkbook { u"truncated.xlsx",
                      u"«truncated.xlsx» no es un libro de Excel (.xlsx): no es un archivo zip o está dañado." },
        BadWorkbook { u"encrypted.xlsx",
                      u"«encrypted.xlsx» está protegido con contraseña o es un libro de Excel antiguo (.xls): "
                      u"ábralo en Excel y guárdelo como .xlsx sin contraseña." },
        BadWorkbook { u"no_workbook.xlsx",
                      u"«no_workbook.xlsx» es un archivo zip pero no un libro de Excel (.xlsx): no tiene la parte "
                      u"xl/workbook.xml." },
        BadWorkbook { u"missing_shared.xlsx",
                      u"«missing_shared.xlsx», hoja «Hoja1», celda A1: el texto compartido «0» no existe (el libro "
                      u"tiene 0)." },
        BadWorkbook { u"malformed.xlsx",
                      u"«malformed.xlsx», parte xl/worksheets/sheet1.xml, línea 2: el XML está mal "
                      u"formado (" },
        BadWorkbook { u"bad_reference.xlsx",
                      u"«bad_reference.xlsx», hoja «Hoja1»: la referencia de celda «1A» (línea 2 de "
                      u"xl/worksheets/sheet1.xml) no es válida." },
        BadWorkbook { u"missing_sheet_part.xlsx",
                      u"«missing_sheet_part.xlsx»: la hoja «Perdida» figura en el libro pero falta su parte "
                      u"xl/worksheets/sheet2.xml." },
        BadWorkbook { u"bad_number.xlsx", u"«bad_number.xlsx», hoja «Hoja1», celda C2: «doce» no es un número." }));

TEST(XlsxReader, MissingFileIsAnIoError)
{
    auto book = XlsxReader::read(sample(u"no_such_file.xlsx"_s));
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().kind, Error::Kind::Io);
    EXPECT_TRUE(book.error().message.startsWith(u"«no_such_file.xlsx» no se puede abrir: "_s))
        << book.error().message.toStdString();
}

TEST(XlsxReader, OversizedPartsAreRefused)
{
    XlsxReadOptions options;
    options.maxPartBytes = 1024 * 1024; // big_part.xlsx has a 2 MB sheet that compresses to 4 KB
    auto book = XlsxReader::read(sample(u"big_part.xlsx"_s), options);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message,
              u"«big_part.xlsx»: la parte xl/worksheets/sheet1.xml es demasiado grande (2 MB "
              u"sin comprimir; el límite es 1 MB)."_s);

    XlsxReadOptions total;
    total.maxTotalBytes = 1024 * 1024;
    book = XlsxReader::read(sample(u"big_part.xlsx"_s), total);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message,
              u"«big_part.xlsx» es demasiado grande: sus partes suman más de 1 MB sin comprimir."_s);

    EXPECT_TRUE(XlsxReader::read(sample(u"big_part.xlsx"_s)).ok()); // the default limits let it through
}

TEST(XlsxReader, CellsFarAwayAreBounded)
{
    XlsxReadOptions options;
    options.maxCells = 100'000; // far_cells.xlsx needs 16,384 slots per row on 1,000 rows
    auto book = XlsxReader::read(sample(u"far_cells.xlsx"_s), options);
    ASSERT_FALSE(book.ok());
    EXPECT_EQ(book.error().message,
              u"«far_cells.xlsx», hoja «Hoja1»: el libro es demasiado grande: tiene más de 100.000 celdas."_s);
}

TEST(XlsxReader, DamagedBytesNeverCrash)
{
    QFile file(sample(u"basic.xlsx"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    int refused = 0;
    // Deterministic damage: overwrite one byte at 400 positions across the whole file, and cut it at 50 lengths.
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = original;
        const qsizetype at = (qsizetype(i) * 7919) % bytes.size();
        bytes[at] = char(bytes[at] ^ (1 + i % 254));
        auto book = XlsxReader::readBytes(bytes, u"dañado.xlsx"_s);
        if (!book) {
            ++refused;
            EXPECT_TRUE(book.error().message.contains(u"«dañado.xlsx»"_s)) << book.error().message.toStdString();
        }
    }
    for (int i = 0; i < 50; ++i) {
        auto book = XlsxReader::readBytes(original.left(original.size() * i / 50), u"cortado.xlsx"_s);
        EXPECT_FALSE(book.ok());
    }
    EXPECT_GT(refused, 100);
}

namespace {

void addPart(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile part(&zip);
    ASSERT_TRUE(part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
    ASSERT_EQ(part.write(data), data.size());
    part.close();
}

/// Writes a minimal workbook: `rows` × `columns`, text in column A ("Fila n", as shared strings
/// or inline strings), numbers r * 1000 + c elsewhere. Written with QuaZip rather than
/// libxlsxwriter: the two export the same minizip symbols and cannot share a process.
void writeGenerated(const QString &path, int rows, int columns, bool inlineStrings)
{
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdCreate));
    addPart(zip, u"[Content_Types].xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/xl/workbook.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            "</Types>");
    addPart(zip, u"_rels/.rels"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>");
    addPart(zip, u"xl/workbook.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets><sheet name=\"Generada\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/>";
    if (!inlineStrings) {
        rels += "<Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
    }
    rels += "</Relationships>";
    addPart(zip, u"xl/_rels/workbook.xml.rels"_s, rels);

    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    QByteArray strings;
    for (int r = 0; r < rows; ++r) {
        const QByteArray row = QByteArray::number(r + 1);
        sheet += "<row r=\"" + row + "\">";
        const QByteArray text = "Fila " + row;
        if (inlineStrings) {
            sheet += "<c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        } else {
            sheet += "<c r=\"A" + row + "\" t=\"s\"><v>" + QByteArray::number(r) + "</v></c>";
            strings += "<si><t>" + text + "</t></si>";
        }
        for (int c = 1; c < columns; ++c) {
            sheet += "<c r=\"" + columnName(c).toLatin1() + row + "\"><v>" + QByteArray::number(qint64(r) * 1000 + c)
                + "</v></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    addPart(zip, u"xl/worksheets/sheet1.xml"_s, sheet);
    if (!inlineStrings) {
        addPart(zip, u"xl/sharedStrings.xml"_s,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                    + QByteArray::number(rows) + "\" uniqueCount=\"" + QByteArray::number(rows) + "\">" + strings
                    + "</sst>");
    }
    zip.close();
    ASSERT_EQ(zip.getZipError(), 0);
}

} // namespace

TEST(XlsxReader, WideSheetOf300Columns)
{
    test::TempDir dir;
    const QString path = dir.path(u"ancha.xlsx"_s);
    writeGenerated(path, 5, 300, false); // shared strings
    auto book = XlsxReader::read(path);
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    const XlsxSheet &sheet = book->sheets().first();
    EXPECT_EQ(sheet.rowCount(), 5);
    EXPECT_EQ(sheet.columnCount(), 300);
    EXPECT_EQ(sheet.cell(4, 0).value, QVariant(u"Fila 5"_s));
    EXPECT_EQ(sheet.cell(4, 299).value.toDouble(), 4299.0); // column KN
    EXPECT_EQ(columnName(299), u"KN"_s);
}

TEST(XlsxReader, LongSheetOf20000RowsIsReadQuickly)
{
    test::TempDir dir;
    const QString path = dir.path(u"larga.xlsx"_s);
    writeGenerated(path, 20000, 30, true); // inline strings
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    auto book = XlsxReader::read(path);
    const qint64 ms = timer.elapsed();
    const long cpuMs = long((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    ::testing::Test::RecordProperty("read_20000x30_ms", int(ms));
    std::printf("[ medida ] 20.000 filas × 30 columnas leídas en %lld ms (CPU %ld ms)\n", static_cast<long long>(ms),
                cpuMs);
    const XlsxSheet &sheet = book->sheets().first();
    ASSERT_EQ(sheet.rowCount(), 20000);
    EXPECT_EQ(sheet.columnCount(), 30);
    EXPECT_EQ(sheet.cell(19999, 0).text(), u"Fila 20000"_s);
    EXPECT_EQ(sheet.cell(19999, 29).value.toDouble(), 19999029.0);
    EXPECT_EQ(sheet.cell(12345, 7).text(), u"12345007"_s);
}

namespace {

/// Peak resident memory of this process in MB (Linux), 0 elsewhere.
long peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return 0;
}

} // namespace

// A measurement, not a check run on every build (it writes a 30 MB workbook): run it with
// --gtest_also_run_disabled_tests --gtest_filter='*Huge*'.
TEST(XlsxReader, DISABLED_HugeSheet50000x100)
{
    test::TempDir dir;
    const QString path = dir.path(u"enorme.xlsx"_s);
    writeGenerated(path, 50000, 100, true);
    const long before = peakRssMb();
    QElapsedTimer timer;
    timer.start();
    auto book = XlsxReader::read(path);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    EXPECT_EQ(book->sheets().first().rowCount(), 50000);
    EXPECT_EQ(book->sheets().first().columnCount(), 100);
    std::printf("[ medida ] 50.000 × 100: %lld ms, memoria máxima %ld MB (antes de leer: %ld MB)\n",
                static_cast<long long>(ms), peakRssMb(), before);
}
