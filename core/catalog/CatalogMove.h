#pragma once

#include "catalog/MgaCatalogImport.h"
#include "domain/PlanData.h"
#include "storage/Schema.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace planea {

class PlanStore;

/// One plan item (program, product or product indicator taken from the MGA catalog) that a
/// catalog version changes.
struct CatalogMoveChange
{
    enum class Kind {
        Renamed, ///< the catalog now names it differently: the plan takes the new name
        Deactivated ///< inactive or absent in the catalog version: the plan keeps it as it is
    };
    Kind kind = Kind::Renamed;
    CatalogKind catalogKind = CatalogKind::Product;
    Table table = Table::Product;
    qint64 id = 0;
    QString code;
    QString planName; ///< the name the plan has now
    QString newName; ///< the catalog's name (Renamed)
};

/// Moving a plan from the catalog version it was built with to another (normally the newest).
struct CatalogMove
{
    QString fromVersion;
    QString toVersion;
    QList<CatalogMoveChange> changes;
    bool alreadyThere() const { return fromVersion == toVersion; }
    int count(CatalogMoveChange::Kind kind) const;
};

/// A plan keeps the MGA catalog version it was built with (plan.catalog_version) until the user
/// moves it: planMove() says what would change, PlanDocument::moveToCatalog() records the new
/// version and the new names in one transaction and one undo step. Items the plan marked as its own ("propio") are
/// never touched.
class CatalogMover final
{
    Q_DECLARE_TR_FUNCTIONS(planea::CatalogMover)

public:
    /// Every MGA version: the shipped seed first, then the imported ones, oldest first.
    static Result<QList<CatalogVersionInfo>> versions(const QString &dataDir);
    /// The catalog table of version `id` (BadInput naming the versions there are when unknown).
    static Result<MgaCatalogTable> table(const QString &dataDir, const QString &id);

    /// What moving `plan` to `targetVersion` (empty: the newest) changes.
    static Result<CatalogMove> planMove(const PlanData &plan, const QString &dataDir,
                                        const QString &targetVersion = {});
    /// The same against an already read table.
    static CatalogMove compare(const PlanData &plan, const MgaCatalogTable &target, const QString &targetVersion);

    /// The plan items an imported catalog version touches (renamed or deactivated codes the plan uses).
    static QList<CatalogMoveChange> touchedBy(const PlanData &plan, const CatalogDiff &diff);

    /// "Programa", "Producto", "Indicador de producto" and "renombrado"/"desactivado" for reports.
    static QString kindText(CatalogMoveChange::Kind kind);
};

} // namespace planea
