#pragma once

#include "domain/PlanData.h"
#include "exchange/MatrixMapping.h"
#include "exchange/MatrixSource.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace planea {
class BackupManager;
class Catalog;
class PlanStore;
} // namespace planea

namespace planea::matrix {

enum class ImportMode {
    NewPlan, ///< the spreadsheet is a plan matrix: makes a complete new .planea
    Progress ///< the spreadsheet is a follow-up matrix: progress values into an existing plan
};

/// A row that cannot be read, in the user's words.
struct RowProblem
{
    QString sheet;
    int row = 0; ///< 1-based spreadsheet row (CSV: line number)
    QString reason; ///< Spanish
    bool operator==(const RowProblem &) const = default;
};

/// What an import would do (dry run) or did.
struct MatrixSummary
{
    int sheetsRead = 0;
    int rowsRead = 0; ///< data rows imported (after skipping)
    int emptyRows = 0;
    int totalRows = 0; ///< "Total" rows skipped
    int repeatedHeaderRows = 0; ///< header rows repeated inside the data, skipped
    int sectionRows = 0; ///< rows with only a line or program title (no indicator), read as headings
    int badRows = 0; ///< rows in `problems`
    // NewPlan
    int lines = 0;
    int programs = 0;
    int products = 0;
    int indicators = 0;
    int annualTargets = 0; ///< cells with a value or NP
    int resourceCells = 0;
    // Progress
    int progressValues = 0; ///< values read (new + changed + unchanged)
    int progressNew = 0;
    int progressChanged = 0;
    int progressUnchanged = 0;
    int indicatorsTouched = 0;
};

/// The result of reading a spreadsheet with a mapping: everything an import would write.
struct MatrixReadResult
{
    ImportMode mode = ImportMode::NewPlan;
    QList<RowProblem> problems; ///< every row it cannot read
    MatrixSummary summary;
    QStringList notes; ///< what was assumed (Spanish), e.g. "trimestres sumados en el valor anual"
    PlanData plan; ///< NewPlan: the plan to write (ids local to this result)
    QList<ProgressReport> progress; ///< Progress: the new and changed reports (target plan's indicator ids)

    bool hasProblems() const { return !problems.isEmpty(); }
};

class MatrixImport
{
    Q_DECLARE_TR_FUNCTIONS(planea::matrix::MatrixImport)

public:
    /// Reads the spreadsheet as the mapping says (a dry run: nothing is written). Fails as a whole
    /// (BadInput) for a missing sheet or a mapping column that is in no sheet's header; row-level
    /// problems are listed in the result. `existing` is required in Progress mode (indicators are
    /// matched by code). NewPlan: with a `catalog`, names and units the spreadsheet leaves empty
    /// come from the MGA catalog, items not in it are marked as the entity's own, and the plan
    /// records the catalog version.
    static Result<MatrixReadResult> read(const MatrixSource &source, const MatrixMapping &mapping, ImportMode mode,
                                         const PlanData *existing = nullptr, const Catalog *catalog = nullptr);

    /// The summary in Spanish, one line per item (for the CLI and the assistant's last page).
    static QStringList summaryLines(const MatrixReadResult &result);

    /// NewPlan: writes `result.plan` as a new plan file at `planPath` (complete or absent).
    /// Refused (nothing written) when the result has problems and `skipBadRows` is false.
    static Status writeNewPlan(const MatrixReadResult &result, const QString &planPath, bool skipBadRows = false,
                               bool overwrite = false);

    /// Progress: writes `result.progress` into the open plan in one transaction (all or nothing),
    /// after a backup ("import") through `backups` when given. Refused (nothing written) when the
    /// result has problems and `skipBadRows` is false. Edits are audited as the plan's other edits.
    static Status writeProgress(const MatrixReadResult &result, PlanStore &store, BackupManager *backups,
                                bool skipBadRows = false);
    /// What writeProgress() does before it writes: the refusals and the backup. The GUI then
    /// records `result.progress` through PlanDocument::importProgress(), as one undo step.
    static Status prepareProgressWrite(const MatrixReadResult &result, PlanStore &store, BackupManager *backups,
                                       bool skipBadRows = false);

    /// Convenience for the CLI: open, read and (unless dryRun) write. An Error when the file or the
    /// mapping cannot be used at all or the write failed; an Outcome otherwise, also when the write
    /// was refused because some rows cannot be read (then `refusal` says why and nothing changed).
    struct Outcome
    {
        MatrixReadResult read;
        bool written = false;
        QString refusal; ///< Spanish; empty when written or dry run
    };
    static Result<Outcome> importToNewPlan(const QString &sourcePath, const MatrixMapping &mapping,
                                           const QString &planPath, bool dryRun, bool skipBadRows,
                                           bool overwrite = false, const Catalog *catalog = nullptr);
    static Result<Outcome> importProgress(const QString &sourcePath, const MatrixMapping &mapping, PlanStore &store,
                                          BackupManager *backups, bool dryRun, bool skipBadRows);
};

} // namespace planea::matrix
