#pragma once

#include "ModulePage.h"
#include "export/DocumentExport.h"

#include <functional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTableWidget;

namespace planea::ui {

class BackgroundExport;
class FindingsModel;

/// Module 7: how complete each module is, what is missing, and what the validation found.
/// Double-clicking a finding asks the window to show the item.
class DocumentsPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit DocumentsPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    FindingsModel *findingsModel() const { return m_findings; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableWidget *documentsTable() const { return m_documents; }
    /// The export running in the background, if any (for tests).
    BackgroundExport *runningExport() const { return m_export; }

    /// The document selected in the list ("plan-indicativo"…), empty if none.
    QString selectedDocument() const;
    /// Spanish name and description of a document code.
    static QString documentName(const QString &code);
    static QString documentDescription(const QString &code);

    /// Asks where (ExportDialog) and writes document `code` in `format` in the background.
    void exportDocument(const QString &code, const QString &format);
    /// Writes the selected document in `format` to `path` in the background (no dialog).
    void startExport(const QString &documentCode, const QString &format, const QString &path,
                     const report::ReportContext &context, const exporting::ExportOptions &options);

signals:
    void navigateRequested(int module, planea::Table table, qint64 id);
    /// A background export ended (ok or not); `message` says so in Spanish.
    void exportFinished(bool ok, const QString &message);

private:
    void updateDocumentButtons();
    void exportSelected(const QString &format);
    void exportEverything();
    void previewSelected();
    void printSelected();
    void runInBackground(const QString &label, std::function<Status(const exporting::ProgressCallback &)> job,
                         const QString &doneMessage);
    report::ReportContext catalogContext() const;

    QTableWidget *m_documents;
    QList<QPair<QString, QPushButton *>> m_formatButtons;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    BackgroundExport *m_export = nullptr;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_exportResult = nullptr;
    QTableWidget *m_completeness;
    QLabel *m_overall;
    FindingsModel *m_findings;
    QTableView *m_findingsView;
    QLabel *m_findingsSummary;
};

} // namespace planea::ui
