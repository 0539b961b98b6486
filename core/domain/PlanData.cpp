#include "PlanData.h"

namespace planea {

namespace {

template<typename T> void indexById(const QList<T> &list, QHash<qint64, qsizetype> &index)
{
    index.clear();
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
}

template<typename T> const T *lookup(const QList<T> &list, const QHash<qint64, qsizetype> &index, qint64 id)
{
    const auto it = index.constFind(id);
    if (it == index.cend())
        return nullptr;
    return &list[*it];
}

} // namespace

void PlanData::reindex()
{
    indexById(lines, m_lineIndex);
    indexById(programs, m_programIndex);
    indexById(products, m_productIndex);
    indexById(indicators, m_indicatorIndex);
    indexById(offices, m_officeIndex);
    indexById(wellbeingIndicators, m_wellbeingIndex);
}

const StrategicLine *PlanData::line(qint64 id) const
{
    return lookup(lines, m_lineIndex, id);
}
const BudgetProgram *PlanData::program(qint64 id) const
{
    return lookup(programs, m_programIndex, id);
}
const Product *PlanData::product(qint64 id) const
{
    return lookup(products, m_productIndex, id);
}
const ProductIndicator *PlanData::indicator(qint64 id) const
{
    return lookup(indicators, m_indicatorIndex, id);
}
const Office *PlanData::office(qint64 id) const
{
    return lookup(offices, m_officeIndex, id);
}
const WellbeingIndicator *PlanData::wellbeingIndicator(qint64 id) const
{
    return lookup(wellbeingIndicators, m_wellbeingIndex, id);
}

QList<const BudgetProgram *> PlanData::programsOf(qint64 lineId) const
{
    QList<const BudgetProgram *> out;
    for (const auto &p : programs) {
        if (p.lineId == lineId)
            out.append(&p);
    }
    return out;
}

QList<const Product *> PlanData::productsOf(qint64 programId) const
{
    QList<const Product *> out;
    for (const auto &p : products) {
        if (p.programId == programId)
            out.append(&p);
    }
    return out;
}

QList<const ProductIndicator *> PlanData::indicatorsOf(qint64 productId) const
{
    QList<const ProductIndicator *> out;
    for (const auto &i : indicators) {
        if (i.productId == productId)
            out.append(&i);
    }
    return out;
}

qint64 PlanData::lineIdOfProduct(qint64 productId) const
{
    const Product *p = product(productId);
    if (!p)
        return 0;
    const BudgetProgram *prog = program(p->programId);
    return prog ? prog->lineId : 0;
}

Money PlanData::investmentTotal(qint64 productId) const
{
    Money total = 0;
    for (const auto &cell : investments) {
        if (cell.productId == productId)
            total += cell.amount;
    }
    return total;
}

} // namespace planea
