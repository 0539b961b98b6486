#pragma once

#include "calc/Efficacy.h"
#include "domain/Money.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea::portfolio {

/// Why a file of the portfolio was left out of the consolidation.
enum class UnreadReason {
    NotAPlanFile, ///< not a .planea file (KPT workbooks and matrices are not read yet)
    Damaged, ///< a .planea that does not open: damaged, truncated, not a Planea plan, from a newer Planea
    OtherDepartment, ///< a sound plan of a municipality of another department
    OtherPeriod, ///< a sound plan whose government period does not hold the year
    NoProgress, ///< a sound plan with no progress reported for the year
    Duplicate, ///< a second plan of a municipality already read
    NotMunicipal ///< the plan of a department or district, not of a municipality
};

/// Stable code of a reason for JSON: "no_es_plan", "danado", "otro_departamento", "otro_periodo",
/// "sin_avance", "duplicado", "no_municipal".
QString reasonCode(UnreadReason reason);

struct UnreadFile
{
    QString file; ///< the file name inside the folder (or the path given)
    UnreadReason reason = UnreadReason::Damaged;
    QString message; ///< Spanish: why, e.g. «es de otro departamento (Caldas, 17)»
};

/// One sector's figures (the first two digits of the program code) in a municipality or, summed
/// up, in the department.
struct SectorFigures
{
    QString code;
    /// Municipality: the plan's eficacia of the sector by its method. Department: the plain
    /// average over the municipalities where the sector has an evaluable goal.
    std::optional<double> efficacy;
    int goalsProgrammed = 0;
    int goalsReported = 0;
    int municipalities = 0; ///< department only: municipalities with an evaluable goal in the sector
    Money planned = 0; ///< Plan Plurianual de Inversiones of the year
    Money obligations = 0; ///< budget execution of the year
};

/// One municipality's follow-up for the year, from its plan file.
struct MunicipalityFigures
{
    QString file;
    QString daneCode;
    QString name;
    QString departmentCode;
    QString departmentName;
    QString category; ///< Ley 617 category as the plan records it ("Especial", "1" … "6"); may be empty
    int termStart = 0;
    bool isDemo = false; ///< a demonstration or generated plan: its data are invented
    calc::AggregationMethod method = calc::AggregationMethod::Weighted; ///< the plan's own method
    std::optional<double> efficacy; ///< eficacia of the year, 0–100
    std::optional<double> termProgress; ///< four-year progress up to the year, 0–100
    std::optional<double> integrity; ///< percent of the goals programmed for the year that are reported
    calc::EfficacyCategory ediCategory; ///< of `efficacy`, on the EDI scale
    int goalsProgrammed = 0;
    int goalsReported = 0;
    int completeness = 0; ///< the route's overall completeness (average of the seven modules), 0–100
    Money planned = 0; ///< Plan Plurianual de Inversiones of the year, every source
    Money appropriation = 0; ///< budget execution of the year: apropiación definitiva
    Money commitments = 0;
    Money obligations = 0;
    QList<SectorFigures> sectors; ///< in the order they first appear in the plan
    /// By the ODS the goals serve (code: the ODS number; goals without one are left out): the plain
    /// average of the goals' capped compliance of the year, whatever the plan's method. No money.
    QList<SectorFigures> sdgs;
    int rank = 0; ///< 1 = highest eficacia (see PortfolioResult::municipalities)
};

/// The department's own figures, from the municipalities read.
struct DepartmentFigures
{
    QString code;
    QString name;
    int municipalities = 0; ///< municipalities read
    /// Plain averages over the municipalities with a figure: each municipality weighs the same,
    /// whatever its size or number of goals (the EDI's ranking compared municipalities so).
    std::optional<double> efficacy;
    std::optional<double> termProgress;
    /// Reported / programmed goals over every municipality read.
    std::optional<double> integrity;
    calc::EfficacyCategory ediCategory;
    int goalsProgrammed = 0;
    int goalsReported = 0;
    Money planned = 0;
    Money appropriation = 0;
    Money commitments = 0;
    Money obligations = 0;
    QList<SectorFigures> sectors; ///< by sector code
    QList<SectorFigures> sdgs; ///< by ODS number, as the sectors: plain average over the municipalities
};

struct PortfolioResult
{
    int year = 0;
    DepartmentFigures department;
    /// Ranked: highest eficacia first, municipalities without a figure last, ties by DANE code.
    QList<MunicipalityFigures> municipalities;
    QList<UnreadFile> unread; ///< in file-name order
};

struct PortfolioOptions
{
    int year = 0;
    /// The department whose plans are consolidated; empty: the one most sound plans belong to
    /// (the lowest code on a tie).
    QString departmentCode;
    /// Plans read at once; 0: one per processor core. 1 reads one after another.
    int threads = 0;
};

/// The files of a portfolio folder, sorted by name: every regular file but hidden ones and
/// SQLite's side files (-journal, -wal, -shm). Subfolders are not read.
Result<QStringList> portfolioFiles(const QString &folder);

/// Reads every file read-only (nothing is written, not even beside the files: see
/// OpenOptions::leaveFilesAsTheyAre) and consolidates the year. A file that cannot be part of it
/// is in `unread` with its reason, never an error.
PortfolioResult readPortfolio(const QStringList &files, const PortfolioOptions &options);

} // namespace planea::portfolio
