#include "TempDir.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogSearchIndex.h"
#include "catalog/MgaCatalogImport.h"
#include "catalog/MgaVersionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/catalog/"_s + name;
}

std::shared_ptr<const Catalog> loadOrFail(const QString &dataDir)
{
    auto result = Catalog::load(dataDir);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
    return result.ok() ? result.value() : nullptr;
}

/// The shipped catalog, loaded once for the read-only tests.
const Catalog &shipped()
{
    static const std::shared_ptr<const Catalog> catalog = loadOrFail(QString());
    return *catalog;
}

QStringList codes(const QList<CatalogHit> &hits)
{
    QStringList out;
    for (const CatalogHit &h : hits)
        out.append(h.code);
    return out;
}

/// Every file under `dir` with its SHA-256, to prove a failed import changed nothing.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

// --- Shipped catalogs --------------------------------------------------------------------------

TEST(Catalog, CountsMatchDivipolaAndTheShippedTables)
{
    const CatalogStats s = shipped().stats();
    EXPECT_EQ(s.departments, 33); // 32 departamentos + Bogotá D.C.
    EXPECT_EQ(s.municipalities, 1103);
    EXPECT_EQ(s.islands, 1);
    EXPECT_EQ(s.nonMunicipalizedAreas, 18);
    EXPECT_EQ(shipped().municipalities().size(), 1122);
    // The public copy of the MGA catalog (catalogs/SOURCES.md): 31 sectors, 169 programs, 4,307
    // products; the 8 product indicators seen in published plans whose product is in it.
    EXPECT_EQ(s.sectors, 31);
    EXPECT_EQ(s.programs, 169);
    EXPECT_EQ(s.products, 4307);
    EXPECT_EQ(s.productIndicators, 8);
    EXPECT_EQ(s.wellbeingIndicators, 33);
    EXPECT_EQ(s.sdgs, 17);
    EXPECT_EQ(s.pndItems, 8);
    EXPECT_EQ(s.fundingSources, 16);
    EXPECT_EQ(shipped().categoryThresholds().size(), 12);
}

TEST(Catalog, LooksUpMunicipalitiesAndDepartments)
{
    const CatalogMunicipality *m = shipped().municipality(u"63111"_s);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, u"BUENAVISTA"_s);
    EXPECT_EQ(m->displayName, u"Buenavista"_s);
    EXPECT_EQ(m->type, MunicipalityType::Municipality);
    const CatalogDepartment *d = shipped().department(m->departmentCode);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->name, u"QUINDÍO"_s);
    EXPECT_EQ(d->displayName, u"Quindío"_s);
    EXPECT_EQ(shipped().municipalitiesOf(u"63"_s).size(), 12);
    // Amazonas: 2 municipios and 9 áreas no municipalizadas.
    EXPECT_EQ(shipped().municipalitiesOf(u"91"_s).size(), 11);

    EXPECT_EQ(shipped().municipality(u"88001"_s)->type, MunicipalityType::Island);
    EXPECT_EQ(shipped().municipality(u"91460"_s)->type, MunicipalityType::NonMunicipalizedArea);
    EXPECT_EQ(shipped().municipality(u"91460"_s)->displayName, u"Mirití - Paraná"_s);
    EXPECT_EQ(shipped().municipality(u"05148"_s)->displayName, u"El Carmen de Viboral"_s);
    EXPECT_EQ(shipped().department(u"11"_s)->displayName, u"Bogotá, D.C."_s);
    EXPECT_NE(shipped().municipality(u"27493"_s), nullptr); // Nuevo Belén de Bajirá
    EXPECT_EQ(shipped().municipality(u"99999"_s), nullptr);
    EXPECT_EQ(shipped().department(u"00"_s), nullptr);
}

TEST(Catalog, FundingSourcesComeInKptExportOrder)
{
    const QList<CatalogFundingSource> kpt = shipped().kptFundingSources();
    ASSERT_EQ(kpt.size(), 14);
    for (int i = 0; i < kpt.size(); ++i)
        EXPECT_EQ(kpt[i].kptOrder, i + 1);
    EXPECT_EQ(kpt.first().code, u"RP"_s);
    EXPECT_EQ(kpt[1].name, u"SGP Educación"_s);
    EXPECT_EQ(kpt.last().code, u"OTROS"_s);
    const QList<CatalogFundingSource> &all = shipped().fundingSources();
    ASSERT_EQ(all.size(), 16);
    EXPECT_EQ(all[14].code, u"SGP_RES"_s);
    EXPECT_EQ(all[15].code, u"SGR"_s);
    EXPECT_EQ(all[15].kptOrder, 0);
    EXPECT_EQ(shipped().fundingSource(u"SGP_APSB"_s)->group, u"Sistema General de Participaciones"_s);
}

TEST(Catalog, CategoriesWellbeingSdgsAndPnd)
{
    const QList<CategoryThreshold> &cats = shipped().categoryThresholds();
    const CategoryThreshold &six = cats[6];
    EXPECT_EQ(six.entityType, EntityType::Municipality);
    EXPECT_EQ(six.category, u"6"_s);
    EXPECT_FALSE(six.populationMin.has_value());
    EXPECT_EQ(six.populationMax, 10000);
    EXPECT_EQ(six.icldSmmlvMax, 15000);
    EXPECT_EQ(cats[7].entityType, EntityType::Department);
    EXPECT_EQ(cats[7].populationMin, 2000001);

    const CatalogWellbeingIndicator &w = shipped().wellbeingIndicators().first();
    EXPECT_EQ(w.name, u"Tasa de analfabetismo para población de 15 años y más"_s);
    EXPECT_EQ(w.direction, Direction::Decrease);
    EXPECT_EQ(w.sectorCode, u"22"_s);
    EXPECT_EQ(shipped().sdg(4)->shortName, u"Educación de calidad"_s);
    EXPECT_FALSE(shipped().sdg(18).has_value());
    EXPECT_EQ(shipped().pndItems()[5].type, u"EJE_TRANSVERSAL"_s);
}

TEST(Catalog, ShipsThePublicMgaCatalogAsItsBaseVersion)
{
    EXPECT_EQ(shipped().version(), u"Planea base 2026.2"_s);
    ASSERT_EQ(shipped().versions().size(), 1);
    EXPECT_EQ(shipped().versions().first().products, 4307);
    EXPECT_EQ(shipped().program(u"4501"_s)->name, u"Fortalecimiento de la convivencia y la seguridad ciudadana"_s);
    EXPECT_EQ(shipped().program(u"4501"_s)->sectorCode, u"45"_s);
    EXPECT_EQ(shipped().programsOf(u"19"_s).size(), 5); // 1901, 1902, 1903, 1904, 1999
    EXPECT_EQ(shipped().product(u"2201028"_s)->name, u"Servicio de apoyo a la permanencia con alimentación escolar"_s);
    EXPECT_EQ(shipped().product(u"2201021"_s)->name, u"Infraestructura educativa restaurada"_s);
    EXPECT_EQ(shipped().product(u"2201051"_s)->name, u"Infraestructura educativa construida"_s);
    // The published indicator 220105100 nests under 2201051 «Infraestructura educativa construida».
    const CatalogProductIndicator *ind = shipped().productIndicator(u"220105100"_s);
    ASSERT_NE(ind, nullptr);
    EXPECT_EQ(ind->productCode, u"2201051"_s);
    EXPECT_EQ(ind->unit, u"Número"_s);
    EXPECT_TRUE(shipped().indicatorsOf(u"2201021"_s).isEmpty());
    EXPECT_EQ(shipped().productIndicator(u"240204112"_s)->unit, u"Kilómetros"_s);
    // Seen in published plans, but their products are not in this copy of the catalog.
    EXPECT_EQ(shipped().productIndicator(u"450104800"_s), nullptr);
    EXPECT_EQ(shipped().product(u"4501048"_s), nullptr);
}

TEST(Catalog, EveryMgaItemNestsInTheOneAboveIt)
{
    for (const CatalogProgram &p : shipped().programs()) {
        EXPECT_EQ(p.code.size(), 4) << p.code.toStdString();
        EXPECT_NE(shipped().sector(p.sectorCode), nullptr) << p.code.toStdString();
        EXPECT_TRUE(p.code.startsWith(p.sectorCode)) << p.code.toStdString();
        EXPECT_FALSE(p.name.isEmpty()) << p.code.toStdString();
    }
    for (const CatalogProduct &p : shipped().products()) {
        EXPECT_EQ(p.code.size(), 7) << p.code.toStdString();
        EXPECT_NE(shipped().program(p.programCode), nullptr) << p.code.toStdString();
        EXPECT_TRUE(p.code.startsWith(p.programCode)) << p.code.toStdString();
        EXPECT_FALSE(p.name.isEmpty()) << p.code.toStdString();
    }
    for (const CatalogProductIndicator &i : shipped().productIndicators())
        EXPECT_NE(shipped().product(i.productCode), nullptr) << i.code.toStdString();
}

TEST(Catalog, SectorNamesAreInSentenceCase)
{
    // The source writes them in upper case; the display name is the sentence-case form.
    EXPECT_EQ(shipped().sector(u"22"_s)->name, u"Educación"_s);
    EXPECT_EQ(shipped().sector(u"02"_s)->name, u"Presidencia de la República"_s);
    EXPECT_EQ(shipped().sector(u"35"_s)->name, u"Comercio, industria y turismo"_s);
    // «GOBIERNO TERRRITORIAL» in the source: the typing error is not shown.
    EXPECT_EQ(shipped().sector(u"45"_s)->name, u"Gobierno territorial"_s);
    for (const CatalogSector &sector : shipped().sectors()) {
        EXPECT_NE(sector.name, sector.name.toUpper()) << sector.code.toStdString();
        EXPECT_TRUE(sector.name.at(0).isUpper()) << sector.code.toStdString();
    }
}

TEST(Catalog, KindCodesRoundTrip)
{
    for (CatalogKind k :
         { CatalogKind::Department, CatalogKind::Municipality, CatalogKind::Sector, CatalogKind::Program,
           CatalogKind::Product, CatalogKind::ProductIndicator, CatalogKind::WellbeingIndicator, CatalogKind::Sdg,
           CatalogKind::Pnd, CatalogKind::FundingSource }) {
        EXPECT_EQ(catalogKindFromCode(catalogKindCode(k)), k);
        EXPECT_FALSE(catalogKindDisplayName(k).isEmpty());
    }
    EXPECT_EQ(catalogKindCode(CatalogKind::ProductIndicator), u"indicador_producto"_s);
    EXPECT_EQ(catalogKindDisplayName(CatalogKind::ProductIndicator), u"Indicador de producto"_s);
    EXPECT_FALSE(catalogKindFromCode(u"planeta"_s).has_value());
}

// --- Search ------------------------------------------------------------------------------------

TEST(CatalogSearch, IgnoresAccentsAndCase)
{
    for (const QString &q : { u"educacion"_s, u"EDUCACIÓN"_s, u"Educación"_s, u"educ"_s }) {
        const QList<CatalogHit> hits = shipped().search(q, CatalogKind::Sector);
        ASSERT_FALSE(hits.isEmpty()) << q.toStdString();
        EXPECT_EQ(hits.first().code, u"22"_s) << q.toStdString();
        EXPECT_EQ(hits.first().name, u"Educación"_s);
    }
    EXPECT_EQ(codes(shipped().search(u"medellin"_s, CatalogKind::Municipality)), QStringList { u"05001"_s });
    // ñ folds to n: "ninos" finds "niños".
    EXPECT_TRUE(codes(shipped().search(u"ninos"_s, CatalogKind::Program)).contains(u"4102"_s));
}

TEST(CatalogSearch, MatchesEveryWordAsAPrefix)
{
    const QList<CatalogHit> hits = shipped().search(u"buenav"_s, CatalogKind::Municipality);
    QStringList found = codes(hits);
    found.sort();
    // Four Buenavista, Buenaventura, and San Sebastián de Buenavista (a later word matches too).
    EXPECT_EQ(found, (QStringList { u"15109"_s, u"23079"_s, u"47692"_s, u"63111"_s, u"70110"_s, u"76109"_s }));
    EXPECT_EQ(shipped().municipality(u"47692"_s)->displayName, u"San Sebastián de Buenavista"_s);
    // The department is searchable too and shown as the detail.
    const QList<CatalogHit> quindio = shipped().search(u"buenavista quind"_s);
    ASSERT_EQ(quindio.size(), 1);
    EXPECT_EQ(quindio.first().code, u"63111"_s);
    EXPECT_EQ(quindio.first().kind, CatalogKind::Municipality);
    EXPECT_EQ(quindio.first().detail, u"Quindío"_s);
    EXPECT_EQ(codes(shipped().search(u"sedes mejor"_s, CatalogKind::ProductIndicator)), QStringList { u"220105200"_s });
    // Any word of a product name, not only the first, accents ignored.
    EXPECT_TRUE(codes(shipped().search(u"permanencia alimentacion"_s, CatalogKind::Product)).contains(u"2201028"_s));
    EXPECT_TRUE(codes(shipped().search(u"camaras seguridad"_s, CatalogKind::Product)).contains(u"4501028"_s));
}

TEST(CatalogSearch, NumericQueriesMatchCodesByPrefixExactCodeFirst)
{
    const QList<CatalogHit> hits = shipped().search(u"4501"_s);
    // The program, its 26 products in catalogs/mga_productos.csv and the indicator 450102800.
    ASSERT_EQ(hits.size(), 28);
    EXPECT_EQ(hits.first().kind, CatalogKind::Program);
    EXPECT_EQ(hits.first().code, u"4501"_s);
    const QStringList c = codes(hits);
    for (const QString &code : { u"4501028"_s, u"4501001"_s, u"450102800"_s })
        EXPECT_TRUE(c.contains(code)) << code.toStdString();
    for (const QString &code : c)
        EXPECT_TRUE(code.startsWith(u"4501"_s)) << code.toStdString();

    // An exact municipality code comes before everything else starting with it.
    EXPECT_EQ(shipped().search(u"63111"_s).first().code, u"63111"_s);
    const QList<CatalogHit> dep = shipped().search(u"63"_s);
    ASSERT_GE(dep.size(), 13);
    EXPECT_EQ(dep.first().kind, CatalogKind::Department);
    EXPECT_EQ(dep.first().code, u"63"_s);
}

TEST(CatalogSearch, UserTextNeverBecomesFtsSyntax)
{
    const QStringList nasty { u"\""_s,       u"\"\""_s,          u"*"_s,         u"-"_s,          u"san -andres"_s,
                              u"code:22"_s,  u"(salud"_s,        u"salud)"_s,    u"AND"_s,        u"salud AND"_s,
                              u"OR salud"_s, u"NOT"_s,           u"NEAR(a b)"_s, u"^salud"_s,     u"{code}: 22"_s,
                              u"a\"b"_s,     u"'; DROP TABLE"_s, u"salud*"_s,    u"+ - * / \\"_s, u"\t\n"_s };
    for (const QString &q : nasty)
        (void)shipped().search(q); // must neither fail nor crash
    EXPECT_EQ(codes(shipped().search(u"(salud"_s, CatalogKind::Sector)), QStringList { u"19"_s });
    EXPECT_EQ(codes(shipped().search(u"\"salud\"*"_s, CatalogKind::Sector)), QStringList { u"19"_s });
    EXPECT_EQ(codes(shipped().search(u"code:22"_s, CatalogKind::Sector)), QStringList());
    EXPECT_EQ(codes(shipped().search(u"22:"_s, CatalogKind::Sector)), QStringList { u"22"_s });
    EXPECT_EQ(CatalogSearchIndex::ftsQuery(u"san-andrés (NOT)"_s), u"\"san\"* \"andrés\"* \"NOT\"*"_s);
}

TEST(CatalogSearch, EmptyQueryGivesNothing)
{
    EXPECT_TRUE(shipped().search(QString()).isEmpty());
    EXPECT_TRUE(shipped().search(u"   "_s).isEmpty());
    EXPECT_TRUE(shipped().search(u"*-:()"_s).isEmpty());
    EXPECT_TRUE(shipped().search(u"zzzzqqq"_s).isEmpty());
}

TEST(CatalogSearch, KindFilterAndLimit)
{
    const QList<CatalogHit> all = shipped().search(u"san"_s, std::nullopt, 1000);
    EXPECT_GT(all.size(), 50);
    EXPECT_EQ(shipped().search(u"san"_s).size(), 50); // default limit
    EXPECT_EQ(shipped().search(u"san"_s, std::nullopt, 5).size(), 5);
    EXPECT_TRUE(shipped().search(u"san"_s, std::nullopt, 0).isEmpty());
    const QList<CatalogHit> deps = shipped().search(u"san"_s, CatalogKind::Department);
    ASSERT_EQ(deps.size(), 3); // Archipiélago de San Andrés..., Norte de Santander, Santander (prefix)
    for (const CatalogHit &h : deps)
        EXPECT_EQ(h.kind, CatalogKind::Department);
    const QList<CatalogHit> sdg = shipped().search(u"clima"_s, CatalogKind::Sdg);
    ASSERT_EQ(sdg.size(), 1);
    EXPECT_EQ(sdg.first().code, u"13"_s);
    EXPECT_EQ(codes(shipped().search(u"regalias"_s, CatalogKind::FundingSource)), QStringList { u"SGR"_s });
    EXPECT_FALSE(shipped().search(u"homicidios"_s, CatalogKind::WellbeingIndicator).isEmpty());
    EXPECT_FALSE(shipped().search(u"convergencia"_s, CatalogKind::Pnd).isEmpty());
}

// --- MGA catalog import ------------------------------------------------------------------------

TEST(MgaImport, ImportsAVersionThatTheNextLoadUses)
{
    test::TempDir dir;
    auto result = importMgaCatalog(dataFile(u"mga_v1.csv"_s), dir.root());
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->rows, 6);
    EXPECT_EQ(result->previousVersion, u"Planea base 2026.2"_s);
    EXPECT_EQ(result->version.sourceName, u"mga_v1.csv"_s);
    EXPECT_EQ(result->version.products, 6);
    EXPECT_EQ(result->version.productIndicators, 6);
    EXPECT_TRUE(QFile::exists(dir.root() + u"/catalogs/"_s + result->version.fileName));

    auto catalog = loadOrFail(dir.root());
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->version(), result->version.id);
    ASSERT_EQ(catalog->versions().size(), 2);
    EXPECT_EQ(catalog->versions().first().id, u"Planea base 2026.2"_s);
    EXPECT_EQ(catalog->stats().productIndicators, 6);
    EXPECT_EQ(catalog->stats().programs, 4);
    const CatalogProduct *p = catalog->product(u"2201051"_s);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->name, u"Infraestructura educativa construida"_s);
    EXPECT_EQ(p->unit, u"Número"_s);
    EXPECT_EQ(catalog->product(u"2402041"_s)->description, u"Texto con \"comillas\" y ; separador\nen dos líneas"_s);
    EXPECT_TRUE(catalog->productIndicator(u"220105100"_s)->isMain);
    EXPECT_FALSE(catalog->productIndicator(u"220105200"_s)->isMain);
    EXPECT_TRUE(catalog->productIndicator(u"450102800"_s)->active); // "SI" and "si" are yes
    // A program cell without a name takes the base catalog's name.
    EXPECT_EQ(catalog->program(u"2402"_s)->name, u"Infraestructura red vial regional"_s);
    EXPECT_EQ(catalog->program(u"3203"_s)->name, u"Gestión integral del recurso hídrico"_s);
    EXPECT_EQ(catalog->product(u"2201021"_s), nullptr); // seed item, not in this version
    // The search index follows the imported version.
    EXPECT_EQ(codes(catalog->search(u"2201051"_s)).first(), u"2201051"_s);
    // The shipped catalog is not affected by another data folder.
    EXPECT_EQ(shipped().version(), u"Planea base 2026.2"_s);
}

TEST(MgaImport, NewestVersionWinsAndTheDiffSaysWhatChanged)
{
    test::TempDir dir;
    auto v1 = importMgaCatalog(dataFile(u"mga_v1.csv"_s), dir.root());
    ASSERT_TRUE(v1.ok()) << v1.error().message.toStdString();
    auto v2 = importMgaCatalog(dataFile(u"mga_v2.csv"_s), dir.root());
    ASSERT_TRUE(v2.ok()) << v2.error().message.toStdString();
    EXPECT_NE(v2->version.id, v1->version.id);
    EXPECT_EQ(v2->previousVersion, v1->version.id);

    const CatalogDiff &diff = v2->diff;
    QStringList added, renamed, deactivated;
    for (const auto &e : diff.added)
        added.append(catalogKindCode(e.kind) + u':' + e.code);
    for (const auto &e : diff.renamed)
        renamed.append(e.code + u':' + e.oldName + u'>' + e.newName);
    for (const auto &e : diff.deactivated)
        deactivated.append(catalogKindCode(e.kind) + u':' + e.code);
    EXPECT_EQ(added, (QStringList { u"programa:3301"_s, u"producto:3301085"_s, u"indicador_producto:330108500"_s }));
    EXPECT_EQ(renamed, QStringList { u"220105200:Sedes educativas mejoradas>Sedes educativas mejoradas y dotadas"_s });
    EXPECT_EQ(deactivated,
              (QStringList { u"programa:3203"_s, u"producto:3203050"_s, u"indicador_producto:450102800"_s,
                             u"indicador_producto:320305000"_s }));

    auto catalog = loadOrFail(dir.root());
    ASSERT_TRUE(catalog);
    ASSERT_EQ(catalog->versions().size(), 3);
    EXPECT_EQ(catalog->version(), v2->version.id);
    EXPECT_NE(catalog->productIndicator(u"330108500"_s), nullptr);
    EXPECT_EQ(catalog->productIndicator(u"320305000"_s), nullptr);
    EXPECT_FALSE(catalog->productIndicator(u"450102800"_s)->active);
    EXPECT_EQ(catalog->program(u"3301"_s)->name, u"Promoción y acceso efectivo a procesos culturales y artísticos"_s);

    // The same file again stores nothing new.
    const auto before = snapshot(dir.root());
    auto again = importMgaCatalog(dataFile(u"mga_v2.csv"_s), dir.root());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->version.id, v2->version.id);
    EXPECT_TRUE(again->diff.isEmpty());
    EXPECT_EQ(snapshot(dir.root()), before);
}

struct BadImportCase
{
    const char *file;
    const char16_t *message;
};

class MgaImportRejects : public ::testing::TestWithParam<BadImportCase>
{
};

TEST_P(MgaImportRejects, TheWholeFileWithRowAndColumnChangingNothing)
{
    test::TempDir dir;
    // A data folder that already holds a version: it must stay exactly as it is.
    ASSERT_TRUE(importMgaCatalog(dataFile(u"mga_v1.csv"_s), dir.root()).ok());
    const auto before = snapshot(dir.root());
    const QString file = QString::fromUtf8(GetParam().file);

    auto result = importMgaCatalog(dataFile(file), dir.root());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(result.error().message, QString::fromUtf16(GetParam().message));
    EXPECT_EQ(snapshot(dir.root()), before);
    auto catalog = loadOrFail(dir.root());
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->versions().size(), 2);
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, MgaImportRejects,
    ::testing::Values(
        BadImportCase { "bad_non_numeric.csv",
                        u"«bad_non_numeric.csv», fila 5, columna «código del indicador»: "
                        u"«45O102800» no es un código: debe tener solo dígitos." },
        BadImportCase { "bad_length.csv",
                        u"«bad_length.csv», fila 3, columna «código del indicador»: «22010» no es "
                        u"un código de indicador de 9 dígitos." },
        BadImportCase { "bad_nesting.csv",
                        u"«bad_nesting.csv», fila 4, columna «código del indicador»: «450204800» no "
                        u"pertenece al producto 4501048: sus primeros 7 dígitos deben ser 4501048." },
        BadImportCase { "bad_program_nesting.csv",
                        u"«bad_program_nesting.csv», fila 2, columna «programa»: «2201» no pertenece al sector 23: "
                        u"sus primeros 2 dígitos deben ser 23." },
        BadImportCase { "bad_flag.csv",
                        u"«bad_flag.csv», fila 3, columna «indicador principal»: «Tal vez» no es un "
                        u"valor válido: escriba «Sí» o «No»." },
        BadImportCase { "bad_empty_flag.csv",
                        u"«bad_empty_flag.csv», fila 4, columna «producto activo»: falta el "
                        u"valor: escriba «Sí» o «No»." },
        BadImportCase { "bad_field_count.csv",
                        u"«bad_field_count.csv», fila 5: se esperaban 11 campos (como en el "
                        u"encabezado) y hay 10." },
        BadImportCase { "bad_after_multiline.csv",
                        u"«bad_after_multiline.csv», fila 8, columna «producto»: «320305» "
                        u"no es un código de producto de 7 dígitos." },
        BadImportCase { "bad_duplicate.csv",
                        u"«bad_duplicate.csv», fila 3, columna «código del indicador»: el "
                        u"indicador «220105100» está repetido (ya aparece en la fila 2)." },
        BadImportCase { "missing_column.csv",
                        u"«missing_column.csv» no es un catálogo MGA: al encabezado (línea 1) "
                        u"le falta(n) la(s) columna(s) «código del indicador»." },
        BadImportCase { "empty.csv", u"«empty.csv» está vacío: no tiene fila de encabezado." },
        BadImportCase { "header_only.csv", u"«header_only.csv» tiene encabezado pero ninguna fila del catálogo." },
        BadImportCase { "unterminated_quote.csv",
                        u"«unterminated_quote.csv», línea 3: un campo entre comillas nunca "
                        u"se cierra (falta la comilla de cierre)." }));

TEST(MgaImport, RejectsABinaryFileAndAMissingFile)
{
    test::TempDir dir;
    const QString binary = dir.path(u"catalogo.xlsx.csv"_s);
    QFile f(binary);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14));
    f.close();
    const auto before = snapshot(dir.root());
    auto result = importMgaCatalog(binary, dir.root());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message,
              u"«catalogo.xlsx.csv» no es un archivo de texto (CSV): contiene datos binarios (línea 1)."_s);
    EXPECT_EQ(snapshot(dir.root()), before);
    EXPECT_FALSE(QDir(dir.root() + u"/catalogs"_s).exists());

    auto missing = importMgaCatalog(dir.path(u"no-existe.csv"_s), dir.root());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::Io);
}

TEST(MgaImport, ADamagedVersionListIsReportedNotIgnored)
{
    test::TempDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.root() + u"/catalogs"_s));
    QFile f(dir.root() + u"/catalogs/mga-versions.json"_s);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ esto no es json");
    f.close();
    auto result = Catalog::load(dir.root());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith(u"La lista de catálogos importados"_s))
        << result.error().message.toStdString();
}

// --- The MGA tables are parsed when first needed ---------------------------------------------

TEST(CatalogLazyMga, EveryLookupAnswersAsTheShippedTablesSay)
{
    auto catalog = loadOrFail(QString());
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->version(), u"Planea base 2026.2"_s); // known without parsing the MGA tables
    // The first need is a lookup, not stats() or a list.
    ASSERT_NE(catalog->product(u"2201028"_s), nullptr);
    EXPECT_TRUE(catalog->mgaStatus().ok());
    auto seed = MgaVersionStore::readSeed();
    ASSERT_TRUE(seed.ok());
    ASSERT_EQ(catalog->products().size(), seed->products.size());
    for (const CatalogProduct &p : seed->products) {
        const CatalogProduct *found = catalog->product(p.code);
        ASSERT_NE(found, nullptr) << p.code.toStdString();
        EXPECT_EQ(found->name, p.name);
        EXPECT_EQ(found->programCode, p.programCode);
    }
    for (const CatalogProgram &p : seed->programs) {
        const CatalogProgram *found = catalog->program(p.code);
        ASSERT_NE(found, nullptr) << p.code.toStdString();
        EXPECT_EQ(found->name, p.name);
    }
    for (const CatalogProductIndicator &i : seed->indicators) {
        const CatalogProductIndicator *found = catalog->productIndicator(i.code);
        ASSERT_NE(found, nullptr) << i.code.toStdString();
        EXPECT_EQ(found->name, i.name);
    }
    EXPECT_EQ(catalog->versions().first().products, 4307);
    EXPECT_EQ(catalog->stats().products, 4307);
}

TEST(CatalogLazyMga, ADamagedImportedFileIsReportedWhenFirstNeeded)
{
    test::TempDir dir;
    auto imported = importMgaCatalog(dataFile(u"mga_v1.csv"_s), dir.root());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    QFile f(dir.root() + u"/catalogs/"_s + imported->version.fileName);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("esto,no\nes,un catálogo\n");
    f.close();

    // Starting does not read the version file ...
    auto catalog = Catalog::load(dir.root());
    ASSERT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
    EXPECT_EQ((*catalog)->version(), imported->version.id);
    // ... the first need does, and says in Spanish what is wrong; lookups then find nothing.
    const Status status = (*catalog)->mgaStatus();
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.startsWith(u"El catálogo importado"_s)) << status.error().message.toStdString();
    EXPECT_EQ((*catalog)->product(u"2201051"_s), nullptr);
    EXPECT_TRUE((*catalog)->products().isEmpty());
    EXPECT_EQ((*catalog)->stats().products, 0);
    EXPECT_FALSE((*catalog)->mgaStatus().ok()); // the same answer every time
    // Search still answers for the rest of the catalog.
    EXPECT_FALSE((*catalog)->search(u"Bogotá"_s).isEmpty());
}
