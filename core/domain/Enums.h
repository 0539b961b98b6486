#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

enum class EntityType { Municipality, Department, District };

/// How an indicator's annual targets relate to its four-year target (DOMAIN.md §3.3).
enum class AccumulationType { Cumulative, Capacity, Flow, Stock, Maintenance, Reduction, AnnualReduction };

enum class Trend { Increase, Maintain, Decrease };

/// Desired direction of a wellbeing indicator.
enum class Direction { Increase, Decrease, Maintain };

enum class WorkflowState {
    Draft,
    Consolidated,
    FiledWithPlanningCouncil,
    PlanningCouncilOpinion,
    Adjusted,
    FiledWithCouncil,
    Approved,
    AdoptedByDecree,
    IndicativePlanApproved,
    InExecution,
    Closed
};

enum class FinancialRecordKind { Historical, Projection };

/// The characterisation views of the KPT's diagnosis.
enum class CharacterizationKind {
    PopulationGroups,
    TransitionReport,
    LandUseInstruments,
    SpecialClassifications,
    Competencies,
    FinancialResources,
    Other
};

enum class ProgressPeriodUnit { Annual, Quarterly };

// Stable codes stored in the plan file and used in exchange formats. Never translated.
QString toCode(EntityType v);
QString toCode(AccumulationType v);
QString toCode(Trend v);
QString toCode(Direction v);
QString toCode(WorkflowState v);
QString toCode(FinancialRecordKind v);
QString toCode(CharacterizationKind v);
QString toCode(ProgressPeriodUnit v);

std::optional<EntityType> entityTypeFromCode(const QString &code);
std::optional<AccumulationType> accumulationTypeFromCode(const QString &code);
std::optional<Trend> trendFromCode(const QString &code);
std::optional<Direction> directionFromCode(const QString &code);
std::optional<WorkflowState> workflowStateFromCode(const QString &code);
std::optional<FinancialRecordKind> financialRecordKindFromCode(const QString &code);
std::optional<CharacterizationKind> characterizationKindFromCode(const QString &code);
std::optional<ProgressPeriodUnit> progressPeriodUnitFromCode(const QString &code);

// Every code a column of that kind may hold, in the order above (what a check lists as valid).
QStringList entityTypeCodes();
QStringList accumulationTypeCodes();
QStringList trendCodes();
QStringList directionCodes();
QStringList workflowStateCodes();
QStringList financialRecordKindCodes();
QStringList characterizationKindCodes();
QStringList progressPeriodUnitCodes();

// Names for people (translated).
QString displayName(EntityType v);
QString displayName(AccumulationType v);
QString displayName(Trend v);
QString displayName(Direction v);
QString displayName(WorkflowState v);
QString displayName(CharacterizationKind v);

} // namespace planea
