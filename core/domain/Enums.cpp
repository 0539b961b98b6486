#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

template<typename E, std::size_t N> QString codeOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return code.toString();
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, QStringView>, N> &table, const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const auto &[e, c] : table) {
        if (c == wanted)
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QStringList allCodes(const std::array<std::pair<E, QStringView>, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out.append(entry.second.toString());
    return out;
}

constexpr std::array entityTypes {
    std::pair { EntityType::Municipality, QStringView(u"MUNICIPIO") },
    std::pair { EntityType::Department, QStringView(u"DEPARTAMENTO") },
    std::pair { EntityType::District, QStringView(u"DISTRITO") },
};

constexpr std::array accumulationTypes {
    std::pair { AccumulationType::Cumulative, QStringView(u"ACUMULADO") },
    std::pair { AccumulationType::Capacity, QStringView(u"CAPACIDAD") },
    std::pair { AccumulationType::Flow, QStringView(u"FLUJO") },
    std::pair { AccumulationType::Stock, QStringView(u"STOCK") },
    std::pair { AccumulationType::Maintenance, QStringView(u"MANTENIMIENTO") },
    std::pair { AccumulationType::Reduction, QStringView(u"REDUCCION") },
    std::pair { AccumulationType::AnnualReduction, QStringView(u"REDUCCION_ANUAL") },
};

constexpr std::array trends {
    std::pair { Trend::Increase, QStringView(u"INCREMENTO") },
    std::pair { Trend::Maintain, QStringView(u"MANTENIMIENTO") },
    std::pair { Trend::Decrease, QStringView(u"REDUCCION") },
};

constexpr std::array directions {
    std::pair { Direction::Increase, QStringView(u"AUMENTAR") },
    std::pair { Direction::Decrease, QStringView(u"DISMINUIR") },
    std::pair { Direction::Maintain, QStringView(u"MANTENER") },
};

constexpr std::array workflowStates {
    std::pair { WorkflowState::Draft, QStringView(u"BORRADOR") },
    std::pair { WorkflowState::Consolidated, QStringView(u"CONSOLIDADO") },
    std::pair { WorkflowState::FiledWithPlanningCouncil, QStringView(u"RADICADO_CTP") },
    std::pair { WorkflowState::PlanningCouncilOpinion, QStringView(u"CONCEPTO_CTP") },
    std::pair { WorkflowState::Adjusted, QStringView(u"AJUSTADO") },
    std::pair { WorkflowState::FiledWithCouncil, QStringView(u"RADICADO_CONCEJO") },
    std::pair { WorkflowState::Approved, QStringView(u"APROBADO") },
    std::pair { WorkflowState::AdoptedByDecree, QStringView(u"ADOPTADO_DECRETO") },
    std::pair { WorkflowState::IndicativePlanApproved, QStringView(u"PLAN_INDICATIVO_APROBADO") },
    std::pair { WorkflowState::InExecution, QStringView(u"EN_EJECUCION") },
    std::pair { WorkflowState::Closed, QStringView(u"CIERRE") },
};

constexpr std::array financialKinds {
    std::pair { FinancialRecordKind::Historical, QStringView(u"HISTORICO") },
    std::pair { FinancialRecordKind::Projection, QStringView(u"PROYECCION") },
};

constexpr std::array characterizationKinds {
    std::pair { CharacterizationKind::PopulationGroups, QStringView(u"POBLACION") },
    std::pair { CharacterizationKind::TransitionReport, QStringView(u"EMPALME") },
    std::pair { CharacterizationKind::LandUseInstruments, QStringView(u"ORDENAMIENTO") },
    std::pair { CharacterizationKind::SpecialClassifications, QStringView(u"CLASIFICACIONES") },
    std::pair { CharacterizationKind::Competencies, QStringView(u"COMPETENCIAS") },
    std::pair { CharacterizationKind::FinancialResources, QStringView(u"RECURSOS") },
    std::pair { CharacterizationKind::Other, QStringView(u"OTRO") },
};

constexpr std::array periodUnits {
    std::pair { ProgressPeriodUnit::Annual, QStringView(u"ANUAL") },
    std::pair { ProgressPeriodUnit::Quarterly, QStringView(u"TRIMESTRAL") },
};

} // namespace

QStringList entityTypeCodes()
{
    return allCodes(entityTypes);
}
QStringList accumulationTypeCodes()
{
    return allCodes(accumulationTypes);
}
QStringList trendCodes()
{
    return allCodes(trends);
}
QStringList directionCodes()
{
    return allCodes(directions);
}
QStringList workflowStateCodes()
{
    return allCodes(workflowStates);
}
QStringList financialRecordKindCodes()
{
    return allCodes(financialKinds);
}
QStringList characterizationKindCodes()
{
    return allCodes(characterizationKinds);
}
QStringList progressPeriodUnitCodes()
{
    return allCodes(periodUnits);
}

QString toCode(EntityType v)
{
    return codeOf(entityTypes, v);
}
QString toCode(AccumulationType v)
{
    return codeOf(accumulationTypes, v);
}
QString toCode(Trend v)
{
    return codeOf(trends, v);
}
QString toCode(Direction v)
{
    return codeOf(directions, v);
}
QString toCode(WorkflowState v)
{
    return codeOf(workflowStates, v);
}
QString toCode(FinancialRecordKind v)
{
    return codeOf(financialKinds, v);
}
QString toCode(CharacterizationKind v)
{
    return codeOf(characterizationKinds, v);
}
QString toCode(ProgressPeriodUnit v)
{
    return codeOf(periodUnits, v);
}

std::optional<EntityType> entityTypeFromCode(const QString &code)
{
    return fromCode(entityTypes, code);
}
std::optional<AccumulationType> accumulationTypeFromCode(const QString &code)
{
    return fromCode(accumulationTypes, code);
}
std::optional<Trend> trendFromCode(const QString &code)
{
    return fromCode(trends, code);
}
std::optional<Direction> directionFromCode(const QString &code)
{
    return fromCode(directions, code);
}
std::optional<WorkflowState> workflowStateFromCode(const QString &code)
{
    return fromCode(workflowStates, code);
}
std::optional<FinancialRecordKind> financialRecordKindFromCode(const QString &code)
{
    return fromCode(financialKinds, code);
}
std::optional<CharacterizationKind> characterizationKindFromCode(const QString &code)
{
    return fromCode(characterizationKinds, code);
}
std::optional<ProgressPeriodUnit> progressPeriodUnitFromCode(const QString &code)
{
    return fromCode(periodUnits, code);
}

QString displayName(EntityType v)
{
    switch (v) {
    case EntityType::Municipality:
        return QCoreApplication::translate("Enums", "Municipality");
    case EntityType::Department:
        return QCoreApplication::translate("Enums", "Department");
    case EntityType::District:
        return QCoreApplication::translate("Enums", "District");
    }
    return {};
}

QString displayName(AccumulationType v)
{
    switch (v) {
    case AccumulationType::Cumulative:
        return QCoreApplication::translate("Enums", "Cumulative (sum)");
    case AccumulationType::Capacity:
        return QCoreApplication::translate("Enums", "Capacity");
    case AccumulationType::Flow:
        return QCoreApplication::translate("Enums", "Flow");
    case AccumulationType::Stock:
        return QCoreApplication::translate("Enums", "Stock");
    case AccumulationType::Maintenance:
        return QCoreApplication::translate("Enums", "Maintenance");
    case AccumulationType::Reduction:
        return QCoreApplication::translate("Enums", "Reduction");
    case AccumulationType::AnnualReduction:
        return QCoreApplication::translate("Enums", "Annual reduction");
    }
    return {};
}

QString displayName(Trend v)
{
    switch (v) {
    case Trend::Increase:
        return QCoreApplication::translate("Enums", "Increase");
    case Trend::Maintain:
        return QCoreApplication::translate("Enums", "Maintenance");
    case Trend::Decrease:
        return QCoreApplication::translate("Enums", "Reduction");
    }
    return {};
}

QString displayName(Direction v)
{
    switch (v) {
    case Direction::Increase:
        return QCoreApplication::translate("Enums", "Increase");
    case Direction::Decrease:
        return QCoreApplication::translate("Enums", "Decrease");
    case Direction::Maintain:
        return QCoreApplication::translate("Enums", "Maintain");
    }
    return {};
}

QString displayName(WorkflowState v)
{
    switch (v) {
    case WorkflowState::Draft:
        return QCoreApplication::translate("Enums", "Draft");
    case WorkflowState::Consolidated:
        return QCoreApplication::translate("Enums", "Consolidated by the Government Council");
    case WorkflowState::FiledWithPlanningCouncil:
        return QCoreApplication::translate("Enums", "Filed with the Territorial Planning Council");
    case WorkflowState::PlanningCouncilOpinion:
        return QCoreApplication::translate("Enums", "Planning Council opinion received");
    case WorkflowState::Adjusted:
        return QCoreApplication::translate("Enums", "Adjusted");
    case WorkflowState::FiledWithCouncil:
        return QCoreApplication::translate("Enums", "Filed with the Council");
    case WorkflowState::Approved:
        return QCoreApplication::translate("Enums", "Approved");
    case WorkflowState::AdoptedByDecree:
        return QCoreApplication::translate("Enums", "Adopted by decree");
    case WorkflowState::IndicativePlanApproved:
        return QCoreApplication::translate("Enums", "Indicative Plan approved");
    case WorkflowState::InExecution:
        return QCoreApplication::translate("Enums", "In execution");
    case WorkflowState::Closed:
        return QCoreApplication::translate("Enums", "Closed");
    }
    return {};
}

QString displayName(CharacterizationKind v)
{
    switch (v) {
    case CharacterizationKind::PopulationGroups:
        return QCoreApplication::translate("Enums", "Population groups");
    case CharacterizationKind::TransitionReport:
        return QCoreApplication::translate("Enums", "Transition report");
    case CharacterizationKind::LandUseInstruments:
        return QCoreApplication::translate("Enums", "Land-use planning instruments");
    case CharacterizationKind::SpecialClassifications:
        return QCoreApplication::translate("Enums", "Special classifications (PDET, ZOMAC…)");
    case CharacterizationKind::Competencies:
        return QCoreApplication::translate("Enums", "Competencies by sector");
    case CharacterizationKind::FinancialResources:
        return QCoreApplication::translate("Enums", "Financial resources");
    case CharacterizationKind::Other:
        return QCoreApplication::translate("Enums", "Other");
    }
    return {};
}

} // namespace planea
