#pragma once

#include "PlanStore.h"

namespace planea {

/// Typed additions to a plan, for code that builds plans in bulk (the demo, the generator,
/// importers). Each call is committed on its own unless run inside PlanStore::transaction().
class PlanWriter
{
public:
    explicit PlanWriter(PlanStore &store)
        : m_store(store)
    {
    }

    /// The office's id, adding it if no office has that name.
    Result<qint64> office(const QString &name);
    Result<qint64> addTeamMember(const TeamMember &member);
    Result<qint64> addChecklistItem(const ChecklistItem &item);
    Status setMilestone(const MilestoneRecord &milestone);

    Result<qint64> addLine(const StrategicLine &line);
    Result<qint64> addWellbeingIndicator(const WellbeingIndicator &indicator);
    Status setIndicatorValue(qint64 indicatorId, const IndicatorValue &value);
    Result<qint64> addProblem(const ProblemAnalysis &problem);
    Result<qint64> addCharacterization(const CharacterizationNote &note);
    Status setFinancialRecord(const FinancialRecord &record);

    Result<qint64> addProgram(const BudgetProgram &program);
    Result<qint64> addProduct(const Product &product);
    Result<qint64> addIndicator(const ProductIndicator &indicator);
    Status setAnnualTarget(qint64 indicatorId, const AnnualTarget &target);
    Status setInvestment(const InvestmentAmount &cell);

    Status setProgress(const ProgressReport &report);
    Status setExecution(const BudgetExecution &execution);
    Result<qint64> addRoyaltiesInitiative(const RoyaltiesInitiative &initiative);

private:
    PlanStore &m_store;
};

} // namespace planea
