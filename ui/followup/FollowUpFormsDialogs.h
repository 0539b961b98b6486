#pragma once

#include "followup/FollowUpForms.h"
#include "followup/FormCollector.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace planea {
class BackupManager;
class PlanDocument;
} // namespace planea

namespace planea::ui {

/// «Preparar formatos de seguimiento…»: year, period, the offices (or one form for a group of
/// them) and the folder; writes the forms through followup::FollowUpForms (issue 21).
class PrepareFormsDialog final : public QDialog
{
    Q_OBJECT

public:
    PrepareFormsDialog(const PlanDocument *document, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    followup::FormRequest request() const;
    /// Asks before replacing existing forms, writes with a progress dialog and shows the summary.
    /// Returns true when the forms were written (then the dialog is accepted).
    bool prepare();

    void accept() override;

private:
    const PlanDocument *m_document;
    QComboBox *m_year;
    QComboBox *m_period;
    QListWidget *m_offices;
    QCheckBox *m_oneForm;
    QLineEdit *m_group;
    QLineEdit *m_folder;
};

/// The summary of the forms received, shown before anything is written: per office, the
/// warnings and the rejected rows; «Escribir N valores» or «Cancelar».
class ReceivedFormsDialog final : public QDialog
{
    Q_OBJECT

public:
    ReceivedFormsDialog(const followup::Collection &collection, QWidget *parent = nullptr);
};

/// The Plan menu's actions for the follow-up forms.
namespace followupforms {

/// Shows the prepare dialog for the open plan.
void prepare(QWidget *parent, const PlanDocument *document);
/// Asks for the filled forms (XLSX) and receives them.
void receiveWithDialog(QWidget *parent, PlanDocument *document, BackupManager *backups);
/// Reads `files`, shows the summary and, when the user accepts, writes the accepted values as
/// one undo step (a backup first). Returns the number of values written.
int receive(QWidget *parent, PlanDocument *document, BackupManager *backups, const QStringList &files);

} // namespace followupforms

} // namespace planea::ui
