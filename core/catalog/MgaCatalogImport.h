#pragma once

#include "catalog/CatalogTypes.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace planea {

/// What changed between the previous MGA catalog version and an imported one.
struct CatalogDiff
{
    struct Renamed
    {
        CatalogKind kind;
        QString code;
        QString oldName;
        QString newName;
    };
    struct Entry
    {
        CatalogKind kind;
        QString code;
        QString name;
    };
    QList<Entry> added; ///< programs, products and indicators not in the previous version
    QList<Renamed> renamed;
    QList<Entry> deactivated; ///< active before, inactive or absent now
    bool isEmpty() const { return added.isEmpty() && renamed.isEmpty() && deactivated.isEmpty(); }
};

struct MgaImportResult
{
    CatalogVersionInfo version; ///< the new version, now the newest in the data folder
    QString previousVersion;
    CatalogDiff diff;
    int rows = 0;
};

/// Imports DNP's MGA catalog from a CSV with its columns (sector, programa, producto, descripción
/// del producto, unidad de medida del producto, producto activo, código del indicador, indicador de
/// producto, unidad de medida del indicador, indicador principal, indicador activo; headers matched
/// case- and accent-insensitively). Every row is validated first: on any bad row the whole file is
/// rejected with a message naming file, line and column, and the data folder is left unchanged.
/// On success a new version is stored under <dataDir>/catalogs/ and Catalog::load(dataDir) uses it.
Result<MgaImportResult> importMgaCatalog(const QString &csvPath, const QString &dataDir);

/// Reusable part of the import (the XLSX reader feeds it the sheet's rows): validates a table
/// whose first row is the header. `lineNumbers[i]` is the file line of rows[i] for messages.
struct MgaCatalogTable
{
    QList<CatalogProgram> programs; ///< codes only; names when the file gives "2201 - Nombre"
    QList<CatalogProduct> products;
    QList<CatalogProductIndicator> indicators;
};
Result<MgaCatalogTable> parseMgaCatalogRows(const QString &fileName, const QList<QStringList> &rows,
                                            const QList<int> &lineNumbers);

/// Stores an already validated table as a new catalog version (used by the CSV and XLSX importers).
Result<MgaImportResult> storeMgaCatalogVersion(const MgaCatalogTable &table, const QString &sourceName,
                                               const QString &dataDir);

} // namespace planea
