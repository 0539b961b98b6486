#pragma once

#include "domain/PlanData.h"

#include <QHash>
#include <QList>

namespace planea::calc {

/// Children lists of a plan, built once in linear time. PlanData::programsOf() and friends scan
/// the whole list on each call, which makes a walk over every product quadratic; calculations
/// that walk the tree use this instead.
class PlanTree
{
public:
    explicit PlanTree(const PlanData &plan)
    {
        for (const BudgetProgram &p : plan.programs)
            m_programs[p.lineId].append(&p);
        for (const Product &p : plan.products)
            m_products[p.programId].append(&p);
        for (const ProductIndicator &i : plan.indicators)
            m_indicators[i.productId].append(&i);
    }

    QList<const BudgetProgram *> programsOf(qint64 lineId) const { return m_programs.value(lineId); }
    QList<const Product *> productsOf(qint64 programId) const { return m_products.value(programId); }
    QList<const ProductIndicator *> indicatorsOf(qint64 productId) const { return m_indicators.value(productId); }

private:
    QHash<qint64, QList<const BudgetProgram *>> m_programs;
    QHash<qint64, QList<const Product *>> m_products;
    QHash<qint64, QList<const ProductIndicator *>> m_indicators;
};

} // namespace planea::calc
