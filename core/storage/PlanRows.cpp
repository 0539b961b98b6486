#include "PlanRows.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::rows {

namespace {

template<typename T> QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

QVariantMap of(const BudgetProgram &p)
{
    return { { u"line_id"_s, p.lineId },
             { u"code"_s, p.code },
             { u"name"_s, p.name },
             { u"objective"_s, p.objective },
             { u"is_own"_s, p.isOwn ? 1 : 0 },
             { u"weight"_s, opt(p.weight) },
             { u"sort_order"_s, p.sortOrder } };
}

QVariantMap of(const Product &p)
{
    return { { u"program_id"_s, p.programId }, { u"code"_s, p.code }, { u"name"_s, p.name },
             { u"is_own"_s, p.isOwn ? 1 : 0 }, { u"cost"_s, p.cost }, { u"bpin"_s, p.bpin },
             { u"sort_order"_s, p.sortOrder } };
}

QVariantMap of(const ProductIndicator &i)
{
    return { { u"product_id"_s, i.productId },
             { u"code"_s, i.code },
             { u"name"_s, i.name },
             { u"custom_label"_s, i.customLabel },
             { u"unit"_s, i.unit },
             { u"is_own"_s, i.isOwn ? 1 : 0 },
             { u"is_main"_s, i.isMain ? 1 : 0 },
             { u"baseline"_s, opt(i.baseline) },
             { u"term_target"_s, i.termTarget },
             { u"accumulation"_s, toCode(i.accumulation) },
             { u"trend"_s, toCode(i.trend) },
             { u"sdg"_s, opt(i.sdg) },
             { u"responsible_office_id"_s, opt(i.responsibleOfficeId) },
             { u"weight"_s, opt(i.weight) },
             { u"wellbeing_indicator_id"_s, opt(i.wellbeingIndicatorId) },
             { u"population_focus"_s, i.populationFocus.join(u"; "_s) },
             { u"goal_code"_s, i.goalCode } };
}

} // namespace planea::rows
