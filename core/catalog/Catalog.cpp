#include "catalog/Catalog.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CatalogSearchIndex.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

template<typename T> const T *lookup(const QList<T> &list, const QHash<QString, qsizetype> &index, const QString &code)
{
    const auto it = index.constFind(code.trimmed());
    return it == index.constEnd() ? nullptr : &list.at(it.value());
}

template<typename T, typename Pred> QList<T> filtered(const QList<T> &list, Pred pred)
{
    QList<T> out;
    for (const T &item : list) {
        if (pred(item))
            out.append(item);
    }
    return out;
}

} // namespace

Catalog::Catalog() = default;
Catalog::~Catalog() = default;

QString Catalog::shippedVersion()
{
    return u"Planea base 2026.2"_s;
}

Result<std::shared_ptr<const Catalog>> Catalog::load(const QString &dataDir)
{
    return CatalogLoader::load(dataDir);
}

QString Catalog::version() const
{
    return m_version;
}

const Catalog::Mga &Catalog::mga() const
{
    std::call_once(m_mgaOnce, [this] { CatalogLoader::loadMga(*this); });
    return m_mga;
}

Status Catalog::mgaStatus() const
{
    return mga().status;
}

const QList<CatalogVersionInfo> &Catalog::versions() const
{
    mga();
    return m_versions;
}

QList<CatalogHit> Catalog::search(const QString &text, std::optional<CatalogKind> kind, int limit) const
{
    if (!m_search && !m_searchFailed) {
        auto index = CatalogLoader::buildSearch(*this);
        if (index)
            m_search = std::move(index.value());
        else {
            m_searchFailed = true;
            qWarning("%s", qPrintable(index.error().message));
        }
    }
    return m_search ? m_search->search(text, kind, limit) : QList<CatalogHit>();
}

CatalogStats Catalog::stats() const
{
    CatalogStats s;
    s.departments = int(m_departments.size());
    for (const CatalogMunicipality &m : m_municipalities) {
        switch (m.type) {
        case MunicipalityType::Municipality:
            ++s.municipalities;
            break;
        case MunicipalityType::Island:
            ++s.islands;
            break;
        case MunicipalityType::NonMunicipalizedArea:
            ++s.nonMunicipalizedAreas;
            break;
        }
    }
    s.sectors = int(m_sectors.size());
    const Mga &tables = mga();
    s.programs = int(tables.programs.size());
    s.products = int(tables.products.size());
    s.productIndicators = int(tables.indicators.size());
    s.wellbeingIndicators = int(m_wellbeingIndicators.size());
    s.sdgs = int(m_sdgs.size());
    s.pndItems = int(m_pndItems.size());
    s.fundingSources = int(m_fundingSources.size());
    return s;
}

const CatalogDepartment *Catalog::department(const QString &code) const
{
    return lookup(m_departments, m_departmentIndex, code);
}

const CatalogMunicipality *Catalog::municipality(const QString &code) const
{
    return lookup(m_municipalities, m_municipalityIndex, code);
}

const CatalogSector *Catalog::sector(const QString &code) const
{
    return lookup(m_sectors, m_sectorIndex, code);
}

const CatalogProgram *Catalog::program(const QString &code) const
{
    return lookup(mga().programs, mga().programIndex, code);
}

const CatalogProduct *Catalog::product(const QString &code) const
{
    return lookup(mga().products, mga().productIndex, code);
}

const CatalogProductIndicator *Catalog::productIndicator(const QString &code) const
{
    return lookup(mga().indicators, mga().indicatorIndex, code);
}

std::optional<CatalogSdg> Catalog::sdg(int number) const
{
    for (const CatalogSdg &s : m_sdgs) {
        if (s.number == number)
            return s;
    }
    return std::nullopt;
}

const CatalogFundingSource *Catalog::fundingSource(const QString &code) const
{
    return lookup(m_fundingSources, m_fundingSourceIndex, code);
}

QList<CatalogMunicipality> Catalog::municipalitiesOf(const QString &departmentCode) const
{
    return filtered(m_municipalities, [&](const CatalogMunicipality &m) { return m.departmentCode == departmentCode; });
}

QList<CatalogProgram> Catalog::programsOf(const QString &sectorCode) const
{
    return filtered(mga().programs, [&](const CatalogProgram &p) { return p.sectorCode == sectorCode; });
}

QList<CatalogProduct> Catalog::productsOf(const QString &programCode) const
{
    return filtered(mga().products, [&](const CatalogProduct &p) { return p.programCode == programCode; });
}

QList<CatalogProductIndicator> Catalog::indicatorsOf(const QString &productCode) const
{
    return filtered(mga().indicators, [&](const CatalogProductIndicator &i) { return i.productCode == productCode; });
}

QList<CatalogFundingSource> Catalog::kptFundingSources() const
{
    return filtered(m_fundingSources, [](const CatalogFundingSource &f) { return f.kptOrder > 0; });
}

} // namespace planea
