// planea-cli commands of the diagnosis pre-filled from the official figures: new, diagnostico.
#include "Cli.h"
#include "calc/DiagnosisComparison.h"
#include "catalog/Catalog.h"
#include "catalog/NewMunicipalPlan.h"
#include "catalog/OfficialDiagnosis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QString numberText(const std::optional<double> &v)
{
    if (!v)
        return QCoreApplication::translate("Cli", "not available");
    const double rounded = std::round(*v * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 2);
}

QString gapText(const std::optional<double> &v)
{
    if (!v)
        return u"—"_s;
    const QString text = numberText(v);
    return *v > 0 ? u"+"_s + text : text;
}

int newPlan(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    const QString code = a.value(u"--municipio"_s).trimmed();
    if (code.isEmpty() || !a.values.contains(u"--inicio"_s)) {
        c.err << QCoreApplication::translate("Cli",
                                             "new needs --municipio DANE and --inicio YEAR, e.g. "
                                             "planea-cli new plan.planea --municipio 63111 --inicio 2028.")
              << Qt::endl;
        return BadInput;
    }
    bool ok = false;
    const int start = a.value(u"--inicio"_s).toInt(&ok);
    if (!ok) {
        c.err << QCoreApplication::translate("Cli", "--inicio must be a year, e.g. 2028.") << Qt::endl;
        return BadInput;
    }
    auto catalog = loadCatalog(c);
    if (!catalog)
        return fail(c, catalog.error());
    auto figures = OfficialDiagnosis::loadShipped();
    if (!figures)
        return fail(c, figures.error());
    auto plan = NewMunicipalPlans::write(path, **catalog, **figures, code, start);
    if (!plan)
        return fail(c, plan.error());
    const PlanInfo &info = plan->info;
    if (a.has(u"--json"_s)) {
        printJson(
            c,
            { { u"plan"_s, path },
              { u"entidad"_s,
                QJsonObject { { u"codigo_dane"_s, info.entity.daneCode },
                              { u"nombre"_s, info.entity.name },
                              { u"departamento"_s, info.entity.departmentName } } },
              { u"periodo"_s, QJsonObject { { u"inicio"_s, info.term.startYear }, { u"fin"_s, info.term.endYear() } } },
              { u"indicadores_diagnostico"_s, plan->officialIndicators },
              { u"valores_diagnostico"_s, plan->officialValues } });
        return Success;
    }
    c.out << QCoreApplication::translate("Cli", "Plan written: %1").arg(path) << u"\n"_s
          << QCoreApplication::translate("Cli", "%1 (%2), DANE %3, period %4–%5")
                 .arg(info.entity.name, info.entity.departmentName, info.entity.daneCode)
                 .arg(info.term.startYear)
                 .arg(info.term.endYear())
          << u"\n"_s;
    if (plan->officialIndicators > 0)
        c.out << QCoreApplication::translate("Cli",
                                             "Diagnosis pre-filled with %1 official indicators (%2 yearly values), "
                                             "each with its source and year: planea-cli diagnostico %3")
                     .arg(plan->officialIndicators)
                     .arg(plan->officialValues)
                     .arg(path)
              << Qt::endl;
    else
        c.out << QCoreApplication::translate("Cli",
                                             "The official figures shipped with Planea have no data for this "
                                             "municipality: the diagnosis is empty.")
              << Qt::endl;
    return Success;
}

int diagnostico(const Context &c, const Arguments &a)
{
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    auto official = OfficialDiagnosis::shippedIndicators();
    if (!official)
        return fail(c, official.error());
    const QList<DiagnosisComparison> rows = DiagnosisComparisons::compare(plan->wellbeingIndicators, *official);
    if (a.has(u"--json"_s)) {
        QJsonArray list;
        for (const DiagnosisComparison &r : rows) {
            QJsonArray years;
            for (const IndicatorValue &v : r.series) {
                years.append(QJsonObject { { u"anio"_s, v.year },
                                           { u"valor"_s, number(v.value) },
                                           { u"departamento"_s, number(v.departmentValue) },
                                           { u"nacion"_s, number(v.nationValue) },
                                           { u"fuente"_s, v.source } });
            }
            list.append(
                QJsonObject { { u"codigo"_s, r.code },
                              { u"nombre"_s, r.name },
                              { u"unidad"_s, r.unit },
                              { u"fuente"_s, r.source },
                              { u"oficial"_s, r.isOfficial },
                              { u"anio"_s, r.latestYear ? QJsonValue(*r.latestYear) : QJsonValue(QJsonValue::Null) },
                              { u"valor"_s, number(r.latest) },
                              { u"departamento"_s, number(r.department) },
                              { u"nacion"_s, number(r.nation) },
                              { u"brecha_departamento"_s, number(r.gapDepartment) },
                              { u"brecha_nacion"_s, number(r.gapNation) },
                              { u"tendencia"_s, DiagnosisComparisons::trendText(r) },
                              { u"anios"_s, years } });
        }
        printJson(c,
                  { { u"entidad"_s,
                      QJsonObject { { u"codigo_dane"_s, plan->info.entity.daneCode },
                                    { u"nombre"_s, plan->info.entity.name },
                                    { u"departamento"_s, plan->info.entity.departmentName } } },
                    { u"indicadores"_s, list },
                    { u"demo"_s, plan->info.isDemo } });
        return Success;
    }
    if (plan->info.isDemo)
        c.out << demoBanner() << u"\n"_s;
    c.out << QCoreApplication::translate("Cli", "Diagnosis of %1 (%2), DANE %3")
                 .arg(plan->info.entity.name, plan->info.entity.departmentName, plan->info.entity.daneCode)
          << u"\n"_s;
    c.out << QCoreApplication::translate("Cli",
                                         "Indicator\tYear\tMunicipality\tDepartment\tNation\tGap dept.\tGap "
                                         "nation\tTrend\tUnit\tSource")
          << u"\n"_s;
    for (const DiagnosisComparison &r : rows) {
        c.out << r.name << u"\t"_s << (r.latestYear ? QString::number(*r.latestYear) : u"—"_s) << u"\t"_s
              << (r.latest ? numberText(r.latest) : u"—"_s) << u"\t"_s << numberText(r.department) << u"\t"_s
              << numberText(r.nation) << u"\t"_s << gapText(r.gapDepartment) << u"\t"_s << gapText(r.gapNation)
              << u"\t"_s << DiagnosisComparisons::trendText(r);
        if (r.firstYear && r.latestYear && *r.firstYear != *r.latestYear)
            c.out << u" "_s << u"%1–%2"_s.arg(*r.firstYear).arg(*r.latestYear);
        c.out << u"\t"_s << r.unit << u"\t"_s << r.source << u"\n"_s;
    }
    c.out.flush();
    c.err << QCoreApplication::translate("Cli",
                                         "%1 indicators. «not available»: the source has no figure, or the "
                                         "department's and nation's cannot be computed with a clear method "
                                         "(docs/CALCULATIONS.md).")
                 .arg(rows.size())
          << Qt::endl;
    return Success;
}

} // namespace

QList<Command> diagnosisCommands()
{
    return {
        { u"new"_s,
          QCoreApplication::translate("Cli", "new PLAN --municipio DANE --inicio YEAR [--json]"),
          QCoreApplication::translate("Cli",
                                      "Writes a new plan for a municipality and a four-year period, its "
                                      "diagnosis pre-filled with the official figures."),
          { u"--municipio"_s, u"--inicio"_s },
          { u"--json"_s },
          1,
          1,
          newPlan },
        { u"diagnostico"_s,
          QCoreApplication::translate("Cli", "diagnostico PLAN [--json]"),
          QCoreApplication::translate("Cli",
                                      "The diagnosis table: each indicator beside its department and the "
                                      "nation, gap, trend, source and year."),
          {},
          { u"--json"_s },
          1,
          1,
          diagnostico },
    };
}

} // namespace planea::cli
