#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

/// The reference catalogs Planea ships (catalogs/*.csv) or imports (DNP's MGA catalog).
enum class CatalogKind {
    Department,
    Municipality,
    Sector,
    Program,
    Product,
    ProductIndicator,
    WellbeingIndicator,
    Sdg,
    Pnd,
    FundingSource
};

/// Stable code used in JSON "tipo" and the CLI --kind option: departamento, municipio, sector,
/// programa, producto, indicador_producto, indicador_bienestar, ods, pnd, fuente.
QString catalogKindCode(CatalogKind kind);
std::optional<CatalogKind> catalogKindFromCode(const QString &code);
/// Translated name for the user ("Municipio", "Indicador de producto"...).
QString catalogKindDisplayName(CatalogKind kind);

/// DIVIPOLA distinguishes municipalities from the island of San Andrés and the áreas no
/// municipalizadas of the Amazon departments, which have a DANE code but no mayor.
enum class MunicipalityType { Municipality, Island, NonMunicipalizedArea };
QString toCode(MunicipalityType type); // MUNICIPIO, ISLA, AREA_NO_MUNICIPALIZADA
std::optional<MunicipalityType> municipalityTypeFromCode(const QString &code);

struct CatalogDepartment
{
    QString code; ///< 2 digits, e.g. "63"
    QString name; ///< DANE's upper-case name, e.g. "QUINDÍO"
    QString displayName; ///< title case for display, e.g. "Quindío"
    int municipalityCount = 0;
    int otherEntityCount = 0; ///< island and áreas no municipalizadas
};

struct CatalogMunicipality
{
    QString code; ///< 5 digits, e.g. "63111"
    QString name; ///< DANE's upper-case name, e.g. "BUENAVISTA"
    QString displayName; ///< e.g. "Buenavista"
    QString departmentCode;
    MunicipalityType type = MunicipalityType::Municipality;
    double longitude = 0; ///< cabecera centroid, WGS84
    double latitude = 0;
};

struct CatalogSector
{
    QString code; ///< 2 digits
    QString name;
    QString verification; ///< what was verified of this row (the shipped list is partial)
};

struct CatalogProgram
{
    QString code; ///< 4 digits: sector + 2
    QString name;
    QString sectorCode;
    QString verification;
};

struct CatalogProduct
{
    QString code; ///< 7 digits: program + 3
    QString name; ///< may be empty in the shipped seed, where no published name was seen
    QString description;
    QString unit;
    QString programCode;
    bool active = true;
};

struct CatalogProductIndicator
{
    QString code; ///< 9 digits: product + 2
    QString name;
    QString unit;
    QString productCode; ///< first 7 digits of code
    bool isMain = false; ///< "indicador principal" of its product
    bool active = true;
};

struct CatalogWellbeingIndicator
{
    QString code; ///< Planea's own identifier (IB001...), not an official code
    QString name;
    QString unit;
    QString sectorCode;
    Direction direction = Direction::Increase;
    QString source; ///< the entity that publishes the figures
};

struct CatalogSdg
{
    int number = 0; ///< 1..17
    QString shortName;
    QString officialName;
};

struct CatalogPndItem
{
    QString plan; ///< e.g. "PND 2022-2026 Colombia, potencia mundial de la vida"
    QString code;
    QString type; ///< TRANSFORMACION or EJE_TRANSVERSAL
    QString name;
};

struct CatalogFundingSource
{
    QString code; ///< stable code, e.g. "SGP_EDU"
    QString name;
    QString group;
    int kptOrder = 0; ///< column position in the KPT 2024 export (1..14); 0 when not a KPT column
    QString notes;
};

/// Ley 617 de 2000 / Ley 1551 de 2012 thresholds of one category. Empty optionals mean no bound.
struct CategoryThreshold
{
    EntityType entityType = EntityType::Municipality; ///< Municipality or Department
    QString category; ///< "Especial", "1".."6"
    std::optional<qint64> populationMin, populationMax;
    std::optional<qint64> icldSmmlvMin, icldSmmlvMax;
};

struct CatalogHit
{
    CatalogKind kind = CatalogKind::Sector;
    QString code;
    QString name;
    QString detail; ///< context for the user: department of a municipality, unit of an indicator...
};

struct CatalogStats
{
    int departments = 0;
    int municipalities = 0; ///< MUNICIPIO rows only (1,103)
    int islands = 0;
    int nonMunicipalizedAreas = 0;
    int sectors = 0;
    int programs = 0;
    int products = 0;
    int productIndicators = 0;
    int wellbeingIndicators = 0;
    int sdgs = 0;
    int pndItems = 0;
    int fundingSources = 0;
};

/// One version of the MGA part of the catalog (programs, products, product indicators).
struct CatalogVersionInfo
{
    QString id; ///< version recorded by plans, e.g. "Planea base 2026.2" or "MGA importado 2026-11-25 14:30:05"
    QString fileName; ///< stored file under <dataDir>/catalogs/, empty for the shipped seed
    QString sourceName; ///< name of the file the user imported
    QString importedAt; ///< ISO 8601, empty for the shipped seed
    int products = 0;
    int productIndicators = 0;
    QString contentHash; ///< SHA-256 of the stored content, to recognise a file imported twice
};

} // namespace planea
