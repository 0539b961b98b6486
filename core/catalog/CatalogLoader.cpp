#include "catalog/CatalogLoader.h"

#include "catalog/CatalogSearchIndex.h"
#include "catalog/MgaVersionStore.h"
#include "catalog/ShippedCsv.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

std::optional<qint64> optionalNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

template<typename T, typename Key> QHash<QString, qsizetype> indexBy(const QList<T> &list, Key key)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(key(list.at(i)), i);
    return index;
}

CatalogSearchIndex::Entry entry(CatalogKind kind, const QString &code, const QString &name, const QString &detail,
                                const QString &extra)
{
    CatalogSearchIndex::Entry e;
    e.hit = { kind, code, name, detail };
    e.extraText = extra;
    return e;
}

} // namespace

Status CatalogLoader::loadShipped(Catalog &c)
{
    auto departments = ShippedCsv::read(
        u"divipola_departamentos.csv"_s,
        { u"codigo"_s, u"nombre"_s, u"nombre_display"_s, u"num_municipios"_s, u"num_otras_entidades"_s });
    if (!departments)
        return departments.error();
    for (const auto &r : *departments)
        c.m_departments.append({ r.at(0), r.at(1), r.at(2), r.at(3).toInt(), r.at(4).toInt() });

    auto municipalities = ShippedCsv::read(u"divipola_municipios.csv"_s,
                                           { u"codigo"_s, u"nombre"_s, u"nombre_display"_s, u"codigo_departamento"_s,
                                             u"tipo"_s, u"longitud"_s, u"latitud"_s });
    if (!municipalities)
        return municipalities.error();
    for (const auto &r : *municipalities) {
        const auto type = municipalityTypeFromCode(r.at(4));
        if (!type)
            return Error::internal(tr("Unknown DIVIPOLA entity type «%1» for %2.").arg(r.at(4), r.at(0)));
        c.m_municipalities.append(
            { r.at(0), r.at(1), r.at(2), r.at(3), *type, r.at(5).toDouble(), r.at(6).toDouble() });
    }

    auto sectors = ShippedCsv::read(u"sectores_mga.csv"_s, { u"codigo"_s, u"nombre"_s, u"verificacion"_s });
    if (!sectors)
        return sectors.error();
    for (const auto &r : *sectors)
        c.m_sectors.append({ r.at(0), r.at(1), r.at(2) });

    auto wellbeing = ShippedCsv::read(
        u"indicadores_bienestar.csv"_s,
        { u"codigo"_s, u"nombre"_s, u"unidad"_s, u"codigo_sector"_s, u"sentido_deseado"_s, u"fuente"_s });
    if (!wellbeing)
        return wellbeing.error();
    for (const auto &r : *wellbeing) {
        const auto direction = directionFromCode(r.at(4));
        if (!direction)
            return Error::internal(tr("Unknown desired direction «%1» for «%2».").arg(r.at(4), r.at(1)));
        c.m_wellbeingIndicators.append({ r.at(0), r.at(1), r.at(2), r.at(3), *direction, r.at(5) });
    }

    auto sdgs = ShippedCsv::read(u"ods.csv"_s, { u"numero"_s, u"nombre_corto"_s, u"nombre_oficial"_s });
    if (!sdgs)
        return sdgs.error();
    for (const auto &r : *sdgs)
        c.m_sdgs.append({ r.at(0).toInt(), r.at(1), r.at(2) });

    auto pnd = ShippedCsv::read(u"pnd_2022_2026.csv"_s, { u"plan"_s, u"codigo"_s, u"tipo"_s, u"nombre"_s });
    if (!pnd)
        return pnd.error();
    for (const auto &r : *pnd)
        c.m_pndItems.append({ r.at(0), r.at(1), r.at(2), r.at(3) });

    auto sources = ShippedCsv::read(u"fuentes_financiacion.csv"_s,
                                    { u"codigo"_s, u"nombre"_s, u"grupo"_s, u"orden_kpt_2024"_s, u"notas"_s });
    if (!sources)
        return sources.error();
    for (const auto &r : *sources)
        c.m_fundingSources.append({ r.at(0), r.at(1), r.at(2), r.at(3).toInt(), r.at(4) });
    // KPT columns in export order first, then the sources the KPT export has no column for.
    std::stable_sort(c.m_fundingSources.begin(), c.m_fundingSources.end(), [](const auto &a, const auto &b) {
        const int ka = a.kptOrder > 0 ? a.kptOrder : INT_MAX;
        const int kb = b.kptOrder > 0 ? b.kptOrder : INT_MAX;
        return ka < kb;
    });

    auto categories = ShippedCsv::read(u"categorias_ley617.csv"_s,
                                       { u"tipo_entidad"_s, u"categoria"_s, u"poblacion_min"_s, u"poblacion_max"_s,
                                         u"icld_smmlv_min"_s, u"icld_smmlv_max"_s });
    if (!categories)
        return categories.error();
    for (const auto &r : *categories) {
        CategoryThreshold t;
        t.entityType = r.at(0) == u"departamento"_s ? EntityType::Department : EntityType::Municipality;
        t.category = r.at(1);
        t.populationMin = optionalNumber(r.at(2));
        t.populationMax = optionalNumber(r.at(3));
        t.icldSmmlvMin = optionalNumber(r.at(4));
        t.icldSmmlvMax = optionalNumber(r.at(5));
        c.m_categories.append(t);
    }
    return {};
}

void CatalogLoader::setMga(Catalog::Mga &m, const MgaCatalogTable &table, const MgaCatalogTable &base)
{
    m.programs = table.programs;
    m.products = table.products;
    m.indicators = table.indicators;
    // An imported catalog names programs only through its "2201 - Nombre" cells; fill the
    // gaps from the shipped base catalog.
    if (&table != &base) {
        const auto baseIndex = indexBy(base.programs, [](const CatalogProgram &p) { return p.code; });
        for (CatalogProgram &p : m.programs) {
            if (p.name.isEmpty() && baseIndex.contains(p.code))
                p.name = base.programs.at(baseIndex.value(p.code)).name;
        }
    }
    auto byCode = [](const auto &a, const auto &b) { return a.code < b.code; };
    std::sort(m.programs.begin(), m.programs.end(), byCode);
    std::sort(m.products.begin(), m.products.end(), byCode);
    std::sort(m.indicators.begin(), m.indicators.end(), byCode);
    auto code = [](const auto &item) { return item.code; };
    m.programIndex = indexBy(m.programs, code);
    m.productIndex = indexBy(m.products, code);
    m.indicatorIndex = indexBy(m.indicators, code);
}

void CatalogLoader::loadMga(const Catalog &c)
{
    Catalog::Mga &m = c.m_mga;
    auto seed = MgaVersionStore::readSeed();
    if (!seed) {
        m.status = seed.error();
        return;
    }
    c.m_versions.first().products = int(seed->products.size());
    c.m_versions.first().productIndicators = int(seed->indicators.size());
    if (c.m_versions.size() == 1) {
        setMga(m, *seed, *seed);
        return;
    }
    auto newest = MgaVersionStore::read(c.m_dataDir, c.m_versions.constLast());
    if (!newest) {
        m.status = newest.error();
        return;
    }
    setMga(m, *newest, *seed);
}

void CatalogLoader::buildLookups(Catalog &c)
{
    auto code = [](const auto &item) { return item.code; };
    c.m_departmentIndex = indexBy(c.m_departments, code);
    c.m_municipalityIndex = indexBy(c.m_municipalities, code);
    c.m_sectorIndex = indexBy(c.m_sectors, code);
    c.m_fundingSourceIndex = indexBy(c.m_fundingSources, code);
}

Result<std::unique_ptr<CatalogSearchIndex>> CatalogLoader::buildSearch(const Catalog &c)
{
    QList<CatalogSearchIndex::Entry> entries;
    entries.reserve(c.m_municipalities.size() + c.productIndicators().size() + c.products().size() + 200);
    for (const auto &d : c.m_departments)
        entries.append(entry(CatalogKind::Department, d.code, d.displayName, {}, {}));
    for (const auto &m : c.m_municipalities) {
        const CatalogDepartment *dep = c.department(m.departmentCode);
        const QString depName = dep ? dep->displayName : QString();
        entries.append(entry(CatalogKind::Municipality, m.code, m.displayName, depName, depName));
    }
    for (const auto &s : c.m_sectors)
        entries.append(entry(CatalogKind::Sector, s.code, s.name, {}, {}));
    for (const auto &p : c.programs()) {
        const CatalogSector *sector = c.sector(p.sectorCode);
        entries.append(entry(CatalogKind::Program, p.code, p.name, sector ? sector->name : QString(), {}));
    }
    for (const auto &p : c.products()) {
        entries.append(entry(CatalogKind::Product, p.code, p.name, p.unit, p.description));
    }
    for (const auto &i : c.productIndicators()) {
        const CatalogProduct *product = c.product(i.productCode);
        entries.append(
            entry(CatalogKind::ProductIndicator, i.code, i.name, i.unit, product ? product->name : QString()));
    }
    for (const auto &w : c.m_wellbeingIndicators)
        entries.append(entry(CatalogKind::WellbeingIndicator, w.code, w.name, w.unit, w.source));
    for (const auto &s : c.m_sdgs) {
        entries.append(entry(CatalogKind::Sdg, QString::number(s.number), s.shortName, s.officialName, s.officialName));
    }
    for (const auto &p : c.m_pndItems)
        entries.append(entry(CatalogKind::Pnd, p.code, p.name, p.plan, {}));
    for (const auto &f : c.m_fundingSources)
        entries.append(entry(CatalogKind::FundingSource, f.code, f.name, f.group, f.group));

    return CatalogSearchIndex::build(entries);
}

Result<std::shared_ptr<const Catalog>> CatalogLoader::load(const QString &dataDir)
{
    std::shared_ptr<Catalog> catalog(new Catalog());
    if (Status shipped = loadShipped(*catalog); !shipped)
        return shipped.error();

    // The seed's counts are filled when its file is parsed (CatalogLoader::loadMga).
    CatalogVersionInfo seedInfo;
    seedInfo.id = Catalog::shippedVersion();
    auto imported = MgaVersionStore::list(dataDir);
    if (!imported)
        return imported.error();
    catalog->m_dataDir = dataDir;
    catalog->m_versions = { seedInfo };
    catalog->m_versions.append(*imported);
    catalog->m_version = catalog->m_versions.constLast().id;

    buildLookups(*catalog);
    // Neither the MGA tables (Catalog::mga) nor the search index (Catalog::search) are built here:
    // parsing and indexing the 4,307 products would slow down every program start.
    return std::shared_ptr<const Catalog>(std::move(catalog));
}

} // namespace planea
