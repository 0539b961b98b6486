// planea-cli import-catalog: DNP's MGA catalog from a CSV and from an .xlsx workbook (header on
// row 3, codes typed as numbers), its summary and JSON, and bad files that leave the data folder
// untouched.
#include "SamplePlans.h"
#include "TempDir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

QString xlsx(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/"_s + name;
}

QString csv(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/catalog/"_s + name;
}

/// Every file under the data folder with its bytes: "unchanged" means this is equal.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, test::readBytes(path));
    }
    return files;
}

QJsonObject json(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST(ImportCatalog, FromCsvThenStats)
{
    test::TempDir dir;
    const auto r = test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, csv(u"mga_v1.csv"_s) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Versión del catálogo importada: MGA "_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"(desde mga_v1.csv)"_s));
    EXPECT_TRUE(r.out.contains(u"Versión anterior: Planea base 2026.2"_s));
    EXPECT_TRUE(r.out.contains(u"Filas: 6; productos: 6; indicadores de producto: 6"_s)) << r.out.toStdString();

    const auto stats = test::runCli({ u"--data-dir"_s, dir.root(), u"catalog"_s, u"stats"_s, u"--json"_s });
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_EQ(json(stats).value(u"productos"_s).toInt(), 6);
    EXPECT_EQ(json(stats).value(u"indicadores_producto"_s).toInt(), 6);
    EXPECT_TRUE(json(stats).value(u"version"_s).toString().startsWith(u"MGA "_s));
}

TEST(ImportCatalog, FromXlsxWithTitleRowsAndNumericCodes)
{
    test::TempDir dir;
    const auto r
        = test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, xlsx(u"catalog.xlsx"_s), u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"archivo"_s).toString(), u"catalog.xlsx"_s);
    EXPECT_EQ(o.value(u"version_anterior"_s).toString(), u"Planea base 2026.2"_s);
    EXPECT_FALSE(o.value(u"sin_cambios"_s).toBool());
    EXPECT_EQ(o.value(u"filas"_s).toInt(), 6);
    EXPECT_EQ(o.value(u"productos"_s).toInt(), 6);
    EXPECT_EQ(o.value(u"indicadores_producto"_s).toInt(), 6);
    // Product 3203050 (typed as a number in the workbook, like its program 3203 and sector 32) is
    // one the base catalog lacks: the report lists it as added.
    bool found = false;
    for (const QJsonValue v : o.value(u"agregados"_s).toArray())
        found = found || v.toObject().value(u"codigo"_s).toString() == u"3203050"_s;
    EXPECT_TRUE(found) << r.out.toStdString();

    const auto stats = test::runCli({ u"--data-dir"_s, dir.root(), u"catalog"_s, u"stats"_s, u"--json"_s });
    ASSERT_EQ(stats.exitCode, 0);
    EXPECT_EQ(json(stats).value(u"productos"_s).toInt(), 6);
    EXPECT_EQ(json(stats).value(u"indicadores_producto"_s).toInt(), 6);
    EXPECT_EQ(json(stats).value(u"version"_s).toString(), o.value(u"version"_s).toString());

    const auto search = test::runCli(
        { u"--data-dir"_s, dir.root(), u"catalog"_s, u"search"_s, u"Cámaras de seguridad"_s, u"--json"_s });
    ASSERT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.contains(u"450102800"_s)) << search.out.toStdString();
}

TEST(ImportCatalog, XlsxAndCsvWithTheSameContentAreTheSameVersion)
{
    test::TempDir dir;
    ASSERT_EQ(test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, csv(u"mga_v1.csv"_s) }).exitCode, 0);
    const auto before = snapshot(dir.root());
    const auto r = test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, xlsx(u"catalog.xlsx"_s) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Este catálogo ya es la versión más reciente (MGA "_s)) << r.out.toStdString();
    EXPECT_EQ(snapshot(dir.root()), before);
}

TEST(ImportCatalog, SecondVersionReportsChanges)
{
    test::TempDir dir;
    ASSERT_EQ(test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, xlsx(u"catalog.xlsx"_s) }).exitCode, 0);
    const auto r
        = test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, csv(u"mga_v2.csv"_s), u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(o.value(u"version_anterior"_s).toString().startsWith(u"MGA "_s));
    EXPECT_FALSE(o.value(u"agregados"_s).toArray().isEmpty() && o.value(u"renombrados"_s).toArray().isEmpty()
                 && o.value(u"desactivados"_s).toArray().isEmpty());
}

struct BadImport
{
    const char16_t *file;
    const char16_t *message;
    const char16_t *sheet;
};

class ImportCatalogRejects : public ::testing::TestWithParam<BadImport>
{
};

TEST_P(ImportCatalogRejects, ExitTwoAndDataFolderUnchanged)
{
    test::TempDir dir;
    ASSERT_EQ(test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, csv(u"mga_v1.csv"_s) }).exitCode, 0);
    const auto before = snapshot(dir.root());
    QStringList args { u"--data-dir"_s, dir.root(), u"import-catalog"_s, xlsx(QString::fromUtf16(GetParam().file)) };
    if (GetParam().sheet)
        args << u"--sheet"_s << QString::fromUtf16(GetParam().sheet);
    const auto r = test::runCli(args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QString::fromUtf16(GetParam().message))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(snapshot(dir.root()), before);
}

INSTANTIATE_TEST_SUITE_P(
    Files, ImportCatalogRejects,
    ::testing::Values(
        BadImport { u"catalog_bad_row.xlsx",
                    u"«catalog_bad_row.xlsx, hoja Catálogo MGA», fila 7, columna «producto activo»: «Quizás» no es un "
                    u"valor válido: escriba «Sí» o «No».",
                    nullptr },
        BadImport { u"basic.xlsx",
                    u"«basic.xlsx» no es un catálogo MGA: ninguna hoja tiene las columnas del catálogo (sector, "
                    u"programa, producto,",
                    nullptr },
        BadImport { u"catalog.xlsx",
                    u"«catalog.xlsx» no es un catálogo MGA: ninguna hoja tiene las columnas del catálogo", u"Notas" },
        BadImport { u"catalog.xlsx", u"«catalog.xlsx» no tiene la hoja «Hoja9». Sus hojas son: Notas, Catálogo MGA.",
                    u"Hoja9" },
        BadImport { u"not_zip.xlsx",
                    u"«not_zip.xlsx» no es un libro de Excel (.xlsx): no es un archivo zip o está dañado.", nullptr },
        BadImport { u"truncated.xlsx",
                    u"«truncated.xlsx» no es un libro de Excel (.xlsx): no es un archivo zip o está dañado.", nullptr },
        BadImport { u"malformed.xlsx",
                    u"«malformed.xlsx», parte xl/worksheets/sheet1.xml, línea 2: el XML está mal "
                    u"formado",
                    nullptr }));

TEST(ImportCatalog, ChoosingTheSheet)
{
    test::TempDir dir;
    const auto r = test::runCli(
        { u"--data-dir"_s, dir.root(), u"import-catalog"_s, xlsx(u"catalog.xlsx"_s), u"--sheet"_s, u"Catálogo MGA"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Filas: 6; productos: 6; indicadores de producto: 6"_s));
}

TEST(ImportCatalog, HelpListsTheCommand)
{
    const auto r = test::runCli({ u"--help"_s });
    EXPECT_TRUE(r.out.contains(u"import-catalog ARCHIVO [--sheet HOJA] [--json]"_s)) << r.out.toStdString();
}

TEST(ImportCatalog, APartialCatalogSummarisesTheDeactivatedBaseItems)
{
    test::TempDir dir;
    const auto r = test::runCli({ u"--data-dir"_s, dir.root(), u"import-catalog"_s, csv(u"mga_v1.csv"_s) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Thousands of base items are not in the 6-row file: counts per kind, 20 of them, then the rest counted.
    const QStringList removed = r.out.split(u'\n').filter(QRegularExpression(u"^  - "_s));
    EXPECT_EQ(removed.size(), 1 + 20 + 1) << r.out.toStdString();
    EXPECT_TRUE(removed.first().contains(u"Producto: "_s)) << removed.first().toStdString();
    EXPECT_TRUE(removed.last().contains(u" más (--json los lista todos)."_s)) << removed.last().toStdString();

    // --json still lists every one, and the text's counts add up to it.
    test::TempDir dir2;
    const auto j
        = test::runCli({ u"--data-dir"_s, dir2.root(), u"import-catalog"_s, csv(u"mga_v1.csv"_s), u"--json"_s });
    ASSERT_EQ(j.exitCode, 0) << j.err.toStdString();
    const qsizetype all = json(j).value(u"desactivados"_s).toArray().size();
    EXPECT_GT(all, 4000);
    EXPECT_TRUE(removed.last().contains(u"… y %1 más"_s.arg(all - 20))) << removed.last().toStdString();
}
