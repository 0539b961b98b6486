#include "PlanLocation.h"

#include "domain/PlanData.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

const QString separator = u" › "_s;

QString orUnnamed(const QString &code)
{
    return code.isEmpty() ? QCoreApplication::translate("PlanLocation", "(no code)") : code;
}

} // namespace

PlanLocation::PlanLocation(const PlanData &plan)
    : m_plan(plan)
{
}

QString PlanLocation::line(const StrategicLine &l) const
{
    return QCoreApplication::translate("PlanLocation", "Line %1 «%2»").arg(QString::number(l.sortOrder), l.name);
}

QString PlanLocation::line(qint64 lineId) const
{
    const StrategicLine *l = m_plan.line(lineId);
    return l ? line(*l) : QCoreApplication::translate("PlanLocation", "No line");
}

QString PlanLocation::program(qint64 programId) const
{
    const BudgetProgram *p = m_plan.program(programId);
    if (!p)
        return QCoreApplication::translate("PlanLocation", "No program");
    return line(p->lineId) + separator
        + QCoreApplication::translate("PlanLocation", "Program %1").arg(orUnnamed(p->code));
}

QString PlanLocation::product(qint64 productId) const
{
    const Product *p = m_plan.product(productId);
    if (!p)
        return QCoreApplication::translate("PlanLocation", "No product");
    return program(p->programId) + separator
        + QCoreApplication::translate("PlanLocation", "Product %1").arg(orUnnamed(p->code));
}

QString PlanLocation::indicator(qint64 indicatorId) const
{
    const ProductIndicator *i = m_plan.indicator(indicatorId);
    if (!i)
        return QCoreApplication::translate("PlanLocation", "No indicator");
    return product(i->productId) + separator
        + QCoreApplication::translate("PlanLocation", "Indicator %1").arg(orUnnamed(i->code));
}

QString PlanLocation::wellbeing(const WellbeingIndicator &w) const
{
    const QString self = QCoreApplication::translate("PlanLocation", "Wellbeing indicator «%1»").arg(w.name);
    if (w.lineId && m_plan.line(*w.lineId))
        return line(*w.lineId) + separator + self;
    return self;
}

} // namespace planea::calc
