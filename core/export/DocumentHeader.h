#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace planea {
struct PlanData;
}

namespace planea::report {
struct Report;
}

namespace planea::exporting {

/// Someone who signs an approval document: a name and a position (cargo).
struct Signatory
{
    QString name;
    QString position;
};

/// What every page or sheet of a document says about where it comes from: the entity, the
/// document, the date, the plan version and, once approved, its fingerprint (issue #5). Built from
/// the plan by exportDocument(); the renderers only print it.
struct DocumentHeader
{
    QString entity; ///< "Buenavista (Quindío)"
    QString planName;
    QString documentTitle;
    QString subtitle;
    QDate date; ///< when the document was produced
    bool isDemo = false;
    int version = 0; ///< 0: not approved yet
    QString fingerprint; ///< empty until approved
    QString adoptionAct;
    QDate adoptionDate;
    /// The signature block of approval documents (plan-indicativo, ppi, pdt) once the plan is
    /// approved: the mayor or governor and the head of planning. Empty otherwise.
    QList<Signatory> signatories;

    /// The header of `report` for `plan`, dated `date`.
    static DocumentHeader fromPlan(const PlanData &plan, const report::Report &report, const QDate &date);
    /// Documents the council approves, which carry a signature block once the plan is approved.
    static bool isApprovalDocument(const QString &documentCode);
    /// A header with only what the report itself knows (no plan at hand).
    static DocumentHeader fromReport(const report::Report &report);
    /// The position of the plan's mayor or governor as printed under the name ("Alcaldesa
    /// municipal", "Gobernador"): the plan stores only a name, so the gender is taken from a title
    /// the name starts with ("Alcaldesa …"), and is written neutrally ("Alcalde(sa) municipal")
    /// when there is none. The cover and every signature block print the same.
    static QString headOfGovernmentPosition(const PlanData &plan);

    /// "Versión 2 · Huella 1a2-b3c-4d5-e6f", "Adoptado por Acuerdo 006 de 2028 · sin huella" (adopted
    /// but never frozen in Planea) or "Borrador (sin aprobar)", translated.
    QString versionLine() const;
    /// The closing note of a plan adopted by an act but never recorded with its fingerprint
    /// ("El plan fue adoptado por … el …; … no la lleva"), for the PDFs and the pdt alike.
    QString adoptedWithoutFingerprintNote() const;
    /// "Fecha: 25 de noviembre de 2026" in es-CO.
    QString dateText() const;
};

} // namespace planea::exporting
