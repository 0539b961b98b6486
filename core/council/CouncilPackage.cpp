#include "CouncilPackage.h"

#include "approval/Approval.h"
#include "util/TempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>

using namespace Qt::Literals::StringLiterals;

namespace planea::council {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PackageInfo packageInfo(const PlanStore &store)
{
    PackageInfo info;
    const QString created = store.meta(QString::fromUtf16(MetaPackage));
    if (created.isEmpty())
        return info;
    info.isPackage = true;
    info.createdAt = QDateTime::fromString(created, Qt::ISODate);
    info.fingerprint = store.meta(QString::fromUtf16(MetaFingerprint));
    info.sourceName = store.meta(QString::fromUtf16(MetaSource));
    return info;
}

Result<QString> writePackage(const PlanStore &source, const QString &target, bool overwrite, const QDateTime &now)
{
    if (target.trimmed().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("CouncilPackage", "Say where to write the council package (a .planea file)."));
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && QFileInfo(source.path()) == targetInfo)
        return Error::badInput(
            QCoreApplication::translate(
                "CouncilPackage",
                "The council package cannot replace the plan it is made from («%1»). Choose another file.")
                .arg(native(target)));
    if (packageInfo(source).isPackage)
        return Error::badInput(
            QCoreApplication::translate("CouncilPackage",
                                        "«%1» is already a council package. Write the package from the plan itself.")
                .arg(native(source.path())));
    auto plan = source.load();
    if (!plan)
        return plan.error();
    if (!approval::isApproved(plan->info))
        return Error::badInput(QCoreApplication::translate(
            "CouncilPackage",
            "The plan has not been approved yet: the council package is made from the plan the "
            "council or assembly adopted. Record its approval (act and date) first."));
    const approval::Verification v = approval::verify(*plan);
    if (!v.matches)
        return Error::badInput(
            QCoreApplication::translate("CouncilPackage",
                                        "The plan's content no longer matches the fingerprint recorded at its approval "
                                        "(version %1): it is not the approved plan, so no council package was written.")
                .arg(plan->info.version));
    if (targetInfo.exists() && !overwrite)
        return Error::badInput(
            QCoreApplication::translate("CouncilPackage", "The file «%1» already exists; nothing was written.")
                .arg(native(target)));
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("CouncilPackage", "The folder «%1» does not exist.")
                             .arg(native(targetInfo.absolutePath())));

    const QString temp = tempPathFor(targetInfo.absoluteFilePath());
    Status status = source.copyTo(temp);
    if (status) {
        auto copy = PlanStore::open(temp);
        if (!copy) {
            status = copy.error();
        } else {
            PlanStore &store = **copy;
            status = store.transaction([&]() -> Status {
                if (auto s = store.setMeta(QString::fromUtf16(MetaPackage), now.toUTC().toString(Qt::ISODateWithMs));
                    !s)
                    return s;
                if (auto s = store.setMeta(QString::fromUtf16(MetaFingerprint), v.stored); !s)
                    return s;
                return store.setMeta(QString::fromUtf16(MetaSource), QFileInfo(source.path()).fileName());
            });
        }
    }
    if (!status) {
        removeTempFiles(temp);
        return status.error();
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        removeTempFiles(temp);
        return Error::io(QCoreApplication::translate("CouncilPackage", "Could not write «%1»: %2")
                             .arg(native(target), QString::fromLocal8Bit(ec.message())));
    }
    return v.stored;
}

Result<std::unique_ptr<PlanStore>> openPlan(const QString &path, const OpenOptions &options)
{
    OpenOptions asked = options;
    asked.readOnlyWhen = [](const PlanStore &store) { return packageInfo(store).isPackage; };
    return PlanStore::open(path, asked);
}

} // namespace planea::council
