// Writing what MatrixImport::read() found: a new plan file, or progress into an open plan.
#include "backup/BackupManager.h"
#include "exchange/KptWorkbook.h"
#include "exchange/MatrixImport.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix {

namespace {

Error refusal(const MatrixReadResult &result)
{
    return Error::badInput(MatrixImport::tr("%n row(s) cannot be read: nothing was imported. Correct them in the "
                                            "spreadsheet, or accept skipping them.",
                                            nullptr, int(result.problems.size())));
}

} // namespace

QStringList MatrixImport::summaryLines(const MatrixReadResult &r)
{
    const MatrixSummary &s = r.summary;
    QStringList lines;
    lines.append(tr("Sheets read: %1; rows read: %2; rows that cannot be read: %3.")
                     .arg(s.sheetsRead)
                     .arg(s.rowsRead)
                     .arg(s.badRows));
    lines.append(tr("Skipped: %1 totals row(s), %2 repeated header row(s), %3 heading row(s), %4 empty row(s).")
                     .arg(s.totalRows)
                     .arg(s.repeatedHeaderRows)
                     .arg(s.sectionRows)
                     .arg(s.emptyRows));
    if (r.mode == ImportMode::NewPlan) {
        lines.append(tr("New plan: %1 line(s), %2 program(s), %3 product(s), %4 product indicator(s).")
                         .arg(s.lines)
                         .arg(s.programs)
                         .arg(s.products)
                         .arg(s.indicators));
        lines.append(tr("Annual targets: %1; resource cells: %2; progress values: %3.")
                         .arg(s.annualTargets)
                         .arg(s.resourceCells)
                         .arg(s.progressValues));
    } else {
        lines.append(tr("Progress values: %1 new, %2 changed, %3 unchanged, for %4 indicator(s).")
                         .arg(s.progressNew)
                         .arg(s.progressChanged)
                         .arg(s.progressUnchanged)
                         .arg(s.indicatorsTouched));
    }
    lines.append(r.notes);
    return lines;
}

Status MatrixImport::writeNewPlan(const MatrixReadResult &result, const QString &planPath, bool skipBadRows,
                                  bool overwrite)
{
    if (result.mode != ImportMode::NewPlan)
        return Error::internal(tr("This result is not a new plan."));
    if (result.hasProblems() && !skipBadRows)
        return refusal(result);
    if (result.plan.indicators.isEmpty())
        return Error::badInput(tr("No row of the spreadsheet has a product indicator: no plan was made."));
    return writeNewPlanFile(
        planPath, result.plan.info, [&](PlanStore &store) { return kpt::writePlanContent(store, result.plan); },
        overwrite);
}

Status MatrixImport::prepareProgressWrite(const MatrixReadResult &result, PlanStore &store, BackupManager *backups,
                                          bool skipBadRows)
{
    if (result.mode != ImportMode::Progress)
        return Error::internal(tr("This result is not a progress import."));
    if (result.hasProblems() && !skipBadRows)
        return refusal(result);
    if (result.progress.isEmpty())
        return {};
    if (store.isReadOnly())
        return Error::badInput(tr("The plan %1 is open read-only: no progress was imported.").arg(store.path()));
    if (backups) {
        if (auto b = backups->backup(store, BackupReason::Import); !b)
            return Error {
                b.error().kind,
                tr("No backup of the plan could be made, so nothing was imported: %1").arg(b.error().message)
            };
    }
    return {};
}

Status MatrixImport::writeProgress(const MatrixReadResult &result, PlanStore &store, BackupManager *backups,
                                   bool skipBadRows)
{
    if (auto s = prepareProgressWrite(result, store, backups, skipBadRows); !s || result.progress.isEmpty())
        return s;
    return store.transaction([&]() -> Status {
        PlanWriter writer(store);
        for (const ProgressReport &report : result.progress) {
            if (auto s = writer.setProgress(report); !s)
                return s;
        }
        return {};
    });
}

Result<MatrixImport::Outcome> MatrixImport::importToNewPlan(const QString &sourcePath, const MatrixMapping &mapping,
                                                            const QString &planPath, bool dryRun, bool skipBadRows,
                                                            bool overwrite, const Catalog *catalog)
{
    auto source = MatrixSource::open(sourcePath, mapping.csvSeparator);
    if (!source)
        return source.error();
    auto read = MatrixImport::read(*source, mapping, ImportMode::NewPlan, nullptr, catalog);
    if (!read)
        return read.error();
    Outcome outcome { std::move(*read), false, {} };
    if (dryRun)
        return outcome;
    if (outcome.read.hasProblems() && !skipBadRows) {
        outcome.refusal = refusal(outcome.read).message;
        return outcome;
    }
    if (auto s = writeNewPlan(outcome.read, planPath, skipBadRows, overwrite); !s)
        return s.error();
    outcome.written = true;
    return outcome;
}

Result<MatrixImport::Outcome> MatrixImport::importProgress(const QString &sourcePath, const MatrixMapping &mapping,
                                                           PlanStore &store, BackupManager *backups, bool dryRun,
                                                           bool skipBadRows)
{
    auto source = MatrixSource::open(sourcePath, mapping.csvSeparator);
    if (!source)
        return source.error();
    auto plan = store.load();
    if (!plan)
        return plan.error();
    auto read = MatrixImport::read(*source, mapping, ImportMode::Progress, &*plan);
    if (!read)
        return read.error();
    Outcome outcome { std::move(*read), false, {} };
    if (dryRun)
        return outcome;
    if (outcome.read.hasProblems() && !skipBadRows) {
        outcome.refusal = refusal(outcome.read).message;
        return outcome;
    }
    if (auto s = writeProgress(outcome.read, store, backups, skipBadRows); !s)
        return s.error();
    outcome.written = true;
    return outcome;
}

} // namespace planea::matrix
