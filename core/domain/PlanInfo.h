#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace planea {

/// A municipality, district or department, identified by its DIVIPOLA code.
struct TerritorialEntity
{
    QString daneCode; ///< 5 digits for a municipality, 2 for a department
    QString name;
    QString departmentCode; ///< 2 digits
    QString departmentName;
    EntityType type = EntityType::Municipality;
    QString category; ///< Ley 617: "Especial", "1" … "6"
};

/// The four-year government period. It starts on 1 January after the election unless the plan
/// records another inauguration date.
struct GovernmentTerm
{
    int startYear = 0;
    QDate startDate; ///< inauguration (posesión); defaults to 1 January of startYear

    int endYear() const { return startYear + 3; }
    QList<int> years() const { return { startYear, startYear + 1, startYear + 2, startYear + 3 }; }
    bool contains(int year) const { return year >= startYear && year <= endYear(); }
    QDate effectiveStartDate() const { return startDate.isValid() ? startDate : QDate(startYear, 1, 1); }
};

/// The plan's identity, its route state and its approval.
struct PlanInfo
{
    TerritorialEntity entity;
    GovernmentTerm term;
    QString planName;
    QString headOfGovernment;
    WorkflowState state = WorkflowState::Draft;
    ProgressPeriodUnit progressPeriod = ProgressPeriodUnit::Annual;
    QString catalogVersion;
    QString governmentProgramText;
    bool isDemo = false;
    /// The eficacia method chosen for this plan (calc::methodCode, e.g. "promedio"); empty: the
    /// default. Kept in the file's meta table: a reading preference, not approved content.
    QString efficacyMethod;

    // Approval (filled by `approve`; amendments raise the version).
    QString adoptionAct;
    QDate adoptionDate;
    QString fingerprint;
    int version = 0;
};

} // namespace planea
