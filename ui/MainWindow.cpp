#include "MainWindow.h"

#include "AboutDialog.h"
#include "AmendmentDialog.h"
#include "ApprovalDialog.h"
#include "Icons.h"
#include "NewPlanWizard.h"
#include "PlanSafety.h"
#include "PlanView.h"
#include "Settings.h"
#include "SupportContentsDialog.h"
#include "WelcomeWidget.h"
#include "audit/AuditDialogs.h"
#include "catalog/Catalog.h"
#include "council/CouncilPackage.h"
#include "demo/DemoPlan.h"
#include "document/PlanDocument.h"
#include "exchange/ExchangeActions.h"
#include "followup/FollowUpFormsDialogs.h"
#include "pages/DocumentsPage.h"
#include "pages/ModulePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoView>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

MainWindow::MainWindow(std::shared_ptr<const Catalog> catalog, QString dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_dataDir(std::move(dataDir))
    , m_stack(new QStackedWidget)
    , m_welcome(new WelcomeWidget)
    , m_historyDock(new QDockWidget(tr("Change history")))
    , m_savedLabel(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    // No layout animations: they add nothing for this audience and outlive widgets on teardown.
    setAnimated(false);
    setWindowIcon(appIcon());
    setCentralWidget(m_stack);
    m_stack->addWidget(m_welcome);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(new QUndoView);
    m_historyDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    statusBar()->addPermanentWidget(m_savedLabel);
    m_safety = new PlanSafety(m_dataDir, this);
    m_exchange = new ExchangeActions(this, m_dataDir);
    buildMenus();

    connect(m_welcome, &WelcomeWidget::newPlanRequested, this, &MainWindow::newPlan);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomeWidget::openPathRequested, this, &MainWindow::openPlan);
    connect(m_welcome, &WelcomeWidget::importKptRequested, m_exchange, [this] { m_exchange->importKptBook(); });
    connect(m_exchange, &ExchangeActions::catalogImported, this, [this] {
        // New plans use the version just imported; the open plan keeps the catalog it was opened with.
        if (auto reloaded = Catalog::load(m_dataDir))
            m_catalog = *reloaded;
    });

    // A 1366×768 window, or the screen's free area when that is smaller (a laptop at 125 %).
    QSize size(1366, 768);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    restoreGeometry(Settings::value(Settings::Key::MainWindowGeometry).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    closePlan();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New plan…"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &demonstration plan"), this, &MainWindow::openDemo);
    m_close = file->addAction(tr("&Close plan"), this, &MainWindow::closePlan);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *importKpt
        = file->addAction(tr("&Import a KPT workbook…"), m_exchange, [this] { m_exchange->importKptBook(); });
    importKpt->setObjectName(u"importKptAction"_s);
    importKpt->setToolTip(tr("A new plan from a KPT 2024-2027 workbook (DNP's Kit de Planeación Territorial)."));
    m_exportKpt = file->addAction(tr("&Export the KPT workbook…"), this, [this] {
        if (m_planView)
            static_cast<DocumentsPage *>(m_planView->page(7))->exportDocument(u"kpt"_s, u"xlsx"_s);
    });
    m_exportKpt->setObjectName(u"exportKptAction"_s);
    QAction *assistant
        = file->addAction(tr("Import &assistant…"), m_exchange, [this] { m_exchange->runImportAssistant(); });
    assistant->setObjectName(u"importAssistantAction"_s);
    assistant->setToolTip(tr("Any plan or follow-up spreadsheet: choose its sheets and say what each column is."));
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &copy…"), m_safety, &PlanSafety::saveCopy);
    m_saveCopy->setObjectName(u"saveCopyAction"_s);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_saveCopy->setToolTip(tr("Writes a complete copy of the plan to another file or a USB stick (Ctrl+Shift+S)."));
    m_backupsAction = file->addAction(tr("&Backup copies…"), m_safety, &PlanSafety::showBackups);
    m_backupsAction->setObjectName(u"backupsAction"_s);
    m_backupsAction->setToolTip(tr("The copies Planea made of this plan, to restore one."));
    file->addSeparator();
    m_councilPackage = file->addAction(tr("Package for the &council…"), this, [this] {
        if (!m_document)
            return;
        const QFileInfo plan(m_document->path());
        const QString suggested
            = plan.absoluteDir().filePath(tr("%1 - council package.planea").arg(plan.completeBaseName()));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the council package as"), suggested,
                                                          tr("Planea plans (*.planea)"));
        if (!path.isEmpty())
            writeCouncilPackage(path);
    });
    m_councilPackage->setObjectName(u"councilPackageAction"_s);
    m_councilPackage->setToolTip(tr("A read-only copy of the approved plan with its progress, for the Consejo "
                                    "Territorial de Planeación to open in Planea."));
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(u"redoAction"_s);
    // Ctrl+Y is what Excel users press; Ctrl+Shift+Z works too.
    m_redo->setShortcuts({ QKeySequence(u"Ctrl+Y"_s), QKeySequence(u"Ctrl+Shift+Z"_s) });
    edit->addSeparator();
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Change &history"));
    history->setShortcut(QKeySequence(u"Ctrl+H"_s));
    edit->addAction(history);
    QAction *changeLog = edit->addAction(tr("Change &log…"), this, [this] {
        if (!m_document)
            return;
        auto *dialog = new ChangeLogDialog(m_document.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    changeLog->setObjectName(u"changeLogAction"_s);
    changeLog->setShortcut(QKeySequence(u"Ctrl+Shift+H"_s));
    QAction *who = edit->addAction(tr("&Who is working…"), this, [this] { askForActor(true); });
    who->setObjectName(u"actorAction"_s);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    QAction *approve = planMenu->addAction(tr("&Record the approval…"), this,
                                           [this] { ApprovalDialog::run(this, m_document.get(), m_dataDir); });
    approve->setObjectName(u"approveAction"_s);
    approve->setToolTip(tr("Freezes the plan as the council approved it and prints its fingerprint on the documents."));
    QAction *verify = planMenu->addAction(tr("&Verify the fingerprint…"), this,
                                          [this] { ApprovalDialog::verify(this, m_document.get()); });
    verify->setObjectName(u"verifyAction"_s);
    QAction *amend = planMenu->addAction(tr("&Modify the plan (amendment)…"), this,
                                         [this] { AmendmentDialog::run(this, m_document.get(), m_dataDir); });
    amend->setObjectName(u"amendAction"_s);
    planMenu->addSeparator();
    QAction *prepareForms = planMenu->addAction(tr("&Prepare follow-up forms…"), this,
                                                [this] { followupforms::prepare(this, m_document.get()); });
    prepareForms->setObjectName(u"prepareFormsAction"_s);
    prepareForms->setToolTip(tr("One spreadsheet per office with its goals, to fill in without Planea."));
    QAction *receiveForms = planMenu->addAction(tr("R&eceive follow-up forms…"), this, [this] {
        followupforms::receiveWithDialog(this, m_document.get(), &m_safety->backups());
    });
    receiveForms->setObjectName(u"receiveFormsAction"_s);
    receiveForms->setToolTip(tr("Reads the filled forms, shows what they bring and writes it as one step."));
    connect(planMenu, &QMenu::aboutToShow, this, [this, prepareForms, receiveForms] {
        prepareForms->setEnabled(m_document != nullptr);
        receiveForms->setEnabled(m_document != nullptr && !m_document->store().isReadOnly());
    });

    QMenu *catalogMenu = menuBar()->addMenu(tr("C&atalog"));
    QAction *importCatalog
        = catalogMenu->addAction(tr("&Import DNP's MGA catalog…"), m_exchange, [this] { m_exchange->importCatalog(); });
    importCatalog->setObjectName(u"importCatalogAction"_s);
    importCatalog->setToolTip(tr("Reads DNP's catalog workbook or CSV as a new catalog version and reports what "
                                 "changed."));
    m_moveCatalog = catalogMenu->addAction(tr("&Move the plan to the new catalog version…"), m_exchange,
                                           [this] { m_exchange->moveToNewestCatalog(); });
    m_moveCatalog->setObjectName(u"moveCatalogAction"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *support = help->addAction(tr("&Support contents"), this, [this] {
        SupportContentsDialog::showFor(this, m_document.get(), m_planView,
                                       m_planView ? m_planView->currentModule() : 0);
    });
    support->setObjectName(u"supportContentsAction"_s);
    support->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Planea"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
}

QString MainWindow::demoPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"demo/Buenavista-demo.planea"_s);
}

bool MainWindow::openPlan(const QString &path)
{
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path))
        return true;
    auto opened = PlanDocument::open(path, m_catalog, m_safety->openOptions(path));
    if (!opened) {
        if (m_safety->offerRestore(path, opened.error()))
            return openPlan(path);
        showError(tr("The plan could not be opened"), opened.error().message);
        return false;
    }
    closePlan();
    m_document = std::move(opened.value());
    m_planView = new PlanView(m_document.get());
    for (int module = 1; module <= 7; ++module)
        connect(m_planView->page(module), &ModulePage::supportRequested, this,
                [this](int m) { SupportContentsDialog::showFor(this, m_document.get(), m_planView, m); });
    m_stack->addWidget(m_planView);
    m_stack->setCurrentWidget(m_planView);
    static_cast<QUndoView *>(m_historyDock->widget())->setStack(m_document->undoStack());
    static_cast<QUndoView *>(m_historyDock->widget())->setEmptyLabel(tr("<plan opened>"));
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
            [this](const QString &t) { m_undo->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(t)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
            [this](const QString &t) { m_redo->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(t)); });
    connect(m_document.get(), &PlanDocument::changed, this, &MainWindow::updateTitle);
    connect(m_document.get(), &PlanDocument::editFailed, this,
            [this](const QString &message) { showError(tr("The change was not made"), message); });
    if (!m_document->store().openNotice().isEmpty())
        QMessageBox::information(this, tr("Plan opened"), m_document->store().openNotice());
    Settings::addRecentPlan(path);
    m_safety->planOpened(m_document.get());
    installHistoryMenus(m_planView, m_document.get());
    if (const QString last = Settings::lastActor(path); !last.isEmpty())
        m_document->store().setActor(last);
    askForActor();
    updateTitle();
    return true;
}

ActorDialog *MainWindow::askForActor(bool evenWithoutTeam)
{
    if (!m_document || m_document->store().isReadOnly())
        return nullptr;
    // The demonstration plan is rewritten at every opening: nobody's work to attribute.
    if (m_document->data().info.isDemo && !evenWithoutTeam)
        return nullptr;
    QStringList members;
    for (const TeamMember &member : m_document->data().team) {
        if (!member.name.trimmed().isEmpty())
            members.append(member.name.simplified());
    }
    if (members.isEmpty() && !evenWithoutTeam)
        return nullptr;
    const QString path = m_document->path();
    QString current = Settings::lastActor(path);
    if (current.isEmpty() && members.isEmpty())
        current = m_document->store().actor();
    auto *dialog = new ActorDialog(members, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    PlanDocument *document = m_document.get();
    connect(dialog, &QDialog::accepted, this, [this, dialog, document, path] {
        if (m_document.get() != document || dialog->actor().isEmpty())
            return; // another plan was opened meanwhile
        document->store().setActor(dialog->actor());
        Settings::setLastActor(path, dialog->actor());
        updateTitle();
    });
    // Not modal: the plan can be read while the dialog waits; edits until then carry the
    // person remembered for this plan (or the system user name).
    dialog->show();
    return dialog;
}

bool MainWindow::openDemo()
{
    const QString path = demoPath(m_dataDir);
    // The demo is rewritten every time so it always starts clean; it cannot be replaced while open.
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path))
        closePlan();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto s = demo::writeDemoPlan(path, true); !s) {
        showError(tr("The demonstration plan could not be created"), s.error().message);
        return false;
    }
    return openPlan(path);
}

void MainWindow::closePlan()
{
    if (!m_document)
        return;
    m_safety->planClosed();
    static_cast<QUndoView *>(m_historyDock->widget())->setStack(nullptr);
    m_stack->setCurrentWidget(m_welcome);
    m_stack->removeWidget(m_planView);
    delete m_planView;
    m_planView = nullptr;
    m_document.reset();
    m_welcome->refreshRecent();
    updateTitle();
}

bool MainWindow::writeCouncilPackage(const QString &path)
{
    if (!m_document)
        return false;
    // The save dialog already asked about replacing an existing file.
    auto fingerprint = council::writePackage(m_document->store(), path, QFileInfo::exists(path));
    if (!fingerprint) {
        showError(tr("The council package was not written"), fingerprint.error().message);
        return false;
    }
    QMessageBox box(QMessageBox::Information, tr("Council package written"),
                    tr("The council package is in «%1». It opens read-only in Planea, on the dashboard.\n\n"
                       "Fingerprint: %2")
                        .arg(QDir::toNativeSeparators(path), *fingerprint),
                    QMessageBox::Ok, this);
    box.setObjectName(u"councilPackageWritten"_s);
    box.exec();
    return true;
}

void MainWindow::newPlan()
{
    NewPlanWizard wizard(m_catalog.get(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const PlanInfo info = wizard.planInfo();
    const QString suggested
        = QDir(Settings::value(Settings::Key::LastFolder).toString())
              .filePath(
                  tr("Plan %1 %2-%3.planea").arg(info.entity.name).arg(info.term.startYear).arg(info.term.endYear()));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the new plan as"), suggested, tr("Planea plans (*.planea)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("The plan was not created"),
                  tr("There is already a file named “%1”. Choose another name: Planea never replaces an existing "
                     "plan with a new one.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto s = wizard.createPlanFile(path); !s) {
        showError(tr("The plan was not created"), s.error().message);
        return;
    }
    openPlan(path);
}

void MainWindow::openWithDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open plan"), Settings::value(Settings::Key::LastFolder).toString(),
                                       tr("Planea plans (*.planea);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::updateTitle()
{
    m_close->setEnabled(m_document != nullptr);
    m_saveCopy->setEnabled(m_document != nullptr);
    m_backupsAction->setEnabled(m_document != nullptr);
    m_councilPackage->setEnabled(m_document != nullptr && !m_document->isCouncilPackage());
    m_exportKpt->setEnabled(m_document != nullptr);
    m_moveCatalog->setEnabled(m_document != nullptr && !m_document->store().isReadOnly());
    m_undo->setEnabled(m_document && m_document->undoStack()->canUndo());
    m_redo->setEnabled(m_document && m_document->undoStack()->canRedo());
    if (!m_document) {
        setWindowTitle(tr("Planea"));
        m_savedLabel->clear();
        return;
    }
    const PlanInfo &info = m_document->data().info;
    const bool ro = m_document->store().isReadOnly();
    QString title = tr("%1 %2–%3").arg(info.entity.name).arg(info.term.startYear).arg(info.term.endYear());
    if (info.isDemo)
        title += tr(" (demonstration)");
    setWindowTitle(tr("%1 — %2 — Planea").arg(title, ro ? tr("read only") : tr("saved")));
    m_savedLabel->setText(ro ? tr("Read only: changes are not possible")
                             : tr("Saved automatically — %1").arg(QDir::toNativeSeparators(m_document->path())));
}

QString MainWindow::catalogVersion() const
{
    return m_catalog ? m_catalog->version() : QString();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_s);
    box.exec();
}

int MainWindow::saveScreenshots(const QString &dir, const QSize &size)
{
    QDir().mkpath(dir);
    resize(size);
    int written = 0;
    auto save = [&](const QString &name) {
        QApplication::processEvents();
        if (grab().save(QDir(dir).filePath(name)))
            ++written;
    };
    if (!m_planView) {
        save(u"00-inicio.png"_s);
        return written;
    }
    for (int module = 1; module <= 7; ++module) {
        m_planView->showModule(module);
        ModulePage *page = m_planView->page(module);
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            save(u"%1-%2.png"_s.arg(module, 2, 10, QChar(u'0')).arg(tab + 1));
        }
        page->tabs()->setCurrentIndex(0);
    }
    return written;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    closePlan();
    event->accept();
}

} // namespace planea::ui
