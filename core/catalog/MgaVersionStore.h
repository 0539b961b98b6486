#pragma once

#include "catalog/MgaCatalogImport.h"

#include <QCoreApplication>

namespace planea {

/// The MGA catalog versions: the seed shipped in catalogs/mga_*.csv and the versions imported into
/// <dataDir>/catalogs/ (one normalised CSV per version plus mga-versions.json listing them, oldest
/// first). Only the catalog code reads or writes these files.
class MgaVersionStore final
{
    Q_DECLARE_TR_FUNCTIONS(planea::MgaVersionStore)

public:
    static QString folder(const QString &dataDir);
    static QString indexPath(const QString &dataDir);

    static Result<MgaCatalogTable> readSeed();
    /// Imported versions, oldest first; empty when nothing was imported (or dataDir is empty).
    static Result<QList<CatalogVersionInfo>> list(const QString &dataDir);
    static Result<MgaCatalogTable> read(const QString &dataDir, const CatalogVersionInfo &version);

    /// Content hash of a table, to recognise a file imported twice.
    static QString fingerprint(const MgaCatalogTable &table);
    /// Writes the table as a new version file and appends it to the index; on failure nothing changes.
    static Status append(const QString &dataDir, const MgaCatalogTable &table, const CatalogVersionInfo &version);
};

} // namespace planea
