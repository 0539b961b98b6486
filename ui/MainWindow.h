#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;

namespace planea {
class PlanDocument;
class Catalog;
} // namespace planea

namespace planea::ui {

class ExchangeActions;
class PlanSafety;
class PlanView;
class WelcomeWidget;

/// The application window: the welcome screen, or the open plan with its route. It owns the
/// open document; there is no Save: every edit is in the file when it is made.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `dataDir` is the user data folder (demo plan, imported catalogs).
    MainWindow(std::shared_ptr<const Catalog> catalog, QString dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan; on failure shows the reason in a message box and returns false.
    bool openPlan(const QString &path);
    /// (Re)creates the demonstration plan in the data folder and opens it.
    bool openDemo();
    void closePlan();
    /// Writes the council package of the open (approved) plan to `path`; shows the result or the
    /// reason it was refused. Returns true when written.
    bool writeCouncilPackage(const QString &path);

    PlanDocument *document() const { return m_document.get(); }
    PlanView *planView() const { return m_planView; }
    /// Backups, "Save a copy", restoring, the network-folder warning.
    PlanSafety *safety() const { return m_safety; }
    WelcomeWidget *welcome() const { return m_welcome; }
    /// Import of KPT workbooks and MGA catalogs, catalog moves (issue 6).
    ExchangeActions *exchange() const { return m_exchange; }
    QString dataDir() const { return m_dataDir; }
    /// The MGA catalog version new plans record (the newest imported, or the shipped one).
    QString catalogVersion() const;
    /// Shows (not modal) "¿Quién trabaja en este plan?" for the open plan, when it can be edited,
    /// is not the demonstration plan and has team members; the choice becomes the audit trail's actor and is remembered
    /// for the plan. Returns the dialog, or null when it is not asked.
    class ActorDialog *askForActor(bool evenWithoutTeam = false);
    /// Where the demonstration plan lives for this data folder.
    static QString demoPath(const QString &dataDir);

    /// Saves a PNG of every module page and sub-step into `dir` (for the user guide and to look
    /// at the layout at a given size). Returns the number of images written.
    int saveScreenshots(const QString &dir, const QSize &size);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void newPlan();
    void openWithDialog();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    std::shared_ptr<const Catalog> m_catalog;
    QString m_dataDir;
    std::unique_ptr<PlanDocument> m_document;
    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    PlanView *m_planView = nullptr;
    QDockWidget *m_historyDock;
    QLabel *m_savedLabel;
    PlanSafety *m_safety = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_close = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_councilPackage = nullptr;
    QAction *m_exportKpt = nullptr;
    QAction *m_moveCatalog = nullptr;
    ExchangeActions *m_exchange = nullptr;
};

} // namespace planea::ui
