#include "catalog/NewMunicipalPlan.h"

#include "catalog/Catalog.h"
#include "catalog/OfficialDiagnosis.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace planea {

bool NewMunicipalPlans::isPeriodStartYear(int year)
{
    return year >= 2004 && year <= 2100 && year % 4 == 0;
}

Result<NewMunicipalPlan> NewMunicipalPlans::write(const QString &path, const Catalog &catalog,
                                                  const OfficialDiagnosis &figures, const QString &daneCode,
                                                  int startYear)
{
    const CatalogMunicipality *m = catalog.municipality(daneCode);
    if (!m || daneCode.size() != 5)
        return Error::badInput(
            tr("The DANE code «%1» is not a municipality of DIVIPOLA (5 digits, e.g. 63111 for Buenavista, "
               "Quindío).")
                .arg(daneCode));
    if (!isPeriodStartYear(startYear))
        return Error::badInput(tr("%1 is not the first year of a government period: periods start in 2024, 2028, "
                                  "2032… (every four years since 2004).")
                                   .arg(startYear));
    if (QFileInfo::exists(path))
        return Error::badInput(tr("«%1» already exists: Planea does not replace a plan. Choose another name.")
                                   .arg(QFileInfo(path).fileName()));

    NewMunicipalPlan result;
    PlanInfo &info = result.info;
    info.entity.daneCode = m->code;
    info.entity.name = m->displayName;
    info.entity.departmentCode = m->departmentCode;
    if (const CatalogDepartment *d = catalog.department(m->departmentCode))
        info.entity.departmentName = d->displayName;
    info.entity.type = EntityType::Municipality;
    info.term.startYear = startYear;
    info.term.startDate = QDate(startYear, 1, 1);
    info.planName = tr("Development plan of %1 %2–%3").arg(info.entity.name).arg(startYear).arg(startYear + 3);
    info.catalogVersion = catalog.version();

    // A DIVIPOLA code without figures (27493, created after the sources' cuts) gets an empty
    // diagnosis; any other failure is a defect of the shipped data.
    QList<WellbeingIndicator> indicators;
    if (auto official = figures.forMunicipality(daneCode))
        indicators = OfficialDiagnosis::toWellbeingIndicators(*official);
    for (const WellbeingIndicator &w : indicators) {
        ++result.officialIndicators;
        result.officialValues += int(w.values.size());
    }

    auto status = writeNewPlanFile(path, info, [&](PlanStore &store) -> Status {
        PlanWriter writer(store);
        for (const WellbeingIndicator &w : indicators) {
            if (auto id = writer.addWellbeingIndicator(w); !id)
                return id.error();
        }
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

} // namespace planea
