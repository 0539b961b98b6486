#pragma once

#include "exchange/MatrixImport.h"
#include "exchange/MatrixMapping.h"
#include "exchange/MatrixSource.h"
#include "import/ColumnChoice.h"

#include <QHash>
#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace planea {
class Catalog;
struct PlanData;
} // namespace planea

namespace planea::ui {

/// «Asistente de importación»: brings any plan or follow-up spreadsheet (XLSX or CSV) into Planea
/// with a column mapping (docs/IMPORT_MAPPING.md). Pages: the file and what it is (a new plan, or
/// progress into the open plan); the sheets and header rows; each column's Planea field (guessed
/// from its title); the first rows as read and a dry run listing every row it cannot read. The
/// mapping can be saved as JSON and loaded again. The assistant reads only: the caller writes the
/// result (ExchangeActions), all or nothing.
class ImportAssistant final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, SheetsPage, ColumnsPage, CheckPage };

    /// `openPlan` is the plan open in the window (null: only «plan nuevo»).
    ImportAssistant(const PlanData *openPlan, const Catalog *catalog, QWidget *parent = nullptr);
    ~ImportAssistant() override;

    /// Opens the spreadsheet; the message says why not (same as planea-cli import-matrix).
    Status setFile(const QString &path);
    QString filePath() const;
    matrix::ImportMode mode() const;
    void setMode(matrix::ImportMode mode);

    /// The mapping as the pages say now.
    matrix::MatrixMapping mapping() const;
    /// Loads a saved mapping: sheets, header rows, columns and options (applied to the pages).
    Status loadMapping(const QString &path);
    Status saveMapping(const QString &path) const;

    /// The dry run of the last check page (absent before, or when the mapping cannot be used).
    const std::optional<matrix::MatrixReadResult> &result() const { return m_result; }
    bool skipBadRows() const;

    /// The choice for column `column` (0-based) of the columns page, and setting it as a user would.
    ColumnChoice choice(int column) const;
    void setChoice(int column, const ColumnChoice &choice);

    // Widgets, for tests and screenshots.
    QLineEdit *fileEdit() const { return m_file; }
    QListWidget *sheetList() const { return m_sheets; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QSpinBox *headerRowCountBox() const { return m_headerRows; }
    QTableWidget *rawPreview() const { return m_raw; }
    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QLabel *checkSummary() const { return m_summary; }
    QSpinBox *startYearBox() const { return m_startYear; }
    QLineEdit *daneEdit() const { return m_dane; }
    QLineEdit *entityEdit() const { return m_entity; }
    QCheckBox *skipBadRowsBox() const { return m_skip; }

    /// Whether the current page lets the person go on (public as in QWizard).
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildSheetsPage();
    QWizardPage *buildColumnsPage();
    QWizardPage *buildCheckPage();
    void readQuietly();
    void fillRawPreview();
    void fillColumns();
    void fillPreview();
    void runCheck();
    QStringList selectedSheets() const;
    int firstSelectedSheet() const;
    QList<int> years() const;
    QComboBox *choiceCombo(const ColumnChoice &selected) const;
    /// The column of each reference of `mapping`, resolved against the current titles.
    QHash<int, ColumnChoice> choicesFrom(const matrix::MatrixMapping &mapping) const;
    QString sourceName(const QString &code) const;

    const PlanData *m_openPlan;
    const Catalog *m_catalog;
    std::optional<matrix::MatrixSource> m_source;
    QString m_path;
    matrix::MatrixMapping m_base; ///< options kept from a loaded mapping
    std::optional<matrix::MatrixMapping> m_pending; ///< a loaded mapping not yet applied to the pages
    std::optional<matrix::MatrixReadResult> m_result;
    QStringList m_headers; ///< titles of the columns page

    QLineEdit *m_file = nullptr;
    QRadioButton *m_newPlan = nullptr;
    QRadioButton *m_progress = nullptr;
    QSpinBox *m_startYear = nullptr;
    QLineEdit *m_dane = nullptr;
    QLineEdit *m_entity = nullptr;
    QLabel *m_fileProblem = nullptr;
    QListWidget *m_sheets = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QSpinBox *m_headerRows = nullptr;
    QTableWidget *m_raw = nullptr;
    QTableWidget *m_columns = nullptr;
    QComboBox *m_percent = nullptr;
    QComboBox *m_money = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skip = nullptr;
};

} // namespace planea::ui
