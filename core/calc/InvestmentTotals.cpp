#include "InvestmentTotals.h"

#include "domain/PlanData.h"

namespace planea::calc {

InvestmentTotals computeInvestmentTotals(const PlanData &plan)
{
    InvestmentTotals t;
    for (const InvestmentAmount &cell : plan.investments) {
        const Product *product = plan.product(cell.productId);
        const BudgetProgram *program = product ? plan.program(product->programId) : nullptr;
        t.byLine[program ? program->lineId : 0] += cell.amount;
        t.bySector[program ? program->code.left(2) : QString()] += cell.amount;
        t.byProgram[program ? program->id : 0] += cell.amount;
        t.byProduct[cell.productId] += cell.amount;
        t.bySource[cell.sourceCode] += cell.amount;
        t.byYear[cell.year] += cell.amount;
        t.bySourceYear[{ cell.sourceCode, cell.year }] += cell.amount;
        t.grandTotal += cell.amount;
    }

    QMap<QPair<QString, int>, Money> projected;
    for (const FinancialRecord &r : plan.financialRecords) {
        if (r.kind == FinancialRecordKind::Projection) {
            projected[{ r.sourceCode, r.year }] += r.amount;
            t.hasProjection = true;
        }
    }

    // QMap keys are ordered by (source, year): the envelope comes out in a stable order.
    QMap<QPair<QString, int>, bool> keys;
    for (auto it = t.bySourceYear.cbegin(); it != t.bySourceYear.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = projected.cbegin(); it != projected.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        EnvelopeRow row;
        row.sourceCode = it.key().first;
        row.year = it.key().second;
        row.planned = t.bySourceYear.value(it.key());
        if (projected.contains(it.key()))
            row.projected = projected.value(it.key());
        row.difference = row.projected.value_or(0) - row.planned;
        t.envelope.append(row);
    }
    return t;
}

} // namespace planea::calc
