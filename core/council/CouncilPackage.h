#pragma once

#include "storage/PlanStore.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace planea::council {

/// Meta keys that mark a plan file as a package for the Consejo Territorial de Planeación.
inline constexpr char16_t MetaPackage[] = u"council_package"; ///< creation time, ISO 8601 UTC
inline constexpr char16_t MetaFingerprint[] = u"council_fingerprint"; ///< the approved fingerprint
inline constexpr char16_t MetaSource[] = u"council_source"; ///< file name of the plan it came from

/// What a plan file says about itself as a council package.
struct PackageInfo
{
    bool isPackage = false;
    QDateTime createdAt; ///< UTC
    QString fingerprint;
    QString sourceName;
};

PackageInfo packageInfo(const PlanStore &store);

/// Writes a read-only copy of the approved plan in `source`, with its progress and budget
/// execution, to `target`, marked as a council package with its fingerprint. The copy is made
/// through the store (a consistent snapshot) into a temporary file beside `target` and renamed into
/// place, so `target` ends up complete or untouched. Refuses an unapproved plan, a plan whose
/// content no longer matches its fingerprint, a package (write it from the plan itself), an
/// existing target unless `overwrite`, and a target equal to the source. Returns the fingerprint.
Result<QString> writePackage(const PlanStore &source, const QString &target, bool overwrite = false,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Opens a plan as Planea should: a council package always read-only (whatever `options` ask),
/// any other plan as `options` say. The file is first opened read-only to look at its marks, so a
/// package is never written to, not even by a migration.
Result<std::unique_ptr<PlanStore>> openPlan(const QString &path, const OpenOptions &options = {});

} // namespace planea::council
