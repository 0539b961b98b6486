#pragma once

#include "catalog/Catalog.h"
#include "catalog/MgaCatalogImport.h"

#include <memory>

namespace planea {

class CatalogSearchIndex;

/// Builds a Catalog from the shipped CSVs and an MGA table (seed or imported version).
class CatalogLoader final
{
    Q_DECLARE_TR_FUNCTIONS(planea::CatalogLoader)

public:
    static Result<std::shared_ptr<const Catalog>> load(const QString &dataDir);

private:
    static Status loadShipped(Catalog &catalog);
    static void setMga(Catalog::Mga &mga, const MgaCatalogTable &table, const MgaCatalogTable &base);
    static void buildLookups(Catalog &catalog);
    friend class Catalog;
    /// Parses the MGA tables in use (the seed or the newest imported version) into catalog.m_mga;
    /// called once, by Catalog::mga().
    static void loadMga(const Catalog &catalog);
    static Result<std::unique_ptr<CatalogSearchIndex>> buildSearch(const Catalog &catalog);
};

} // namespace planea
