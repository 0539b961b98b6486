#include "Completeness.h"

#include "AccumulationRules.h"
#include "InvestmentTotals.h"
#include "PlanLocation.h"
#include "PlanTree.h"
#include "domain/PlanData.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace planea::calc {

namespace {

/// Criteria of one module: each check counts once; a failed one leaves a line in `missing`.
class Criteria
{
public:
    /// `missing` makes the message; it is called only when the check fails (most pass, and a
    /// message names its place in the plan, which is not free on a plan of thousands of rows).
    template<typename Message> void check(bool ok, Message missing)
    {
        ++m_total;
        if (ok)
            ++m_done;
        else
            m_missing << missing();
    }

    ModuleCompleteness result(int module) const
    {
        ModuleCompleteness m;
        m.module = module;
        m.name = moduleName(module);
        m.done = m_done;
        m.total = m_total;
        m.percent = m_total == 0 ? 0 : (100 * m_done) / m_total;
        m.missing = m_missing;
        return m;
    }

private:
    int m_done = 0;
    int m_total = 0;
    QStringList m_missing;
};

ModuleCompleteness readiness(const PlanData &plan)
{
    Criteria c;
    const PlanInfo &info = plan.info;
    c.check(!info.entity.daneCode.isEmpty() && !info.entity.name.isEmpty(), [&] {
        return QCoreApplication::translate("Completeness", "The territorial entity (DANE code and name) is missing.");
    });
    c.check(info.term.startYear > 0,
            [&] { return QCoreApplication::translate("Completeness", "The government term is missing."); });
    c.check(!info.headOfGovernment.trimmed().isEmpty(), [&] {
        return QCoreApplication::translate("Completeness", "The name of the mayor or governor is missing.");
    });
    c.check(!plan.team.isEmpty(),
            [&] { return QCoreApplication::translate("Completeness", "The territorial team has no members."); });
    c.check(std::any_of(plan.team.cbegin(), plan.team.cend(), [](const TeamMember &m) { return m.isLeader; }),
            [&] { return QCoreApplication::translate("Completeness", "The territorial team has no leader."); });
    const auto pending
        = std::count_if(plan.checklist.cbegin(), plan.checklist.cend(), [](const ChecklistItem &i) { return !i.done; });
    if (plan.checklist.isEmpty()) {
        c.check(false,
                [&] { return QCoreApplication::translate("Completeness", "The readiness checklist is empty."); });
    } else {
        c.check(pending == 0, [&] {
            return QCoreApplication::translate("Completeness", "Readiness checklist: %1 of %2 items pending.")
                .arg(pending)
                .arg(plan.checklist.size());
        });
    }
    return c.result(1);
}

ModuleCompleteness lines(const PlanData &plan, const PlanLocation &where)
{
    Criteria c;
    c.check(!plan.lines.isEmpty(),
            [&] { return QCoreApplication::translate("Completeness", "There are no strategic lines."); });
    for (const StrategicLine &line : plan.lines) {
        c.check(!line.description.trimmed().isEmpty(), [&] {
            return QCoreApplication::translate("Completeness", "%1: the description is missing.").arg(where.line(line));
        });
        c.check(!line.sectorCodes.isEmpty(), [&] {
            return QCoreApplication::translate("Completeness", "%1: no associated sectors.").arg(where.line(line));
        });
    }
    return c.result(2);
}

ModuleCompleteness diagnosis(const PlanData &plan, const PlanLocation &where)
{
    Criteria c;
    c.check(
        std::any_of(plan.wellbeingIndicators.cbegin(), plan.wellbeingIndicators.cend(),
                    [](const WellbeingIndicator &w) { return !w.values.isEmpty(); }),
        [&] { return QCoreApplication::translate("Completeness", "No wellbeing indicator has diagnosis values."); });
    QSet<qint64> linesWithProblems;
    for (const ProblemAnalysis &p : plan.problems) {
        if (p.lineId)
            linesWithProblems.insert(*p.lineId);
    }
    for (const StrategicLine &line : plan.lines) {
        c.check(linesWithProblems.contains(line.id), [&] {
            return QCoreApplication::translate("Completeness", "%1: no problem analysis.").arg(where.line(line));
        });
    }
    const auto hasKind = [&](FinancialRecordKind kind) {
        return std::any_of(plan.financialRecords.cbegin(), plan.financialRecords.cend(),
                           [kind](const FinancialRecord &r) { return r.kind == kind; });
    };
    c.check(hasKind(FinancialRecordKind::Historical),
            [&] { return QCoreApplication::translate("Completeness", "The revenue history is missing."); });
    c.check(hasKind(FinancialRecordKind::Projection), [&] {
        return QCoreApplication::translate("Completeness", "The four-year financial projection is missing.");
    });
    return c.result(3);
}

ModuleCompleteness strategicPlan(const PlanData &plan, const PlanLocation &where)
{
    Criteria c;
    const PlanTree tree(plan);
    c.check(!plan.programs.isEmpty(),
            [&] { return QCoreApplication::translate("Completeness", "There are no programs."); });
    for (const StrategicLine &line : plan.lines) {
        const bool hasTarget = std::any_of(
            plan.wellbeingIndicators.cbegin(), plan.wellbeingIndicators.cend(),
            [&](const WellbeingIndicator &w) { return w.isPrioritized && w.lineId && *w.lineId == line.id; });
        c.check(hasTarget, [&] {
            return QCoreApplication::translate("Completeness", "%1: no prioritised wellbeing indicator.")
                .arg(where.line(line));
        });
        c.check(!tree.programsOf(line.id).isEmpty(),
                [&] { return QCoreApplication::translate("Completeness", "%1: no programs.").arg(where.line(line)); });
    }
    for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
        if (w.isPrioritized) {
            c.check(w.baseline && w.baselineYear && w.target, [&] {
                return QCoreApplication::translate("Completeness", "%1: baseline, baseline year or target missing.")
                    .arg(where.wellbeing(w));
            });
        }
    }
    QSet<qint64> programsWithProducts;
    for (const Product &p : plan.products)
        programsWithProducts.insert(p.programId);
    for (const BudgetProgram &prog : plan.programs) {
        c.check(programsWithProducts.contains(prog.id), [&] {
            return QCoreApplication::translate("Completeness", "%1: no products.").arg(where.program(prog.id));
        });
    }
    QSet<qint64> productsWithIndicators;
    for (const ProductIndicator &i : plan.indicators)
        productsWithIndicators.insert(i.productId);
    for (const Product &p : plan.products) {
        c.check(productsWithIndicators.contains(p.id), [&] {
            return QCoreApplication::translate("Completeness", "%1: no product indicator.").arg(where.product(p.id));
        });
        c.check(p.cost > 0,
                [&] { return QCoreApplication::translate("Completeness", "%1: no cost.").arg(where.product(p.id)); });
    }
    for (const ProductIndicator &i : plan.indicators) {
        c.check(i.baseline.has_value(), [&] {
            return QCoreApplication::translate("Completeness", "%1: no baseline.").arg(where.indicator(i.id));
        });
    }
    return c.result(4);
}

ModuleCompleteness investmentPlan(const PlanData &plan, const PlanLocation &where)
{
    Criteria c;
    const InvestmentTotals totals = computeInvestmentTotals(plan);
    c.check(!plan.products.isEmpty(), [&] {
        return QCoreApplication::translate("Completeness", "There are no products to put in the investment plan.");
    });
    for (const Product &p : plan.products) {
        const Money ppi = totals.byProduct.value(p.id);
        c.check(ppi > 0 && ppi == p.cost, [&] {
            return ppi == 0
                ? QCoreApplication::translate("Completeness", "%1: no amounts in the investment plan.")
                      .arg(where.product(p.id))
                : QCoreApplication::translate("Completeness", "%1: the investment plan does not add up to the cost.")
                      .arg(where.product(p.id));
        });
    }
    c.check(totals.hasProjection, [&] {
        return QCoreApplication::translate("Completeness",
                                           "There is no financial projection to check the plan against.");
    });
    if (totals.hasProjection) {
        const bool within = std::none_of(totals.envelope.cbegin(), totals.envelope.cend(),
                                         [](const EnvelopeRow &r) { return r.planned > r.projected.value_or(0); });
        c.check(within, [&] {
            return QCoreApplication::translate("Completeness", "Some source and year exceed the financial projection.");
        });
    }
    return c.result(5);
}

ModuleCompleteness indicativePlan(const PlanData &plan, const PlanLocation &where)
{
    Criteria c;
    const AccumulationRules &rules = AccumulationRules::standard();
    c.check(!plan.indicators.isEmpty(), [&] {
        return QCoreApplication::translate("Completeness", "There are no product indicators to programme.");
    });
    for (const ProductIndicator &i : plan.indicators) {
        const ConsistencyCheck check = rules.checkConsistency(i);
        c.check(check.status != ConsistencyCheck::Status::NothingProgrammed, [&] {
            return QCoreApplication::translate("Completeness", "%1: no annual targets.").arg(where.indicator(i.id));
        });
        if (check.status != ConsistencyCheck::Status::NothingProgrammed) {
            c.check(check.isConsistent(), [&] {
                return QCoreApplication::translate("Completeness",
                                                   "%1: the annual targets do not match the four-year target.")
                    .arg(where.indicator(i.id));
            });
        }
        c.check(i.responsibleOfficeId && plan.office(*i.responsibleOfficeId), [&] {
            return QCoreApplication::translate("Completeness", "%1: no responsible office.").arg(where.indicator(i.id));
        });
    }
    return c.result(6);
}

ModuleCompleteness documents(const PlanData &plan)
{
    Criteria c;
    const int errors = countFindings(validate(plan), Severity::Error);
    c.check(errors == 0,
            [&] { return QCoreApplication::translate("Completeness", "Validation errors to fix: %1.").arg(errors); });
    c.check(plan.info.state != WorkflowState::Draft && plan.info.state != WorkflowState::Consolidated, [&] {
        return QCoreApplication::translate("Completeness", "The draft has not been filed with the Planning Council.");
    });
    c.check(!plan.info.adoptionAct.trimmed().isEmpty(), [&] {
        return QCoreApplication::translate("Completeness",
                                           "The adoption act (acuerdo, ordenanza or decree) is missing.");
    });
    return c.result(7);
}

} // namespace

QString moduleName(int module)
{
    switch (module) {
    case 1:
        return QCoreApplication::translate("Completeness", "Readiness");
    case 2:
        return QCoreApplication::translate("Completeness", "Strategic lines");
    case 3:
        return QCoreApplication::translate("Completeness", "Diagnosis");
    case 4:
        return QCoreApplication::translate("Completeness", "Strategic plan");
    case 5:
        return QCoreApplication::translate("Completeness", "Multi-year investment plan");
    case 6:
        return QCoreApplication::translate("Completeness", "Indicative plan and follow-up");
    case 7:
        return QCoreApplication::translate("Completeness", "Documents");
    default:
        return {};
    }
}

QList<ModuleCompleteness> computeCompleteness(const PlanData &plan)
{
    const PlanLocation where(plan);
    return { readiness(plan),
             lines(plan, where),
             diagnosis(plan, where),
             strategicPlan(plan, where),
             investmentPlan(plan, where),
             indicativePlan(plan, where),
             documents(plan) };
}

int overallCompleteness(const QList<ModuleCompleteness> &modules)
{
    if (modules.isEmpty())
        return 0;
    int sum = 0;
    for (const ModuleCompleteness &m : modules)
        sum += m.percent;
    return sum / int(modules.size());
}

} // namespace planea::calc
