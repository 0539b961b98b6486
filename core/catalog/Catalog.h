#pragma once

#include "catalog/CatalogTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <mutex>

namespace planea {

class CatalogSearchIndex;

/// The reference catalogs, read-only: DIVIPOLA, Ley 617 categories, ODS, PND, funding sources,
/// MGA sectors, welfare indicators (shipped in catalogs/*.csv, embedded as Qt resources under
/// :/planea/catalogs/) and the MGA programs, products and product indicators (the shipped seed,
/// or the newest version the user imported into the data folder with importMgaCatalog()).
///
/// Load it once and share it; it is used from the GUI thread (its search index is an in-memory
/// SQLite database, built by the first search and owned by the thread that ran it).
///
/// The MGA programs, products and product indicators (thousands of rows) are not parsed by load():
/// the first call that needs them (a lookup, a list, stats(), versions(), a search, mgaStatus())
/// parses them once, under std::call_once, so that first call may come from any thread and every
/// other caller waits for it. When the shipped or imported MGA file is damaged, mgaStatus() gives
/// the error (in the user's language) and the MGA lookups find nothing; callers that need the MGA
/// catalog check mgaStatus() first.
class Catalog final
{
    Q_DECLARE_TR_FUNCTIONS(planea::Catalog)

public:
    /// Version of the shipped MGA seed.
    static QString shippedVersion();

    /// Loads the shipped catalogs plus, when `dataDir` holds imported MGA catalog versions, the
    /// newest of them. An empty `dataDir` loads the shipped catalogs only.
    static Result<std::shared_ptr<const Catalog>> load(const QString &dataDir);

    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    /// The catalog version new plans record (the MGA version in use).
    QString version() const;
    /// Every MGA version available: the shipped seed first, then imported ones, oldest first.
    const QList<CatalogVersionInfo> &versions() const;

    /// Parses the MGA tables if no call has yet; the error when the shipped or imported MGA file
    /// is damaged (the same error on every later call).
    Status mgaStatus() const;

    /// Search-as-you-type: case- and accent-insensitive, every word matches as a prefix; a numeric
    /// word matches codes by prefix. Exact code matches come first. Empty text gives no hits.
    QList<CatalogHit> search(const QString &text, std::optional<CatalogKind> kind = {}, int limit = 50) const;

    CatalogStats stats() const;

    // --- Lookups by code (nullptr when absent). ---------------------------------------------
    const CatalogDepartment *department(const QString &code) const;
    const CatalogMunicipality *municipality(const QString &code) const;
    const CatalogSector *sector(const QString &code) const;
    const CatalogProgram *program(const QString &code) const;
    const CatalogProduct *product(const QString &code) const;
    const CatalogProductIndicator *productIndicator(const QString &code) const;
    std::optional<CatalogSdg> sdg(int number) const;
    const CatalogFundingSource *fundingSource(const QString &code) const;

    // --- Whole lists, in catalog order. -------------------------------------------------------
    const QList<CatalogDepartment> &departments() const { return m_departments; }
    /// Every DIVIPOLA entity (municipios, the island, áreas no municipalizadas) in code order.
    const QList<CatalogMunicipality> &municipalities() const { return m_municipalities; }
    QList<CatalogMunicipality> municipalitiesOf(const QString &departmentCode) const;
    const QList<CatalogSector> &sectors() const { return m_sectors; }
    const QList<CatalogProgram> &programs() const { return mga().programs; }
    QList<CatalogProgram> programsOf(const QString &sectorCode) const;
    const QList<CatalogProduct> &products() const { return mga().products; }
    QList<CatalogProduct> productsOf(const QString &programCode) const;
    const QList<CatalogProductIndicator> &productIndicators() const { return mga().indicators; }
    QList<CatalogProductIndicator> indicatorsOf(const QString &productCode) const;
    const QList<CatalogWellbeingIndicator> &wellbeingIndicators() const { return m_wellbeingIndicators; }
    const QList<CatalogSdg> &sdgs() const { return m_sdgs; }
    const QList<CatalogPndItem> &pndItems() const { return m_pndItems; }
    /// Every funding source: the 14 KPT 2024 export columns in export order, then the others.
    const QList<CatalogFundingSource> &fundingSources() const { return m_fundingSources; }
    /// Only the 14 KPT 2024 export columns, in export order.
    QList<CatalogFundingSource> kptFundingSources() const;
    const QList<CategoryThreshold> &categoryThresholds() const { return m_categories; }

private:
    Catalog();
    friend class CatalogLoader;

    // The MGA tables in use, filled by the first call of mga().
    struct Mga
    {
        QList<CatalogProgram> programs;
        QList<CatalogProduct> products;
        QList<CatalogProductIndicator> indicators;
        QHash<QString, qsizetype> programIndex, productIndex, indicatorIndex;
        Status status;
    };
    const Mga &mga() const;

    QString m_version;
    QString m_dataDir;
    // m_versions' seed entry gets its counts when the MGA tables are parsed.
    mutable QList<CatalogVersionInfo> m_versions;
    mutable std::once_flag m_mgaOnce;
    mutable Mga m_mga;
    QList<CatalogDepartment> m_departments;
    QList<CatalogMunicipality> m_municipalities;
    QList<CatalogSector> m_sectors;
    QList<CatalogWellbeingIndicator> m_wellbeingIndicators;
    QList<CatalogSdg> m_sdgs;
    QList<CatalogPndItem> m_pndItems;
    QList<CatalogFundingSource> m_fundingSources;
    QList<CategoryThreshold> m_categories;
    QHash<QString, qsizetype> m_departmentIndex, m_municipalityIndex, m_sectorIndex, m_fundingSourceIndex;
    // Built by the first search (see CatalogLoader::load); m_searchFailed stops retrying.
    mutable std::unique_ptr<CatalogSearchIndex> m_search;
    mutable bool m_searchFailed = false;
};

} // namespace planea
