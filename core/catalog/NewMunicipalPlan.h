#pragma once

#include "domain/PlanInfo.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace planea {

class Catalog;
class OfficialDiagnosis;

/// What writeNewMunicipalPlan() wrote.
struct NewMunicipalPlan
{
    PlanInfo info;
    int officialIndicators = 0; ///< diagnosis indicators pre-filled from the official figures
    int officialValues = 0; ///< their yearly values
};

class NewMunicipalPlans final
{
    Q_DECLARE_TR_FUNCTIONS(planea::NewMunicipalPlans)

public:
    /// True for the first year of a constitutional period of alcaldes and gobernadores: four-year
    /// periods since 2004 (2004–2007 … 2024–2027, 2028–2031; Acto Legislativo 02 de 2002).
    static bool isPeriodStartYear(int year);

    /// Writes a new, empty plan for the municipality `daneCode` (name and department from
    /// DIVIPOLA) and the period startYear..startYear+3, with its diagnosis pre-filled from the
    /// official figures, each value with its source and year. Checks everything before writing:
    /// an unknown code, an implausible start year or an existing file is a bad-input error and
    /// writes nothing; the file is complete or absent (writeNewPlanFile).
    static Result<NewMunicipalPlan> write(const QString &path, const Catalog &catalog, const OfficialDiagnosis &figures,
                                          const QString &daneCode, int startYear);
};

} // namespace planea
