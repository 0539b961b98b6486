#pragma once

// Small in-memory plans for the calculation and validation tests: PlanData built directly, with
// reindex(), no storage involved.

#include "domain/PlanData.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea::testing {

class CalcPlanBuilder
{
public:
    explicit CalcPlanBuilder(int startYear = 2024)
    {
        m_plan.info.term.startYear = startYear;
        m_plan.info.planName = QStringLiteral("Plan de prueba");
    }

    CalcPlanBuilder &line(qint64 id, int order, const QString &name, const QStringList &sectors,
                          std::optional<double> weight = std::nullopt)
    {
        StrategicLine l;
        l.id = id;
        l.sortOrder = order;
        l.name = name;
        l.description = QStringLiteral("Descripción");
        l.sectorCodes = sectors;
        l.weight = weight;
        m_plan.lines.append(l);
        return *this;
    }

    CalcPlanBuilder &program(qint64 id, qint64 lineId, const QString &code, std::optional<double> weight = std::nullopt)
    {
        BudgetProgram p;
        p.id = id;
        p.lineId = lineId;
        p.code = code;
        p.name = QStringLiteral("Programa ") + code;
        p.weight = weight;
        m_plan.programs.append(p);
        return *this;
    }

    CalcPlanBuilder &product(qint64 id, qint64 programId, const QString &code, Money cost = 0)
    {
        Product p;
        p.id = id;
        p.programId = programId;
        p.code = code;
        p.name = QStringLiteral("Producto ") + code;
        p.cost = cost;
        m_plan.products.append(p);
        return *this;
    }

    /// `targets` are the term's years in order; nullopt marks the year NP (not programmed).
    CalcPlanBuilder &indicator(qint64 id, qint64 productId, const QString &code, AccumulationType type,
                               double termTarget, const QList<std::optional<double>> &targets,
                               std::optional<double> baseline = std::nullopt,
                               std::optional<double> weight = std::nullopt)
    {
        ProductIndicator i;
        i.id = id;
        i.productId = productId;
        i.code = code;
        i.name = QStringLiteral("Indicador ") + code;
        i.accumulation = type;
        i.termTarget = termTarget;
        i.baseline = baseline;
        i.weight = weight;
        for (qsizetype k = 0; k < targets.size(); ++k) {
            AnnualTarget t;
            t.year = m_plan.info.term.startYear + int(k);
            t.value = targets[k];
            t.notProgrammed = !targets[k].has_value();
            i.annualTargets.append(t);
        }
        m_plan.indicators.append(i);
        return *this;
    }

    CalcPlanBuilder &report(qint64 indicatorId, int year, double value, int period = 0)
    {
        m_plan.progress.append({ indicatorId, year, period, value, {}, {} });
        return *this;
    }

    CalcPlanBuilder &invest(qint64 productId, int year, const QString &source, Money amount)
    {
        m_plan.investments.append({ productId, year, source, amount });
        return *this;
    }

    CalcPlanBuilder &project(const QString &source, int year, Money amount,
                             FinancialRecordKind kind = FinancialRecordKind::Projection)
    {
        m_plan.financialRecords.append({ source, year, kind, amount });
        return *this;
    }

    CalcPlanBuilder &execute(qint64 productId, int year, const QString &source, Money commitments, Money obligations)
    {
        BudgetExecution e;
        e.productId = productId;
        e.year = year;
        e.sourceCode = source;
        e.appropriation = commitments;
        e.commitments = commitments;
        e.obligations = obligations;
        e.payments = obligations;
        m_plan.executions.append(e);
        return *this;
    }

    PlanData &plan() { return m_plan; }

    PlanData build()
    {
        m_plan.reindex();
        return m_plan;
    }

private:
    PlanData m_plan;
};

} // namespace planea::testing
