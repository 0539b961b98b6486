// planea-cli, driven as a real process: every command, its JSON, its exit codes, and bad input
// (each bad input: exit 2, a Spanish message, the file unchanged).
#include "CliTest.h"
#include "PlaneaVersion.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "calc/Efficacy.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::CliResult;
using planea::test::TempDir;

namespace {

using Cli = test::CliTest;

} // namespace

TEST_F(Cli, VersionAndSpanishHelp)
{
    const CliResult version = cli({ u"--version"_s });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), u"planea-cli "_s + QStringLiteral(PLANEA_VERSION_STRING));
    const CliResult help = cli({ u"--help"_s });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"Uso: planea-cli"_s)) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(u"Códigos de salida"_s));
    for (const QString &command : { u"demo"_s, u"info"_s, u"validate"_s, u"catalog search"_s, u"catalog stats"_s,
                                    u"check"_s, u"generate"_s, u"export"_s, u"efficacy"_s })
        EXPECT_TRUE(help.out.contains(u"  "_s + command + u" "_s)) << command.toStdString();
    const CliResult commandHelp = cli({ u"export"_s, u"--help"_s });
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains(u"--doc DOCUMENTO --format FORMATO -o SALIDA"_s))
        << commandHelp.out.toStdString();
    EXPECT_TRUE(commandHelp.out.contains(u"--all -o CARPETA"_s)) << commandHelp.out.toStdString();
}

TEST_F(Cli, WrongArgumentsExitTwoInSpanish)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    expectRefused({ u"publicar"_s }, u"Comando desconocido: «publicar»"_s);
    expectRefused({ u"--verbose"_s }, u"Opción desconocida"_s);
    expectRefused({ u"info"_s, demoPath(), u"--xml"_s }, u"Opción desconocida «--xml»"_s);
    expectRefused({ u"info"_s }, u"Argumentos incorrectos"_s);
    expectRefused({ u"catalog"_s }, u"planea-cli catalog search TEXTO"_s);
    expectRefused({ u"catalog"_s, u"borrar"_s }, u"planea-cli catalog stats"_s);
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s }, u"necesita un valor"_s);
}

TEST_F(Cli, DemoIsWrittenAndMarkedEverywhere)
{
    const QString path = m_dir.path(u"d.planea"_s);
    const CliResult r = cli({ u"demo"_s, path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"PLAN DE DEMOSTRACIÓN"_s));
    for (const QString &command : { u"info"_s, u"validate"_s, u"check"_s }) {
        const CliResult text = cli({ command, path });
        EXPECT_TRUE(text.out.startsWith(u"PLAN DE DEMOSTRACIÓN"_s)) << command.toStdString();
    }
    EXPECT_TRUE(json(cli({ u"info"_s, path, u"--json"_s }))[u"demo"_s].toBool());
    EXPECT_TRUE(json(cli({ u"validate"_s, path, u"--json"_s }))[u"demo"_s].toBool());

    // Not overwritten without --force; replaced with it.
    expectRefused({ u"demo"_s, path }, u"ya existe"_s, path);
    EXPECT_EQ(cli({ u"demo"_s, path, u"--force"_s }).exitCode, 0);
    expectRefused({ u"demo"_s, m_dir.path(u"no-existe/d.planea"_s) }, u"no existe"_s);
    expectRefused({ u"generate"_s, m_dir.path(u"no-existe/g.planea"_s), u"--products"_s, u"3"_s }, u"no existe"_s);
}

TEST_F(Cli, InfoJsonHasTheStableShape)
{
    const CliResult r = cli({ u"info"_s, demoPath(), u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonObject entity = o[u"entidad"_s].toObject();
    EXPECT_EQ(entity[u"codigo_dane"_s].toString(), u"63111"_s);
    EXPECT_EQ(entity[u"nombre"_s].toString(), u"Buenavista"_s);
    EXPECT_EQ(entity[u"departamento"_s].toString(), u"Quindío"_s);
    EXPECT_EQ(entity[u"categoria"_s].toString(), u"6"_s);
    EXPECT_EQ(o[u"periodo"_s].toObject()[u"inicio"_s].toInt(), 2028);
    EXPECT_EQ(o[u"periodo"_s].toObject()[u"fin"_s].toInt(), 2031);
    EXPECT_EQ(o[u"estado"_s].toString(), u"EN_EJECUCION"_s);
    const QJsonObject counts = o[u"conteos"_s].toObject();
    EXPECT_EQ(counts[u"lineas"_s].toInt(), 5);
    EXPECT_EQ(counts[u"indicadores_bienestar"_s].toInt(), 20);
    EXPECT_EQ(counts[u"programas"_s].toInt(), 14);
    EXPECT_EQ(counts[u"productos"_s].toInt(), 42);
    EXPECT_EQ(counts[u"indicadores_producto"_s].toInt(), 42);
    EXPECT_EQ(counts[u"fuentes"_s].toInt(), 13);
    EXPECT_EQ(o[u"costo_total"_s].toInteger(), 29'230'000'000LL);
    EXPECT_FALSE(r.out.contains(u"29230000000.0"_s)); // an integer, not a decimal
    EXPECT_EQ(o[u"version_esquema"_s].toInt(), schema::CurrentVersion);
    EXPECT_FALSE(o[u"version_catalogo"_s].toString().isEmpty());
    EXPECT_TRUE(o[u"huella"_s].isNull());
}

TEST_F(Cli, ValidateListsFindingsAndExitsOneOnError)
{
    const CliResult ok = cli({ u"validate"_s, demoPath(), u"--json"_s });
    EXPECT_EQ(ok.exitCode, 0) << ok.out.toStdString();
    EXPECT_TRUE(json(ok)[u"hallazgos"_s].isArray());

    // A product without indicators is an ERROR.
    const QString path = m_dir.path(u"errores.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store);
        PlanWriter w(*store);
        auto line = w.addLine({ 0, 1, u"Tejido social"_s, {}, 100.0, { u"22"_s } });
        ASSERT_TRUE(line.ok());
        auto program = w.addProgram({ 0, *line, u"2201"_s, u"Educación"_s, {}, false, 100.0, 1 });
        ASSERT_TRUE(program.ok());
        ASSERT_TRUE(w.addProduct({ 0, *program, u"2201051"_s, u"Sedes"_s, false, 0, {}, 1 }).ok());
    }
    const QByteArray before = test::readBytes(path);
    const CliResult bad = cli({ u"validate"_s, path, u"--json"_s });
    EXPECT_EQ(bad.exitCode, 1);
    bool found = false;
    for (const QJsonValue &v : json(bad)[u"hallazgos"_s].toArray()) {
        const QJsonObject f = v.toObject();
        for (const QString &key : { u"severidad"_s, u"modulo"_s, u"ubicacion"_s, u"mensaje"_s })
            EXPECT_TRUE(f.contains(key)) << key.toStdString();
        if (f[u"severidad"_s].toString() == u"ERROR"_s && f[u"mensaje"_s].toString().contains(u"indicador"_s))
            found = true;
    }
    EXPECT_TRUE(found) << bad.out.toStdString();
    const CliResult text = cli({ u"validate"_s, path });
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(u"ERROR | "_s)) << text.out.toStdString();
    EXPECT_EQ(test::readBytes(path), before); // reading never writes
}

TEST_F(Cli, CheckFindsDomainProblemsTheSchemaCannotExpress)
{
    EXPECT_EQ(cli({ u"check"_s, demoPath() }).exitCode, 0);
    const QString path = m_dir.path(u"fuera.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store);
        PlanWriter w(*store);
        auto line = w.addLine({ 0, 1, u"Línea"_s, {}, 100.0, {} });
        auto program = w.addProgram({ 0, *line, u"2201"_s, u"Educación"_s, {}, false, 100.0, 1 });
        auto product = w.addProduct({ 0, *program, u"2201051"_s, u"Sedes"_s, false, 0, {}, 1 });
        ProductIndicator i;
        i.productId = *product;
        i.code = u"220105100"_s;
        i.name = u"Sedes nuevas"_s;
        i.annualTargets = { { 2035, 1.0, false } };
        auto indicator = w.addIndicator(i);
        ASSERT_TRUE(indicator.ok());
        ASSERT_TRUE(w.setProgress({ *indicator, 2040, 0, 1.0, {}, {} }).ok());
        ASSERT_TRUE(w.setInvestment({ *product, 2029, u"RP"_s, -5'000'000 }).ok());
    }
    const CliResult r = cli({ u"check"_s, path });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(u"meta anual para 2035, fuera del periodo 2028–2031"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"avance reportado para 2040"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"negativa"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"Se encontraron 3 problemas"_s)) << r.err.toStdString();
}

TEST_F(Cli, ExportWritesCsvDocumentsAndRefusesTheOthers)
{
    const QString plan = demoPath();
    for (const QString &doc : { u"plan-indicativo"_s, u"ppi"_s }) {
        const QString out = m_dir.path(doc + u".csv"_s);
        const CliResult r = cli({ u"export"_s, plan, u"--doc"_s, doc, u"--format"_s, u"csv"_s, u"-o"_s, out });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QByteArray bytes = test::readBytes(out);
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << doc.toStdString();
        EXPECT_TRUE(bytes.contains(";2402041;")) << doc.toStdString();
    }
    // Sector and source names come from the catalog in the data folder.
    EXPECT_TRUE(test::readBytes(m_dir.path(u"plan-indicativo.csv"_s)).contains(";24;Transporte;2402;"));
    EXPECT_TRUE(test::readBytes(m_dir.path(u"ppi.csv"_s)).contains(";Recursos propios;"));
    const QByteArray indicative = test::readBytes(m_dir.path(u"plan-indicativo.csv"_s));
    EXPECT_EQ(indicative.count("\r\n"), 1 + 42 + 1); // header, one row per indicator, total
    EXPECT_TRUE(indicative.contains(";29230000000;")); // total cost, integer pesos

    const QString out = m_dir.path(u"otro.csv"_s);
    // A format the document does not have is refused with the formats it does have.
    expectRefused({ u"export"_s, plan, u"--doc"_s, u"pdt"_s, u"--format"_s, u"csv"_s, u"-o"_s, out },
                  u"El documento «pdt» no se puede escribir como csv. Sus formatos: odt, pdf."_s, out);
    expectRefused({ u"export"_s, plan, u"--doc"_s, u"ppi"_s, u"--format"_s, u"odt"_s, u"-o"_s, out },
                  u"El documento «ppi» no se puede escribir como odt."_s, out);
    expectRefused({ u"export"_s, plan, u"--doc"_s, u"ppi"_s, u"-o"_s, out }, u"necesita --doc, --format y -o"_s, out);
    expectRefused({ u"export"_s, plan, u"--doc"_s, u"ppi"_s, u"--format"_s, u"csv"_s, u"-o"_s,
                    m_dir.path(u"no-existe/ppi.csv"_s) },
                  u"no existe"_s);
}

TEST_F(Cli, EfficacyJsonByLineAndProgram)
{
    const CliResult r = cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[u"anio"_s].toInt(), 2029);
    const QJsonObject plan = o[u"plan"_s].toObject();
    EXPECT_GT(plan[u"eficacia"_s].toDouble(), 0.0);
    EXPECT_LE(plan[u"eficacia"_s].toDouble(), 100.0);
    EXPECT_FALSE(plan[u"categoria"_s].toString().isEmpty());
    EXPECT_TRUE(plan.contains(u"avance_cuatrienio"_s));
    const QJsonArray lines = o[u"grupos"_s].toArray();
    ASSERT_EQ(lines.size(), 5);
    for (const QString &key :
         { u"codigo"_s, u"nombre"_s, u"eficacia"_s, u"avance_cuatrienio"_s, u"categoria"_s, u"ponderacion"_s })
        EXPECT_TRUE(lines[0].toObject().contains(key)) << key.toStdString();
    EXPECT_EQ(lines[0].toObject()[u"ponderacion"_s].toDouble(), 30.0);
    const CliResult programs
        = cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--by"_s, u"programa"_s, u"--json"_s });
    EXPECT_EQ(json(programs)[u"grupos"_s].toArray().size(), 14);
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s, u"dos mil"_s }, u"--year"_s);
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s, u"2040"_s }, u"fuera del periodo"_s);
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--by"_s, u"comuna"_s }, u"--by debe ser"_s);
    expectRefused({ u"efficacy"_s, m_dir.path(u"no-existe.planea"_s), u"--year"_s, u"2029"_s }, u"no-existe"_s);
}

TEST_F(Cli, CatalogStatsAndSearch)
{
    const CliResult stats = cli({ u"catalog"_s, u"stats"_s, u"--json"_s });
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject s = json(stats);
    for (const QString &key :
         { u"departamentos"_s, u"municipios"_s, u"areas_no_municipalizadas"_s, u"sectores"_s, u"programas"_s,
           u"productos"_s, u"indicadores_producto"_s, u"indicadores_bienestar"_s, u"ods"_s, u"fuentes"_s })
        EXPECT_TRUE(s.contains(key)) << key.toStdString();
    EXPECT_EQ(s[u"municipios"_s].toInt(), 1103);
    EXPECT_EQ(s[u"ods"_s].toInt(), 17);

    const CliResult search
        = cli({ u"catalog"_s, u"search"_s, u"buenavista"_s, u"--kind"_s, u"municipio"_s, u"--json"_s });
    ASSERT_EQ(search.exitCode, 0) << search.err.toStdString();
    bool found = false;
    for (const QJsonValue &v : json(search)[u"resultados"_s].toArray()) {
        const QJsonObject hit = v.toObject();
        EXPECT_EQ(hit[u"tipo"_s].toString(), u"municipio"_s);
        found = found || hit[u"codigo"_s].toString() == u"63111"_s;
    }
    EXPECT_TRUE(found) << search.out.toStdString();
    const CliResult limited = cli({ u"catalog"_s, u"search"_s, u"san"_s, u"--limit"_s, u"3"_s, u"--json"_s });
    EXPECT_LE(json(limited)[u"resultados"_s].toArray().size(), 3);
    expectRefused({ u"catalog"_s, u"search"_s, u"x"_s, u"--kind"_s, u"planeta"_s }, u"Tipo desconocido"_s);
    expectRefused({ u"catalog"_s, u"search"_s, u"x"_s, u"--limit"_s, u"0"_s }, u"--limit"_s);
}

TEST_F(Cli, GenerateWritesTheRequestedSize)
{
    const QString path = m_dir.path(u"g.planea"_s);
    const CliResult r = cli({ u"generate"_s, path, u"--products"_s, u"25"_s, u"--seed"_s, u"3"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(cli({ u"info"_s, path, u"--json"_s }))[u"conteos"_s].toObject()[u"indicadores_producto"_s].toInt(),
              25);
    EXPECT_EQ(cli({ u"validate"_s, path }).exitCode, 0);
    const QString other = m_dir.path(u"h.planea"_s);
    expectRefused({ u"generate"_s, other, u"--products"_s, u"muchos"_s }, u"número entero"_s, other);
    expectRefused({ u"generate"_s, other, u"--products"_s, u"0"_s }, u"número entero"_s, other);
    expectRefused({ u"generate"_s, other, u"--products"_s, u"5"_s, u"--seed"_s, u"-1"_s }, u"--seed"_s, other);
    expectRefused({ u"generate"_s, path, u"--products"_s, u"5"_s }, u"ya existe"_s, path);
}

TEST_F(Cli, DamagedOrForeignFilesAreRefusedUnchanged)
{
    const QString text = m_dir.path(u"texto.planea"_s);
    test::writeBytes(text, "Esto no es un plan.\n");
    const QString empty = m_dir.path(u"vacio.planea"_s);
    test::writeBytes(empty, {});
    const QString truncated = m_dir.path(u"cortado.planea"_s);
    test::writeBytes(truncated, test::readBytes(demoPath()).left(300));
    const QString halfPages = m_dir.path(u"mitad.planea"_s);
    const QByteArray demoBytes = test::readBytes(demoPath());
    test::writeBytes(halfPages, demoBytes.left(demoBytes.size() / 2));
    const QString newer = m_dir.path(u"nuevo.planea"_s);
    test::writeBytes(newer, demoBytes);
    {
        // As a newer Planea would write it: through SQLite (a byte written into the header by hand
        // would now be caught by the page checksums as damage, see test_silent_damage).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"nuevo"_s);
        db.setDatabaseName(newer);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"nuevo"_s);

    for (const QString &command : { u"info"_s, u"validate"_s, u"check"_s }) {
        expectRefused({ command, text }, u"no es un plan"_s, text);
        expectRefused({ command, empty }, u"vacío"_s, empty);
        expectRefused({ command, truncated }, u"cortado"_s, truncated);
        expectRefused({ command, halfPages }, u"dañado"_s, halfPages);
        expectRefused({ command, newer }, u"versión más reciente"_s, newer);
        expectRefused({ command, m_dir.path(u"no-hay.planea"_s) }, u"no existe"_s);
    }
    expectRefused(
        { u"export"_s, newer, u"--doc"_s, u"ppi"_s, u"--format"_s, u"csv"_s, u"-o"_s, m_dir.path(u"x.csv"_s) },
        u"versión más reciente"_s, newer);
    EXPECT_FALSE(QFile::exists(m_dir.path(u"x.csv"_s)));
}

TEST_F(Cli, BrokenReferencesAreReportedAsDamage)
{
    const QString path = m_dir.path(u"roto.planea"_s);
    {
        auto store = test::createEmptyPlan(path);
        ASSERT_TRUE(store);
    }
    {
        // Simulate a file edited by another tool: a progress report for an indicator that does
        // not exist, written with foreign keys off.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"roto"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        ASSERT_TRUE(q.exec(u"INSERT INTO progress (indicator_id, year, period, value) VALUES (999, 2028, 0, 1)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"roto"_s);
    expectRefused({ u"check"_s, path }, u"dañado"_s, path);
    expectRefused({ u"info"_s, path, u"--json"_s }, u"dañado"_s, path);
}

TEST_F(Cli, PlanOpenInAnotherProcessIsRefused)
{
    const QString path = m_dir.path(u"abierto.planea"_s);
    auto store = test::createEmptyPlan(path);
    ASSERT_TRUE(store);
    expectRefused({ u"info"_s, path }, u"abierto"_s);
    expectRefused({ u"check"_s, path }, u"abierto"_s);
}

TEST_F(Cli, EfficacyBySectorAndOfficeGivesTheCalculatedNumbers)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(demoPath(), options);
    ASSERT_TRUE(store.ok());
    const PlanData plan = *(*store)->load();
    const calc::EfficacyReport expected = calc::computeEfficacy(plan, 2029);
    store->reset();

    for (const auto &[by, level] : { std::pair { u"sector"_s, calc::GroupLevel::Sector },
                                     std::pair { u"dependencia"_s, calc::GroupLevel::Office },
                                     std::pair { u"producto"_s, calc::GroupLevel::Product } }) {
        SCOPED_TRACE(by.toStdString());
        const CliResult r = cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--by"_s, by, u"--json"_s });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = json(r);
        EXPECT_EQ(o[u"por"_s].toString(), by);
        const QJsonArray groups = o[u"grupos"_s].toArray();
        const QList<calc::GroupEfficacy> &want = expected.groups(level);
        ASSERT_EQ(groups.size(), want.size());
        ASSERT_FALSE(want.isEmpty());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QJsonObject g = groups[i].toObject();
            EXPECT_FALSE(g[u"nombre"_s].toString().isEmpty());
            EXPECT_EQ(g[u"categoria"_s].toString(), want[i].category.name);
            EXPECT_EQ(g[u"metas_programadas"_s].toInt(), want[i].goalsProgrammed);
            if (want[i].efficacy)
                EXPECT_NEAR(g[u"eficacia"_s].toDouble(), *want[i].efficacy, 0.005);
            else
                EXPECT_TRUE(g[u"eficacia"_s].isNull());
        }
    }
    // Sector names come from the catalog: 22 is Educación.
    const CliResult sectors = cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--by"_s, u"sector"_s });
    ASSERT_EQ(sectors.exitCode, 0);
    EXPECT_TRUE(sectors.out.contains(u"22 Educación"_s)) << sectors.out.toStdString();
    EXPECT_TRUE(sectors.out.contains(u"Eficacia 2029: "_s));
    // The plan's numbers, in JSON, are the calculation's, rounded to two decimals.
    const QJsonObject o
        = json(cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--by"_s, u"dependencia"_s, u"--json"_s }));
    EXPECT_NEAR(o[u"plan"_s].toObject()[u"eficacia"_s].toDouble(), *expected.plan.efficacy, 0.005);
    EXPECT_NEAR(o[u"plan"_s].toObject()[u"integridad_informacion"_s].toDouble(), *expected.informationIntegrity, 0.005);
}

TEST_F(Cli, CodesOutsideTheirTablesAreFlaggedByCheckAndValidate)
{
    // Issue 19 item 7: a bit-flipped «AUMMNTAR» used to be read silently as AUMENTAR.
    const QString path = demoPath();
    ASSERT_EQ(cli({ u"check"_s, path }).exitCode, 0);
    qint64 wellbeingId = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"codigos"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"SELECT min(id) FROM wellbeing_indicator"_s) && q.next());
        wellbeingId = q.value(0).toLongLong();
        ASSERT_TRUE(q.exec(u"UPDATE wellbeing_indicator SET direction = 'AUMMNTAR' WHERE id = %1"_s.arg(wellbeingId)));
        // Lower case and stray spaces are read correctly and are not flagged.
        ASSERT_TRUE(q.exec(u"UPDATE product_indicator SET trend = ' incremento' WHERE id = (SELECT min(id) FROM "
                           u"product_indicator)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"codigos"_s);

    const CliResult check = cli({ u"check"_s, path });
    EXPECT_EQ(check.exitCode, 1) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(u"«AUMMNTAR»"_s)) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(u"AUMENTAR, DISMINUIR, MANTENER"_s)) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains(u"incremento"_s)) << check.out.toStdString();

    const CliResult validate = cli({ u"validate"_s, path, u"--json"_s });
    EXPECT_EQ(validate.exitCode, 1) << validate.err.toStdString();
    int flagged = 0;
    for (const QJsonValue &f : json(validate).value(u"hallazgos"_s).toArray()) {
        if (f.toObject().value(u"regla"_s).toString() == u"CODIGO_FUERA_DE_TABLA"_s) {
            ++flagged;
            EXPECT_TRUE(f.toObject().value(u"mensaje"_s).toString().contains(u"«AUMMNTAR»"_s));
            EXPECT_TRUE(f.toObject().value(u"mensaje"_s).toString().contains(u"«AUMENTAR»"_s));
        }
    }
    EXPECT_EQ(flagged, 1);

    // Correcting the field clears the finding on the next read, without reopening.
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    auto plan = (*store)->load();
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->unknownCodes.size(), 1);
    EXPECT_EQ(plan->unknownCodes.first().id, wellbeingId);
    ASSERT_TRUE((*store)->update(Table::WellbeingIndicator, wellbeingId, u"direction"_s, u"DISMINUIR"_s).ok());
    ASSERT_TRUE((*store)->reloadValue(*plan, Table::WellbeingIndicator, wellbeingId, u"direction"_s).ok());
    EXPECT_TRUE(plan->unknownCodes.isEmpty());
}

TEST_F(Cli, EfficacyMethodIsChosenNamedAndRemembered)
{
    PlanData plan;
    {
        OpenOptions options;
        options.readOnly = true;
        auto store = PlanStore::open(demoPath(), options);
        ASSERT_TRUE(store.ok());
        plan = *(*store)->load();
    }
    // Each method gives the calculation's figure and says which method it is.
    for (calc::AggregationMethod m : calc::aggregationMethods()) {
        SCOPED_TRACE(calc::methodCode(m).toStdString());
        calc::EfficacyOptions options;
        options.method = m;
        const calc::EfficacyReport want = calc::computeEfficacy(plan, 2029, options);
        const CliResult r = cli(
            { u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s, calc::methodCode(m), u"--json"_s });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = json(r);
        EXPECT_EQ(o[u"metodo"_s].toString(), calc::methodCode(m));
        EXPECT_EQ(o[u"metodo_nombre"_s].toString(), calc::methodName(m));
        EXPECT_NEAR(o[u"plan"_s].toObject()[u"eficacia"_s].toDouble(), *want.plan.efficacy, 0.005);
        const CliResult text
            = cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s, calc::methodCode(m) });
        EXPECT_TRUE(text.out.contains(u"Método: "_s + calc::methodCode(m))) << text.out.toStdString();
    }
    // The demo's figures differ by method (else the choice would show nothing).
    const double weighted = json(cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--json"_s }))[u"plan"_s]
                                .toObject()[u"eficacia"_s]
                                .toDouble();
    const double capped = json(cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s,
                                     u"cuatrienio-tope"_s, u"--json"_s }))[u"plan"_s]
                              .toObject()[u"eficacia"_s]
                              .toDouble();
    EXPECT_NE(weighted, capped);

    // A bad method: exit 2, a Spanish message listing the valid ones, the plan untouched.
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s, u"mediana"_s },
                  u"Método de eficacia desconocido «mediana»; --method debe ser uno de: ponderado, promedio, "
                  u"cuatrienio-tope."_s,
                  demoPath());
    expectRefused({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s }, u"necesita un valor"_s);

    // Without --method, the method chosen for the plan (what the follow-up view remembers).
    {
        auto store = PlanStore::open(demoPath());
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->setMeta(u"efficacy_method"_s, u"promedio"_s));
    }
    const QJsonObject chosen = json(cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--json"_s }));
    EXPECT_EQ(chosen[u"metodo"_s].toString(), u"promedio"_s);
    // …and --method still overrides it.
    EXPECT_EQ(json(cli({ u"efficacy"_s, demoPath(), u"--year"_s, u"2029"_s, u"--method"_s, u"ponderado"_s,
                         u"--json"_s }))[u"metodo"_s]
                  .toString(),
              u"ponderado"_s);
}
