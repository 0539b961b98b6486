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
        const bool department = plan.info.entity.type == EntityType::Department;
        h.signatories.append({ plan.info.headOfGovernment.trimmed(),
                               department ? QCoreApplication::translate("DocumentHeader", "Governor")
                                          : QCoreApplication::translate("DocumentHeader", "Mayor") });
        // The head of planning: the team member whose position names planning (leader first).
        QString planner;
        for (const TeamMember &m : plan.team) {
            const QString position = m.position.toLower();
            if (position.contains(u"planeaci"_s)
                && (position.startsWith(u"secretari"_s) || position.startsWith(u"jefe"_s))
                && (planner.isEmpty() || m.isLeader))
                planner = m.name;
        }
        h.signatories.append({ planner, QCoreApplication::translate("DocumentHeader", "Head of planning") });
    }
    return h;
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

QString DocumentHeader::dateText() const
{
    const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    return QCoreApplication::translate("DocumentHeader", "Date: %1")
        .arg(locale.toString(date, u"d 'de' MMMM 'de' yyyy"_s));
}

} // namespace planea::exporting
