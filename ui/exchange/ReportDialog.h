#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace planea::ui {

/// A readable report of an import or a catalog change: a summary, then one table per section
/// (what was added, renamed…), and optionally «Guardar informe…» which writes every section to a
/// CSV (for Excel) or a PDF.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QString &title, const QString &summary, QWidget *parent = nullptr);

    /// Adds a section; an empty `rows` shows `emptyText` instead of a table.
    QTableWidget *addTable(const QString &caption, const QStringList &headers, const QList<QStringList> &rows,
                           const QString &emptyText = {});
    /// Adds «Guardar informe…» (CSV or PDF, by the extension chosen).
    void enableSaving(const QString &suggestedPath);
    /// A button on the left of «Cerrar»; clicking it accepts the dialog after `clicked` ran.
    QPushButton *addActionButton(const QString &text);
    /// «Cerrar» by default; «Cancelar» when the dialog asks to confirm something.
    void setCloseText(const QString &text);
    QLabel *summaryLabel() const { return m_summary; }
    QList<QTableWidget *> tables() const { return m_tables; }

    /// Writes every section: .pdf as a PDF, anything else as CSV with ';' (Excel in es-CO).
    bool saveTo(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString html() const;

    QLabel *m_summary;
    QVBoxLayout *m_sections;
    QDialogButtonBox *m_buttons;
    QList<QTableWidget *> m_tables;
    QStringList m_captions;
};

} // namespace planea::ui
