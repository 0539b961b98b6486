#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planea {
struct PlanData;
}

namespace planea::calc {

/// How complete one module of the route is (criteria in docs/CALCULATIONS.md).
struct ModuleCompleteness
{
    int module = 0; ///< 1–7
    QString name; ///< Spanish module name
    int done = 0; ///< criteria met
    int total = 0; ///< criteria evaluated
    int percent = 0; ///< 0–100, rounded down so 100 means truly complete
    QStringList missing; ///< Spanish, one line per missing thing
};

/// The seven modules in order.
QList<ModuleCompleteness> computeCompleteness(const PlanData &plan);

/// Average of the seven modules' percentages (rounded down).
int overallCompleteness(const QList<ModuleCompleteness> &modules);

/// Spanish name of a module 1–7 ("Alistamiento" … "Documentos"); empty for other numbers.
QString moduleName(int module);

} // namespace planea::calc
