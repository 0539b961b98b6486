// The portfolio of a department's plans (issue 22): figures consolidated by hand, every file left
// out with its reason, no input file changed, and planea-cli generate-portfolio / portfolio.
#include "CliTest.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "catalog/Catalog.h"
#include "portfolio/Portfolio.h"
#include "portfolio/PortfolioGenerator.h"
#include "portfolio/PortfolioReport.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::CliResult;
using planea::test::TempDir;

namespace {

constexpr Money Million = 1'000'000;

/// One goal of a hand-made plan: cumulative, 10 a year (40 in the term), in program `program`.
struct Goal
{
    QString program; ///< "2201", "1905"…
    std::optional<double> weight;
    QList<std::pair<int, double>> achieved; ///< (year, value)
    std::optional<int> sdg;
};

struct HandPlan
{
    QString code;
    QString name;
    QString department = u"05"_s;
    QString departmentName = u"Antioquia"_s;
    QString category = u"6"_s;
    int termStart = 2028;
    QString method; ///< efficacy_method meta; empty: the default
    QList<Goal> goals;
    Money planned2029 = 0; ///< on the first product, source RP
    Money obligations2029 = 0;
};

void writeHandPlan(const QString &path, const HandPlan &hand)
{
    PlanInfo info = test::sampleInfo();
    info.entity.daneCode = hand.code;
    info.entity.name = hand.name;
    info.entity.departmentCode = hand.department;
    info.entity.departmentName = hand.departmentName;
    info.entity.category = hand.category;
    info.term.startYear = hand.termStart;
    const Status written = writeNewPlanFile(
        path, info,
        [&](PlanStore &store) -> Status {
            PlanWriter w(store);
            if (!hand.method.isEmpty()) {
                if (auto s = store.setMeta(u"efficacy_method"_s, hand.method); !s)
                    return s;
            }
            auto line = w.addLine({ 0, 1, u"Línea"_s, {}, 100.0, {} });
            if (!line)
                return line.error();
            QHash<QString, qint64> products;
            int n = 0;
            for (const Goal &goal : hand.goals) {
                if (!products.contains(goal.program)) {
                    auto program = w.addProgram(
                        { 0, *line, goal.program, u"Programa "_s + goal.program, {}, false, {}, int(products.size()) });
                    if (!program)
                        return program.error();
                    auto product
                        = w.addProduct({ 0, *program, goal.program + u"001"_s, u"Producto"_s, false, 0, {}, 1 });
                    if (!product)
                        return product.error();
                    products.insert(goal.program, *product);
                }
                ProductIndicator i;
                i.productId = products.value(goal.program);
                i.code = goal.program + u"00100"_s + QString::number(++n);
                i.name = u"Meta %1"_s.arg(n);
                i.unit = u"Número"_s;
                i.accumulation = AccumulationType::Cumulative;
                i.termTarget = 40;
                i.weight = goal.weight;
                i.sdg = goal.sdg;
                for (int k = 0; k < 4; ++k)
                    i.annualTargets.append({ hand.termStart + k, 10.0, false });
                auto indicator = w.addIndicator(i);
                if (!indicator)
                    return indicator.error();
                for (const auto &[year, value] : goal.achieved) {
                    if (auto s = w.setProgress({ *indicator, year, 0, value, {}, {} }); !s)
                        return s;
                }
            }
            if (hand.planned2029 > 0) {
                const qint64 product = products.value(hand.goals.first().program);
                if (auto s = w.setInvestment({ product, 2029, u"RP"_s, hand.planned2029 }); !s)
                    return s;
                if (auto s = w.setExecution({ product, 2029, u"RP"_s, hand.planned2029, hand.obligations2029,
                                              hand.obligations2029, hand.obligations2029 });
                    !s)
                    return s;
            }
            return Status {};
        },
        false);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
}

/// Medellín, «promedio»: goals at 8/10 and 10/10 in 2029 → 90; four-year (18/40, 20/40) → 47,5.
HandPlan medellin()
{
    return { u"05001"_s,
             u"Medellín"_s,
             u"05"_s,
             u"Antioquia"_s,
             u"Especial"_s,
             2028,
             u"promedio"_s,
             { { u"2201"_s, {}, { { 2028, 10 }, { 2029, 8 } }, 4 },
               { u"2201"_s, {}, { { 2028, 10 }, { 2029, 10 } }, 4 } },
             100 * Million,
             60 * Million };
}

/// Abejorral, «ponderado» (default): 5/10 weighing 75 and 10/10 weighing 25 → 62,5;
/// four-year 0,75 × 15/40 + 0,25 × 20/40 → 40,625.
HandPlan abejorral()
{
    return { u"05002"_s,
             u"Abejorral"_s,
             u"05"_s,
             u"Antioquia"_s,
             u"6"_s,
             2028,
             {},
             { { u"2201"_s, 75.0, { { 2028, 10 }, { 2029, 5 } }, {} },
               { u"2201"_s, 25.0, { { 2028, 10 }, { 2029, 10 } }, {} } },
             50 * Million,
             50 * Million };
}

/// Abriaquí, «promedio»: 10/10 and 7/10 in sector 22, and a sector-19 goal with no 2029 report
/// (left out of the average, counted in the integrity): 85; integrity 2 of 3; four-year
/// (20/40, 17/40, 10/40) → 39,1667.
HandPlan abriaqui()
{
    return { u"05004"_s,
             u"Abriaquí"_s,
             u"05"_s,
             u"Antioquia"_s,
             u"6"_s,
             2028,
             u"promedio"_s,
             { { u"2201"_s, {}, { { 2028, 10 }, { 2029, 10 } }, 4 },
               { u"2201"_s, {}, { { 2028, 10 }, { 2029, 7 } }, 10 },
               { u"1905"_s, {}, { { 2028, 10 } }, 3 } },
             0,
             0 };
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256);
}

/// Every entry of the folder with the hash of its bytes: nothing added, removed or changed.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo &entry : QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        out.insert(entry.fileName(), entry.isFile() ? sha256(entry.filePath()) : QByteArray("dir"));
    return out;
}

class Portfolio : public ::testing::Test
{
protected:
    QString folder() const { return m_dir.root(); }
    QString path(const QString &name) const { return m_dir.path(name); }

    /// The three hand plans and one file of every kind the portfolio must leave out.
    void writeMixedFolder()
    {
        writeHandPlan(path(u"05001.planea"_s), medellin());
        writeHandPlan(path(u"05002.planea"_s), abejorral());
        writeHandPlan(path(u"05004.planea"_s), abriaqui());
        HandPlan manizales = medellin();
        manizales.code = u"17001"_s;
        manizales.name = u"Manizales"_s;
        manizales.department = u"17"_s;
        manizales.departmentName = u"Caldas"_s;
        writeHandPlan(path(u"17001.planea"_s), manizales);
        HandPlan older = medellin();
        older.code = u"05021"_s;
        older.name = u"Alejandría"_s;
        older.termStart = 2024;
        writeHandPlan(path(u"05021.planea"_s), older);
        HandPlan silent = abejorral();
        silent.code = u"05030"_s;
        silent.name = u"Amagá"_s;
        for (Goal &g : silent.goals)
            g.achieved = { { 2028, 10 } };
        writeHandPlan(path(u"05030.planea"_s), silent);
        // A plan damaged after its first page: SQLite header, then garbage.
        QByteArray damaged = test::readBytes(path(u"05001.planea"_s));
        for (qsizetype i = 4096; i < damaged.size(); ++i)
            damaged[i] = char(0x5a);
        test::writeBytes(path(u"05040.planea"_s), damaged);
        test::writeBytes(path(u"notas.planea"_s), "Estas son notas, no un plan.\n");
        test::writeBytes(path(u"LEAME.txt"_s), "Carpeta de planes de Antioquia\n");
        test::writeBytes(path(u"kpt_05042.xlsx"_s), "PK\x03\x04 no es un libro de verdad");
        // A -wal some other tool left beside a plan: opening the plan for editing would move it
        // aside; the portfolio reads the plan from a private copy and leaves the folder as it is.
        test::writeBytes(path(u"05002.planea-wal"_s), QByteArray(4096, 'w'));
    }

    TempDir m_dir;
};

const portfolio::UnreadFile *unreadOf(const portfolio::PortfolioResult &r, const QString &file)
{
    for (const portfolio::UnreadFile &u : r.unread) {
        if (u.file == file)
            return &u;
    }
    return nullptr;
}

} // namespace

TEST_F(Portfolio, ConsolidatesHandComputedPlans)
{
    writeHandPlan(path(u"05001.planea"_s), medellin());
    writeHandPlan(path(u"05002.planea"_s), abejorral());
    writeHandPlan(path(u"05004.planea"_s), abriaqui());
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    const portfolio::PortfolioResult r = portfolio::readPortfolio(*files, { 2029, {}, 1 });
    EXPECT_TRUE(r.unread.isEmpty());
    ASSERT_EQ(r.municipalities.size(), 3);

    // Ranking: Medellín 90, Abriaquí 85, Abejorral 62,5.
    const auto &first = r.municipalities[0];
    const auto &second = r.municipalities[1];
    const auto &third = r.municipalities[2];
    EXPECT_EQ(first.daneCode, u"05001"_s);
    EXPECT_EQ(first.rank, 1);
    EXPECT_NEAR(*first.efficacy, 90.0, 1e-9);
    EXPECT_EQ(first.method, calc::AggregationMethod::Simple);
    EXPECT_NEAR(*first.termProgress, 47.5, 1e-9);
    EXPECT_NEAR(*first.integrity, 100.0, 1e-9);
    EXPECT_EQ(first.category, u"Especial"_s);
    EXPECT_EQ(first.ediCategory.name, u"Sobresaliente"_s);
    EXPECT_EQ(first.planned, 100 * Million);
    EXPECT_EQ(first.obligations, 60 * Million);

    EXPECT_EQ(second.daneCode, u"05004"_s);
    EXPECT_EQ(second.rank, 2);
    EXPECT_NEAR(*second.efficacy, 85.0, 1e-9);
    EXPECT_NEAR(*second.integrity, 200.0 / 3.0, 1e-9);
    EXPECT_NEAR(*second.termProgress, (50.0 + 42.5 + 25.0) / 3.0, 1e-9);
    EXPECT_EQ(second.goalsProgrammed, 3);
    EXPECT_EQ(second.goalsReported, 2);

    EXPECT_EQ(third.daneCode, u"05002"_s);
    EXPECT_EQ(third.method, calc::AggregationMethod::Weighted);
    EXPECT_NEAR(*third.efficacy, 62.5, 1e-9);
    EXPECT_NEAR(*third.termProgress, 40.625, 1e-9);
    EXPECT_EQ(third.ediCategory.name, u"Medio"_s);

    // The department: plain averages over the three; integrity over the goals.
    const portfolio::DepartmentFigures &d = r.department;
    EXPECT_EQ(d.code, u"05"_s);
    EXPECT_EQ(d.name, u"Antioquia"_s);
    EXPECT_EQ(d.municipalities, 3);
    EXPECT_NEAR(*d.efficacy, (90.0 + 85.0 + 62.5) / 3.0, 1e-9);
    EXPECT_EQ(d.ediCategory.name, u"Satisfactorio"_s);
    EXPECT_NEAR(*d.termProgress, (47.5 + 40.625 + 117.5 / 3.0) / 3.0, 1e-9);
    EXPECT_EQ(d.goalsProgrammed, 7);
    EXPECT_EQ(d.goalsReported, 6);
    EXPECT_NEAR(*d.integrity, 600.0 / 7.0, 1e-9);
    EXPECT_EQ(d.planned, 150 * Million);
    EXPECT_EQ(d.obligations, 110 * Million);

    // By sector: 22 in the three (90, 62,5, 85); 19 only in Abriaquí, with nothing reported.
    ASSERT_EQ(d.sectors.size(), 2);
    const portfolio::SectorFigures &health = d.sectors[0];
    const portfolio::SectorFigures &education = d.sectors[1];
    EXPECT_EQ(health.code, u"19"_s);
    EXPECT_FALSE(health.efficacy.has_value());
    EXPECT_EQ(health.municipalities, 0);
    EXPECT_EQ(health.goalsProgrammed, 1);
    EXPECT_EQ(health.goalsReported, 0);
    EXPECT_EQ(education.code, u"22"_s);
    EXPECT_EQ(education.municipalities, 3);
    EXPECT_NEAR(*education.efficacy, (90.0 + 62.5 + 85.0) / 3.0, 1e-9);
    EXPECT_EQ(education.goalsProgrammed, 6);
    EXPECT_EQ(education.goalsReported, 6);
    EXPECT_EQ(education.planned, 150 * Million);
    EXPECT_EQ(education.obligations, 110 * Million);

    // By ODS (plain average of the goals): ODS 4 in Medellín (80, 100 → 90) and Abriaquí (100);
    // ODS 10 only in Abriaquí (70); ODS 3 programmed in Abriaquí, not reported. Abejorral has none.
    EXPECT_TRUE(third.sdgs.isEmpty());
    ASSERT_EQ(d.sdgs.size(), 3);
    EXPECT_EQ(d.sdgs[0].code, u"3"_s);
    EXPECT_FALSE(d.sdgs[0].efficacy.has_value());
    EXPECT_EQ(d.sdgs[0].goalsProgrammed, 1);
    EXPECT_EQ(d.sdgs[1].code, u"4"_s);
    EXPECT_EQ(d.sdgs[1].municipalities, 2);
    EXPECT_NEAR(*d.sdgs[1].efficacy, (90.0 + 100.0) / 2.0, 1e-9);
    EXPECT_EQ(d.sdgs[1].goalsReported, 3);
    EXPECT_EQ(d.sdgs[2].code, u"10"_s);
    EXPECT_NEAR(*d.sdgs[2].efficacy, 70.0, 1e-9);
}

TEST_F(Portfolio, ReportsEveryFileLeftOutWithItsReasonAndChangesNothing)
{
    writeMixedFolder();
    const QMap<QString, QByteArray> before = snapshot(folder());
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    EXPECT_EQ(files->size(), 10); // not the -wal
    const portfolio::PortfolioResult r = portfolio::readPortfolio(*files, { 2029, {}, 2 });
    EXPECT_EQ(snapshot(folder()), before) << "la cartera cambió un archivo de la carpeta";

    ASSERT_EQ(r.municipalities.size(), 3);
    EXPECT_EQ(r.department.code, u"05"_s);
    EXPECT_EQ(r.unread.size(), 7);
    struct Expected
    {
        QString file;
        portfolio::UnreadReason reason;
        QString fragment;
    };
    const QList<Expected> expected {
        { u"17001.planea"_s, portfolio::UnreadReason::OtherDepartment, u"otro departamento (Caldas, 17)"_s },
        { u"05021.planea"_s, portfolio::UnreadReason::OtherPeriod, u"2024–2027, que no incluye 2029"_s },
        { u"05030.planea"_s, portfolio::UnreadReason::NoProgress, u"no tiene avance reportado para 2029"_s },
        { u"05040.planea"_s, portfolio::UnreadReason::Damaged, u"no se puede leer"_s },
        { u"notas.planea"_s, portfolio::UnreadReason::Damaged, u"no es un plan de Planea"_s },
        { u"LEAME.txt"_s, portfolio::UnreadReason::NotAPlanFile, u"no es un plan .planea"_s },
        { u"kpt_05042.xlsx"_s, portfolio::UnreadReason::NotAPlanFile, u"libros del KPT"_s },
    };
    for (const Expected &e : expected) {
        const portfolio::UnreadFile *u = unreadOf(r, e.file);
        ASSERT_NE(u, nullptr) << e.file.toStdString();
        EXPECT_EQ(u->reason, e.reason) << e.file.toStdString();
        EXPECT_TRUE(u->message.contains(e.fragment))
            << e.file.toStdString() << ": esperaba «" << e.fragment.toStdString() << "» en «"
            << u->message.toStdString() << "»";
    }
}

TEST_F(Portfolio, ReadsInParallelTheSameAsOneByOne)
{
    writeMixedFolder();
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    const portfolio::PortfolioResult serial = portfolio::readPortfolio(*files, { 2029, {}, 1 });
    const portfolio::PortfolioResult parallel = portfolio::readPortfolio(*files, { 2029, {}, 4 });
    ASSERT_EQ(serial.municipalities.size(), parallel.municipalities.size());
    for (qsizetype i = 0; i < serial.municipalities.size(); ++i) {
        EXPECT_EQ(serial.municipalities[i].daneCode, parallel.municipalities[i].daneCode);
        EXPECT_EQ(serial.municipalities[i].efficacy, parallel.municipalities[i].efficacy);
    }
    ASSERT_EQ(serial.unread.size(), parallel.unread.size());
    for (qsizetype i = 0; i < serial.unread.size(); ++i)
        EXPECT_EQ(serial.unread[i].file, parallel.unread[i].file);
}

TEST_F(Portfolio, AnotherDepartmentChosenExplicitly)
{
    writeMixedFolder();
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    const portfolio::PortfolioResult r = portfolio::readPortfolio(*files, { 2029, u"17"_s, 0 });
    ASSERT_EQ(r.municipalities.size(), 1);
    EXPECT_EQ(r.municipalities[0].daneCode, u"17001"_s);
    EXPECT_EQ(r.department.name, u"Caldas"_s);
    const portfolio::UnreadFile *medellin = unreadOf(r, u"05001.planea"_s);
    ASSERT_NE(medellin, nullptr);
    EXPECT_EQ(medellin->reason, portfolio::UnreadReason::OtherDepartment);
}

TEST_F(Portfolio, ASecondPlanOfTheSameMunicipalityIsLeftOut)
{
    writeHandPlan(path(u"05001.planea"_s), medellin());
    writeHandPlan(path(u"05001-copia.planea"_s), medellin());
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    const portfolio::PortfolioResult r = portfolio::readPortfolio(*files, { 2029, {}, 1 });
    ASSERT_EQ(r.municipalities.size(), 1);
    ASSERT_EQ(r.unread.size(), 1);
    EXPECT_EQ(r.unread[0].reason, portfolio::UnreadReason::Duplicate);
}

TEST_F(Portfolio, AMissingFolderIsRefused)
{
    auto files = portfolio::portfolioFiles(path(u"no-existe"_s));
    ASSERT_FALSE(files.ok());
    EXPECT_TRUE(files.error().message.contains(u"no existe"_s)) << files.error().message.toStdString();
}

TEST_F(Portfolio, GeneratedPortfolioHasTheDepartmentsRealMunicipalities)
{
    auto catalog = Catalog::load(path(u"datos"_s));
    ASSERT_TRUE(catalog.ok());
    const QList<CatalogMunicipality> all = (*catalog)->municipalitiesOf(u"63"_s);
    ASSERT_GE(all.size(), 3);
    const QString out = path(u"quindio"_s);
    auto written = portfolio::generatePortfolio(out, all.mid(0, 3), u"Quindío"_s, 30, 7);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    ASSERT_EQ(written->size(), 3);
    auto files = portfolio::portfolioFiles(out);
    ASSERT_TRUE(files.ok());
    const portfolio::PortfolioResult r = portfolio::readPortfolio(*files, { 2029, {}, 0 });
    EXPECT_TRUE(r.unread.isEmpty());
    ASSERT_EQ(r.municipalities.size(), 3);
    double sum = 0;
    for (const portfolio::MunicipalityFigures &m : r.municipalities) {
        EXPECT_NE((*catalog)->municipality(m.daneCode), nullptr) << m.daneCode.toStdString();
        EXPECT_EQ(m.name, (*catalog)->municipality(m.daneCode)->displayName);
        ASSERT_TRUE(m.efficacy.has_value());
        sum += *m.efficacy;
    }
    EXPECT_NEAR(*r.department.efficacy, sum / 3.0, 1e-9);
    EXPECT_GE(*r.municipalities[0].efficacy, *r.municipalities[1].efficacy);
    EXPECT_GE(*r.municipalities[1].efficacy, *r.municipalities[2].efficacy);
    // The generator never replaces a plan.
    auto again = portfolio::generatePortfolio(out, all.mid(0, 1), u"Quindío"_s, 30, 7);
    EXPECT_FALSE(again.ok());
}

TEST_F(Portfolio, ReportHasTheRankingTheSectorsAndTheFilesLeftOut)
{
    writeMixedFolder();
    auto files = portfolio::portfolioFiles(folder());
    ASSERT_TRUE(files.ok());
    const report::Report rep = portfolio::portfolioReport(portfolio::readPortfolio(*files, { 2029, {}, 1 }));
    ASSERT_EQ(rep.rows.size(), 4); // three municipalities and the department's total
    EXPECT_EQ(rep.rows[0].cells[rep.columnIndex(u"codigo_dane"_s)].toString(), u"05001"_s);
    EXPECT_EQ(rep.rows[3].kind, report::RowKind::Total);
    ASSERT_EQ(rep.sections.size(), 3);
    EXPECT_EQ(rep.sections[0].rows.size(), 2); // sectors 19 and 22
    EXPECT_EQ(rep.sections[1].rows.size(), 3); // ODS 3, 4 and 10
    EXPECT_EQ(rep.sections[1].rows[1].cells[0].toInt(), 4);
    EXPECT_EQ(rep.sections[2].rows.size(), 7);
}

// --- planea-cli ----------------------------------------------------------------------------------

namespace {

using PortfolioCli = test::CliTest;

} // namespace

TEST_F(PortfolioCli, GeneratesAndConsolidatesADepartment)
{
    const QString dir = m_dir.path(u"cartera"_s);
    const CliResult gen = cli(
        { u"generate-portfolio"_s, dir, u"--departamento"_s, u"63"_s, u"--municipios"_s, u"4"_s, u"--seed"_s, u"3"_s });
    ASSERT_EQ(gen.exitCode, 0) << gen.err.toStdString();
    EXPECT_EQ(QDir(dir).entryList({ u"*.planea"_s }, QDir::Files).size(), 4);
    test::writeBytes(QDir(dir).filePath(u"LEAME.txt"_s), "notas");
    const QMap<QString, QByteArray> before = snapshot(dir);

    const CliResult r = cli({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonArray municipios = o.value(u"municipios"_s).toArray();
    ASSERT_EQ(municipios.size(), 4);
    double sum = 0;
    for (const QJsonValue &v : municipios) {
        const QJsonObject m = v.toObject();
        EXPECT_TRUE(m.value(u"codigo_dane"_s).toString().startsWith(u"63"_s));
        EXPECT_FALSE(m.value(u"nombre"_s).toString().isEmpty());
        EXPECT_EQ(m.value(u"metodo"_s).toString(), u"ponderado"_s);
        EXPECT_TRUE(m.value(u"eficacia"_s).isDouble());
        EXPECT_TRUE(m.value(u"avance_cuatrienio"_s).isDouble());
        EXPECT_TRUE(m.value(u"integridad"_s).isDouble());
        EXPECT_FALSE(m.value(u"categoria"_s).toString().isEmpty());
        EXPECT_FALSE(m.value(u"categoria_ley617"_s).toString().isEmpty());
        sum += m.value(u"eficacia"_s).toDouble();
    }
    EXPECT_EQ(municipios[0].toObject().value(u"puesto"_s).toInt(), 1);
    const QJsonObject dep = o.value(u"departamento"_s).toObject();
    EXPECT_EQ(dep.value(u"codigo"_s).toString(), u"63"_s);
    // Both rounded to two decimals in the JSON.
    EXPECT_NEAR(dep.value(u"eficacia"_s).toDouble(), sum / 4.0, 0.01);
    EXPECT_FALSE(dep.value(u"sectores"_s).toArray().isEmpty());
    const QJsonArray noLeidos = o.value(u"no_leidos"_s).toArray();
    ASSERT_EQ(noLeidos.size(), 1);
    EXPECT_EQ(noLeidos[0].toObject().value(u"archivo"_s).toString(), u"LEAME.txt"_s);
    EXPECT_EQ(noLeidos[0].toObject().value(u"motivo_codigo"_s).toString(), u"no_es_plan"_s);
    EXPECT_FALSE(noLeidos[0].toObject().value(u"motivo"_s).toString().isEmpty());

    const CliResult text = cli({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s });
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"Puesto"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Eficacia del departamento"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"LEAME.txt"_s)) << text.out.toStdString();

    const QString csv = m_dir.path(u"cartera.csv"_s);
    const CliResult toCsv = cli({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s, u"-o"_s, csv });
    ASSERT_EQ(toCsv.exitCode, 0) << toCsv.err.toStdString();
    const QString csvText = QString::fromUtf8(test::readBytes(csv));
    EXPECT_TRUE(csvText.contains(u"Código DANE"_s)) << csvText.toStdString();
    EXPECT_EQ(csvText.count(u".planea"_s), 4) << csvText.toStdString();
    const QString xlsx = m_dir.path(u"cartera.xlsx"_s);
    const CliResult toXlsx = cli({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s, u"-o"_s, xlsx });
    ASSERT_EQ(toXlsx.exitCode, 0) << toXlsx.err.toStdString();
    EXPECT_TRUE(test::readBytes(xlsx).startsWith("PK"));

    // A list of plans instead of a folder.
    const QStringList plans = QDir(dir).entryList({ u"*.planea"_s }, QDir::Files, QDir::Name);
    const CliResult listed = cli({ u"portfolio"_s, QDir(dir).filePath(plans[0]), QDir(dir).filePath(plans[1]),
                                   u"--year"_s, u"2029"_s, u"--json"_s });
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(json(listed).value(u"municipios"_s).toArray().size(), 2);
    EXPECT_TRUE(json(listed).value(u"no_leidos"_s).toArray().isEmpty());

    const QString pdf = m_dir.path(u"cartera.pdf"_s);
    const CliResult toPdf = cli({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s, u"-o"_s, pdf });
    ASSERT_EQ(toPdf.exitCode, 0) << toPdf.err.toStdString();
    EXPECT_TRUE(test::readBytes(pdf).startsWith("%PDF"));
    if (test::havePdfToText()) {
        const QString pages = test::pdfPageTexts(pdf).join(u"\f"_s);
        EXPECT_TRUE(pages.contains(u"Cartera de planes"_s)) << pages.toStdString();
        EXPECT_TRUE(pages.contains(u"Calarcá"_s) || pages.contains(u"Armenia"_s)) << pages.toStdString();
        EXPECT_TRUE(pages.contains(u"El departamento por sector"_s)) << pages.toStdString();
    }

    EXPECT_EQ(snapshot(dir), before) << "portfolio cambió un archivo de la carpeta";
}

TEST_F(PortfolioCli, RefusesBadArguments)
{
    const QString dir = m_dir.path(u"cartera"_s);
    expectRefused({ u"generate-portfolio"_s, dir, u"--departamento"_s, u"05"_s, u"--municipios"_s, u"126"_s },
                  u"Antioquia tiene 125 municipios"_s);
    expectRefused({ u"generate-portfolio"_s, dir, u"--departamento"_s, u"00"_s, u"--municipios"_s, u"2"_s }, u"«00»"_s);
    expectRefused({ u"generate-portfolio"_s, dir, u"--departamento"_s, u"05"_s, u"--municipios"_s, u"cero"_s },
                  u"--municipios"_s);
    expectRefused({ u"generate-portfolio"_s, dir, u"--municipios"_s, u"2"_s }, u"--departamento"_s);
    expectRefused(
        { u"generate-portfolio"_s, dir, u"--departamento"_s, u"05"_s, u"--municipios"_s, u"2"_s, u"--seed"_s, u"-1"_s },
        u"--seed"_s);
    EXPECT_FALSE(QFileInfo::exists(dir));
    expectRefused({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s }, u"no existe"_s);
    ASSERT_TRUE(QDir().mkpath(dir));
    expectRefused({ u"portfolio"_s, dir }, u"--year"_s);
    expectRefused({ u"portfolio"_s, dir, u"--year"_s, u"dos mil"_s }, u"--year"_s);
    expectRefused({ u"portfolio"_s, dir, u"--year"_s, u"2029"_s, u"-o"_s, m_dir.path(u"x.odt"_s) }, u".odt"_s);
    expectRefused({ u"portfolio"_s, m_dir.path(u"falta.planea"_s), u"--year"_s, u"2029"_s }, u"no existe"_s);
}
