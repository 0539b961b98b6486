#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace planea {
struct PlanData;
}

namespace planea::followup {

/// Which follow-up the forms ask for.
struct FormRequest
{
    int year = 0;
    int quarter = 0; ///< 1–4; 0: the whole year (by quarter when the plan reports by quarter)
    /// The offices to prepare forms for; empty: every office with goals.
    QList<qint64> offices {};
    /// Not empty: one form, named so, for all those offices together (a group of offices, e.g.
    /// two secretarías that report through one person) instead of one form per office.
    QString group {};
};

/// A responsible office and how many goals it has (the offices a form can be prepared for).
struct OfficeGoals
{
    qint64 officeId = 0;
    QString officeName;
    int goals = 0;
};

/// One form written.
struct FormFile
{
    QString path;
    qint64 officeId = 0; ///< 0 for a group's form
    QString officeName; ///< the office, or the group's name
    int goals = 0;
    QStringList officeNames; ///< the offices the form holds (one, or the group's members)
};

/// What FollowUpForms::write() did.
struct FormsWritten
{
    QList<FormFile> files;
    int goalsWithoutOffice = 0; ///< goals no form holds: they have no responsible office
};

/// «Preparar formatos de seguimiento»: one XLSX per responsible office (secretaría) holding only
/// that office's goals for a year or a quarter. On the protected goal sheet the planned values
/// are read-only and only the cells to fill (achieved value per period, executed money, evidence,
/// comment) are unlocked, each with a data validation (numbers ≥ 0; «NP» where the goal is not
/// programmed for the year). An instructions sheet says how to fill it, in Spanish, and a hidden
/// sheet holds the FormSignature that FormCollector checks when the form comes back.
class FollowUpForms
{
    Q_DECLARE_TR_FUNCTIONS(planea::followup::FollowUpForms)

public:
    /// Writes the forms into `folder` (created if missing). Refuses a year outside the plan's
    /// term, a quarter outside 1–4, and a plan with no goal assigned to any office. Each file is
    /// written atomically; an existing form of the same name is replaced.
    /// `progress(done, total)` is called before each file and after the last one.
    static Result<FormsWritten> write(const PlanData &plan, const QString &planId, const FormRequest &request,
                                      const QString &folder,
                                      const std::function<void(int done, int total)> &progress = {});
    /// The files write() would make (paths in `folder`, offices, goal counts) without writing
    /// anything, or why the request is refused: to ask before replacing existing forms.
    static Result<FormsWritten> preview(const PlanData &plan, const FormRequest &request, const QString &folder);
    /// The plan's offices that have goals, in the plan's order, with their number of goals.
    static QList<OfficeGoals> officesWithGoals(const PlanData &plan);

    /// The progress periods a form asks for: the quarter, or the year (period 0), or its four
    /// quarters when the plan reports by quarter.
    static QList<int> periodsFor(const PlanData &plan, const FormRequest &request);
    /// «T2 2030», «2030»: a period as the form's headers and messages name it.
    static QString periodLabel(int year, int period);
    /// A file name for an office's form: «seguimiento-2030-T2-secretaria-de-salud.xlsx».
    static QString fileName(const QString &officeName, const FormRequest &request);
};

} // namespace planea::followup
