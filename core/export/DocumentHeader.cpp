#include "DocumentHeader.h"

#include "approval/CanonicalPlan.h"
#include "domain/PlanData.h"
#include "report/Report.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

DocumentHeader DocumentHeader::fromPlan(const PlanData &plan, const report::Report &report, const QDate &date)
{
    DocumentHeader h = fromReport(report);
    const TerritorialEntity &e = plan.info.entity;
    h.entity = e.departmentName.isEmpty() || e.departmentName == e.name ? e.name
                                                                        : u"%1 (%2)"_s.arg(e.name, e.departmentName);
    h.planName = plan.info.planName;
    h.date = date;
    h.isDemo = plan.info.isDemo;
    h.version = plan.info.version;
    h.fingerprint = plan.info.fingerprint;
    h.adoptionAct = plan.info.adoptionAct;
    h.adoptionDate = plan.info.adoptionDate;
    if (isApprovalDocument(report.code) && h.version > 0) {
        h.signatories.append({ plan.info.headOfGovernment.trimmed(), headOfGovernmentPosition(plan) });
        // The head of planning: the team member whose position names planning (leader first),
        // under the position the plan gives that person ("Secretario de Planeación").
        Signatory planner { QString(), QCoreApplication::translate("DocumentHeader", "Head of planning") };
        bool found = false;
        for (const TeamMember &m : plan.team) {
            const QString position = m.position.toLower();
            if (position.contains(u"planeaci"_s)
                && (position.startsWith(u"secretari"_s) || position.startsWith(u"jefe"_s)) && (!found || m.isLeader)) {
                planner = { m.name, m.position.trimmed() };
                found = true;
            }
        }
        h.signatories.append(planner);
    }
    return h;
}

QString DocumentHeader::headOfGovernmentPosition(const PlanData &plan)
{
    enum class Gender { Unknown, Woman, Man };
    // The stored name is Spanish text; only its first word is looked at ("Alcaldesa ficticia …").
    const QString first = plan.info.headOfGovernment.trimmed().section(u' ', 0, 0).toLower();
    Gender gender = Gender::Unknown;
    if (first == u"alcaldesa"_s || first == u"gobernadora"_s || first == u"mandataria"_s)
        gender = Gender::Woman;
    else if (first == u"alcalde"_s || first == u"gobernador"_s || first == u"mandatario"_s)
        gender = Gender::Man;
    switch (plan.info.entity.type) {
    case EntityType::Department:
        return gender == Gender::Woman ? QCoreApplication::translate("DocumentHeader", "Governor (woman)")
            : gender == Gender::Man    ? QCoreApplication::translate("DocumentHeader", "Governor (man)")
                                       : QCoreApplication::translate("DocumentHeader", "Governor of the department");
    case EntityType::District:
        return gender == Gender::Woman ? QCoreApplication::translate("DocumentHeader", "District mayor (woman)")
            : gender == Gender::Man    ? QCoreApplication::translate("DocumentHeader", "District mayor (man)")
                                       : QCoreApplication::translate("DocumentHeader", "District mayor");
    case EntityType::Municipality:
        break;
    }
    return gender == Gender::Woman ? QCoreApplication::translate("DocumentHeader", "Municipal mayor (woman)")
        : gender == Gender::Man    ? QCoreApplication::translate("DocumentHeader", "Municipal mayor (man)")
                                   : QCoreApplication::translate("DocumentHeader", "Municipal mayor");
}

bool DocumentHeader::isApprovalDocument(const QString &documentCode)
{
    return documentCode == u"plan-indicativo"_s || documentCode == u"ppi"_s || documentCode == u"pdt"_s;
}

DocumentHeader DocumentHeader::fromReport(const report::Report &report)
{
    DocumentHeader h;
    h.documentTitle = report.title;
    h.subtitle = report.subtitle;
    h.date = QDate::currentDate();
    return h;
}

QString DocumentHeader::versionLine() const
{
    if ((version <= 0 || fingerprint.isEmpty()) && !adoptionAct.trimmed().isEmpty()) {
        // Adopted by the council, but the approved version was not frozen in Planea (an imported
        // plan, the demonstration plan): not a draft, and not fingerprinted either.
        return QCoreApplication::translate("DocumentHeader", "Adopted by %1 · no fingerprint")
            .arg(adoptionAct.trimmed());
    }
    if (version <= 0 || fingerprint.isEmpty())
        return QCoreApplication::translate("DocumentHeader", "Draft (not approved)");
    return QCoreApplication::translate("DocumentHeader", "Version %1 · Fingerprint %2")
        .arg(version)
        .arg(approval::shortFingerprint(fingerprint));
}

QString DocumentHeader::adoptedWithoutFingerprintNote() const
{
    const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    const QString when = adoptionDate.isValid() ? locale.toString(adoptionDate, u"d 'de' MMMM 'de' yyyy"_s)
                                                : QCoreApplication::translate("DocumentHeader", "(date not recorded)");
    return QCoreApplication::translate("DocumentHeader",
                                       "The plan was adopted by %1 on %2. Its approved version has not been "
                                       "recorded with its fingerprint, so this document carries none.")
        .arg(adoptionAct.trimmed(), when);
}

QString DocumentHeader::dateText() const
{
    const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    return QCoreApplication::translate("DocumentHeader", "Date: %1")
        .arg(locale.toString(date, u"d 'de' MMMM 'de' yyyy"_s));
}

} // namespace planea::exporting
