#include "ReportRegistry.h"

#include "InvestmentPlanReport.h"
#include "PlanIndicativoReport.h"
#include "RouteReports.h"
#include "SeguimientoReport.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::report {

QStringList allDocumentCodes()
{
    return { u"alistamiento"_s,
             u"equipo"_s,
             u"lineas"_s,
             u"diagnostico"_s,
             u"plan-estrategico"_s,
             u"ppi"_s,
             u"plan-indicativo"_s,
             u"plan-accion"_s,
             u"estado"_s,
             u"seguimiento"_s,
             u"pdt"_s,
             u"kpt"_s };
}

QStringList availableDocumentCodes()
{
    return { u"alistamiento"_s, u"equipo"_s,          u"lineas"_s,      u"diagnostico"_s, u"plan-estrategico"_s,
             u"ppi"_s,          u"plan-indicativo"_s, u"plan-accion"_s, u"estado"_s,      u"seguimiento"_s };
}

std::optional<Report> buildReport(const QString &documentCode, const PlanData &plan, const ReportContext &context)
{
    if (documentCode == u"plan-indicativo"_s)
        return buildPlanIndicativoReport(plan, context);
    if (documentCode == u"ppi"_s)
        return buildInvestmentPlanReport(plan, context);
    if (documentCode == u"alistamiento"_s)
        return buildChecklistReport(plan, context);
    if (documentCode == u"equipo"_s)
        return buildTeamReport(plan, context);
    if (documentCode == u"lineas"_s)
        return buildLinesReport(plan, context);
    if (documentCode == u"diagnostico"_s)
        return buildDiagnosisReport(plan, context);
    if (documentCode == u"plan-estrategico"_s)
        return buildStrategicPlanReport(plan, context);
    if (documentCode == u"plan-accion"_s)
        return buildActionPlanReport(plan, context);
    if (documentCode == u"estado"_s)
        return buildStatusReport(plan, context);
    if (documentCode == u"seguimiento"_s)
        return buildSeguimientoReport(plan, context);
    return std::nullopt;
}

} // namespace planea::report
