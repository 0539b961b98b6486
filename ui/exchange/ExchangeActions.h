#pragma once

#include "exchange/ReportDialog.h"
#include "export/ExportProgress.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

namespace planea {
struct MgaImportResult;
}

namespace planea::ui {

class BackgroundExport;
class ImportAssistant;
class MainWindow;

/// The window's exchange actions with the files entities already use (issue 6): import a KPT
/// 2024-2027 workbook as a new plan, import DNP's MGA catalog as a new catalog version with its
/// report, and move the open plan to the newest catalog version. Reading and writing run off the
/// UI thread behind a progress dialog with «Cancelar»; a bad file gives the same Spanish message as
/// planea-cli and leaves nothing behind.
class ExchangeActions final : public QObject
{
    Q_OBJECT

public:
    enum class FileQuestion { KptBook, NewPlan, Catalog };
    /// Asks for a file (`suggested` is a path or folder); empty when the user cancels.
    using FileChooser = std::function<QString(FileQuestion question, const QString &suggested)>;

    ExchangeActions(MainWindow *window, QString dataDir);
    ~ExchangeActions() override;

    /// Tests answer the file questions without a file dialog.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    /// Archivo › Importar libro del KPT…: `book` empty asks for it.
    void importKptBook(const QString &book = {});
    /// Catálogo › Importar catálogo MGA…: `file` empty asks for it.
    void importCatalog(const QString &file = {});
    /// Catálogo › Pasar el plan a la versión nueva del catálogo…: shows what changes, then moves
    /// the open plan as one undoable step. Returns true when moved.
    bool moveToNewestCatalog();

    /// Archivo › Asistente de importación…: any plan or follow-up spreadsheet with a column mapping.
    void runImportAssistant();
    /// Writes what an accepted assistant read: a new plan (asks where, then opens it) or progress
    /// into the open plan (after a backup; one transaction). Returns false when nothing was written.
    bool finishAssistant(const ImportAssistant &assistant);

    /// The job running now (for tests), or null.
    BackgroundExport *runningJob() const { return m_job; }
    QProgressDialog *progressDialog() const { return m_progress; }
    /// The last report shown (non-modal; for tests and screenshots).
    ReportDialog *lastReport() const { return m_report; }

signals:
    /// An import ended: ok, or the message shown (empty when cancelled).
    void importFinished(bool ok, const QString &message);
    /// A catalog version was imported: the window reloads the catalog new plans use.
    void catalogImported();

private:
    struct KptState;
    void readKpt(std::shared_ptr<KptState> state);
    void kptRead(std::shared_ptr<KptState> state);
    void writeKpt(std::shared_ptr<KptState> state);
    void kptWritten(std::shared_ptr<KptState> state);
    void showCatalogReport(const MgaImportResult &result);

    void run(const QString &title, const QString &label, std::function<Status(const exporting::ProgressCallback &)> job,
             std::function<void(const Status &)> done);
    QString ask(FileQuestion question, const QString &suggested);
    void fail(const QString &title, const QString &message);
    void showReport(ReportDialog *report);

    MainWindow *m_window;
    QString m_dataDir;
    FileChooser m_chooser;
    BackgroundExport *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<ReportDialog> m_report;
};

} // namespace planea::ui
