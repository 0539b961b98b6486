#include "PlanInfoRecord.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QVariantMap planInfoToColumns(const PlanInfo &info)
{
    return {
        { u"entity_code"_s, info.entity.daneCode },
        { u"entity_name"_s, info.entity.name },
        { u"department_code"_s, info.entity.departmentCode },
        { u"department_name"_s, info.entity.departmentName },
        { u"entity_type"_s, toCode(info.entity.type) },
        { u"category"_s, info.entity.category },
        { u"plan_name"_s, info.planName },
        { u"term_start_year"_s, info.term.startYear },
        { u"term_start_date"_s, dateOrNull(info.term.startDate) },
        { u"head_of_government"_s, info.headOfGovernment },
        { u"workflow_state"_s, toCode(info.state) },
        { u"progress_period"_s, toCode(info.progressPeriod) },
        { u"catalog_version"_s, info.catalogVersion },
        { u"government_program_text"_s, info.governmentProgramText },
        { u"is_demo"_s, info.isDemo ? 1 : 0 },
        { u"adoption_act"_s, info.adoptionAct },
        { u"adoption_date"_s, dateOrNull(info.adoptionDate) },
        { u"fingerprint"_s, info.fingerprint },
        { u"version"_s, info.version },
    };
}

PlanInfo planInfoFromColumns(const QVariantMap &c)
{
    PlanInfo info;
    info.entity.daneCode = c.value(u"entity_code"_s).toString();
    info.entity.name = c.value(u"entity_name"_s).toString();
    info.entity.departmentCode = c.value(u"department_code"_s).toString();
    info.entity.departmentName = c.value(u"department_name"_s).toString();
    info.entity.type = entityTypeFromCode(c.value(u"entity_type"_s).toString()).value_or(EntityType::Municipality);
    info.entity.category = c.value(u"category"_s).toString();
    info.planName = c.value(u"plan_name"_s).toString();
    info.term.startYear = c.value(u"term_start_year"_s).toInt();
    info.term.startDate = QDate::fromString(c.value(u"term_start_date"_s).toString(), Qt::ISODate);
    info.headOfGovernment = c.value(u"head_of_government"_s).toString();
    info.state = workflowStateFromCode(c.value(u"workflow_state"_s).toString()).value_or(WorkflowState::Draft);
    info.progressPeriod
        = progressPeriodUnitFromCode(c.value(u"progress_period"_s).toString()).value_or(ProgressPeriodUnit::Annual);
    info.catalogVersion = c.value(u"catalog_version"_s).toString();
    info.governmentProgramText = c.value(u"government_program_text"_s).toString();
    info.isDemo = c.value(u"is_demo"_s).toInt() != 0;
    info.adoptionAct = c.value(u"adoption_act"_s).toString();
    info.adoptionDate = QDate::fromString(c.value(u"adoption_date"_s).toString(), Qt::ISODate);
    info.fingerprint = c.value(u"fingerprint"_s).toString();
    info.version = c.value(u"version"_s).toInt();
    return info;
}

} // namespace planea
