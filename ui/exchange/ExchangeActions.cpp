#include "ExchangeActions.h"

#include "KptEntityDialog.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "catalog/CatalogMove.h"
#include "document/PlanDocument.h"
#include "exchange/KptWorkbook.h"
#include "exchange/MatrixImport.h"
#include "import/ImportAssistant.h"
#include "storage/PlanStore.h"
#include "widgets/BackgroundExport.h"
#include "xlsx/MgaCatalogXlsx.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

// Stand-ins used only to learn whether a workbook lacks the entity or the term: never written.
const QString ProbeDane = u"00000"_s;
constexpr int ProbeYear = 2000;

QString kindName(CatalogKind kind)
{
    return catalogKindDisplayName(kind);
}

QString changeText(CatalogMoveChange::Kind kind)
{
    return CatalogMover::kindText(kind);
}

QList<QStringList> changeRows(const QList<CatalogMoveChange> &changes)
{
    QList<QStringList> rows;
    for (const CatalogMoveChange &c : changes)
        rows.append({ changeText(c.kind), kindName(c.catalogKind), c.code, c.planName,
                      c.kind == CatalogMoveChange::Kind::Renamed
                          ? c.newName
                          : QCoreApplication::translate("planea::ui::ExchangeActions", "(kept as it is)") });
    return rows;
}

} // namespace

struct ExchangeActions::KptState
{
    QString book;
    QString planPath;
    kpt::ImportOptions options;
    std::optional<kpt::ImportResult> result;
    Error error;
    bool needsEntity = false; ///< the workbook lacks the DANE code or the first year
    QString knownDane;
    QString knownName;
    int knownYear = 0;
};

ExchangeActions::ExchangeActions(MainWindow *window, QString dataDir)
    : QObject(window)
    , m_window(window)
    , m_dataDir(std::move(dataDir))
{
}

ExchangeActions::~ExchangeActions() = default;

QString ExchangeActions::ask(FileQuestion question, const QString &suggested)
{
    if (m_chooser)
        return m_chooser(question, suggested);
    switch (question) {
    case FileQuestion::KptBook:
        return QFileDialog::getOpenFileName(m_window, tr("Import a KPT workbook"), suggested,
                                            tr("Excel workbooks (*.xlsx);;All files (*)"));
    case FileQuestion::NewPlan:
        return QFileDialog::getSaveFileName(m_window, tr("Save the new plan as"), suggested,
                                            tr("Planea plans (*.planea)"));
    case FileQuestion::Catalog:
        return QFileDialog::getOpenFileName(m_window, tr("Import DNP's MGA catalog"), suggested,
                                            tr("MGA catalog (*.xlsx *.csv);;All files (*)"));
    }
    return {};
}

void ExchangeActions::fail(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(u"exchangeError"_s);
    box.exec();
}

void ExchangeActions::showReport(ReportDialog *report)
{
    if (m_report)
        m_report->close();
    m_report = report;
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
}

void ExchangeActions::run(const QString &title, const QString &label,
                          std::function<Status(const exporting::ProgressCallback &)> job,
                          std::function<void(const Status &)> done)
{
    if (m_job)
        return;
    m_job = new BackgroundExport(std::move(job), this);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(u"exchangeProgress"_s);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundExport::cancel);
    connect(m_job, &BackgroundExport::progressChanged, m_progress, [this](int doneSteps, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(std::min(doneSteps, total));
    });
    connect(m_job, &BackgroundExport::finished, this, [this, done] {
        const Status status = m_job->status();
        m_job->deleteLater();
        m_job = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        m_progress = nullptr;
        if (!status.ok() && status.error().kind == Error::Kind::Cancelled) {
            m_window->statusBar()->showMessage(tr("Import cancelled: nothing was changed."), 10000);
            emit importFinished(false, QString());
            return;
        }
        done(status);
    });
    m_job->start();
}

// --- KPT workbook -> new plan ---------------------------------------------------------------------

void ExchangeActions::importKptBook(const QString &book)
{
    if (m_job)
        return;
    const QString path
        = book.isEmpty() ? ask(FileQuestion::KptBook, Settings::value(Settings::Key::LastFolder).toString()) : book;
    if (path.isEmpty())
        return;
    auto state = std::make_shared<KptState>();
    state->book = path;
    state->options.catalogVersion = m_window->catalogVersion();
    readKpt(state);
}

void ExchangeActions::readKpt(std::shared_ptr<KptState> state)
{
    const bool probe = state->options.daneCode.isEmpty() && state->options.startYear == 0;
    run(
        tr("Import a KPT workbook"), tr("Reading %1…").arg(QDir::toNativeSeparators(state->book)),
        [state, probe](const exporting::ProgressCallback &progress) -> Status {
            if (!exporting::reportProgress(progress, 0, 2))
                return Error::cancelled({});
            auto read = kpt::readFile(state->book, state->options);
            if (!read && probe && read.error().kind == Error::Kind::BadInput) {
                // Does the workbook only lack what the CLI asks with --inicio / --dane? Then the
                // window asks for them instead of failing.
                state->error = read.error();
                kpt::ImportOptions o = state->options;
                o.startYear = ProbeYear;
                if (auto r = kpt::readFile(state->book, o)) {
                    state->needsEntity = true;
                    state->knownDane = r->plan.info.entity.daneCode;
                    state->knownName = r->plan.info.entity.name;
                } else {
                    o = state->options;
                    o.daneCode = ProbeDane;
                    auto r2 = kpt::readFile(state->book, o);
                    if (!r2) {
                        o.startYear = ProbeYear;
                        r2 = kpt::readFile(state->book, o);
                    } else {
                        state->knownYear = r2->plan.info.term.startYear;
                    }
                    if (r2) {
                        state->needsEntity = true;
                        state->knownName = r2->plan.info.entity.name;
                    }
                }
                if (!exporting::reportProgress(progress, 1, 2))
                    return Error::cancelled({});
                return state->needsEntity ? Status {} : Status(state->error);
            }
            if (!read)
                return read.error();
            state->result = std::move(*read);
            if (!exporting::reportProgress(progress, 1, 2))
                return Error::cancelled({});
            return {};
        },
        [this, state](const Status &status) {
            if (!status) {
                fail(tr("The workbook was not imported"), status.error().message);
                emit importFinished(false, status.error().message);
                return;
            }
            kptRead(state);
        });
}

void ExchangeActions::kptRead(std::shared_ptr<KptState> state)
{
    if (state->needsEntity) {
        state->needsEntity = false;
        KptEntityDialog dialog(state->knownDane, state->knownName, state->knownYear, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            emit importFinished(false, QString());
            return;
        }
        state->options.daneCode = dialog.daneCode();
        state->options.entityName = dialog.entityName();
        state->options.startYear = dialog.startYear();
        readKpt(state);
        return;
    }
    const PlanInfo &info = state->result->plan.info;
    const QString suggested
        = QFileInfo(state->book)
              .absoluteDir()
              .filePath(
                  tr("Plan %1 %2-%3.planea").arg(info.entity.name).arg(info.term.startYear).arg(info.term.endYear()));
    const QString target = ask(FileQuestion::NewPlan, suggested);
    if (target.isEmpty()) {
        emit importFinished(false, QString());
        return;
    }
    if (QFileInfo::exists(target)) {
        const QString message = tr("There is already a file named “%1”. Choose another name: Planea never replaces "
                                   "an existing plan with a new one.")
                                    .arg(QDir::toNativeSeparators(target));
        fail(tr("The workbook was not imported"), message);
        emit importFinished(false, message);
        return;
    }
    state->planPath = target;
    writeKpt(state);
}

void ExchangeActions::writeKpt(std::shared_ptr<KptState> state)
{
    run(
        tr("Import a KPT workbook"), tr("Writing %1…").arg(QDir::toNativeSeparators(state->planPath)),
        [state](const exporting::ProgressCallback &progress) -> Status {
            if (!exporting::reportProgress(progress, 1, 2))
                return Error::cancelled({});
            // Atomic: the new plan is complete or absent.
            if (auto s = writeNewPlanFile(
                    state->planPath, state->result->plan.info,
                    [&](PlanStore &store) { return kpt::writePlanContent(store, state->result->plan); }, false);
                !s)
                return s;
            exporting::reportProgress(progress, 2, 2);
            return {};
        },
        [this, state](const Status &status) {
            if (!status) {
                fail(tr("The workbook was not imported"), status.error().message);
                emit importFinished(false, status.error().message);
                return;
            }
            kptWritten(state);
        });
}

void ExchangeActions::kptWritten(std::shared_ptr<KptState> state)
{
    const PlanData &plan = state->result->plan;
    Settings::setValue(Settings::Key::LastFolder, QFileInfo(state->planPath).absolutePath());
    m_window->openPlan(state->planPath);
    const QString summary
        = tr("New plan: %1\n%2 (%3), %4–%5.\nLines: %6; programs: %7; products: %8; product indicators: %9; SGR "
             "initiatives: %10.")
              .arg(QDir::toNativeSeparators(state->planPath), plan.info.entity.name, plan.info.entity.daneCode)
              .arg(plan.info.term.startYear)
              .arg(plan.info.term.endYear())
              .arg(plan.lines.size())
              .arg(plan.programs.size())
              .arg(plan.products.size())
              .arg(plan.indicators.size())
              .arg(plan.royalties.size());
    auto *report = new ReportDialog(tr("KPT workbook imported"), summary, m_window);
    report->setObjectName(u"kptImportReport"_s);
    QList<QStringList> notes;
    for (const QString &n : state->result->notes)
        notes.append({ n });
    report->addTable(tr("What Planea assumed or left out"), { tr("Note") }, notes,
                     tr("Nothing: every row of the workbook was read as it is."));
    report->enableSaving(QFileInfo(state->planPath).absoluteDir().filePath(tr("KPT import report.csv")));
    showReport(report);
    emit importFinished(true, summary);
}

// --- Any spreadsheet, with a mapping ----------------------------------------------------------------

void ExchangeActions::runImportAssistant()
{
    if (m_job)
        return;
    PlanDocument *doc = m_window->document();
    // A copy: the assistant reads the plan while it is open; nothing edits it meanwhile.
    std::optional<PlanData> plan;
    if (doc && !doc->store().isReadOnly())
        plan = doc->data();
    ImportAssistant assistant(plan ? &*plan : nullptr, doc ? doc->catalog() : nullptr, m_window);
    if (assistant.exec() != QDialog::Accepted)
        return;
    finishAssistant(assistant);
}

bool ExchangeActions::finishAssistant(const ImportAssistant &assistant)
{
    if (!assistant.result())
        return false;
    const matrix::MatrixReadResult &result = *assistant.result();
    const bool skip = assistant.skipBadRows();
    QStringList lines = matrix::MatrixImport::summaryLines(result);
    if (result.mode == matrix::ImportMode::Progress) {
        PlanDocument *doc = m_window->document();
        if (!doc) {
            fail(tr("The spreadsheet was not imported"), tr("The plan is no longer open."));
            return false;
        }
        BackupManager backups(m_dataDir);
        // The refusals and the backup are the import's; the write is the document's, one undo step.
        Status s = matrix::MatrixImport::prepareProgressWrite(result, doc->store(), &backups, skip);
        if (s)
            s = doc->importProgress(result.progress,
                                    tr("Import progress from «%1»").arg(QFileInfo(assistant.filePath()).fileName()));
        if (!s) {
            fail(tr("The spreadsheet was not imported"), s.error().message);
            emit importFinished(false, s.error().message);
            return false;
        }
        auto *report = new ReportDialog(tr("Progress imported"),
                                        tr("The progress of «%1» is in the plan. A backup of the plan as it was "
                                           "was made first (Archivo › Copias de seguridad).")
                                            .arg(QFileInfo(assistant.filePath()).fileName()),
                                        m_window);
        report->setObjectName(u"matrixImportReport"_s);
        QList<QStringList> rows;
        for (const QString &l : std::as_const(lines))
            rows.append({ l });
        for (const matrix::RowProblem &p : result.problems)
            rows.append({ tr("Left out: sheet «%1», row %2: %3").arg(p.sheet).arg(p.row).arg(p.reason) });
        report->addTable(tr("Summary"), { tr("Note") }, rows);
        showReport(report);
        emit importFinished(true, lines.join(u"\n"_s));
        return true;
    }
    const PlanInfo &info = result.plan.info;
    const QString suggested
        = QFileInfo(assistant.filePath())
              .absoluteDir()
              .filePath(
                  tr("Plan %1 %2-%3.planea").arg(info.entity.name).arg(info.term.startYear).arg(info.term.endYear()));
    const QString target = ask(FileQuestion::NewPlan, suggested);
    if (target.isEmpty())
        return false;
    if (QFileInfo::exists(target)) {
        fail(tr("The spreadsheet was not imported"),
             tr("There is already a file named “%1”. Choose another name: Planea never replaces an existing plan "
                "with a new one.")
                 .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    auto shared = std::make_shared<matrix::MatrixReadResult>(result);
    run(
        tr("Import assistant"), tr("Writing %1…").arg(QDir::toNativeSeparators(target)),
        [shared, target, skip](const exporting::ProgressCallback &progress) -> Status {
            if (!exporting::reportProgress(progress, 0, 1))
                return Error::cancelled({});
            return matrix::MatrixImport::writeNewPlan(*shared, target, skip);
        },
        [this, shared, target, lines](const Status &status) {
            if (!status) {
                fail(tr("The spreadsheet was not imported"), status.error().message);
                emit importFinished(false, status.error().message);
                return;
            }
            m_window->openPlan(target);
            auto *report = new ReportDialog(tr("Plan imported"),
                                            tr("New plan: %1").arg(QDir::toNativeSeparators(target)), m_window);
            report->setObjectName(u"matrixImportReport"_s);
            QList<QStringList> rows;
            for (const QString &l : lines)
                rows.append({ l });
            for (const QString &n : shared->notes)
                rows.append({ n });
            for (const matrix::RowProblem &p : shared->problems)
                rows.append({ tr("Left out: sheet «%1», row %2: %3").arg(p.sheet).arg(p.row).arg(p.reason) });
            report->addTable(tr("Summary"), { tr("Note") }, rows);
            showReport(report);
            emit importFinished(true, lines.join(u"\n"_s));
        });
    return true;
}

// --- MGA catalog ------------------------------------------------------------------------------------

void ExchangeActions::importCatalog(const QString &file)
{
    if (m_job)
        return;
    const QString path
        = file.isEmpty() ? ask(FileQuestion::Catalog, Settings::value(Settings::Key::LastFolder).toString()) : file;
    if (path.isEmpty())
        return;
    auto result = std::make_shared<std::optional<MgaImportResult>>();
    const QString dataDir = m_dataDir;
    run(
        tr("Import DNP's MGA catalog"), tr("Reading %1…").arg(QDir::toNativeSeparators(path)),
        [path, dataDir, result](const exporting::ProgressCallback &progress) -> Status {
            if (!exporting::reportProgress(progress, 0, 1))
                return Error::cancelled({});
            // The data folder is left unchanged on any error; once stored, the version is kept
            // even if «Cancelar» came meanwhile (its report is still shown).
            auto imported = MgaCatalogXlsx::import(path, dataDir);
            if (!imported)
                return imported.error();
            *result = std::move(*imported);
            return {};
        },
        [this, result](const Status &status) {
            if (!status) {
                fail(tr("The catalog was not imported"), status.error().message);
                emit importFinished(false, status.error().message);
                return;
            }
            emit catalogImported();
            showCatalogReport(**result);
            emit importFinished(true, (*result)->version.id);
        });
}

void ExchangeActions::showCatalogReport(const MgaImportResult &r)
{
    const bool unchanged = r.version.id == r.previousVersion;
    QString summary;
    if (unchanged) {
        summary = tr("This catalog is already the newest version (%1): nothing changed.").arg(r.version.id);
    } else {
        summary = tr("Catalog version imported: %1 (from %2). Previous version: %3.\nRows: %4; products: %5; "
                     "product indicators: %6.\nAdded: %7; renamed: %8; deactivated: %9.")
                      .arg(r.version.id, r.version.sourceName, r.previousVersion)
                      .arg(r.rows)
                      .arg(r.version.products)
                      .arg(r.version.productIndicators)
                      .arg(r.diff.added.size())
                      .arg(r.diff.renamed.size())
                      .arg(r.diff.deactivated.size());
    }
    PlanDocument *doc = m_window->document();
    if (doc) {
        summary += u"\n"_s
            + tr("The open plan keeps catalog version %1 until you move it to the new one.")
                  .arg(doc->data().info.catalogVersion.isEmpty() ? tr("(not recorded)")
                                                                 : doc->data().info.catalogVersion);
    } else {
        summary += u"\n"_s + tr("New plans use this version; existing plans keep theirs until you move them.");
    }
    auto *report = new ReportDialog(tr("MGA catalog imported"), summary, m_window);
    report->setObjectName(u"catalogImportReport"_s);
    QList<QStringList> changes;
    for (const CatalogDiff::Entry &e : r.diff.added)
        changes.append({ tr("added"), kindName(e.kind), e.code, QString(), e.name });
    for (const CatalogDiff::Renamed &e : r.diff.renamed)
        changes.append({ tr("renamed"), kindName(e.kind), e.code, e.oldName, e.newName });
    for (const CatalogDiff::Entry &e : r.diff.deactivated)
        changes.append({ tr("deactivated"), kindName(e.kind), e.code, e.name, tr("(inactive)") });
    report->addTable(tr("Changes in the catalog"), { tr("Change"), tr("Kind"), tr("Code"), tr("Before"), tr("Now") },
                     changes, tr("No changes against the previous version."));
    if (doc) {
        const QList<CatalogMoveChange> touched = CatalogMover::touchedBy(doc->data(), r.diff);
        report->addTable(tr("Items of the open plan it touches"),
                         { tr("Change"), tr("Kind"), tr("Code"), tr("In the plan"), tr("In the new version") },
                         changeRows(touched), tr("None of the open plan's items changed in this version."));
        if (!unchanged && !doc->store().isReadOnly() && doc->data().info.catalogVersion != r.version.id) {
            QPushButton *move = report->addActionButton(tr("Move the plan to the new version…"));
            move->setObjectName(u"moveCatalogButton"_s);
            connect(
                move, &QPushButton::clicked, this, [this] { moveToNewestCatalog(); }, Qt::QueuedConnection);
        }
    }
    report->enableSaving(
        QDir(Settings::value(Settings::Key::LastFolder).toString())
            .filePath(tr("MGA catalog report %1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    showReport(report);
}

bool ExchangeActions::moveToNewestCatalog()
{
    PlanDocument *doc = m_window->document();
    if (!doc)
        return false;
    if (doc->store().isReadOnly()) {
        fail(tr("The plan was not moved"), tr("The plan is open read-only: it cannot change its catalog version."));
        return false;
    }
    auto move = CatalogMover::planMove(doc->data(), m_dataDir);
    if (!move) {
        fail(tr("The plan was not moved"), move.error().message);
        return false;
    }
    if (move->alreadyThere()) {
        QMessageBox box(
            QMessageBox::Information, tr("Catalog version"),
            tr("The plan already uses catalog version %1, the newest: nothing to move.").arg(move->toVersion),
            QMessageBox::Ok, m_window);
        box.setObjectName(u"catalogAlreadyNewest"_s);
        box.exec();
        return false;
    }
    const QString from = move->fromVersion.isEmpty() ? tr("(not recorded)") : move->fromVersion;
    const QString summary
        = tr("The plan uses catalog version %1. Moving it to %2:\n· %3 item(s) take the catalog's new name;\n· %4 "
             "item(s) are inactive in the new version: the plan keeps them, and validation points them out.\nThe move "
             "is one step: Edit › Undo takes it back.")
              .arg(from, move->toVersion)
              .arg(move->count(CatalogMoveChange::Kind::Renamed))
              .arg(move->count(CatalogMoveChange::Kind::Deactivated));
    ReportDialog dialog(tr("Move the plan to the new catalog version"), summary, m_window);
    dialog.setObjectName(u"catalogMoveDialog"_s);
    dialog.addTable(tr("Items of the plan that change"),
                    { tr("Change"), tr("Kind"), tr("Code"), tr("In the plan"), tr("In the new version") },
                    changeRows(move->changes), tr("No item of the plan changes: only the version is recorded."));
    dialog.setCloseText(tr("Cancel"));
    QPushButton *apply = dialog.addActionButton(tr("Move the plan"));
    apply->setObjectName(u"applyCatalogMove"_s);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    // One undoable step: the version and every new name (the document's edit, as the CLI's).
    if (auto s = doc->moveToCatalog(*move); !s) {
        fail(tr("The plan was not moved"), s.error().message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("The plan now uses catalog version %1.").arg(move->toVersion), 15000);
    return true;
}

} // namespace planea::ui
