// The official diagnosis figures shipped with Planea: loading, a municipality's series beside its
// department and the nation (checked against catalogs/diagnostico_valores.csv.gz, i.e.
// ../shared/catalogs/diagnostico/valores.csv, by hand), the gap and the trend, a new plan
// pre-filled with them, and bad input.
#include "SamplePlans.h"
#include "TempDir.h"
#include "calc/DiagnosisComparison.h"
#include "catalog/Catalog.h"
#include "catalog/NewMunicipalPlan.h"
#include "catalog/OfficialDiagnosis.h"
#include "storage/PlanStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

std::shared_ptr<const OfficialDiagnosis> shipped()
{
    static auto loaded = OfficialDiagnosis::loadShipped();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message.toStdString());
    return *loaded;
}

const OfficialIndicatorFigures *find(const QList<OfficialIndicatorFigures> &list, const QString &code)
{
    for (const auto &f : list) {
        if (f.indicator.code == code)
            return &f;
    }
    return nullptr;
}

const OfficialFigure *year(const OfficialIndicatorFigures &f, int y)
{
    for (const auto &v : f.series) {
        if (v.year == y)
            return &v;
    }
    return nullptr;
}

} // namespace

TEST(OfficialDiagnosis, ShippedTablesLoadWhole)
{
    const auto d = shipped();
    EXPECT_EQ(d->indicators().size(), 62);
    EXPECT_EQ(d->municipalityCount(), 1121); // PROVENANCE.md: 1,121 of DIVIPOLA's 1,122 codes
    ASSERT_NE(d->indicator(u"EDU_COB_NETA"_s), nullptr);
    EXPECT_EQ(d->indicator(u"EDU_COB_NETA"_s)->unit, u"Porcentaje"_s);
    // No row means no data, never zero.
    EXPECT_FALSE(d->value(u"63111"_s, u"EDU_COB_NETA"_s, 2023).has_value());
}

// Buenavista, Quindío (63111). Source rows: 63111,EDU_COB_NETA,2015,90 … 2022,77.15;
// 63111,IPM_TOTAL,2018,29; 63111,POB_TOTAL,2027,3280. Quindío has 12 municipalities.
TEST(OfficialDiagnosis, BuenavistaBesideQuindioAndTheNation)
{
    auto figures = shipped()->forMunicipality(u"63111"_s);
    ASSERT_TRUE(figures.ok());
    const OfficialIndicatorFigures *net = find(*figures, u"EDU_COB_NETA"_s);
    ASSERT_NE(net, nullptr);
    ASSERT_EQ(net->series.size(), 8);
    EXPECT_EQ(net->series.first().year, 2015);
    EXPECT_DOUBLE_EQ(net->series.first().value, 90.0);
    EXPECT_EQ(net->series.last().year, 2022);
    EXPECT_DOUBLE_EQ(net->series.last().value, 77.15);
    EXPECT_DOUBLE_EQ(year(*net, 2018)->value, 85.0);
    // Weighted by EDU_POBLACION_5_16 of 2022 over the 12 municipalities / 1,121 of the country.
    ASSERT_TRUE(net->series.last().department.has_value());
    EXPECT_NEAR(*net->series.last().department, 95.244256, 1e-5);
    EXPECT_EQ(net->series.last().departmentMunicipalities, 12);
    EXPECT_NEAR(*net->series.last().nation, 91.521293, 1e-5);
    EXPECT_EQ(net->series.last().nationMunicipalities, 1121);

    // IPM 2018 weighted by POB_TOTAL 2018, by hand: (295208×14,4 + 3095×29 + 72783×19,9 + 28162×17,3
    // + 5642×30,7 + 12066×18,1 + 7516×33,1 + 33451×27,4 + 36751×25,8 + 5219×28,8 + 30751×22 +
    // 9260×19,7) / 549904 = 18,134154.
    const OfficialIndicatorFigures *ipm = find(*figures, u"IPM_TOTAL"_s);
    ASSERT_NE(ipm, nullptr);
    ASSERT_EQ(ipm->series.size(), 1);
    EXPECT_DOUBLE_EQ(ipm->series[0].value, 29.0);
    EXPECT_NEAR(*ipm->series[0].department, 18.134154, 1e-5);
    EXPECT_NEAR(*ipm->series[0].nation, 26.057437, 1e-5);

    const OfficialIndicatorFigures *pop = find(*figures, u"POB_TOTAL"_s);
    ASSERT_NE(pop, nullptr);
    EXPECT_DOUBLE_EQ(year(*pop, 2027)->value, 3280.0);
    EXPECT_DOUBLE_EQ(*year(*pop, 2027)->department, 572719.0);
    EXPECT_DOUBLE_EQ(*year(*pop, 2027)->nation, 53808013.0);

    // The MDM has no department or nation figure with a clear method: «no disponible».
    const OfficialIndicatorFigures *mdm = find(*figures, u"MDM_PUNTAJE"_s);
    ASSERT_NE(mdm, nullptr);
    EXPECT_FALSE(mdm->series[0].department.has_value());
    EXPECT_FALSE(mdm->series[0].nation.has_value());
}

// Medellín (05001): 05001,POB_TOTAL,2027,2665474; 05001,SEG_HOMICIDIOS,2024,297;
// 05001,IPM_TOTAL,2018,12.8.
TEST(OfficialDiagnosis, MedellinCountsAddUp)
{
    auto figures = shipped()->forMunicipality(u"05001"_s);
    ASSERT_TRUE(figures.ok());
    const OfficialIndicatorFigures *pop = find(*figures, u"POB_TOTAL"_s);
    ASSERT_NE(pop, nullptr);
    EXPECT_DOUBLE_EQ(year(*pop, 2027)->value, 2665474.0);
    EXPECT_DOUBLE_EQ(*year(*pop, 2027)->department, 7033395.0);
    EXPECT_EQ(year(*pop, 2027)->departmentMunicipalities, 125);
    const OfficialIndicatorFigures *hom = find(*figures, u"SEG_HOMICIDIOS"_s);
    ASSERT_NE(hom, nullptr);
    EXPECT_DOUBLE_EQ(year(*hom, 2024)->value, 297.0);
    EXPECT_DOUBLE_EQ(*year(*hom, 2024)->department, 1648.0);
    // The national sum is the TOTAL row of the Policía's 2024 file (PROVENANCE.md): 13.341.
    EXPECT_DOUBLE_EQ(*year(*hom, 2024)->nation, 13341.0);
    const OfficialIndicatorFigures *ipm = find(*figures, u"IPM_TOTAL"_s);
    EXPECT_DOUBLE_EQ(ipm->series[0].value, 12.8);
    EXPECT_NEAR(*ipm->series[0].department, 21.978222, 1e-5);
}

TEST(OfficialDiagnosis, GapAndTrend)
{
    auto figures = shipped()->forMunicipality(u"63111"_s);
    ASSERT_TRUE(figures.ok());
    const QList<WellbeingIndicator> indicators = OfficialDiagnosis::toWellbeingIndicators(*figures);
    const auto rows = DiagnosisComparisons::compare(indicators, shipped()->indicators());
    ASSERT_EQ(rows.size(), figures->size());
    for (const DiagnosisComparison &r : rows) {
        if (r.code == u"EDU_COB_NETA"_s) {
            EXPECT_EQ(*r.latestYear, 2022);
            EXPECT_NEAR(*r.gapDepartment, 77.15 - 95.244256, 1e-5);
            EXPECT_NEAR(*r.gapNation, 77.15 - 91.521293, 1e-5);
            EXPECT_EQ(r.trend, DiagnosisTrend::Falling); // 90 (2015) → 77,15 (2022)
            EXPECT_EQ(r.improving, std::optional<bool>(false)); // sentido «aumentar»
            EXPECT_EQ(r.series.last().source.right(6), u"(2022)"_s);
        }
        if (r.code == u"POB_TOTAL"_s) {
            EXPECT_FALSE(r.gapDepartment.has_value()); // a sum has no gap
            EXPECT_EQ(r.trend, DiagnosisTrend::Rising);
            EXPECT_FALSE(r.improving.has_value()); // the source declares no direction
        }
        if (r.code == u"IPM_TOTAL"_s) {
            EXPECT_EQ(r.trend, DiagnosisTrend::SingleValue);
        }
    }
}

TEST(OfficialDiagnosis, UnknownCodesAreRefusedInSpanishTerms)
{
    auto unknown = shipped()->forMunicipality(u"99999"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(unknown.error().message.contains(u"99999"_s));
    auto malformed = shipped()->forMunicipality(u"631"_s);
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().kind, Error::Kind::BadInput);
    // 27493 (Nuevo Belén de Bajirá) is in DIVIPOLA but in no source.
    EXPECT_FALSE(shipped()->forMunicipality(u"27493"_s).ok());
}

TEST(OfficialDiagnosis, BadFilesNameTheLine)
{
    QFile ind(u":/planea/catalogs/diagnostico_indicadores.csv"_s);
    ASSERT_TRUE(ind.open(QIODevice::ReadOnly));
    const QByteArray indicators = ind.readAll();
    const auto bad = [&](const QByteArray &values, const QString &fragment) {
        auto r = OfficialDiagnosis::parse(indicators, values, u"nuevo.csv"_s);
        ASSERT_FALSE(r.ok()) << values.toStdString();
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
        EXPECT_TRUE(r.error().message.contains(fragment)) << r.error().message.toStdString();
    };
    bad("dane,ind,anio,valor\n", u"codigo_dane,codigo_indicador,anio,valor"_s);
    bad("codigo_dane,codigo_indicador,anio,valor\n63111,EDU_COB_NETA,2022,mucho\n", u"mucho"_s);
    bad("codigo_dane,codigo_indicador,anio,valor\n63111,EDU_COB_NETA,2022,1\n63111,NO_EXISTE,2022,1\n", u"NO_EXISTE"_s);
    bad("codigo_dane,codigo_indicador,anio,valor\n6311,EDU_COB_NETA,2022,1\n", u"6311"_s);
    bad("codigo_dane,codigo_indicador,anio,valor\n63111,EDU_COB_NETA,2022\n", u"nuevo.csv"_s);
    auto good = OfficialDiagnosis::parse(
        indicators, "codigo_dane,codigo_indicador,anio,valor\r\n63111,EDU_COB_NETA,2022,77.15\r\n", u"nuevo.csv"_s);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ((*good)->value(u"63111"_s, u"EDU_COB_NETA"_s, 2022), std::optional<double>(77.15));
}

TEST(NewMunicipalPlan, PreFilledDiagnosisKeepsSourceYearAndComparators)
{
    TempDir dir;
    auto catalog = Catalog::load({});
    ASSERT_TRUE(catalog.ok());
    const QString path = dir.path(u"nuevo.planea"_s);
    auto written = NewMunicipalPlans::write(path, **catalog, *shipped(), u"63111"_s, 2028);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written->officialIndicators, 62);

    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    auto plan = (*store)->load();
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->info.entity.daneCode, u"63111"_s);
    EXPECT_EQ(plan->info.entity.name, u"Buenavista"_s);
    EXPECT_EQ(plan->info.entity.departmentName, u"Quindío"_s);
    EXPECT_EQ(plan->info.term.startYear, 2028);
    EXPECT_EQ(plan->info.term.endYear(), 2031);
    ASSERT_EQ(plan->wellbeingIndicators.size(), 62);
    bool seen = false;
    for (const WellbeingIndicator &w : plan->wellbeingIndicators) {
        EXPECT_FALSE(w.isOwn);
        EXPECT_FALSE(w.officialCode.isEmpty());
        if (w.officialCode != u"EDU_COB_NETA"_s)
            continue;
        seen = true;
        ASSERT_EQ(w.values.size(), 8);
        EXPECT_EQ(w.values.last().year, 2022);
        EXPECT_DOUBLE_EQ(w.values.last().value, 77.15);
        EXPECT_NEAR(*w.values.last().departmentValue, 95.244256, 1e-5);
        EXPECT_NEAR(*w.values.last().nationValue, 91.521293, 1e-5);
        EXPECT_TRUE(w.values.last().source.startsWith(u"Ministerio de Educación Nacional"_s));
        EXPECT_TRUE(w.values.last().source.endsWith(u"(2022)"_s));
    }
    EXPECT_TRUE(seen);
}

TEST(NewMunicipalPlan, BadInputWritesNothing)
{
    TempDir dir;
    auto catalog = Catalog::load({});
    ASSERT_TRUE(catalog.ok());
    const QString path = dir.path(u"nuevo.planea"_s);
    for (const auto &[code, start] : { std::pair { u"99999"_s, 2028 }, std::pair { u"63"_s, 2028 },
                                       std::pair { u"63111"_s, 2027 }, std::pair { u"63111"_s, 1999 } }) {
        auto r = NewMunicipalPlans::write(path, **catalog, *shipped(), code, start);
        ASSERT_FALSE(r.ok()) << code.toStdString() << " " << start;
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
        EXPECT_FALSE(QFile::exists(path));
    }
    EXPECT_TRUE(NewMunicipalPlans::isPeriodStartYear(2024));
    EXPECT_TRUE(NewMunicipalPlans::isPeriodStartYear(2028));
    EXPECT_FALSE(NewMunicipalPlans::isPeriodStartYear(2026));

    // An existing file stays as it was.
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("no es un plan");
    existing.close();
    auto r = NewMunicipalPlans::write(path, **catalog, *shipped(), u"63111"_s, 2028);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(test::readBytes(path), QByteArray("no es un plan"));
}

TEST(NewMunicipalPlan, CliNewThenDiagnostico)
{
    TempDir dir;
    const QString path = dir.path(u"plan.planea"_s);
    const QString data = dir.path(u"datos"_s);
    auto r = test::runCli(
        { u"--data-dir"_s, data, u"new"_s, path, u"--municipio"_s, u"05001"_s, u"--inicio"_s, u"2028"_s, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(created[u"entidad"_s][u"nombre"_s].toString(), u"Medellín"_s);
    EXPECT_EQ(created[u"periodo"_s][u"fin"_s].toInt(), 2031);

    r = test::runCli({ u"--data-dir"_s, data, u"diagnostico"_s, path, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"indicadores"_s].toArray();
    bool seen = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o[u"codigo"_s].toString() != u"SEG_HOMICIDIOS"_s)
            continue;
        seen = true;
        EXPECT_EQ(o[u"anio"_s].toInt(), 2024);
        EXPECT_DOUBLE_EQ(o[u"valor"_s].toDouble(), 297.0);
        EXPECT_DOUBLE_EQ(o[u"departamento"_s].toDouble(), 1648.0);
        EXPECT_DOUBLE_EQ(o[u"nacion"_s].toDouble(), 13341.0);
        EXPECT_TRUE(o[u"brecha_departamento"_s].isNull());
        EXPECT_FALSE(o[u"anios"_s].toArray().isEmpty());
    }
    EXPECT_TRUE(seen);

    // Bad input: exit 2, a Spanish message, nothing written.
    const QString other = dir.path(u"otro.planea"_s);
    for (const QStringList &args : { QStringList { u"--municipio"_s, u"99999"_s, u"--inicio"_s, u"2028"_s },
                                     QStringList { u"--municipio"_s, u"05001"_s, u"--inicio"_s, u"2027"_s },
                                     QStringList { u"--municipio"_s, u"05001"_s, u"--inicio"_s, u"año"_s } }) {
        r = test::runCli(QStringList { u"--data-dir"_s, data, u"new"_s, other } + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_FALSE(QFile::exists(other));
    }
    const QByteArray before = test::readBytes(path);
    r = test::runCli({ u"--data-dir"_s, data, u"new"_s, path, u"--municipio"_s, u"63111"_s, u"--inicio"_s, u"2028"_s });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"ya existe"_s)) << r.err.toStdString();
    EXPECT_EQ(test::readBytes(path), before);
    r = test::runCli({ u"--data-dir"_s, data, u"new"_s, dir.path(u"no/hay/carpeta.planea"_s), u"--municipio"_s,
                       u"63111"_s, u"--inicio"_s, u"2028"_s });
    EXPECT_EQ(r.exitCode, 2);
}
