#include "Approval.h"

#include "CanonicalPlan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::approval {

namespace {

Status checkActAndDate(const QString &act, const QDate &date)
{
    if (act.trimmed().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("Approval",
                                        "The act that adopts the plan is empty: write its number and kind, e.g. "
                                        "«Acuerdo 012 de 2028»."));
    if (!date.isValid())
        return Error::badInput(QCoreApplication::translate(
            "Approval", "The date of the act is not a valid date; write it as YYYY-MM-DD."));
    return {};
}

} // namespace

bool isApproved(const PlanInfo &info)
{
    return info.version >= 1 && !info.fingerprint.isEmpty();
}

Result<QString> approve(PlanStore &store, const QString &act, const QDate &date, const BackupHook &backup)
{
    if (auto s = checkActAndDate(act, date); !s)
        return s.error();
    auto plan = store.load();
    if (!plan)
        return plan.error();
    if (isApproved(plan->info)) {
        return Error::badInput(
            QCoreApplication::translate("Approval",
                                        "The plan was already approved (version %1, act «%2»). Changes to an approved "
                                        "plan are amendments: Plan › Modify the plan (amendment).")
                .arg(plan->info.version)
                .arg(plan->info.adoptionAct));
    }
    // A plan that came already adopted (or in execution: imported, the demonstration) carries its act:
    // approving it freezes it under that same act; another act would be a second adoption, which is
    // an amendment.
    const QString recordedAct = plan->info.adoptionAct.simplified();
    if (plan->info.state >= WorkflowState::Approved && !recordedAct.isEmpty()
        && recordedAct.compare(act.simplified(), Qt::CaseInsensitive) != 0) {
        const QString recordedDate = plan->info.adoptionDate.isValid()
            ? plan->info.adoptionDate.toString(Qt::ISODate)
            : QCoreApplication::translate("Approval", "no date");
        return Error::badInput(
            QCoreApplication::translate("Approval",
                                        "The plan was already adopted by «%1» (%2). Approving it with another act "
                                        "would record a second adoption: to freeze it as adopted, approve it with "
                                        "that same act; a later change is an amendment (Plan › Modify the plan "
                                        "(amendment)).")
                .arg(recordedAct, recordedDate));
    }
    if (store.isReadOnly())
        return Error::badInput(
            QCoreApplication::translate("Approval", "The plan is open read-only; it cannot be approved."));
    if (backup) {
        if (auto s = backup(store, BackupReason::Approval); !s)
            return s.error();
    }

    PlanData approved = *plan;
    approved.info.adoptionAct = act.trimmed();
    approved.info.adoptionDate = date;
    approved.info.version = 1;
    const QString fingerprint = computeFingerprint(approved);
    auto status = store.transaction([&]() -> Status {
        const QList<std::pair<QString, QVariant>> fields {
            { u"adoption_act"_s, approved.info.adoptionAct },
            { u"adoption_date"_s, date.toString(Qt::ISODate) },
            { u"version"_s, 1 },
            { u"fingerprint"_s, fingerprint },
            // A plan already further along the route (adopted by decree, in execution) keeps its state.
            { u"workflow_state"_s, toCode(std::max(plan->info.state, WorkflowState::Approved)) },
        };
        for (const auto &[column, value] : fields) {
            if (auto s = store.setPlanField(column, value); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return fingerprint;
}

Result<QString> amend(PlanStore &store, const QString &act, const QDate &date, const QString &note,
                      const std::function<Status()> &edits, const BackupHook &backup)
{
    if (auto s = checkActAndDate(act, date); !s)
        return s.error();
    auto before = store.load();
    if (!before)
        return before.error();
    if (!isApproved(before->info))
        return Error::badInput(
            QCoreApplication::translate("Approval",
                                        "The plan has not been approved yet: edit it directly; amendments are for "
                                        "approved plans."));
    if (backup) {
        if (auto s = backup(store, BackupReason::Approval); !s)
            return s.error();
    }
    const int version = before->info.version + 1;
    QString fingerprint;
    auto status = store.transaction([&]() -> Status {
        if (edits) {
            if (auto s = edits(); !s)
                return s;
        }
        auto id = store.insert(Table::Amendment,
                               { { u"version"_s, version },
                                 { u"act"_s, act.trimmed() },
                                 { u"date"_s, date.toString(Qt::ISODate) },
                                 { u"note"_s, note } });
        if (!id)
            return id.error();
        if (auto s = store.setPlanField(u"version"_s, version); !s)
            return s;
        // The amendment row and the new version are part of the content, so the fingerprint is
        // computed from the plan as it now stands inside the transaction.
        auto after = store.load();
        if (!after)
            return after.error();
        fingerprint = computeFingerprint(*after);
        if (auto s = store.update(Table::Amendment, *id, u"fingerprint"_s, fingerprint); !s)
            return s;
        return store.setPlanField(u"fingerprint"_s, fingerprint);
    });
    if (!status)
        return status.error();
    return fingerprint;
}

Verification verify(const PlanData &plan)
{
    Verification v;
    v.approved = isApproved(plan.info);
    v.stored = plan.info.fingerprint;
    v.computed = computeFingerprint(plan);
    v.matches = v.approved && v.stored == v.computed;
    return v;
}

Result<Verification> verify(const PlanStore &store)
{
    auto plan = store.load();
    if (!plan)
        return plan.error();
    return verify(*plan);
}

bool isApprovedStructureEdit(Table table, const QString &column)
{
    switch (table) {
    case Table::Plan: {
        static const QStringList covered { u"entity_code"_s,        u"entity_name"_s,     u"department_code"_s,
                                           u"department_name"_s,    u"entity_type"_s,     u"category"_s,
                                           u"plan_name"_s,          u"term_start_year"_s, u"term_start_date"_s,
                                           u"head_of_government"_s, u"adoption_act"_s,    u"adoption_date"_s,
                                           u"fingerprint"_s,        u"version"_s };
        return column.isEmpty() || covered.contains(column);
    }
    case Table::Product:
        return column != u"bpin"_s && column != u"sort_order"_s;
    case Table::RoyaltiesInitiative:
        return column != u"bpin"_s;
    case Table::Program:
    case Table::ProductIndicator:
    case Table::WellbeingIndicator:
        return column != u"sort_order"_s;
    case Table::Office:
    case Table::StrategicLine:
    case Table::LineSector:
    case Table::AnnualTarget:
    case Table::Investment:
    case Table::RoyaltiesProgramming:
    case Table::Amendment:
        return true;
    case Table::Meta:
    case Table::TeamMember:
    case Table::ChecklistItem:
    case Table::Milestone:
    case Table::IndicatorValue:
    case Table::Problem:
    case Table::Characterization:
    case Table::FinancialRecord:
    case Table::Progress:
    case Table::BudgetExecution:
        return false;
    }
    return false;
}

Status checkEdit(const PlanInfo &info, Table table, const QString &column)
{
    if (!isApproved(info) || !isApprovedStructureEdit(table, column))
        return {};
    return Error::badInput(
        QCoreApplication::translate("Approval",
                                    "The plan was approved by «%1» (version %2): this part of it cannot be edited in "
                                    "place. Record the change as an amendment with its act and date.")
            .arg(info.adoptionAct)
            .arg(info.version));
}

} // namespace planea::approval
