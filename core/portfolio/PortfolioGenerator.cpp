#include "PortfolioGenerator.h"

#include "demo/PlanGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace planea::portfolio {

Result<QStringList> generatePortfolio(const QString &folder, const QList<CatalogMunicipality> &municipalities,
                                      const QString &departmentName, int productIndicators, quint32 seed)
{
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return Error::io(QCoreApplication::translate("Portfolio", "The folder «%1» cannot be created.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QDir dir(folder);
    for (const CatalogMunicipality &municipality : municipalities) {
        const QString path = dir.filePath(municipality.code + u".planea"_s);
        if (QFileInfo::exists(path)) {
            return Error::badInput(QCoreApplication::translate("Portfolio",
                                                               "The file «%1» already exists: nothing was "
                                                               "written (a plan is never replaced).")
                                       .arg(QDir::toNativeSeparators(path)));
        }
    }
    QStringList written;
    quint32 position = 0;
    for (const CatalogMunicipality &municipality : municipalities) {
        const QString path = dir.filePath(municipality.code + u".planea"_s);
        TerritorialEntity entity;
        entity.daneCode = municipality.code;
        entity.name = municipality.displayName.isEmpty() ? municipality.name : municipality.displayName;
        entity.departmentCode = municipality.departmentCode;
        entity.departmentName = departmentName;
        QRandomGenerator random(seed + position);
        static const QStringList Smaller { u"3"_s, u"4"_s, u"5"_s, u"5"_s, u"6"_s, u"6"_s, u"6"_s, u"6"_s };
        entity.category = municipality.code.endsWith(u"001"_s) ? u"1"_s : Smaller.at(int(random.bounded(8)));
        if (auto s = demo::generatePlan(path, productIndicators, seed + position, false, entity); !s)
            return s.error();
        written.append(path);
        ++position;
    }
    return written;
}

} // namespace planea::portfolio
