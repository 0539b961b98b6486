#include "ReportRegistry.h"

#include "InvestmentPlanReport.h"
#include "PlanIndicativoReport.h"

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
    return { u"plan-indicativo"_s, u"ppi"_s };
}

std::optional<Report> buildReport(const QString &documentCode, const PlanData &plan, const ReportContext &context)
{
    if (documentCode == u"plan-indicativo"_s)
        return buildPlanIndicativoReport(plan, context);
    if (documentCode == u"ppi"_s)
        return buildInvestmentPlanReport(plan, context);
    return std::nullopt;
}

} // namespace planea::report
